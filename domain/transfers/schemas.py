"""Transfer request, decision, chain and figure models."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from domain.shared.schemas import InputModel, IsoDate, OutputModel
from domain.transfers.models import Approver, TrailAction, TransferKind, TransferStatus
from domain.transfers.rules import Decision

Reason = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=2000)]
Notes = Annotated[str, StringConstraints(strict=True, max_length=4000)]
Comment = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=2000)]


class TransferCreate(InputModel):
    """Dates are inclusive days. What each kind needs:
    `secondment`: destination_unit_id, start_date, end_date; `permanent`: destination_unit_id, start_date;
    `early_return`: amends_transfer_id (an approved secondment) and start_date, the first day back;
    `extension`: amends_transfer_id and end_date, the new last day."""

    employee_id: uuid.UUID | None = Field(
        default=None, description="Defaults to the signed-in employee; HR may name anyone"
    )
    kind: TransferKind
    destination_unit_id: uuid.UUID | None = Field(default=None, description="A store or project")
    amends_transfer_id: uuid.UUID | None = None
    start_date: IsoDate | None = Field(default=None, examples=["2026-04-01"])
    end_date: IsoDate | None = Field(default=None, examples=["2026-06-30"])
    reason: Reason = Field(examples=["Support the spring relaunch of the store"])
    notes: Notes | None = None


class TransferUpdate(InputModel):
    """Edits a request returned for changes; only the fields sent change."""

    destination_unit_id: uuid.UUID | None = None
    start_date: IsoDate | None = None
    end_date: IsoDate | None = None
    reason: Reason | None = None
    notes: Notes | None = None


class StepDecision(InputModel):
    step: Annotated[int, Field(strict=True, ge=0)] = Field(
        description="Position of the step being decided, as the decider saw it; 409 if it was decided meanwhile"
    )
    decision: Decision
    comment: Comment | None = Field(default=None, description="Required to reject or return")


class TransferNote(InputModel):
    comment: Comment | None = None


class CancelRequest(InputModel):
    reason: Comment


class PersonRef(BaseModel):
    account_id: uuid.UUID
    employee_id: uuid.UUID | None
    full_name: str | None


class StepView(BaseModel):
    position: int
    name: str
    approver: Approver
    state: str = Field(description="approved, current, returned, rejected or pending")


class CurrentStep(BaseModel):
    position: int
    name: str
    approver: Approver
    waiting_since: datetime
    waited_minutes: int
    deciders: list[PersonRef] = Field(description="Who can decide it (at most 20 listed)")
    escalated_to_hr: bool = Field(
        description="Nobody holds the step's own role for this request any more, so HR decides it"
    )


class TrailEntryRead(OutputModel):
    action: TrailAction
    step: int | None
    step_name: str | None
    actor_account_id: uuid.UUID
    actor_name: str | None = Field(
        default=None, description="The actor's full name; none for an account that is not a person"
    )
    actor_local_name: str | None = Field(
        default=None, description="The actor's name in Chinese characters, if recorded"
    )
    comment: str | None
    occurred_at: datetime


class TransferRead(BaseModel):
    id: uuid.UUID
    employee_id: uuid.UUID
    employee_name: str
    requested_by: uuid.UUID
    kind: TransferKind
    destination_unit_id: uuid.UUID
    destination_unit_name: str
    destination_unit_local_name: str | None = Field(description="In Chinese characters, if recorded")
    origin_unit_id: uuid.UUID = Field(description="The employee's home unit, which a transfer never rewrites")
    origin_unit_name: str
    origin_unit_local_name: str | None = Field(description="In Chinese characters, if recorded")
    amends_transfer_id: uuid.UUID | None
    start_date: date
    end_date: date | None
    reason: str
    notes: str | None
    status: TransferStatus
    version: int
    submitted_at: datetime
    decided_at: datetime | None
    steps: list[StepView]
    current: CurrentStep | None
    trail: list[TrailEntryRead]


class TransferSummary(BaseModel):
    id: uuid.UUID
    employee_id: uuid.UUID
    employee_name: str
    kind: TransferKind
    destination_unit_id: uuid.UUID
    destination_unit_name: str
    destination_unit_local_name: str | None = Field(description="In Chinese characters, if recorded")
    origin_unit_id: uuid.UUID = Field(description="The employee's home unit, which a transfer never rewrites")
    origin_unit_name: str
    origin_unit_local_name: str | None = Field(description="In Chinese characters, if recorded")
    start_date: date
    end_date: date | None
    status: TransferStatus
    current_step_name: str | None
    waiting_since: datetime | None
    submitted_at: datetime


class ChainStep(InputModel):
    name: Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=100)]
    approver: Approver


class ChainUpdate(InputModel):
    steps: list[ChainStep] = Field(min_length=1, max_length=10)


class ChainRead(BaseModel):
    kind: TransferKind
    steps: list[ChainStep]
    updated_at: datetime | None
    is_default: bool


class DepartmentParticipation(BaseModel):
    department_id: uuid.UUID
    code: str
    name: str
    active_employees: int
    seconded: int
    share: float = Field(description="seconded / active_employees, 0..1, rounded to 4 places")


class TransferStats(BaseModel):
    period_from: date
    period_to: date
    requests: int
    approvals: int
    rejections: int
    median_days_to_decision: float | None
    participation: list[DepartmentParticipation]
