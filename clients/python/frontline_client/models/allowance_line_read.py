from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level

T = TypeVar("T", bound="AllowanceLineRead")


@_attrs_define
class AllowanceLineRead:
    """
    Attributes:
        amount (str):
        balance (str): Credits at the month's end
        employee_id (UUID):
        employee_no (str):
        full_name (str):
        level (Level):
    """

    amount: str
    balance: str
    employee_id: UUID
    employee_no: str
    full_name: str
    level: Level
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        balance = self.balance

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        level = self.level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "balance": balance,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        balance = d.pop("balance")

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        level = Level(d.pop("level"))

        allowance_line_read = cls(
            amount=amount,
            balance=balance,
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
            level=level,
        )

        allowance_line_read.additional_properties = d
        return allowance_line_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
