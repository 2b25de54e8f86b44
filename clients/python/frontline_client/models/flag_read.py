from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_read_direction import FlagReadDirection

if TYPE_CHECKING:
    from ..models.series_group import SeriesGroup


T = TypeVar("T", bound="FlagRead")


@_attrs_define
class FlagRead:
    """
    Attributes:
        direction (FlagReadDirection):
        figure (str):
        group (SeriesGroup):
        id (UUID):
        raised_at (datetime.datetime):
        raised_on (datetime.date): The day whose figure raised it
        threshold (str):
        trend (list[str]): The figure at each evaluation since the flag was raised, oldest first
        value (str): The figure at the latest evaluation
    """

    direction: FlagReadDirection
    figure: str
    group: SeriesGroup
    id: UUID
    raised_at: datetime.datetime
    raised_on: datetime.date
    threshold: str
    trend: list[str]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction.value

        figure = self.figure

        group = self.group.to_dict()

        id = str(self.id)

        raised_at = self.raised_at.isoformat()

        raised_on = self.raised_on.isoformat()

        threshold = self.threshold

        trend = self.trend

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "figure": figure,
                "group": group,
                "id": id,
                "raised_at": raised_at,
                "raised_on": raised_on,
                "threshold": threshold,
                "trend": trend,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_group import SeriesGroup  # noqa: PLC0415

        d = dict(src_dict)
        direction = FlagReadDirection(d.pop("direction"))

        figure = d.pop("figure")

        group = SeriesGroup.from_dict(d.pop("group"))

        id = UUID(d.pop("id"))

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        threshold = d.pop("threshold")

        trend = cast(list[str], d.pop("trend"))

        value = d.pop("value")

        flag_read = cls(
            direction=direction,
            figure=figure,
            group=group,
            id=id,
            raised_at=raised_at,
            raised_on=raised_on,
            threshold=threshold,
            trend=trend,
            value=value,
        )

        flag_read.additional_properties = d
        return flag_read

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
