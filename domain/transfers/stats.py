"""Figures for HR: requests, decisions, time to decide and participation per department."""

from __future__ import annotations

import statistics
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_timezone
from domain.people.models import Assignment, AssignmentKind, Employee, EmployeeStatus
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.transfers.models import (
    Transfer,
    TransferStatus,
)
from domain.transfers.schemas import (
    DepartmentParticipation,
    TransferStats,
)


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
    submitted = (
        await session.scalars(select(Transfer).where(Transfer.submitted_at >= start, Transfer.submitted_at < end))
    ).all()
    decided = (
        await session.scalars(
            select(Transfer).where(
                Transfer.decided_at >= start,
                Transfer.decided_at < end,
                Transfer.status.in_((TransferStatus.APPROVED, TransferStatus.REJECTED, TransferStatus.CANCELLED)),
            )
        )
    ).all()
    approvals = [t for t in decided if t.status in (TransferStatus.APPROVED, TransferStatus.CANCELLED)]
    rejections = [t for t in decided if t.status == TransferStatus.REJECTED]
    waits = [(t.decided_at - t.submitted_at).total_seconds() / 86_400 for t in decided if t.decided_at]
    departments = (
        await session.scalars(select(OrgUnit).where(OrgUnit.kind == OrgUnitKind.DEPARTMENT).order_by(OrgUnit.code))
    ).all()
    seconded_ids = set(
        (
            await session.scalars(
                select(Assignment.employee_id).where(
                    Assignment.kind == AssignmentKind.SECONDMENT,
                    Assignment.cancelled_at.is_(None),
                    Assignment.valid_from <= period_to,
                    or_(Assignment.valid_to.is_(None), Assignment.valid_to > period_from),
                )
            )
        ).all()
    )
    participation = []
    # Every active person with the path of their home unit, read once for all departments.
    active = (
        await session.execute(
            select(Employee.id, OrgUnit.path)
            .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
            .where(Employee.status == EmployeeStatus.ACTIVE, OrgUnit.kind == OrgUnitKind.DEPARTMENT)
        )
    ).all()
    for department in departments:
        people = {employee_id for employee_id, home in active if home.startswith(department.path)}
        seconded = len(people & seconded_ids)
        participation.append(
            DepartmentParticipation(
                department_id=department.id,
                code=department.code,
                name=department.name,
                active_employees=len(people),
                seconded=seconded,
                share=round(seconded / len(people), 4) if people else 0.0,
            )
        )
    return TransferStats(
        period_from=period_from,
        period_to=period_to,
        requests=len(submitted),
        approvals=len(approvals),
        rejections=len(rejections),
        median_days_to_decision=round(statistics.median(waits), 2) if waits else None,
        participation=participation,
    )
