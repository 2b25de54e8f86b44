"""Units' names for showing beside their ids, read in one query for a whole page.

A response that carries a unit id also names the unit (`<role>_name`) and, beside it, the name in
Chinese characters when one is recorded (`<role>_local_name`, e.g. 静安寺店), so an app shows the
place without looking the unit up.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit


class UnitName(NamedTuple):
    name: str
    local_name: str | None


async def unit_names(session: AsyncSession, unit_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, UnitName]:
    """Each unit's names, in one query whatever the number of units (none for no units)."""
    wanted = set(unit_ids)
    if not wanted:
        return {}
    rows = await session.execute(select(OrgUnit.id, OrgUnit.name, OrgUnit.local_name).where(OrgUnit.id.in_(wanted)))
    return {unit_id: UnitName(name, local_name) for unit_id, name, local_name in rows}
