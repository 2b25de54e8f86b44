"""Webhook delivery against a real HTTP receiver on 127.0.0.1: fan-out from the outbox, signatures,
retries with backoff, exactly-once delivery with two workers, disabling after 24 hours of failures,
manual redelivery, and flagged punches reaching subscribers."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import ssl
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from ipaddress import ip_address
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fastapi import FastAPI
from sqlalchemy import func, select, update

from api.settings import Settings
from api.worker import Worker
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent
from domain.shared.subscribers import Delivered
from domain.webhooks import rules
from domain.webhooks.addresses import AllowList, IPAddress
from domain.webhooks.delivery import WebhookSubscriber, deliver_due, fan_out
from domain.webhooks.models import WebhookDelivery, WebhookSubscription
from domain.webhooks.targets import TargetPolicy
from tests.conftest import make_settings
from tests.factories import Machine, World, deliver_events, machine

SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions"


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.body)
        return data


@dataclass
class Receiver:
    """A tiny HTTP/1.1 server that records every request and answers the next queued status
    (else `status`), closing each connection after one exchange."""

    status: int = 200
    queued: list[int] = field(default_factory=list)
    requests: list[Received] = field(default_factory=list)
    server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            request_line, *header_lines = head.split("\r\n")
            headers = {}
            for line in header_lines:
                if line:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            self.requests.append(Received(path=request_line.split(" ")[1], headers=headers, body=body))
            status = self.queued.pop(0) if self.queued else self.status
            location = "Location: http://127.0.0.1:1/elsewhere\r\n" if 300 <= status < 400 else ""
            writer.write(
                f"HTTP/1.1 {status} Answer\r\n{location}Content-Length: 2\r\nConnection: close\r\n\r\nok".encode()
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    found = Receiver()
    found.server = await asyncio.start_server(found._handle, "127.0.0.1", 0)
    try:
        yield found
    finally:
        found.server.close()
        await found.server.wait_closed()


def local_http() -> httpx.AsyncClient:
    """The delivery client as production builds it, minus proxies from the environment."""
    return httpx.AsyncClient(timeout=10.0, follow_redirects=False, trust_env=False)


# The receiver listens on 127.0.0.1: these tests allow it, as a deployment with an internal
# receiver would (FRONTLINE_WEBHOOK_ALLOWED_HOSTS=127.0.0.1).
RECEIVER_ALLOWED = AllowList.parse(["127.0.0.1"])
LOCAL_RECEIVER = TargetPolicy(allow=RECEIVER_ALLOWED)
deliver = partial(deliver_due, http_client=local_http, targets=LOCAL_RECEIVER)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return make_settings(database_url, tmp_path / "var", webhook_allowed_hosts="127.0.0.1")


def worker(database: Database, clock: ManualClock) -> Worker:
    """A worker with the real consumers (fan-out) and only the delivery job."""
    return Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[WebhookSubscriber()], jobs=[deliver])


async def subscribe(client: httpx.AsyncClient, bot: Machine, url: str, events: list[str]) -> dict[str, Any]:
    answer = await client.post(SUBSCRIPTIONS, json={"url": url, "events": events}, headers=bot.headers)
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def signed_in_again(client: httpx.AsyncClient, bot: Machine) -> Machine:
    """A new token after the clock moved past the old one's lifetime."""
    answer = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "client_credentials", "client_id": bot.client_id, "client_secret": bot.secret},
    )
    assert answer.status_code == 200, answer.text
    return Machine(client_id=bot.client_id, secret=bot.secret, token=answer.json()["access_token"])


async def publish(database: Database, clock: ManualClock, topic: str, payload: dict[str, Any]) -> None:
    async with database.session_scope() as session:
        session.add(OutboxEvent(topic=topic, schema_version=1, payload=payload, occurred_at=clock.now()))


async def delivery_log(client: httpx.AsyncClient, bot: Machine, subscription_id: str) -> list[dict[str, Any]]:
    answer = await client.get(f"{SUBSCRIPTIONS}/{subscription_id}/deliveries", headers=bot.headers)
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


async def next_due(database: Database) -> datetime | None:
    async with database.session_scope() as session:
        due: datetime | None = await session.scalar(
            select(func.min(WebhookDelivery.next_attempt_at)).where(WebhookDelivery.status == "pending")
        )
    return due


def verify(received: Received, secret: str) -> bool:
    return rules.signature_valid(
        secret, int(received.headers["frontline-timestamp"]), received.body, received.headers["frontline-signature"]
    )


# --- signed deliveries --------------------------------------------------------------------------


async def test_an_event_reaches_its_subscribers_signed_with_their_secret(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    bot = await machine(client, world, "webhooks:manage")
    tickets = await subscribe(client, bot, f"{receiver.url}/tickets", ["ticket.*"])
    await subscribe(client, bot, f"{receiver.url}/transfers", ["transfer.*"])
    await publish(database, clock, "ticket.created", {"ticket_id": "t-1"})

    runner = worker(database, clock)
    assert await runner.run_once() == 2, "the event fans out and becomes a delivery (none was due yet)"
    assert await runner.run_once() == 1, "the one matching delivery is sent"
    assert await runner.run_once() == 0

    (received,) = receiver.requests
    assert received.path == "/tickets"
    assert received.headers["content-type"] == "application/json"
    assert received.headers["frontline-event-type"] == "ticket.created"
    assert received.headers["frontline-event-id"].startswith("evt_")
    assert int(received.headers["frontline-timestamp"]) == int(clock.now().timestamp())
    assert received.headers["frontline-signature"].startswith("v1=")
    assert verify(received, tickets["secret"])
    assert not verify(received, "whsec_someone_elses")
    body = received.json
    assert body == {
        "id": received.headers["frontline-event-id"],
        "type": "ticket.created",
        "version": 1,
        "occurred_at": clock.now().isoformat(),
        "data": {"ticket_id": "t-1"},
    }

    (logged,) = await delivery_log(client, bot, tickets["id"])
    assert logged["status"] == "delivered" and logged["delivered_at"] is not None
    assert logged["event_id"] == body["id"]
    assert [(a["status_code"], a["error"]) for a in logged["attempts"]] == [(200, None)]
    assert logged["attempts"][0]["duration_ms"] >= 0

    # fanning the same event out again (a consumer re-run after a crash) adds nothing
    async with database.session_scope() as session:
        event = await session.scalar(select(OutboxEvent))
    assert event is not None
    again = Delivered(event.id, event.topic, event.schema_version, event.occurred_at, event.payload)
    async with database.session_scope() as session:
        assert await fan_out(session, clock=clock, event=again) == 1
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(WebhookDelivery)) == 1


async def test_a_500_is_retried_after_the_backoff_then_delivered(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    bot = await machine(client, world, "webhooks:manage")
    subscription = await subscribe(client, bot, f"{receiver.url}/in", ["transfer.approved"])
    receiver.queued = [500]
    await publish(database, clock, "transfer.approved", {"transfer_id": "x"})
    runner = worker(database, clock)
    await runner.run_once()
    started = clock.now()
    assert await runner.run_once() == 1
    (pending,) = await delivery_log(client, bot, subscription["id"])
    assert pending["status"] == "pending" and pending["last_status_code"] == 500
    assert pending["next_attempt_at"] == (started + timedelta(seconds=30)).isoformat().replace("+00:00", "Z")
    failing = await client.get(f"{SUBSCRIPTIONS}/{subscription['id']}", headers=bot.headers)
    assert failing.json()["failing_since"] is not None

    clock.advance(timedelta(seconds=29))
    assert await deliver(database, clock) == 0, "not due before the backoff"
    clock.advance(timedelta(seconds=1))
    assert await deliver(database, clock) == 1

    assert [r.headers["frontline-event-id"] for r in receiver.requests] == [pending["event_id"]] * 2
    (delivered,) = await delivery_log(client, bot, subscription["id"])
    assert delivered["status"] == "delivered" and delivered["next_attempt_at"] is None
    assert [(a["status_code"], a["error"]) for a in delivered["attempts"]] == [(500, "HTTP 500"), (200, None)]
    recovered = await client.get(f"{SUBSCRIPTIONS}/{subscription['id']}", headers=bot.headers)
    assert recovered.json()["failing_since"] is None


async def test_unreachable_receivers_and_redirects_are_failed_attempts(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    bot = await machine(client, world, "webhooks:manage")
    nowhere = await subscribe(client, bot, f"http://127.0.0.1:{closed_port}/in", ["ticket.created"])
    moved = await subscribe(client, bot, f"{receiver.url}/old", ["ticket.created"])
    receiver.status = 301
    await publish(database, clock, "ticket.created", {"ticket_id": "t"})
    runner = worker(database, clock)
    await runner.run_once()
    assert await runner.run_once() == 2

    (refused,) = await delivery_log(client, bot, nowhere["id"])
    assert refused["status"] == "pending"
    (attempt,) = refused["attempts"]
    # no network detail (error text, how long the refusal took): the log is no port scanner
    assert attempt == {
        "attempted_at": attempt["attempted_at"],
        "status_code": None,
        "error": "unreachable",
        "duration_ms": None,
    }
    assert refused["last_error"] == "unreachable"
    (redirected,) = await delivery_log(client, bot, moved["id"])
    assert redirected["attempts"][0]["status_code"] == 301
    assert "redirects are not followed" in redirected["attempts"][0]["error"]
    assert [r.path for r in receiver.requests] == ["/old"]


# --- several workers ----------------------------------------------------------------------------


async def test_two_workers_deliver_each_event_exactly_once(
    client: httpx.AsyncClient, world: World, database_url: str, clock: ManualClock, receiver: Receiver
) -> None:
    bot = await machine(client, world, "webhooks:manage")
    for number in range(3):
        await subscribe(client, bot, f"{receiver.url}/sub-{number}", ["transfer.*"])
    databases = [Database(database_url, pool_size=3, max_overflow=0) for _ in range(2)]
    try:
        await publish(databases[0], clock, "ticket.created", {"n": -1})  # nobody wants it
        for number in range(20):
            await publish(databases[0], clock, "transfer.submitted", {"n": number})
        workers = [
            Worker(
                db,
                clock=clock,
                poll_interval_s=0.01,
                subscribers=[WebhookSubscriber()],
                jobs=[partial(deliver_due, http_client=local_http, limit=7, targets=LOCAL_RECEIVER)],
            )
            for db in databases
        ]
        for _ in range(50):
            if not sum(await asyncio.gather(*(w.run_once() for w in workers))):
                break
    finally:
        for db in databases:
            await db.dispose()

    sent = [(r.path, r.headers["frontline-event-id"]) for r in receiver.requests]
    assert len(sent) == 60 and len(set(sent)) == 60, "each (subscription, event) exactly once"
    assert len({r.headers["frontline-delivery-id"] for r in receiver.requests}) == 60
    assert sorted(r.json["data"]["n"] for r in receiver.requests) == sorted(list(range(20)) * 3)


# --- giving up ----------------------------------------------------------------------------------


async def test_failing_for_24_hours_disables_the_subscription_and_tells_the_owner(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    bot = await machine(client, world, "webhooks:manage")  # created by the admin
    subscription = await subscribe(client, bot, f"{receiver.url}/down", ["ticket.*"])
    receiver.status = 500
    runner = worker(database, clock)
    await publish(database, clock, "ticket.created", {"ticket_id": "first"})
    await runner.run_once()
    created = clock.now()
    second_published = False
    for _ in range(200):
        await runner.run_once()
        if not second_published and clock.now() - created >= timedelta(hours=23):
            await publish(database, clock, "ticket.replied", {"ticket_id": "first"})
            await runner.run_once()
            second_published = True
        due = await next_due(database)
        if due is None:
            break
        clock.set(max(due, clock.now()))
    else:
        pytest.fail("the deliveries never ended")
    assert second_published
    bot = await signed_in_again(client, bot)

    shown = (await client.get(f"{SUBSCRIPTIONS}/{subscription['id']}", headers=bot.headers)).json()
    assert shown["active"] is False
    assert shown["disabled_at"] == (created + timedelta(hours=24)).isoformat().replace("+00:00", "Z")
    assert "24 hours" in shown["disabled_reason"]

    log = await delivery_log(client, bot, subscription["id"])
    assert [d["status"] for d in log] == ["failed", "failed"]
    second, first = log
    assert len(first["attempts"]) > 20
    assert first["attempts"][-1]["attempted_at"] == shown["disabled_at"]
    gaps = [
        datetime.fromisoformat(b["attempted_at"]) - datetime.fromisoformat(a["attempted_at"])
        for a, b in zip(first["attempts"], first["attempts"][1:], strict=False)
    ]
    assert gaps[:3] == [timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2)]
    assert max(gaps) == timedelta(hours=1)
    assert "disabled" in second["last_error"], "the later event's pending delivery was dropped"

    await deliver_events(world.app)
    notifications = await client.get("/api/v1/me/notifications", headers=world.headers("admin"))
    (notice,) = [n for n in notifications.json()["items"] if n["kind"] == "webhook.disabled"]
    assert (notice["subject_type"], notice["subject_id"]) == ("webhook_subscription", subscription["id"])
    assert "/down" in notice["body"]
    audit = await client.get(
        "/api/v1/audit",
        params={"entity_type": "webhook_subscription", "entity_id": subscription["id"]},
        headers=world.headers("hr"),
    )
    disabled = [e for e in audit.json()["items"] if e["action"] == "webhook_subscription.disabled"]
    assert len(disabled) == 1 and disabled[0]["actor_kind"] == "system" and disabled[0]["actor_id"] is None

    # while disabled, new events are not fanned out to it; re-enabled, it receives them again
    attempts_so_far = len(receiver.requests)
    await publish(database, clock, "ticket.closed", {"ticket_id": "first"})
    await runner.run_once()
    await runner.run_once()
    assert len(receiver.requests) == attempts_so_far
    receiver.status = 200
    enabled = await client.patch(f"{SUBSCRIPTIONS}/{subscription['id']}", json={"active": True}, headers=bot.headers)
    assert enabled.json()["failing_since"] is None and enabled.json()["disabled_at"] is None
    await publish(database, clock, "ticket.rated", {"ticket_id": "first"})
    await runner.run_once()
    await runner.run_once()
    assert receiver.requests[-1].headers["frontline-event-type"] == "ticket.rated"


# --- by hand ------------------------------------------------------------------------------------


async def test_manual_redelivery_and_test_deliveries(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    bot = await machine(client, world, "webhooks:manage")
    subscription = await subscribe(client, bot, f"{receiver.url}/in", ["transfer.approved"])
    await publish(database, clock, "transfer.approved", {"transfer_id": "x"})
    runner = worker(database, clock)
    await runner.run_once()
    await runner.run_once()
    (original,) = await delivery_log(client, bot, subscription["id"])
    assert original["status"] == "delivered"

    clock.advance(timedelta(hours=30))  # long after, and whatever its status
    bot = await signed_in_again(client, bot)
    again = await client.post(f"/api/v1/webhooks/deliveries/{original['id']}/redeliver", headers=bot.headers)
    assert again.status_code == 202, again.text
    assert await deliver(database, clock) == 1
    first, second = receiver.requests
    assert first.headers["frontline-event-id"] == second.headers["frontline-event-id"] == original["event_id"]
    assert first.headers["frontline-delivery-id"] != second.headers["frontline-delivery-id"]
    assert first.json == second.json
    assert verify(second, subscription["secret"])

    clock.advance(timedelta(seconds=1))
    rotated = await client.post(f"{SUBSCRIPTIONS}/{subscription['id']}/secret", headers=bot.headers)
    queued = await client.post(f"{SUBSCRIPTIONS}/{subscription['id']}/test", headers=bot.headers)
    assert queued.status_code == 202
    assert await deliver(database, clock) == 1
    test = receiver.requests[-1]
    assert test.headers["frontline-event-type"] == "webhook.test"
    assert test.json["data"]["subscription_id"] == subscription["id"]
    assert verify(test, rotated.json()["secret"]) and not verify(test, subscription["secret"])

    log = await delivery_log(client, bot, subscription["id"])
    assert [d["event_type"] for d in log] == ["webhook.test", "transfer.approved", "transfer.approved"]
    assert all(d["status"] == "delivered" and len(d["attempts"]) == 1 for d in log)


# --- flagged punches ----------------------------------------------------------------------------


async def test_a_flagged_punch_reaches_clock_in_subscribers(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    bot = await machine(client, world, "webhooks:manage")
    await subscribe(client, bot, f"{receiver.url}/flags", ["clock_in.flagged"])
    body = {
        "kind": "in",
        "store_id": str(world.units["S1"]),
        "lat": 31.2304,
        "lon": 121.4737,
        "accuracy_m": 10.0,
        "client_time": clock.now().isoformat(),
        "device_id": "phone-1",
    }
    clean = await client.post(
        "/api/v1/clock-ins", json=body, headers={**world.headers("staff_s1"), "Idempotency-Key": str(uuid.uuid4())}
    )
    assert clean.status_code == 201, clean.text
    clock.advance(timedelta(hours=4))
    spoofed = await client.post(
        "/api/v1/clock-ins",
        json={**body, "kind": "out", "client_time": clock.now().isoformat(), "mock_location": True},
        headers={**world.headers("staff_s1"), "Idempotency-Key": str(uuid.uuid4())},
    )
    assert spoofed.status_code == 201, spoofed.text
    runner = worker(database, clock)
    await runner.run_once()
    await runner.run_once()

    (received,) = receiver.requests
    data = received.json["data"]
    assert received.json["type"] == "clock_in.flagged"
    assert data["clock_in_id"] == spoofed.json()["id"]
    assert data["employee_id"] == str(world.employees["staff_s1"])
    assert data["store_id"] == str(world.units["S1"])
    assert data["flags"] == ["mock_location"]
    assert datetime.fromisoformat(data["punched_at"]) == clock.now()


# --- never inward (issue 14, item 13) -------------------------------------------------------------


def resolving(zone: dict[str, str]) -> Any:
    async def resolver(host: str, port: int) -> list[IPAddress]:
        return [ip_address(zone[host])] if host in zone else []

    return resolver


async def test_the_post_goes_to_the_checked_address_with_the_name_as_host(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver, app: FastAPI
) -> None:
    """The name is resolved by the delivery job itself and the connection made to that address
    (pinned), so what is checked is what is connected to."""
    zone = resolving({"hooks.partner.example": "127.0.0.1"})
    app.state.webhook_targets = TargetPolicy(allow=RECEIVER_ALLOWED, resolver=zone)
    bot = await machine(client, world, "webhooks:manage")
    port = receiver.url.rsplit(":", 1)[1]
    await subscribe(client, bot, f"http://hooks.partner.example:{port}/in", ["ticket.created"])
    await publish(database, clock, "ticket.created", {"ticket_id": "t"})

    pinned = partial(deliver_due, http_client=local_http, targets=TargetPolicy(allow=RECEIVER_ALLOWED, resolver=zone))
    runner = Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[WebhookSubscriber()], jobs=[pinned])
    await runner.run_once()
    assert await runner.run_once() == 1

    (received,) = receiver.requests
    assert received.path == "/in"
    assert received.headers["host"] == f"hooks.partner.example:{port}"


async def test_a_name_rebound_to_loopback_after_subscribing_is_not_delivered(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver, app: FastAPI
) -> None:
    """DNS rebinding: public when the subscription was made, 127.0.0.1 when the delivery is due."""
    app.state.webhook_targets = TargetPolicy(resolver=resolving({"hooks.partner.example": "93.184.215.14"}))
    bot = await machine(client, world, "webhooks:manage")
    port = receiver.url.rsplit(":", 1)[1]
    subscription = await subscribe(client, bot, f"http://hooks.partner.example:{port}/in", ["ticket.created"])
    await publish(database, clock, "ticket.created", {"ticket_id": "t"})

    rebound = TargetPolicy(resolver=resolving({"hooks.partner.example": "127.0.0.1"}))
    runner = Worker(
        database,
        clock=clock,
        poll_interval_s=0.01,
        subscribers=[WebhookSubscriber()],
        jobs=[partial(deliver_due, http_client=local_http, targets=rebound)],
    )
    await runner.run_once()
    assert await runner.run_once() == 1

    assert receiver.requests == []
    (logged,) = await delivery_log(client, bot, subscription["id"])
    assert logged["status"] == "pending" and logged["last_error"] == "unreachable"
    assert [(a["status_code"], a["error"], a["duration_ms"]) for a in logged["attempts"]] == [
        (None, "unreachable", None)
    ]


async def test_a_subscription_stored_with_an_internal_url_is_never_delivered(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    """A row written before the URL rules (or by hand) is checked again at delivery: without an
    allow-list the worker does not POST to 127.0.0.1."""
    bot = await machine(client, world, "webhooks:manage")
    subscription = await subscribe(client, bot, f"{receiver.url}/in", ["ticket.created"])
    async with database.session_scope() as session:
        await session.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == uuid.UUID(subscription["id"]))
            .values(url=f"http://2130706433:{receiver.url.rsplit(':', 1)[1]}/in")
        )
    await publish(database, clock, "ticket.created", {"ticket_id": "t"})
    production = Worker(
        database,
        clock=clock,
        poll_interval_s=0.01,
        subscribers=[WebhookSubscriber()],
        jobs=[partial(deliver_due, http_client=local_http)],
    )
    await production.run_once()
    assert await production.run_once() == 1

    assert receiver.requests == []
    (logged,) = await delivery_log(client, bot, subscription["id"])
    assert [(a["status_code"], a["error"]) for a in logged["attempts"]] == [(None, "unreachable")]


def _self_signed(tmp_path: Path, name: str) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "receiver.pem", tmp_path / "receiver.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


async def test_https_to_a_pinned_address_checks_the_certificate_of_the_name(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, app: FastAPI, tmp_path: Path
) -> None:
    """Connected by address, the TLS handshake still names the host (SNI) and the certificate is
    verified for the name, not for the address."""
    name = "hooks.partner.example"
    cert_file, key_file = _self_signed(tmp_path, name)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert_file, key_file)
    served_names: list[str | None] = []
    server_tls.sni_callback = lambda sock, server_name, context: served_names.append(server_name)
    secure = Receiver()
    secure.server = await asyncio.start_server(secure._handle, "127.0.0.1", 0, ssl=server_tls)
    try:
        port = secure.url.rsplit(":", 1)[1]
        zone = resolving({name: "127.0.0.1", "impostor.example": "127.0.0.1"})
        app.state.webhook_targets = TargetPolicy(allow=RECEIVER_ALLOWED, resolver=zone)
        bot = await machine(client, world, "webhooks:manage")
        good = await subscribe(client, bot, f"https://{name}:{port}/in", ["ticket.created"])
        bad = await subscribe(client, bot, f"https://impostor.example:{port}/in", ["ticket.created"])
        await publish(database, clock, "ticket.created", {"ticket_id": "t"})

        def trusting_http() -> httpx.AsyncClient:
            return httpx.AsyncClient(verify=ssl.create_default_context(cafile=str(cert_file)), trust_env=False)

        job = partial(
            deliver_due, http_client=trusting_http, targets=TargetPolicy(allow=RECEIVER_ALLOWED, resolver=zone)
        )
        runner = Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[WebhookSubscriber()], jobs=[job])
        await runner.run_once()
        assert await runner.run_once() == 2
    finally:
        secure.server.close()
        await secure.server.wait_closed()

    (received,) = secure.requests
    assert received.headers["host"] == f"{name}:{port}"
    assert name in served_names
    (delivered,) = await delivery_log(client, bot, good["id"])
    assert delivered["status"] == "delivered"
    (refused,) = await delivery_log(client, bot, bad["id"])  # the certificate is not impostor.example's
    assert [(a["status_code"], a["error"]) for a in refused["attempts"]] == [(None, "unreachable")]


# --- a client limited to units hears about those units only (issue 14, item 14) -------------------


async def raise_ticket(client: httpx.AsyncClient, world: World, who: str) -> str:
    answer = await client.post(
        "/api/v1/tickets",
        json={"category": "printer", "title": "Printer jams", "description": "The till printer jams again."},
        headers={**world.headers(who), "Idempotency-Key": str(uuid.uuid4())},
    )
    assert answer.status_code == 201, answer.text
    ticket_id: str = answer.json()["id"]
    return ticket_id


async def test_a_client_limited_to_a_store_receives_events_about_that_store_only(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, receiver: Receiver
) -> None:
    """Before: the fan-out matched topics only, and the store's client heard about every store."""
    routed = await client.post(
        "/api/v1/ticket-routing-rules",
        json={"category": "*", "department_id": str(world.units["D-OPS"])},
        headers=world.headers("admin"),
    )
    assert routed.status_code == 201, routed.text
    everything = ["ticket.*", "transfer.*", "clock_in.flagged", "pool.settled"]
    shop = await machine(client, world, "webhooks:manage", units=["S1"], name="S1 till system")
    head_office = await machine(client, world, "webhooks:manage", name="ERP")
    await subscribe(client, shop, f"{receiver.url}/shop", everything)
    await subscribe(client, head_office, f"{receiver.url}/hq", everything)

    at_s1 = await raise_ticket(client, world, "staff_s1")
    at_s2 = await raise_ticket(client, world, "staff_s2")
    unit, person = world.units, world.employees
    published: list[tuple[str, dict[str, Any]]] = [
        ("ticket.escalated", {"ticket_id": at_s1, "clock": "resolution", "level": 50}),  # the ticket's store
        ("ticket.escalated", {"ticket_id": at_s2, "clock": "resolution", "level": 50}),
        (
            "transfer.submitted",
            {"transfer_id": "t1", "employee_id": str(person["staff_s1"]), "destination_unit_id": str(unit["S3"])},
        ),  # home store S1
        (
            "transfer.approved",
            {"transfer_id": "t2", "employee_id": str(person["staff_s2"]), "destination_unit_id": str(unit["S3"])},
        ),
        (
            "transfer.started",
            {"transfer_id": "t3", "employee_id": str(person["staff_s3"]), "unit_id": str(unit["S1"])},
        ),  # seconded into S1
        (
            "clock_in.flagged",
            {"clock_in_id": "c1", "employee_id": str(person["staff_s2"]), "store_id": str(unit["S2"])},
        ),
        (
            "clock_in.flagged",
            {"clock_in_id": "c2", "employee_id": str(person["staff_s3"]), "store_id": str(unit["S1"])},
        ),
        ("pool.settled", {"pool_id": "p1", "scope_unit_id": str(unit["R-EAST"])}),  # the region, above the store
        ("ticket.closed", {"ticket_id": "not-a-ticket"}),  # about nothing known: limited clients hear nothing
    ]
    for topic, payload in published:
        await publish(database, clock, topic, payload)
    runner = worker(database, clock)
    for _ in range(20):
        if not await runner.run_once():
            break

    def heard(path: str) -> list[tuple[str, str]]:
        return sorted(
            (
                r.json["type"],
                str(
                    r.json["data"].get("ticket_id")
                    or r.json["data"].get("transfer_id")
                    or r.json["data"].get("clock_in_id")
                    or r.json["data"].get("pool_id")
                ),
            )
            for r in receiver.requests
            if r.path == path
        )

    assert heard("/shop") == sorted(
        [
            ("ticket.created", at_s1),
            ("ticket.escalated", at_s1),
            ("transfer.submitted", "t1"),
            ("transfer.started", "t3"),
            ("clock_in.flagged", "c2"),
        ]
    )
    assert len(heard("/hq")) == 2 + len(published), "an unlimited client hears everything"
