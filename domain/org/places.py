"""Stores and projects as places people work, and who plans them: a store manager over the place,
or HR, leaders and administrators. Attendance and rosters both ask this question."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import subtree_paths
from domain.shared.actor import Actor, Role
from domain.shared.errors import NotFound
from domain.shared.i18n import _

PLACES = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)


async def managed_store(session: AsyncSession, actor: Actor, store_id: uuid.UUID) -> OrgUnit:
    """A store the actor manages (a store manager over it) or oversees (HR, leaders, admins);
    anything else answers 404, like a store that does not exist."""
    store = await session.get(OrgUnit, store_id)
    if store is None or store.kind not in PLACES:
        raise NotFound(_("No store {store_id}.", store_id=store_id), slug="store.not_found")
    if actor.sees_everyone or await manages_store(session, actor, store):
        return store
    raise NotFound(_("No store {store_id}.", store_id=store_id), slug="store.not_found")


async def manages_store(session: AsyncSession, actor: Actor, store: OrgUnit) -> bool:
    """A person holding the store-manager role over the store: granted on it or on a unit above it
    (a region's manager manages its stores). Seeing a store is not managing it: a leader who also
    manages one store sees every store through the leader role, but manages that one alone."""
    if actor.is_client:
        return False
    paths = await subtree_paths(session, actor.units_for(Role.STORE_MANAGER))
    return any(store.path.startswith(p) for p in paths)
