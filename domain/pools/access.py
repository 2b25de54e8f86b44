"""Who sees a pool: HR, leaders and administrators see every pool and every line; a member sees the
pools they are in and only their own lines; anyone else is told the pool does not exist (404).
Only HR and administrators change pools and move them through settlement."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.pools import preview, standings
from domain.pools.models import Pool, PoolLedgerEntry
from domain.pools.schemas import PoolPreview
from domain.shared.access import holds_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Forbidden, NotFound
from domain.shared.i18n import _


def is_admin(actor: Actor) -> bool:
    return holds_role(actor, Role.HR, Role.ADMIN)


def sees_all(actor: Actor) -> bool:
    return holds_role(actor, Role.HR, Role.ADMIN, Role.LEADER)


def require_hr(actor: Actor) -> None:
    if not is_admin(actor):
        raise Forbidden(_("Only HR and administrators manage pools."), slug="pool.hr_only")


def require_reader(actor: Actor) -> None:
    if not sees_all(actor):
        raise Forbidden(
            _("Only HR, leaders and administrators list pools; members use /me/pools."), slug="pool.hr_only"
        )


def not_found() -> NotFound:
    return NotFound(_("No such pool."), slug="pool.not_found")


async def member_view(
    session: AsyncSession,
    actor: Actor,
    clock: Clock,
    pool: Pool,
    *,
    live: PoolPreview | None = None,
    paid: bool | None = None,
) -> PoolPreview | None:
    """The pool as the actor's own lines show it (as calculated once calculated, else live), or None
    when the actor is not in it. What the caller already knows is not read again: `live`, the pool's
    live computation; `paid`, whether the ledger holds entries for the actor in this pool."""
    if actor.is_client or actor.employee_id is None:
        return None
    if live is not None and not preview.is_frozen(pool):
        view = live
    else:
        view = await standings.member_view(session, pool, actor.employee_id, clock.now())
    mine = [line for line in view.members if line.employee_id == actor.employee_id]
    if not mine:
        if pool.locked_at is None:
            return None
        if paid is None:
            paid = (
                await session.scalar(
                    select(PoolLedgerEntry.id)
                    .where(PoolLedgerEntry.pool_id == pool.id, PoolLedgerEntry.employee_id == actor.employee_id)
                    .limit(1)
                )
                is not None
            )
        if not paid:
            return None
    return view.model_copy(update={"members": mine})


async def require_sight(session: AsyncSession, actor: Actor, clock: Clock, pool: Pool) -> None:
    if sees_all(actor):
        return
    if await member_view(session, actor, clock, pool) is None:
        raise not_found()


async def require_admin_of(session: AsyncSession, actor: Actor, clock: Clock, pool: Pool) -> None:
    """HR and administrators pass; someone who may see the pool is refused (403); anyone else 404."""
    if is_admin(actor):
        return
    await require_sight(session, actor, clock, pool)
    require_hr(actor)
