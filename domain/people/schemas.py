"""Employee, account and role-grant input and output models."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field

from domain.people.models import EmployeeStatus
from domain.shared.actor import Role
from domain.shared.schemas import (
    BusinessCode,
    DisplayName,
    Email,
    InputModel,
    IsoDate,
    Language,
    OutputModel,
    Password,
    Phone,
)


class EmployeeCreate(InputModel):
    employee_no: BusinessCode = Field(examples=["E100234"])
    full_name: DisplayName = Field(examples=["Li Na"])
    local_name: DisplayName | None = Field(
        default=None, description="The name in Chinese characters, beside the romanised one", examples=["李娜"]
    )
    email: Email | None = None
    phone: Phone | None = None
    home_unit_id: uuid.UUID = Field(description="An HQ department or a store")
    hire_date: IsoDate
    status: EmployeeStatus = EmployeeStatus.ACTIVE


class EmployeeUpdate(InputModel):
    """Only the fields sent are changed. The employee number is a business key and never changes."""

    full_name: DisplayName | None = None
    local_name: DisplayName | None = None
    email: Email | None = None
    phone: Phone | None = None
    home_unit_id: uuid.UUID | None = None
    hire_date: IsoDate | None = None
    status: EmployeeStatus | None = None
    status_effective_on: IsoDate | None = Field(
        default=None,
        description="With a change of `status`: the day the new status holds from (default: today in the "
        "organisation's time zone); not before the hire date nor the last recorded change",
        examples=["2026-03-31"],
    )


class EmployeeRead(OutputModel):
    id: uuid.UUID
    employee_no: str
    full_name: str
    local_name: str | None = Field(description="The name in Chinese characters, if recorded")
    email: str | None
    phone: str | None
    home_unit_id: uuid.UUID
    hire_date: date
    status: EmployeeStatus
    created_at: datetime
    updated_at: datetime


class RoleGrantCreate(InputModel):
    role: Role
    org_unit_id: uuid.UUID = Field(description="The grant reaches this unit and its whole subtree")


class RoleGrantRead(OutputModel):
    id: uuid.UUID
    role: Role
    org_unit_id: uuid.UUID
    created_at: datetime


class AccountCreate(InputModel):
    employee_id: uuid.UUID | None = Field(default=None, description="The person this account signs in as")
    email: Email | None = Field(default=None, description="Sign-in e-mail (stored lower-case)")
    password: Password
    grants: list[RoleGrantCreate] | None = Field(
        default=None,
        max_length=50,
        description="Role grants; when omitted an employee's account gets `employee` over their home unit",
    )
    language: Language | None = Field(
        default=None, description="Language of the texts this person reads; none: the organisation's default"
    )


class AccountUpdate(InputModel):
    email: Email | None = None
    is_active: Annotated[bool, Field(strict=True)] | None = None
    password: Password | None = Field(default=None, description="Sets a new password and ends all sessions")
    language: Language | None = Field(
        default=None, description="Language of the texts this person reads; null: the organisation's default"
    )


class AccountRead(OutputModel):
    id: uuid.UUID
    employee_id: uuid.UUID | None
    email: str | None
    is_active: bool
    language: Language | None = Field(description="Language of the texts this person reads; null: the default")
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime
    updated_at: datetime
    grants: list[RoleGrantRead]


class EmployeeStatusChangeRead(OutputModel):
    id: int
    status: EmployeeStatus
    effective_on: date = Field(description="The status holds from this day until the next change's")
    recorded_at: datetime
    recorded_by: uuid.UUID | None = Field(description="The account that recorded it; null: recorded by a migration")
