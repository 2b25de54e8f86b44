"""Participation: the share of head-office staff (people whose home is a department) with at least
`frontline_days` days on secondment at a store or a frontline project in the twelve months up to
each period's last day; flagged below 20 %, women's participation on its own cut.

Counted by the database per home unit and sex, one statement per period (a range of three years
by month is 36 of them); the days a secondment overlaps the window are summed in SQL. People who
have left are not counted in any period (the current status; the retention figures add the
status history)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Date, case, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.analytics import cuts, rules
from domain.analytics.cuts import Tally
from domain.analytics.rules import Direction, Granularity, Threshold
from domain.analytics.schemas import FigureSeries
from domain.analytics.sight import narrowed, sight_of
from domain.care.models import WomenShareMember
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Assignment, AssignmentKind, Employee, EmployeeStatus
from domain.shared.actor import Actor
from domain.shared.date_sql import days_between
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _

FIGURE = "participation"
FRONTLINE_DAYS = 20
WINDOW_DAYS = 365
THRESHOLD = Threshold(Direction.BELOW, Decimal("0.20"))
FRONTLINE_KINDS = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)


def check_range(start: date, end: date) -> None:
    if end < start:
        raise InvalidInput(_("`to` must not be before `from`."), field="query.to", slug="validation.invalid_range")
    if rules.range_too_long(start, end):
        raise InvalidInput(
            _("A range may cover at most three years."), field="query.to", slug="analytics.range_too_long"
        )


def check_grouping(group_by: Sequence[str]) -> None:
    unknown = [g for g in group_by if g not in cuts.GROUPINGS]
    if unknown:
        raise InvalidInput(
            _("Group by department, sex or both."),
            field="query.group_by",
            slug="analytics.unknown_grouping",
        )


async def tallies(session: AsyncSession, last_day: date, frontline_days: int = FRONTLINE_DAYS) -> list[Tally]:
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
            Employee.status != EmployeeStatus.LEFT,
        )
        .group_by(home.path, woman)
    )
    return [Tally(path, bool(is_woman), int(went), int(people)) for path, is_woman, went, people in rows]


async def participation(
    session: AsyncSession,
    *,
    actor: Actor,
    period_from: date,
    period_to: date,
    group_by: Sequence[str] = (),
    granularity: Granularity = Granularity.MONTH,
    unit_id: uuid.UUID | None = None,
    minimum: int = rules.DEFAULT_MINIMUM,
) -> FigureSeries:
    sight = await narrowed(session, await sight_of(session, actor), unit_id)
    check_range(period_from, period_to)
    check_grouping(group_by)
    units = await cuts.departments(session)
    cells: list[rules.Cell] = []
    partitions: dict[str, list[list[str]]] = {}
    for period in rules.periods(period_from, period_to, granularity):
        found, partitions = cuts.lattice(period.label, await tallies(session, period.last), units)
        cells.extend(found)
    wanted = cuts.wanted_keys(group_by, units, sight)
    return FigureSeries(
        figure=FIGURE,
        period_from=period_from,
        period_to=period_to,
        granularity=granularity,
        group_by=list(dict.fromkeys(group_by)),
        threshold=str(THRESHOLD.value.quantize(Decimal("0.0001"))),
        direction=THRESHOLD.direction.value,
        minimum_group=max(minimum, rules.SMALLEST_MINIMUM),
        points=cuts.points(cells, partitions, wanted, minimum=minimum, threshold=THRESHOLD),
    )
