from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Home")


@_attrs_define
class Home:
    """
    Attributes:
        address (str):
        latitude (float):
        longitude (float):
    """

    address: str
    latitude: float
    longitude: float

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        latitude = self.latitude

        longitude = self.longitude

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "latitude": latitude,
                "longitude": longitude,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        home = cls(
            address=address,
            latitude=latitude,
            longitude=longitude,
        )

        return home
