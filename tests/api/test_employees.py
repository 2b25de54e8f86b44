"""Employees: HR keeps the records; managers see the people of their subtree; everyone sees self."""

from __future__ import annotations

import httpx
import pytest

from tests.factories import PASSWORD, World


def new_employee(world: World, **change: object) -> dict[str, object]:
    return {
        "employee_no": "E0999",
        "full_name": "Zhao Min",
        "email": "Zhao.Min@Test.Example",
        "home_unit_id": str(world.units["S1"]),
        "hire_date": "2026-02-01",
        **change,
    }


async def test_hr_hires_someone_into_a_store_and_the_store_manager_sees_them(client: httpx.AsyncClient, world: World):
    created = await client.post("/api/v1/employees", json=new_employee(world), headers=world.headers("hr"))
    assert created.status_code == 201, created.text
    person = created.json()
    assert person["status"] == "active" and person["email"] == "zhao.min@test.example"
    assert (
        await client.get(f"/api/v1/employees/{person['id']}", headers=world.headers("manager_s1"))
    ).status_code == 200
    assert (
        await client.get(f"/api/v1/employees/{person['id']}", headers=world.headers("manager_s2"))
    ).status_code == 404


@pytest.mark.parametrize(
    ("viewer", "visible"),
    [
        (
            "hr",
            {
                "admin",
                "hr",
                "leader",
                "ops_head",
                "ops_staff",
                "manager_s1",
                "staff_s1",
                "manager_s2",
                "staff_s2",
                "region_east",
                "staff_s3",
            },
        ),
        (
            "leader",
            {
                "admin",
                "hr",
                "leader",
                "ops_head",
                "ops_staff",
                "manager_s1",
                "staff_s1",
                "manager_s2",
                "staff_s2",
                "region_east",
                "staff_s3",
            },
        ),
        ("manager_s1", {"manager_s1", "staff_s1"}),
        ("region_east", {"manager_s1", "staff_s1", "manager_s2", "staff_s2", "region_east"}),
        ("ops_head", {"leader", "ops_head", "ops_staff", "region_east"}),
        ("staff_s2", {"staff_s2"}),
    ],
)
async def test_each_role_sees_exactly_its_people(
    client: httpx.AsyncClient, world: World, viewer: str, visible: set[str]
):
    answer = await client.get("/api/v1/employees", params={"limit": 200}, headers=world.headers(viewer))
    numbers = {e["employee_no"] for e in answer.json()["items"]}
    assert numbers == {world.employee_numbers[name] for name in visible}
    for name, employee_id in world.employees.items():
        one = await client.get(f"/api/v1/employees/{employee_id}", headers=world.headers(viewer))
        assert one.status_code == (200 if name in visible else 404), (viewer, name)


async def test_filters_and_pages(client: httpx.AsyncClient, world: World):
    hr = world.headers("hr")
    east = await client.get("/api/v1/employees", params={"unit_id": str(world.units["R-EAST"])}, headers=hr)
    assert {e["employee_no"] for e in east.json()["items"]} == {"E0101", "E0102", "E0201", "E0202"}
    found = await client.get("/api/v1/employees", params={"q": "STAFF S"}, headers=hr)
    assert {e["employee_no"] for e in found.json()["items"]} == {"E0102", "E0202", "E0302"}
    await client.patch(f"/api/v1/employees/{world.employees['staff_s3']}", json={"status": "on_leave"}, headers=hr)
    on_leave = await client.get("/api/v1/employees", params={"status": "on_leave"}, headers=hr)
    assert [e["employee_no"] for e in on_leave.json()["items"]] == ["E0302"]
    wildcard = await client.get("/api/v1/employees", params={"q": "%"}, headers=hr)
    assert wildcard.json()["items"] == []
    # a search matches within one field: never the end of a name and the start of a number
    for spanning in ("S2\x1f\x1fE02", "S2\x1fE02"):
        across = await client.get("/api/v1/employees", params={"q": spanning}, headers=hr)
        assert across.status_code == 200 and across.json()["items"] == [], spanning
    # people who read Chinese look colleagues up by their name in characters
    named = await client.patch(
        f"/api/v1/employees/{world.employees['staff_s2']}", json={"local_name": "王小芳"}, headers=hr
    )
    assert named.status_code == 200, named.text
    by_characters = await client.get("/api/v1/employees", params={"q": "小芳"}, headers=hr)
    assert [e["employee_no"] for e in by_characters.json()["items"]] == ["E0202"]

    numbers: list[str] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/api/v1/employees", params=params, headers=hr)).json()
        numbers += [e["employee_no"] for e in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert numbers == sorted(world.employee_numbers.values())
    bad = await client.get("/api/v1/employees", params={"cursor": "not-a-cursor"}, headers=hr)
    assert bad.status_code == 422 and bad.json()["type"] == "/problems/pagination.invalid_cursor"
    too_many = await client.get("/api/v1/employees", params={"limit": 1000}, headers=hr)
    assert too_many.status_code == 422 and too_many.json()["errors"][0]["field"] == "query.limit"


async def test_validation_and_conflicts(client: httpx.AsyncClient, world: World):
    hr = world.headers("hr")
    duplicate = await client.post("/api/v1/employees", json=new_employee(world, employee_no="E0101"), headers=hr)
    assert duplicate.status_code == 409 and duplicate.json()["type"] == "/problems/employee.number_taken"
    region_home = await client.post(
        "/api/v1/employees", json=new_employee(world, home_unit_id=str(world.units["R-EAST"])), headers=hr
    )
    assert region_home.status_code == 422 and region_home.json()["type"] == "/problems/employee.invalid_home_unit"
    bad_date = await client.post("/api/v1/employees", json=new_employee(world, hire_date="2026-02-30"), headers=hr)
    assert bad_date.status_code == 422 and bad_date.json()["errors"][0]["field"] == "body.hire_date"
    bad_status = await client.post("/api/v1/employees", json=new_employee(world, status="fired"), headers=hr)
    assert bad_status.status_code == 422
    renumber = await client.patch(
        f"/api/v1/employees/{world.employees['staff_s1']}", json={"employee_no": "X1"}, headers=hr
    )
    assert renumber.status_code == 422 and renumber.json()["errors"][0]["field"] == "body.employee_no"


async def test_update_is_audited_and_managers_cannot_edit(client: httpx.AsyncClient, world: World):
    target = f"/api/v1/employees/{world.employees['staff_s1']}"
    refused = await client.patch(target, json={"full_name": "Renamed"}, headers=world.headers("manager_s1"))
    assert refused.status_code == 403
    other_store = await client.patch(target, json={"full_name": "Renamed"}, headers=world.headers("manager_s2"))
    assert other_store.status_code == 404
    moved = await client.patch(
        target,
        json={"home_unit_id": str(world.units["S2"])},
        headers=world.headers("hr"),
        params={},
    )
    assert moved.status_code == 200
    assert (await client.get(target, headers=world.headers("manager_s2"))).status_code == 200
    assert (await client.get(target, headers=world.headers("manager_s1"))).status_code == 404
    trail = await client.get(
        "/api/v1/audit", params={"entity_id": str(world.employees["staff_s1"])}, headers=world.headers("admin")
    )
    change = trail.json()["items"][0]["changes"]["home_unit_id"]
    assert change == {"before": str(world.units["S1"]), "after": str(world.units["S2"])}


async def test_people_with_history_are_not_deleted(client: httpx.AsyncClient, world: World):
    hr = world.headers("hr")
    has_account = await client.delete(f"/api/v1/employees/{world.employees['staff_s1']}", headers=hr)
    assert has_account.status_code == 409 and has_account.json()["type"] == "/problems/employee.has_history"
    mistake = await client.post("/api/v1/employees", json=new_employee(world), headers=hr)
    gone = await client.delete(f"/api/v1/employees/{mistake.json()['id']}", headers=hr)
    assert gone.status_code == 204
    assert (await client.get(f"/api/v1/employees/{mistake.json()['id']}", headers=hr)).status_code == 404


async def test_hr_cannot_disable_an_administrator_through_the_employee_record(client: httpx.AsyncClient, world: World):
    """Setting an admin's employee record to `left` disables the admin's account (issue 14, item 17):
    the record is guarded as the account row is, for every change."""
    admin_record = f"/api/v1/employees/{world.employees['admin']}"
    for change in ({"status": "left"}, {"status": "on_leave"}, {"home_unit_id": str(world.units["S1"])}):
        refused = await client.patch(admin_record, json=change, headers=world.headers("hr"))
        assert refused.status_code == 403, (change, refused.text)
        assert refused.json()["type"] == "/problems/auth.forbidden"
    assert (await client.delete(admin_record, headers=world.headers("hr"))).status_code == 403
    shown = await client.get(admin_record, headers=world.headers("hr"))
    assert shown.json()["status"] == "active"
    signed_in = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": world.emails["admin"], "password": PASSWORD},
    )
    assert signed_in.status_code == 200, signed_in.text
    # an administrator may, and HR still keeps everyone else's record
    renamed = await client.patch(admin_record, json={"full_name": "Ada Admin"}, headers=world.headers("admin"))
    assert renamed.status_code == 200, renamed.text
    left = await client.patch(
        f"/api/v1/employees/{world.employees['staff_s1']}", json={"status": "left"}, headers=world.headers("hr")
    )
    assert left.status_code == 200, left.text
