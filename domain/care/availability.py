"""What other contexts read of care: the policy in force, the constraints a person's profile earns
(stored without reasons) and their approved arrangements, turned into expected minutes per day
(attendance) and target adjustments per month (performance). Nothing here opens the sealed profile,
so these reads need no key and no purpose."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.care import protections
from domain.care.models import (
    ArrangementStatus,
    CarePeriod,
    FlexibleArrangement,
    ProtectionPolicyVersion,
    WomenShareMember,
)
from domain.care.protections import Basis, Constraint, Kind, Policy, Rule, TargetAdjustment, Terms

# the kinds that change a person's hours (the others constrain when, not how long, they work)
_HOURS = (Kind.PROTECTED_TIME.value,)


async def policy_in_force(session: AsyncSession) -> tuple[Policy, int]:
    """The newest policy version (0: China's defaults, never changed)."""
    row = await session.scalar(
        select(ProtectionPolicyVersion).order_by(ProtectionPolicyVersion.version.desc()).limit(1)
    )
    if row is None:
        return protections.CHINA, 0
    return Policy.model_validate(row.document), row.version


def as_constraint(row: CarePeriod) -> Constraint:
    return Constraint(
        Rule(
            Kind(row.kind),
            Basis(row.basis),
            minutes=row.minutes,
            starts=row.starts,
            ends=row.ends,
            km=None if row.km is None else Decimal(row.km),
        ),
        row.start_date,
        row.end_date,
    )


def as_terms(row: FlexibleArrangement) -> Terms:
    return Terms(
        start=row.start_date,
        end=row.end_date,
        reduced_minutes=row.reduced_minutes,
        remote_days_per_week=row.remote_days_per_week,
        window_start=row.window_start,
        window_end=row.window_end,
    )


async def periods_of(
    session: AsyncSession,
    employee_ids: Collection[uuid.UUID] | None,
    start: date,
    end: date,
    *,
    hours_only: bool = False,
) -> dict[uuid.UUID, list[Constraint]]:
    """Each person's stored constraints overlapping [start, end]; None: everyone's."""
    query = select(CarePeriod).where(CarePeriod.start_date <= end, CarePeriod.end_date >= start)
    if employee_ids is not None:
        query = query.where(CarePeriod.employee_id.in_(list(employee_ids)))
    if hours_only:
        query = query.where(CarePeriod.kind.in_(_HOURS))
    found: dict[uuid.UUID, list[Constraint]] = defaultdict(list)
    for row in await session.scalars(query.order_by(CarePeriod.employee_id, CarePeriod.id)):
        found[row.employee_id].append(as_constraint(row))
    return found


async def approved_terms(
    session: AsyncSession, employee_ids: Collection[uuid.UUID] | None, start: date, end: date
) -> dict[uuid.UUID, list[Terms]]:
    """Each person's approved arrangements overlapping [start, end]; None: everyone's."""
    query = select(FlexibleArrangement).where(
        FlexibleArrangement.status == ArrangementStatus.APPROVED.value,
        FlexibleArrangement.start_date <= end,
        FlexibleArrangement.end_date >= start,
    )
    if employee_ids is not None:
        query = query.where(FlexibleArrangement.employee_id.in_(list(employee_ids)))
    found: dict[uuid.UUID, list[Terms]] = defaultdict(list)
    for row in await session.scalars(query.order_by(FlexibleArrangement.start_date)):
        found[row.employee_id].append(as_terms(row))
    return found


async def target_adjustments(
    session: AsyncSession, employee_ids: Collection[uuid.UUID] | None, start: date, end: date
) -> dict[uuid.UUID, TargetAdjustment]:
    """The people (of `employee_ids`, None: anyone) whose available hours in [start, end] fell short
    of the standard, with the factor their volume targets are multiplied by. Three reads whatever
    the number of people: the policy, the hour-changing constraints, the approved arrangements."""
    periods = await periods_of(session, employee_ids, start, end, hours_only=True)
    terms = await approved_terms(session, employee_ids, start, end)
    if not periods and not terms:
        return {}
    policy, _version = await policy_in_force(session)
    found: dict[uuid.UUID, TargetAdjustment] = {}
    for employee_id in {*periods, *terms}:
        adjustment = protections.target_adjustment(
            periods.get(employee_id, []), terms.get(employee_id, []), policy, start, end
        )
        if adjustment is not None:
            found[employee_id] = adjustment
    return found


async def expected_minutes(
    session: AsyncSession, employee_ids: Collection[uuid.UUID], start: date, end: date
) -> dict[tuple[uuid.UUID, date], int]:
    """Ordinary minutes expected of each person on each day of [start, end] (0 on a rest day):
    the policy's day, less protected time, less an approved reduction, within an approved window."""
    if not employee_ids:
        return {}
    periods = await periods_of(session, employee_ids, start, end, hours_only=True)
    terms = await approved_terms(session, employee_ids, start, end)
    policy, _version = await policy_in_force(session)
    return {
        (employee_id, day): protections.day_rules(
            periods.get(employee_id, []), terms.get(employee_id, []), policy, day
        ).expected_minutes
        for employee_id in employee_ids
        for day in protections.days(start, end)
    }


async def women_among(session: AsyncSession, employee_ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
    """Who of these people the women's late-shift share counts (no sealed value is opened)."""
    if not employee_ids:
        return set()
    rows = await session.scalars(
        select(WomenShareMember.employee_id).where(WomenShareMember.employee_id.in_(list(employee_ids)))
    )
    return set(rows)
