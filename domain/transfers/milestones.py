"""Announces assignments about to start, started or ended: `assignment.starting` (the day before,
so the employee and the receiving store prepare), `transfer.started` and `transfer.ended`.

Visibility never waits for this job (it is a date query); the job only tells subscribers, once per
assignment and milestone, even with several workers (rows are claimed with SKIP LOCKED on PostgreSQL).
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from domain.org.queries import organisation_today
from domain.people.models import Assignment
from domain.shared import events
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.transfers.events import AssignmentStarting, TransferEnded, TransferStarted

BATCH = 200


async def announce_milestones(database: Database, clock: Clock) -> int:
    announced = 0
    async with database.session_scope() as session:
        today = await organisation_today(session, clock)
        now = clock.now()
        starting = (
            await session.scalars(
                select(Assignment)
                .where(
                    Assignment.starting_announced_at.is_(None),
                    Assignment.started_announced_at.is_(None),
                    Assignment.cancelled_at.is_(None),
                    Assignment.valid_from == today + timedelta(days=1),
                )
                .order_by(Assignment.valid_from)
                .limit(BATCH)
                .with_for_update(skip_locked=True)
            )
        ).all()
        for assignment in starting:
            assignment.starting_announced_at = now
            events.announce(session, AssignmentStarting.of(assignment), clock=clock)
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
            events.announce(session, TransferStarted.of(assignment), clock=clock)
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
            events.announce(session, TransferEnded.of(assignment), clock=clock)
        announced = len(starting) + len(started) + len(ended)
    return announced
