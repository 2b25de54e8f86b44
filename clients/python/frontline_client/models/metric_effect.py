from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.population import Population

T = TypeVar("T", bound="MetricEffect")


@_attrs_define
class MetricEffect:
    """One linked metric in one population: the participants' change against the comparison's.

    Attributes:
        comparison (int): Non-participants of the population compared over the same months
        comparison_change (None | str): Their mean change, cohort by cohort (the month of passing)
        effect (None | str): The participants' change less the comparison's, in points
        metric_code (str):
        metric_name (str):
        participants (int): Participants with points both before and after the month they passed
        participants_after (None | str): Their mean points in the months after
        participants_before (None | str): Their mean points in the months before
        participants_change (None | str):
        population (Population):
    """

    comparison: int
    comparison_change: None | str
    effect: None | str
    metric_code: str
    metric_name: str
    participants: int
    participants_after: None | str
    participants_before: None | str
    participants_change: None | str
    population: Population
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparison = self.comparison

        comparison_change: None | str
        comparison_change = self.comparison_change

        effect: None | str
        effect = self.effect

        metric_code = self.metric_code

        metric_name = self.metric_name

        participants = self.participants

        participants_after: None | str
        participants_after = self.participants_after

        participants_before: None | str
        participants_before = self.participants_before

        participants_change: None | str
        participants_change = self.participants_change

        population = self.population.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comparison": comparison,
                "comparison_change": comparison_change,
                "effect": effect,
                "metric_code": metric_code,
                "metric_name": metric_name,
                "participants": participants,
                "participants_after": participants_after,
                "participants_before": participants_before,
                "participants_change": participants_change,
                "population": population,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comparison = d.pop("comparison")

        def _parse_comparison_change(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comparison_change = _parse_comparison_change(d.pop("comparison_change"))

        def _parse_effect(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        effect = _parse_effect(d.pop("effect"))

        metric_code = d.pop("metric_code")

        metric_name = d.pop("metric_name")

        participants = d.pop("participants")

        def _parse_participants_after(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        participants_after = _parse_participants_after(d.pop("participants_after"))

        def _parse_participants_before(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        participants_before = _parse_participants_before(d.pop("participants_before"))

        def _parse_participants_change(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        participants_change = _parse_participants_change(d.pop("participants_change"))

        population = Population(d.pop("population"))

        metric_effect = cls(
            comparison=comparison,
            comparison_change=comparison_change,
            effect=effect,
            metric_code=metric_code,
            metric_name=metric_name,
            participants=participants,
            participants_after=participants_after,
            participants_before=participants_before,
            participants_change=participants_change,
            population=population,
        )

        metric_effect.additional_properties = d
        return metric_effect

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
