from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_status import EmployeeStatus

T = TypeVar("T", bound="EmployeeRead")


@_attrs_define
class EmployeeRead:
    """
    Attributes:
        created_at (datetime.datetime):
        email (None | str):
        employee_no (str):
        full_name (str):
        hire_date (datetime.date):
        home_unit_id (UUID):
        id (UUID):
        local_name (None | str): The name in Chinese characters, if recorded
        phone (None | str):
        status (EmployeeStatus):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    email: None | str
    employee_no: str
    full_name: str
    hire_date: datetime.date
    home_unit_id: UUID
    id: UUID
    local_name: None | str
    phone: None | str
    status: EmployeeStatus
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        email: None | str
        email = self.email

        employee_no = self.employee_no

        full_name = self.full_name

        hire_date = self.hire_date.isoformat()

        home_unit_id = str(self.home_unit_id)

        id = str(self.id)

        local_name: None | str
        local_name = self.local_name

        phone: None | str
        phone = self.phone

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "email": email,
                "employee_no": employee_no,
                "full_name": full_name,
                "hire_date": hire_date,
                "home_unit_id": home_unit_id,
                "id": id,
                "local_name": local_name,
                "phone": phone,
                "status": status,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        hire_date = datetime.date.fromisoformat(d.pop("hire_date"))

        home_unit_id = UUID(d.pop("home_unit_id"))

        id = UUID(d.pop("id"))

        def _parse_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_name = _parse_local_name(d.pop("local_name"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        status = EmployeeStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        employee_read = cls(
            created_at=created_at,
            email=email,
            employee_no=employee_no,
            full_name=full_name,
            hire_date=hire_date,
            home_unit_id=home_unit_id,
            id=id,
            local_name=local_name,
            phone=phone,
            status=status,
            updated_at=updated_at,
        )

        employee_read.additional_properties = d
        return employee_read

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
