"""Deliveries as the Standard Webhooks specification signs them (www.standardwebhooks.com): the
reference library (`standardwebhooks`) verifies a delivery captured by a real receiver, refuses a
tampered body or another secret, and sees the same `webhook-id` on every retry. The legacy
`Frontline-Signature` header, kept for one release, still verifies with `rules.signature_valid`."""

from __future__ import annotations

import asyncio
import base64
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from api.settings import Settings
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.webhooks import rules
from domain.webhooks.models import WebhookSubscription
from tests.conftest import make_settings
from tests.factories import World, machine
from tests.test_webhook_delivery import Receiver, delivery_log, publish, subscribe, worker


@pytest.fixture
def clock() -> ManualClock:
    """The library checks `webhook-timestamp` against the wall clock (5 minutes either way), so
    these deliveries are sent at the real time."""
    return ManualClock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return make_settings(database_url, tmp_path / "var", webhook_allowed_hosts="127.0.0.1")


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    found = Receiver()
    found.server = await asyncio.start_server(found._handle, "127.0.0.1", 0)
    try:
        yield found
    finally:
        found.server.close()
        await found.server.wait_closed()


async def test_a_delivery_verifies_with_the_reference_library(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    bot = await machine(client, world, "webhooks:manage")
    subscription = await subscribe(client, bot, f"{receiver.url}/in", ["ticket.*"])
    other = await subscribe(client, bot, f"{receiver.url}/other", ["transfer.*"])
    await publish(database, clock, "ticket.created", {"ticket_id": "t-1"})
    runner = worker(database, clock)
    await runner.run_once()
    assert await runner.run_once() == 1

    (received,) = receiver.requests
    verified = Webhook(subscription["secret"]).verify(received.body, received.headers)
    assert verified == received.json
    assert received.headers["webhook-id"] == received.json["id"]
    assert received.headers["webhook-timestamp"] == str(int(clock.now().timestamp()))
    assert received.headers["webhook-signature"].startswith("v1,")

    with pytest.raises(WebhookVerificationError):
        Webhook(subscription["secret"]).verify(received.body.replace(b"t-1", b"t-2"), received.headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(other["secret"]).verify(received.body, received.headers)

    # the deprecated alias, for one release
    assert rules.signature_valid(
        subscription["secret"],
        int(received.headers["frontline-timestamp"]),
        received.body,
        received.headers["frontline-signature"],
    )
    (logged,) = await delivery_log(client, bot, subscription["id"])
    assert logged["status"] == "delivered" and logged["event_id"] == received.headers["webhook-id"]


async def test_a_retry_is_the_same_message_signed_at_its_own_time(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    """`webhook-id` is the event's id: the retry after a 500 and a manual redelivery carry the one
    the first try carried, so a receiver deduplicates on it; each try has its own timestamp."""
    bot = await machine(client, world, "webhooks:manage")
    subscription = await subscribe(client, bot, f"{receiver.url}/in", ["transfer.approved"])
    receiver.queued = [500]
    await publish(database, clock, "transfer.approved", {"transfer_id": "x"})
    runner = worker(database, clock)
    await runner.run_once()
    assert await runner.run_once() == 1
    clock.advance(timedelta(seconds=30))
    assert await runner.run_once() == 1
    (delivered,) = await delivery_log(client, bot, subscription["id"])
    again = await client.post(f"/api/v1/webhooks/deliveries/{delivered['id']}/redeliver", headers=bot.headers)
    assert again.status_code == 202, again.text
    clock.advance(timedelta(seconds=5))
    assert await runner.run_once() == 1

    first, retry, redelivery = receiver.requests
    assert first.headers["webhook-id"] == retry.headers["webhook-id"] == redelivery.headers["webhook-id"]
    assert first.headers["webhook-id"] == delivered["event_id"]
    assert int(retry.headers["webhook-timestamp"]) - int(first.headers["webhook-timestamp"]) == 30
    assert retry.headers["webhook-signature"] != first.headers["webhook-signature"]
    for received in receiver.requests:
        Webhook(subscription["secret"]).verify(received.body, received.headers)
    assert retry.headers["frontline-delivery-id"] != redelivery.headers["frontline-delivery-id"]


async def test_secrets_are_base64_of_random_bytes_as_the_specification_asks(
    client: httpx.AsyncClient, world: World
) -> None:
    bot = await machine(client, world, "webhooks:manage")
    created = await client.post(
        "/api/v1/webhooks/subscriptions",
        json={"url": "https://93.184.215.14/in", "events": ["ticket.*"]},
        headers=bot.headers,
    )
    assert created.status_code == 201, created.text
    rotated = await client.post(f"/api/v1/webhooks/subscriptions/{created.json()['id']}/secret", headers=bot.headers)
    assert rotated.status_code == 200, rotated.text
    for secret in (created.json()["secret"], rotated.json()["secret"]):
        prefix, _, encoded = secret.partition("_")
        assert prefix == "whsec"
        assert len(base64.b64decode(encoded, validate=True)) == 32  # standard alphabet, padded
        assert rules.standard_secret(secret) == secret


async def test_a_secret_issued_before_keeps_verifying(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    """A secret from before (`whsec_` + URL-safe base64 without padding) is not read alike by the
    libraries (some drop `-` and `_`, some refuse it). Its key is its random bytes: written in the
    standard alphabet (`rules.standard_secret`, or `-` to `+`, `_` to `/` and `=` padding) it
    verifies with the library, and the deprecated header still verifies with the stored string."""
    key = bytes(range(200, 232))  # URL-safe base64 with both `-` and `_` in it
    old = "whsec_" + base64.urlsafe_b64encode(key).decode().rstrip("=")
    assert "-" in old and "_" in old
    bot = await machine(client, world, "webhooks:manage")
    subscription = await subscribe(client, bot, f"{receiver.url}/in", ["ticket.created"])
    async with database.session_scope() as session:
        await session.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == uuid.UUID(subscription["id"]))
            .values(secret=old)
        )
    await publish(database, clock, "ticket.created", {"ticket_id": "t"})
    runner = worker(database, clock)
    await runner.run_once()
    assert await runner.run_once() == 1

    (received,) = receiver.requests
    converted = "whsec_" + old.removeprefix("whsec_").replace("-", "+").replace("_", "/") + "="
    assert rules.standard_secret(old) == converted == "whsec_" + base64.b64encode(key).decode()
    Webhook(converted).verify(received.body, received.headers)
    assert rules.standard_signature_valid(
        old,
        received.headers["webhook-id"],
        int(received.headers["webhook-timestamp"]),
        received.body,
        received.headers["webhook-signature"],
    )
    assert rules.signature_valid(
        old, int(received.headers["frontline-timestamp"]), received.body, received.headers["frontline-signature"]
    )


async def test_a_secret_that_is_no_base64_still_sends_the_deprecated_header_only(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    """Only a row written by hand holds one (every secret issued is base64): the delivery goes out
    with what can be verified, and the library refuses it for the missing headers."""
    bot = await machine(client, world, "webhooks:manage")
    subscription = await subscribe(client, bot, f"{receiver.url}/in", ["ticket.created"])
    async with database.session_scope() as session:
        await session.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == uuid.UUID(subscription["id"]))
            .values(secret="whsec_not base64!")
        )
    await publish(database, clock, "ticket.created", {"ticket_id": "t"})
    runner = worker(database, clock)
    await runner.run_once()
    assert await runner.run_once() == 1

    (received,) = receiver.requests
    assert "webhook-signature" not in received.headers
    with pytest.raises(WebhookVerificationError, match="Missing required headers"):
        Webhook(subscription["secret"]).verify(received.body, received.headers)
    assert rules.signature_valid(
        "whsec_not base64!",
        int(received.headers["frontline-timestamp"]),
        received.body,
        received.headers["frontline-signature"],
    )
