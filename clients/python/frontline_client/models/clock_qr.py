from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClockQr")


@_attrs_define
class ClockQr:
    """
    Attributes:
        refresh_at (datetime.datetime): Show the next code from this moment
        token (str):
        valid_from (datetime.datetime):
    """

    refresh_at: datetime.datetime
    token: str
    valid_from: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refresh_at = self.refresh_at.isoformat()

        token = self.token

        valid_from = self.valid_from.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refresh_at": refresh_at,
                "token": token,
                "valid_from": valid_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refresh_at = datetime.datetime.fromisoformat(d.pop("refresh_at"))

        token = d.pop("token")

        valid_from = datetime.datetime.fromisoformat(d.pop("valid_from"))

        clock_qr = cls(
            refresh_at=refresh_at,
            token=token,
            valid_from=valid_from,
        )

        clock_qr.additional_properties = d
        return clock_qr

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
