from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.employee_status import EmployeeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeUpdate")


@_attrs_define
class EmployeeUpdate:
    """Only the fields sent are changed. The employee number is a business key and never changes.

    Attributes:
        email (None | str | Unset):
        full_name (None | str | Unset):
        hire_date (datetime.date | None | Unset):
        home_unit_id (None | Unset | UUID):
        local_name (None | str | Unset):
        phone (None | str | Unset):
        status (EmployeeStatus | None | Unset):
        status_effective_on (datetime.date | None | Unset): With a change of `status`: the day the new status holds from
            (default: today in the organisation's time zone); not before the hire date nor the last recorded change
    """

    email: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    hire_date: datetime.date | None | Unset = UNSET
    home_unit_id: None | Unset | UUID = UNSET
    local_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    status: EmployeeStatus | None | Unset = UNSET
    status_effective_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        hire_date: None | str | Unset
        if isinstance(self.hire_date, Unset):
            hire_date = UNSET
        elif isinstance(self.hire_date, datetime.date):
            hire_date = self.hire_date.isoformat()
        else:
            hire_date = self.hire_date

        home_unit_id: None | str | Unset
        if isinstance(self.home_unit_id, Unset):
            home_unit_id = UNSET
        elif isinstance(self.home_unit_id, UUID):
            home_unit_id = str(self.home_unit_id)
        else:
            home_unit_id = self.home_unit_id

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EmployeeStatus):
            status = self.status.value
        else:
            status = self.status

        status_effective_on: None | str | Unset
        if isinstance(self.status_effective_on, Unset):
            status_effective_on = UNSET
        elif isinstance(self.status_effective_on, datetime.date):
            status_effective_on = self.status_effective_on.isoformat()
        else:
            status_effective_on = self.status_effective_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if hire_date is not UNSET:
            field_dict["hire_date"] = hire_date
        if home_unit_id is not UNSET:
            field_dict["home_unit_id"] = home_unit_id
        if local_name is not UNSET:
            field_dict["local_name"] = local_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if status is not UNSET:
            field_dict["status"] = status
        if status_effective_on is not UNSET:
            field_dict["status_effective_on"] = status_effective_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_hire_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hire_date_type_0 = datetime.date.fromisoformat(data)

                return hire_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        hire_date = _parse_hire_date(d.pop("hire_date", UNSET))

        def _parse_home_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                home_unit_id_type_0 = UUID(data)

                return home_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        home_unit_id = _parse_home_unit_id(d.pop("home_unit_id", UNSET))

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

        def _parse_status(data: object) -> EmployeeStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EmployeeStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeeStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_status_effective_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_effective_on_type_0 = datetime.date.fromisoformat(data)

                return status_effective_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        status_effective_on = _parse_status_effective_on(d.pop("status_effective_on", UNSET))

        employee_update = cls(
            email=email,
            full_name=full_name,
            hire_date=hire_date,
            home_unit_id=home_unit_id,
            local_name=local_name,
            phone=phone,
            status=status,
            status_effective_on=status_effective_on,
        )

        return employee_update
