from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side import Side
from ..models.source import Source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_stretch import TargetStretch


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
        target_adjustment (None | str | Unset): The pro-rating in words, in the reader's language, e.g. 'target 90 x
            0.875: reduced day 7 h of 8 h, 2026-12-01..2026-12-31' (frozen scores keep it in English; `target_stretches`
            holds the same facts)
        target_as_set (None | str | Unset): The target as set, before pro-rating; `target` is what the value was scored
            against
        target_factor (None | str | Unset): Available over standard working hours in the month (4 places): the target as
            set x this
        target_stretches (list[TargetStretch] | None | Unset): The short days behind the factor, as runs of working days
            with the same hours
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
    target_adjustment: None | str | Unset = UNSET
    target_as_set: None | str | Unset = UNSET
    target_factor: None | str | Unset = UNSET
    target_stretches: list[TargetStretch] | None | Unset = UNSET
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

        target_adjustment: None | str | Unset
        if isinstance(self.target_adjustment, Unset):
            target_adjustment = UNSET
        else:
            target_adjustment = self.target_adjustment

        target_as_set: None | str | Unset
        if isinstance(self.target_as_set, Unset):
            target_as_set = UNSET
        else:
            target_as_set = self.target_as_set

        target_factor: None | str | Unset
        if isinstance(self.target_factor, Unset):
            target_factor = UNSET
        else:
            target_factor = self.target_factor

        target_stretches: list[dict[str, Any]] | None | Unset
        if isinstance(self.target_stretches, Unset):
            target_stretches = UNSET
        elif isinstance(self.target_stretches, list):
            target_stretches = []
            for target_stretches_type_0_item_data in self.target_stretches:
                target_stretches_type_0_item = target_stretches_type_0_item_data.to_dict()
                target_stretches.append(target_stretches_type_0_item)

        else:
            target_stretches = self.target_stretches

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
        if target_adjustment is not UNSET:
            field_dict["target_adjustment"] = target_adjustment
        if target_as_set is not UNSET:
            field_dict["target_as_set"] = target_as_set
        if target_factor is not UNSET:
            field_dict["target_factor"] = target_factor
        if target_stretches is not UNSET:
            field_dict["target_stretches"] = target_stretches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_stretch import TargetStretch  # noqa: PLC0415

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

        def _parse_target_adjustment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_adjustment = _parse_target_adjustment(d.pop("target_adjustment", UNSET))

        def _parse_target_as_set(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_as_set = _parse_target_as_set(d.pop("target_as_set", UNSET))

        def _parse_target_factor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_factor = _parse_target_factor(d.pop("target_factor", UNSET))

        def _parse_target_stretches(data: object) -> list[TargetStretch] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                target_stretches_type_0 = []
                _target_stretches_type_0 = data
                for target_stretches_type_0_item_data in _target_stretches_type_0:
                    target_stretches_type_0_item = TargetStretch.from_dict(target_stretches_type_0_item_data)

                    target_stretches_type_0.append(target_stretches_type_0_item)

                return target_stretches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetStretch] | None | Unset, data)

        target_stretches = _parse_target_stretches(d.pop("target_stretches", UNSET))

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
            target_adjustment=target_adjustment,
            target_as_set=target_as_set,
            target_factor=target_factor,
            target_stretches=target_stretches,
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
