"""What managers and HR read of training: their people's progress (a store manager's store, a
department head's department, HR and leaders anyone), and HR's dashboard of a year: participation
(the share of active people with at least one completion) per department or region, and per course
how many took it, how many passed and the average exam score. Each is a handful of set-based reads."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today
from domain.people.models import Employee, EmployeeStatus
from domain.people.scope import visible_employees
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, decode_cursor, encode_cursor
from domain.training.models import Course, CreditEntry, TrainingCompletion
from domain.training.policy import rules_in_force
from domain.training.rules import CreditCategory, centi_text, level_for, next_level
from domain.training.schemas import CourseStats, GroupParticipation, PersonProgress, TrainingDashboard

GROUP_KINDS = (OrgUnitKind.DEPARTMENT, OrgUnitKind.REGION)


async def progress(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    unit_id: uuid.UUID | None = None,
    year: int | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[PersonProgress]:
    """The people in the actor's sight (narrowed to a unit's subtree), by employee number: their
    balance and level, the year's credits by category and what the next level still needs."""
    require_role(
        actor,
        Role.STORE_MANAGER,
        Role.DEPT_HEAD,
        Role.HR,
        Role.LEADER,
        Role.ADMIN,
        refusal=_("Training progress is for managers, HR and leaders."),
        slug="training.forbidden",
    )
    year = year or (await organisation_today(session, clock)).year
    query = (
        select(Employee.id, Employee.employee_no, Employee.full_name)
        .where(await visible_employees(session, actor, clock), Employee.status == EmployeeStatus.ACTIVE)
        .order_by(Employee.employee_no)
        .limit(limit + 1)
    )
    if unit_id is not None:
        root = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == unit_id))
        if root is None:
            return Slice(items=[], next_cursor=None)
        query = query.where(Employee.home_unit_id.in_(select(OrgUnit.id).where(OrgUnit.path.startswith(root))))
    if cursor is not None:
        (last_no,) = decode_cursor(cursor, arity=1)
        query = query.where(Employee.employee_no > str(last_no))
    people = list((await session.execute(query)).all())
    next_cursor = encode_cursor([people[limit - 1][1]]) if len(people) > limit else None
    people = people[:limit]
    in_year = CreditEntry.counts_in.like(f"{year:04d}-%")
    sums = await session.execute(
        select(
            CreditEntry.employee_id,
            CreditEntry.category,
            func.sum(CreditEntry.credits_centi),
            func.sum(case((in_year, CreditEntry.credits_centi), else_=0)),
        )
        .where(CreditEntry.employee_id.in_([person[0] for person in people]))
        .group_by(CreditEntry.employee_id, CreditEntry.category)
    )
    balances: dict[uuid.UUID, int] = defaultdict(int)
    this_year: dict[uuid.UUID, dict[CreditCategory, int]] = defaultdict(dict)
    for employee_id, category, all_time, year_sum in sums:
        balances[employee_id] += int(all_time or 0)
        this_year[employee_id][CreditCategory(category)] = int(year_sum or 0)
    policy, _version = await rules_in_force(session)
    rows = []
    for employee_id, number, name in people:
        balance = balances.get(employee_id, 0)
        upcoming = next_level(balance, policy.thresholds_centi)
        earned = this_year.get(employee_id, {})
        rows.append(
            PersonProgress(
                employee_id=employee_id,
                employee_no=number,
                full_name=name,
                balance=centi_text(balance),
                level=level_for(balance, policy.thresholds_centi),
                year_total=centi_text(sum(earned.values())),
                by_category={category.value: centi_text(earned.get(category, 0)) for category in CreditCategory},
                next_level_missing=None if upcoming is None else centi_text(upcoming[1]),
            )
        )
    return Slice(items=rows, next_cursor=next_cursor)


@dataclass(frozen=True, slots=True)
class _Group:
    id: uuid.UUID
    code: str
    name: str


def share_percent(part: int, whole: int) -> str | None:
    """part / whole as a percentage to one decimal, half up; None of nobody."""
    if whole == 0:
        return None
    return str((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


async def dashboard(session: AsyncSession, *, actor: Actor, clock: Clock, year: int | None = None) -> TrainingDashboard:
    require_role(
        actor,
        Role.HR,
        Role.LEADER,
        Role.ADMIN,
        refusal=_("The training dashboard is for HR and leaders."),
        slug="training.forbidden",
    )
    year = year or (await organisation_today(session, clock)).year
    first, last = date(year, 1, 1), date(year, 12, 31)
    units = {
        unit_id: (kind, path, code, name)
        for unit_id, kind, path, code, name in await session.execute(
            select(OrgUnit.id, OrgUnit.kind, OrgUnit.path, OrgUnit.code, OrgUnit.name)
        )
    }
    by_path = {path: unit_id for unit_id, (_kind, path, _code, _name) in units.items()}

    def group_of(unit_id: uuid.UUID) -> _Group | None:
        """The nearest department or region at or above a unit (stores roll up to their region)."""
        _kind, path, _code, _name = units[unit_id]
        segments = path.strip("/").split("/")
        for depth in range(len(segments), 0, -1):
            ancestor = by_path.get("/" + "/".join(segments[:depth]) + "/")
            if ancestor is not None and units[ancestor][0] in GROUP_KINDS:
                return _Group(ancestor, units[ancestor][2], units[ancestor][3])
        return None

    took = select(distinct(TrainingCompletion.employee_id)).where(
        TrainingCompletion.completed_on >= first, TrainingCompletion.completed_on <= last
    )
    per_unit = await session.execute(
        select(
            Employee.home_unit_id,
            func.count(),
            func.sum(case((Employee.id.in_(took), 1), else_=0)),
        )
        .where(Employee.status == EmployeeStatus.ACTIVE)
        .group_by(Employee.home_unit_id)
    )
    totals: dict[_Group | None, list[int]] = defaultdict(lambda: [0, 0])
    for unit_id, people, participants in per_unit:
        group = group_of(unit_id)
        totals[group][0] += int(people)
        totals[group][1] += int(participants or 0)
    everyone = sum(people for people, _ in totals.values())
    participants = sum(part for _, part in totals.values())
    groups = [
        GroupParticipation(
            unit_id=group.id if group else None,
            unit_code=group.code if group else None,
            unit_name=group.name if group else None,
            people=people,
            participants=part,
            participation_percent=share_percent(part, people),
        )
        for group, (people, part) in sorted(totals.items(), key=lambda item: item[0].code if item[0] else "")
    ]
    per_course = await session.execute(
        select(
            TrainingCompletion.course_code,
            Course.title,
            func.count(distinct(TrainingCompletion.employee_id)),
            func.count(distinct(case((TrainingCompletion.earned_centi > 0, TrainingCompletion.employee_id)))),
            func.avg(TrainingCompletion.exam_score),
        )
        .join(Course, Course.code == TrainingCompletion.course_code)
        .where(TrainingCompletion.completed_on >= first, TrainingCompletion.completed_on <= last)
        .group_by(TrainingCompletion.course_code, Course.title)
        .order_by(TrainingCompletion.course_code)
    )
    courses = [
        CourseStats(
            course_code=code,
            course_title=title,
            people=int(attempted),
            passed=int(passed),
            completion_percent=share_percent(int(passed), int(attempted)),
            average_exam_score=None
            if average is None
            else str(Decimal(str(average)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)),
        )
        for code, title, attempted, passed, average in per_course
    ]
    return TrainingDashboard(
        year=year,
        people=everyone,
        participants=participants,
        participation_percent=share_percent(participants, everyone),
        by_group=groups,
        by_course=courses,
    )
