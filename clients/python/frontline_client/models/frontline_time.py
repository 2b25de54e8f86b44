from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FrontlineTime")


@_attrs_define
class FrontlineTime:
    """Days at a store or project (by effective-dated assignments) within the window.

    Attributes:
        kind (Literal['frontline_time']):
        min_days (int): 180 days is 6 months
        this_year (bool | Unset): Count the calendar year so far instead (the leaders' 30 days a year) Default: False.
        window_months (int | None | Unset): e.g. 36: the last 3 years
    """

    kind: Literal["frontline_time"]
    min_days: int
    this_year: bool | Unset = False
    window_months: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        min_days = self.min_days

        this_year = self.this_year

        window_months: int | None | Unset
        if isinstance(self.window_months, Unset):
            window_months = UNSET
        else:
            window_months = self.window_months

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "min_days": min_days,
            }
        )
        if this_year is not UNSET:
            field_dict["this_year"] = this_year
        if window_months is not UNSET:
            field_dict["window_months"] = window_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["frontline_time"], d.pop("kind"))
        if kind != "frontline_time":
            raise ValueError(f"kind must match const 'frontline_time', got '{kind}'")

        min_days = d.pop("min_days")

        this_year = d.pop("this_year", UNSET)

        def _parse_window_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        window_months = _parse_window_months(d.pop("window_months", UNSET))

        frontline_time = cls(
            kind=kind,
            min_days=min_days,
            this_year=this_year,
            window_months=window_months,
        )

        return frontline_time
