"""Retention after a frontline posting: of the head-office people whose secondment at a store or
frontline project ended in a period, the share who left within 6 and within 12 months of its last
day; beside it, of the head-office people on the books at the period's last day who spent no day
at the frontline in the twelve months up to it, the share who left within 6 and 12 months of that
day. Flagged when the 12-month share after a posting is above 15 % (HR's `attrition_above`).

Definitions (the database counts, one statement per period and population):
- A posting is an assignment of kind secondment at a store or project, not cancelled, as
  participation counts them; it holds for days in [valid_from, valid_to), so its last day is
  valid_to - 1 and it ended in a period when that day is in it. Someone whose postings ended
  twice in a period is counted once, on the last of them.
- Head office: the home unit is a department (the home unit now, as participation reads it).
- Left within 6 (12) months: a status change to `left` effective after the posting's first day
  (leaving during it counts) and at most 183 (365) days after its last day; for those who did
  not go, effective from the day after the period's last day to 183 (365) days after it.
- Leavers are counted up to today: for a recent period the 6 or 12 months are not over, and its
  shares are the leavers so far (they can only grow).
- On the books at a day: hired by it, and not left by it in the status history."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Row, Select, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.analytics import cuts, rollups, rules
from domain.analytics.cuts import Tally
from domain.analytics.inputs import check_grouping, check_range
from domain.analytics.participation import FRONTLINE_KINDS, WINDOW_DAYS
from domain.analytics.readings import Reading
from domain.analytics.rollups import Stored
from domain.analytics.rules import Granularity, Period
from domain.analytics.schemas import FigureSeries
from domain.analytics.settings import Settings, settings_in_force
from domain.analytics.sight import narrowed, sight_of
from domain.care.models import WomenShareMember
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today
from domain.people.leavers import first_left, gone_by
from domain.people.models import Assignment, AssignmentKind, Employee, EmployeeStatus, EmployeeStatusChange
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.date_sql import days_between

FIGURE = "retention"
SIX_MONTHS = 183  # days after the last day
TWELVE_MONTHS = 365
AFTER_POSTING_6M = "after_posting_6m"
AFTER_POSTING_12M = "after_posting_12m"
NOT_GONE_6M = "not_gone_6m"
NOT_GONE_12M = "not_gone_12m"
MEASURES = (AFTER_POSTING_6M, AFTER_POSTING_12M, NOT_GONE_6M, NOT_GONE_12M)
FLAGGED_MEASURE = AFTER_POSTING_12M
SETTLE_DAYS = TWELVE_MONTHS + 92  # leavers within 12 months of a period keep coming for a year after it


def _frontline_postings() -> Select[uuid.UUID, date, date | None]:
    return (
        select(Assignment.employee_id, Assignment.valid_from, Assignment.valid_to)
        .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
        .where(
            Assignment.kind == AssignmentKind.SECONDMENT,
            Assignment.cancelled_at.is_(None),
            OrgUnit.kind.in_(FRONTLINE_KINDS),
        )
    )


def _by_home(people: Select[Any], six: int, twelve: int) -> Select[str, bool, int, int, int]:
    """Per home department and sex: leavers within 6 and 12 months, and the people counted."""
    counted = people.subquery()
    home = aliased(OrgUnit)
    woman = WomenShareMember.employee_id.is_not(None)
    return (
        select(
            home.path,
            woman.label("woman"),
            func.count().filter(days_between(counted.c.left_on, counted.c.since) <= six),
            func.count().filter(days_between(counted.c.left_on, counted.c.since) <= twelve),
            func.count(),
        )
        .select_from(counted)
        .join(Employee, Employee.id == counted.c.employee_id)
        .join(home, home.id == Employee.home_unit_id)
        .outerjoin(WomenShareMember, WomenShareMember.employee_id == Employee.id)
        .where(home.kind == OrgUnitKind.DEPARTMENT)
        .group_by(home.path, woman)
    )


async def after_posting(session: AsyncSession, first: date, last: date, today: date) -> dict[str, list[Tally]]:
    """The people whose last posting ended in [first, last], and who of them left within 6 and 12
    months of its last day (known by `today`)."""
    postings = _frontline_postings().where(Assignment.valid_to > first, Assignment.valid_to <= last + timedelta(days=1))
    ranked = postings.add_columns(
        func.row_number()
        .over(partition_by=Assignment.employee_id, order_by=(Assignment.valid_to.desc(), Assignment.valid_from.desc()))
        .label("rank")
    ).subquery()
    left = aliased(EmployeeStatusChange)
    # the posting's last day is valid_to - 1: within N days of it is fewer than N days after valid_to
    people = (
        select(
            ranked.c.employee_id,
            ranked.c.valid_to.label("since"),
            func.min(left.effective_on).label("left_on"),
        )
        .outerjoin(
            left,
            (left.employee_id == ranked.c.employee_id)
            & (left.status == EmployeeStatus.LEFT)
            & (left.effective_on > ranked.c.valid_from)
            & (left.effective_on <= today),
        )
        .where(ranked.c.rank == 1)
        .group_by(ranked.c.employee_id, ranked.c.valid_to)
    )
    rows = await session.execute(_by_home(people, SIX_MONTHS - 1, TWELVE_MONTHS - 1))
    return _tallies(rows, AFTER_POSTING_6M, AFTER_POSTING_12M)


async def not_gone(session: AsyncSession, last: date, today: date) -> dict[str, list[Tally]]:
    """Head-office people on the books on `last` without a frontline day in the year up to it, and
    who of them left within 6 and 12 months after it (known by `today`)."""
    window_start = last - timedelta(days=WINDOW_DAYS - 1)
    went = (
        _frontline_postings()
        .with_only_columns(Assignment.employee_id)
        .where(
            Assignment.valid_from <= last,
            or_(Assignment.valid_to.is_(None), Assignment.valid_to > window_start),
        )
    )
    leaving = first_left(last, min(today, last + timedelta(days=TWELVE_MONTHS))).subquery()
    since = literal(last, Date())
    people = (
        select(Employee.id.label("employee_id"), since.label("since"), leaving.c.left_on)
        .outerjoin(leaving, leaving.c.employee_id == Employee.id)
        .where(Employee.hire_date <= last, Employee.id.not_in(gone_by(last)), Employee.id.not_in(went))
    )
    rows = await session.execute(_by_home(people, SIX_MONTHS, TWELVE_MONTHS))
    return _tallies(rows, NOT_GONE_6M, NOT_GONE_12M)


def _tallies(rows: Iterable[Row[str, bool, int, int, int]], six: str, twelve: str) -> dict[str, list[Tally]]:
    found: dict[str, list[Tally]] = {six: [], twelve: []}
    for path, is_woman, within_six, within_twelve, people in rows:
        found[six].append(Tally(path, bool(is_woman), int(within_six), int(people)))
        found[twelve].append(Tally(path, bool(is_woman), int(within_twelve), int(people)))
    return found


async def retention(
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
    threshold = settings.threshold("attrition_above")
    today = await organisation_today(session, clock)
    units = await cuts.departments(session)
    wanted = cuts.wanted_keys(group_by, units, sight)
    found, as_of = await rollups.read(
        session,
        figure=FIGURE,
        variant=rollups.NO_VARIANT,
        settings=settings,
        periods=rules.periods(period_from, period_to, granularity),
        today=today,
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
        points=rollups.series(
            found, wanted, MEASURES, threshold=threshold, flagged_measure=FLAGGED_MEASURE, measure_first=True
        ),
        as_of=as_of,
    )


async def computed(session: AsyncSession, period: Period, today: date, settings: Settings) -> list[Stored]:
    """Every group's four measures for one period (the roll-up's computation)."""
    units = await cuts.departments(session)
    tallies = {
        **await after_posting(session, period.first, period.last, today),
        **await not_gone(session, period.last, today),
    }
    found: list[Stored] = []
    for measure in MEASURES:
        cells, partitions = cuts.lattice(period.label, tallies[measure], units)
        found.extend(rollups.from_cells(cells, partitions, settings.minimum_group, measure))
    return found


async def readings(session: AsyncSession, last_day: date) -> list[Reading]:
    """What the flags compare for `last_day`: the 12-month share of leavers after the postings that
    ended in the year up to it (leavers known by then), for head office, each department and each
    one's women; suppressed groups left out."""
    settings = await settings_in_force(session)
    units = await cuts.departments(session)
    first = last_day - timedelta(days=WINDOW_DAYS - 1)
    tallies = (await after_posting(session, first, last_day, last_day))[AFTER_POSTING_12M]
    cells, partitions = cuts.lattice(str(last_day), tallies, units)
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
                threshold=settings.threshold("attrition_above"),
                unit_id=department.id if department else None,
                sex="women" if cell.group.endswith("|sex:women") else None,
            )
        )
    return found
