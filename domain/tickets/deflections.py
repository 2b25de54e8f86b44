"""Tickets that were never raised because a knowledge-base article solved the problem: the ticket
figures count them per department. The knowledge context keeps them and sits above tickets, so it
registers how to read them when its package is imported (domain/knowledge/__init__.py);
`domain.models` imports every context, so the app and the worker have the reader. A missing one is
an error, never a silent zero."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

# (session, from, to, department or None for all) -> deflections in [from, to) per owning department
DeflectionReader = Callable[[AsyncSession, datetime, datetime, uuid.UUID | None], Awaitable[dict[uuid.UUID, int]]]
_readers: list[DeflectionReader] = []


def register(reader: DeflectionReader) -> None:
    _readers[:] = [reader]


async def by_department(
    session: AsyncSession, period_from: datetime, period_to: datetime, department_id: uuid.UUID | None
) -> dict[uuid.UUID, int]:
    if not _readers:
        raise RuntimeError("no deflection reader registered: import domain.models first")
    return await _readers[0](session, period_from, period_to, department_id)
