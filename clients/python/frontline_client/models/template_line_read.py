from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side import Side

T = TypeVar("T", bound="TemplateLineRead")


@_attrs_define
class TemplateLineRead:
    """
    Attributes:
        metric_code (str):
        metric_name (str):
        side (Side):
        weight (str):
    """

    metric_code: str
    metric_name: str
    side: Side
    weight: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_code = self.metric_code

        metric_name = self.metric_name

        side = self.side.value

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_code": metric_code,
                "metric_name": metric_name,
                "side": side,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_code = d.pop("metric_code")

        metric_name = d.pop("metric_name")

        side = Side(d.pop("side"))

        weight = d.pop("weight")

        template_line_read = cls(
            metric_code=metric_code,
            metric_name=metric_name,
            side=side,
            weight=weight,
        )

        template_line_read.additional_properties = d
        return template_line_read

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
