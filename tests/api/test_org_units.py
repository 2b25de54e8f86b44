"""Org units through the API: HR and admins shape the tree; everyone signed in reads it."""

from __future__ import annotations

import uuid

import httpx
import pytest

from domain.auth.scopes import Scope
from tests.factories import World, machine
from tests.support import assert_problem

STORE = {
    "code": "S9",
    "name": "Nanjing Road store",
    "kind": "store",
    "timezone": "Asia/Shanghai",
    "latitude": 31.2355,
    "longitude": 121.4747,
    "geofence_radius_m": 150,
}


async def test_hr_creates_a_store_under_a_region_and_everyone_can_read_it(client: httpx.AsyncClient, world: World):
    created = await client.post(
        "/api/v1/org-units", json={**STORE, "parent_id": str(world.units["R-EAST"])}, headers=world.headers("hr")
    )
    assert created.status_code == 201, created.text
    unit = created.json()
    assert unit["code"] == "S9" and unit["parent_id"] == str(world.units["R-EAST"])
    seen = await client.get(f"/api/v1/org-units/{unit['id']}", headers=world.headers("staff_s2"))
    assert seen.status_code == 200
    assert seen.json()["geofence_radius_m"] == 150


async def test_subtree_listing_and_cursor_pages_cover_every_unit_once(client: httpx.AsyncClient, world: World):
    east = await client.get(
        "/api/v1/org-units", params={"within": str(world.units["R-EAST"])}, headers=world.headers("staff_s1")
    )
    assert {u["code"] for u in east.json()["items"]} == {"R-EAST", "S1", "S2"}
    codes: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/api/v1/org-units", params=params, headers=world.headers("hr"))).json()
        codes += [u["code"] for u in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert codes == sorted(world.units)
    stores = await client.get("/api/v1/org-units", params={"kind": "store", "q": "lujia"}, headers=world.headers("hr"))
    assert [u["code"] for u in stores.json()["items"]] == ["S2"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"latitude": 91}, "body.latitude"),
        ({"longitude": -180.5}, "body.longitude"),
        ({"geofence_radius_m": 49}, "body.geofence_radius_m"),
        ({"geofence_radius_m": 3001}, "body.geofence_radius_m"),
        ({"latitude": "31.2"}, "body.latitude"),
        ({"kind": "warehouse"}, "body.kind"),
        ({"colour": "red"}, "body.colour"),
        ({"code": "has space"}, "body.code"),
    ],
)
async def test_bad_store_input_is_refused_with_the_field_path(
    client: httpx.AsyncClient, world: World, change: dict[str, object], field: str
):
    body = {**STORE, "parent_id": str(world.units["R-EAST"]), **change}
    answer = await client.post("/api/v1/org-units", json=body, headers=world.headers("admin"))
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert problem["type"] == "/problems/validation.failed"
    assert field in [e["field"] for e in problem["errors"]]


async def test_business_rules_of_the_tree(client: httpx.AsyncClient, world: World):
    admin = world.headers("admin")
    no_location = {k: v for k, v in STORE.items() if k != "latitude"} | {"parent_id": str(world.units["R-EAST"])}
    refused = await client.post("/api/v1/org-units", json=no_location, headers=admin)
    assert refused.status_code == 422 and refused.json()["type"] == "/problems/org_unit.location_required"

    under_store = {**STORE, "parent_id": str(world.units["S1"])}
    refused = await client.post("/api/v1/org-units", json=under_store, headers=admin)
    assert refused.json()["type"] == "/problems/org_unit.invalid_parent"

    bad_zone = {**STORE, "parent_id": str(world.units["R-EAST"]), "timezone": "Mars/Olympus"}
    refused = await client.post("/api/v1/org-units", json=bad_zone, headers=admin)
    assert refused.json()["type"] == "/problems/org_unit.invalid_timezone"

    taken = {**STORE, "code": "S1", "parent_id": str(world.units["R-EAST"])}
    conflict = await client.post("/api/v1/org-units", json=taken, headers=admin)
    assert conflict.status_code == 409 and conflict.json()["type"] == "/problems/org_unit.code_taken"


async def test_moving_a_region_under_its_own_descendant_is_refused(client: httpx.AsyncClient, world: World):
    admin = world.headers("admin")
    sub = await client.post(
        "/api/v1/org-units",
        json={
            "code": "R-EAST-N",
            "name": "East North",
            "kind": "region",
            "timezone": "Asia/Shanghai",
            "parent_id": str(world.units["R-EAST"]),
        },
        headers=admin,
    )
    assert sub.status_code == 201
    refused = await client.patch(
        f"/api/v1/org-units/{world.units['R-EAST']}", json={"parent_id": sub.json()["id"]}, headers=admin
    )
    assert refused.status_code == 422
    assert refused.json()["type"] == "/problems/org_unit.move_into_own_subtree"
    self_parent = await client.patch(
        f"/api/v1/org-units/{world.units['R-EAST']}", json={"parent_id": str(world.units["R-EAST"])}, headers=admin
    )
    assert self_parent.status_code == 422


async def test_moving_a_store_moves_its_people_into_the_new_managers_sight(client: httpx.AsyncClient, world: World):
    """The east-region manager loses S2's people when S2 moves to the west region, and the subtree
    listing follows the move."""
    regional = world.headers("region_east")
    before = await client.get(f"/api/v1/employees/{world.employees['staff_s2']}", headers=regional)
    assert before.status_code == 200
    moved = await client.patch(
        f"/api/v1/org-units/{world.units['S2']}",
        json={"parent_id": str(world.units["R-WEST"])},
        headers=world.headers("hr"),
    )
    assert moved.status_code == 200 and moved.json()["parent_id"] == str(world.units["R-WEST"])
    after = await client.get(f"/api/v1/employees/{world.employees['staff_s2']}", headers=regional)
    assert after.status_code == 404
    west = await client.get(
        "/api/v1/org-units", params={"within": str(world.units["R-WEST"])}, headers=world.headers("hr")
    )
    assert {u["code"] for u in west.json()["items"]} == {"R-WEST", "S2", "S3"}


async def test_patch_changes_only_what_is_sent_and_is_audited(client: httpx.AsyncClient, world: World):
    answer = await client.patch(
        f"/api/v1/org-units/{world.units['S1']}",
        json={"geofence_radius_m": 300, "address": "1 Renmin Ave"},
        headers=world.headers("hr"),
    )
    assert answer.status_code == 200
    assert answer.json()["geofence_radius_m"] == 300 and answer.json()["name"] == "People's Square store"
    trail = await client.get(
        "/api/v1/audit",
        params={"entity_type": "org_unit", "entity_id": str(world.units["S1"])},
        headers=world.headers("hr"),
    )
    entry = trail.json()["items"][0]
    assert entry["action"] == "org_unit.updated"
    assert entry["changes"]["geofence_radius_m"] == {"before": 150, "after": 300}
    assert entry["actor_id"] == str(world.accounts["hr"])
    cleared = await client.patch(
        f"/api/v1/org-units/{world.units['S1']}", json={"latitude": None}, headers=world.headers("hr")
    )
    assert cleared.status_code == 422 and cleared.json()["type"] == "/problems/org_unit.location_required"


async def test_only_unused_units_can_be_deleted(client: httpx.AsyncClient, world: World):
    admin = world.headers("admin")
    with_people = await client.delete(f"/api/v1/org-units/{world.units['S3']}", headers=admin)
    assert with_people.status_code == 409 and with_people.json()["type"] == "/problems/org_unit.in_use"
    with_children = await client.delete(f"/api/v1/org-units/{world.units['R-EAST']}", headers=admin)
    assert with_children.status_code == 409
    empty = await client.post(
        "/api/v1/org-units", json={**STORE, "parent_id": str(world.units["R-EAST"])}, headers=admin
    )
    gone = await client.delete(f"/api/v1/org-units/{empty.json()['id']}", headers=admin)
    assert gone.status_code == 204
    assert (await client.get(f"/api/v1/org-units/{empty.json()['id']}", headers=admin)).status_code == 404


@pytest.mark.parametrize("who", ["manager_s1", "staff_s1", "ops_head", "leader"])
async def test_only_hr_and_admins_change_the_tree(client: httpx.AsyncClient, world: World, who: str):
    headers = world.headers(who)
    create = await client.post(
        "/api/v1/org-units", json={**STORE, "parent_id": str(world.units["R-EAST"])}, headers=headers
    )
    update = await client.patch(f"/api/v1/org-units/{world.units['S1']}", json={"name": "Mine"}, headers=headers)
    delete = await client.delete(f"/api/v1/org-units/{world.units['S1']}", headers=headers)
    assert [create.status_code, update.status_code, delete.status_code] == [403, 403, 403]
    assert create.json()["type"] == "/problems/auth.forbidden"


async def test_integration_clients_do_not_read_the_org_tree(client: httpx.AsyncClient, world: World):
    """The tree is read by people signed in (the app shows store names and geofences); integrations
    match units by the codes in what they push and read, and no scope covers the structure itself. A
    POS client holding only ingest:sales read every unit of the organisation."""
    pos = await machine(client, world, "ingest:sales")
    hr_system = await machine(client, world, *(scope.value for scope in Scope), units=["R-EAST"], name="HR system")
    for bot in (pos, hr_system):
        listed = await client.get("/api/v1/org-units", headers=bot.headers)
        assert_problem(listed, 403, "auth.people_only")
        within = await client.get(
            "/api/v1/org-units", params={"within": str(world.units["R-EAST"])}, headers=bot.headers
        )
        assert_problem(within, 403, "auth.people_only")
        for unit_id in (world.units["S1"], world.units["HQ"], uuid.uuid4()):
            assert_problem(
                await client.get(f"/api/v1/org-units/{unit_id}", headers=bot.headers), 403, "auth.people_only"
            )
    assert (await client.get("/api/v1/org-units", headers=world.headers("staff_s1"))).status_code == 200
    assert (
        await client.get(f"/api/v1/org-units/{world.units['HQ']}", headers=world.headers("staff_s1"))
    ).status_code == 200
