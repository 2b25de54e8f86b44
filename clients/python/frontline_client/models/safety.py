from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Safety")


@_attrs_define
class Safety:
    """
    Attributes:
        latest_shift_end (None | str | Unset): No shift ending after this local time (e.g. 22:00)
        max_commute_km (float | None | Unset): Longest commute the person accepts
    """

    latest_shift_end: None | str | Unset = UNSET
    max_commute_km: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        latest_shift_end: None | str | Unset
        if isinstance(self.latest_shift_end, Unset):
            latest_shift_end = UNSET
        else:
            latest_shift_end = self.latest_shift_end

        max_commute_km: float | None | Unset
        if isinstance(self.max_commute_km, Unset):
            max_commute_km = UNSET
        else:
            max_commute_km = self.max_commute_km

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if latest_shift_end is not UNSET:
            field_dict["latest_shift_end"] = latest_shift_end
        if max_commute_km is not UNSET:
            field_dict["max_commute_km"] = max_commute_km

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_latest_shift_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_shift_end = _parse_latest_shift_end(d.pop("latest_shift_end", UNSET))

        def _parse_max_commute_km(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_commute_km = _parse_max_commute_km(d.pop("max_commute_km", UNSET))

        safety = cls(
            latest_shift_end=latest_shift_end,
            max_commute_km=max_commute_km,
        )

        return safety
