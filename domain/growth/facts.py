"""What eligibility reads, for many people at once: their frontline stays, their percentiles in the
closed months they spent at the frontline, and their credits, each in a handful of set-based reads
over the widest window the rules ask for (not a few queries per person and rule)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.growth.conditions import Aggregate, month_text_before, window_start
from domain.growth.schemas import Condition, Credits, FrontlinePerformance, FrontlineTime
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.leavers import gone_by
from domain.people.models import Account, Assignment, Employee, EmployeeStatus, RoleGrant
from domain.performance import rules as performance_rules
from domain.performance.models import FrozenScore, PerformancePeriod
from domain.performance.months import Month
from domain.performance.rules import Stay, frontline_days
from domain.training.models import Course, CreditEntry

FRONTLINE = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)
CHUNK = 5_000


@dataclass(frozen=True, slots=True)
class Person:
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    home_frontline: bool
    roles: frozenset[str]


@dataclass(slots=True)
class Facts:
    today: date
    people: dict[uuid.UUID, Person] = field(default_factory=dict)
    stays: dict[uuid.UUID, list[Stay]] = field(default_factory=lambda: defaultdict(list))
    # (month, percentile) of the closed months in which the person spent at least a day at the frontline
    percentiles: dict[uuid.UUID, list[tuple[str, Decimal]]] = field(default_factory=lambda: defaultdict(list))
    # (counts_in, category, course_code, hundredths)
    credits: dict[uuid.UUID, list[tuple[str, str, str | None, int]]] = field(default_factory=lambda: defaultdict(list))
    course_skills: dict[str, frozenset[str]] = field(default_factory=dict)
    # PostgreSQL, people at the frontline every month: each performance window's figure, worked
    # out by the database ((first month, aggregate) -> percentile or None)
    summaries: dict[uuid.UUID, dict[tuple[str, Aggregate], Decimal | None]] = field(default_factory=dict)

    def frontline_days(self, employee_id: uuid.UUID, start: date, end: date) -> int:
        stays = self.stays.get(employee_id)
        if not stays:  # most people: home all along
            return (end - start).days if self.people[employee_id].home_frontline and end > start else 0
        return frontline_days(stays, self.people[employee_id].home_frontline, start, end)


def _scope(ids: Sequence[uuid.UUID]) -> Sequence[uuid.UUID] | None:
    """The ids for an IN list, or None past `CHUNK` people: then everyone's rows are read and the
    others dropped (one scan beats many long IN lists)."""
    return None if len(ids) > CHUNK else ids


def _of(column: Any, chunk: Sequence[uuid.UUID] | None) -> Any:
    return true() if chunk is None else column.in_(chunk)


async def people(
    session: AsyncSession,
    *,
    employee_ids: Collection[uuid.UUID] | None = None,
    roles: Collection[str] = (),
    on_books: date | None = None,
) -> dict[uuid.UUID, Person]:
    """Active employees (all, or those asked for), with their roles; holders of `roles` only when
    given. `on_books`: instead of the active, those on the books that day (hired by it, not left
    by it in the status history): a past day's figures count who was there then."""
    query = select(Employee.id, Employee.employee_no, Employee.full_name, OrgUnit.kind).join(
        OrgUnit, OrgUnit.id == Employee.home_unit_id
    )
    if on_books is None:
        query = query.where(Employee.status == EmployeeStatus.ACTIVE)
    else:
        query = query.where(Employee.hire_date <= on_books, Employee.id.not_in(gone_by(on_books)))
    if employee_ids is not None:
        query = query.where(Employee.id.in_(list(employee_ids)))
    held: dict[uuid.UUID, set[str]] = defaultdict(set)
    grants = select(Account.employee_id, RoleGrant.role).join(RoleGrant, RoleGrant.account_id == Account.id)
    if employee_ids is not None:
        grants = grants.where(Account.employee_id.in_(list(employee_ids)))
    for holder, role in await session.execute(grants.where(Account.employee_id.is_not(None))):
        if holder is not None:
            held[holder].add(str(role))
    found = {}
    for employee_id, number, name, kind in await session.execute(query):
        mine = frozenset(held.get(employee_id, ()))
        if roles and not mine & set(roles):
            continue
        found[employee_id] = Person(employee_id, number, name, kind in FRONTLINE, mine)
    return found


def _earliest(today: date, conditions: Sequence[Condition]) -> tuple[date, str, str]:
    """The first day of frontline time, the first performance month and the first credit month any
    condition looks at."""
    days, performance, credits = [today], [str(Month(today.year, today.month))], [str(Month(today.year, today.month))]
    for condition in conditions:
        if isinstance(condition, FrontlineTime):
            days.append(window_start(today, condition.window_months, condition.this_year))
        elif isinstance(condition, FrontlinePerformance):
            performance.append(month_text_before(today, condition.window_months))
            days.append(Month.parse(month_text_before(today, condition.window_months)).first)
        elif isinstance(condition, Credits):
            credits.append(month_text_before(today, condition.window_months))
    return min(days), min(performance), min(credits)


async def gather(
    session: AsyncSession, today: date, conditions: Sequence[Condition], who: dict[uuid.UUID, Person]
) -> Facts:
    facts = Facts(today=today, people=who)
    if not who:
        return facts
    first_day, first_month, first_credit_month = _earliest(today, conditions)
    ids = sorted(who)
    tomorrow = today + timedelta(days=1)
    chunk = _scope(ids)
    stays = await session.execute(
        select(Assignment.employee_id, Assignment.valid_from, Assignment.valid_to, OrgUnit.kind)
        .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
        .where(
            _of(Assignment.employee_id, chunk),
            Assignment.cancelled_at.is_(None),
            Assignment.valid_from < tomorrow,
            or_(Assignment.valid_to.is_(None), Assignment.valid_to > first_day),
        )
        .order_by(Assignment.employee_id, Assignment.valid_from, Assignment.created_at)
    )
    for employee_id, valid_from, valid_to, kind in stays:
        if employee_id in who:
            facts.stays[employee_id].append(Stay(valid_from, valid_to, kind in FRONTLINE))
    windows = sorted(
        {
            (month_text_before(today, c.window_months), c.aggregate)
            for c in conditions
            if isinstance(c, FrontlinePerformance)
        }
    )
    if windows:
        if (await session.connection()).dialect.name == "postgresql":
            await _percentiles_in_database(session, facts, first_month, windows)
        else:
            await _percentiles(session, facts, first_month)
    if any(isinstance(c, Credits) for c in conditions):
        entries = await session.execute(
            select(
                CreditEntry.employee_id,
                CreditEntry.counts_in,
                CreditEntry.category,
                CreditEntry.course_code,
                CreditEntry.credits_centi,
            ).where(_of(CreditEntry.employee_id, chunk), CreditEntry.counts_in >= first_credit_month)
        )
        for employee_id, counts_in, category, course_code, centi in entries:
            if employee_id in who:
                facts.credits[employee_id].append((counts_in, category, course_code, centi))
        if any(isinstance(c, Credits) and c.skills for c in conditions):
            facts.course_skills = {
                code: frozenset(skills) for code, skills in await session.execute(select(Course.code, Course.skills))
            }
    return facts


async def _percentiles(session: AsyncSession, facts: Facts, first_month: str) -> None:
    """Each closed month from `first_month` (SQLite; PostgreSQL ranks in the database, below):
    everyone scored is ranked (the mid-rank percentile of performance rankings); the people asked
    about keep theirs where they spent a frontline day. Which months those are is worked out
    once per person: every month or none for people without stays (by their home unit), by their
    stays for the others."""
    closed = await session.execute(
        select(PerformancePeriod.period, PerformancePeriod.closings).where(
            PerformancePeriod.status == "closed", PerformancePeriod.period >= first_month
        )
    )
    months = [(period, closing, Month.parse(period)) for period, closing in sorted(closed)]
    with_stays = {
        employee_id: {
            period
            for period, _closing, month in months
            if frontline_days(
                stays, facts.people[employee_id].home_frontline, month.first, month.last + timedelta(days=1)
            )
        }
        for employee_id, stays in facts.stays.items()
        if employee_id in facts.people
    }
    for period, closing, _month in months:
        scored = await session.execute(
            select(FrozenScore.employee_id, FrozenScore.score).where(
                FrozenScore.period == period, FrozenScore.closing == closing, FrozenScore.score.is_not(None)
            )
        )
        standings = performance_rules.rank({e: Decimal(score) for e, score in scored if score is not None})
        ranked = [(employee_id, standing.percentile) for employee_id, standing in standings.items()]
        people, percentiles = facts.people, facts.percentiles
        for employee_id, percentile in ranked:
            person = people.get(employee_id)
            if person is None:
                continue
            months_there = with_stays.get(employee_id)
            if person.home_frontline if months_there is None else period in months_there:
                percentiles[employee_id].append((period, Decimal(percentile)))


# PostgreSQL: every closed month ranked once, by the database (the mid-rank percentile of
# `rules.rank`: 100 (2 below + equal - 1) / (2 (n - 1)), 2 places half up, 100 alone). People at the
# frontline every month (home at a store, no stays elsewhere) get one row each with each window's
# figure; people whose months depend on their stays get their months' rows; the rest (head office,
# never seconded) have no frontline month and are not read. The people are joined to an unnested
# array, not tested by `= ANY(array)`: that is a linear search per row once PostgreSQL switches the
# prepared statement to its generic plan (after five runs), 80,000 people times 2.4 million rows.
_RANKED = """
WITH ranked AS (
    SELECT f.employee_id, f.period,
        CASE WHEN count(*) OVER whole > 1
             THEN round((2 * (rank() OVER ordered - 1) + count(*) OVER tied - 1)::numeric * 100
                        / (2 * (count(*) OVER whole - 1)), 2)
             ELSE 100 END AS percentile
    FROM frozen_scores f
    JOIN performance_periods p ON p.period = f.period AND p.closings = f.closing
    WHERE p.status = 'closed' AND f.period >= $1 AND f.score IS NOT NULL
    WINDOW whole AS (PARTITION BY f.period),
           ordered AS (PARTITION BY f.period ORDER BY f.score::numeric),
           tied AS (PARTITION BY f.period, f.score::numeric)
)
SELECT employee_id, NULL::text AS period, NULL::numeric AS percentile, {figures}
FROM ranked JOIN unnest($2::uuid[]) AS every_month (employee_id) USING (employee_id) GROUP BY employee_id
UNION ALL
SELECT employee_id, period, percentile, {nothing}
FROM ranked JOIN unnest($3::uuid[]) AS by_stays (employee_id) USING (employee_id)
"""
_FIGURE = {
    Aggregate.BEST: "max(percentile) FILTER (WHERE period >= ${n})",
    Aggregate.AVERAGE: "round(avg(percentile) FILTER (WHERE period >= ${n}), 2)",
    Aggregate.LATEST: "(array_agg(percentile ORDER BY period DESC) FILTER (WHERE period >= ${n}))[1]",
}


async def _percentiles_in_database(
    session: AsyncSession, facts: Facts, first_month: str, windows: list[tuple[str, Aggregate]]
) -> None:
    every_month, by_stays = [], []
    for employee_id, person in facts.people.items():
        stays = facts.stays.get(employee_id)
        if not stays:
            if person.home_frontline:
                every_month.append(employee_id)
        elif person.home_frontline and all(stay.frontline for stay in stays):
            every_month.append(employee_id)
        else:
            by_stays.append(employee_id)
    figures = ", ".join(_FIGURE[how].format(n=4 + index) for index, (_first, how) in enumerate(windows))
    nothing = ", ".join("NULL::numeric" for _ in windows)
    statement = _RANKED.format(figures=figures, nothing=nothing)  # only constant SQL is interpolated
    raw = await (await session.connection()).get_raw_connection()
    driver: Any = raw.driver_connection
    rows = await driver.fetch(statement, first_month, every_month, by_stays, *(first for first, _how in windows))
    months: dict[uuid.UUID, list[tuple[str, Decimal]]] = defaultdict(list)
    for row in rows:
        if row[1] is None:
            facts.summaries[row[0]] = {window: row[3 + index] for index, window in enumerate(windows)}
        else:
            months[row[0]].append((row[1], row[2]))
    closed = {period: Month.parse(period) for held in months.values() for period, _value in held}
    day = timedelta(days=1)
    for employee_id, held in months.items():
        stays, home = facts.stays[employee_id], facts.people[employee_id].home_frontline
        for period, value in sorted(held):
            month = closed[period]
            if frontline_days(stays, home, month.first, month.last + day):
                facts.percentiles[employee_id].append((period, value))
