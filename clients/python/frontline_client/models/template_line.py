from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TemplateLine")


@_attrs_define
class TemplateLine:
    """
    Attributes:
        metric_code (str):
        weight (str): Decimal percent string, e.g. '40' or '12.5'
    """

    metric_code: str
    weight: str

    def to_dict(self) -> dict[str, Any]:
        metric_code = self.metric_code

        weight = self.weight

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metric_code": metric_code,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_code = d.pop("metric_code")

        weight = d.pop("weight")

        template_line = cls(
            metric_code=metric_code,
            weight=weight,
        )

        return template_line
