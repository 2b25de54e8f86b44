from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.population import Population

T = TypeVar("T", bound="BonusRuleRead")


@_attrs_define
class BonusRuleRead:
    """
    Attributes:
        active (bool):
        basis (str):
        cap (str):
        currency (str):
        metric_code (str):
        modifier_cap_percent (int):
        modifier_step_percent (int):
        population (Population):
        rate_percent (str):
        version (int):
    """

    active: bool
    basis: str
    cap: str
    currency: str
    metric_code: str
    modifier_cap_percent: int
    modifier_step_percent: int
    population: Population
    rate_percent: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        basis = self.basis

        cap = self.cap

        currency = self.currency

        metric_code = self.metric_code

        modifier_cap_percent = self.modifier_cap_percent

        modifier_step_percent = self.modifier_step_percent

        population = self.population.value

        rate_percent = self.rate_percent

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "basis": basis,
                "cap": cap,
                "currency": currency,
                "metric_code": metric_code,
                "modifier_cap_percent": modifier_cap_percent,
                "modifier_step_percent": modifier_step_percent,
                "population": population,
                "rate_percent": rate_percent,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        basis = d.pop("basis")

        cap = d.pop("cap")

        currency = d.pop("currency")

        metric_code = d.pop("metric_code")

        modifier_cap_percent = d.pop("modifier_cap_percent")

        modifier_step_percent = d.pop("modifier_step_percent")

        population = Population(d.pop("population"))

        rate_percent = d.pop("rate_percent")

        version = d.pop("version")

        bonus_rule_read = cls(
            active=active,
            basis=basis,
            cap=cap,
            currency=currency,
            metric_code=metric_code,
            modifier_cap_percent=modifier_cap_percent,
            modifier_step_percent=modifier_step_percent,
            population=population,
            rate_percent=rate_percent,
            version=version,
        )

        bonus_rule_read.additional_properties = d
        return bonus_rule_read

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
