"""Punches read against the published plan, for the attendance views: each person's shifts at each
store (published rosters only: a draft is not a plan anyone was told), matched by the pure rules of
shift_matching. Only days a published roster covers are read this way, so a store that does not
roster has no "unplanned" noise. Derived when asked, never stored: the clock-in path is untouched."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attendance.models import ClockIn
from domain.attendance.schemas import ShiftOutcome
from domain.attendance.shift_matching import DayPlan, PlannedShift, Punch, match, planned
from domain.care.availability import periods_of
from domain.care.protections import Kind
from domain.org.models import OrgUnit
from domain.rosters.models import Roster, RosterShift, RosterStatus, ShiftTemplate
from domain.rosters.policy import rules_in_force
from domain.rosters.rules import Shift
from domain.shared.local_time import local, zone

WEEK = timedelta(days=6)


@dataclass(slots=True)
class Plans:
    """The published shifts of some people, and the (store, day)s published rosters cover."""

    shifts: dict[tuple[uuid.UUID, uuid.UUID], list[PlannedShift]] = field(default_factory=dict)
    names: dict[tuple[uuid.UUID, str], str] = field(default_factory=dict)
    covered: set[tuple[uuid.UUID, date]] = field(default_factory=set)
    zones: dict[uuid.UUID, str] = field(default_factory=dict)
    grace_minutes: int = 5

    def planned_minutes(self, employee_id: uuid.UUID, store_id: uuid.UUID, day: date) -> int | None:
        """Minutes planned that day at that store; None when no published roster covers the day."""
        if (store_id, day) not in self.covered:
            return None
        return sum(s.paid_minutes for s in self.shifts.get((employee_id, store_id), []) if s.day == day)


async def published_plans(
    session: AsyncSession,
    employee_ids: Collection[uuid.UUID],
    start: date,
    end: date,
    store_ids: Collection[uuid.UUID] | None = None,
) -> Plans:
    """Three reads whatever the number of people: the shifts, the rosters covering the days, the
    protected (nursing) time that rides on the shifts."""
    settings, _version = await rules_in_force(session)
    plans = Plans(grace_minutes=settings.grace_minutes)
    if not employee_ids:
        return plans
    query = (
        select(RosterShift.employee_id, RosterShift.day, ShiftTemplate, Roster.store_id)
        .join(Roster, Roster.id == RosterShift.roster_id)
        .join(ShiftTemplate, ShiftTemplate.id == RosterShift.template_id)
        .where(
            RosterShift.employee_id.in_(list(employee_ids)),
            Roster.status == RosterStatus.PUBLISHED.value,
            RosterShift.day >= start - timedelta(days=1),
            RosterShift.day <= end,
        )
    )
    rosters = select(Roster.store_id, Roster.week_start, Roster.status).where(
        Roster.status == RosterStatus.PUBLISHED.value,
        Roster.week_start >= start - WEEK,
        Roster.week_start <= end,
    )
    if store_ids is not None:
        query = query.where(Roster.store_id.in_(list(store_ids)))
        rosters = rosters.where(Roster.store_id.in_(list(store_ids)))
    rows = (await session.execute(query)).all()
    for store_id, week_start, _status in await session.execute(rosters):
        plans.covered.update((store_id, week_start + timedelta(days=i)) for i in range(7))
    store_ids_seen = {row[3] for row in rows} | {store_id for store_id, _day in plans.covered}
    if store_ids_seen:
        plans.zones = dict(
            (await session.execute(select(OrgUnit.id, OrgUnit.timezone).where(OrgUnit.id.in_(store_ids_seen)))).all()
        )
    protected = await _protected(session, {row[0] for row in rows}, start - timedelta(days=1), end)
    for employee_id, day, template, store_id in rows:
        shift = Shift(template.code, template.starts, template.ends, template.break_minutes)
        plans.shifts.setdefault((employee_id, store_id), []).append(
            planned(day, shift, zone(plans.zones[store_id]), protected.get((employee_id, day), 0))
        )
        plans.names[(store_id, template.code)] = template.name
    return plans


async def _protected(
    session: AsyncSession, employee_ids: set[uuid.UUID], start: date, end: date
) -> dict[tuple[uuid.UUID, date], int]:
    found: dict[tuple[uuid.UUID, date], int] = defaultdict(int)
    if not employee_ids:
        return found
    for employee_id, periods in (await periods_of(session, employee_ids, start, end, hours_only=True)).items():
        for period in periods:
            if period.rule.kind is not Kind.PROTECTED_TIME:
                continue
            day = max(period.start, start)
            while day <= min(period.end, end):
                found[(employee_id, day)] += period.rule.minutes or 0
                day += timedelta(days=1)
    return found


def outcomes(
    plans: Plans, punches: Iterable[ClockIn], now: datetime
) -> dict[tuple[uuid.UUID, uuid.UUID, date], list[ShiftOutcome]]:
    """(person, store, day) -> how each planned shift (or unplanned stretch) went, for the days a
    published roster covers."""
    by_place: dict[tuple[uuid.UUID, uuid.UUID], list[Punch]] = defaultdict(list)
    for punch in punches:
        by_place[(punch.employee_id, punch.store_id)].append(Punch(punch.kind, punch.punched_at))
    found: dict[tuple[uuid.UUID, uuid.UUID, date], list[ShiftOutcome]] = defaultdict(list)
    for place in {*plans.shifts, *by_place}:
        employee_id, store_id = place
        if store_id not in plans.zones:
            continue
        time_zone = plans.zones[store_id]
        shifts = plans.shifts.get(place, [])
        starts = {(s.day, s.code): s for s in shifts}
        for row in match(
            shifts,
            sorted(by_place.get(place, []), key=lambda p: p.at),
            tz=zone(time_zone),
            now=now,
            grace_minutes=plans.grace_minutes,
        ):
            if (store_id, row.day) not in plans.covered:
                continue
            found[(employee_id, store_id, row.day)].append(_outcome(row, starts, plans, store_id, time_zone))
    return found


def _outcome(
    row: DayPlan,
    starts: dict[tuple[date, str], PlannedShift],
    plans: Plans,
    store_id: uuid.UUID,
    time_zone: str,
) -> ShiftOutcome:
    shift = starts.get((row.day, row.code)) if row.code else None
    return ShiftOutcome(
        code=row.code,
        name=plans.names.get((store_id, row.code)) if row.code else None,
        starts_local=local(shift.starts, time_zone) if shift else None,
        ends_local=local(shift.ends, time_zone) if shift else None,
        planned_minutes=row.planned_minutes,
        worked_minutes=row.worked_minutes,
        protected_minutes=row.protected_minutes,
        late_minutes=row.late_minutes,
        early_minutes=row.early_minutes,
        flags=list(row.flags),
    )


async def rostered_at(
    session: AsyncSession, store_ids: Collection[uuid.UUID], start: date, end: date
) -> set[uuid.UUID]:
    """Who has a published shift at these stores in [start, end] (a missed shift is theirs too)."""
    if not store_ids:
        return set()
    rows = await session.scalars(
        select(RosterShift.employee_id)
        .join(Roster, Roster.id == RosterShift.roster_id)
        .where(
            Roster.store_id.in_(list(store_ids)),
            Roster.status == RosterStatus.PUBLISHED.value,
            RosterShift.day >= start,
            RosterShift.day <= end,
        )
        .distinct()
    )
    return set(rows)
