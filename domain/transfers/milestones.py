"""Announces assignments that started or ended: `transfer.started` and `transfer.ended` events.

Visibility never waits for this job (it is a date query); the job only tells subscribers, once per
assignment and milestone, even with several workers (rows are claimed with SKIP LOCKED on PostgreSQL).
"""

from __future__ import annotations

from sqlalchemy import select

from domain.org.service import organisation_today
from domain.people.models import Assignment
from domain.shared import outbox
from domain.shared.clock import Clock
from domain.shared.db import Database

BATCH = 200


async def announce_milestones(database: Database, clock: Clock) -> int:
    announced = 0
    async with database.session_scope() as session:
        today = await organisation_today(session, clock)
        now = clock.now()
        started = (
            await session.scalars(
                select(Assignment)
                .where(
                    Assignment.started_announced_at.is_(None),
                    Assignment.cancelled_at.is_(None),
                    Assignment.valid_from <= today,
                )
                .order_by(Assignment.valid_from)
                .limit(BATCH)
                .with_for_update(skip_locked=True)
            )
        ).all()
        for assignment in started:
            assignment.started_announced_at = now
            outbox.append(session, clock=clock, topic="transfer.started", payload=_payload(assignment))
        ended = (
            await session.scalars(
                select(Assignment)
                .where(
                    Assignment.ended_announced_at.is_(None),
                    Assignment.cancelled_at.is_(None),
                    Assignment.valid_to.is_not(None),
                    Assignment.valid_to <= today,
                )
                .order_by(Assignment.valid_to)
                .limit(BATCH)
                .with_for_update(skip_locked=True)
            )
        ).all()
        for assignment in ended:
            assignment.ended_announced_at = now
            outbox.append(session, clock=clock, topic="transfer.ended", payload=_payload(assignment))
        announced = len(started) + len(ended)
    return announced


def _payload(assignment: Assignment) -> dict[str, str | None]:
    return {
        "transfer_id": str(assignment.transfer_id) if assignment.transfer_id else None,
        "assignment_id": str(assignment.id),
        "employee_id": str(assignment.employee_id),
        "unit_id": str(assignment.unit_id),
        "kind": assignment.kind.value,
        "valid_from": assignment.valid_from.isoformat(),
        "valid_to": assignment.valid_to.isoformat() if assignment.valid_to else None,
    }
