"""The events of webhooks (internal: not offered to webhook subscriptions)."""

from __future__ import annotations

import uuid

from domain.shared.events import DomainEvent


class WebhookSubscriptionDisabled(DomainEvent):
    topic = "webhook.subscription_disabled"
    summary = "A webhook subscription was disabled after failing for 24 hours."
    entity_type = "webhook_subscription"
    entity_field = "subscription_id"
    webhook = False

    subscription_id: uuid.UUID
    client_id: uuid.UUID
    url: str
    reason: str
    pending_deliveries_dropped: int
