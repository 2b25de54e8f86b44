"""Writing notifications: one per distinct reader, never to whoever caused it, never a kind the
reader muted (unless HR made it mandatory). On PostgreSQL each reader's channel is poked with
NOTIFY, sent at commit, so live streams on every API process learn of it at once."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.notifications.kinds import KINDS
from domain.notifications.models import Notification, NotificationKindSetting, NotificationPreference
from domain.shared.clock import Clock

CHANNEL = "frontline_notifications"


async def notify(
    session: AsyncSession,
    *,
    clock: Clock,
    kind: str,
    readers: Iterable[uuid.UUID | None],
    subject_type: str | None,
    subject_id: uuid.UUID | str | None,
    params: dict[str, Any],
    skip: uuid.UUID | None = None,
) -> int:
    """Returns how many were written."""
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    wanted = list(dict.fromkeys(r for r in readers if r is not None and r != skip))
    if not wanted:
        return 0
    mandatory = await session.scalar(
        select(NotificationKindSetting.mandatory).where(NotificationKindSetting.kind == kind)
    )
    if not mandatory:
        muted = set(
            (
                await session.scalars(
                    select(NotificationPreference.account_id).where(
                        NotificationPreference.kind == kind,
                        NotificationPreference.muted.is_(True),
                        NotificationPreference.account_id.in_(wanted),
                    )
                )
            ).all()
        )
        wanted = [reader for reader in wanted if reader not in muted]
    now = clock.now()
    for reader in wanted:
        session.add(
            Notification(
                account_id=reader,
                kind=kind,
                subject_type=subject_type,
                subject_id=str(subject_id) if subject_id is not None else None,
                params=params,
                created_at=now,
            )
        )
    if wanted:
        await session.flush()
        connection = await session.connection()
        if connection.dialect.name == "postgresql":
            for reader in wanted:
                await session.execute(select(func.pg_notify(CHANNEL, str(reader))))
    return len(wanted)
