from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="RedemptionApproved")


@_attrs_define
class RedemptionApproved:
    """
    Attributes:
        approved_at (datetime.datetime):
        employee_id (UUID):
        employee_no (str):
        item_code (str):
        item_kind (str):
        points (int):
        redemption_id (UUID):
    """

    approved_at: datetime.datetime
    employee_id: UUID
    employee_no: str
    item_code: str
    item_kind: str
    points: int
    redemption_id: UUID

    def to_dict(self) -> dict[str, Any]:
        approved_at = self.approved_at.isoformat()

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        item_code = self.item_code

        item_kind = self.item_kind

        points = self.points

        redemption_id = str(self.redemption_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "approved_at": approved_at,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "item_code": item_code,
                "item_kind": item_kind,
                "points": points,
                "redemption_id": redemption_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved_at = datetime.datetime.fromisoformat(d.pop("approved_at"))

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        item_code = d.pop("item_code")

        item_kind = d.pop("item_kind")

        points = d.pop("points")

        redemption_id = UUID(d.pop("redemption_id"))

        redemption_approved = cls(
            approved_at=approved_at,
            employee_id=employee_id,
            employee_no=employee_no,
            item_code=item_code,
            item_kind=item_kind,
            points=points,
            redemption_id=redemption_id,
        )

        return redemption_approved
