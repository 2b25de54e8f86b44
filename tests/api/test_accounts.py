"""Account and role-grant administration: who may do it, what it refuses, and what it leaves behind."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest

from domain.shared.clock import ManualClock
from domain.shared.pagination import encode_cursor
from tests.factories import PASSWORD, World
from tests.support import assert_problem, bearer

ACCOUNTS = "/api/v1/accounts"
TOKEN = "/api/v1/auth/token"
NEW_PASSWORD = "fresh passphrase for the new hire"


async def sign_in(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> dict[str, Any]:
    response = await client.post(TOKEN, data={"grant_type": "password", "username": username, "password": password})
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


async def refresh(client: httpx.AsyncClient, refresh_token: str) -> dict[str, Any]:
    response = await client.post(TOKEN, json={"grant_type": "refresh_token", "refresh_token": refresh_token})
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


async def new_employee(
    client: httpx.AsyncClient, world: World, number: str, *, home: str = "S1", email: str | None = None
) -> dict[str, Any]:
    """An employee without an account yet, entered by HR."""
    body: dict[str, Any] = {
        "employee_no": number,
        "full_name": f"New Hire {number}",
        "home_unit_id": str(world.units[home]),
        "hire_date": "2026-03-01",
    }
    if email is not None:
        body["email"] = email
    response = await client.post("/api/v1/employees", json=body, headers=world.headers("hr"))
    assert response.status_code == 201, response.text
    employee: dict[str, Any] = response.json()
    return employee


async def create_account(client: httpx.AsyncClient, world: World, as_: str, body: dict[str, Any]) -> httpx.Response:
    return await client.post(ACCOUNTS, json=body, headers=world.headers(as_))


async def account_of(client: httpx.AsyncClient, world: World, name: str) -> dict[str, Any]:
    response = await client.get(f"{ACCOUNTS}/{world.accounts[name]}", headers=world.headers("admin"))
    assert response.status_code == 200, response.text
    account: dict[str, Any] = response.json()
    return account


async def audit_of(client: httpx.AsyncClient, world: World, account_id: str) -> httpx.Response:
    response = await client.get(
        "/api/v1/audit", params={"entity_type": "account", "entity_id": account_id}, headers=world.headers("hr")
    )
    assert response.status_code == 200, response.text
    return response


# --- creating accounts ---------------------------------------------------------------------------


async def test_admin_creates_an_account_with_the_default_employee_grant(
    client: httpx.AsyncClient, world: World
) -> None:
    employee = await new_employee(client, world, "E9001", home="S2")

    response = await create_account(client, world, "admin", {"employee_id": employee["id"], "password": NEW_PASSWORD})

    assert response.status_code == 201, response.text
    account = response.json()
    assert account["employee_id"] == employee["id"]
    assert account["email"] is None
    assert account["is_active"] is True
    assert account["locked_until"] is None
    assert account["last_login_at"] is None
    assert [(g["role"], g["org_unit_id"]) for g in account["grants"]] == [("employee", str(world.units["S2"]))]
    assert "password" not in account
    assert "password_hash" not in account

    tokens = await sign_in(client, "E9001", NEW_PASSWORD)
    me = (await client.get("/api/v1/me", headers=bearer(tokens["access_token"]))).json()
    assert me["account_id"] == account["id"]
    assert me["employee"]["id"] == employee["id"]
    assert [(g["role"], g["org_unit_code"]) for g in me["grants"]] == [("employee", "S2")]

    fetched = await client.get(f"{ACCOUNTS}/{account['id']}", headers=world.headers("admin"))
    assert fetched.status_code == 200
    assert fetched.json()["last_login_at"] is not None


async def test_account_with_an_email_signs_in_by_either(client: httpx.AsyncClient, world: World) -> None:
    employee = await new_employee(client, world, "E9002")

    response = await create_account(
        client,
        world,
        "hr",
        {"employee_id": employee["id"], "email": "  New.Hire@Test.Example ", "password": NEW_PASSWORD},
    )

    assert response.status_code == 201, response.text
    assert response.json()["email"] == "new.hire@test.example"
    await sign_in(client, "new.hire@test.example", NEW_PASSWORD)
    await sign_in(client, "E9002", NEW_PASSWORD)


async def test_explicit_grants_replace_the_default(client: httpx.AsyncClient, world: World) -> None:
    employee = await new_employee(client, world, "E9003", home="S1")

    response = await create_account(
        client,
        world,
        "hr",
        {
            "employee_id": employee["id"],
            "password": NEW_PASSWORD,
            "grants": [{"role": "store_manager", "org_unit_id": str(world.units["S1"])}],
        },
    )

    assert response.status_code == 201, response.text
    assert [(g["role"], g["org_unit_id"]) for g in response.json()["grants"]] == [
        ("store_manager", str(world.units["S1"]))
    ]


async def test_account_without_employee_or_email_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await create_account(client, world, "admin", {"password": NEW_PASSWORD})

    body = assert_problem(response, 422, "account.no_login")
    assert [e["field"] for e in body["errors"]] == ["body.email"]


async def test_hr_cannot_create_an_admin(client: httpx.AsyncClient, world: World) -> None:
    employee = await new_employee(client, world, "E9004", home="D-IT")
    body = {
        "employee_id": employee["id"],
        "password": NEW_PASSWORD,
        "grants": [{"role": "admin", "org_unit_id": str(world.units["HQ"])}],
    }

    assert_problem(await create_account(client, world, "hr", body), 403, "auth.forbidden")
    # Nothing was created: the employee is still free for an account.
    created = await create_account(client, world, "admin", body)
    assert created.status_code == 201, created.text
    assert [g["role"] for g in created.json()["grants"]] == ["admin"]


async def test_hr_cannot_grant_the_admin_role(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        f"{ACCOUNTS}/{world.accounts['ops_staff']}/grants",
        json={"role": "admin", "org_unit_id": str(world.units["HQ"])},
        headers=world.headers("hr"),
    )

    assert_problem(response, 403, "auth.forbidden")
    assert [g["role"] for g in (await account_of(client, world, "ops_staff"))["grants"]] == ["employee"]


async def test_hr_cannot_revoke_the_admin_role(client: httpx.AsyncClient, world: World) -> None:
    (grant,) = (await account_of(client, world, "admin"))["grants"]

    response = await client.delete(
        f"{ACCOUNTS}/{world.accounts['admin']}/grants/{grant['id']}", headers=world.headers("hr")
    )

    assert_problem(response, 403, "auth.forbidden")


@pytest.mark.parametrize("change", [{"is_active": False}, {"password": NEW_PASSWORD}, {"email": "admin2@test.example"}])
async def test_hr_cannot_change_an_admins_account(
    client: httpx.AsyncClient, world: World, change: dict[str, Any]
) -> None:
    url = f"{ACCOUNTS}/{world.accounts['admin']}"

    assert_problem(await client.patch(url, json=change, headers=world.headers("hr")), 403, "auth.forbidden")

    account = await account_of(client, world, "admin")
    assert account["is_active"] is True
    assert account["email"] == world.emails["admin"]
    await sign_in(client, "admin@test.example")


async def test_admin_can_change_an_admins_account_and_grant_admin(client: httpx.AsyncClient, world: World) -> None:
    patched = await client.patch(
        f"{ACCOUNTS}/{world.accounts['admin']}", json={"email": "root@test.example"}, headers=world.headers("admin")
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["email"] == "root@test.example"
    await sign_in(client, "root@test.example")

    granted = await client.post(
        f"{ACCOUNTS}/{world.accounts['hr']}/grants",
        json={"role": "admin", "org_unit_id": str(world.units["HQ"])},
        headers=world.headers("admin"),
    )
    assert granted.status_code == 201, granted.text
    assert sorted(g["role"] for g in granted.json()["grants"]) == ["admin", "hr"]


async def test_hr_manages_ordinary_accounts(client: httpx.AsyncClient, world: World) -> None:
    url = f"{ACCOUNTS}/{world.accounts['staff_s1']}"

    patched = await client.patch(url, json={"password": NEW_PASSWORD}, headers=world.headers("hr"))

    assert patched.status_code == 200, patched.text
    await sign_in(client, world.employee_numbers["staff_s1"], NEW_PASSWORD)
    failed = await client.post(
        TOKEN, data={"grant_type": "password", "username": "staff-s1@test.example", "password": PASSWORD}
    )
    assert_problem(failed, 401, "auth.invalid_credentials")


async def test_password_reset_by_hr_ends_the_persons_sessions(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, "staff-s1@test.example")

    patched = await client.patch(
        f"{ACCOUNTS}/{world.accounts['staff_s1']}", json={"password": NEW_PASSWORD}, headers=world.headers("hr")
    )
    assert patched.status_code == 200, patched.text

    stale = await client.post(TOKEN, json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]})
    assert_problem(stale, 401, "auth.invalid_refresh_token")


# --- who may use the endpoints -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["manager_s1", "region_east", "staff_s1", "ops_staff", "ops_head", "leader"])
async def test_only_hr_and_admins_reach_accounts(client: httpx.AsyncClient, world: World, name: str) -> None:
    headers = world.headers(name)
    target = world.accounts["staff_s2"]
    (grant,) = (await account_of(client, world, "staff_s2"))["grants"]
    grant_body = {"role": "store_manager", "org_unit_id": str(world.units["S2"])}

    responses = [
        await client.get(ACCOUNTS, headers=headers),
        await client.post(ACCOUNTS, json={"email": "sneaky@test.example", "password": NEW_PASSWORD}, headers=headers),
        await client.get(f"{ACCOUNTS}/{target}", headers=headers),
        await client.get(f"{ACCOUNTS}/{world.accounts[name]}", headers=headers),
        await client.patch(f"{ACCOUNTS}/{target}", json={"is_active": False}, headers=headers),
        await client.patch(f"{ACCOUNTS}/{world.accounts[name]}", json={"password": NEW_PASSWORD}, headers=headers),
        await client.post(f"{ACCOUNTS}/{target}/grants", json=grant_body, headers=headers),
        await client.post(f"{ACCOUNTS}/{world.accounts[name]}/grants", json=grant_body, headers=headers),
        await client.delete(f"{ACCOUNTS}/{target}/grants/{grant['id']}", headers=headers),
        await client.get(f"{ACCOUNTS}/{uuid.uuid4()}", headers=headers),
    ]

    for response in responses:
        assert_problem(response, 403, "auth.forbidden")
    after = await account_of(client, world, "staff_s2")
    assert after["is_active"] is True
    assert [g["id"] for g in after["grants"]] == [grant["id"]]


async def test_accounts_need_a_token(client: httpx.AsyncClient, world: World) -> None:
    response = await client.get(ACCOUNTS)

    assert_problem(response, 401, "auth.missing_token")


# --- refusals ------------------------------------------------------------------------------------


async def test_duplicate_email_is_409(client: httpx.AsyncClient, world: World) -> None:
    response = await create_account(client, world, "hr", {"email": "HR@Test.Example", "password": NEW_PASSWORD})

    assert_problem(response, 409, "account.email_taken")


async def test_changing_to_a_taken_email_is_409(client: httpx.AsyncClient, world: World) -> None:
    response = await client.patch(
        f"{ACCOUNTS}/{world.accounts['staff_s1']}", json={"email": "staff-s2@test.example"}, headers=world.headers("hr")
    )

    assert_problem(response, 409, "account.email_taken")


async def test_employee_with_an_account_already_is_409(client: httpx.AsyncClient, world: World) -> None:
    response = await create_account(
        client, world, "hr", {"employee_id": str(world.employees["staff_s3"]), "password": NEW_PASSWORD}
    )

    assert_problem(response, 409, "account.employee_has_account")


async def test_unknown_employee_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await create_account(client, world, "hr", {"employee_id": str(uuid.uuid4()), "password": NEW_PASSWORD})

    body = assert_problem(response, 422, "account.employee_unknown")
    assert [e["field"] for e in body["errors"]] == ["body.employee_id"]


async def test_short_password_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await create_account(client, world, "hr", {"email": "short@test.example", "password": "123456789"})

    body = assert_problem(response, 422, "validation.failed")
    assert [e["field"] for e in body["errors"]] == ["body.password"]


async def test_unknown_field_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await create_account(
        client, world, "hr", {"email": "extra@test.example", "password": NEW_PASSWORD, "is_superuser": True}
    )

    body = assert_problem(response, 422, "validation.failed")
    assert [e["field"] for e in body["errors"]] == ["body.is_superuser"]


async def test_malformed_email_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await create_account(client, world, "hr", {"email": "not-an-email", "password": NEW_PASSWORD})

    body = assert_problem(response, 422, "validation.failed")
    assert [e["field"] for e in body["errors"]] == ["body.email"]


async def test_is_active_must_be_a_real_boolean(client: httpx.AsyncClient, world: World) -> None:
    response = await client.patch(
        f"{ACCOUNTS}/{world.accounts['staff_s1']}", json={"is_active": "false"}, headers=world.headers("hr")
    )

    body = assert_problem(response, 422, "validation.failed")
    assert [e["field"] for e in body["errors"]] == ["body.is_active"]


# --- role grants ---------------------------------------------------------------------------------


async def test_new_grant_takes_effect_after_refresh_and_revoking_it_takes_it_away(
    client: httpx.AsyncClient, world: World
) -> None:
    colleague = f"/api/v1/employees/{world.employees['staff_s2']}"
    tokens = await sign_in(client, world.employee_numbers["staff_s1"])
    assert (await client.get(colleague, headers=bearer(tokens["access_token"]))).status_code == 404

    granted = await client.post(
        f"{ACCOUNTS}/{world.accounts['staff_s1']}/grants",
        json={"role": "store_manager", "org_unit_id": str(world.units["S2"])},
        headers=world.headers("hr"),
    )

    assert granted.status_code == 201, granted.text
    grants = granted.json()["grants"]
    assert sorted((g["role"], g["org_unit_id"]) for g in grants) == [
        ("employee", str(world.units["S1"])),
        ("store_manager", str(world.units["S2"])),
    ]
    # Access tokens carry their grants: the old one still cannot see S2, a refreshed one can.
    assert (await client.get(colleague, headers=bearer(tokens["access_token"]))).status_code == 404
    tokens = await refresh(client, tokens["refresh_token"])
    seen = await client.get(colleague, headers=bearer(tokens["access_token"]))
    assert seen.status_code == 200, seen.text
    assert seen.json()["id"] == str(world.employees["staff_s2"])

    (new_grant,) = [g for g in grants if g["role"] == "store_manager"]
    revoked = await client.delete(
        f"{ACCOUNTS}/{world.accounts['staff_s1']}/grants/{new_grant['id']}", headers=world.headers("hr")
    )
    assert revoked.status_code == 200, revoked.text
    assert [g["role"] for g in revoked.json()["grants"]] == ["employee"]
    tokens = await refresh(client, tokens["refresh_token"])
    assert (await client.get(colleague, headers=bearer(tokens["access_token"]))).status_code == 404


async def test_duplicate_grant_is_409(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        f"{ACCOUNTS}/{world.accounts['manager_s1']}/grants",
        json={"role": "store_manager", "org_unit_id": str(world.units["S1"])},
        headers=world.headers("admin"),
    )

    assert_problem(response, 409, "role_grant.duplicate")


async def test_grant_over_an_unknown_unit_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        f"{ACCOUNTS}/{world.accounts['manager_s1']}/grants",
        json={"role": "store_manager", "org_unit_id": str(uuid.uuid4())},
        headers=world.headers("admin"),
    )

    body = assert_problem(response, 422, "role_grant.unit_unknown")
    assert [e["field"] for e in body["errors"]] == ["body.org_unit_id"]


async def test_grant_with_an_unknown_role_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        f"{ACCOUNTS}/{world.accounts['manager_s1']}/grants",
        json={"role": "overlord", "org_unit_id": str(world.units["S1"])},
        headers=world.headers("admin"),
    )

    body = assert_problem(response, 422, "validation.failed")
    assert [e["field"] for e in body["errors"]] == ["body.role"]


async def test_unknown_account_is_404(client: httpx.AsyncClient, world: World) -> None:
    missing = f"{ACCOUNTS}/{uuid.uuid4()}"
    headers = world.headers("admin")
    grant_body = {"role": "employee", "org_unit_id": str(world.units["S1"])}

    responses = [
        await client.get(missing, headers=headers),
        await client.patch(missing, json={"is_active": False}, headers=headers),
        await client.post(f"{missing}/grants", json=grant_body, headers=headers),
        await client.delete(f"{missing}/grants/{uuid.uuid4()}", headers=headers),
    ]

    for response in responses:
        assert_problem(response, 404, "account.not_found")


async def test_unknown_grant_is_404(client: httpx.AsyncClient, world: World) -> None:
    response = await client.delete(
        f"{ACCOUNTS}/{world.accounts['staff_s1']}/grants/{uuid.uuid4()}", headers=world.headers("admin")
    )

    assert_problem(response, 404, "role_grant.not_found")


async def test_grant_of_another_account_cannot_be_revoked_through_this_one(
    client: httpx.AsyncClient, world: World
) -> None:
    (grant,) = (await account_of(client, world, "staff_s2"))["grants"]

    response = await client.delete(
        f"{ACCOUNTS}/{world.accounts['staff_s1']}/grants/{grant['id']}", headers=world.headers("admin")
    )

    assert_problem(response, 404, "role_grant.not_found")
    assert [g["id"] for g in (await account_of(client, world, "staff_s2"))["grants"]] == [grant["id"]]


async def test_malformed_account_id_is_422(client: httpx.AsyncClient, world: World) -> None:
    response = await client.get(f"{ACCOUNTS}/not-a-uuid", headers=world.headers("admin"))

    body = assert_problem(response, 422, "validation.failed")
    assert [e["field"] for e in body["errors"]] == ["path.account_id"]


# --- listing -------------------------------------------------------------------------------------


async def walk(client: httpx.AsyncClient, world: World, limit: int) -> list[list[dict[str, Any]]]:
    pages: list[list[dict[str, Any]]] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        response = await client.get(ACCOUNTS, params=params, headers=world.headers("hr"))
        assert response.status_code == 200, response.text
        page = response.json()
        pages.append(page["items"])
        cursor = page.get("next_cursor")
        if cursor is None:
            return pages
        assert len(pages) < 50, "pagination does not end"


async def test_pagination_walks_every_account_exactly_once(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    for number in ("E9101", "E9102", "E9103"):
        clock.advance(timedelta(seconds=1))
        employee = await new_employee(client, world, number)
        created = await create_account(client, world, "hr", {"employee_id": employee["id"], "password": NEW_PASSWORD})
        assert created.status_code == 201, created.text
    expected = {str(account_id) for account_id in world.accounts.values()}
    assert len(expected) == 11

    first = await client.get(ACCOUNTS, params={"limit": 2}, headers=world.headers("hr"))
    assert first.status_code == 200, first.text
    assert len(first.json()["items"]) == 2
    assert first.json()["next_cursor"]

    pages = await walk(client, world, limit=2)

    ids = [account["id"] for page in pages for account in page]
    assert len(ids) == len(set(ids)) == 14
    assert expected <= set(ids)
    assert all(len(page) == 2 for page in pages[:-1])
    assert 1 <= len(pages[-1]) <= 2
    everyone = await client.get(ACCOUNTS, params={"limit": 200}, headers=world.headers("hr"))
    assert [a["id"] for a in everyone.json()["items"]] == ids
    assert everyone.json().get("next_cursor") is None


async def test_list_shows_grants(client: httpx.AsyncClient, world: World) -> None:
    response = await client.get(ACCOUNTS, params={"limit": 200}, headers=world.headers("admin"))

    assert response.status_code == 200, response.text
    by_id = {a["id"]: a for a in response.json()["items"]}
    manager = by_id[str(world.accounts["region_east"])]
    assert [(g["role"], g["org_unit_id"]) for g in manager["grants"]] == [("store_manager", str(world.units["R-EAST"]))]


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage!!",
        "bm90LWpzb24",
        "WyJ4Il0",
        "WyJub3QgYSBkYXRlIiwieCJd",
        encode_cursor(["2026-03-02T01:00:00", "00000000-0000-0000-0000-000000000000"]),  # no time zone
    ],
)
async def test_garbage_cursor_is_422(client: httpx.AsyncClient, world: World, cursor: str) -> None:
    """Base64 noise, non-JSON, a one-element list and a list of the right size with nonsense in it."""
    response = await client.get(ACCOUNTS, params={"cursor": cursor}, headers=world.headers("hr"))

    body = assert_problem(response, 422, "pagination.invalid_cursor")
    assert [e["field"] for e in body["errors"]] == ["query.cursor"]


@pytest.mark.parametrize("limit", [0, 201])
async def test_limit_out_of_range_is_422(client: httpx.AsyncClient, world: World, limit: int) -> None:
    response = await client.get(ACCOUNTS, params={"limit": limit}, headers=world.headers("hr"))

    body = assert_problem(response, 422, "validation.failed")
    assert [e["field"] for e in body["errors"]] == ["query.limit"]


# --- audit ---------------------------------------------------------------------------------------


async def test_every_change_is_audited_without_the_password(client: httpx.AsyncClient, world: World) -> None:
    employee = await new_employee(client, world, "E9201", home="S3")
    created = await create_account(
        client,
        world,
        "hr",
        {"employee_id": employee["id"], "email": "audited@test.example", "password": NEW_PASSWORD},
    )
    assert created.status_code == 201, created.text
    account_id = created.json()["id"]
    url = f"{ACCOUNTS}/{account_id}"
    second_password = "yet another passphrase 7"

    granted = await client.post(
        f"{url}/grants",
        json={"role": "store_manager", "org_unit_id": str(world.units["S3"])},
        headers=world.headers("hr"),
    )
    assert granted.status_code == 201, granted.text
    (manager_grant,) = [g for g in granted.json()["grants"] if g["role"] == "store_manager"]
    patched = await client.patch(
        url, json={"password": second_password, "is_active": False}, headers=world.headers("hr")
    )
    assert patched.status_code == 200, patched.text
    revoked = await client.delete(f"{url}/grants/{manager_grant['id']}", headers=world.headers("hr"))
    assert revoked.status_code == 200, revoked.text

    response = await audit_of(client, world, account_id)

    entries = response.json()["items"]
    assert all(e["entity_type"] == "account" and e["entity_id"] == account_id for e in entries)
    assert all(e["actor_id"] == str(world.accounts["hr"]) for e in entries)
    # Newest first.
    assert [e["action"] for e in entries] == [
        "role_grant.revoked",
        "account.updated",
        "role_grant.created",
        "role_grant.created",
        "account.created",
    ]
    created_entry = entries[-1]
    assert created_entry["changes"]["employee_id"] == {"before": None, "after": employee["id"]}
    assert created_entry["changes"]["email"] == {"before": None, "after": "audited@test.example"}
    default_grant, manager_grant_entry = entries[3], entries[2]
    assert default_grant["changes"]["grant"]["after"] == {"role": "employee", "org_unit_id": str(world.units["S3"])}
    assert manager_grant_entry["changes"]["grant"]["after"] == {
        "role": "store_manager",
        "org_unit_id": str(world.units["S3"]),
    }
    updated = entries[1]["changes"]
    assert updated["is_active"] == {"before": True, "after": False}
    assert updated["password"] == {"before": "***", "after": "***"}
    text = response.text
    for secret in (NEW_PASSWORD, second_password, "$argon2"):
        assert secret not in text


async def test_changing_nothing_writes_no_audit_row(client: httpx.AsyncClient, world: World) -> None:
    account_id = str(world.accounts["staff_s1"])

    patched = await client.patch(f"{ACCOUNTS}/{account_id}", json={"is_active": True}, headers=world.headers("hr"))

    assert patched.status_code == 200, patched.text
    assert (await audit_of(client, world, account_id)).json()["items"] == []


async def test_own_password_change_is_audited_without_the_password(client: httpx.AsyncClient, world: World) -> None:
    tokens = await sign_in(client, "staff-s1@test.example")
    changed = await client.put(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        headers=bearer(tokens["access_token"]),
    )
    assert changed.status_code == 204, changed.text

    response = await audit_of(client, world, str(world.accounts["staff_s1"]))

    (entry,) = response.json()["items"]
    assert entry["action"] == "account.password_changed"
    assert entry["actor_id"] == str(world.accounts["staff_s1"])
    for secret in (PASSWORD, NEW_PASSWORD, "$argon2"):
        assert secret not in response.text


async def test_refused_changes_leave_no_audit_row(client: httpx.AsyncClient, world: World) -> None:
    account_id = str(world.accounts["ops_staff"])
    refused = await client.post(
        f"{ACCOUNTS}/{account_id}/grants",
        json={"role": "admin", "org_unit_id": str(world.units["HQ"])},
        headers=world.headers("hr"),
    )
    assert refused.status_code == 403

    assert (await audit_of(client, world, account_id)).json()["items"] == []


async def test_hr_cannot_change_an_administrators_grants_even_for_ordinary_roles(
    client: httpx.AsyncClient, world: World
) -> None:
    grants = f"{ACCOUNTS}/{world.accounts['admin']}/grants"
    added = await client.post(
        grants, json={"role": "employee", "org_unit_id": str(world.units["D-IT"])}, headers=world.headers("hr")
    )
    assert_problem(added, 403, "auth.forbidden")
    by_admin = await client.post(
        grants, json={"role": "employee", "org_unit_id": str(world.units["D-IT"])}, headers=world.headers("admin")
    )
    grant_id = next(g["id"] for g in by_admin.json()["grants"] if g["role"] == "employee")
    removed = await client.delete(f"{grants}/{grant_id}", headers=world.headers("hr"))
    assert_problem(removed, 403, "auth.forbidden")
