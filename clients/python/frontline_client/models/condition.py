from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.measure import Measure
from ..models.operator import Operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="Condition")


@_attrs_define
class Condition:
    """One metric comparison; all must pass for the pool to pay.

    - `sales`: the scope's ingested sales (major units of the pool's currency);
    - `metric`: the pushed metric `metric_code` of the scope's stores, summed;
    - `ticket_satisfaction`: the back office's frontline-satisfaction score, the average rating of
      tickets raised from the scope's stores and resolved in the month, as a percent of 5 stars.
    With `of_target`, the value is compared as a percent of the target (metric `metric_code`, or
    `sales` for sales, set for the scope unit or the nearest unit above it for the month).

        Attributes:
            measure (Measure):
            threshold (str): Decimal string, e.g. '120'
            metric_code (None | str | Unset):
            of_target (bool | Unset):  Default: False.
            operator (Operator | Unset):
    """

    measure: Measure
    threshold: str
    metric_code: None | str | Unset = UNSET
    of_target: bool | Unset = False
    operator: Operator | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        measure = self.measure.value

        threshold = self.threshold

        metric_code: None | str | Unset
        if isinstance(self.metric_code, Unset):
            metric_code = UNSET
        else:
            metric_code = self.metric_code

        of_target = self.of_target

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "measure": measure,
                "threshold": threshold,
            }
        )
        if metric_code is not UNSET:
            field_dict["metric_code"] = metric_code
        if of_target is not UNSET:
            field_dict["of_target"] = of_target
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        measure = Measure(d.pop("measure"))

        threshold = d.pop("threshold")

        def _parse_metric_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric_code = _parse_metric_code(d.pop("metric_code", UNSET))

        of_target = d.pop("of_target", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        condition = cls(
            measure=measure,
            threshold=threshold,
            metric_code=metric_code,
            of_target=of_target,
            operator=operator,
        )

        return condition
