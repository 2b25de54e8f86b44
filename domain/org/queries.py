"""Reading the org structure: units, subtree paths, and the organisation's time zone and today. The
structure is readable by every signed-in person (the app needs store names and locations), not by
integration clients: no scope covers it, and what they push and read names units by code."""

from __future__ import annotations

import uuid
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import NotFound
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, decode_cursor, encode_cursor


async def get_unit(session: AsyncSession, *, actor: Actor, unit_id: uuid.UUID) -> OrgUnit:
    """The unit, for use cases that decide themselves who may act on it (changing the tree, a payroll
    client's timesheets of its units); 404 when there is none."""
    unit = await session.get(OrgUnit, unit_id)
    if unit is None:
        raise NotFound(_("No org unit {unit_id}.", unit_id=unit_id), slug="org_unit.not_found")
    return unit


async def read_unit(session: AsyncSession, *, actor: Actor, unit_id: uuid.UUID) -> OrgUnit:
    """One unit, for a person signed in; clients are refused before the id is looked up."""
    require_person(actor)
    return await get_unit(session, actor=actor, unit_id=unit_id)


async def list_units(
    session: AsyncSession,
    *,
    actor: Actor,
    kind: OrgUnitKind | None = None,
    parent_id: uuid.UUID | None = None,
    within: uuid.UUID | None = None,
    q: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[OrgUnit]:
    """Units ordered by code; `within` narrows to a unit's subtree (the unit included)."""
    require_person(actor)
    query = select(OrgUnit).order_by(OrgUnit.code).limit(limit + 1)
    if kind is not None:
        query = query.where(OrgUnit.kind == kind)
    if parent_id is not None:
        query = query.where(OrgUnit.parent_id == parent_id)
    if within is not None:
        root = await get_unit(session, actor=actor, unit_id=within)
        query = query.where(OrgUnit.path.startswith(root.path))
    if q:
        query = query.where(or_(OrgUnit.name.icontains(q, autoescape=True), OrgUnit.code.icontains(q, autoescape=True)))
    if cursor is not None:
        (last_code,) = decode_cursor(cursor, arity=1)
        query = query.where(OrgUnit.code > str(last_code))
    rows = list((await session.scalars(query)).all())
    next_cursor = encode_cursor([rows[limit - 1].code]) if len(rows) > limit else None
    return Slice(items=rows[:limit], next_cursor=next_cursor)


async def subtree_paths(session: AsyncSession, unit_ids: tuple[uuid.UUID, ...]) -> list[str]:
    if not unit_ids:
        return []
    return list((await session.scalars(select(OrgUnit.path).where(OrgUnit.id.in_(unit_ids)))).all())


async def organisation_timezone(session: AsyncSession) -> ZoneInfo:
    """The headquarters' time zone: the organisation's days; UTC until an organisation exists."""
    name = await session.scalar(
        select(OrgUnit.timezone)
        .where(OrgUnit.parent_id.is_(None), OrgUnit.kind == OrgUnitKind.HEADQUARTERS)
        .order_by(OrgUnit.created_at, OrgUnit.code)
        .limit(1)
    )
    return ZoneInfo(name or "UTC")


async def organisation_today(session: AsyncSession, clock: Clock) -> date:
    """Today's date in the organisation's time zone, the day effective-dated rules are read on."""
    return clock.now().astimezone(await organisation_timezone(session)).date()
