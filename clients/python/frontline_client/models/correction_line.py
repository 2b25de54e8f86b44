from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.pool_side import PoolSide

T = TypeVar("T", bound="CorrectionLine")


@_attrs_define
class CorrectionLine:
    """
    Attributes:
        amount (str): The member's corrected amount on that side
        employee_id (UUID):
        side (PoolSide):
    """

    amount: str
    employee_id: UUID
    side: PoolSide

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        employee_id = str(self.employee_id)

        side = self.side.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "employee_id": employee_id,
                "side": side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        employee_id = UUID(d.pop("employee_id"))

        side = PoolSide(d.pop("side"))

        correction_line = cls(
            amount=amount,
            employee_id=employee_id,
            side=side,
        )

        return correction_line
