"""What the HR sync feeds show: employees, assignments and transfers as rows an HR system copies,
with business keys (employee numbers, unit codes) beside the ids so it can match its own records,
and a page that always carries a cursor to poll again from."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from domain.people.models import AssignmentKind, EmployeeStatus
from domain.shared.schemas import OutputModel
from domain.transfers.models import TransferKind, TransferStatus

T = TypeVar("T")


class SyncedEmployee(OutputModel):
    id: uuid.UUID
    employee_no: str
    full_name: str
    email: str | None
    phone: str | None
    home_unit_id: uuid.UUID
    home_unit_code: str
    hire_date: date
    status: EmployeeStatus
    created_at: datetime
    updated_at: datetime


class SyncedAssignment(OutputModel):
    id: uuid.UUID
    employee_id: uuid.UUID
    employee_no: str
    unit_id: uuid.UUID
    unit_code: str
    kind: AssignmentKind
    valid_from: date = Field(description="The first day the person works at the unit (inclusive)")
    valid_to: date | None = Field(
        description=(
            "Exclusive end: the first day the person is no longer at the unit, so the last day worked "
            "there is the day before (a secondment ending on 31 May has valid_to 1 June); null while "
            "open-ended (a permanent transfer)"
        )
    )
    transfer_id: uuid.UUID | None = Field(description="The transfer request that created it, if any")
    cancelled_at: datetime | None = Field(description="Set when the assignment was cancelled; it never took effect")
    created_at: datetime
    updated_at: datetime


class SyncedTransfer(OutputModel):
    id: uuid.UUID
    employee_id: uuid.UUID
    employee_no: str
    kind: TransferKind
    destination_unit_id: uuid.UUID
    destination_unit_code: str
    start_date: date = Field(description="First day (inclusive)")
    end_date: date | None = Field(description="Last day (inclusive, as people say it); null when open-ended")
    status: TransferStatus
    submitted_at: datetime
    decided_at: datetime | None
    created_at: datetime
    updated_at: datetime


class SyncPage(BaseModel, Generic[T]):
    """One page of a change feed: rows in the order they changed; a row changed again later shows
    up again, further on."""

    items: list[T]
    next_cursor: str = Field(
        description=(
            "Always present: the position after the last row of this page (or, on an empty page, the "
            "position asked from). Store it and pass it as `cursor` to get the changes made since; "
            "it never skips or repeats a change."
        )
    )
    has_more: bool = Field(description="More changes are ready now: ask again at once rather than waiting")
