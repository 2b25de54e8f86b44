"""Leaders at the frontline: the frontline days of each person holding the leader role or a
department head grant whose home is head office (a department, or headquarters itself), in a
calendar year (to today for the current year). A day counts once if the person was on secondment
at a store or project that day (not cancelled, as participation counts it) or clocked in at a store
with a punch that counts (accepted, or flagged and not rejected: attendance's `counts`), in the
store's local date. Flagged under HR's `leader_days_below` (30).

This is a named list, not a suppressed figure: leaders answer for going to the frontline themselves.

The nightly flag reads the current year to the evaluated day against the threshold prorated to
the share of the year elapsed, rounded down (30 x elapsed days / days in the year: 2 in mid-
January, 15 at the end of June), so a leader is told during the year, not after it."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics.readings import Reading
from domain.analytics.rules import Direction, Threshold
from domain.analytics.schemas import LeaderDaysRead
from domain.analytics.settings import settings_in_force
from domain.analytics.sight import Sight, narrowed
from domain.attendance.models import ClockIn
from domain.attendance.queries import counts as punch_counts
from domain.attendance.rules import PunchKind
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today, subtree_paths
from domain.people.models import Account, Assignment, AssignmentKind, Employee, EmployeeStatus, RoleGrant
from domain.shared.access import holds_role
from domain.shared.actor import ORGANISATION_WIDE_READERS, Actor, Role
from domain.shared.clock import Clock
from domain.shared.csv_export import Column, csv_document
from domain.shared.errors import InvalidInput, NotFound
from domain.shared.i18n import _

FIGURE = "leader_days"
ROLES = (Role.LEADER, Role.DEPT_HEAD)
HEAD_OFFICE = (OrgUnitKind.DEPARTMENT, OrgUnitKind.HEADQUARTERS)
FRONTLINE_KINDS = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)
FIRST_YEAR = 2000
DAY = timedelta(days=1)


def frontline_days(
    stays: Iterable[tuple[date, date | None]], punch_days: Iterable[date], first: date, last: date
) -> int:
    """Distinct days in [first, last] inside a stay ([valid_from, valid_to), None: open) or among
    `punch_days`: overlapping stays and a punch on a secondment day count once."""
    if last < first:
        return 0
    end = last + DAY
    spans = sorted((max(start, first), min(stop or end, end)) for start, stop in stays)
    merged: list[tuple[date, date]] = []
    for start, stop in spans:
        if start >= stop:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    total = sum((stop - start).days for start, stop in merged)
    extra = {d for d in punch_days if first <= d <= last and not any(a <= d < b for a, b in merged)}
    return total + len(extra)


def prorated(threshold: int, last_day: date) -> int:
    """The year's threshold scaled to the days elapsed to `last_day`, rounded down."""
    january = date(last_day.year, 1, 1)
    in_year = (date(last_day.year + 1, 1, 1) - january).days
    return threshold * ((last_day - january).days + 1) // in_year


@dataclass
class Leader:
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    local_name: str | None
    home_unit_id: uuid.UUID
    home_unit_code: str
    home_unit_name: str
    home_path: str
    roles: set[str] = field(default_factory=set)
    days: int = 0


def _leaders_query() -> Select[uuid.UUID | None]:
    """The people (ids) holding a leader or department head grant."""
    return (
        select(Account.employee_id)
        .join(RoleGrant, RoleGrant.account_id == Account.id)
        .where(RoleGrant.role.in_(ROLES), Account.employee_id.is_not(None))
    )


async def leaders_with_days(session: AsyncSession, first: date, last: date) -> list[Leader]:
    """Three statements whatever the number of leaders: who they are, their stays, their punches."""
    holders = _leaders_query().subquery()
    rows = await session.execute(
        select(
            Employee.id,
            Employee.employee_no,
            Employee.full_name,
            Employee.local_name,
            OrgUnit.id,
            OrgUnit.code,
            OrgUnit.name,
            OrgUnit.path,
            RoleGrant.role,
        )
        .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
        .join(Account, Account.employee_id == Employee.id)
        .join(RoleGrant, RoleGrant.account_id == Account.id)
        .where(
            RoleGrant.role.in_(ROLES),
            OrgUnit.kind.in_(HEAD_OFFICE),
            Employee.status != EmployeeStatus.LEFT,
            Employee.hire_date <= last,
        )
        .order_by(Employee.employee_no)
    )
    found: dict[uuid.UUID, Leader] = {}
    for employee_id, number, full_name, local_name, unit_id, code, name, path, role in rows:
        leader = found.setdefault(
            employee_id, Leader(employee_id, number, full_name, local_name, unit_id, code, name, path)
        )
        leader.roles.add(Role(role).value)
    if not found:
        return []
    stays: dict[uuid.UUID, list[tuple[date, date | None]]] = defaultdict(list)
    for employee_id, valid_from, valid_to in await session.execute(
        select(Assignment.employee_id, Assignment.valid_from, Assignment.valid_to)
        .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
        .where(
            Assignment.employee_id.in_(select(holders.c.employee_id)),
            Assignment.kind == AssignmentKind.SECONDMENT,
            Assignment.cancelled_at.is_(None),
            OrgUnit.kind.in_(FRONTLINE_KINDS),
            Assignment.valid_from <= last,
            or_(Assignment.valid_to.is_(None), Assignment.valid_to > first),
        )
    ):
        stays[employee_id].append((valid_from, valid_to))
    punched: dict[uuid.UUID, set[date]] = defaultdict(set)
    low = datetime.combine(first, time.min, tzinfo=ZoneInfo("UTC")) - timedelta(hours=14)
    high = datetime.combine(last + DAY, time.min, tzinfo=ZoneInfo("UTC")) + timedelta(hours=14)
    for employee_id, punched_at, zone in await session.execute(
        select(ClockIn.employee_id, ClockIn.punched_at, OrgUnit.timezone)
        .join(OrgUnit, OrgUnit.id == ClockIn.store_id)
        .where(
            ClockIn.employee_id.in_(select(holders.c.employee_id)),
            ClockIn.kind == PunchKind.IN,
            punch_counts(),
            ClockIn.punched_at >= low,
            ClockIn.punched_at < high,
        )
    ):
        punched[employee_id].add(punched_at.astimezone(ZoneInfo(zone)).date())
    for leader in found.values():
        leader.days = frontline_days(
            stays.get(leader.employee_id, []), punched.get(leader.employee_id, ()), first, last
        )
    return list(found.values())


async def _sight(session: AsyncSession, actor: Actor) -> Sight:
    """HR, leaders and administrators: everyone; a department head: the homes under their grants."""
    if holds_role(actor, *ORGANISATION_WIDE_READERS):
        return Sight(None)
    paths = await subtree_paths(session, () if actor.is_client else actor.units_for(Role.DEPT_HEAD))
    if not paths:
        raise NotFound(_("No analytics here."), slug="analytics.not_found")
    return Sight(tuple(sorted(paths)))


async def leader_days(
    session: AsyncSession, *, actor: Actor, clock: Clock, year: int, unit_id: uuid.UUID | None = None
) -> list[LeaderDaysRead]:
    sight = await narrowed(session, await _sight(session, actor), unit_id)
    today = await organisation_today(session, clock)
    if not FIRST_YEAR <= year <= today.year:
        raise InvalidInput(
            _("Ask for a year from {first} to this year.", first=FIRST_YEAR),
            field="query.year",
            slug="analytics.year_out_of_range",
        )
    settings = await settings_in_force(session)
    last = min(date(year, 12, 31), today)
    return [
        LeaderDaysRead(
            employee_id=leader.employee_id,
            employee_no=leader.employee_no,
            full_name=leader.full_name,
            local_name=leader.local_name,
            home_unit_id=leader.home_unit_id,
            home_unit_code=leader.home_unit_code,
            home_unit_name=leader.home_unit_name,
            roles=[r.value for r in ROLES if r.value in leader.roles],
            days=leader.days,
            flagged=leader.days < settings.leader_days_below,
        )
        for leader in await leaders_with_days(session, date(year, 1, 1), last)
        if sight.covers(leader.home_path)
    ]


CSV_COLUMNS = (
    Column("employee_id", _("Employee id")),
    Column("employee_no", _("Employee number")),
    Column("full_name", _("Name")),
    Column("local_name", _("Local name")),
    Column("home_unit_code", _("Home unit code")),
    Column("home_unit_name", _("Home unit")),
    Column("roles", _("Roles")),
    Column("days", _("Frontline days")),
    Column("flagged", _("Flagged")),
)


def leader_days_csv(rows: Sequence[LeaderDaysRead], language: str) -> str:
    return csv_document(
        CSV_COLUMNS,
        (
            [
                str(r.employee_id),
                r.employee_no,
                r.full_name,
                r.local_name,
                r.home_unit_code,
                r.home_unit_name,
                " ".join(r.roles),
                r.days,
                "true" if r.flagged else "false",
            ]
            for r in rows
        ),
        language=language,
    )


async def readings(session: AsyncSession, last_day: date) -> list[Reading]:
    """Each leader's days this year to `last_day` against the prorated threshold."""
    settings = await settings_in_force(session)
    threshold = Threshold(Direction.BELOW, Decimal(prorated(settings.leader_days_below, last_day)))
    return [
        Reading(
            group_key=f"employee:{leader.employee_id}",
            value=Decimal(leader.days),
            threshold=threshold,
            unit_id=leader.home_unit_id,
            employee_id=leader.employee_id,
        )
        for leader in await leaders_with_days(session, date(last_day.year, 1, 1), last_day)
    ]
