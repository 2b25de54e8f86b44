"""A person's growth archive (成长档案), for the person, their line managers, HR and leaders: every
posting (each stay at another unit, by effective-dated assignments) with the closed months' scores
of the part spent there, their credits and level, the tickets they raised and resolved, their
mentoring as a secondee, where they stand on the promotion rules, and the recognition cards
they received (private ones only for readers who may read them). Frozen scores, not live ones:
the archive shows what was closed, so it reads the same next year."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.growth.eligibility import evaluate_all, standing
from domain.growth.mentors import mentorship_reads
from domain.growth.models import EligibilityRule, Mentorship
from domain.growth.schemas import (
    ArchiveCredits,
    ArchiveMetric,
    ArchiveMonth,
    ArchivePosting,
    ArchiveTickets,
    GrowthArchive,
)
from domain.org.models import OrgUnit
from domain.org.queries import organisation_today
from domain.people.models import Account, Assignment
from domain.people.scope import get_visible_employee
from domain.performance.models import FrozenScore, PerformancePeriod
from domain.performance.months import Month
from domain.recognition.queries import archive_cards
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.tickets.models import Ticket
from domain.training.ledger import balance_of
from domain.training.policy import rules_in_force
from domain.training.rules import centi_text, level_for


async def growth_archive(session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID) -> GrowthArchive:
    employee = await get_visible_employee(session, actor, clock, employee_id)
    today = await organisation_today(session, clock)
    stays = (
        await session.execute(
            select(Assignment, OrgUnit.code, OrgUnit.name, OrgUnit.kind)
            .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
            .where(Assignment.employee_id == employee.id, Assignment.cancelled_at.is_(None))
            .order_by(Assignment.valid_from, Assignment.created_at)
        )
    ).all()
    months = await _closed_parts(session, employee.id)
    postings = []
    for stay, code, name, kind in stays:
        last = None if stay.valid_to is None else stay.valid_to - timedelta(days=1)
        postings.append(
            ArchivePosting(
                unit_id=stay.unit_id,
                unit_code=code,
                unit_name=name,
                unit_kind=str(kind),
                kind=str(stay.kind),
                starts_on=stay.valid_from,
                ends_on=last,
                transfer_id=stay.transfer_id,
                months=[
                    month
                    for period, month in months.get(stay.unit_id, [])
                    if Month.parse(period).last >= stay.valid_from
                    and (last is None or Month.parse(period).first <= last)
                ],
            )
        )
    policy = (await rules_in_force(session))[0]
    balance = await balance_of(session, employee.id)
    account = await session.scalar(select(Account.id).where(Account.employee_id == employee.id))
    raised = resolved = 0
    if account is not None:
        raised = await session.scalar(select(func.count()).where(Ticket.requester_account_id == account)) or 0
        resolved = (
            await session.scalar(
                select(func.count()).where(Ticket.assignee_account_id == account, Ticket.resolved_at.is_not(None))
            )
            or 0
        )
    mentored = list(
        await session.scalars(
            select(Mentorship).where(Mentorship.mentee_id == employee.id).order_by(Mentorship.assigned_at)
        )
    )
    rules = list(
        await session.scalars(
            select(EligibilityRule).where(EligibilityRule.active.is_(True)).order_by(EligibilityRule.code)
        )
    )
    return GrowthArchive(
        employee_id=employee.id,
        employee_no=employee.employee_no,
        full_name=employee.full_name,
        postings=postings,
        credits=ArchiveCredits(balance=centi_text(balance), level=level_for(balance, policy.thresholds_centi).value),
        tickets=ArchiveTickets(raised=int(raised), resolved=int(resolved)),
        mentorships=await mentorship_reads(session, mentored, today),
        eligibility=[standing(e, actor.language) for e in await evaluate_all(session, today, rules, [employee.id])],
        recognition=await archive_cards(session, actor=actor, clock=clock, employee_id=employee.id),
    )


async def _closed_parts(
    session: AsyncSession, employee_id: uuid.UUID
) -> dict[uuid.UUID, list[tuple[str, ArchiveMonth]]]:
    """Each closed month's parts of the person's frozen score, by unit (the latest closing)."""
    rows = await session.execute(
        select(FrozenScore.period, FrozenScore.breakdown)
        .join(
            PerformancePeriod,
            (PerformancePeriod.period == FrozenScore.period) & (PerformancePeriod.closings == FrozenScore.closing),
        )
        .where(FrozenScore.employee_id == employee_id, PerformancePeriod.status == "closed")
        .order_by(FrozenScore.period)
    )
    found: dict[uuid.UUID, list[tuple[str, ArchiveMonth]]] = defaultdict(list)
    for period, document in rows:
        for part in (document or {}).get("parts", []):
            found[uuid.UUID(part["unit_id"])].append((period, _month(period, part)))
    return found


def _month(period: str, part: dict[str, Any]) -> ArchiveMonth:
    return ArchiveMonth(
        period=period,
        days=int(part.get("days") or 0),
        score=part.get("score"),
        metrics=[
            ArchiveMetric(
                metric_code=line["metric_code"],
                metric_name=line.get("metric_name", line["metric_code"]),
                value=line.get("value"),
                target=line.get("target"),
                points=line.get("points"),
            )
            for line in part.get("metrics", [])
        ],
    )
