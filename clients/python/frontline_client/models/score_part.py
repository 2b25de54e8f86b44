from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.population import Population

if TYPE_CHECKING:
    from ..models.metric_score import MetricScore


T = TypeVar("T", bound="ScorePart")


@_attrs_define
class ScorePart:
    """The part of the month spent at one unit, scored with that part's scorecard.

    Attributes:
        days (int):
        metrics (list[MetricScore]):
        missing (list[str]): Metrics without points yet
        population (Population):
        score (None | str): Over the metrics with values so far (weights re-normalised)
        template_code (None | str):
        unit_code (str):
        unit_id (UUID):
        unit_name (str):
    """

    days: int
    metrics: list[MetricScore]
    missing: list[str]
    population: Population
    score: None | str
    template_code: None | str
    unit_code: str
    unit_id: UUID
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        missing = self.missing

        population = self.population.value

        score: None | str
        score = self.score

        template_code: None | str
        template_code = self.template_code

        unit_code = self.unit_code

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "metrics": metrics,
                "missing": missing,
                "population": population,
                "score": score,
                "template_code": template_code,
                "unit_code": unit_code,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_score import MetricScore  # noqa: PLC0415

        d = dict(src_dict)
        days = d.pop("days")

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = MetricScore.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        missing = cast(list[str], d.pop("missing"))

        population = Population(d.pop("population"))

        def _parse_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        score = _parse_score(d.pop("score"))

        def _parse_template_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        template_code = _parse_template_code(d.pop("template_code"))

        unit_code = d.pop("unit_code")

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        score_part = cls(
            days=days,
            metrics=metrics,
            missing=missing,
            population=population,
            score=score,
            template_code=template_code,
            unit_code=unit_code,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        score_part.additional_properties = d
        return score_part

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
