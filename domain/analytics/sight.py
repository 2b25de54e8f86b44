"""Who reads which analytics: HR, leaders and administrators the whole organisation; a department
head the departments under their grants; a store manager the stores under theirs; anyone else
nothing, and the figures answer them 404 (they do not learn what is measured)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.org.queries import subtree_paths
from domain.shared.access import holds_role
from domain.shared.actor import ORGANISATION_WIDE_READERS, SUBTREE_READERS, Actor
from domain.shared.errors import NotFound
from domain.shared.i18n import _


@dataclass(frozen=True)
class Sight:
    """`paths` None: everything; else the org paths whose subtrees the reader sees."""

    paths: tuple[str, ...] | None

    def covers(self, path: str) -> bool:
        return self.paths is None or any(path.startswith(p) for p in self.paths)


async def sight_of(session: AsyncSession, actor: Actor) -> Sight:
    if holds_role(actor, *ORGANISATION_WIDE_READERS):
        return Sight(None)
    paths = await subtree_paths(session, () if actor.is_client else actor.units_for(*SUBTREE_READERS))
    if not paths:
        raise NotFound(_("No analytics here."), slug="analytics.not_found")
    return Sight(tuple(sorted(paths)))


async def narrowed(session: AsyncSession, sight: Sight, unit_id: uuid.UUID | None) -> Sight:
    """The sight narrowed to one unit's subtree (`unit_id` given); a unit outside the reader's
    sight, or none at all, is 404 like any object out of scope."""
    if unit_id is None:
        return sight
    path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == unit_id))
    if path is None or not sight.covers(path):
        raise NotFound(_("No such unit in your sight."), slug="analytics.unit_not_found")
    return Sight((path,))
