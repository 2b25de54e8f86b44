from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.employee_status import EmployeeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeCreate")


@_attrs_define
class EmployeeCreate:
    """
    Attributes:
        employee_no (str):
        full_name (str):
        hire_date (datetime.date):
        home_unit_id (UUID): An HQ department or a store
        email (None | str | Unset):
        local_name (None | str | Unset): The name in Chinese characters, beside the romanised one
        phone (None | str | Unset):
        status (EmployeeStatus | Unset):
    """

    employee_no: str
    full_name: str
    hire_date: datetime.date
    home_unit_id: UUID
    email: None | str | Unset = UNSET
    local_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    status: EmployeeStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        employee_no = self.employee_no

        full_name = self.full_name

        hire_date = self.hire_date.isoformat()

        home_unit_id = str(self.home_unit_id)

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        local_name: None | str | Unset
        if isinstance(self.local_name, Unset):
            local_name = UNSET
        else:
            local_name = self.local_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "employee_no": employee_no,
                "full_name": full_name,
                "hire_date": hire_date,
                "home_unit_id": home_unit_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if local_name is not UNSET:
            field_dict["local_name"] = local_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        hire_date = datetime.date.fromisoformat(d.pop("hire_date"))

        home_unit_id = UUID(d.pop("home_unit_id"))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_local_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_name = _parse_local_name(d.pop("local_name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        _status = d.pop("status", UNSET)
        status: EmployeeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EmployeeStatus(_status)

        employee_create = cls(
            employee_no=employee_no,
            full_name=full_name,
            hire_date=hire_date,
            home_unit_id=home_unit_id,
            email=email,
            local_name=local_name,
            phone=phone,
            status=status,
        )

        return employee_create
