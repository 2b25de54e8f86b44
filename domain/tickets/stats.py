"""The back office's figures from tickets: responsiveness and frontline satisfaction per department
and per responder (inputs to the performance scorecards)."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.people.models import Account, Employee
from domain.shared.actor import Actor, Role
from domain.shared.chunks import slices
from domain.shared.clock import Clock
from domain.shared.errors import Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.tickets import deflections, sla
from domain.tickets.access import is_department_head
from domain.tickets.clocks import ClockContext, calendar_of, load_context, read_clocks, spared_minutes
from domain.tickets.models import Ticket, TicketPause
from domain.tickets.responders import counted_for, counts_for_responder, resolver_column, resolver_of
from domain.tickets.schemas import DepartmentStats, ResponderStats, TicketStats


@dataclass
class Tally:
    first_responses: int = 0
    first_response_met: int = 0
    resolved: int = 0
    rating_sum: int = 0
    rated: int = 0


@dataclass
class Figures:
    """One department's counts, added up from SQL (recorded outcomes) and from clocks read live."""

    tickets: int = 0
    answered: int = 0
    met: int = 0
    first_minutes: Counter[int] = field(default_factory=Counter)
    resolved: int = 0
    resolved_met: int = 0
    paused: int = 0
    rating_sum: int = 0
    ratings: int = 0
    deflections: int = 0
    responders: dict[uuid.UUID, Tally] = field(default_factory=lambda: defaultdict(Tally))

    def add(
        self,
        *,
        requester: uuid.UUID,
        answerer: uuid.UUID | None,
        resolver: uuid.UUID | None,
        answered: bool,
        missed: bool,
        met: bool,
        minutes: int | None,
        resolved: bool,
        resolution_met: bool,
        paused: int,
        rating: int | None,
    ) -> None:
        """One ticket: answered (`met` in time, after `minutes`), or `missed` (unanswered past its
        due time); resolved; minutes its waits spared; its rating. Work counts for nobody on their
        own request, and a rating of a ticket its requester handled herself rates nobody's service."""
        self.tickets += 1
        self.paused += paused
        if answered:
            self.answered += 1
            self.met += met
            if minutes is not None:
                self.first_minutes[minutes] += 1
            if answerer is not None and counts_for_responder(requester, answerer):
                tally = self.responders[answerer]
                tally.first_responses += 1
                tally.first_response_met += met
        elif missed:
            self.answered += 1
        if resolved:
            self.resolved += 1
            self.resolved_met += resolution_met
        if rating is not None and (resolver is None or counts_for_responder(requester, resolver)):
            self.rating_sum += rating
            self.ratings += 1
        if resolved and resolver is not None and counts_for_responder(requester, resolver):
            tally = self.responders[resolver]
            tally.resolved += 1
            if rating is not None:
                tally.rating_sum += rating
                tally.rated += 1


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _median(values: Counter[int]) -> float | None:
    """statistics.median of the values counted: the middle one, or the mean of the middle two."""
    count = sum(values.values())
    if not count:
        return None
    low = high = None
    seen = 0
    for value in sorted(values):
        seen += values[value]
        if low is None and seen > (count - 1) // 2:
            low = value
        if seen > count // 2:
            high = value
            break
    assert low is not None and high is not None
    return low if count % 2 else (low + high) / 2


def _average(total: int, count: int) -> float | None:
    return round(total / count, 2) if count else None


async def ticket_stats(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    period_from: datetime,
    period_to: datetime,
    department_id: uuid.UUID | None,
) -> TicketStats:
    """Tickets created in [from, to): counts, first-response compliance and median, resolution
    compliance, paused time, ratings, per department and per responder. HR, leaders and admins see
    every department; a department head sees theirs. A ticket never counts for its requester as
    responder (domain/tickets/responders.py), and its rating then counts for nobody.

    Stopped clocks are added up from the outcomes recorded when they stopped (no clock is read);
    clocks still running are read from their due times, the time running resolutions' waits have
    spared from their pauses, and only rows without recorded outcomes (from before they were
    recorded) are read clock by clock. Deflections (tickets a knowledge-base article made
    unnecessary) count in the period for the department owning the article."""
    if period_to <= period_from:
        raise InvalidInput(_("`to` must be after `from`."), field="query.to", slug="validation.invalid_range")
    if not actor.has_role(Role.HR, Role.LEADER, Role.ADMIN) and (
        department_id is None or not await is_department_head(session, actor, department_id)
    ):
        raise Forbidden(_("HR, leaders and administrators read ticket figures; a department head reads theirs."))
    now = clock.now()
    period = [Ticket.created_at >= period_from, Ticket.created_at < period_to]
    if department_id is not None:
        period.append(Ticket.department_id == department_id)
    read_live = _read_live()
    figures: dict[uuid.UUID, Figures] = defaultdict(Figures)
    await _add_recorded(session, figures, [*period, ~read_live], now)
    await _add_spared(session, figures, [*period, ~read_live], now)
    live = await _tickets_read_live(session, [*period, read_live])
    _add_live(figures, live, now, await load_context(session, live))
    for dept_id, count in (await deflections.by_department(session, period_from, period_to, department_id)).items():
        figures[dept_id].deflections += count
    department_names = await _unit_names(session, set(figures))
    people = await _account_names(session, {account for f in figures.values() for account in f.responders})
    departments = []
    for dept_id, counted in sorted(figures.items(), key=lambda kv: str(kv[0])):
        departments.append(
            DepartmentStats(
                department_id=dept_id,
                department_name=department_names.get(dept_id, ""),
                tickets=counted.tickets,
                first_response_compliance=_share(counted.met, counted.answered),
                median_first_response_minutes=_median(counted.first_minutes),
                resolution_compliance=_share(counted.resolved_met, counted.resolved),
                paused_minutes=counted.paused,
                average_rating=_average(counted.rating_sum, counted.ratings),
                ratings=counted.ratings,
                deflections=counted.deflections,
                responders=[
                    ResponderStats(
                        account_id=account_id,
                        full_name=people.get(account_id),
                        first_responses=tally.first_responses,
                        first_response_met=tally.first_response_met,
                        resolved=tally.resolved,
                        average_rating=_average(tally.rating_sum, tally.rated),
                    )
                    for account_id, tally in sorted(counted.responders.items(), key=lambda kv: str(kv[0]))
                ],
            )
        )
    return TicketStats(period_from=period_from, period_to=period_to, departments=departments)


def _read_live() -> ColumnElement[bool]:
    """Rows whose figures come from reading their clocks: a stopped clock without its recorded
    outcome (rows written before outcomes were recorded)."""
    return or_(
        and_(
            Ticket.first_responded_at.is_not(None),
            or_(Ticket.first_response_met.is_(None), Ticket.first_response_elapsed_minutes.is_(None)),
        ),
        and_(Ticket.resolved_at.is_not(None), Ticket.resolution_met.is_(None)),
    )


async def _add_spared(
    session: AsyncSession, figures: dict[uuid.UUID, Figures], where: list[ColumnElement[bool]], now: datetime
) -> None:
    """The working minutes spared so far by the waits of resolutions still running (they grow while
    a wait is open, so nothing records them): read from the pauses alone, as read_clocks reads them,
    without reading the rest of those tickets' clocks."""
    rows = (
        await session.execute(
            select(
                Ticket.id,
                Ticket.department_id,
                Ticket.business_hours,
                Ticket.calendar_department_id,
                TicketPause.started_at,
                TicketPause.ended_at,
            )
            .join(TicketPause, TicketPause.ticket_id == Ticket.id)
            .where(
                *where,
                Ticket.resolved_at.is_(None),
                or_(TicketPause.ended_at.is_(None), TicketPause.ended_at > Ticket.resolution_started_at),
            )
        )
    ).all()
    calendars = {
        department: await calendar_of(session, department)
        for department in {row.calendar_department_id for row in rows if row.business_hours}
        if department is not None
    }
    waits: dict[uuid.UUID, list[sla.Pause]] = defaultdict(list)
    owner: dict[uuid.UUID, tuple[uuid.UUID, sla.BusinessCalendar | None]] = {}
    for ticket_id, department_id, business_hours, calendar_department_id, started_at, ended_at in rows:
        waits[ticket_id].append(sla.Pause(started_at, ended_at))
        calendar = calendars.get(calendar_department_id) if business_hours and calendar_department_id else None
        owner[ticket_id] = (department_id, calendar)
    for ticket_id, pauses in waits.items():
        department_id, calendar = owner[ticket_id]
        figures[department_id].paused += spared_minutes(pauses, now, calendar)


async def _add_recorded(
    session: AsyncSession, figures: dict[uuid.UUID, Figures], where: list[ColumnElement[bool]], now: datetime
) -> None:
    """What read_clocks would show, summed by the database from the recorded outcomes and the due
    times (Figures.add's rules in SQL): per department, per minutes to the first answer (for the
    median), per answerer and per resolver. HR's month on the big tenant is about 40,000 tickets;
    sending each row to Python to be added cost more than reading it."""
    await _add_department_counts(session, figures, where, now)
    answered = Ticket.first_responded_at.is_not(None)
    resolved = Ticket.resolved_at.is_not(None)
    owner = resolver_column()
    department = Ticket.department_id
    minutes = Ticket.first_response_elapsed_minutes  # present when answered: _read_live takes the rows without it
    for dept_id, value, count in await session.execute(
        select(department, minutes, func.count()).where(*where, answered).group_by(department, minutes)
    ):
        if value is not None:
            figures[dept_id].first_minutes[value] += count
    answerer = Ticket.first_responder_account_id
    for dept_id, account_id, count, met in await session.execute(
        select(department, answerer, func.count(), _count(Ticket.first_response_met.is_(True)))
        .where(*where, answered, counted_for(answerer))
        .group_by(department, answerer)
    ):
        tally = figures[dept_id].responders[_someone(account_id)]
        tally.first_responses += count
        tally.first_response_met += met
    for dept_id, account_id, count, rating_sum, ratings in await session.execute(
        select(department, owner, func.count(), func.sum(Ticket.rating), func.count(Ticket.rating))
        .where(*where, resolved, counted_for(owner))
        .group_by(department, owner)
    ):
        tally = figures[dept_id].responders[_someone(account_id)]
        tally.resolved += count
        tally.rating_sum += rating_sum or 0
        tally.rated += ratings


async def compliance_by_department(
    session: AsyncSession, where: list[ColumnElement[bool]], now: datetime
) -> dict[uuid.UUID, Figures]:
    """Per owning department, the tickets `where` selects counted as ticket_stats counts them (due
    or answered, answered in time, resolved, resolved in time, ratings; recorded outcomes summed in
    SQL, older rows read clock by clock), without responders, medians or waits: the mission
    analytics cut them by period with the same definitions."""
    figures: dict[uuid.UUID, Figures] = defaultdict(Figures)
    read_live = _read_live()
    await _add_department_counts(session, figures, [*where, ~read_live], now)
    live = await _tickets_read_live(session, [*where, read_live])
    _add_live(figures, live, now, await load_context(session, live))
    return figures


async def _add_department_counts(
    session: AsyncSession, figures: dict[uuid.UUID, Figures], where: list[ColumnElement[bool]], now: datetime
) -> None:
    """Figures.add's department counts in SQL, from the recorded outcomes and the due times."""
    answered = Ticket.first_responded_at.is_not(None)
    resolved = Ticket.resolved_at.is_not(None)
    owner = resolver_column()
    rated = and_(Ticket.rating.is_not(None), or_(owner.is_(None), owner != Ticket.requester_account_id))
    department = Ticket.department_id
    rows = await session.execute(
        select(
            department,
            func.count(),
            _count(or_(answered, Ticket.first_response_due_at <= now)),
            _count(and_(answered, Ticket.first_response_met.is_(True))),
            _count(resolved),
            _count(and_(resolved, Ticket.resolution_met.is_(True))),
            func.sum(case((resolved, func.coalesce(Ticket.resolution_paused_minutes, 0)), else_=0)),
            func.sum(case((rated, Ticket.rating), else_=0)),
            _count(rated),
        )
        .where(*where)
        .group_by(department)
    )
    for dept_id, tickets, answers, met, resolutions, resolutions_met, paused, rating_sum, ratings in rows:
        counted = figures[dept_id]
        counted.tickets += tickets
        counted.answered += answers
        counted.met += met
        counted.resolved += resolutions
        counted.resolved_met += resolutions_met
        counted.paused += paused
        counted.rating_sum += rating_sum
        counted.ratings += ratings


def _someone(account_id: uuid.UUID | None) -> uuid.UUID:
    """The responder of a group counted_for() kept: never nobody."""
    assert account_id is not None
    return account_id


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows of the group meet `condition` (0, not NULL, when none does)."""
    return func.sum(case((condition, 1), else_=0))


async def _tickets_read_live(session: AsyncSession, where: list[ColumnElement[bool]]) -> list[Ticket]:
    """The rows to read clock by clock, found from the index first: read whole, every row of the
    period would be fetched from the table to be tested (the columns tested are in the index)."""
    found = list(await session.scalars(select(Ticket.id).where(*where)))
    tickets: list[Ticket] = []
    for ids in slices(found):  # with the period's bounds, for the planner to read by either index
        tickets.extend(await session.scalars(select(Ticket).where(*where, Ticket.id.in_(ids))))
    return tickets


def _add_live(figures: dict[uuid.UUID, Figures], tickets: list[Ticket], now: datetime, context: ClockContext) -> None:
    """The same figures read clock by clock (read_clocks), for the rows _read_live names."""
    for ticket in tickets:
        first, resolution, paused_minutes = read_clocks(ticket, now, context)
        answered = ticket.first_responded_at is not None
        figures[ticket.department_id].add(
            requester=ticket.requester_account_id,
            answerer=ticket.first_responder_account_id,
            resolver=resolver_of(ticket.assignee_account_id, ticket.first_responder_account_id),
            answered=answered,
            missed=first.breached,
            met=bool(first.met),
            minutes=first.elapsed_minutes if answered else None,
            resolved=ticket.resolved_at is not None,
            resolution_met=bool(resolution.met),
            paused=paused_minutes,
            rating=ticket.rating,
        )


async def _unit_names(session: AsyncSession, unit_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not unit_ids:
        return {}
    rows = await session.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(unit_ids)))
    return {row[0]: row[1] for row in rows}


async def _account_names(session: AsyncSession, account_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Full names of the accounts that are people, in one read."""
    if not account_ids:
        return {}
    query = (
        select(Account.id, Employee.full_name)
        .join(Employee, Employee.id == Account.employee_id)
        .where(Account.id.in_(account_ids))
    )
    return {row[0]: row[1] for row in await session.execute(query)}
