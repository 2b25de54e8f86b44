from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EligibleRead")


@_attrs_define
class EligibleRead:
    """
    Attributes:
        days (list[datetime.date]): Days of the week the person may be rostered here
        employee_id (UUID):
        employee_no (str):
        full_name (str):
    """

    days: list[datetime.date]
    employee_id: UUID
    employee_no: str
    full_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.isoformat()
            days.append(days_item)

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = datetime.date.fromisoformat(days_item_data)

            days.append(days_item)

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        eligible_read = cls(
            days=days,
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
        )

        eligible_read.additional_properties = d
        return eligible_read

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
