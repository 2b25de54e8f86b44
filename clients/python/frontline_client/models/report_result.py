from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_result_verdict import ReportResultVerdict

T = TypeVar("T", bound="ReportResult")


@_attrs_define
class ReportResult:
    """
    Attributes:
        achievement (None | str): Percent of target (target / value where lower is better)
        metric_code (str):
        metric_name (str):
        months (int): Closed months with a value
        target (None | str): The months' mean target
        value (None | str): The months' mean value
        verdict (ReportResultVerdict):
    """

    achievement: None | str
    metric_code: str
    metric_name: str
    months: int
    target: None | str
    value: None | str
    verdict: ReportResultVerdict
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        achievement: None | str
        achievement = self.achievement

        metric_code = self.metric_code

        metric_name = self.metric_name

        months = self.months

        target: None | str
        target = self.target

        value: None | str
        value = self.value

        verdict = self.verdict.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "achievement": achievement,
                "metric_code": metric_code,
                "metric_name": metric_name,
                "months": months,
                "target": target,
                "value": value,
                "verdict": verdict,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_achievement(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        achievement = _parse_achievement(d.pop("achievement"))

        metric_code = d.pop("metric_code")

        metric_name = d.pop("metric_name")

        months = d.pop("months")

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

        verdict = ReportResultVerdict(d.pop("verdict"))

        report_result = cls(
            achievement=achievement,
            metric_code=metric_code,
            metric_name=metric_name,
            months=months,
            target=target,
            value=value,
            verdict=verdict,
        )

        report_result.additional_properties = d
        return report_result

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
