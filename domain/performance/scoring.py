"""A person's live score for a month, as the person and the people over them see it: who may see
whose score, and the days a person spent at each unit. The scoring itself is the month-end scorer's
(`domain.performance.month_scores`, where the rules of parts, scorecards, values and targets are
written down), asked about one person: a person's page and the month's closing are one computation,
so they cannot disagree.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.org.queries import subtree_paths
from domain.people.models import Assignment, Employee
from domain.performance import rules
from domain.performance.models import MetricValue
from domain.performance.month_inputs import population_for
from domain.performance.month_scores import month_scores
from domain.performance.months import Month
from domain.performance.schemas import EmployeeScore, Source
from domain.performance.volume_targets import in_language
from domain.shared.actor import SUBTREE_READERS, Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import NotFound
from domain.shared.i18n import _

# `Month` and `population_for` are imported from here by other modules
__all__ = ["Month", "employee_score", "my_score", "population_for", "score_of", "units_worked"]


async def employee_score(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID, period: str
) -> EmployeeScore:
    """The live score of a person the actor may see: HR, leaders and admins everyone; a store manager
    or department head the people who worked in their units during that month; everyone themselves."""
    month = Month.parse(period)
    employee = await session.get(Employee, employee_id)
    if employee is None or not await _may_see(session, actor, employee, month):
        raise NotFound(_("No employee {employee_id}.", employee_id=employee_id), slug="employee.not_found")
    score = in_language(await score_of(session, employee, month), actor.language)
    if actor.employee_id == employee.id or actor.has_role(Role.HR, Role.ADMIN):
        await _add_comments(session, score, month)
    return score


async def _add_comments(session: AsyncSession, score: EmployeeScore, month: Month) -> None:
    """The comments written with the person's own manual values, on the lines those values score.
    They are words to the person (and HR), so they are not part of the score the month-end freezes."""
    comments = dict(
        (
            await session.execute(
                select(MetricValue.metric_code, MetricValue.comment).where(
                    MetricValue.subject_kind == "employee",
                    MetricValue.subject_id == score.employee_id,
                    MetricValue.period_start == month.first,
                    MetricValue.period_end == month.last,
                    MetricValue.source == Source.MANUAL.value,
                    MetricValue.comment.is_not(None),
                )
            )
        ).all()
    )
    for part in score.parts:
        for line in part.metrics:
            if line.source is Source.MANUAL and line.value is not None:
                line.comment = comments.get(line.metric_code)


async def _may_see(session: AsyncSession, actor: Actor, employee: Employee, month: Month) -> bool:
    if actor.is_client:
        return False
    if actor.sees_everyone or actor.employee_id == employee.id:
        return True
    managed = await subtree_paths(session, actor.units_for(*SUBTREE_READERS))
    if not managed:
        return False
    worked = await units_worked(session, employee, month)
    paths = (await session.scalars(select(OrgUnit.path).where(OrgUnit.id.in_(worked)))).all()
    return any(path.startswith(prefix) for path in paths for prefix in managed)


async def units_worked(session: AsyncSession, employee: Employee, month: Month) -> dict[uuid.UUID, int]:
    """Days at each unit in the month (home unit for days no assignment covers); units with days only."""
    stays = await session.scalars(
        select(Assignment)
        .where(Assignment.employee_id == employee.id, Assignment.cancelled_at.is_(None))
        .order_by(Assignment.valid_from, Assignment.created_at)
    )
    days = rules.days_per_unit(
        month.year,
        month.month,
        [rules.Assignment(a.unit_id, a.valid_from, a.valid_to) for a in stays],
        employee.home_unit_id,
    )
    return {unit: count for unit, count in days.items() if count > 0}


async def my_score(session: AsyncSession, *, actor: Actor, clock: Clock, period: str) -> EmployeeScore:
    if actor.employee_id is None:
        raise NotFound(_("This account is not an employee."), slug="employee.not_found")
    return await employee_score(session, actor=actor, clock=clock, employee_id=actor.employee_id, period=period)


async def score_of(session: AsyncSession, employee: Employee, month: Month) -> EmployeeScore:
    """The live score, no authorization: for services that checked it. The month-end scorer run
    for this one person."""
    (scored,) = await month_scores(session, month, employee_ids=[employee.id])
    return scored.employee_score()
