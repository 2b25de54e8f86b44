"""What eligibility reads, for many people at once: their frontline stays, their percentiles in the
closed months they spent at the frontline, and their credits, each in a handful of set-based reads
over the widest window the rules ask for (not a few queries per person and rule)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Numeric, Select, case, cast, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.growth.conditions import month_text_before, window_start
from domain.growth.schemas import Condition, Credits, FrontlinePerformance, FrontlineTime
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Account, Assignment, Employee, EmployeeStatus, RoleGrant
from domain.performance import rules as performance_rules
from domain.performance.models import FrozenScore, PerformancePeriod
from domain.performance.month_scores import fetch_rows
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

    def frontline_days(self, employee_id: uuid.UUID, start: date, end: date) -> int:
        stays = self.stays.get(employee_id)
        if not stays:  # most people: home all along
            return (end - start).days if self.people[employee_id].home_frontline and end > start else 0
        return frontline_days(stays, self.people[employee_id].home_frontline, start, end)


def _chunks(ids: Sequence[uuid.UUID]) -> list[Sequence[uuid.UUID]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


async def people(
    session: AsyncSession, *, employee_ids: Collection[uuid.UUID] | None = None, roles: Collection[str] = ()
) -> dict[uuid.UUID, Person]:
    """Active employees (all, or those asked for), with their roles; holders of `roles` only when given."""
    query = (
        select(Employee.id, Employee.employee_no, Employee.full_name, OrgUnit.kind)
        .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
        .where(Employee.status == EmployeeStatus.ACTIVE)
    )
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
    for chunk in _chunks(ids):
        stays = await session.execute(
            select(Assignment.employee_id, Assignment.valid_from, Assignment.valid_to, OrgUnit.kind)
            .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
            .where(
                Assignment.employee_id.in_(chunk),
                Assignment.cancelled_at.is_(None),
                Assignment.valid_from < tomorrow,
                or_(Assignment.valid_to.is_(None), Assignment.valid_to > first_day),
            )
            .order_by(Assignment.employee_id, Assignment.valid_from, Assignment.created_at)
        )
        for employee_id, valid_from, valid_to, kind in stays:
            facts.stays[employee_id].append(Stay(valid_from, valid_to, kind in FRONTLINE))
    if any(isinstance(c, FrontlinePerformance) for c in conditions):
        await _percentiles(session, facts, first_month)
    if any(isinstance(c, Credits) for c in conditions):
        for chunk in _chunks(ids):
            entries = await session.execute(
                select(
                    CreditEntry.employee_id,
                    CreditEntry.counts_in,
                    CreditEntry.category,
                    CreditEntry.course_code,
                    CreditEntry.credits_centi,
                ).where(CreditEntry.employee_id.in_(chunk), CreditEntry.counts_in >= first_credit_month)
            )
            for employee_id, counts_in, category, course_code, centi in entries:
                facts.credits[employee_id].append((counts_in, category, course_code, centi))
        if any(isinstance(c, Credits) and c.skills for c in conditions):
            facts.course_skills = {
                code: frozenset(skills) for code, skills in await session.execute(select(Course.code, Course.skills))
            }
    return facts


def _percentile_query(period: str, closing: int) -> Select[tuple[uuid.UUID, Decimal]]:
    """Everyone scored in the month with the mid-rank percentile of `rules.rank`, worked out by the
    database: 100 (2 below + equal - 1) / (2 (n - 1)), 2 places half up; 100 for a cohort of one."""
    value = cast(FrozenScore.score, Numeric)
    below = func.rank().over(order_by=value) - 1
    equal = func.count().over(partition_by=value)
    cohort = func.count().over()
    exact = cast(2 * below + equal - 1, Numeric) * 100 / (2 * (cohort - 1))
    percentile = case((cohort > 1, func.round(exact, 2)), else_=literal(100, Numeric))
    return select(FrozenScore.employee_id, percentile).where(
        FrozenScore.period == period, FrozenScore.closing == closing, FrozenScore.score.is_not(None)
    )


async def _percentiles(session: AsyncSession, facts: Facts, first_month: str) -> None:
    """Each closed month from `first_month`: everyone scored is ranked (the mid-rank percentile of
    performance rankings; on PostgreSQL by the database, rows read through the driver); the people
    asked about keep theirs where they spent a frontline day. Which months those are is worked out
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
    in_database = (await session.connection()).dialect.name == "postgresql"
    for period, closing, _month in months:
        if in_database:
            ranked: Iterable[tuple[uuid.UUID, Decimal]] = await fetch_rows(session, _percentile_query(period, closing))
        else:
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
