"""A ticket's two clocks, read from stored due times and the clock: "at risk" and "breached" are
derived on every read, so the API is right even when the worker is down.

First response: never pauses. Resolution: starts at creation (restarts at each reopening) and stands
still while the ticket waits on the requester.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.shared.chunks import slices
from domain.shared.local_time import local
from domain.tickets import sla
from domain.tickets.models import LOOK_NOW, DepartmentCalendar, Ticket, TicketPause
from domain.tickets.schemas import ClockView


async def calendar_of(session: AsyncSession, department_id: uuid.UUID) -> sla.BusinessCalendar | None:
    row = await session.get(DepartmentCalendar, department_id)
    if row is None:
        return None
    zone = await session.scalar(select(OrgUnit.timezone).where(OrgUnit.id == department_id))
    calendar = sla.BusinessCalendar.from_json(zone or "UTC", row.weekly, row.holidays)
    # A week without opening hours cannot measure anything: the clocks fall back to wall time.
    return calendar if calendar.has_opening_hours else None


async def calendar_for(session: AsyncSession, ticket: Ticket) -> sla.BusinessCalendar | None:
    if not ticket.business_hours or ticket.calendar_department_id is None:
        return None
    return await calendar_of(session, ticket.calendar_department_id)


async def resolution_pauses(session: AsyncSession, ticket: Ticket) -> list[sla.Pause]:
    rows = await session.scalars(
        select(TicketPause).where(TicketPause.ticket_id == ticket.id).order_by(TicketPause.started_at)
    )
    return [
        sla.Pause(p.started_at, p.ended_at)
        for p in rows
        if p.ended_at is None or p.ended_at > ticket.resolution_started_at
    ]


def _closed(pauses: list[sla.Pause]) -> list[sla.Pause]:
    return [p for p in pauses if p.ended_at is not None]


def _resolution_due(ticket: Ticket, calendar: sla.BusinessCalendar | None, pauses: list[sla.Pause]) -> datetime:
    return sla.due_at(
        ticket.resolution_started_at, timedelta(minutes=ticket.resolution_minutes), calendar, _closed(pauses)
    )


def _spent_before_wait(ticket: Ticket, calendar: sla.BusinessCalendar | None, pauses: list[sla.Pause]) -> int:
    assert ticket.paused_since is not None
    return _minutes(sla.elapsed(ticket.resolution_started_at, ticket.paused_since, calendar, _closed(pauses)))


async def recompute_resolution_due(session: AsyncSession, ticket: Ticket) -> None:
    """After a pause ends or a reopening, the due time moves by the working time spent paused."""
    ticket.resolution_due_at = _resolution_due(
        ticket, await calendar_for(session, ticket), await resolution_pauses(session, ticket)
    )


async def record_wait(session: AsyncSession, ticket: Ticket) -> None:
    """The resolution clock stops for a wait: how far it had run, so the list filters can tell a
    waiting ticket at risk or late without reading its clock (flags_may_hold)."""
    ticket.resolution_spent_minutes = _spent_before_wait(
        ticket, await calendar_for(session, ticket), await resolution_pauses(session, ticket)
    )


async def follow_new_hours(session: AsyncSession, tickets: list[Ticket]) -> None:
    """New hours move running tickets' due times (and a waiting one's minutes), as their clocks
    read from the hours in force do, so what a ticket shows as due and when it reads as breached
    agree; the escalation job looks at them again. One read of calendars and pauses for all."""
    context = await load_context(session, tickets)
    for ticket in tickets:
        calendar, pauses = context.calendar_of(ticket), context.pauses[ticket.id]
        ticket.first_response_due_at = sla.due_at(
            ticket.created_at, timedelta(minutes=ticket.first_response_minutes), calendar
        )
        if ticket.paused_since is None:
            ticket.resolution_due_at = _resolution_due(ticket, calendar, pauses)
        else:
            ticket.resolution_spent_minutes = _spent_before_wait(ticket, calendar, pauses)
        ticket.escalation_check_at = LOOK_NOW


async def record_first_response(session: AsyncSession, ticket: Ticket) -> None:
    """How the first response went, as read_clocks shows it from now on."""
    assert ticket.first_responded_at is not None
    calendar = await calendar_for(session, ticket)
    spent = sla.elapsed(ticket.created_at, ticket.first_responded_at, calendar)
    ticket.first_response_met = spent <= timedelta(minutes=ticket.first_response_minutes)
    ticket.first_response_elapsed_minutes = _minutes(spent)


async def record_resolution(session: AsyncSession, ticket: Ticket) -> None:
    """How the resolution went and what its waits spared, as read_clocks shows it from now on."""
    assert ticket.resolved_at is not None
    calendar = await calendar_for(session, ticket)
    pauses = await resolution_pauses(session, ticket)
    spent = sla.elapsed(ticket.resolution_started_at, ticket.resolved_at, calendar, pauses)
    ticket.resolution_met = spent <= timedelta(minutes=ticket.resolution_minutes)
    spared = sum(
        (sla.working_time_between(p.started_at, p.ended_at or ticket.resolved_at, calendar) for p in pauses),
        timedelta(),
    )
    ticket.resolution_paused_minutes = _minutes(spared)


def _minutes(value: timedelta) -> int:
    return int(value.total_seconds() // 60)


def view(
    *,
    target: timedelta,
    due_at: datetime | None,
    elapsed: timedelta,
    stopped: bool,
    paused: bool,
    time_zone: str | None = None,
) -> ClockView:
    met = elapsed <= target if stopped else None
    return ClockView(
        target_minutes=_minutes(target),
        due_at=due_at,
        due_at_local=local(due_at, time_zone),
        elapsed_minutes=_minutes(elapsed),
        met=met,
        at_risk=not stopped and sla.is_at_risk(elapsed, target),
        breached=(not met) if stopped else sla.is_breached(elapsed, target),
        paused=paused,
    )


@dataclass(frozen=True, slots=True)
class ClockContext:
    """What reading a ticket's clocks needs besides the ticket: loaded once for a whole page."""

    calendars: dict[uuid.UUID, sla.BusinessCalendar | None]
    pauses: dict[uuid.UUID, list[sla.Pause]]
    # IANA zones of the tickets' stores and departments, by unit id
    zones: dict[uuid.UUID, str]

    def calendar_of(self, ticket: Ticket) -> sla.BusinessCalendar | None:
        if not ticket.business_hours or ticket.calendar_department_id is None:
            return None
        return self.calendars.get(ticket.calendar_department_id)

    def time_zone_of(self, ticket: Ticket) -> str:
        """Where the ticket's times are shown: its store's zone, else its owning department's."""
        return self.zones[zone_unit(ticket)]


def zone_unit(ticket: Ticket) -> uuid.UUID:
    return ticket.store_id if ticket.store_id is not None else ticket.department_id


async def load_context(session: AsyncSession, tickets: Sequence[Ticket]) -> ClockContext:
    """Calendars, pauses and time zones for many tickets in a few queries (no query per ticket)."""
    departments = {t.calendar_department_id for t in tickets if t.business_hours and t.calendar_department_id}
    calendars = {department: await calendar_of(session, department) for department in departments}
    pauses: dict[uuid.UUID, list[sla.Pause]] = {t.id: [] for t in tickets}
    started = {t.id: t.resolution_started_at for t in tickets}
    for ids in slices(pauses):
        rows = await session.scalars(
            select(TicketPause).where(TicketPause.ticket_id.in_(ids)).order_by(TicketPause.started_at)
        )
        for row in rows:
            if row.ended_at is None or row.ended_at > started[row.ticket_id]:
                pauses[row.ticket_id].append(sla.Pause(row.started_at, row.ended_at))
    units = {zone_unit(t) for t in tickets}
    zones: dict[uuid.UUID, str] = {}
    if units:
        found = await session.execute(select(OrgUnit.id, OrgUnit.timezone).where(OrgUnit.id.in_(units)))
        zones = {unit_id: timezone for unit_id, timezone in found}
    return ClockContext(calendars=calendars, pauses=pauses, zones=zones)


def flags_may_hold(now: datetime, *, at_risk: bool | None, breached: bool | None) -> ColumnElement[bool]:
    """A condition on the stored due times that every ticket whose clocks (read_clocks at `now`)
    show the asked flags satisfies: the list filters read only those, then decide on each ticket's
    clocks. A running clock is breached exactly when its end has reached its due time (the earliest
    instant its target of working time has run); a stopped one only if it ended after it. An open
    pause leaves the resolution due time unknown (NULL): such tickets always pass. A running
    resolution clock ends now: only resolved tickets are ever closed (the automatic close). The due
    times follow the department's current hours (config.set_business_hours). The at_risk arms are
    what the partial indexes on running clocks serve."""
    first_due, due = Ticket.first_response_due_at, Ticket.resolution_due_at
    first_running = Ticket.first_responded_at.is_(None)
    resolution_running = Ticket.resolved_at.is_(None)
    # A waiting ticket's clock stands at `spent` whole minutes (record_wait): it is late exactly
    # when spent >= target, and may be at risk when the minute it stands in reaches 75 % of it.
    spent, target = Ticket.resolution_spent_minutes, Ticket.resolution_minutes
    waiting = due.is_(None)
    conditions: list[ColumnElement[bool]] = []
    if at_risk:  # a running clock with time left
        waiting_at_risk = and_(waiting, or_(spent.is_(None), and_(spent < target, (spent + 1) * 4 > target * 3)))
        conditions.append(
            or_(and_(first_running, first_due > now), and_(resolution_running, or_(due > now, waiting_at_risk)))
        )
    if breached is True:
        conditions.append(
            or_(
                and_(first_running, first_due <= now),
                Ticket.first_responded_at > first_due,
                and_(waiting, or_(spent.is_(None), spent >= target)),
                and_(resolution_running, due <= now),
                Ticket.resolved_at > due,
            )
        )
    elif breached is False:  # neither running clock past its due time
        conditions.append(or_(~first_running, first_due > now))
        conditions.append(or_(~resolution_running, due > now, and_(waiting, or_(spent.is_(None), spent < target))))
    return and_(true(), *conditions)


def read_clocks(ticket: Ticket, now: datetime, context: ClockContext) -> tuple[ClockView, ClockView, int]:
    """(first response, resolution, working minutes spared by pauses in the current resolution clock)."""
    calendar = context.calendar_of(ticket)
    time_zone = context.time_zone_of(ticket)
    first = view(
        target=timedelta(minutes=ticket.first_response_minutes),
        due_at=ticket.first_response_due_at,
        elapsed=sla.elapsed(ticket.created_at, ticket.first_responded_at or now, calendar),
        stopped=ticket.first_responded_at is not None,
        paused=False,
        time_zone=time_zone,
    )
    pauses = context.pauses.get(ticket.id, [])
    resolution_end = ticket.resolved_at or ticket.closed_at or now
    resolution = view(
        target=timedelta(minutes=ticket.resolution_minutes),
        due_at=ticket.resolution_due_at,
        elapsed=sla.elapsed(ticket.resolution_started_at, resolution_end, calendar, pauses),
        stopped=ticket.resolved_at is not None,
        paused=ticket.paused_since is not None,
        time_zone=time_zone,
    )
    return first, resolution, spared_minutes(pauses, now, calendar)


def spared_minutes(pauses: Sequence[sla.Pause], now: datetime, calendar: sla.BusinessCalendar | None) -> int:
    """Time the team was not charged for: whole working minutes inside the pauses of the current
    resolution clock (an open one runs to `now`)."""
    spared = sum((sla.working_time_between(p.started_at, p.ended_at or now, calendar) for p in pauses), timedelta())
    return _minutes(spared)
