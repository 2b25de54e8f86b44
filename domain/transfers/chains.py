"""Approval chains per kind of request: the configured one or the default."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.scopes import require_person
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.i18n import _
from domain.transfers import rules
from domain.transfers.models import (
    TransferChain,
    TransferKind,
)
from domain.transfers.schemas import (
    ChainRead,
    ChainStep,
    ChainUpdate,
)


async def chain_steps(session: AsyncSession, kind: TransferKind) -> list[dict[str, Any]]:
    row = await session.get(TransferChain, kind)
    return list(row.steps) if row else [dict(step) for step in rules.DEFAULT_CHAIN]


async def get_chain(session: AsyncSession, *, actor: Actor, kind: TransferKind) -> ChainRead:
    """Any signed-in person may read a chain: requesters see who will decide before they ask."""
    require_person(actor)
    row = await session.get(TransferChain, kind)
    steps = row.steps if row else rules.DEFAULT_CHAIN
    return ChainRead(
        kind=kind,
        steps=[ChainStep.model_validate(s) for s in steps],
        updated_at=row.updated_at if row else None,
        is_default=row is None,
    )


async def set_chain(
    session: AsyncSession, *, actor: Actor, clock: Clock, kind: TransferKind, data: ChainUpdate
) -> ChainRead:
    require_role(actor, Role.ADMIN, refusal=_("Only administrators configure approval chains."))
    steps = [step.model_dump(mode="json") for step in data.steps]
    row = await session.get(TransferChain, kind)
    before = row.steps if row else rules.DEFAULT_CHAIN
    if row is None:
        row = TransferChain(kind=kind, steps=steps, updated_at=clock.now(), updated_by=actor.account_id)
        session.add(row)
    else:
        row.steps = steps
        row.updated_at = clock.now()
        row.updated_by = actor.account_id
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="transfer_chain.updated",
        entity_type="transfer_chain",
        entity_id=kind.value,
        changes={"steps": {"before": before, "after": steps}},
    )
    return await get_chain(session, actor=actor, kind=kind)
