from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrganisationSettingsUpdate")


@_attrs_define
class OrganisationSettingsUpdate:
    """
    Attributes:
        separation_of_duties (bool):
    """

    separation_of_duties: bool

    def to_dict(self) -> dict[str, Any]:
        separation_of_duties = self.separation_of_duties

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "separation_of_duties": separation_of_duties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        separation_of_duties = d.pop("separation_of_duties")

        organisation_settings_update = cls(
            separation_of_duties=separation_of_duties,
        )

        return organisation_settings_update
