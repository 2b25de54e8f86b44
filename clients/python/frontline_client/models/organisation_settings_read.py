from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrganisationSettingsRead")


@_attrs_define
class OrganisationSettingsRead:
    """
    Attributes:
        max_mentees (int): How many secondees one head-office mentor may take at once
        separation_of_duties (bool): Whoever last calculated a pool may not approve it, and whoever closed a month may
            not approve that month's pools
        updated_at (datetime.datetime | None): None while the defaults hold
    """

    max_mentees: int
    separation_of_duties: bool
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_mentees = self.max_mentees

        separation_of_duties = self.separation_of_duties

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_mentees": max_mentees,
                "separation_of_duties": separation_of_duties,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_mentees = d.pop("max_mentees")

        separation_of_duties = d.pop("separation_of_duties")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        organisation_settings_read = cls(
            max_mentees=max_mentees,
            separation_of_duties=separation_of_duties,
            updated_at=updated_at,
        )

        organisation_settings_read.additional_properties = d
        return organisation_settings_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
