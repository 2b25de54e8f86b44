"""Monthly totals that other contexts keep and performance scores: sales (the sales context) and
training credits (training). The context that owns a figure registers how to read it when its
package is imported, so performance reads these totals without importing their tables, and the
contexts stay in one order (the layers contract in pyproject.toml). `domain.models`, which every
process that touches the database imports, imports every context, so every registration is made
before a month is scored; a missing one is an error, never a silent zero."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Awaitable, Callable, Collection, Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance.months import Month


class Totals(enum.StrEnum):
    EMPLOYEE_SALES = "employee_sales"  # (employee, currency, minor units) of the month's sales
    STORE_SALES = "store_sales"  # (store, currency, minor units)
    TRAINING_CREDITS = "training_credits"  # (employee, None, credits in hundredths) counting in the month


# (session, month, subject ids or None for everyone) -> rows of (subject, currency or None, integer total)
TotalsReader = Callable[
    [AsyncSession, Month, Collection[uuid.UUID] | None], Awaitable[Iterable[tuple[uuid.UUID, str | None, int]]]
]
_readers: dict[Totals, TotalsReader] = {}


def register(totals: Totals, reader: TotalsReader) -> None:
    _readers[totals] = reader


async def read(
    session: AsyncSession, totals: Totals, month: Month, subjects: Collection[uuid.UUID] | None
) -> Iterable[tuple[uuid.UUID, str | None, int]]:
    reader = _readers.get(totals)
    if reader is None:
        raise RuntimeError(f"no reader registered for {totals.value}: import domain.models first")
    return await reader(session, month, subjects)
