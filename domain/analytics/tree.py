"""Org units as the count figures group them (stores and regions for rosters, any home unit for
care): each unit with what lies under it, and the disjoint parts each group is cut into, so the
suppression of overlapping groups (domain/analytics/rules.py) sees a unit beside its children."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics import cuts
from domain.analytics.cuts import Department
from domain.org.models import OrgUnit, OrgUnitKind

WHOLE = "all"


async def units_of(session: AsyncSession, kinds: Collection[OrgUnitKind]) -> list[Department]:
    """The units of these kinds, in code order (a `Department` is any unit with a path)."""
    rows = await session.execute(
        select(OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.path)
        .where(OrgUnit.kind.in_(list(kinds)))
        .order_by(OrgUnit.code)
    )
    return [Department(*row) for row in rows]


def children(units: Sequence[Department]) -> dict[str, list[str]]:
    """Each group's nearest units below it, by key ("all" for the whole, else cuts.key)."""
    found: dict[str, list[str]] = {cuts.key(u, None): [] for u in units}
    found[WHOLE] = []
    for unit in units:
        above = [u for u in units if u.id != unit.id and unit.path.startswith(u.path)]
        parent = max(above, key=lambda u: len(u.path)) if above else None
        found[cuts.key(parent, None)].append(cuts.key(unit, None))
    return found
