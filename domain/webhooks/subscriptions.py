"""Webhook subscriptions: an integration client with the `webhooks:manage` scope tells us where to
POST which events, and reads its delivery log.

Each client sees and manages only its own subscriptions (another client's ids answer 404, exactly
like ids that do not exist). The signing secret is ours: generated here (`whsec_` + base64 of 32
random bytes, the Standard Webhooks form), kept to sign deliveries, shown once at creation and at
each rotation. A subscription the client deactivates, or that the delivery job disables after 24
hours of failures, drops its pending deliveries; re-enabling it starts a clean slate.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.scopes import Scope, require_client
from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, timestamp_cursor
from domain.webhooks import rules
from domain.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookSubscription
from domain.webhooks.rules import DeliveryStatus
from domain.webhooks.schemas import (
    AttemptRead,
    DeliveryRead,
    SubscriptionCreate,
    SubscriptionRead,
    SubscriptionUpdate,
    SubscriptionWithSecret,
)
from domain.webhooks.targets import TargetPolicy

DEACTIVATED = "Deactivated by the client."
DROPPED = "Dropped: the subscription was deactivated."
ENTITY = "webhook_subscription"


def new_secret() -> str:
    """`whsec_` + standard base64 of 32 random bytes, as the Standard Webhooks libraries read it
    (secrets issued before were URL-safe base64: see rules.signing_key)."""
    return rules.secret_of(secrets.token_bytes(rules.SECRET_BYTES))


async def _check_url(url: str, *, require_https: bool, targets: TargetPolicy) -> None:
    if require_https and not rules.is_https(url):
        raise InvalidInput(
            _("This server delivers webhooks over https only."), field="body.url", slug="webhook.https_required"
        )
    problem = await targets.url_problem(url)
    if problem is not None:
        raise InvalidInput(
            _("Webhooks are sent to public addresses only: the {problem}.", problem=problem),
            field="body.url",
            slug="webhook.url_not_public",
        )


def _as_read(subscription: WebhookSubscription) -> SubscriptionRead:
    return SubscriptionRead(
        id=subscription.id,
        url=subscription.url,
        events=list(subscription.events),
        active=subscription.active,
        failing_since=subscription.failing_since,
        disabled_at=subscription.disabled_at,
        disabled_reason=subscription.disabled_reason,
        created_at=subscription.created_at,
        updated_at=subscription.updated_at,
    )


def _with_secret(subscription: WebhookSubscription) -> SubscriptionWithSecret:
    return SubscriptionWithSecret(**_as_read(subscription).model_dump(), secret=subscription.secret)


def _settings(subscription: WebhookSubscription) -> dict[str, Any]:
    return {"url": subscription.url, "events": list(subscription.events), "active": subscription.active}


async def _get(
    session: AsyncSession, actor: Actor, subscription_id: uuid.UUID, *, lock: bool = False
) -> WebhookSubscription:
    client_id = require_client(actor, Scope.WEBHOOKS_MANAGE)
    query = select(WebhookSubscription).where(
        WebhookSubscription.id == subscription_id, WebhookSubscription.client_id == client_id
    )
    subscription = await session.scalar(query.with_for_update() if lock else query)
    if subscription is None:
        raise NotFound(
            _("No webhook subscription {subscription_id}.", subscription_id=subscription_id),
            slug="webhook_subscription.not_found",
        )
    return subscription


def _require_active(subscription: WebhookSubscription) -> None:
    if not subscription.active:
        raise Conflict(
            _("The subscription is inactive; re-enable it (PATCH active=true) first."),
            slug="webhook_subscription.inactive",
        )


async def fail_pending(session: AsyncSession, *, subscription_id: uuid.UUID, reason: str) -> int:
    """Pending deliveries of a subscription that stopped are given up (`failed`), with the reason."""
    result = await session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.subscription_id == subscription_id, WebhookDelivery.status == DeliveryStatus.PENDING)
        .values(status=DeliveryStatus.FAILED.value, last_error=reason, locked_until=None)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def create_subscription(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    data: SubscriptionCreate,
    require_https: bool,
    targets: TargetPolicy,
) -> SubscriptionWithSecret:
    """`targets` checks the URL (no loopback, private, link-local or metadata host, resolved or not)."""
    client_id = require_client(actor, Scope.WEBHOOKS_MANAGE)
    await _check_url(data.url, require_https=require_https, targets=targets)
    now = clock.now()
    subscription = WebhookSubscription(
        id=uuid.uuid4(),
        client_id=client_id,
        url=data.url,
        events=[event.value for event in data.events],
        secret=new_secret(),
        active=True,
        created_at=now,
        updated_at=now,
    )
    session.add(subscription)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="webhook_subscription.created",
        entity_type=ENTITY,
        entity_id=subscription.id,
        changes=audit.changed_fields({}, _settings(subscription)),
    )
    return _with_secret(subscription)


async def list_subscriptions(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[SubscriptionRead]:
    """The caller's subscriptions, oldest first."""
    client_id = require_client(actor, Scope.WEBHOOKS_MANAGE)
    query = (
        select(WebhookSubscription)
        .where(WebhookSubscription.client_id == client_id)
        .order_by(WebhookSubscription.created_at, WebhookSubscription.id)
        .limit(limit + 1)
    )
    if cursor is not None:
        query = query.where(
            after_cursor(cursor, WebhookSubscription.created_at, WebhookSubscription.id, newest_first=False)
        )
    rows = list((await session.scalars(query)).all())
    page = rows[:limit]
    next_cursor = timestamp_cursor(page[-1].created_at, page[-1].id) if len(rows) > limit else None
    return Slice(items=[_as_read(s) for s in page], next_cursor=next_cursor)


async def get_subscription(session: AsyncSession, *, actor: Actor, subscription_id: uuid.UUID) -> SubscriptionRead:
    return _as_read(await _get(session, actor, subscription_id))


async def update_subscription(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    subscription_id: uuid.UUID,
    data: SubscriptionUpdate,
    require_https: bool,
    targets: TargetPolicy,
) -> SubscriptionRead:
    """URL, events, and on/off. Switching off drops pending deliveries; switching a deactivated or
    disabled subscription back on clears its failure streak and the disabling."""
    require_client(actor, Scope.WEBHOOKS_MANAGE)
    changes = data.model_dump(exclude_unset=True)
    for name in ("url", "events", "active"):
        if name in changes and changes[name] is None:
            raise InvalidInput(_("{name} cannot be null; leave it out to keep it.", name=name), field=f"body.{name}")
    if data.url is not None:  # before the row lock: resolving the name may take a moment
        await _check_url(data.url, require_https=require_https, targets=targets)
    subscription = await _get(session, actor, subscription_id, lock=True)
    before = _settings(subscription)
    now = clock.now()
    if data.url is not None:
        subscription.url = data.url
    if data.events is not None:
        subscription.events = [event.value for event in data.events]
    if data.active is True and not subscription.active:
        subscription.active = True
        subscription.failing_since = None
        subscription.disabled_at = None
        subscription.disabled_reason = None
    elif data.active is False and subscription.active:
        subscription.active = False
        subscription.disabled_at = now
        subscription.disabled_reason = DEACTIVATED
        await fail_pending(session, subscription_id=subscription.id, reason=DROPPED)
    diff = audit.changed_fields(before, _settings(subscription))
    if diff:
        subscription.updated_at = now
        await session.flush()
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="webhook_subscription.updated",
            entity_type=ENTITY,
            entity_id=subscription.id,
            changes=diff,
        )
    return _as_read(subscription)


async def delete_subscription(session: AsyncSession, *, actor: Actor, clock: Clock, subscription_id: uuid.UUID) -> None:
    """Its deliveries and their log go with it."""
    subscription = await _get(session, actor, subscription_id, lock=True)
    before = _settings(subscription)
    await session.execute(delete(WebhookSubscription).where(WebhookSubscription.id == subscription.id))
    session.expunge(subscription)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="webhook_subscription.deleted",
        entity_type=ENTITY,
        entity_id=subscription_id,
        changes=audit.changed_fields(before, {}),
    )


async def rotate_secret(
    session: AsyncSession, *, actor: Actor, clock: Clock, subscription_id: uuid.UUID
) -> SubscriptionWithSecret:
    """A new secret at once: deliveries sent from now on are signed with it."""
    subscription = await _get(session, actor, subscription_id, lock=True)
    subscription.secret = new_secret()
    subscription.updated_at = clock.now()
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="webhook_subscription.secret_rotated",
        entity_type=ENTITY,
        entity_id=subscription.id,
        changes={"secret": {"before": "***", "after": "***"}},
    )
    return _with_secret(subscription)


def _new_delivery(
    subscription_id: uuid.UUID, *, row_event_id: str, topic: str, body: dict[str, Any], now: datetime
) -> WebhookDelivery:
    return WebhookDelivery(
        id=uuid.uuid4(),
        subscription_id=subscription_id,
        event_id=row_event_id,
        event_type=topic,
        payload=body,
        status=DeliveryStatus.PENDING.value,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )


def as_delivery_read(delivery: WebhookDelivery, attempts: Sequence[WebhookAttempt]) -> DeliveryRead:
    body = delivery.payload
    data = body.get("data")
    return DeliveryRead(
        id=delivery.id,
        subscription_id=delivery.subscription_id,
        event_id=str(body.get("id", delivery.event_id)),
        event_type=delivery.event_type,
        occurred_at=body.get("occurred_at"),
        data=data if isinstance(data, dict) else {},
        status=DeliveryStatus(delivery.status),
        next_attempt_at=delivery.next_attempt_at if delivery.status == DeliveryStatus.PENDING else None,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        created_at=delivery.created_at,
        delivered_at=delivery.delivered_at,
        attempts=[
            AttemptRead(
                attempted_at=a.attempted_at,
                status_code=a.status_code,
                error=a.error,
                # how long a try without an answer took tells refused from filtered ports: not shown
                duration_ms=a.duration_ms if a.status_code is not None else None,
            )
            for a in attempts
        ],
    )


async def send_test(session: AsyncSession, *, actor: Actor, clock: Clock, subscription_id: uuid.UUID) -> DeliveryRead:
    """Queues a `webhook.test` delivery to this subscription; the worker sends it on its next pass."""
    subscription = await _get(session, actor, subscription_id)
    _require_active(subscription)
    now = clock.now()
    event_id = f"evt_test_{uuid.uuid4().hex[:20]}"
    body = rules.envelope(
        event_id=event_id,
        topic=rules.TEST_EVENT,
        version=1,
        occurred_at=now,
        data={"subscription_id": str(subscription.id), "message": "A test delivery from Frontline."},
    )
    delivery = _new_delivery(subscription.id, row_event_id=event_id, topic=rules.TEST_EVENT, body=body, now=now)
    session.add(delivery)
    await session.flush()
    return as_delivery_read(delivery, [])


async def list_deliveries(
    session: AsyncSession,
    *,
    actor: Actor,
    subscription_id: uuid.UUID,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[DeliveryRead]:
    """The delivery log, newest first, each delivery with all its attempts."""
    subscription = await _get(session, actor, subscription_id)
    query = (
        select(WebhookDelivery)
        .where(WebhookDelivery.subscription_id == subscription.id)
        .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
        .limit(limit + 1)
    )
    if cursor is not None:
        query = query.where(after_cursor(cursor, WebhookDelivery.created_at, WebhookDelivery.id, newest_first=True))
    rows = list((await session.scalars(query)).all())
    page = rows[:limit]
    next_cursor = timestamp_cursor(page[-1].created_at, page[-1].id) if len(rows) > limit else None
    attempts: dict[uuid.UUID, list[WebhookAttempt]] = {d.id: [] for d in page}
    if page:
        found = await session.scalars(
            select(WebhookAttempt).where(WebhookAttempt.delivery_id.in_(attempts)).order_by(WebhookAttempt.id)
        )
        for attempt in found:
            attempts[attempt.delivery_id].append(attempt)
    return Slice(items=[as_delivery_read(d, attempts[d.id]) for d in page], next_cursor=next_cursor)


async def redeliver(session: AsyncSession, *, actor: Actor, clock: Clock, delivery_id: uuid.UUID) -> DeliveryRead:
    """A new delivery of the same event (same id, type and body, so receivers can tell it is the
    same event), due now, whatever became of the old one."""
    client_id = require_client(actor, Scope.WEBHOOKS_MANAGE)
    found = (
        await session.execute(
            select(WebhookDelivery, WebhookSubscription)
            .join(WebhookSubscription, WebhookSubscription.id == WebhookDelivery.subscription_id)
            .where(WebhookDelivery.id == delivery_id, WebhookSubscription.client_id == client_id)
        )
    ).first()
    if found is None:
        raise NotFound(
            _("No webhook delivery {delivery_id}.", delivery_id=delivery_id), slug="webhook_delivery.not_found"
        )
    original, subscription = found
    _require_active(subscription)
    now = clock.now()
    event_id = str(original.payload.get("id", original.event_id))
    row_event_id = f"{event_id[:48]}~{secrets.token_hex(6)}"
    delivery = _new_delivery(
        subscription.id, row_event_id=row_event_id, topic=original.event_type, body=dict(original.payload), now=now
    )
    session.add(delivery)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="webhook_delivery.redelivered",
        entity_type="webhook_delivery",
        entity_id=delivery.id,
        changes={"redelivery_of": {"before": None, "after": str(original.id)}},
    )
    return as_delivery_read(delivery, [])
