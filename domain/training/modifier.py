"""The credit modifier: the year's training credits raise what a person is paid from a bonus or a
pool (by default +1 % per 10 credits, at most +10 %). A bonus rule carries its own step and cap per
population; pools that apply the modifier use the training policy's."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance.months import Month
from domain.training.bonus_rules import credit_modifier_percent
from domain.training.models import CreditEntry
from domain.training.policy import rules_in_force


async def year_credits(
    session: AsyncSession, month: Month, employee_ids: Collection[uuid.UUID] | None = None
) -> dict[uuid.UUID, int]:
    """Each person's credits (hundredths) counted from January to `month` of its year."""
    query = (
        select(CreditEntry.employee_id, func.sum(CreditEntry.credits_centi))
        .where(CreditEntry.counts_in >= f"{month.year:04d}-01", CreditEntry.counts_in <= str(month))
        .group_by(CreditEntry.employee_id)
    )
    if employee_ids is not None:
        query = query.where(CreditEntry.employee_id.in_(list(employee_ids)))
    return {employee_id: int(total) for employee_id, total in await session.execute(query)}


async def policy_modifiers(
    session: AsyncSession, month: Month, employee_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, int]:
    """The percent the policy's modifier adds for each person in `month` (0 without credits)."""
    policy = (await rules_in_force(session))[0]
    credits = await year_credits(session, month, employee_ids)
    return {
        employee_id: credit_modifier_percent(
            credits.get(employee_id, 0), policy.modifier_step_percent, policy.modifier_cap_percent
        )
        for employee_id in employee_ids
    }
