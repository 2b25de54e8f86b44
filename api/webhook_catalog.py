"""The OpenAPI `webhooks` section: one entry per event offered to webhook subscriptions, generated
from the event classes (domain/events.py), so the documented payloads are the recorded ones.

Each delivery is a POST of an envelope `{id, type, version, occurred_at, data}` signed as Standard
Webhooks signs it (the `webhook-*` headers, SIGNING below); `data` is the event's typed data.
"""

# No `from __future__ import annotations`: FastAPI reads the generated body types at definition.

from datetime import datetime
from functools import cache
from typing import Any, Literal

from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, ConfigDict, Field, create_model

from domain.events import EVENTS, DomainEvent
from domain.webhooks.rules import LEGACY_REMOVED_IN

SIGNING = (
    "Signed as [Standard Webhooks](https://www.standardwebhooks.com) signs it, so its libraries verify it "
    "with the subscription's secret (`Webhook(secret).verify(raw body, headers)`): "
    "`webhook-id` (the event's id, the same on every retry and redelivery: deduplicate on it), "
    "`webhook-timestamp` (unix seconds of this try) and "
    '`webhook-signature: v1,<base64 HMAC-SHA256(key, f"{webhook-id}.{webhook-timestamp}.{raw body}")>` '
    "(space-separated; the key is the base64 after `whsec_` in the secret, decoded). "
    "Also `Frontline-Event-Type` (the topic), `Frontline-Event-Id` and `Frontline-Delivery-Id`. "
    f"Deprecated, no longer sent from release {LEGACY_REMOVED_IN}: `Frontline-Timestamp` and "
    '`Frontline-Signature: v1=<hex HMAC-SHA256(secret, f"{timestamp}.{raw body}")>`. '
    "Answer 2xx within 10 s; anything else is retried with backoff for 24 hours."
)


def envelope_of(kind: type[DomainEvent]) -> type[BaseModel]:
    """The body a receiver gets for this event, its `type` and `version` fixed."""
    name = kind.__name__.removesuffix("Event") + "Webhook"
    fields: dict[str, Any] = {
        "id": (str, Field(description="Unique per event; a redelivery repeats it (deduplicate on it)")),
        "type": (Literal[kind.topic], Field(description="The event's topic")),
        "version": (Literal[kind.version], Field(description="The data's schema version")),
        "occurred_at": (datetime, ...),
        "data": (kind, ...),
    }
    return create_model(name, __config__=ConfigDict(title=name), **fields)


def _receiver(body_type: type[BaseModel]) -> Any:
    async def receive(body: body_type) -> None:  # type: ignore[valid-type]
        """Documentation only: Frontline sends this; your receiver answers it."""

    return receive


@cache
def webhooks_router() -> APIRouter:
    """Built once per process (the event classes do not change), shared by every app made."""
    router = APIRouter()
    for topic, kind in sorted(EVENTS.items()):
        if not kind.webhook:
            continue
        router.add_api_route(
            topic,
            _receiver(envelope_of(kind)),
            methods=["POST"],
            summary=kind.summary,
            description=f"{kind.summary}\n\n{SIGNING}",
            operation_id=f"webhook-{topic.replace('.', '_')}",
            status_code=204,
            tags=["webhookEvents"],
        )
    return router


def install_webhook_catalog(app: FastAPI) -> None:
    app.webhooks.include_router(webhooks_router())
