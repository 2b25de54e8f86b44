"""Webhook subscriptions and their delivery log as integration clients see them. The signing secret
is shown once: in the answer that creates the subscription and in the one that rotates it."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, field_validator

from domain.shared.i18n import _
from domain.shared.schemas import InputModel
from domain.webhooks.rules import LEGACY_REMOVED_IN, MAX_URL_LENGTH, DeliveryStatus, WebhookEvent, url_problem

MAX_EVENTS = 50


def _receivable(url: str) -> str:
    problem = url_problem(url)
    if problem is not None:
        raise ValueError(problem)
    return url


WebhookUrl = Annotated[
    str,
    StringConstraints(strict=True, min_length=1, max_length=MAX_URL_LENGTH),
    AfterValidator(_receivable),
]
EVENTS_DESCRIPTION = (
    "Exact topics (`ticket.created`) or families (`transfer.*`, `ticket.*`) from the catalog; "
    "`webhook.test` deliveries reach the subscription they test whatever it lists."
)


def _distinct_events(values: list[WebhookEvent] | None) -> list[WebhookEvent] | None:
    if values is not None and len(set(values)) != len(values):
        raise ValueError(_("list each event once"))
    return values


class SubscriptionCreate(InputModel):
    url: WebhookUrl = Field(description="http(s) URL that receives the POSTs; no credentials in it")
    events: list[WebhookEvent] = Field(min_length=1, max_length=MAX_EVENTS, description=EVENTS_DESCRIPTION)

    _events = field_validator("events")(_distinct_events)


class SubscriptionUpdate(InputModel):
    url: WebhookUrl | None = None
    events: list[WebhookEvent] | None = Field(
        default=None, min_length=1, max_length=MAX_EVENTS, description=EVENTS_DESCRIPTION
    )
    active: bool | None = Field(
        default=None,
        description="false pauses deliveries (pending ones are dropped); true re-enables a disabled subscription",
    )

    _events = field_validator("events")(_distinct_events)


class SubscriptionRead(BaseModel):
    id: uuid.UUID
    url: str
    events: list[str]
    active: bool
    failing_since: datetime | None = Field(description="Start of the current streak of failed attempts")
    disabled_at: datetime | None
    disabled_reason: str | None
    created_at: datetime
    updated_at: datetime


class SubscriptionWithSecret(SubscriptionRead):
    secret: str = Field(
        description="Signs every delivery as Standard Webhooks does (`webhook-signature`; `whsec_` + base64 "
        "of 32 random bytes, the form its libraries read) and the deprecated `Frontline-Signature` (no longer "
        f"sent from release {LEGACY_REMOVED_IN}); shown in this answer only, keep it safe"
    )


class AttemptRead(BaseModel):
    attempted_at: datetime
    status_code: int | None = Field(description="The receiver's HTTP status; absent when none came back")
    error: str | None = Field(
        description="`HTTP <status>` for an answer that is no 2xx; `unreachable` when none came back "
        "(the network detail stays with the server)"
    )
    duration_ms: int | None = Field(description="How long the receiver took to answer; absent when it did not")


class DeliveryRead(BaseModel):
    id: uuid.UUID
    subscription_id: uuid.UUID
    event_id: str = Field(
        description="The event's id (`webhook-id`, and Frontline-Event-Id); every retry and redelivery keeps it"
    )
    event_type: str
    occurred_at: datetime | None
    data: dict[str, Any]
    status: DeliveryStatus
    next_attempt_at: datetime | None = Field(description="When it is tried next, while pending")
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None
    attempts: list[AttemptRead] = Field(description="Every try, oldest first")
