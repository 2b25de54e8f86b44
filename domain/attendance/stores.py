"""Store-side presence proof: registered Wi-Fi access points and the rotating clock-in QR code."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attendance import rules
from domain.attendance.models import StoreAccessPoint
from domain.attendance.schemas import AccessPointRead, AccessPointsUpdate, ClockQr
from domain.org.places import managed_store
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.i18n import _


async def list_access_points(session: AsyncSession, *, actor: Actor, store_id: uuid.UUID) -> list[AccessPointRead]:
    store = await managed_store(session, actor, store_id)
    rows = await session.scalars(
        select(StoreAccessPoint).where(StoreAccessPoint.store_id == store.id).order_by(StoreAccessPoint.bssid)
    )
    return [AccessPointRead.model_validate(r) for r in rows]


async def replace_access_points(
    session: AsyncSession, *, actor: Actor, clock: Clock, store_id: uuid.UUID, data: AccessPointsUpdate
) -> list[AccessPointRead]:
    """HR and administrators register a store's access points (the whole list is replaced)."""
    store = await managed_store(session, actor, store_id)
    require_role(
        actor, Role.HR, Role.ADMIN, refusal=_("Only HR and administrators register a store's Wi-Fi access points.")
    )
    before = [r.bssid for r in await list_access_points(session, actor=actor, store_id=store.id)]
    wanted = {rules.normalise_bssid(ap.bssid): ap.label for ap in data.access_points}
    await session.execute(delete(StoreAccessPoint).where(StoreAccessPoint.store_id == store.id))
    now = clock.now()
    session.add_all(
        StoreAccessPoint(store_id=store.id, bssid=bssid, label=label, created_at=now) for bssid, label in wanted.items()
    )
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="store.access_points_replaced",
        entity_type="org_unit",
        entity_id=store.id,
        changes={"access_points": {"before": before, "after": sorted(wanted)}},
    )
    return await list_access_points(session, actor=actor, store_id=store.id)


async def clock_qr(session: AsyncSession, *, actor: Actor, clock: Clock, secret: bytes, store_id: uuid.UUID) -> ClockQr:
    """The code the store's screen shows now; it rotates every 30 seconds."""
    store = await managed_store(session, actor, store_id)
    now = clock.now()
    window = rules.qr_window(now)
    starts = now - timedelta(seconds=now.timestamp() % rules.QR_WINDOW_S)
    return ClockQr(
        token=rules.qr_token(secret, store.id, window),
        valid_from=starts,
        refresh_at=starts + timedelta(seconds=rules.QR_WINDOW_S),
    )
