"""Demo data of the recognition context (loaded by api.demo_data.load_demo)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession


async def demo_recognition(
    session: AsyncSession,
    *,
    now: datetime,
    today: date,
    people: dict[str, uuid.UUID],
    accounts: dict[str, uuid.UUID],
    units: dict[str, uuid.UUID],
) -> None:
    """people: demo e-mail -> employee id; accounts: demo e-mail -> account id; units: code -> id."""
