"""The deflections the ticket figures count, read for the tickets context (registered with
domain/tickets/deflections.py when this package is imported: tickets sit below knowledge)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.knowledge.models import KnowledgeDeflection
from domain.tickets import deflections


async def deflections_by_department(
    session: AsyncSession, period_from: datetime, period_to: datetime, department_id: uuid.UUID | None
) -> dict[uuid.UUID, int]:
    """Deflections in [from, to) by the owning department of the article that solved them."""
    query = (
        select(KnowledgeDeflection.department_id, func.count())
        .where(KnowledgeDeflection.occurred_at >= period_from, KnowledgeDeflection.occurred_at < period_to)
        .group_by(KnowledgeDeflection.department_id)
    )
    if department_id is not None:
        query = query.where(KnowledgeDeflection.department_id == department_id)
    return {department: int(count) for department, count in await session.execute(query)}


deflections.register(deflections_by_department)
