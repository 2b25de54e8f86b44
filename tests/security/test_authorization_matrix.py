"""Every endpoint refuses the unauthenticated, and every endpoint that takes an id answers an actor
from another store with 404 (or 403 where the object is organisation-wide and only the role is
lacking). A new endpoint that is not listed here fails the test until its expectation is added."""

from __future__ import annotations

import uuid

import httpx
import pytest
from fastapi.routing import APIRoute

from tests.factories import World

# (method, path template) -> expected status for the manager of store S2 acting on store S1's objects
OTHER_STORE_EXPECTATIONS: dict[tuple[str, str], int] = {
    ("GET", "/api/v1/employees/{employee_id}"): 404,
    ("PATCH", "/api/v1/employees/{employee_id}"): 404,
    ("DELETE", "/api/v1/employees/{employee_id}"): 404,
    # The org structure is readable by every signed-in person (the app shows store names and
    # geofences); changing it is for HR and admins.
    ("GET", "/api/v1/org-units/{unit_id}"): 200,
    ("PATCH", "/api/v1/org-units/{unit_id}"): 403,
    ("DELETE", "/api/v1/org-units/{unit_id}"): 403,
    # Accounts are administered by HR and admins only, whatever store they belong to.
    ("GET", "/api/v1/accounts/{account_id}"): 403,
    ("PATCH", "/api/v1/accounts/{account_id}"): 403,
    ("POST", "/api/v1/accounts/{account_id}/grants"): 403,
    ("DELETE", "/api/v1/accounts/{account_id}/grants/{grant_id}"): 403,
}

BODIES: dict[str, object] = {
    "PATCH /api/v1/employees/{employee_id}": {"full_name": "Changed"},
    "PATCH /api/v1/org-units/{unit_id}": {"name": "Changed"},
    "PATCH /api/v1/accounts/{account_id}": {"is_active": False},
    "POST /api/v1/accounts/{account_id}/grants": {"role": "store_manager", "org_unit_id": str(uuid.uuid4())},
}
PUBLIC = {("POST", "/api/v1/auth/token"), ("GET", "/healthz"), ("GET", "/readyz")}


def api_routes(app) -> list[tuple[str, str]]:
    return sorted(
        (method, route.path)
        for route in app.routes
        if isinstance(route, APIRoute)
        for method in route.methods or ()
        if method != "HEAD"
    )


def s1_objects(world: World) -> dict[str, str]:
    return {
        "employee_id": str(world.employees["staff_s1"]),
        "unit_id": str(world.units["S1"]),
        "account_id": str(world.accounts["staff_s1"]),
        "grant_id": str(uuid.uuid4()),
    }


async def test_every_endpoint_refuses_the_unauthenticated(app, client: httpx.AsyncClient, world: World):
    ids = s1_objects(world)
    for method, template in api_routes(app):
        if (method, template) in PUBLIC:
            continue
        answer = await client.request(method, template.format(**ids), json=BODIES.get(f"{method} {template}"))
        assert answer.status_code == 401, f"{method} {template} answered {answer.status_code} without a token"
        assert answer.headers["content-type"] == "application/problem+json"


async def test_every_endpoint_with_an_id_is_scoped(app, client: httpx.AsyncClient, world: World):
    with_ids = [(m, t) for m, t in api_routes(app) if "{" in t]
    missing = sorted(set(with_ids) - set(OTHER_STORE_EXPECTATIONS))
    assert not missing, f"add authorization expectations for: {missing}"
    ids = s1_objects(world)
    for (method, template), expected in OTHER_STORE_EXPECTATIONS.items():
        answer = await client.request(
            method, template.format(**ids), json=BODIES.get(f"{method} {template}"), headers=world.headers("manager_s2")
        )
        assert answer.status_code == expected, f"{method} {template}: {answer.status_code} {answer.text}"


@pytest.mark.parametrize("who", ["staff_s2", "manager_s2", "ops_head"])
async def test_people_outside_sight_look_exactly_like_people_who_do_not_exist(
    client: httpx.AsyncClient, world: World, who: str
):
    hidden = await client.get(f"/api/v1/employees/{world.employees['staff_s1']}", headers=world.headers(who))
    absent = await client.get(f"/api/v1/employees/{uuid.uuid4()}", headers=world.headers(who))
    assert hidden.status_code == absent.status_code == 404
    assert hidden.json()["type"] == absent.json()["type"]
