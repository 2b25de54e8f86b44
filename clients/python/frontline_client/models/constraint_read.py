from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basis import Basis
from ..models.kind import Kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConstraintRead")


@_attrs_define
class ConstraintRead:
    """
    Attributes:
        basis (Basis): Why a constraint holds, at the grain a manager may know: the law, an approved arrangement or
            the person's own stated need; never which fact (pregnancy, nursing, a child) lies behind it.
        end (datetime.date): Last day it holds (within the range asked)
        kind (Kind):
        start (datetime.date): First day it holds (within the range asked)
        text (str): The constraint for people, in the reader's language
        count (int | None | Unset):
        ends (None | str | Unset):
        km (None | str | Unset):
        minutes (int | None | Unset):
        starts (None | str | Unset):
    """

    basis: Basis
    end: datetime.date
    kind: Kind
    start: datetime.date
    text: str
    count: int | None | Unset = UNSET
    ends: None | str | Unset = UNSET
    km: None | str | Unset = UNSET
    minutes: int | None | Unset = UNSET
    starts: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basis = self.basis.value

        end = self.end.isoformat()

        kind = self.kind.value

        start = self.start.isoformat()

        text = self.text

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        ends: None | str | Unset
        if isinstance(self.ends, Unset):
            ends = UNSET
        else:
            ends = self.ends

        km: None | str | Unset
        if isinstance(self.km, Unset):
            km = UNSET
        else:
            km = self.km

        minutes: int | None | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        starts: None | str | Unset
        if isinstance(self.starts, Unset):
            starts = UNSET
        else:
            starts = self.starts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basis": basis,
                "end": end,
                "kind": kind,
                "start": start,
                "text": text,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if ends is not UNSET:
            field_dict["ends"] = ends
        if km is not UNSET:
            field_dict["km"] = km
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if starts is not UNSET:
            field_dict["starts"] = starts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        basis = Basis(d.pop("basis"))

        end = datetime.date.fromisoformat(d.pop("end"))

        kind = Kind(d.pop("kind"))

        start = datetime.date.fromisoformat(d.pop("start"))

        text = d.pop("text")

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_ends(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ends = _parse_ends(d.pop("ends", UNSET))

        def _parse_km(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        km = _parse_km(d.pop("km", UNSET))

        def _parse_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        def _parse_starts(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        starts = _parse_starts(d.pop("starts", UNSET))

        constraint_read = cls(
            basis=basis,
            end=end,
            kind=kind,
            start=start,
            text=text,
            count=count,
            ends=ends,
            km=km,
            minutes=minutes,
            starts=starts,
        )

        constraint_read.additional_properties = d
        return constraint_read

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
