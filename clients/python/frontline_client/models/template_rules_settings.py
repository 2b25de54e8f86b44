from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateRulesSettings")


@_attrs_define
class TemplateRulesSettings:
    """The organisation's rules a template must satisfy (defaults reflect the mission).

    Attributes:
        frontline_satisfaction_metrics (list[str] | Unset):
        seconded_min_frontline_weight (str | Unset): Decimal percent string, e.g. '40' or '12.5' Default: '30'.
        support_frontline_satisfaction_max_weight (str | Unset): Decimal percent string, e.g. '40' or '12.5' Default:
            '30'.
        support_frontline_satisfaction_min_weight (str | Unset): Decimal percent string, e.g. '40' or '12.5' Default:
            '20'.
    """

    frontline_satisfaction_metrics: list[str] | Unset = UNSET
    seconded_min_frontline_weight: str | Unset = "30"
    support_frontline_satisfaction_max_weight: str | Unset = "30"
    support_frontline_satisfaction_min_weight: str | Unset = "20"

    def to_dict(self) -> dict[str, Any]:
        frontline_satisfaction_metrics: list[str] | Unset = UNSET
        if not isinstance(self.frontline_satisfaction_metrics, Unset):
            frontline_satisfaction_metrics = self.frontline_satisfaction_metrics

        seconded_min_frontline_weight = self.seconded_min_frontline_weight

        support_frontline_satisfaction_max_weight = self.support_frontline_satisfaction_max_weight

        support_frontline_satisfaction_min_weight = self.support_frontline_satisfaction_min_weight

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if frontline_satisfaction_metrics is not UNSET:
            field_dict["frontline_satisfaction_metrics"] = frontline_satisfaction_metrics
        if seconded_min_frontline_weight is not UNSET:
            field_dict["seconded_min_frontline_weight"] = seconded_min_frontline_weight
        if support_frontline_satisfaction_max_weight is not UNSET:
            field_dict["support_frontline_satisfaction_max_weight"] = support_frontline_satisfaction_max_weight
        if support_frontline_satisfaction_min_weight is not UNSET:
            field_dict["support_frontline_satisfaction_min_weight"] = support_frontline_satisfaction_min_weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frontline_satisfaction_metrics = cast(list[str], d.pop("frontline_satisfaction_metrics", UNSET))

        seconded_min_frontline_weight = d.pop("seconded_min_frontline_weight", UNSET)

        support_frontline_satisfaction_max_weight = d.pop("support_frontline_satisfaction_max_weight", UNSET)

        support_frontline_satisfaction_min_weight = d.pop("support_frontline_satisfaction_min_weight", UNSET)

        template_rules_settings = cls(
            frontline_satisfaction_metrics=frontline_satisfaction_metrics,
            seconded_min_frontline_weight=seconded_min_frontline_weight,
            support_frontline_satisfaction_max_weight=support_frontline_satisfaction_max_weight,
            support_frontline_satisfaction_min_weight=support_frontline_satisfaction_min_weight,
        )

        return template_rules_settings
