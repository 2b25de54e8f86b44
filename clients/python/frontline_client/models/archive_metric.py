from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArchiveMetric")


@_attrs_define
class ArchiveMetric:
    """
    Attributes:
        metric_code (str):
        metric_name (str):
        points (None | str):
        target (None | str):
        value (None | str):
    """

    metric_code: str
    metric_name: str
    points: None | str
    target: None | str
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_code = self.metric_code

        metric_name = self.metric_name

        points: None | str
        points = self.points

        target: None | str
        target = self.target

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_code": metric_code,
                "metric_name": metric_name,
                "points": points,
                "target": target,
                "value": value,
            }
        )

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

        archive_metric = cls(
            metric_code=metric_code,
            metric_name=metric_name,
            points=points,
            target=target,
            value=value,
        )

        archive_metric.additional_properties = d
        return archive_metric

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
