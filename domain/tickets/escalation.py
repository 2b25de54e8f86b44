"""Worker jobs for tickets: escalate clocks at 75% / 100% / 150% and close resolved tickets after
7 days.

Each escalation is a row with a unique (ticket, clock, level, round) key, inserted with ON CONFLICT
DO NOTHING: whichever worker inserts it notifies; the others find it taken. So each escalation happens
once per ticket and level even with several workers running at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.shared import events
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.upsert import upsert_into
from domain.tickets import rules, sla
from domain.tickets.clocks import load_context
from domain.tickets.commands import event, record_change
from domain.tickets.events import TicketClosed, TicketEscalated
from domain.tickets.models import EventKind, Ticket, TicketEscalation, TicketStatus

escalations = cast(Table, TicketEscalation.__table__)


async def _claim(session: AsyncSession, ticket: Ticket, clock_name: str, level: int, now: datetime) -> bool:
    connection = await session.connection()
    statement = (
        upsert_into(escalations, connection.dialect.name)
        .values(
            id=uuid.uuid4(),
            ticket_id=ticket.id,
            clock=clock_name,
            level=level,
            # Only the resolution clock restarts on reopening; the first response has one life.
            round=ticket.reopen_count if clock_name == "resolution" else 0,
            occurred_at=now,
        )
        .on_conflict_do_nothing()
        .returning(escalations.c.id)
    )
    return (await connection.execute(statement)).first() is not None


@dataclass(frozen=True, slots=True)
class EscalationPass:
    """What one pass did: tickets looked at (its cost) and escalations made."""

    examined: int = 0
    escalated: int = 0

    def __add__(self, other: EscalationPass) -> EscalationPass:
        return EscalationPass(self.examined + other.examined, self.escalated + other.escalated)


# Tickets per transaction, and transactions per pass, so one pass after a long outage cannot hold
# locks for long or starve the worker's other jobs; what is left waits for the next pass.
BATCH = 500
BATCHES_PER_PASS = 20


async def escalate_tickets(database: Database, clock: Clock) -> int:
    return (await run_escalations(database, clock)).escalated


async def run_escalations(database: Database, clock: Clock, *, batch: int = BATCH) -> EscalationPass:
    """Escalates the tickets whose next level has come, and no other.

    Each ticket carries the moment its next level is reached (`escalation_check_at`, never late: see
    sla.next_level_at); a pass reads only tickets whose moment has passed, so its cost follows the
    tickets falling due, not all active tickets. On PostgreSQL the rows are claimed with FOR UPDATE
    SKIP LOCKED: two workers read disjoint tickets.
    """
    done = EscalationPass()
    for _ in range(BATCHES_PER_PASS):
        this = await _escalate_batch(database, clock, batch)
        done += this
        if this.examined < batch:
            break
    return done


async def _escalate_batch(database: Database, clock: Clock, batch: int) -> EscalationPass:
    escalated = 0
    async with database.session_scope() as session:
        now = clock.now()
        due = (
            await session.scalars(
                select(Ticket)
                .where(Ticket.escalation_check_at <= now)
                .order_by(Ticket.escalation_check_at)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        ).all()
        active = [ticket for ticket in due if ticket.status in rules.ACTIVE]
        for ticket in due:
            if ticket.status not in rules.ACTIVE:
                ticket.escalation_check_at = None
        context = await load_context(session, active)
        for ticket in active:
            calendar = context.calendar_of(ticket)
            running: list[tuple[str, timedelta, timedelta]] = []
            if ticket.first_responded_at is None:
                running.append(
                    (
                        "first_response",
                        sla.elapsed(ticket.created_at, now, calendar),
                        timedelta(minutes=ticket.first_response_minutes),
                    )
                )
            if ticket.paused_since is None:
                pauses = context.pauses[ticket.id]
                running.append(
                    (
                        "resolution",
                        sla.elapsed(ticket.resolution_started_at, now, calendar, pauses),
                        timedelta(minutes=ticket.resolution_minutes),
                    )
                )
            upcoming: list[datetime] = []
            for clock_name, spent, target in running:
                for level in sla.reached_levels(spent, target):
                    if await _claim(session, ticket, clock_name, int(level), now):
                        escalated += 1
                        _announce(session, ticket, clock, clock_name, int(level))
                moment = sla.next_level_at(spent, target, now, calendar)
                if moment is not None:
                    upcoming.append(moment)
            ticket.escalation_check_at = min(upcoming, default=None)
    return EscalationPass(examined=len(due), escalated=escalated)


def _announce(session: AsyncSession, ticket: Ticket, clock: Clock, clock_name: str, level: int) -> None:
    event(
        session, ticket, EventKind.ESCALATED, actor=None, clock=clock, internal=True, clock_name=clock_name, level=level
    )
    events.announce(session, TicketEscalated.of(ticket, None, clock=clock_name, level=level), clock=clock)


async def close_resolved_tickets(database: Database, clock: Clock) -> int:
    """Resolved tickets close themselves 7 days after their resolution."""
    closed = 0
    async with database.session_scope() as session:
        now = clock.now()
        due = (
            await session.scalars(
                select(Ticket)
                .where(Ticket.status == TicketStatus.RESOLVED, Ticket.resolved_at < now - rules.AUTO_CLOSE_AFTER)
                .with_for_update(skip_locked=True)
            )
        ).all()
        for ticket in due:
            ticket.status = TicketStatus.CLOSED
            ticket.closed_at = now
            event(
                session,
                ticket,
                EventKind.STATUS_CHANGED,
                actor=None,
                clock=clock,
                before=TicketStatus.RESOLVED.value,
                after=TicketStatus.CLOSED.value,
                automatic=True,
            )
            await record_change(
                session,
                ticket,
                TicketClosed,
                actor=None,
                clock=clock,
                changes={"status": {"before": TicketStatus.RESOLVED.value, "after": TicketStatus.CLOSED.value}},
                action="ticket.status_changed",
                previous_status=TicketStatus.RESOLVED.value,
            )
            closed += 1
    return closed
