"""Effective-dated assignment views: where a person is, and who works at a unit, on a day."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from domain.people.models import AssignmentKind
from domain.people.schemas import EmployeeRead
from domain.shared.schemas import OutputModel


class AssignmentRead(OutputModel):
    id: uuid.UUID
    unit_id: uuid.UUID
    unit_name: str | None = None
    unit_local_name: str | None = Field(default=None, description="In Chinese characters, if recorded")
    kind: AssignmentKind
    valid_from: date
    valid_to: date | None
    transfer_id: uuid.UUID | None
    cancelled_at: datetime | None


class EmployeeAssignments(BaseModel):
    employee_id: uuid.UUID
    home_unit_id: uuid.UUID
    home_unit_name: str
    home_unit_local_name: str | None = Field(description="In Chinese characters, if recorded")
    on: date
    unit_on_date: uuid.UUID = Field(description="Where the person works on `on`: an assignment in force, else home")
    unit_on_date_name: str
    unit_on_date_local_name: str | None = Field(description="In Chinese characters, if recorded")
    assignments: list[AssignmentRead]


class UnitMember(BaseModel):
    employee: EmployeeRead
    source: Literal["home", "secondment", "permanent"]
    assignment_id: uuid.UUID | None
    valid_from: date | None
    valid_to: date | None
