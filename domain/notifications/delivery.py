"""Writing notifications: one per distinct reader, never to whoever caused it, never a kind the
reader muted (unless HR made it mandatory). On PostgreSQL each reader's channel is poked with
NOTIFY, sent at commit, so live streams on every API process learn of it at once."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from domain.notifications.kinds import KINDS
from domain.notifications.models import Notification, NotificationKindSetting, NotificationPreference
from domain.shared.clock import Clock
from domain.shared.ids import new_id

CHANNEL = "frontline_notifications"
# PostgreSQL: one NOTIFY per reader (the payload is the account id), in one statement
NOTIFY_READERS = text("SELECT pg_notify(:channel, reader) FROM unnest(CAST(:readers AS text[])) AS reader")


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
    """The same notice to several readers; returns how many were written."""
    return await notify_each(
        session,
        clock=clock,
        kind=kind,
        params_by_reader={reader: params for reader in readers if reader is not None},
        subject_type=subject_type,
        subject_id=subject_id,
        skip=skip,
    )


async def notify_each(
    session: AsyncSession,
    *,
    clock: Clock,
    kind: str,
    params_by_reader: Mapping[uuid.UUID, dict[str, Any]],
    subject_type: str | None,
    subject_id: uuid.UUID | str | None,
    skip: uuid.UUID | None = None,
) -> int:
    """One notice per reader, each with its own values (a score, a share), written in bulk: the
    mandatory mark and the mutes are read once, the rows go in one statement, and one NOTIFY
    statement pokes every reader's streams. Returns how many were written."""
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    wanted = {reader: params for reader, params in params_by_reader.items() if reader != skip}
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
                        NotificationPreference.account_id.in_(list(wanted)),
                    )
                )
            ).all()
        )
        wanted = {reader: params for reader, params in wanted.items() if reader not in muted}
    if not wanted:
        return 0
    now = clock.now()
    await session.execute(
        insert(Notification),
        [
            {
                "id": new_id(),
                "account_id": reader,
                "kind": kind,
                "subject_type": subject_type,
                "subject_id": str(subject_id) if subject_id is not None else None,
                "params": params,
                "created_at": now,
            }
            for reader, params in wanted.items()
        ],
    )
    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        await session.execute(NOTIFY_READERS, {"channel": CHANNEL, "readers": [str(r) for r in wanted]})
    return len(wanted)
