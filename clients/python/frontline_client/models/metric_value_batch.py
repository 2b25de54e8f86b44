from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.metric_value_in import MetricValueIn


T = TypeVar("T", bound="MetricValueBatch")


@_attrs_define
class MetricValueBatch:
    """
    Attributes:
        values (list[MetricValueIn]):
    """

    values: list[MetricValueIn]

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_value_in import MetricValueIn  # noqa: PLC0415

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = MetricValueIn.from_dict(values_item_data)

            values.append(values_item)

        metric_value_batch = cls(
            values=values,
        )

        return metric_value_batch
