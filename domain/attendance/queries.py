"""What punches add up to: my punches and days, a store's day for its manager, and HR's timesheets
(reviews of flagged punches are in domain/attendance/commands.py).

Each day shows what was expected beside what was worked: the standard day less protected (nursing)
time and any approved flexible arrangement (domain/care/availability.py, read once per request for
the people and days shown). Time missing is counted against that expectation, so a person working
the shorter day an arrangement grants is never short, and the arrangement is never an absence."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attendance import rules
from domain.attendance.models import ClockIn
from domain.attendance.plans import outcomes, published_plans, rostered_at
from domain.attendance.schemas import (
    AttendanceDay,
    PunchRead,
    ShiftOutcome,
    StoreAttendance,
    StoreAttendancePerson,
    Timesheet,
    TimesheetRow,
)
from domain.auth.scopes import Scope, require_scope, unit_paths_within_reach, within_reach
from domain.care.availability import expected_minutes
from domain.org.models import OrgUnit
from domain.org.places import PLACES, managed_store
from domain.org.queries import get_unit, subtree_paths
from domain.people.assignments import covering
from domain.people.models import Assignment, Employee
from domain.people.scope import people_at
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.local_time import local
from domain.shared.pagination import (
    DEFAULT_LIMIT,
    Slice,
    after_cursor,
    cursor_date,
    cursor_uuid,
    decode_cursor,
    slice_of,
    timestamp_cursor,
)

MAX_DAYS = 93


@dataclass(frozen=True, slots=True)
class Place:
    """What a view shows of the store a punch or day belongs to."""

    name: str
    code: str
    time_zone: str


async def places(session: AsyncSession, store_ids: set[uuid.UUID]) -> dict[uuid.UUID, Place]:
    """Names and zones of many stores in one read."""
    if not store_ids:
        return {}
    rows = await session.execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.code, OrgUnit.timezone).where(OrgUnit.id.in_(store_ids))
    )
    return {row.id: Place(row.name, row.code, row.timezone) for row in rows}


def as_read(punch: ClockIn, place: Place) -> PunchRead:
    return PunchRead(
        id=punch.id,
        kind=punch.kind,
        store_id=punch.store_id,
        store_name=place.name,
        time_zone=place.time_zone,
        method=punch.method,
        punched_at=punch.punched_at,
        punched_at_local=local(punch.punched_at, place.time_zone),
        received_at=punch.received_at,
        client_time=punch.client_time,
        offline=rules.Flag.OFFLINE.value in punch.flags,
        distance_m=round(punch.distance_m, 1),
        accuracy_m=punch.accuracy_m,
        flags=[rules.Flag(f) for f in punch.flags],
        review_status=punch.review_status,
    )


def _check_range(start: date, end: date) -> None:
    if end < start:
        raise InvalidInput(_("`to` must not be before `from`."), field="query.to", slug="validation.invalid_range")
    if (end - start).days + 1 > MAX_DAYS:
        raise InvalidInput(_("Ask for at most 93 days at a time."), field="query.to", slug="validation.range_too_long")


REJECTED = "rejected"


def counts() -> ColumnElement[bool]:
    """A punch its reviewer rejected (e.g. made from home with a spoofed location) counts for nothing:
    not as time worked, not on payroll's timesheet, not as presence; it stays listed with its review."""
    return or_(ClockIn.review_status.is_(None), ClockIn.review_status != REJECTED)


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """UTC instants wide enough to hold every local day in [start, end] in any time zone."""
    low = datetime.combine(start, time.min, tzinfo=ZoneInfo("UTC")) - timedelta(hours=14)
    high = datetime.combine(end + timedelta(days=1), time.min, tzinfo=ZoneInfo("UTC")) + timedelta(hours=14)
    return low, high


async def my_punches(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[PunchRead]:
    if actor.employee_id is None:
        return Slice(items=[], next_cursor=None)
    query = (
        select(ClockIn)
        .where(ClockIn.employee_id == actor.employee_id)
        .order_by(ClockIn.punched_at.desc(), ClockIn.id.desc())
        .limit(limit + 1)
    )
    if cursor is not None:
        query = query.where(after_cursor(cursor, ClockIn.punched_at, ClockIn.id))
    rows = list((await session.scalars(query)).all())
    page = rows[:limit]
    next_cursor = timestamp_cursor(page[-1].punched_at, page[-1].id) if len(rows) > limit else None
    stores = await places(session, {p.store_id for p in page})
    return Slice(items=[as_read(p, stores[p.store_id]) for p in page], next_cursor=next_cursor)


async def _days(
    session: AsyncSession, employee_ids: list[uuid.UUID], start: date, end: date, store_ids: list[uuid.UUID] | None
) -> tuple[dict[uuid.UUID, list[rules.WorkedDay]], dict[uuid.UUID, Place], list[ClockIn]]:
    low, high = _bounds(start, end)
    query = select(ClockIn).where(
        ClockIn.employee_id.in_(employee_ids), ClockIn.punched_at >= low, ClockIn.punched_at < high, counts()
    )
    if store_ids is not None:
        query = query.where(ClockIn.store_id.in_(store_ids))
    punches = list((await session.scalars(query)).all())
    stores = await places(session, {p.store_id for p in punches})
    by_person: dict[uuid.UUID, list[rules.WorkedDay]] = {e: [] for e in employee_ids}
    for employee_id in employee_ids:
        mine = [p for p in punches if p.employee_id == employee_id]
        for store_id in {p.store_id for p in mine}:
            day_punches = [
                rules.DayPunch(p.kind, p.punched_at, p.store_id, tuple(p.flags)) for p in mine if p.store_id == store_id
            ]
            for day in rules.worked_days(day_punches, ZoneInfo(stores[store_id].time_zone)):
                if start <= day.day <= end:
                    by_person[employee_id].append(day)
        by_person[employee_id].sort(key=lambda d: (d.day, str(d.store_id)))
    return by_person, stores, punches


def _with_missed(
    worked: list[rules.WorkedDay],
    employee_id: uuid.UUID,
    shifts: dict[tuple[uuid.UUID, uuid.UUID, date], list[ShiftOutcome]],
    start: date,
    end: date,
) -> list[rules.WorkedDay]:
    """The person's worked days and, as empty days, the days a planned shift went unworked."""
    seen = {(d.day, d.store_id) for d in worked}
    missed = [
        rules.WorkedDay(day=day, store_id=store_id)
        for (person, store_id, day) in shifts
        if person == employee_id and start <= day <= end and (day, store_id) not in seen
    ]
    return sorted([*worked, *missed], key=lambda d: (d.day, str(d.store_id)))


def _day_view(
    day: rules.WorkedDay,
    place: Place,
    *,
    expected: int,
    worked_that_day: int,
    planned: int | None,
    shifts: list[ShiftOutcome],
) -> AttendanceDay:
    return AttendanceDay(
        date=day.day,
        store_id=day.store_id,
        store_name=place.name,
        time_zone=place.time_zone,
        first_in=day.first_in,
        first_in_local=local(day.first_in, place.time_zone),
        last_out=day.last_out,
        last_out_local=local(day.last_out, place.time_zone),
        worked_minutes=rules.worked_minutes(day),
        expected_minutes=expected,
        short_minutes=rules.short_minutes(expected, worked_that_day),
        flags=sorted(rules.Flag(f) for f in day.flags or ()),
        planned_minutes=planned,
        shifts=shifts,
    )


async def my_attendance(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    start: date,
    end: date,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[AttendanceDay]:
    """My days by date, then store. The range is bounded (93 days), so the days are worked out
    whole and the page is cut from them after the cursor's (day, store)."""
    _check_range(start, end)
    after: tuple[str, str] | None = None
    if cursor is not None:
        day_text, store_text = decode_cursor(cursor, arity=2)
        after = (cursor_date(day_text).isoformat(), str(cursor_uuid(store_text)))
    if actor.employee_id is None:
        return Slice(items=[], next_cursor=None)
    me = actor.employee_id
    days, stores, punches = await _days(session, [me], start, end, None)
    plans = await published_plans(session, [me], start, end)
    shifts = outcomes(plans, punches, clock.now())
    every = _with_missed(days[me], me, shifts, start, end)
    mine = [d for d in every if after is None or (d.day.isoformat(), str(d.store_id)) > after]
    page = slice_of(mine, limit, lambda d: [d.day.isoformat(), str(d.store_id)])
    expected = await expected_minutes(session, [me], start, end) if page.items else {}
    worked = rules.minutes_per_day(days[me])
    stores.update(await places(session, {d.store_id for d in page.items} - set(stores)))
    return Slice(
        items=[
            _day_view(
                d,
                stores[d.store_id],
                expected=expected[(me, d.day)],
                worked_that_day=worked.get(d.day, 0),
                planned=plans.planned_minutes(me, d.store_id, d.day),
                shifts=shifts.get((me, d.store_id, d.day), []),
            )
            for d in page.items
        ],
        next_cursor=page.next_cursor,
    )


async def store_attendance(
    session: AsyncSession, *, actor: Actor, clock: Clock, store_id: uuid.UUID, day: date | None
) -> StoreAttendance:
    """The store manager's day: who is in now (today only), who worked that day (a shift belongs
    to the day it started, in the store's time zone), who is assigned but absent, flagged punches."""
    store = await managed_store(session, actor, store_id)
    tz = ZoneInfo(store.timezone)
    on = day or clock.now().astimezone(tz).date()
    here = people_at([store.id], on)
    candidates = list((await session.scalars(select(Employee).join(here, here.c.id == Employee.id))).all())
    assignments = (
        list(
            (
                await session.scalars(select(Assignment).where(Assignment.employee_id.in_([e.id for e in candidates])))
            ).all()
        )
        if candidates
        else []
    )
    members = []
    for employee in candidates:
        current = covering([a for a in assignments if a.employee_id == employee.id], on)
        if (current.unit_id if current else employee.home_unit_id) == store.id:
            members.append(employee)
    day_start = datetime.combine(on, time.min, tzinfo=tz)
    day_end = day_start + timedelta(days=1)
    # A day's shifts may start the evening before or end after midnight: read a day either side.
    punches = list(
        (
            await session.scalars(
                select(ClockIn)
                .where(
                    ClockIn.store_id == store.id,
                    ClockIn.punched_at >= day_start - timedelta(days=1),
                    ClockIn.punched_at < day_end + timedelta(days=1),
                )
                .order_by(ClockIn.punched_at)
            )
        ).all()
    )
    flagged = [p for p in punches if p.flagged and day_start <= p.punched_at < day_end]
    punches = [p for p in punches if p.review_status != REJECTED]
    now = clock.now()
    is_today = on == now.astimezone(tz).date()
    worked_by_person: dict[uuid.UUID, rules.WorkedDay] = {}
    for employee_id in {p.employee_id for p in punches}:
        mine = [rules.DayPunch(p.kind, p.punched_at, p.store_id, ()) for p in punches if p.employee_id == employee_id]
        for worked_day in rules.worked_days(mine, tz):
            if worked_day.day == on:
                worked_by_person[employee_id] = worked_day
    people = {e.id: e for e in members}
    missing = set(worked_by_person) - set(people)
    if missing:
        people.update({e.id: e for e in await session.scalars(select(Employee).where(Employee.id.in_(missing)))})
    expected = await expected_minutes(session, list(people), on, on)
    plans = await published_plans(session, list(people), on, on, [store.id])
    shifts = outcomes(plans, [p for p in punches if p.employee_id in people], now)
    in_now, punched, absent = [], [], []
    for employee_id, employee in sorted(people.items(), key=lambda kv: kv[1].employee_no):
        recent = [
            p for p in punches if p.employee_id == employee_id and now - timedelta(hours=24) <= p.punched_at <= now
        ]
        present = is_today and bool(recent) and recent[-1].kind == rules.PunchKind.IN
        shift = worked_by_person.get(employee_id)
        last_punch = recent[-1].punched_at if present else ((shift.last_out or shift.first_in) if shift else None)
        worked = rules.worked_minutes(shift) if shift else 0
        person = StoreAttendancePerson(
            employee_id=employee_id,
            employee_no=employee.employee_no,
            full_name=employee.full_name,
            present=present,
            first_in=shift.first_in if shift else None,
            first_in_local=local(shift.first_in if shift else None, store.timezone),
            last_punch=last_punch,
            last_punch_local=local(last_punch, store.timezone),
            worked_minutes=worked,
            expected_minutes=expected[(employee_id, on)],
            short_minutes=rules.short_minutes(expected[(employee_id, on)], worked),
            planned_minutes=plans.planned_minutes(employee_id, store.id, on),
            shifts=shifts.get((employee_id, store.id, on), []),
        )
        if present:
            in_now.append(person)
        if shift is not None:
            punched.append(person)
        elif not present:
            absent.append(person)
    place = Place(store.name, store.code, store.timezone)
    return StoreAttendance(
        store_id=store.id,
        store_name=store.name,
        date=on,
        timezone=store.timezone,
        time_zone=store.timezone,
        in_now=in_now,
        punched=punched,
        absent=absent,
        flagged=[as_read(p, place) for p in flagged],
    )


async def timesheets(
    session: AsyncSession, *, actor: Actor, clock: Clock, start: date, end: date, unit_id: uuid.UUID | None
) -> Timesheet:
    """Days worked per person and store for payroll. HR and admins see every unit; a store manager
    sees the stores they manage; a payroll system (client with read:attendance) its units."""
    _check_range(start, end)
    if actor.is_client:
        require_scope(actor, Scope.READ_ATTENDANCE)
    else:
        require_role(
            actor,
            Role.HR,
            Role.ADMIN,
            Role.STORE_MANAGER,
            Role.LEADER,
            refusal=_("Only HR, leaders, administrators and store managers export timesheets."),
        )
    stores_query = select(OrgUnit.id, OrgUnit.code).where(OrgUnit.kind.in_(PLACES))
    reach = await unit_paths_within_reach(session, actor) if actor.is_client else None
    if unit_id is not None:
        root = await get_unit(session, actor=actor, unit_id=unit_id)
        if not within_reach(root.path, reach):
            raise NotFound(_("No org unit {unit_id}.", unit_id=unit_id), slug="org_unit.not_found")
        stores_query = stores_query.where(OrgUnit.path.startswith(root.path))
    if actor.is_client:
        if reach is not None:
            stores_query = stores_query.where(or_(false(), *(OrgUnit.path.startswith(p) for p in reach)))
    elif not actor.sees_everyone:
        managed = await subtree_paths(session, actor.units_for(Role.STORE_MANAGER))
        stores_query = stores_query.where(or_(false(), *(OrgUnit.path.startswith(p) for p in managed)))
    stores = dict((await session.execute(stores_query)).all())
    low, high = _bounds(start, end)
    employee_ids = (
        list(
            (
                await session.scalars(
                    select(ClockIn.employee_id)
                    .where(ClockIn.store_id.in_(list(stores)), ClockIn.punched_at >= low, ClockIn.punched_at < high)
                    .distinct()
                )
            ).all()
        )
        if stores
        else []
    )
    # Days worked at a store the actor manages are theirs to see, whoever worked them and whenever;
    # so are the shifts planned there and not worked.
    employee_ids = sorted({*employee_ids, *await rostered_at(session, list(stores), start, end)}, key=str)
    people = {e.id: e for e in await session.scalars(select(Employee).where(Employee.id.in_(employee_ids)))}
    days, worked_at, punches = await _days(session, list(people), start, end, list(stores)) if people else ({}, {}, [])
    plans = await published_plans(session, list(people), start, end, list(stores))
    shifts = outcomes(plans, punches, clock.now())
    days = {employee_id: _with_missed(worked, employee_id, shifts, start, end) for employee_id, worked in days.items()}
    worked_at.update(await places(session, {d.store_id for worked in days.values() for d in worked} - set(worked_at)))
    expected = await expected_minutes(session, list(people), start, end)
    worked_per_day = {employee_id: rules.minutes_per_day(worked) for employee_id, worked in days.items()}
    rows = [
        TimesheetRow(
            employee_id=employee_id,
            employee_no=people[employee_id].employee_no,
            full_name=people[employee_id].full_name,
            store_code=stores[day.store_id],
            store_name=worked_at[day.store_id].name,
            time_zone=worked_at[day.store_id].time_zone,
            date=day.day,
            first_in=day.first_in,
            first_in_local=local(day.first_in, worked_at[day.store_id].time_zone),
            last_out=day.last_out,
            last_out_local=local(day.last_out, worked_at[day.store_id].time_zone),
            worked_minutes=rules.worked_minutes(day),
            expected_minutes=expected[(employee_id, day.day)],
            short_minutes=rules.short_minutes(
                expected[(employee_id, day.day)], worked_per_day[employee_id].get(day.day, 0)
            ),
            flags=sorted(rules.Flag(f) for f in day.flags or ()),
            planned_minutes=plans.planned_minutes(employee_id, day.store_id, day.day),
            late_minutes=sum(o.late_minutes for o in shifts.get((employee_id, day.store_id, day.day), [])),
            early_minutes=sum(o.early_minutes for o in shifts.get((employee_id, day.store_id, day.day), [])),
            shift_flags=sorted({f for o in shifts.get((employee_id, day.store_id, day.day), []) for f in o.flags}),
        )
        for employee_id, worked in days.items()
        for day in worked
    ]
    rows.sort(key=lambda r: (r.employee_no, r.date, r.store_code))
    return Timesheet(period_from=start, period_to=end, rows=rows)
