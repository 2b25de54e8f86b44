from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.pool_side import PoolSide

T = TypeVar("T", bound="AdjustmentCreate")


@_attrs_define
class AdjustmentCreate:
    """
    Attributes:
        employee_id (UUID):
        reason (str):
        side (PoolSide):
        weight_delta (str): Added to the member's weight on that side (may be negative)
    """

    employee_id: UUID
    reason: str
    side: PoolSide
    weight_delta: str

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        reason = self.reason

        side = self.side.value

        weight_delta = self.weight_delta

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "employee_id": employee_id,
                "reason": reason,
                "side": side,
                "weight_delta": weight_delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        reason = d.pop("reason")

        side = PoolSide(d.pop("side"))

        weight_delta = d.pop("weight_delta")

        adjustment_create = cls(
            employee_id=employee_id,
            reason=reason,
            side=side,
            weight_delta=weight_delta,
        )

        return adjustment_create
