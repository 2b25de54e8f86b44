"""Participation: the share of head-office staff (people whose home is a department) with at least
`frontline_days` days (20 unless HR set otherwise) on secondment at a store or a frontline project
in the twelve months up to each period's last day; flagged below 20 % (HR's setting), women's
participation on its own cut.

Counted by the database per home unit and sex, one statement per period (a range of three years
by month is 36 of them); the days a secondment overlaps the window are summed in SQL. People are
counted in the periods they were on the books at the end of (hired by the last day and not left
by it in the status history, domain/people/leavers.py). Calendar periods are read from the
worker's roll-ups (domain/analytics/rollups.py)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Date, case, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.analytics import cuts, rollups, rules
from domain.analytics.cuts import Tally
from domain.analytics.inputs import check_grouping, check_range
from domain.analytics.readings import Reading
from domain.analytics.rollups import Stored
from domain.analytics.rules import Granularity, Period
from domain.analytics.schemas import FigureSeries
from domain.analytics.settings import Settings, settings_in_force
from domain.analytics.sight import narrowed, sight_of
from domain.care.models import WomenShareMember
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today
from domain.people.leavers import gone_by
from domain.people.models import Assignment, AssignmentKind, Employee
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.date_sql import days_between

FIGURE = "participation"
WINDOW_DAYS = 365
FRONTLINE_KINDS = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)


async def tallies(session: AsyncSession, last_day: date, frontline_days: int) -> list[Tally]:
    """Per home department and sex: head-office people on the books on `last_day`, and how many of
    them spent `frontline_days` or more at the frontline in the year up to it."""
    window_start = last_day - timedelta(days=WINDOW_DAYS - 1)
    after = last_day + timedelta(days=1)
    stay_to = case(
        (or_(Assignment.valid_to.is_(None), Assignment.valid_to > after), literal(after, Date())),
        else_=Assignment.valid_to,
    )
    stay_from = case((Assignment.valid_from < window_start, literal(window_start, Date())), else_=Assignment.valid_from)
    stays = (
        select(Assignment.employee_id, func.sum(days_between(stay_to, stay_from)).label("days"))
        .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
        .where(
            Assignment.kind == AssignmentKind.SECONDMENT,
            Assignment.cancelled_at.is_(None),
            OrgUnit.kind.in_(FRONTLINE_KINDS),
            Assignment.valid_from <= last_day,
            or_(Assignment.valid_to.is_(None), Assignment.valid_to > window_start),
        )
        .group_by(Assignment.employee_id)
        .subquery()
    )
    home = aliased(OrgUnit)
    woman = WomenShareMember.employee_id.is_not(None)
    rows = await session.execute(
        select(
            home.path,
            woman.label("woman"),
            func.count().filter(stays.c.days >= frontline_days),
            func.count(),
        )
        .select_from(Employee)
        .join(home, home.id == Employee.home_unit_id)
        .outerjoin(stays, stays.c.employee_id == Employee.id)
        .outerjoin(WomenShareMember, WomenShareMember.employee_id == Employee.id)
        .where(
            home.kind == OrgUnitKind.DEPARTMENT,
            Employee.hire_date <= last_day,
            Employee.id.not_in(gone_by(last_day)),
        )
        .group_by(home.path, woman)
    )
    return [Tally(path, bool(is_woman), int(went), int(people)) for path, is_woman, went, people in rows]


async def participation(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    period_from: date,
    period_to: date,
    group_by: Sequence[str] = (),
    granularity: Granularity = Granularity.MONTH,
    unit_id: uuid.UUID | None = None,
) -> FigureSeries:
    sight = await narrowed(session, await sight_of(session, actor), unit_id)
    check_range(period_from, period_to)
    check_grouping(group_by)
    settings = await settings_in_force(session)
    threshold = settings.threshold("participation_below")
    units = await cuts.departments(session)
    wanted = cuts.wanted_keys(group_by, units, sight)
    found, as_of = await rollups.read(
        session,
        figure=FIGURE,
        variant=await variant(session, settings),
        settings=settings,
        periods=rules.periods(period_from, period_to, granularity),
        today=await organisation_today(session, clock),
        compute=computed,
        groups=[key for key, _group in wanted],
    )
    return FigureSeries(
        figure=FIGURE,
        period_from=period_from,
        period_to=period_to,
        granularity=granularity,
        group_by=list(dict.fromkeys(group_by)),
        threshold=str(threshold.value.quantize(Decimal("0.0001"))),
        direction=threshold.direction.value,
        minimum_group=settings.minimum_group,
        points=rollups.series(found, wanted, threshold=threshold),
        as_of=as_of,
    )


async def variant(_session: AsyncSession, settings: Settings) -> str:
    """HR's frontline days: what counts as having gone."""
    return f"days:{settings.frontline_days}"


async def computed(session: AsyncSession, period: Period, today: date, settings: Settings) -> list[Stored]:
    """Every group's point of one period (the roll-up's computation)."""
    units = await cuts.departments(session)
    found = await tallies(session, period.last, settings.frontline_days)
    cells, partitions = cuts.lattice(period.label, found, units)
    return rollups.from_cells(cells, partitions, settings.minimum_group)


async def readings(session: AsyncSession, last_day: date) -> list[Reading]:
    """What the flags compare for `last_day`: head office, each department, and each one's women
    (the others' share is the rest of the department's, not flagged); suppressed groups left out."""
    settings = await settings_in_force(session)
    units = await cuts.departments(session)
    cells, partitions = cuts.lattice(str(last_day), await tallies(session, last_day, settings.frontline_days), units)
    hidden = rules.suppressed(cells, partitions, settings.minimum_group)
    department_of = {cuts.key(d, sex): d for d in units for sex in (None, "women")}
    found: list[Reading] = []
    for i, cell in enumerate(cells):
        value = rules.ratio(cell.numerator, cell.denominator)
        if i in hidden or value is None or cell.group.endswith("|sex:others"):
            continue
        department = department_of.get(cell.group)
        found.append(
            Reading(
                group_key=cell.group,
                value=value,
                threshold=settings.threshold("participation_below"),
                unit_id=department.id if department else None,
                sex="women" if cell.group.endswith("|sex:women") else None,
            )
        )
    return found
