from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="FixedFunding")


@_attrs_define
class FixedFunding:
    """A fixed amount.

    Attributes:
        amount (str): An amount in the pool's currency, e.g. '5000.00'
        kind (Literal['fixed']):
    """

    amount: str
    kind: Literal["fixed"]

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        kind = self.kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        kind = cast(Literal["fixed"], d.pop("kind"))
        if kind != "fixed":
            raise ValueError(f"kind must match const 'fixed', got '{kind}'")

        fixed_funding = cls(
            amount=amount,
            kind=kind,
        )

        return fixed_funding
