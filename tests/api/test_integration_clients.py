"""Integration clients: created by admins, secrets shown once and rotated with a grace period,
client_credentials tokens carrying scopes, revocation at once, per-client rate limits."""

from __future__ import annotations

import base64
from datetime import timedelta

import httpx
import pytest

from domain.auth.scopes import Scope
from domain.shared.clock import ManualClock
from tests.factories import World, machine
from tests.support import assert_problem

CLIENTS = "/api/v1/integration-clients"
# any call a machine may make: a metric push whose one value names no store (answered 200)
PUSH = "/api/v1/ingest/metric-values"
PUSH_BODY = {"values": [{"metric_code": "csat", "store_code": "NOPE", "period": "2026-02", "value": "1"}]}


async def _call(client: httpx.AsyncClient, headers: dict[str, str]) -> httpx.Response:
    return await client.post(PUSH, json=PUSH_BODY, headers=headers)


TOKEN = "/api/v1/auth/token"


async def _token(client: httpx.AsyncClient, client_id: str, secret: str, **extra: str) -> httpx.Response:
    return await client.post(
        TOKEN, data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret, **extra}
    )


async def test_admin_creates_a_client_whose_secret_is_shown_once(client: httpx.AsyncClient, world: World) -> None:
    bot = await machine(client, world, "ingest:sales", "read:people", units=["R-EAST"])
    shown = await client.get(f"{CLIENTS}/{bot.client_id}", headers=world.headers("admin"))
    assert shown.status_code == 200
    body = shown.json()
    assert "client_secret" not in body
    assert body["scopes"] == ["ingest:sales", "read:people"]
    assert body["unit_ids"] == [str(world.units["R-EAST"])]
    assert len(body["secrets"]) == 1 and body["secrets"][0]["expires_at"] is None
    assert bot.secret not in shown.text


async def test_token_carries_the_scopes_and_no_refresh_token(client: httpx.AsyncClient, world: World) -> None:
    bot = await machine(client, world, "ingest:sales", "read:people")
    answer = await _token(client, bot.client_id, bot.secret)
    assert answer.status_code == 200
    body = answer.json()
    assert body["scope"] == "ingest:sales read:people"
    assert body["refresh_token"] is None
    assert answer.headers["cache-control"] == "no-store"
    narrowed = await _token(client, bot.client_id, bot.secret, scope="read:people")
    assert narrowed.json()["scope"] == "read:people"
    assert_problem(await _token(client, bot.client_id, bot.secret, scope="webhooks:manage"), 400, "auth.invalid_scope")


async def test_http_basic_client_authentication(client: httpx.AsyncClient, world: World) -> None:
    bot = await machine(client, world, "read:people")
    basic = base64.b64encode(f"{bot.client_id}:{bot.secret}".encode()).decode()
    answer = await client.post(
        TOKEN, data={"grant_type": "client_credentials"}, headers={"Authorization": f"Basic {basic}"}
    )
    assert answer.status_code == 200, answer.text
    wrong = base64.b64encode(f"{bot.client_id}:nope".encode()).decode()
    refused = await client.post(
        TOKEN, data={"grant_type": "client_credentials"}, headers={"Authorization": f"Basic {wrong}"}
    )
    assert_problem(refused, 401, "auth.invalid_client")


async def test_wrong_secret_or_unknown_client_is_refused(client: httpx.AsyncClient, world: World) -> None:
    bot = await machine(client, world, "read:people")
    assert_problem(await _token(client, bot.client_id, bot.secret + "x"), 401, "auth.invalid_client")
    assert_problem(await _token(client, "not-a-uuid", bot.secret), 401, "auth.invalid_client")
    missing = await client.post(TOKEN, data={"grant_type": "client_credentials", "client_id": bot.client_id})
    assert_problem(missing, 401, "auth.invalid_client")


async def test_only_admins_manage_clients(client: httpx.AsyncClient, world: World) -> None:
    body = {"name": "ERP", "scopes": ["ingest:sales"]}
    for who in ("hr", "manager_s1", "staff_s1"):
        assert_problem(await client.post(CLIENTS, json=body, headers=world.headers(who)), 403)
        assert_problem(await client.get(CLIENTS, headers=world.headers(who)), 403)
    bot = await machine(client, world, "webhooks:manage", "read:people")
    assert_problem(await client.get(CLIENTS, headers=bot.headers), 403)


async def test_rotation_keeps_the_old_secret_for_the_grace_period(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    bot = await machine(client, world, "read:people")
    rotated = await client.post(
        f"{CLIENTS}/{bot.client_id}/secrets", json={"grace_period_minutes": 60}, headers=world.headers("admin")
    )
    assert rotated.status_code == 201, rotated.text
    new_secret = rotated.json()["client_secret"]
    assert new_secret != bot.secret
    assert len(rotated.json()["secrets"]) == 2
    assert (await _token(client, bot.client_id, bot.secret)).status_code == 200
    assert (await _token(client, bot.client_id, new_secret)).status_code == 200
    clock.advance(timedelta(minutes=61))
    assert_problem(await _token(client, bot.client_id, bot.secret), 401, "auth.invalid_client")
    assert (await _token(client, bot.client_id, new_secret)).status_code == 200
    listed = await client.get(f"{CLIENTS}/{bot.client_id}", headers=world.headers("admin"))
    assert len(listed.json()["secrets"]) == 1


async def test_revocation_stops_live_tokens_at_once(client: httpx.AsyncClient, world: World) -> None:
    bot = await machine(client, world, "ingest:metrics")
    assert (await _call(client, bot.headers)).status_code == 200
    revoked = await client.post(f"{CLIENTS}/{bot.client_id}/revoke", headers=world.headers("admin"))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    assert_problem(await _call(client, bot.headers), 401, "auth.client_revoked")
    assert_problem(await _token(client, bot.client_id, bot.secret), 401, "auth.invalid_client")
    changed = await client.patch(f"{CLIENTS}/{bot.client_id}", json={"name": "x"}, headers=world.headers("admin"))
    assert_problem(changed, 409, "integration_client.revoked")


async def test_rate_limit_answers_429_with_retry_after(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    clock.set(clock.now().replace(second=30, microsecond=0))
    bot = await machine(client, world, "ingest:metrics", rate_limit_per_minute=3)
    for _ in range(3):
        assert (await _call(client, bot.headers)).status_code == 200
    limited = await _call(client, bot.headers)
    problem = assert_problem(limited, 429, "rate_limited")
    assert limited.headers["retry-after"] == "30"
    assert problem["limit_per_minute"] == 3
    other = await machine(client, world, "ingest:metrics", name="Survey system")
    assert (await _call(client, other.headers)).status_code == 200
    clock.advance(timedelta(seconds=30))
    assert (await _call(client, bot.headers)).status_code == 200


async def test_update_changes_what_new_tokens_carry(client: httpx.AsyncClient, world: World) -> None:
    bot = await machine(client, world, "read:people")
    changed = await client.patch(
        f"{CLIENTS}/{bot.client_id}",
        json={"scopes": ["ingest:sales"], "unit_ids": [str(world.units["S1"])]},
        headers=world.headers("admin"),
    )
    assert changed.status_code == 200, changed.text
    assert (await _token(client, bot.client_id, bot.secret)).json()["scope"] == "ingest:sales"
    unknown = await client.patch(
        f"{CLIENTS}/{bot.client_id}", json={"unit_ids": [str(world.accounts["hr"])]}, headers=world.headers("admin")
    )
    problem = assert_problem(unknown, 422)
    assert problem["errors"][0]["field"] == "body.unit_ids.0"
    audit = await client.get(
        "/api/v1/audit", params={"entity_type": "integration_client"}, headers=world.headers("admin")
    )
    assert {e["action"] for e in audit.json()["items"]} >= {"integration_client.created", "integration_client.updated"}


@pytest.mark.parametrize("scopes", [[], ["nope"], ["read:people", "read:people"]])
async def test_create_refuses_bad_scopes(client: httpx.AsyncClient, world: World, scopes: list[str]) -> None:
    answer = await client.post(CLIENTS, json={"name": "x", "scopes": scopes}, headers=world.headers("admin"))
    assert_problem(answer, 422)


async def test_the_organisations_configuration_is_read_by_people_not_machine_clients(
    client: httpx.AsyncClient, world: World
) -> None:
    """Routing rules, SLA targets, business hours, roster rules, the care policy and the approval
    chains say how the organisation works inside; a POS or HR system (whatever its scopes) has no
    use for them, and they were readable by any client token."""
    pos = await machine(client, world, *(scope.value for scope in Scope))
    readers = [
        "/api/v1/ticket-routing-rules",
        "/api/v1/sla-policies",
        f"/api/v1/departments/{world.units['D-OPS']}/business-hours",
        "/api/v1/roster-rules",
        "/api/v1/care-policy",
        "/api/v1/arrangement-chain",
        "/api/v1/transfer-chains/secondment",
        "/api/v1/training/policy",
    ]
    for path in readers:
        refused = await client.get(path, headers={"Authorization": f"Bearer {pos.token}"})
        assert refused.status_code == 403, (path, refused.text)
        assert refused.json()["type"].endswith("/auth.people_only"), path
        assert (await client.get(path, headers=world.headers("staff_s1"))).status_code == 200, path
