from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hours_kind import HoursKind

T = TypeVar("T", bound="TargetStretch")


@_attrs_define
class TargetStretch:
    """Working days in [start, end] (rest days between them included in the dates) on which the
    person had `available_minutes` of the `standard_minutes` day.

        Attributes:
            available_minutes (int):
            end (datetime.date):
            kinds (list[HoursKind]):
            standard_minutes (int):
            start (datetime.date):
    """

    available_minutes: int
    end: datetime.date
    kinds: list[HoursKind]
    standard_minutes: int
    start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_minutes = self.available_minutes

        end = self.end.isoformat()

        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.value
            kinds.append(kinds_item)

        standard_minutes = self.standard_minutes

        start = self.start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_minutes": available_minutes,
                "end": end,
                "kinds": kinds,
                "standard_minutes": standard_minutes,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_minutes = d.pop("available_minutes")

        end = datetime.date.fromisoformat(d.pop("end"))

        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in _kinds:
            kinds_item = HoursKind(kinds_item_data)

            kinds.append(kinds_item)

        standard_minutes = d.pop("standard_minutes")

        start = datetime.date.fromisoformat(d.pop("start"))

        target_stretch = cls(
            available_minutes=available_minutes,
            end=end,
            kinds=kinds,
            standard_minutes=standard_minutes,
            start=start,
        )

        target_stretch.additional_properties = d
        return target_stretch

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
