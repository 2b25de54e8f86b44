from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side import Side
from ..models.source import Source
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricScore")


@_attrs_define
class MetricScore:
    """
    Attributes:
        metric_code (str):
        metric_name (str):
        points (None | str):
        side (Side):
        source (Source):
        target (None | str):
        value (None | str): None while no value has arrived for the period
        weight (str):
        comment (None | str | Unset): What the person who entered the value wrote; present only for the person and HR,
            and only where there is one
        note (None | str | Unset): Why points are missing, e.g. no value yet, no target
    """

    metric_code: str
    metric_name: str
    points: None | str
    side: Side
    source: Source
    target: None | str
    value: None | str
    weight: str
    comment: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_code = self.metric_code

        metric_name = self.metric_name

        points: None | str
        points = self.points

        side = self.side.value

        source = self.source.value

        target: None | str
        target = self.target

        value: None | str
        value = self.value

        weight = self.weight

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_code": metric_code,
                "metric_name": metric_name,
                "points": points,
                "side": side,
                "source": source,
                "target": target,
                "value": value,
                "weight": weight,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_code = d.pop("metric_code")

        metric_name = d.pop("metric_name")

        def _parse_points(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        points = _parse_points(d.pop("points"))

        side = Side(d.pop("side"))

        source = Source(d.pop("source"))

        def _parse_target(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target = _parse_target(d.pop("target"))

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        weight = d.pop("weight")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        metric_score = cls(
            metric_code=metric_code,
            metric_name=metric_name,
            points=points,
            side=side,
            source=source,
            target=target,
            value=value,
            weight=weight,
            comment=comment,
            note=note,
        )

        metric_score.additional_properties = d
        return metric_score

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
