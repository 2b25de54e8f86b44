"""Finished deliveries (delivered, or given up) are the receivers' record for a while, then go."""

from __future__ import annotations

from datetime import timedelta

from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.retention import Retention, purge_batch
from domain.webhooks.models import WebhookDelivery
from domain.webhooks.rules import DeliveryStatus

FINISHED = (DeliveryStatus.DELIVERED.value, DeliveryStatus.FAILED.value)


async def purge_finished_deliveries(
    database: Database, clock: Clock, keep: timedelta = Retention.finished_webhook_deliveries
) -> int:
    """Worker job: drops a batch of deliveries created `keep` ago that are finished (their attempts
    go with them)."""
    return await purge_batch(
        database,
        (WebhookDelivery.id,),
        WebhookDelivery.created_at < clock.now() - keep,
        WebhookDelivery.status.in_(FINISHED),
    )
