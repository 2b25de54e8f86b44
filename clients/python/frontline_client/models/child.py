from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Child")


@_attrs_define
class Child:
    """
    Attributes:
        birth_month (str): YYYY-MM
        school_latitude (float | None | Unset):
        school_longitude (float | None | Unset):
        school_name (None | str | Unset):
    """

    birth_month: str
    school_latitude: float | None | Unset = UNSET
    school_longitude: float | None | Unset = UNSET
    school_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        birth_month = self.birth_month

        school_latitude: float | None | Unset
        if isinstance(self.school_latitude, Unset):
            school_latitude = UNSET
        else:
            school_latitude = self.school_latitude

        school_longitude: float | None | Unset
        if isinstance(self.school_longitude, Unset):
            school_longitude = UNSET
        else:
            school_longitude = self.school_longitude

        school_name: None | str | Unset
        if isinstance(self.school_name, Unset):
            school_name = UNSET
        else:
            school_name = self.school_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "birth_month": birth_month,
            }
        )
        if school_latitude is not UNSET:
            field_dict["school_latitude"] = school_latitude
        if school_longitude is not UNSET:
            field_dict["school_longitude"] = school_longitude
        if school_name is not UNSET:
            field_dict["school_name"] = school_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        birth_month = d.pop("birth_month")

        def _parse_school_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        school_latitude = _parse_school_latitude(d.pop("school_latitude", UNSET))

        def _parse_school_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        school_longitude = _parse_school_longitude(d.pop("school_longitude", UNSET))

        def _parse_school_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        school_name = _parse_school_name(d.pop("school_name", UNSET))

        child = cls(
            birth_month=birth_month,
            school_latitude=school_latitude,
            school_longitude=school_longitude,
            school_name=school_name,
        )

        return child
