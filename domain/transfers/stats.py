"""Figures for HR: requests, decisions, time to decide and participation per department.

Counted by the database (a national chain has tens of thousands of requests and 100,000 people):
only the decisions of the period come back as rows, for the median."""

from __future__ import annotations

import statistics
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_timezone
from domain.people.models import Assignment, AssignmentKind, Employee, EmployeeStatus
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.transfers.models import Transfer, TransferStatus
from domain.transfers.schemas import DepartmentParticipation, TransferStats

_DECIDED = (TransferStatus.APPROVED, TransferStatus.REJECTED, TransferStatus.CANCELLED)


async def transfer_stats(
    session: AsyncSession, *, actor: Actor, clock: Clock, period_from: date, period_to: date
) -> TransferStats:
    """Figures for HR over [from, to]: inclusive days in the organisation's time zone."""
    require_role(
        actor, Role.HR, Role.ADMIN, Role.LEADER, refusal=_("Only HR, leaders and administrators read transfer figures.")
    )
    if period_to < period_from:
        raise InvalidInput(_("`to` must not be before `from`."), field="query.to", slug="validation.invalid_range")
    zone = await organisation_timezone(session)
    start = datetime.combine(period_from, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(period_to + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    requests = await session.scalar(
        select(func.count()).select_from(Transfer).where(Transfer.submitted_at >= start, Transfer.submitted_at < end)
    )
    decided = (
        await session.execute(
            select(Transfer.status, Transfer.submitted_at, Transfer.decided_at).where(
                Transfer.decided_at >= start, Transfer.decided_at < end, Transfer.status.in_(_DECIDED)
            )
        )
    ).all()
    rejections = sum(1 for status, _submitted, _decided in decided if status == TransferStatus.REJECTED)
    waits = [(done - submitted).total_seconds() / 86_400 for _status, submitted, done in decided if done]
    return TransferStats(
        period_from=period_from,
        period_to=period_to,
        requests=requests or 0,
        approvals=len(decided) - rejections,  # those since cancelled were approved in the period
        rejections=rejections,
        median_days_to_decision=round(statistics.median(waits), 2) if waits else None,
        participation=await _participation(session, period_from, period_to),
    )


async def _participation(session: AsyncSession, period_from: date, period_to: date) -> list[DepartmentParticipation]:
    """Per head-office department (its sub-departments included), its active people whose home is a
    department and how many of them were seconded at some time in the period. The people are counted
    per home unit first, so the subtree match compares units, not people."""
    seconded = (
        select(Assignment.employee_id)
        .where(
            Assignment.kind == AssignmentKind.SECONDMENT,
            Assignment.cancelled_at.is_(None),
            Assignment.valid_from <= period_to,
            or_(Assignment.valid_to.is_(None), Assignment.valid_to > period_from),
            Assignment.employee_id == Employee.id,
        )
        .exists()
    )
    per_home = (
        select(
            OrgUnit.path.label("path"),
            func.count().label("active"),
            func.count().filter(seconded).label("seconded"),
        )
        .join(Employee, Employee.home_unit_id == OrgUnit.id)
        .where(OrgUnit.kind == OrgUnitKind.DEPARTMENT, Employee.status == EmployeeStatus.ACTIVE)
        .group_by(OrgUnit.path)
        .subquery()
    )
    department = aliased(OrgUnit)
    rows = await session.execute(
        select(
            department.id,
            department.code,
            department.name,
            func.coalesce(func.sum(per_home.c.active), 0),
            func.coalesce(func.sum(per_home.c.seconded), 0),
        )
        .outerjoin(per_home, per_home.c.path.startswith(department.path))
        .where(department.kind == OrgUnitKind.DEPARTMENT)
        .group_by(department.id, department.code, department.name)
        .order_by(department.code)
    )
    return [
        DepartmentParticipation(
            department_id=department_id,
            code=code,
            name=name,
            active_employees=int(active),
            seconded=int(sent),
            share=round(int(sent) / int(active), 4) if active else 0.0,
        )
        for department_id, code, name, active, sent in rows
    ]
