from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CommissionFunding")


@_attrs_define
class CommissionFunding:
    """A share of the frontline's commission: commission is `commission_percent` of the sales the
    scope's frontline made (ingested employee sales at the scope's stores), and the pool receives
    `share_percent` of it (e.g. 10-15%).

        Attributes:
            commission_percent (str): Decimal percent from 0 to 100, e.g. '12.5'
            kind (Literal['commission_share']):
            share_percent (str): Decimal percent from 0 to 100, e.g. '12.5'
    """

    commission_percent: str
    kind: Literal["commission_share"]
    share_percent: str

    def to_dict(self) -> dict[str, Any]:
        commission_percent = self.commission_percent

        kind = self.kind

        share_percent = self.share_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "commission_percent": commission_percent,
                "kind": kind,
                "share_percent": share_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commission_percent = d.pop("commission_percent")

        kind = cast(Literal["commission_share"], d.pop("kind"))
        if kind != "commission_share":
            raise ValueError(f"kind must match const 'commission_share', got '{kind}'")

        share_percent = d.pop("share_percent")

        commission_funding = cls(
            commission_percent=commission_percent,
            kind=kind,
            share_percent=share_percent,
        )

        return commission_funding
