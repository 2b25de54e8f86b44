"""Who plans a store's postings (HR, or a store manager over the store) and who sees a posting: a
draft only who drafted it and those who plan it; anything else answers 404."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.places import managed_store, manages_store
from domain.postings.models import Posting, PostingStatus
from domain.shared.access import holds_role
from domain.shared.actor import Actor, Role
from domain.shared.errors import NotFound
from domain.shared.i18n import _


def hr(actor: Actor) -> bool:
    return holds_role(actor, Role.HR, Role.ADMIN)


def _not_found(posting_id: uuid.UUID) -> NotFound:
    return NotFound(_("No posting {posting_id}.", posting_id=posting_id), slug="posting.not_found")


async def plans(session: AsyncSession, actor: Actor, unit_id: uuid.UUID) -> bool:
    """HR, or a store manager over the unit. Seeing the unit is not enough: a leader who also
    manages one store plans that store's postings, not every store the leader role shows."""
    if hr(actor):
        return True
    if not holds_role(actor, Role.STORE_MANAGER):
        return False
    try:
        store = await managed_store(session, actor, unit_id)
    except NotFound:
        return False
    return await manages_store(session, actor, store)


async def visible(session: AsyncSession, actor: Actor, posting_id: uuid.UUID, *, lock: bool = False) -> Posting:
    query = select(Posting).where(Posting.id == posting_id)
    posting = await session.scalar(query.with_for_update() if lock else query)
    if posting is None:
        raise _not_found(posting_id)
    if posting.status == PostingStatus.DRAFT.value and not (
        posting.created_by == actor.account_id or await plans(session, actor, posting.unit_id)
    ):
        raise _not_found(posting_id)
    return posting
