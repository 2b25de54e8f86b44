from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationSettingsUpdate")


@_attrs_define
class OrganisationSettingsUpdate:
    """The settings to change; those left out keep their value.

    Attributes:
        max_mentees (int | None | Unset):
        separation_of_duties (bool | None | Unset):
    """

    max_mentees: int | None | Unset = UNSET
    separation_of_duties: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        max_mentees: int | None | Unset
        if isinstance(self.max_mentees, Unset):
            max_mentees = UNSET
        else:
            max_mentees = self.max_mentees

        separation_of_duties: bool | None | Unset
        if isinstance(self.separation_of_duties, Unset):
            separation_of_duties = UNSET
        else:
            separation_of_duties = self.separation_of_duties

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if max_mentees is not UNSET:
            field_dict["max_mentees"] = max_mentees
        if separation_of_duties is not UNSET:
            field_dict["separation_of_duties"] = separation_of_duties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_max_mentees(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_mentees = _parse_max_mentees(d.pop("max_mentees", UNSET))

        def _parse_separation_of_duties(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        separation_of_duties = _parse_separation_of_duties(d.pop("separation_of_duties", UNSET))

        organisation_settings_update = cls(
            max_mentees=max_mentees,
            separation_of_duties=separation_of_duties,
        )

        return organisation_settings_update
