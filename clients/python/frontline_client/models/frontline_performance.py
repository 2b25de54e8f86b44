from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.aggregate import Aggregate
from ..types import UNSET, Unset

T = TypeVar("T", bound="FrontlinePerformance")


@_attrs_define
class FrontlinePerformance:
    """The person's percentile in the closed months they spent frontline days in, within the window.

    Attributes:
        kind (Literal['frontline_performance']):
        top_percent (int): 30: the top 30 % of the cohort
        aggregate (Aggregate | Unset):
        window_months (int | Unset): Months back from today (at least 1) Default: 36.
    """

    kind: Literal["frontline_performance"]
    top_percent: int
    aggregate: Aggregate | Unset = UNSET
    window_months: int | Unset = 36

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        top_percent = self.top_percent

        aggregate: str | Unset = UNSET
        if not isinstance(self.aggregate, Unset):
            aggregate = self.aggregate.value

        window_months = self.window_months

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "top_percent": top_percent,
            }
        )
        if aggregate is not UNSET:
            field_dict["aggregate"] = aggregate
        if window_months is not UNSET:
            field_dict["window_months"] = window_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["frontline_performance"], d.pop("kind"))
        if kind != "frontline_performance":
            raise ValueError(f"kind must match const 'frontline_performance', got '{kind}'")

        top_percent = d.pop("top_percent")

        _aggregate = d.pop("aggregate", UNSET)
        aggregate: Aggregate | Unset
        if isinstance(_aggregate, Unset):
            aggregate = UNSET
        else:
            aggregate = Aggregate(_aggregate)

        window_months = d.pop("window_months", UNSET)

        frontline_performance = cls(
            kind=kind,
            top_percent=top_percent,
            aggregate=aggregate,
            window_months=window_months,
        )

        return frontline_performance
