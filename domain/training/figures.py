"""The credits that count in a month per person, as performance scores them (domain.performance.sources)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable

from sqlalchemy import func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance.months import Month
from domain.training.models import CreditEntry


async def credits_in_month(
    session: AsyncSession, month: Month, subjects: Collection[uuid.UUID] | None
) -> Iterable[tuple[uuid.UUID, str | None, int]]:
    rows = await session.execute(
        select(CreditEntry.employee_id, func.sum(CreditEntry.credits_centi))
        .where(
            true() if subjects is None else CreditEntry.employee_id.in_(subjects), CreditEntry.counts_in == str(month)
        )
        .group_by(CreditEntry.employee_id)
    )
    return [(employee_id, None, int(centi or 0)) for employee_id, centi in rows]
