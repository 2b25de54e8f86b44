from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgrammeRead")


@_attrs_define
class ProgrammeRead:
    """
    Attributes:
        active (bool):
        code (str):
        description (None | str):
        ends_on (datetime.date | None):
        local_name (None | str):
        name (str):
        pool (int):
        remaining (int):
        updated_at (datetime.datetime):
        version (int):
    """

    active: bool
    code: str
    description: None | str
    ends_on: datetime.date | None
    local_name: None | str
    name: str
    pool: int
    remaining: int
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        code = self.code

        description: None | str
        description = self.description

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        local_name: None | str
        local_name = self.local_name

        name = self.name

        pool = self.pool

        remaining = self.remaining

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "code": code,
                "description": description,
                "ends_on": ends_on,
                "local_name": local_name,
                "name": name,
                "pool": pool,
                "remaining": remaining,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        code = d.pop("code")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        def _parse_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_name = _parse_local_name(d.pop("local_name"))

        name = d.pop("name")

        pool = d.pop("pool")

        remaining = d.pop("remaining")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        programme_read = cls(
            active=active,
            code=code,
            description=description,
            ends_on=ends_on,
            local_name=local_name,
            name=name,
            pool=pool,
            remaining=remaining,
            updated_at=updated_at,
            version=version,
        )

        programme_read.additional_properties = d
        return programme_read

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
