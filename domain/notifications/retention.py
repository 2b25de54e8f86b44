"""Read notifications are history nobody opens after a while; unread ones stay until read."""

from __future__ import annotations

from datetime import timedelta

from domain.notifications.models import Notification
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.retention import Retention, purge_batch


async def purge_read(database: Database, clock: Clock, keep: timedelta = Retention.read_notifications) -> int:
    """Worker job: drops a batch of notifications read `keep` ago or longer."""
    return await purge_batch(database, (Notification.seq,), Notification.read_at < clock.now() - keep)
