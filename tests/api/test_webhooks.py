"""Webhook subscriptions through the API: who may manage them, what they refuse, the secret shown
once, switching off and on, test deliveries, the delivery log and manual redelivery (queued here;
sending is tests/test_webhook_delivery.py)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from ipaddress import ip_address
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import ValidationError
from sqlalchemy import update

from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.webhooks.addresses import AllowList, IPAddress
from domain.webhooks.models import WebhookSubscription
from domain.webhooks.targets import TargetPolicy
from tests.conftest import make_settings
from tests.factories import Machine, World, machine
from tests.support import assert_problem

SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions"
DELIVERIES = "/api/v1/webhooks/deliveries"
HOOK_URL = "https://erp.example.com/hooks/frontline"

# What names resolve to in these tests (anything else does not resolve); no real DNS is asked.
ZONE = {
    "erp.example.com": ["93.184.215.14"],
    "inward.example.com": ["10.0.0.7"],
    "mixed.example.com": ["93.184.215.14", "127.0.0.1"],
    "hooks.corp.example": ["10.20.0.9"],
}


async def zone_resolver(host: str, port: int) -> list[IPAddress]:
    return [ip_address(address) for address in ZONE.get(host, [])]


@pytest.fixture(autouse=True)
def resolved_from_the_zone(app: FastAPI) -> None:
    app.state.webhook_targets = TargetPolicy(resolver=zone_resolver)


async def subscribe(
    client: httpx.AsyncClient, bot: Machine, *, url: str = HOOK_URL, events: list[str] | None = None
) -> dict[str, Any]:
    answer = await client.post(SUBSCRIPTIONS, json={"url": url, "events": events or ["ticket.*"]}, headers=bot.headers)
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def webhook_client(client: httpx.AsyncClient, world: World, name: str = "ERP") -> Machine:
    return await machine(client, world, "webhooks:manage", name=name)


def field_paths(response: httpx.Response) -> list[str]:
    return [error["field"] for error in response.json()["errors"]]


# --- creating and reading -----------------------------------------------------------------------


async def test_a_client_subscribes_and_sees_the_secret_once(client: httpx.AsyncClient, world: World) -> None:
    bot = await webhook_client(client, world)
    answer = await client.post(
        SUBSCRIPTIONS, json={"url": HOOK_URL, "events": ["transfer.*", "clock_in.flagged"]}, headers=bot.headers
    )
    assert answer.status_code == 201, answer.text
    assert answer.headers["cache-control"] == "no-store"
    created = answer.json()
    assert created["secret"].startswith("whsec_") and len(created["secret"]) > 30
    assert created["events"] == ["transfer.*", "clock_in.flagged"]
    assert created["active"] is True and created["failing_since"] is None and created["disabled_at"] is None

    shown = await client.get(f"{SUBSCRIPTIONS}/{created['id']}", headers=bot.headers)
    assert shown.status_code == 200
    assert "secret" not in shown.json() and created["secret"] not in shown.text
    assert shown.json()["url"] == HOOK_URL

    audit = await client.get(
        "/api/v1/audit",
        params={"entity_type": "webhook_subscription", "entity_id": created["id"]},
        headers=world.headers("hr"),
    )
    (entry,) = audit.json()["items"]
    assert entry["action"] == "webhook_subscription.created"
    assert entry["actor_kind"] == "client" and entry["actor_id"] == bot.client_id
    assert created["secret"] not in audit.text


async def test_the_list_is_the_callers_own_and_cursor_paginated(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    bot, other = await webhook_client(client, world), await webhook_client(client, world, "HR system")
    mine = []
    for number in range(3):
        mine.append((await subscribe(client, bot, url=f"{HOOK_URL}/{number}"))["id"])
        clock.advance(timedelta(seconds=1))
    await subscribe(client, other)
    first = await client.get(SUBSCRIPTIONS, params={"limit": 2}, headers=bot.headers)
    assert first.status_code == 200
    assert [s["id"] for s in first.json()["items"]] == mine[:2]
    assert all("secret" not in s for s in first.json()["items"])
    second = await client.get(
        SUBSCRIPTIONS, params={"limit": 2, "cursor": first.json()["next_cursor"]}, headers=bot.headers
    )
    assert [s["id"] for s in second.json()["items"]] == mine[2:]
    assert second.json()["next_cursor"] is None
    assert_problem(
        await client.get(SUBSCRIPTIONS, params={"cursor": "nonsense"}, headers=bot.headers),
        422,
        "pagination.invalid_cursor",
    )


# --- who may ------------------------------------------------------------------------------------


async def test_scope_ownership_and_users(client: httpx.AsyncClient, world: World) -> None:
    bot, other = await webhook_client(client, world), await webhook_client(client, world, "HR system")
    pos = await machine(client, world, "ingest:sales")
    mine = await subscribe(client, bot)

    assert_problem(await client.get(SUBSCRIPTIONS, headers=pos.headers), 403, "auth.insufficient_scope")
    assert_problem(
        await client.post(SUBSCRIPTIONS, json={"url": HOOK_URL, "events": ["ticket.*"]}, headers=pos.headers),
        403,
        "auth.insufficient_scope",
    )
    for user in ("admin", "hr", "staff_s1"):
        assert_problem(await client.get(SUBSCRIPTIONS, headers=world.headers(user)), 403, "auth.client_only")
    assert_problem(await client.get(SUBSCRIPTIONS), 401)

    path = f"{SUBSCRIPTIONS}/{mine['id']}"
    not_mine = [
        await client.get(path, headers=other.headers),
        await client.patch(path, json={"active": False}, headers=other.headers),
        await client.delete(path, headers=other.headers),
        await client.post(f"{path}/secret", headers=other.headers),
        await client.post(f"{path}/test", headers=other.headers),
        await client.get(f"{path}/deliveries", headers=other.headers),
    ]
    for answer in not_mine:
        assert_problem(answer, 404, "webhook_subscription.not_found")
    assert (await client.get(SUBSCRIPTIONS, headers=other.headers)).json()["items"] == []

    queued = await client.post(f"{path}/test", headers=bot.headers)
    assert queued.status_code == 202, queued.text
    assert_problem(
        await client.post(f"{DELIVERIES}/{queued.json()['id']}/redeliver", headers=other.headers),
        404,
        "webhook_delivery.not_found",
    )
    unchanged = await client.get(path, headers=bot.headers)
    assert unchanged.status_code == 200 and unchanged.json()["active"] is True


# --- what is refused ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"url": HOOK_URL, "events": ["ticket.created", "ticket.exploded"]}, ["body.events.1"]),
        ({"url": HOOK_URL, "events": ["*"]}, ["body.events.0"]),
        ({"url": HOOK_URL, "events": []}, ["body.events"]),
        ({"url": HOOK_URL, "events": ["ticket.*", "ticket.*"]}, ["body.events"]),
        ({"url": "ftp://erp.example.com/in", "events": ["ticket.*"]}, ["body.url"]),
        ({"url": "https://bot:hunter2@erp.example.com/in", "events": ["ticket.*"]}, ["body.url"]),
        ({"url": "https://erp.example.com/" + "x" * 2048, "events": ["ticket.*"]}, ["body.url"]),
        ({"url": "not a url", "events": ["ticket.*"]}, ["body.url"]),
        ({"url": HOOK_URL, "events": ["ticket.*"], "secret": "mine"}, ["body.secret"]),
        ({"events": ["ticket.*"]}, ["body.url"]),
    ],
)
async def test_invalid_subscriptions_are_422_with_field_paths(
    client: httpx.AsyncClient, world: World, body: dict[str, Any], fields: list[str]
) -> None:
    bot = await webhook_client(client, world)
    answer = await client.post(SUBSCRIPTIONS, json=body, headers=bot.headers)
    assert_problem(answer, 422, "validation.failed")
    assert field_paths(answer) == fields


async def test_updates_are_validated_too(client: httpx.AsyncClient, world: World) -> None:
    bot = await webhook_client(client, world)
    path = f"{SUBSCRIPTIONS}/{(await subscribe(client, bot))['id']}"
    bad_event = await client.patch(path, json={"events": ["payroll.*"]}, headers=bot.headers)
    assert_problem(bad_event, 422)
    assert field_paths(bad_event) == ["body.events.0"]
    null_url = await client.patch(path, json={"url": None}, headers=bot.headers)
    assert_problem(null_url, 422)
    assert field_paths(null_url) == ["body.url"]
    credentials = await client.patch(path, json={"url": "http://a:b@example.com/"}, headers=bot.headers)
    assert_problem(credentials, 422)
    assert field_paths(credentials) == ["body.url"]


async def test_https_can_be_required(client: httpx.AsyncClient, world: World, app: FastAPI) -> None:
    bot = await webhook_client(client, world)
    app.state.settings = app.state.settings.model_copy(update={"webhook_require_https": True})
    plain = await client.post(
        SUBSCRIPTIONS, json={"url": "http://erp.example.com/in", "events": ["ticket.*"]}, headers=bot.headers
    )
    assert_problem(plain, 422, "webhook.https_required")
    assert field_paths(plain) == ["body.url"]
    created = await subscribe(client, bot)
    downgrade = await client.patch(
        f"{SUBSCRIPTIONS}/{created['id']}", json={"url": "http://erp.example.com/in"}, headers=bot.headers
    )
    assert_problem(downgrade, 422, "webhook.https_required")


INTERNAL_TARGETS = [
    "http://127.0.0.1/hook",
    "http://localhost:8000/hook",
    "http://[::1]/hook",
    "http://127.1/hook",
    "http://2130706433/hook",
    "http://0x7f000001/hook",
    "http://0.0.0.0/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://[fd00::1]/hook",
    "http://10.0.0.1/hook",
    "http://172.16.0.1/hook",
    "http://192.168.0.1/hook",
    "http://100.64.0.1/hook",
    "https://inward.example.com/hook",  # a public-looking name resolving to a private address
    "https://mixed.example.com/hook",  # one internal address among public ones is enough
]


@pytest.mark.parametrize("url", INTERNAL_TARGETS)
async def test_internal_targets_are_refused_on_create_and_edit(
    client: httpx.AsyncClient, world: World, url: str
) -> None:
    """Issue 14, item 13: every one of these was accepted (201) and the worker delivered to localhost."""
    bot = await webhook_client(client, world)
    created = await client.post(SUBSCRIPTIONS, json={"url": url, "events": ["ticket.*"]}, headers=bot.headers)
    body = assert_problem(created, 422, "webhook.url_not_public")
    assert field_paths(created) == ["body.url"]
    assert "public addresses only" in body["detail"]
    if "example.com" in url:  # the answer does not tell which address the name resolved to
        assert "10.0.0.7" not in body["detail"] and "127.0.0.1" not in body["detail"]

    existing = await subscribe(client, bot)
    edited = await client.patch(f"{SUBSCRIPTIONS}/{existing['id']}", json={"url": url}, headers=bot.headers)
    assert_problem(edited, 422, "webhook.url_not_public")
    assert (await client.get(f"{SUBSCRIPTIONS}/{existing['id']}", headers=bot.headers)).json()["url"] == HOOK_URL


async def test_a_name_that_does_not_resolve_yet_is_accepted(client: httpx.AsyncClient, world: World) -> None:
    """Its addresses are checked again before every delivery, which is the check that counts."""
    bot = await webhook_client(client, world)
    await subscribe(client, bot, url="https://not-yet.example.com/hook")


async def test_the_allow_list_opens_an_internal_receiver(client: httpx.AsyncClient, world: World, app: FastAPI) -> None:
    bot = await webhook_client(client, world)
    app.state.webhook_targets = TargetPolicy(
        allow=AllowList.parse(["hooks.corp.example", "10.30.0.0/16"]), resolver=zone_resolver
    )
    await subscribe(client, bot, url="https://hooks.corp.example/in")
    await subscribe(client, bot, url="http://10.30.1.2:8080/in")
    assert_problem(
        await client.post(
            SUBSCRIPTIONS, json={"url": "http://10.31.0.1/in", "events": ["ticket.*"]}, headers=bot.headers
        ),
        422,
        "webhook.url_not_public",
    )
    assert_problem(
        await client.post(
            SUBSCRIPTIONS, json={"url": "http://169.254.169.254/", "events": ["ticket.*"]}, headers=bot.headers
        ),
        422,
        "webhook.url_not_public",
    )


def test_the_allow_list_setting_is_read_and_checked_at_start_up(tmp_path) -> None:
    settings = make_settings(
        "sqlite+aiosqlite:///unused.db", tmp_path, webhook_allowed_hosts="hooks.corp.example, 10.0.0.0/8"
    )
    allow = settings.webhook_targets().allow
    assert allow.names == {"hooks.corp.example"} and [str(n) for n in allow.networks] == ["10.0.0.0/8"]
    with pytest.raises(ValidationError, match="webhook allow-list entry"):
        make_settings("sqlite+aiosqlite:///unused.db", tmp_path, webhook_allowed_hosts="10.0.0.0/8, not a host")


# --- changing, rotating, deleting ---------------------------------------------------------------


async def test_switching_off_and_on_again(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    bot = await webhook_client(client, world)
    created = await subscribe(client, bot)
    path = f"{SUBSCRIPTIONS}/{created['id']}"
    queued = (await client.post(f"{path}/test", headers=bot.headers)).json()

    changed = await client.patch(
        path, json={"url": f"{HOOK_URL}/v2", "events": ["ticket.created"]}, headers=bot.headers
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["url"] == f"{HOOK_URL}/v2" and changed.json()["events"] == ["ticket.created"]

    off = await client.patch(path, json={"active": False}, headers=bot.headers)
    assert off.json()["active"] is False and off.json()["disabled_at"] is not None
    assert off.json()["disabled_reason"]
    log = (await client.get(f"{path}/deliveries", headers=bot.headers)).json()["items"]
    assert [(d["id"], d["status"]) for d in log] == [(queued["id"], "failed")], "pending deliveries are dropped"
    assert_problem(await client.post(f"{path}/test", headers=bot.headers), 409, "webhook_subscription.inactive")
    assert_problem(
        await client.post(f"{DELIVERIES}/{queued['id']}/redeliver", headers=bot.headers),
        409,
        "webhook_subscription.inactive",
    )

    async with database.session_scope() as session:  # as if the delivery job had seen failures
        await session.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == uuid.UUID(created["id"]))
            .values(failing_since=clock.now() - timedelta(hours=30))
        )
    on = await client.patch(path, json={"active": True}, headers=bot.headers)
    assert on.status_code == 200
    body = on.json()
    assert body["active"] is True
    assert body["disabled_at"] is None and body["disabled_reason"] is None and body["failing_since"] is None

    audit = await client.get(
        "/api/v1/audit",
        params={"entity_type": "webhook_subscription", "entity_id": created["id"]},
        headers=world.headers("hr"),
    )
    assert [e["action"] for e in audit.json()["items"]] == [
        "webhook_subscription.updated",
        "webhook_subscription.updated",
        "webhook_subscription.updated",
        "webhook_subscription.created",
    ]


async def test_rotating_the_secret_shows_the_new_one_once(client: httpx.AsyncClient, world: World) -> None:
    bot = await webhook_client(client, world)
    created = await subscribe(client, bot)
    rotated = await client.post(f"{SUBSCRIPTIONS}/{created['id']}/secret", headers=bot.headers)
    assert rotated.status_code == 200, rotated.text
    assert rotated.headers["cache-control"] == "no-store"
    assert rotated.json()["secret"].startswith("whsec_") and rotated.json()["secret"] != created["secret"]
    shown = await client.get(f"{SUBSCRIPTIONS}/{created['id']}", headers=bot.headers)
    assert rotated.json()["secret"] not in shown.text


async def test_deleting_takes_the_delivery_log_with_it(client: httpx.AsyncClient, world: World) -> None:
    bot = await webhook_client(client, world)
    created = await subscribe(client, bot)
    path = f"{SUBSCRIPTIONS}/{created['id']}"
    queued = (await client.post(f"{path}/test", headers=bot.headers)).json()
    deleted = await client.delete(path, headers=bot.headers)
    assert deleted.status_code == 204 and deleted.content == b""
    assert_problem(await client.get(path, headers=bot.headers), 404)
    assert_problem(await client.delete(path, headers=bot.headers), 404)
    assert_problem(await client.post(f"{DELIVERIES}/{queued['id']}/redeliver", headers=bot.headers), 404)


# --- test deliveries, the log, redelivery -------------------------------------------------------


async def test_test_deliveries_and_redeliveries_are_queued_in_the_log(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    bot = await webhook_client(client, world)
    created = await subscribe(client, bot, events=["transfer.approved"])
    path = f"{SUBSCRIPTIONS}/{created['id']}"
    queued = await client.post(f"{path}/test", headers=bot.headers)
    assert queued.status_code == 202, queued.text
    test = queued.json()
    assert test["event_type"] == "webhook.test" and test["status"] == "pending"
    assert test["event_id"].startswith("evt_test_")
    assert test["data"]["subscription_id"] == created["id"]
    assert test["next_attempt_at"] is not None and test["attempts"] == []

    clock.advance(timedelta(minutes=1))
    again = await client.post(f"{DELIVERIES}/{test['id']}/redeliver", headers=bot.headers)
    assert again.status_code == 202, again.text
    redelivery = again.json()
    assert redelivery["id"] != test["id"]
    assert (redelivery["event_id"], redelivery["event_type"], redelivery["data"], redelivery["occurred_at"]) == (
        test["event_id"],
        test["event_type"],
        test["data"],
        test["occurred_at"],
    )
    clock.advance(timedelta(minutes=1))
    third = (await client.post(f"{path}/test", headers=bot.headers)).json()

    first_page = await client.get(f"{path}/deliveries", params={"limit": 2}, headers=bot.headers)
    assert first_page.status_code == 200
    assert [d["id"] for d in first_page.json()["items"]] == [third["id"], redelivery["id"]]
    rest = await client.get(
        f"{path}/deliveries", params={"limit": 2, "cursor": first_page.json()["next_cursor"]}, headers=bot.headers
    )
    assert [d["id"] for d in rest.json()["items"]] == [test["id"]]
    assert rest.json()["next_cursor"] is None
