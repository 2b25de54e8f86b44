"""The events of flexible arrangements (internal: they reach notifications, not webhooks, because an
arrangement is part of a person's care record)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Self

from domain.care.models import FlexibleArrangement
from domain.shared.events import DomainEvent


class ArrangementEvent(DomainEvent):
    entity_type = "arrangement"
    entity_field = "arrangement_id"
    webhook = False

    arrangement_id: uuid.UUID
    employee_id: uuid.UUID
    requested_by: uuid.UUID
    status: str
    current_step: int | None
    start_date: date
    end_date: date
    actor_account_id: uuid.UUID | None

    @classmethod
    def of(cls, arrangement: FlexibleArrangement, actor_account_id: uuid.UUID | None, **data: Any) -> Self:
        return cls(
            arrangement_id=arrangement.id,
            employee_id=arrangement.employee_id,
            requested_by=arrangement.requested_by,
            status=arrangement.status,
            current_step=arrangement.current_step,
            start_date=arrangement.start_date,
            end_date=arrangement.end_date,
            actor_account_id=actor_account_id,
            **data,
        )


class ArrangementSubmitted(ArrangementEvent):
    topic = "arrangement.submitted"
    summary = "A flexible arrangement was requested."


class ArrangementDecided(ArrangementEvent):
    topic = "arrangement.decided"
    summary = "An approver decided a step of a flexible arrangement: approve (on to the next step) or reject."
    step: int
    step_name: str
    decision: str


class ArrangementWithdrawn(ArrangementEvent):
    topic = "arrangement.withdrawn"
    summary = "The person withdrew a flexible arrangement request."
