"""Delivering webhooks: the outbox fans each event out to the subscriptions that want it, and a
worker job POSTs the due deliveries, signed as Standard Webhooks (see webhook rules), retrying
failures with backoff.

- Fan-out (an outbox consumer for every topic) writes one delivery per active subscription whose
  events match and whose client may hear about the event's units (a client limited to units hears
  only about those, see webhook_rules); unique (subscription, event) makes a re-run harmless.
- The job claims due deliveries with FOR UPDATE SKIP LOCKED plus a lease, exactly like the outbox,
  so any number of workers send each delivery once; SQLite's BEGIN IMMEDIATE serialises claims.
- Each try is logged (time, status, error, duration). 2xx is delivered; anything else is tried again
  after 30 s, 1 min, 2 min, ... up to hourly, until 24 hours after the delivery was created.
- Before each try the URL's host is resolved and every address checked (webhook_targets.py); the
  POST goes to the checked address, redirects are not followed. A try that gets no HTTP answer
  (refused address, DNS failure, connection error, timeout) is logged for the client as
  "unreachable" with no duration: the network detail (refused or filtered, how fast) would make
  the delivery log a port scanner. The detail goes to the server's log.
- A subscription failing for 24 hours without one success is disabled: its pending deliveries are
  dropped, an audit row is written (by the system) and the account that created the client is told.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import httpx
from sqlalchemy import Row, Table, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.client_models import IntegrationClient
from domain.events import EVENTS
from domain.org.models import OrgUnit
from domain.people.models import Employee
from domain.shared import events
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.subscribers import Delivered
from domain.shared.upsert import PerDatabase
from domain.tickets.models import Ticket
from domain.webhooks import rules
from domain.webhooks.events import WebhookSubscriptionDisabled
from domain.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookSubscription
from domain.webhooks.rules import DeliveryStatus
from domain.webhooks.subscriptions import fail_pending
from domain.webhooks.targets import TargetPolicy, Unreachable

log = logging.getLogger("frontline.webhooks")

TIMEOUT_S = 10.0
CLAIM_LEASE = timedelta(minutes=2)
BATCH_SIZE = 20
USER_AGENT = "Frontline-Webhooks/1"
GAVE_UP = "Dropped: the subscription was disabled after 24 hours of failed deliveries."
UNREACHABLE = "unreachable"

HttpClientFactory = Callable[[], httpx.AsyncClient]


def default_http_client() -> httpx.AsyncClient:
    """A client per pass: 10-second timeouts, redirects not followed (a 3xx counts as a failure),
    no proxy from the environment (the checked address is the one connected to) and no kept
    connections (one made for one name's TLS certificate never carries another name's request)."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(TIMEOUT_S),
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
        headers={"User-Agent": USER_AGENT},
    )


# --- fan-out ------------------------------------------------------------------------------------

deliveries = cast(Table, WebhookDelivery.__table__)
_INSERT_DELIVERY = PerDatabase(
    lambda insert: insert(deliveries).on_conflict_do_nothing(index_elements=["subscription_id", "event_id"])
)
_LISTENING = (
    select(WebhookSubscription.id, WebhookSubscription.events, IntegrationClient.unit_ids)
    .join(IntegrationClient, IntegrationClient.id == WebhookSubscription.client_id)
    .where(WebhookSubscription.active.is_(True), IntegrationClient.revoked_at.is_(None))
)


def event_id_of(event: Delivered) -> str:
    return f"evt_{event.id}"


async def _paths_of(session: AsyncSession, subjects: rules.EventSubjects) -> list[str]:
    """The org paths an event is about: units named, named people's home units, named tickets'
    store and department."""
    paths: list[str] = []
    if subjects.unit_ids:
        paths += (await session.scalars(select(OrgUnit.path).where(OrgUnit.id.in_(subjects.unit_ids)))).all()
    if subjects.employee_ids:
        home = select(OrgUnit.path).join(Employee, Employee.home_unit_id == OrgUnit.id)
        paths += (await session.scalars(home.where(Employee.id.in_(subjects.employee_ids)))).all()
    if subjects.ticket_ids:
        ticket_units = select(OrgUnit.path).join(
            Ticket, or_(Ticket.store_id == OrgUnit.id, Ticket.department_id == OrgUnit.id)
        )
        paths += (await session.scalars(ticket_units.where(Ticket.id.in_(subjects.ticket_ids)))).all()
    return paths


Listening = Row[uuid.UUID, list[str], list[str] | None]


async def _within_reach(session: AsyncSession, rows: list[Listening], payload: dict[str, Any]) -> list[uuid.UUID]:
    """The subscriptions among `rows` whose client may hear about this event's units."""
    limited = [row for row in rows if row.unit_ids is not None]
    if not limited:
        return [row.id for row in rows]
    event_paths = await _paths_of(session, rules.subjects_of(payload))
    client_units = {uuid.UUID(unit) for row in limited for unit in row.unit_ids}
    found = await session.execute(select(OrgUnit.id, OrgUnit.path).where(OrgUnit.id.in_(client_units)))
    unit_paths = {unit_id: path for unit_id, path in found}
    kept = []
    for row in rows:
        reach = None
        if row.unit_ids is not None:
            reach = [unit_paths[unit] for unit in map(uuid.UUID, row.unit_ids) if unit in unit_paths]
        if rules.reaches(reach, event_paths):
            kept.append(row.id)
    return kept


async def fan_out(session: AsyncSession, *, clock: Clock, event: Delivered) -> int:
    """One pending delivery per active subscription wanting this event (and whose client may hear
    about its units); returns how many."""
    if event.topic == rules.TEST_EVENT:
        return 0
    listening = (await session.execute(_LISTENING)).all()
    wanting = [row for row in listening if rules.wants(row.events, event.topic)]
    targets = await _within_reach(session, wanting, event.data) if wanting else []
    if not targets:
        return 0
    now = clock.now()
    event_id = event_id_of(event)
    body = rules.envelope(
        event_id=event_id, topic=event.topic, version=event.version, occurred_at=event.occurred_at, data=event.data
    )
    connection = await session.connection()
    statement = _INSERT_DELIVERY.on(connection)
    await connection.execute(
        statement,
        [
            {
                "id": uuid.uuid4(),
                "subscription_id": subscription_id,
                "event_id": event_id,
                "event_type": event.topic,
                "payload": body,
                "status": DeliveryStatus.PENDING.value,
                "attempts": 0,
                "next_attempt_at": now,
                "locked_until": None,
                "last_status_code": None,
                "last_error": None,
                "created_at": now,
                "delivered_at": None,
            }
            for subscription_id in targets
        ],
    )
    return len(targets)


class WebhookSubscriber:
    """Turns events offered to webhooks into pending deliveries (sent by `deliver_due`)."""

    name = "webhooks"

    def wants(self, topic: str) -> bool:
        kind = EVENTS.get(topic)
        return kind is not None and kind.webhook

    async def handle(self, session: AsyncSession, event: Delivered, *, clock: Clock) -> None:
        await fan_out(session, clock=clock, event=event)


# --- delivery -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claimed:
    delivery_id: uuid.UUID
    subscription_id: uuid.UUID
    url: str
    secret: str
    active: bool
    topic: str
    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Outcome:
    status_code: int | None
    error: str | None
    duration_ms: int

    @property
    def delivered(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


async def claim_due(session: AsyncSession, *, now: datetime, limit: int) -> list[Claimed]:
    """Due, unleased, pending deliveries, leased to this worker (rows other workers hold are skipped)."""
    query = (
        select(
            WebhookDelivery.id,
            WebhookDelivery.subscription_id,
            WebhookDelivery.event_type,
            WebhookDelivery.payload,
            WebhookSubscription.url,
            WebhookSubscription.secret,
            WebhookSubscription.active,
        )
        .join(WebhookSubscription, WebhookSubscription.id == WebhookDelivery.subscription_id)
        .where(
            WebhookDelivery.status == DeliveryStatus.PENDING.value,
            WebhookDelivery.next_attempt_at <= now,
            or_(WebhookDelivery.locked_until.is_(None), WebhookDelivery.locked_until < now),
        )
        .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=WebhookDelivery)
    )
    rows = (await session.execute(query)).all()
    if rows:
        await session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id.in_([row.id for row in rows]))
            .values(locked_until=now + CLAIM_LEASE)
        )
    return [
        Claimed(
            delivery_id=row.id,
            subscription_id=row.subscription_id,
            url=row.url,
            secret=row.secret,
            active=row.active,
            topic=row.event_type,
            body=row.payload,
        )
        for row in rows
    ]


def signed_request(claimed: Claimed, timestamp: int) -> tuple[bytes, dict[str, str]]:
    """The body and headers of one try. `webhook-id` is the event's id, so every retry and every
    redelivery of the event carries the same one (receivers deduplicate on it); `webhook-timestamp`
    is this try's time. Frontline-Timestamp and Frontline-Signature are the deprecated scheme."""
    raw = rules.body_bytes(claimed.body)
    message_id = str(claimed.body.get("id") or claimed.delivery_id)
    headers = {"Content-Type": "application/json"}
    try:
        signed = rules.standard_signature(claimed.secret, message_id, timestamp, raw)
    except ValueError as exc:  # a secret written by hand, not `whsec_` + base64: nothing a receiver could verify
        log.warning("webhook delivery %s sent without the standard signature: %s", claimed.delivery_id, exc)
    else:
        headers |= {"webhook-id": message_id, "webhook-timestamp": str(timestamp), "webhook-signature": signed}
    headers |= {
        "Frontline-Event-Id": str(claimed.body.get("id", "")),
        "Frontline-Event-Type": claimed.topic,
        "Frontline-Delivery-Id": str(claimed.delivery_id),
        "Frontline-Timestamp": str(timestamp),
        "Frontline-Signature": rules.signature(claimed.secret, timestamp, raw),
    }
    return raw, headers


async def _send(http: httpx.AsyncClient, claimed: Claimed, clock: Clock, targets: TargetPolicy) -> Outcome:
    """One POST to the checked address; the receiver's body is never read (only its status counts)."""
    raw, headers = signed_request(claimed, int(clock.now().timestamp()))
    started = time.perf_counter()

    def elapsed_ms() -> int:
        return round((time.perf_counter() - started) * 1000)

    try:
        async with asyncio.timeout(TIMEOUT_S):
            pinned = await targets.pin(claimed.url)
            async with http.stream(
                "POST",
                pinned.url,
                content=raw,
                headers={**headers, **pinned.headers},
                extensions=pinned.extensions,
            ) as response:
                status = response.status_code
    except Unreachable as exc:
        log.warning("webhook delivery %s not sent: %s", claimed.delivery_id, exc)
        return Outcome(None, UNREACHABLE, elapsed_ms())
    except Exception as exc:  # any failure to reach the receiver is this attempt's outcome, never the pass's
        log.info("webhook delivery %s got no answer: %s: %s", claimed.delivery_id, type(exc).__name__, exc)
        return Outcome(None, UNREACHABLE, elapsed_ms())
    if 200 <= status < 300:
        return Outcome(status, None, elapsed_ms())
    if 300 <= status < 400:
        return Outcome(status, f"HTTP {status}: redirects are not followed", elapsed_ms())
    return Outcome(status, f"HTTP {status}", elapsed_ms())


async def _disable(session: AsyncSession, *, clock: Clock, subscription: WebhookSubscription) -> None:
    now = clock.now()
    since = subscription.failing_since
    subscription.active = False
    subscription.disabled_at = now
    subscription.disabled_reason = (
        f"Deliveries failed for 24 hours (since {since.isoformat() if since else now.isoformat()})."
    )
    subscription.updated_at = now
    await session.flush()
    dropped = await fail_pending(session, subscription_id=subscription.id, reason=GAVE_UP)
    await events.record(
        session,
        WebhookSubscriptionDisabled(
            subscription_id=subscription.id,
            client_id=subscription.client_id,
            url=subscription.url,
            reason=subscription.disabled_reason,
            pending_deliveries_dropped=dropped,
        ),
        actor=None,
        clock=clock,
        action="webhook_subscription.disabled",
        changes={
            "active": {"before": True, "after": False},
            "disabled_reason": {"before": None, "after": subscription.disabled_reason},
            "pending_deliveries_dropped": dropped,
        },
    )
    log.warning("webhook subscription %s disabled after 24 hours of failures", subscription.id)


async def _record(database: Database, *, clock: Clock, claimed: Claimed, outcome: Outcome) -> None:
    """Logs the attempt and moves the delivery (and its subscription's failure streak) on."""
    async with database.session_scope() as session:
        now = clock.now()
        # lock order everywhere: the subscription, then its deliveries
        subscription = await session.scalar(
            select(WebhookSubscription)
            .where(WebhookSubscription.id == claimed.subscription_id)
            .with_for_update(key_share=True)
        )
        delivery = await session.scalar(
            select(WebhookDelivery).where(WebhookDelivery.id == claimed.delivery_id).with_for_update()
        )
        if subscription is None or delivery is None:
            return  # deleted while in flight
        session.add(
            WebhookAttempt(
                delivery_id=delivery.id,
                attempted_at=now,
                status_code=outcome.status_code,
                error=outcome.error,
                duration_ms=outcome.duration_ms,
            )
        )
        delivery.attempts += 1
        delivery.locked_until = None
        delivery.last_status_code = outcome.status_code
        delivery.last_error = outcome.error
        if outcome.delivered:
            delivery.status = DeliveryStatus.DELIVERED.value
            delivery.delivered_at = now
            if subscription.failing_since is not None:
                subscription.failing_since = None
            return
        if subscription.failing_since is None:
            subscription.failing_since = now
        retry_at = rules.next_attempt_at(created_at=delivery.created_at, failed_attempts=delivery.attempts, now=now)
        if retry_at is None or not subscription.active or delivery.status != DeliveryStatus.PENDING:
            delivery.status = DeliveryStatus.FAILED.value
        else:
            delivery.next_attempt_at = retry_at
        if subscription.active and rules.should_disable(subscription.failing_since, now):
            await _disable(session, clock=clock, subscription=subscription)


async def _drop_inactive(database: Database, claimed: list[Claimed]) -> None:
    """Deliveries that slipped in while their subscription was being switched off are not sent."""
    async with database.session_scope() as session:
        await session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id.in_([c.delivery_id for c in claimed]))
            .values(status=DeliveryStatus.FAILED.value, locked_until=None, last_error="The subscription is inactive.")
        )


async def deliver_due(
    database: Database,
    clock: Clock,
    *,
    http_client: HttpClientFactory = default_http_client,
    limit: int = BATCH_SIZE,
    targets: TargetPolicy | None = None,
) -> int:
    """Worker job: claim a batch of due deliveries, POST them concurrently, record each outcome.
    Returns how many were handled. `targets` holds the deployment's allow-list (none by default)."""
    targets = targets or TargetPolicy()
    async with database.session_scope() as session:
        claimed = await claim_due(session, now=clock.now(), limit=limit)
    if not claimed:
        return 0
    inactive = [c for c in claimed if not c.active]
    if inactive:
        await _drop_inactive(database, inactive)
    sendable = [c for c in claimed if c.active]
    if sendable:
        async with http_client() as http:
            outcomes = await asyncio.gather(*(_send(http, c, clock, targets) for c in sendable))
        for item, outcome in zip(sendable, outcomes, strict=True):
            await _record(database, clock=clock, claimed=item, outcome=outcome)
    return len(claimed)
