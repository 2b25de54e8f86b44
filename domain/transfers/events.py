"""The events of transfers and secondments (webhook topics `transfer.*`, `assignment.*`)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Self

from domain.people.models import Assignment
from domain.shared.events import DomainEvent
from domain.transfers.models import Transfer


class TransferEvent(DomainEvent):
    entity_type = "transfer"
    entity_field = "transfer_id"

    transfer_id: uuid.UUID
    employee_id: uuid.UUID
    requested_by: uuid.UUID
    kind: str
    destination_unit_id: uuid.UUID
    status: str
    # the step the request waits at now (None once decided)
    current_step: int | None
    start_date: date
    end_date: date | None
    actor_account_id: uuid.UUID | None

    @classmethod
    def of(cls, transfer: Transfer, actor_account_id: uuid.UUID | None, **data: Any) -> Self:
        return cls(
            transfer_id=transfer.id,
            employee_id=transfer.employee_id,
            requested_by=transfer.requested_by,
            kind=transfer.kind.value,
            destination_unit_id=transfer.destination_unit_id,
            status=transfer.status.value,
            current_step=transfer.current_step,
            start_date=transfer.start_date,
            end_date=transfer.end_date,
            actor_account_id=actor_account_id,
            **data,
        )


class TransferSubmitted(TransferEvent):
    topic = "transfer.submitted"
    summary = "A transfer or secondment request was submitted (or resubmitted after a return)."
    resubmitted: bool = False


class TransferDecided(TransferEvent):
    topic = "transfer.decided"
    summary = "An approver decided a step: approve (on to the next step), reject or return."
    step: int
    step_name: str
    decision: str
    # (the approver's comment stays in the request's trail: it may speak of a person's family, and
    # events reach webhooks; notifications read it from the trail)
    escalated_to_hr: bool = False


class TransferApproved(TransferEvent):
    topic = "transfer.approved"
    summary = "The last step approved the request: the assignment is in place from its start date."


class TransferRejected(TransferEvent):
    topic = "transfer.rejected"
    summary = "A step rejected the request."


class TransferWithdrawn(TransferEvent):
    topic = "transfer.withdrawn"
    summary = "The requester or the employee withdrew the request."
    # the step it waited at when withdrawn (None: it was returned to the requester)
    waited_at_step: int | None = None


class TransferCancelled(TransferEvent):
    topic = "transfer.cancelled"
    summary = "HR cancelled an approved transfer before it started."


class AssignmentEvent(DomainEvent):
    entity_type = "assignment"
    entity_field = "assignment_id"

    assignment_id: uuid.UUID
    transfer_id: uuid.UUID | None
    employee_id: uuid.UUID
    unit_id: uuid.UUID
    kind: str
    valid_from: date
    valid_to: date | None

    @classmethod
    def of(cls, assignment: Assignment) -> Self:
        return cls(
            assignment_id=assignment.id,
            transfer_id=assignment.transfer_id,
            employee_id=assignment.employee_id,
            unit_id=assignment.unit_id,
            kind=assignment.kind.value,
            valid_from=assignment.valid_from,
            valid_to=assignment.valid_to,
        )


class AssignmentStarting(AssignmentEvent):
    topic = "assignment.starting"
    summary = "An assignment starts tomorrow (the organisation's day): the employee and the store prepare."


class TransferStarted(AssignmentEvent):
    topic = "transfer.started"
    summary = "An approved assignment started today."


class TransferEnded(AssignmentEvent):
    topic = "transfer.ended"
    summary = "An assignment ended: the employee is back at the home unit."
