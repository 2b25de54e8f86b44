from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArrangementCreate")


@_attrs_define
class ArrangementCreate:
    """Any combination of a reduced day, remote days and a daily window; dates inclusive.

    Attributes:
        end_date (datetime.date):
        start_date (datetime.date):
        reduced_minutes (int | Unset): Minutes less per working day Default: 0.
        remote_days_per_week (int | Unset):  Default: 0.
        window_end (None | str | Unset): Local time the working day ends
        window_start (None | str | Unset): Local time the working day starts
    """

    end_date: datetime.date
    start_date: datetime.date
    reduced_minutes: int | Unset = 0
    remote_days_per_week: int | Unset = 0
    window_end: None | str | Unset = UNSET
    window_start: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date.isoformat()

        start_date = self.start_date.isoformat()

        reduced_minutes = self.reduced_minutes

        remote_days_per_week = self.remote_days_per_week

        window_end: None | str | Unset
        if isinstance(self.window_end, Unset):
            window_end = UNSET
        else:
            window_end = self.window_end

        window_start: None | str | Unset
        if isinstance(self.window_start, Unset):
            window_start = UNSET
        else:
            window_start = self.window_start

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_date": end_date,
                "start_date": start_date,
            }
        )
        if reduced_minutes is not UNSET:
            field_dict["reduced_minutes"] = reduced_minutes
        if remote_days_per_week is not UNSET:
            field_dict["remote_days_per_week"] = remote_days_per_week
        if window_end is not UNSET:
            field_dict["window_end"] = window_end
        if window_start is not UNSET:
            field_dict["window_start"] = window_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        reduced_minutes = d.pop("reduced_minutes", UNSET)

        remote_days_per_week = d.pop("remote_days_per_week", UNSET)

        def _parse_window_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        window_end = _parse_window_end(d.pop("window_end", UNSET))

        def _parse_window_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        window_start = _parse_window_start(d.pop("window_start", UNSET))

        arrangement_create = cls(
            end_date=end_date,
            start_date=start_date,
            reduced_minutes=reduced_minutes,
            remote_days_per_week=remote_days_per_week,
            window_end=window_end,
            window_start=window_start,
        )

        return arrangement_create
