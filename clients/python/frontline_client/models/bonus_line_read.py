from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BonusLineRead")


@_attrs_define
class BonusLineRead:
    """
    Attributes:
        amount (str):
        basis (str):
        capped (bool):
        days (int):
        employee_id (UUID):
        employee_no (str):
        excess (str):
        full_name (str):
        modifier_percent (int): Added for the year's training credits
        sales (str):
        target (str): As it applies to the days (personal) or the store's month (store)
        unit_code (str):
        unit_id (UUID):
    """

    amount: str
    basis: str
    capped: bool
    days: int
    employee_id: UUID
    employee_no: str
    excess: str
    full_name: str
    modifier_percent: int
    sales: str
    target: str
    unit_code: str
    unit_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        basis = self.basis

        capped = self.capped

        days = self.days

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        excess = self.excess

        full_name = self.full_name

        modifier_percent = self.modifier_percent

        sales = self.sales

        target = self.target

        unit_code = self.unit_code

        unit_id = str(self.unit_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "basis": basis,
                "capped": capped,
                "days": days,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "excess": excess,
                "full_name": full_name,
                "modifier_percent": modifier_percent,
                "sales": sales,
                "target": target,
                "unit_code": unit_code,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        basis = d.pop("basis")

        capped = d.pop("capped")

        days = d.pop("days")

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        excess = d.pop("excess")

        full_name = d.pop("full_name")

        modifier_percent = d.pop("modifier_percent")

        sales = d.pop("sales")

        target = d.pop("target")

        unit_code = d.pop("unit_code")

        unit_id = UUID(d.pop("unit_id"))

        bonus_line_read = cls(
            amount=amount,
            basis=basis,
            capped=capped,
            days=days,
            employee_id=employee_id,
            employee_no=employee_no,
            excess=excess,
            full_name=full_name,
            modifier_percent=modifier_percent,
            sales=sales,
            target=target,
            unit_code=unit_code,
            unit_id=unit_id,
        )

        bonus_line_read.additional_properties = d
        return bonus_line_read

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
