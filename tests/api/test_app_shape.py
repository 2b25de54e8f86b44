"""What an app shows without extra lookups (issue 15), over the API on both databases: names beside
ids, every list a page walked with its cursor, store-local times with their zone, and problem types
whose members the OpenAPI document types."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.errors import Problem
from api.problem_types import BY_SLUG
from domain.shared.db import Database
from tests.api.test_attendance import punch_at
from tests.api.test_pools import create_pool, march_sales, statements
from tests.api.test_tickets import move, raise_ticket, reply, route, route_everything_to, set_policies
from tests.api.test_transfers import approve, submit
from tests.factories import World, assign, leader_only_chain
from tests.support import assert_problem

API = "/api/v1"
ROOT = Path(__file__).resolve().parents[2]


async def walk(client: httpx.AsyncClient, world: World, who: str, url: str, **params: Any) -> list[list[Any]]:
    """Every page of a list at one item a page, following next_cursor to the end."""
    pages: list[list[Any]] = []
    cursor: str | None = None
    while True:
        query = {**params, "limit": 1, **({"cursor": cursor} if cursor else {})}
        answer = await client.get(url, params=query, headers=world.headers(who))
        assert answer.status_code == 200, answer.text
        body = answer.json()
        pages.append(body["items"])
        cursor = body.get("next_cursor")
        if cursor is None:
            return pages
        assert len(pages) < 50, "the cursor walk does not end"


async def everything(client: httpx.AsyncClient, world: World, who: str, url: str, **params: Any) -> list[Any]:
    answer = await client.get(url, params=params, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    assert answer.json()["next_cursor"] is None
    items: list[Any] = answer.json()["items"]
    return items


async def assert_walks_like_the_whole(
    client: httpx.AsyncClient, world: World, who: str, url: str, at_least: int, **params: Any
) -> list[Any]:
    whole = await everything(client, world, who, url, **params)
    pages = await walk(client, world, who, url, **params)
    assert len(whole) >= at_least
    assert [len(page) for page in pages] == [1] * len(whole)
    assert [item for page in pages for item in page] == whole
    return whole


# --- local times and store names --------------------------------------------------------------------


async def test_punches_and_days_show_the_store_name_and_its_local_time_in_shanghai_and_urumqi(
    client: httpx.AsyncClient, world: World, clock: Any
) -> None:
    shanghai = await punch_at(client, world, clock, "staff_s1", "2026-03-02T01:00:00+00:00", "S1")
    assert (shanghai["store_name"], shanghai["time_zone"]) == ("People's Square store", "Asia/Shanghai")
    assert (shanghai["punched_at"], shanghai["punched_at_local"]) == (
        "2026-03-02T01:00:00Z",
        "2026-03-02T09:00:00+08:00",
    )
    urumqi = await punch_at(client, world, clock, "staff_s3", "2026-03-02T18:30:00+00:00", "S3")
    assert (urumqi["store_name"], urumqi["time_zone"]) == ("Grand Bazaar store", "Asia/Urumqi")
    assert urumqi["punched_at_local"] == "2026-03-03T00:30:00+06:00"

    (listed,) = await everything(client, world, "staff_s1", f"{API}/me/clock-ins")
    assert (listed["store_name"], listed["punched_at_local"]) == ("People's Square store", "2026-03-02T09:00:00+08:00")
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T09:00:00+00:00", "S1", kind="out")
    (day,) = await everything(
        client, world, "staff_s1", f"{API}/me/attendance", **{"from": "2026-03-01", "to": "2026-03-03"}
    )
    assert (day["date"], day["store_name"], day["time_zone"]) == (
        "2026-03-02",
        "People's Square store",
        "Asia/Shanghai",
    )
    assert (day["first_in_local"], day["last_out_local"]) == ("2026-03-02T09:00:00+08:00", "2026-03-02T17:00:00+08:00")
    assert (day["first_in"], day["last_out"]) == ("2026-03-02T01:00:00Z", "2026-03-02T09:00:00Z")

    store = await client.get(
        f"{API}/stores/{world.units['S1']}/attendance",
        params={"date": "2026-03-02"},
        headers=world.headers("manager_s1"),
    )
    assert store.status_code == 200, store.text
    (person,) = store.json()["punched"]
    assert (store.json()["store_name"], store.json()["time_zone"]) == ("People's Square store", "Asia/Shanghai")
    assert person["first_in_local"] == "2026-03-02T09:00:00+08:00"


async def test_a_tickets_due_times_are_shown_in_its_stores_zone_or_else_its_departments(
    client: httpx.AsyncClient, world: World
) -> None:
    await route_everything_to(client, world, "D-OPS")
    policy = {"first_response_minutes": 60, "resolution_minutes": 600}
    assert (await set_policies(client, world, policy)).status_code == 200
    # the owning department keeps Tokyo time, so a ticket at no store is told apart from the stores
    moved = await client.patch(
        f"{API}/org-units/{world.units['D-OPS']}", json={"timezone": "Asia/Tokyo"}, headers=world.headers("admin")
    )
    assert moved.status_code == 200, moved.text
    shanghai = await raise_ticket(client, world, "staff_s1")  # 2026-03-02T01:00:00Z
    urumqi = await raise_ticket(client, world, "staff_s3")
    head_office = await raise_ticket(client, world, "ops_staff")
    assert head_office["store_id"] is None

    def due(ticket: dict[str, Any]) -> tuple[str, str, str, str, str]:
        first, resolution = ticket["first_response"], ticket["resolution"]
        return (
            ticket["time_zone"],
            first["due_at"],
            first["due_at_local"],
            resolution["due_at"],
            resolution["due_at_local"],
        )

    expected = {
        shanghai["id"]: (
            "Asia/Shanghai",
            "2026-03-02T02:00:00Z",
            "2026-03-02T10:00:00+08:00",
            "2026-03-02T11:00:00Z",
            "2026-03-02T19:00:00+08:00",
        ),
        urumqi["id"]: (
            "Asia/Urumqi",
            "2026-03-02T02:00:00Z",
            "2026-03-02T08:00:00+06:00",
            "2026-03-02T11:00:00Z",
            "2026-03-02T17:00:00+06:00",
        ),
        head_office["id"]: (
            "Asia/Tokyo",
            "2026-03-02T02:00:00Z",
            "2026-03-02T11:00:00+09:00",
            "2026-03-02T11:00:00Z",
            "2026-03-02T20:00:00+09:00",
        ),
    }
    assert {t["id"]: due(t) for t in (shanghai, urumqi, head_office)} == expected
    listed = await assert_walks_like_the_whole(client, world, "hr", f"{API}/tickets", 3)
    assert {t["id"]: due(t) for t in listed} == expected

    # while the ticket waits on the requester its resolution has no due time, here or there
    paused = await move(client, world, shanghai["id"], "waiting_on_requester")
    assert paused.status_code == 200, paused.text
    assert (paused.json()["resolution"]["due_at"], paused.json()["resolution"]["due_at_local"]) == (None, None)
    assert paused.json()["first_response"]["due_at_local"] == "2026-03-02T10:00:00+08:00"


async def test_my_attendance_is_a_page_walked_by_day_and_store(
    client: httpx.AsyncClient, world: World, clock: Any
) -> None:
    for day in ("02", "03", "04"):
        await punch_at(client, world, clock, "staff_s1", f"2026-03-{day}T01:00:00+00:00", "S1")
        await punch_at(client, world, clock, "staff_s1", f"2026-03-{day}T09:00:00+00:00", "S1", kind="out")
    days = await assert_walks_like_the_whole(
        client, world, "staff_s1", f"{API}/me/attendance", 3, **{"from": "2026-03-01", "to": "2026-03-31"}
    )
    assert [d["date"] for d in days] == ["2026-03-02", "2026-03-03", "2026-03-04"]


# --- names beside ids -------------------------------------------------------------------------------


async def test_the_requester_reads_who_answered_her_in_the_timeline_page_by_page(
    client: httpx.AsyncClient, world: World
) -> None:
    await route_everything_to(client, world, "D-OPS")
    ticket = await raise_ticket(client, world, "staff_s1")
    answered = await reply(client, world, ticket["id"], "ops_staff", "On it.")
    assert answered.status_code == 201, answered.text
    assert answered.json()["actor_name"] == "Ops Staff"
    await reply(client, world, ticket["id"], "staff_s1", "Thanks.")

    events = await assert_walks_like_the_whole(client, world, "staff_s1", f"{API}/tickets/{ticket['id']}/timeline", 3)
    assert [(e["kind"], e["actor_name"]) for e in events] == [
        ("created", "Staff S1"),
        ("reply", "Ops Staff"),
        ("reply", "Staff S1"),
    ]
    # the requester could not look the account up herself
    account = await client.get(f"{API}/accounts/{events[1]['actor_account_id']}", headers=world.headers("staff_s1"))
    assert account.status_code in (403, 404)


async def test_routing_rules_and_sla_policies_are_pages_with_names(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world, "D-OPS")
    await route(client, world, "stock-system", "D-IT", region="R-WEST")
    await route(client, world, "printer", "D-IT")
    rules = await assert_walks_like_the_whole(client, world, "admin", f"{API}/ticket-routing-rules", 3)
    by_category = {(r["category"], r["region_name"]): r["department_name"] for r in rules}
    assert by_category[("*", None)] == "Operations"
    assert by_category[("stock-system", "West")] == "Information Technology"

    policies: list[dict[str, Any]] = [
        {"first_response_minutes": 60, "resolution_minutes": 600},
        {"priority": "high", "first_response_minutes": 30, "resolution_minutes": 300},
        {"category": "printer", "first_response_minutes": 90, "resolution_minutes": 900},
        {"category": "printer", "priority": "high", "first_response_minutes": 45, "resolution_minutes": 450},
    ]
    assert (await set_policies(client, world, *policies)).status_code == 200
    listed = await assert_walks_like_the_whole(client, world, "admin", f"{API}/sla-policies", 4)
    assert [(p["category"], p["priority"]) for p in listed] == [
        (None, None),
        (None, "high"),
        ("printer", None),
        ("printer", "high"),
    ]


async def test_unit_members_are_a_page_by_employee_number(client: httpx.AsyncClient, world: World) -> None:
    members = await assert_walks_like_the_whole(client, world, "hr", f"{API}/org-units/{world.units['S1']}/members", 2)
    numbers = [m["employee"]["employee_no"] for m in members]
    assert numbers == sorted(numbers)


async def test_ticket_stats_name_departments_and_responders(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world, "D-OPS")
    ticket = await raise_ticket(client, world, "staff_s1")
    assert (await reply(client, world, ticket["id"], "ops_staff")).status_code == 201
    answer = await client.get(
        f"{API}/tickets/stats",
        params={"from": "2000-01-01T00:00:00+00:00", "to": "2100-01-01T00:00:00+00:00"},
        headers=world.headers("hr"),
    )
    assert answer.status_code == 200, answer.text
    (department,) = answer.json()["departments"]
    assert department["department_name"] == "Operations"
    assert [r["full_name"] for r in department["responders"]] == ["Ops Staff"]


async def test_my_pools_are_a_page(client: httpx.AsyncClient, world: World) -> None:
    await march_sales(client, world)
    await create_pool(client, world)
    await create_pool(client, world, name="S1 March pool, second")
    pools = await assert_walks_like_the_whole(client, world, "staff_s1", f"{API}/me/pools", 2)
    assert [p["name"] for p in pools] == ["S1 March pool", "S1 March pool, second"]


@pytest.mark.parametrize(
    "url",
    [
        "/org-units/{S1}/members",
        "/tickets/{ticket}/timeline",
        "/tickets/{ticket}/attachments",
        "/me/attendance?from=2026-03-01&to=2026-03-02",
        "/me/pools",
        "/sla-policies",
        "/ticket-routing-rules",
    ],
)
async def test_each_of_the_seven_lists_refuses_a_cursor_it_did_not_issue_and_an_unbounded_limit(
    client: httpx.AsyncClient, world: World, url: str
) -> None:
    await route_everything_to(client, world, "D-OPS")
    ticket = await raise_ticket(client, world, "staff_s1")
    path = API + url.format(S1=world.units["S1"], ticket=ticket["id"])
    separator = "&" if "?" in path else "?"
    bad = await client.get(f"{path}{separator}cursor=bm90LWEtY3Vyc29y", headers=world.headers("staff_s1"))
    assert_problem(bad, 422, "pagination.invalid_cursor")
    assert_problem(await client.get(f"{path}{separator}limit=0", headers=world.headers("staff_s1")), 422)
    assert_problem(await client.get(f"{path}{separator}limit=201", headers=world.headers("staff_s1")), 422)


# --- names beside ids, with the names in Chinese characters --------------------------------------------


async def name_in_chinese(
    client: httpx.AsyncClient, world: World, units: dict[str, str] | None = None, people: dict[str, str] | None = None
) -> None:
    """Records local names (静安寺店-style) for some of the world's units and people, as an administrator would."""
    for code, local_name in (units or {}).items():
        answer = await client.patch(
            f"{API}/org-units/{world.units[code]}", json={"local_name": local_name}, headers=world.headers("admin")
        )
        assert answer.status_code == 200, answer.text
    for who, local_name in (people or {}).items():
        answer = await client.patch(
            f"{API}/employees/{world.employees[who]}", json={"local_name": local_name}, headers=world.headers("hr")
        )
        assert answer.status_code == 200, answer.text


async def test_a_transfer_names_both_units_and_each_approver_in_both_scripts(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await name_in_chinese(client, world, units={"S1": "人民广场店", "D-OPS": "运营部"}, people={"ops_head": "王芳"})
    created = await submit(client, world, "ops_staff", dest="S1")
    assert (created["destination_unit_name"], created["destination_unit_local_name"]) == (
        "People's Square store",
        "人民广场店",
    )
    assert (created["origin_unit_id"], created["origin_unit_name"], created["origin_unit_local_name"]) == (
        str(world.units["D-OPS"]),
        "Operations",
        "运营部",
    )
    await approve(client, world, created["id"], "ops_head", 0, comment="Fine by me")
    decided = await approve(client, world, created["id"], "hr", 1)
    assert [(e["action"], e["actor_name"], e["actor_local_name"]) for e in decided["trail"]] == [
        ("submitted", "Ops Staff", None),
        ("approved", "Ops Head", "王芳"),
        ("approved", "Hr", None),
    ]

    (listed,) = await everything(client, world, "ops_staff", f"{API}/transfers")
    (waiting,) = (await client.get(f"{API}/approvals/inbox", headers=world.headers("leader"))).json()["items"]
    for summary in (listed, waiting):
        assert (summary["destination_unit_name"], summary["destination_unit_local_name"]) == (
            "People's Square store",
            "人民广场店",
        )
        assert (summary["origin_unit_name"], summary["origin_unit_local_name"]) == ("Operations", "运营部")

    # a page of four reads its names in as many statements as a page of one
    with statements(database) as one:
        assert (await client.get(f"{API}/transfers", headers=world.headers("hr"))).status_code == 200
    await leader_only_chain(client, world)  # store staff have no department head to review them
    for who, dest in (("staff_s1", "S2"), ("staff_s2", "S3"), ("staff_s3", "S1")):
        await submit(client, world, who, dest=dest)
    with statements(database) as four:
        page = (await client.get(f"{API}/transfers", headers=world.headers("hr"))).json()["items"]
    assert {(t["origin_unit_name"], t["destination_unit_name"]) for t in page} == {
        ("Operations", "People's Square store"),
        ("People's Square store", "Lujiazui store"),
        ("Lujiazui store", "Grand Bazaar store"),
        ("Grand Bazaar store", "People's Square store"),
    }
    assert len(four) == len(one)


async def test_where_someone_works_names_the_home_unit_each_assignment_and_the_unit_on_the_day(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await name_in_chinese(client, world, units={"S1": "人民广场店", "S2": "陆家嘴店"})
    await assign(database, world, "staff_s1", "S2", date(2026, 3, 10), date(2026, 3, 21))
    await assign(database, world, "staff_s1", "S3", date(2026, 4, 1), date(2026, 4, 11))

    async def where(on: str) -> dict[str, Any]:
        answer = await client.get(
            f"{API}/employees/{world.employees['staff_s1']}/assignments", params={"on": on}, headers=world.headers("hr")
        )
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    seconded = await where("2026-03-15")
    assert (seconded["home_unit_name"], seconded["home_unit_local_name"]) == ("People's Square store", "人民广场店")
    assert (seconded["unit_on_date"], seconded["unit_on_date_name"], seconded["unit_on_date_local_name"]) == (
        str(world.units["S2"]),
        "Lujiazui store",
        "陆家嘴店",
    )
    assert [(a["unit_name"], a["unit_local_name"]) for a in seconded["assignments"]] == [
        ("Lujiazui store", "陆家嘴店"),
        ("Grand Bazaar store", None),
    ]
    back_home = await where("2026-03-21")
    assert (back_home["unit_on_date_name"], back_home["unit_on_date_local_name"]) == (
        "People's Square store",
        "人民广场店",
    )
    assert (await where("2026-04-05"))["unit_on_date_name"] == "Grand Bazaar store"


async def test_a_pool_names_its_scope_unit_when_read_listed_and_seen_by_a_member(
    client: httpx.AsyncClient, world: World
) -> None:
    await name_in_chinese(client, world, units={"S1": "人民广场店"})
    await march_sales(client, world)
    created = await create_pool(client, world)
    region = await create_pool(client, world, name="East March pool", scope_unit_id=str(world.units["R-EAST"]))
    read = await client.get(f"{API}/pools/{created['id']}", headers=world.headers("hr"))
    assert read.status_code == 200, read.text
    for pool in (created, read.json()):
        assert (pool["scope_unit_name"], pool["scope_unit_local_name"]) == ("People's Square store", "人民广场店")
    assert (region["scope_unit_name"], region["scope_unit_local_name"]) == ("East", None)

    listed = await everything(client, world, "hr", f"{API}/pools")
    assert {(p["name"], p["scope_unit_name"], p["scope_unit_local_name"]) for p in listed} == {
        ("S1 March pool", "People's Square store", "人民广场店"),
        ("East March pool", "East", None),
    }
    mine = await everything(client, world, "staff_s1", f"{API}/me/pools")
    assert ("S1 March pool", str(world.units["S1"]), "People's Square store", "人民广场店") in {
        (p["name"], p["scope_unit_id"], p["scope_unit_name"], p["scope_unit_local_name"]) for p in mine
    }


# --- typed problems in the spec -----------------------------------------------------------------------


def _problem_schema(spec: dict[str, Any], operation_id: str, status: str) -> list[str]:
    for operations in spec["paths"].values():
        for operation in operations.values():
            if operation.get("operationId") == operation_id:
                schema = operation["responses"][status]["content"]["application/problem+json"]["schema"]
                return [ref["$ref"].rsplit("/", 1)[1] for ref in schema.get("anyOf", [schema])]
    raise AssertionError(f"no operation {operation_id}")


async def test_the_geofence_problem_is_typed_in_the_spec(client: httpx.AsyncClient) -> None:
    spec = (await client.get(f"{API}/openapi.json")).json()
    assert "GeofenceOutsideProblem" in _problem_schema(spec, "clockIns-create", "422")
    outside = spec["components"]["schemas"]["GeofenceOutsideProblem"]
    assert outside["properties"]["type"]["const"] == "/problems/geofence.outside"
    assert {name: outside["properties"][name]["type"] for name in ("distance_m", "radius_m", "buffer_m")} == {
        "distance_m": "integer",
        "radius_m": "integer",
        "buffer_m": "integer",
    }
    assert outside["properties"]["store_name"]["type"] == "string"
    assert {"distance_m", "radius_m", "buffer_m", "store_name"} <= set(outside["required"])
    assert "TransferOverlapProblem" in _problem_schema(spec, "transfers-create", "409")
    assert "RateLimitedProblem" in _problem_schema(spec, "ingest-sales", "429")


# Raise sites whose slug is not written at the site: the slugs they can take.
DYNAMIC_SLUGS = {
    ("fence.refusal.value", "buffer_m distance_m radius_m store_name"): {"geofence.outside"},
    ("fence.refusal.value", "accuracy_m max_accuracy_m"): {"geofence.low_accuracy"},
    ("slug", "ends_on timezone"): {"performance.period_not_ended", "pool.period_not_ended"},
}
# Keyword arguments of a refusal that are not extension members.
NOT_MEMBERS = {"slug", "title", "preserve_changes", "field"}
# Refusal classes whose slug is a class attribute, by class name.
CLASS_SLUGS = {
    "PeriodClosed": "performance.period_closed",
    "RateLimited": "rate_limited",
    "TooManyAttempts": "auth.too_many_attempts",
    "HashingBusy": "service.unavailable",
    "RuleBroken": "roster.rule_broken",
}


def _raised_members() -> dict[str, set[str]]:
    """Every domain raise site with keyword extras: its problem type's slug -> the members it sets."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "domain").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            call = node.exc
            members = {k.arg for k in call.keywords if k.arg is not None and k.arg not in NOT_MEMBERS}
            members -= set(Problem.model_fields)  # `errors` and the like every problem declares
            if not members:
                continue
            name = call.func.id if isinstance(call.func, ast.Name) else ast.unparse(call.func)
            slug_node = next((k.value for k in call.keywords if k.arg == "slug"), None)
            if slug_node is None:
                slugs = {CLASS_SLUGS[name]}
            elif isinstance(slug_node, ast.Constant):
                slugs = {str(slug_node.value)}
            else:
                slugs = DYNAMIC_SLUGS[(ast.unparse(slug_node), " ".join(sorted(members)))]
            for slug in slugs:
                found.setdefault(slug, set()).update(members)
    # Refusals built in a constructor (TooManyAttempts, HashingBusy) pass their members to super().
    found.setdefault("auth.too_many_attempts", set()).add("retry_after_s")
    found.setdefault("service.unavailable", set()).add("retry_after_s")
    return found


def test_every_extension_member_a_domain_refusal_carries_is_declared_on_its_problem_type() -> None:
    raised = _raised_members()
    assert "geofence.outside" in raised and "transfer.overlap" in raised  # the scan sees the raise sites
    for slug, members in raised.items():
        assert slug in BY_SLUG, f"{slug} carries {sorted(members)} but has no typed problem"
        declared = set(BY_SLUG[slug].model_fields)
        assert members <= declared, f"{slug}: {sorted(members - declared)} undeclared"
