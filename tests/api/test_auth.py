"""Sign-in, refresh-token rotation, sign-out, lock-out and password change, as a client sees them."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx

from domain.shared.clock import ManualClock
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


async def test_ten_wrong_passwords_lock_the_account_for_fifteen_minutes(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    username = email_of(world, "staff_s1")
    for _ in range(10):
        assert_unauthorized(await password_grant(client, username, "wrong password"), "auth.invalid_credentials")

    locked = await password_grant(client, username, PASSWORD)

    assert_unauthorized(locked, "auth.account_locked")
    retry_after = int(locked.headers["retry-after"])
    assert 0 < retry_after <= 15 * 60 + 1
    # The lock is per account: the employee number reaches the same, locked account.
    assert_unauthorized(await password_grant(client, world.employee_numbers["staff_s1"]), "auth.account_locked")
    # Others are not affected.
    await sign_in(client, email_of(world, "staff_s2"))

    clock.advance(timedelta(minutes=16))
    tokens = await sign_in(client, username)
    assert (await client.get(ME, headers=bearer(tokens["access_token"]))).status_code == 200


async def test_nine_wrong_passwords_then_the_right_one_resets_the_count(
    client: httpx.AsyncClient, world: World
) -> None:
    username = email_of(world, "staff_s2")
    for _ in range(9):
        assert_unauthorized(await password_grant(client, username, "wrong password"), "auth.invalid_credentials")
    await sign_in(client, username)
    for _ in range(9):
        assert_unauthorized(await password_grant(client, username, "wrong password"), "auth.invalid_credentials")

    await sign_in(client, username)


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


async def test_parallel_wrong_passwords_still_lock_the_account(client: httpx.AsyncClient, world: World) -> None:
    """Guessers in parallel must not overwrite each other's failure counts."""
    username = email_of(world, "staff_s1")
    answers = await asyncio.gather(*(password_grant(client, username, "wrong password") for _ in range(30)))
    assert {a.status_code for a in answers} == {401}
    assert_unauthorized(await password_grant(client, username), "auth.account_locked")
