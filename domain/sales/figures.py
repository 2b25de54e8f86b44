"""The month's sales per person and per store, as performance scores them (domain.performance.sources)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance.months import Month
from domain.sales.models import DailyEmployeeSales, DailyStoreSales


async def _totals(
    session: AsyncSession, table: Any, subject: Any, month: Month, subjects: Collection[uuid.UUID] | None
) -> Iterable[tuple[uuid.UUID, str | None, int]]:
    rows = await session.execute(
        select(subject, table.currency, func.sum(table.amount_minor))
        .where(
            true() if subjects is None else subject.in_(subjects),
            table.business_date >= month.first,
            table.business_date <= month.last,
        )
        .group_by(subject, table.currency)
    )
    return [(row[0], row[1], int(row[2])) for row in rows]


async def employee_sales(
    session: AsyncSession, month: Month, subjects: Collection[uuid.UUID] | None
) -> Iterable[tuple[uuid.UUID, str | None, int]]:
    return await _totals(session, DailyEmployeeSales, DailyEmployeeSales.employee_id, month, subjects)


async def store_sales(
    session: AsyncSession, month: Month, subjects: Collection[uuid.UUID] | None
) -> Iterable[tuple[uuid.UUID, str | None, int]]:
    return await _totals(session, DailyStoreSales, DailyStoreSales.store_id, month, subjects)
