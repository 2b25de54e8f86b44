from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SalesFunding")


@_attrs_define
class SalesFunding:
    """A percent of the scope's ingested sales for the month (stores in the scope subtree, in the pool's currency).

    Attributes:
        kind (Literal['sales_percent']):
        percent (str): Decimal percent from 0 to 100, e.g. '12.5'
    """

    kind: Literal["sales_percent"]
    percent: str

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        percent = self.percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "percent": percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["sales_percent"], d.pop("kind"))
        if kind != "sales_percent":
            raise ValueError(f"kind must match const 'sales_percent', got '{kind}'")

        percent = d.pop("percent")

        sales_funding = cls(
            kind=kind,
            percent=percent,
        )

        return sales_funding
