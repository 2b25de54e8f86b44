from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitFunding")


@_attrs_define
class ProfitFunding:
    """A percent of the scope's profit: the pushed metric `metric_code` of the scope's stores for the
    month (values in the pool's currency), summed; a loss funds nothing.

        Attributes:
            kind (Literal['profit_percent']):
            percent (str): Decimal percent from 0 to 100, e.g. '12.5'
            metric_code (str | Unset):  Default: 'profit'.
    """

    kind: Literal["profit_percent"]
    percent: str
    metric_code: str | Unset = "profit"

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        percent = self.percent

        metric_code = self.metric_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "percent": percent,
            }
        )
        if metric_code is not UNSET:
            field_dict["metric_code"] = metric_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["profit_percent"], d.pop("kind"))
        if kind != "profit_percent":
            raise ValueError(f"kind must match const 'profit_percent', got '{kind}'")

        percent = d.pop("percent")

        metric_code = d.pop("metric_code", UNSET)

        profit_funding = cls(
            kind=kind,
            percent=percent,
            metric_code=metric_code,
        )

        return profit_funding
