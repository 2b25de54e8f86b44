"""Sign-in, refresh-token rotation, sign-out, throttling and password change, as a client sees them."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from api.main import create_app
from api.settings import Settings
from domain.auth import sign_in_counters
from domain.auth.models import SignInKnownAddress, SignInThrottle
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.factories import PASSWORD, World
from tests.support import assert_problem, bearer

TOKEN = "/api/v1/auth/token"
ME = "/api/v1/me"
NEW_PASSWORD = "a brand new passphrase 42"


def assert_unauthorized(response: httpx.Response, slug: str) -> dict[str, Any]:
    body = assert_problem(response, 401, slug)
    assert response.headers["www-authenticate"].startswith("Bearer")
    return body


async def password_grant(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> httpx.Response:
    return await client.post(TOKEN, data={"grant_type": "password", "username": username, "password": password})


async def sign_in(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> dict[str, Any]:
    response = await password_grant(client, username, password)
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


async def refresh(client: httpx.AsyncClient, refresh_token: str) -> httpx.Response:
    return await client.post(TOKEN, json={"grant_type": "refresh_token", "refresh_token": refresh_token})


def email_of(world: World, name: str) -> str:
    email = world.emails[name]
    assert email is not None
    return email


# --- password grant -----------------------------------------------------------------------------


async def test_password_grant_as_form_returns_a_token_pair_that_is_not_cached(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await password_grant(client, email_of(world, "manager_s1"))

    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] > 0
    assert body["access_token"]
    assert body["refresh_token"]
    assert body["access_token"] != body["refresh_token"]


async def test_password_grant_as_json(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        TOKEN, json={"grant_type": "password", "username": email_of(world, "hr"), "password": PASSWORD}
    )

    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    assert response.json()["token_type"] == "bearer"


async def test_sign_in_by_email_ignores_case(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, "  " + email_of(world, "staff_s1").upper())

    me = await client.get(ME, headers=bearer(tokens["access_token"]))
    assert me.status_code == 200, me.text
    assert me.json()["account_id"] == str(world.accounts["staff_s1"])


async def test_sign_in_by_employee_number(client: httpx.AsyncClient, world: World) -> None:
    """staff_s3 has no e-mail at all: the employee number is the only way in."""
    tokens = await sign_in(client, world.employee_numbers["staff_s3"])

    me = await client.get(ME, headers=bearer(tokens["access_token"]))
    assert me.status_code == 200, me.text
    assert me.json()["account_id"] == str(world.accounts["staff_s3"])


async def test_me_shows_the_grants_and_the_employee(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "manager_s1"))

    response = await client.get(ME, headers=bearer(tokens["access_token"]))

    assert response.status_code == 200, response.text
    me = response.json()
    assert me["account_id"] == str(world.accounts["manager_s1"])
    assert me["email"] == email_of(world, "manager_s1")
    assert me["sees_everyone"] is False
    assert [(g["role"], g["org_unit_code"], g["org_unit_id"]) for g in me["grants"]] == [
        ("store_manager", "S1", str(world.units["S1"]))
    ]
    employee = me["employee"]
    assert employee["id"] == str(world.employees["manager_s1"])
    assert employee["employee_no"] == world.employee_numbers["manager_s1"]
    assert employee["home_unit_id"] == str(world.units["S1"])


async def test_me_for_hr_sees_everyone(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "hr"))

    me = (await client.get(ME, headers=bearer(tokens["access_token"]))).json()

    assert me["sees_everyone"] is True
    assert [(g["role"], g["org_unit_code"]) for g in me["grants"]] == [("hr", "HQ")]


async def test_me_without_a_token_is_401(client: httpx.AsyncClient, world: World) -> None:
    assert_unauthorized(await client.get(ME), "auth.missing_token")


# --- wrong credentials and lock-out --------------------------------------------------------------


async def test_wrong_password_and_unknown_user_get_the_same_answer(client: httpx.AsyncClient, world: World) -> None:
    wrong_password = await password_grant(client, email_of(world, "hr"), "not the password")
    unknown_user = await password_grant(client, "nobody@test.example", PASSWORD)

    first = assert_unauthorized(wrong_password, "auth.invalid_credentials")
    second = assert_unauthorized(unknown_user, "auth.invalid_credentials")
    assert first["detail"] == second["detail"]
    assert "access_token" not in first


# Sign-in attempts are throttled, never locked (issue 14, items 15 and 16): per name, 5 failures
# are free, then each failure makes the next attempt wait 1 s, 2 s, 4 s, ... up to 15 minutes;
# per client address the same after 20 failures. An attempt that must wait is not evaluated.
FREE_PER_NAME = 5
FREE_PER_ADDRESS = 20


@contextlib.asynccontextmanager
async def from_address(app: FastAPI, address: str) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=(address, 50_000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


class WatchedHasher:
    """The app's argon2 hasher, calling `before_verify` (in whatever thread verifies) first."""

    def __init__(self, inner: Any, before_verify: Callable[[], None]) -> None:
        self._inner, self._before_verify = inner, before_verify

    def verify(self, password_hash: str, password: str) -> bool:
        self._before_verify()
        return bool(self._inner.verify(password_hash, password))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def watch_verifications(app: FastAPI, before_verify: Callable[[], None]) -> None:
    hashing = app.state.hashing
    hashing._hasher = WatchedHasher(hashing._hasher, before_verify)


def assert_throttled(response: httpx.Response, wait_s: int) -> None:
    assert_problem(response, 429, "auth.too_many_attempts")
    assert response.headers["retry-after"] == str(wait_s)
    assert "access_token" not in response.text


async def test_after_five_failures_a_name_waits_longer_after_each_failure(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    username = email_of(world, "staff_s1")
    for _ in range(FREE_PER_NAME + 1):
        assert_unauthorized(await password_grant(client, username, "wrong password"), "auth.invalid_credentials")
    assert_throttled(await password_grant(client, username, "wrong password"), 1)
    # a waiting name is not evaluated at all: the right password is not let through early
    assert_throttled(await password_grant(client, username), 1)
    # the employee number reaches the same account, and the same count
    assert_throttled(await password_grant(client, world.employee_numbers["staff_s1"]), 1)

    clock.advance(timedelta(seconds=1))
    assert_unauthorized(await password_grant(client, username, "wrong password"), "auth.invalid_credentials")
    assert_throttled(await password_grant(client, username, "wrong password"), 2)
    clock.advance(timedelta(seconds=2))
    assert_unauthorized(await password_grant(client, username, "wrong password"), "auth.invalid_credentials")
    assert_throttled(await password_grant(client, username), 4)
    # others are not affected
    await sign_in(client, email_of(world, "staff_s2"))

    clock.advance(timedelta(seconds=4))
    await sign_in(client, username)  # the right password clears the name's count
    for _ in range(FREE_PER_NAME):
        assert_unauthorized(await password_grant(client, username, "wrong password"), "auth.invalid_credentials")
    await sign_in(client, username)


async def test_unknown_names_and_real_ones_are_answered_alike(app: FastAPI, world: World, clock: ManualClock) -> None:
    """No `account_locked` for real names only: whether a name exists cannot be told by guessing."""

    async def answers(username: str, address: str) -> list[tuple[int, str, str | None]]:
        seen = []
        async with from_address(app, address) as http:
            for step in range(FREE_PER_NAME + 4):
                if step == FREE_PER_NAME + 2:
                    clock.advance(timedelta(seconds=1))
                response = await password_grant(http, username, "wrong password")
                seen.append((response.status_code, response.json()["type"], response.headers.get("retry-after")))
        return seen

    real = await answers(email_of(world, "staff_s2"), "198.51.100.1")
    clock.advance(timedelta(hours=2))
    unknown = await answers("nobody@test.example", "198.51.100.2")

    assert real == unknown
    assert {kind for _, kind, _ in real} == {"/problems/auth.invalid_credentials", "/problems/auth.too_many_attempts"}


async def test_nobody_can_lock_the_admin_out(app: FastAPI, world: World, clock: ManualClock) -> None:
    """Guessers throttle the admin's name, but from an address the admin signed in from before the
    name's throttle does not apply: only that address's own count does."""
    admin = email_of(world, "admin")
    async with from_address(app, "10.1.1.1") as office:
        await sign_in(office, admin)
    for number in range(3 * FREE_PER_NAME):
        async with from_address(app, f"203.0.113.{number + 1}") as attacker:
            answer = await password_grant(attacker, admin, f"guess {number}")
            assert answer.status_code in (401, 429), answer.text
    assert answer.status_code == 429, "the attackers are slowed down"

    async with from_address(app, "10.1.1.1") as office:
        tokens = await sign_in(office, admin)
        assert (await office.get(ME, headers=bearer(tokens["access_token"]))).status_code == 200
    async with from_address(app, "198.51.100.77") as travelling:  # a new place waits like anyone else
        assert (await password_grant(travelling, admin)).status_code == 429


async def test_one_address_guessing_many_names_is_slowed_down(app: FastAPI, world: World) -> None:
    async with from_address(app, "203.0.113.50") as sprayer:
        for number in range(FREE_PER_ADDRESS + 1):
            answer = await password_grant(sprayer, f"user{number}@test.example", "Winter2026!")
            assert_unauthorized(answer, "auth.invalid_credentials")
        assert_throttled(await password_grant(sprayer, "fresh-name@test.example", "Winter2026!"), 1)
        assert_throttled(await password_grant(sprayer, email_of(world, "hr")), 1)
    async with from_address(app, "203.0.113.51") as elsewhere:
        await sign_in(elsewhere, email_of(world, "hr"))


async def test_thirty_parallel_guesses_are_counted_before_any_is_evaluated(
    world: World, settings: Settings, clock: ManualClock
) -> None:
    """Issue 14, item 16: 30 parallel guesses had 17 evaluated before the lock held. Counted (a row
    lock, one transaction per attempt) before verifying, exactly the free ones and the first
    throttled one are evaluated, through two server processes' worth of apps and connections."""
    apps = [create_app(settings, clock=clock) for _ in range(2)]
    evaluated: list[str] = []
    for each in apps:
        watch_verifications(each, lambda: evaluated.append("verified"))
    username = email_of(world, "staff_s1")

    async def guess(number: int) -> httpx.Response:
        async with from_address(apps[number % 2], f"192.0.2.{number + 1}") as http:
            return await password_grant(http, username, f"guess {number}")

    try:
        answers = await asyncio.gather(*(guess(number) for number in range(30)))
    finally:
        for each in apps:
            await each.state.database.dispose()

    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [401] * (FREE_PER_NAME + 1) + [429] * (30 - FREE_PER_NAME - 1), statuses
    assert len(evaluated) == FREE_PER_NAME + 1


async def test_a_sign_in_being_hashed_does_not_stall_other_requests(
    client: httpx.AsyncClient, world: World, app: FastAPI
) -> None:
    """Issue 14, item 15: argon2 ran on the event loop, so every sign-in stalled the whole process.
    The hash is verified in a worker thread while the loop answers others."""
    hashing_started, may_finish, hashing_ended = threading.Event(), threading.Event(), threading.Event()

    def slow() -> None:
        hashing_started.set()
        may_finish.wait(timeout=3)  # on the event loop this would hold every request for 3 s
        hashing_ended.set()

    watch_verifications(app, slow)
    signing_in = asyncio.create_task(password_grant(client, email_of(world, "staff_s1")))
    assert await asyncio.to_thread(hashing_started.wait, 3)

    health = await client.get("/healthz")

    assert health.status_code == 200
    assert not hashing_ended.is_set(), "the health check had to wait for the password check"
    may_finish.set()
    assert (await signing_in).status_code == 200


# --- deactivated accounts ------------------------------------------------------------------------


async def test_deactivated_account_cannot_sign_in_or_refresh(client: httpx.AsyncClient, world: World) -> None:
    username = email_of(world, "staff_s1")
    tokens = await sign_in(client, username)

    patched = await client.patch(
        f"/api/v1/accounts/{world.accounts['staff_s1']}", json={"is_active": False}, headers=world.headers("admin")
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["is_active"] is False

    assert_unauthorized(await password_grant(client, username), "auth.account_disabled")
    stale = await refresh(client, tokens["refresh_token"])
    assert stale.status_code == 401
    assert stale.json()["type"] in ("/problems/auth.invalid_refresh_token", "/problems/auth.account_disabled")


async def test_deactivated_account_with_a_wrong_password_gives_nothing_away(
    client: httpx.AsyncClient, world: World
) -> None:
    await client.patch(
        f"/api/v1/accounts/{world.accounts['staff_s1']}", json={"is_active": False}, headers=world.headers("admin")
    )

    response = await password_grant(client, email_of(world, "staff_s1"), "not the password")

    assert_unauthorized(response, "auth.invalid_credentials")


async def test_reactivated_account_can_sign_in_again(client: httpx.AsyncClient, world: World) -> None:
    url = f"/api/v1/accounts/{world.accounts['staff_s1']}"
    await client.patch(url, json={"is_active": False}, headers=world.headers("admin"))
    assert_unauthorized(await password_grant(client, email_of(world, "staff_s1")), "auth.account_disabled")

    reactivated = await client.patch(url, json={"is_active": True}, headers=world.headers("admin"))
    assert reactivated.status_code == 200, reactivated.text

    await sign_in(client, email_of(world, "staff_s1"))


async def test_employee_who_left_cannot_sign_in_or_refresh(client: httpx.AsyncClient, world: World) -> None:
    """Leaving the company disables the account without anyone touching it."""
    tokens = await sign_in(client, email_of(world, "staff_s2"))
    left = await client.patch(
        f"/api/v1/employees/{world.employees['staff_s2']}", json={"status": "left"}, headers=world.headers("hr")
    )
    assert left.status_code == 200, left.text

    assert_unauthorized(await password_grant(client, email_of(world, "staff_s2")), "auth.account_disabled")
    assert_unauthorized(await refresh(client, tokens["refresh_token"]), "auth.account_disabled")
    # The refused refresh ended the session for good.
    assert_unauthorized(await refresh(client, tokens["refresh_token"]), "auth.invalid_refresh_token")


# --- refresh-token rotation ----------------------------------------------------------------------


async def test_refresh_returns_a_new_pair(client: httpx.AsyncClient, world: World, clock: ManualClock) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s2"))
    clock.advance(timedelta(seconds=5))

    response = await refresh(client, tokens["refresh_token"])

    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    fresh = response.json()
    assert fresh["token_type"] == "bearer"
    assert fresh["refresh_token"] != tokens["refresh_token"]
    assert fresh["access_token"] != tokens["access_token"]
    me = await client.get(ME, headers=bearer(fresh["access_token"]))
    assert me.status_code == 200
    assert me.json()["account_id"] == str(world.accounts["staff_s2"])
    # The new refresh token can be spent in turn.
    assert (await refresh(client, fresh["refresh_token"])).status_code == 200


async def test_refresh_as_form(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s2"))

    response = await client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]})

    assert response.status_code == 200, response.text


async def test_reused_refresh_token_revokes_the_whole_family(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s2"))
    rotated = await refresh(client, tokens["refresh_token"])
    assert rotated.status_code == 200
    successor = rotated.json()["refresh_token"]

    replay = await refresh(client, tokens["refresh_token"])

    assert_unauthorized(replay, "auth.refresh_token_reused")
    assert_unauthorized(await refresh(client, successor), "auth.invalid_refresh_token")


async def test_reuse_in_one_session_leaves_other_sessions_alone(client: httpx.AsyncClient, world: World) -> None:
    username = email_of(world, "staff_s2")
    victim = await sign_in(client, username)
    other = await sign_in(client, username)
    assert (await refresh(client, victim["refresh_token"])).status_code == 200
    assert_unauthorized(await refresh(client, victim["refresh_token"]), "auth.refresh_token_reused")

    assert (await refresh(client, other["refresh_token"])).status_code == 200


async def test_access_token_is_not_a_refresh_token(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s2"))

    response = await refresh(client, tokens["access_token"])

    assert_unauthorized(response, "auth.invalid_refresh_token")


async def test_garbage_refresh_token_is_refused(client: httpx.AsyncClient, world: World) -> None:
    assert_unauthorized(await refresh(client, "not.a.jwt"), "auth.invalid_refresh_token")


async def test_refresh_token_is_not_an_access_token(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s2"))

    response = await client.get(ME, headers=bearer(tokens["refresh_token"]))

    assert_unauthorized(response, "auth.invalid_token")


async def test_expired_refresh_token_is_refused(client: httpx.AsyncClient, world: World, clock: ManualClock) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s2"))
    clock.advance(timedelta(seconds=tokens["refresh_expires_in"] + 1))

    assert_unauthorized(await refresh(client, tokens["refresh_token"]), "auth.invalid_refresh_token")


async def test_concurrent_refreshes_with_one_token_let_exactly_one_through(
    client: httpx.AsyncClient, world: World
) -> None:
    """SQLite serialises the two transactions (BEGIN IMMEDIATE); PostgreSQL lets a conditional
    UPDATE decide. Either way the token is spent once."""
    tokens = await sign_in(client, email_of(world, "staff_s2"))

    first, second = await asyncio.gather(
        refresh(client, tokens["refresh_token"]), refresh(client, tokens["refresh_token"])
    )

    statuses = sorted([first.status_code, second.status_code])
    assert statuses == [200, 401], (first.text, second.text)
    loser = first if first.status_code == 401 else second
    assert_unauthorized(loser, "auth.refresh_token_reused")


# --- sign-out and expiry -------------------------------------------------------------------------


async def test_logout_ends_the_session(client: httpx.AsyncClient, world: World) -> None:
    username = email_of(world, "staff_s1")
    tokens = await sign_in(client, username)
    other_session = await sign_in(client, username)

    response = await client.post("/api/v1/auth/logout", headers=bearer(tokens["access_token"]))

    assert response.status_code == 204, response.text
    assert response.content == b""
    assert_unauthorized(await refresh(client, tokens["refresh_token"]), "auth.invalid_refresh_token")
    assert (await refresh(client, other_session["refresh_token"])).status_code == 200


async def test_logout_also_ends_refresh_tokens_issued_later_in_the_session(
    client: httpx.AsyncClient, world: World
) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s1"))
    rotated = (await refresh(client, tokens["refresh_token"])).json()

    # The original access token still names the session, so signing out with it ends the rotated pair too.
    assert (await client.post("/api/v1/auth/logout", headers=bearer(tokens["access_token"]))).status_code == 204

    assert_unauthorized(await refresh(client, rotated["refresh_token"]), "auth.invalid_refresh_token")


async def test_logout_needs_a_token(client: httpx.AsyncClient, world: World) -> None:
    assert_unauthorized(await client.post("/api/v1/auth/logout"), "auth.missing_token")


async def test_access_token_expires(client: httpx.AsyncClient, world: World, clock: ManualClock) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s1"))
    clock.advance(timedelta(seconds=tokens["expires_in"] - 1))
    assert (await client.get(ME, headers=bearer(tokens["access_token"]))).status_code == 200

    clock.advance(timedelta(seconds=2))

    assert_unauthorized(await client.get(ME, headers=bearer(tokens["access_token"])), "auth.invalid_token")
    # The refresh token outlives it and gets a working access token again.
    fresh = await refresh(client, tokens["refresh_token"])
    assert fresh.status_code == 200
    assert (await client.get(ME, headers=bearer(fresh.json()["access_token"]))).status_code == 200


async def test_tampered_access_token_is_refused(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s1"))
    header, payload, signature = tokens["access_token"].split(".")
    forged = f"{header}.{payload}.{signature[:-4]}AAAA"

    assert_unauthorized(await client.get(ME, headers=bearer(forged)), "auth.invalid_token")


# --- malformed token requests --------------------------------------------------------------------


async def test_unsupported_content_type_is_415(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        TOKEN,
        content=f"grant_type=password&username=hr@test.example&password={PASSWORD}",
        headers={"Content-Type": "text/plain"},
    )

    assert_problem(response, 415, "request.unsupported_media_type")


async def test_missing_content_type_is_415(client: httpx.AsyncClient, world: World) -> None:
    assert_problem(await client.post(TOKEN), 415, "request.unsupported_media_type")


async def test_malformed_json_is_400(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        TOKEN, content=b'{"grant_type": "password", "username":', headers={"Content-Type": "application/json"}
    )

    assert_problem(response, 400, "request.malformed_json")


async def test_unknown_grant_type_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(TOKEN, data={"grant_type": "authorization_code", "code": "x"})

    body = assert_problem(response, 422, "validation.failed")
    assert body["errors"]
    assert all(error["field"].startswith("body") for error in body["errors"])


async def test_missing_password_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(TOKEN, data={"grant_type": "password", "username": "hr@test.example"})

    body = assert_problem(response, 422, "validation.failed")
    fields = [error["field"] for error in body["errors"]]
    assert fields
    assert all(field.startswith("body") for field in fields)
    assert any(field.endswith("password") for field in fields)


async def test_empty_password_in_a_form_counts_as_missing(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(TOKEN, data={"grant_type": "password", "username": "hr@test.example", "password": ""})

    body = assert_problem(response, 422, "validation.failed")
    assert any(error["field"].endswith("password") for error in body["errors"])


async def test_json_body_that_is_not_an_object_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(TOKEN, json=["grant_type", "password"])

    body = assert_problem(response, 422, "validation.failed")
    assert all(error["field"].startswith("body") for error in body["errors"])


async def test_unknown_field_in_a_json_token_request_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        TOKEN,
        json={"grant_type": "password", "username": "hr@test.example", "password": PASSWORD, "remember_me": True},
    )

    body = assert_problem(response, 422, "validation.failed")
    assert any(error["field"].startswith("body") and "remember_me" in error["field"] for error in body["errors"])


# --- changing one's own password ----------------------------------------------------------------


async def test_change_password_with_the_wrong_current_password_is_422(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s1"))

    response = await client.put(
        f"{ME}/password",
        json={"current_password": "not the password", "new_password": NEW_PASSWORD},
        headers=bearer(tokens["access_token"]),
    )

    body = assert_problem(response, 422)
    assert [error["field"] for error in body["errors"]] == ["body.current_password"]
    # Nothing changed.
    await sign_in(client, email_of(world, "staff_s1"))


async def test_change_password_to_something_short_is_422(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s1"))

    response = await client.put(
        f"{ME}/password",
        json={"current_password": PASSWORD, "new_password": "short"},
        headers=bearer(tokens["access_token"]),
    )

    body = assert_problem(response, 422, "validation.failed")
    assert [error["field"] for error in body["errors"]] == ["body.new_password"]


async def test_change_password_to_the_same_one_is_422(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, email_of(world, "staff_s1"))

    response = await client.put(
        f"{ME}/password",
        json={"current_password": PASSWORD, "new_password": PASSWORD},
        headers=bearer(tokens["access_token"]),
    )

    body = assert_problem(response, 422, "auth.password_reused")
    assert [error["field"] for error in body["errors"]] == ["body.new_password"]


async def test_change_password_swaps_the_password_and_ends_other_sessions(
    client: httpx.AsyncClient, world: World
) -> None:
    username = email_of(world, "staff_s1")
    current = await sign_in(client, username)
    other = await sign_in(client, username)

    response = await client.put(
        f"{ME}/password",
        json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        headers=bearer(current["access_token"]),
    )

    assert response.status_code == 204, response.text
    assert_unauthorized(await password_grant(client, username, PASSWORD), "auth.invalid_credentials")
    await sign_in(client, username, NEW_PASSWORD)
    assert_unauthorized(await refresh(client, other["refresh_token"]), "auth.invalid_refresh_token")
    # The session that changed the password carries on.
    assert (await refresh(client, current["refresh_token"])).status_code == 200


async def test_idle_counters_are_forgotten_by_the_worker(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await sign_in(client, email_of(world, "staff_s2"))
    for _ in range(FREE_PER_NAME + 2):
        await password_grant(client, email_of(world, "staff_s1"), "wrong password")
    assert await sign_in_counters.purge(database, clock) == 0, "still in use"

    clock.advance(timedelta(hours=2))
    assert await sign_in_counters.purge(database, clock) == 2  # the name's and the address's
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(SignInThrottle)) == 0
        assert await session.scalar(select(func.count()).select_from(SignInKnownAddress)) == 1
    await sign_in(client, email_of(world, "staff_s1"))
