from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metric_effect import MetricEffect


T = TypeVar("T", bound="TrainingEffect")


@_attrs_define
class TrainingEffect:
    """效果评估: did the course move the metrics it was meant to? Points come from closed months.

    Attributes:
        course_code (str):
        metrics (list[MetricEffect]):
        months (int): Months compared on each side of the month a participant passed
        passed (int): People who have passed the course
    """

    course_code: str
    metrics: list[MetricEffect]
    months: int
    passed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_code = self.course_code

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        months = self.months

        passed = self.passed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_code": course_code,
                "metrics": metrics,
                "months": months,
                "passed": passed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_effect import MetricEffect  # noqa: PLC0415

        d = dict(src_dict)
        course_code = d.pop("course_code")

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = MetricEffect.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        months = d.pop("months")

        passed = d.pop("passed")

        training_effect = cls(
            course_code=course_code,
            metrics=metrics,
            months=months,
            passed=passed,
        )

        training_effect.additional_properties = d
        return training_effect

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
