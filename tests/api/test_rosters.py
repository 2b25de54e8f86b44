"""Shift templates and roster weeks: who may be rostered (secondments' dates respected), the care
rules and the women's late-shift share enforced with explanations that never say why, one winner
when two managers save at once, publishing that notifies, HR's overrides, and suggestions."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Any

import httpx

from domain.shared.actor import Role
from domain.shared.db import Database
from tests.api.test_care_profile import SENSITIVE, consent, nursing_mother, record
from tests.factories import World, assign, deliver_events, hire
from tests.support import assert_problem

# the test clock starts on Monday 2026-03-02; the roster week tested is the next one
WEEK = date(2026, 3, 9)
EARLY = {"code": "EARLY", "name": "早班", "starts": "07:00", "ends": "15:00", "break_minutes": 60, "headcount": [1] * 7}
LATE = {"code": "LATE", "name": "晚班", "starts": "15:00", "ends": "23:00", "break_minutes": 60, "headcount": [1] * 7}
NIGHT = {"code": "NIGHT", "name": "夜班", "starts": "22:00", "ends": "06:00", "break_minutes": 60, "headcount": [0] * 7}


def day(offset: int) -> str:
    return (WEEK + timedelta(days=offset)).isoformat()


def roster_url(world: World, store: str = "S1", week: date = WEEK) -> str:
    return f"/api/v1/stores/{world.units[store]}/rosters/{week.isoformat()}"


async def templates(client: httpx.AsyncClient, world: World, *bodies: dict[str, Any]) -> dict[str, str]:
    found = {}
    for body in bodies:
        response = await client.post(
            f"/api/v1/stores/{world.units['S1']}/shift-templates", json=body, headers=world.headers("manager_s1")
        )
        assert response.status_code == 201, response.text
        found[body["code"]] = response.json()["id"]
    return found


def shift(world: World, who: str, offset: int, template_id: str) -> dict[str, str]:
    return {"employee_id": str(world.employees[who]), "day": day(offset), "template_id": template_id}


async def put(
    client: httpx.AsyncClient, world: World, assignments: list[dict[str, str]], version: int, who: str = "manager_s1"
) -> httpx.Response:
    return await client.put(
        roster_url(world), json={"version": version, "assignments": assignments}, headers=world.headers(who)
    )


async def test_templates_cross_midnight_and_belong_to_their_store(client: httpx.AsyncClient, world: World) -> None:
    ids = await templates(client, world, EARLY, NIGHT)
    listed = await client.get(f"/api/v1/stores/{world.units['S1']}/shift-templates", headers=world.headers("hr"))
    assert listed.status_code == 200, listed.text
    by_code = {t["code"]: t for t in listed.json()}
    assert by_code["NIGHT"]["crosses_midnight"] is True and by_code["NIGHT"]["paid_minutes"] == 420
    assert by_code["NIGHT"]["late"] is True and by_code["EARLY"]["late"] is False
    assert by_code["EARLY"]["starts"] == "07:00"
    again = await client.post(
        f"/api/v1/stores/{world.units['S1']}/shift-templates", json=EARLY, headers=world.headers("manager_s1")
    )
    assert_problem(again, 409, "shift_template.code_taken")
    too_long_break = {**EARLY, "code": "X", "ends": "09:00", "break_minutes": 120}
    refused = await client.post(
        f"/api/v1/stores/{world.units['S1']}/shift-templates", json=too_long_break, headers=world.headers("manager_s1")
    )
    assert_problem(refused, 422, "shift_template.invalid")
    other_store = await client.get(
        f"/api/v1/stores/{world.units['S1']}/shift-templates", headers=world.headers("manager_s2")
    )
    assert_problem(other_store, 404, "store.not_found")
    staff = await client.post(
        f"/api/v1/stores/{world.units['S1']}/shift-templates", json=LATE, headers=world.headers("staff_s1")
    )
    assert staff.status_code in (403, 404)
    # times stay while a roster uses the template
    saved = await put(client, world, [shift(world, "staff_s1", 0, ids["EARLY"])], 0)
    assert saved.status_code == 200, saved.text
    moved = await client.put(
        f"/api/v1/stores/{world.units['S1']}/shift-templates/{ids['EARLY']}",
        json={**{k: v for k, v in EARLY.items() if k != "code"}, "starts": "08:00"},
        headers=world.headers("manager_s1"),
    )
    assert_problem(moved, 409, "shift_template.in_use")


async def test_a_leader_who_manages_one_store_plans_that_store_alone(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """Leaders read every store's rosters; managing one store adds writing that store (and its
    subtree) only, never the stores the leader role lets them see."""
    await hire(database, world, "leading_manager", "E0901", "S1", [(Role.LEADER, "HQ"), (Role.STORE_MANAGER, "S1")])
    own = await client.post(
        f"/api/v1/stores/{world.units['S1']}/shift-templates", json=EARLY, headers=world.headers("leading_manager")
    )
    assert own.status_code == 201, own.text
    saved = await put(client, world, [shift(world, "staff_s1", 0, own.json()["id"])], 0, who="leading_manager")
    assert saved.status_code == 200, saved.text
    for store in ("S2", "S3"):
        base = f"/api/v1/stores/{world.units[store]}"
        kept = await client.post(f"{base}/shift-templates", json=LATE, headers=world.headers("hr"))
        assert kept.status_code == 201, kept.text
        template = kept.json()
        # reading stays open to a leader
        listed = await client.get(f"{base}/shift-templates", headers=world.headers("leading_manager"))
        assert listed.status_code == 200, listed.text
        assert (await client.get(roster_url(world, store), headers=world.headers("leading_manager"))).status_code == 200
        created = await client.post(
            f"{base}/shift-templates", json={**EARLY, "code": "X"}, headers=world.headers("leading_manager")
        )
        assert_problem(created, 403, "roster.forbidden")
        changed = await client.put(
            f"{base}/shift-templates/{template['id']}",
            json={**{k: v for k, v in LATE.items() if k != "code"}, "name": "Changed"},
            headers=world.headers("leading_manager"),
        )
        assert_problem(changed, 403, "roster.forbidden")
        written = await client.put(
            roster_url(world, store), json={"version": 0, "assignments": []}, headers=world.headers("leading_manager")
        )
        assert_problem(written, 403, "roster.forbidden")
    # nothing was written at the other stores
    s3 = (await client.get(f"/api/v1/stores/{world.units['S3']}/shift-templates", headers=world.headers("hr"))).json()
    assert [(t["code"], t["name"]) for t in s3] == [("LATE", LATE["name"])]
    assert (await client.get(roster_url(world, "S3"), headers=world.headers("hr"))).json()["version"] == 0
    # a manager over a region still plans every store beneath it
    region = await client.post(
        f"/api/v1/stores/{world.units['S2']}/shift-templates", json=EARLY, headers=world.headers("region_east")
    )
    assert region.status_code == 201, region.text


async def test_only_people_assigned_to_the_store_that_day_are_rostered(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    ids = await templates(client, world, EARLY)
    # ops_staff is seconded to S1 from Wednesday to Friday
    await assign(database, world, "ops_staff", "S1", WEEK + timedelta(days=2), WEEK + timedelta(days=5))
    roster = (await client.get(roster_url(world), headers=world.headers("manager_s1"))).json()
    eligible = {e["employee_id"]: e["days"] for e in roster["eligible"]}
    assert eligible[str(world.employees["ops_staff"])] == [day(2), day(3), day(4)]
    assert len(eligible[str(world.employees["staff_s1"])]) == 7
    assert str(world.employees["staff_s2"]) not in eligible
    assert roster["version"] == 0 and roster["status"] == "draft"
    assert [(g["day"], g["gap"]) for g in roster["gaps"]][:2] == [(day(0), 1), (day(1), 1)]

    monday = await put(client, world, [shift(world, "ops_staff", 0, ids["EARLY"])], 0)
    body = assert_problem(monday, 422, "roster.not_assigned")
    assert [e["field"] for e in body["errors"]] == ["body.assignments[0].employee_id"]
    stranger = await put(client, world, [shift(world, "staff_s2", 2, ids["EARLY"])], 0)
    assert_problem(stranger, 422, "roster.not_assigned")
    outside = await put(client, world, [shift(world, "staff_s1", 7, ids["EARLY"])], 0)
    assert_problem(outside, 422, "roster.day_outside_week")
    unknown = await put(
        client, world, [{**shift(world, "staff_s1", 0, ids["EARLY"]), "template_id": str(world.units["S1"])}], 0
    )
    assert_problem(unknown, 422, "roster.unknown_template")
    twice = await put(client, world, [shift(world, "staff_s1", 0, ids["EARLY"])] * 2, 0)
    assert_problem(twice, 422, "roster.duplicate_assignment")
    tuesday = await client.get(f"/api/v1/stores/{world.units['S1']}/rosters/{day(1)}", headers=world.headers("hr"))
    assert_problem(tuesday, 422, "roster.week_start")
    # nothing was half-written
    assert (await client.get(roster_url(world), headers=world.headers("manager_s1"))).json()["shifts"] == []

    wednesday = await put(client, world, [shift(world, "ops_staff", 2, ids["EARLY"])], 0)
    assert wednesday.status_code == 200, wednesday.text
    saved = wednesday.json()
    assert saved["version"] == 1 and len(saved["shifts"]) == 1
    first = saved["shifts"][0]
    assert (first["starts_local"], first["time_zone"]) == ("2026-03-11T07:00:00+08:00", "Asia/Shanghai")


async def test_a_care_rule_refuses_the_shift_and_says_until_when_never_why(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    ids = await templates(client, world, EARLY, LATE, NIGHT)
    await nursing_mother(client, world)  # ops_staff: nursing, no shift ending after 21:00
    await assign(database, world, "ops_staff", "S1", WEEK, None)
    night = await put(client, world, [shift(world, "ops_staff", 0, ids["NIGHT"])], 0)
    problem = assert_problem(night, 422, "roster.rule_broken")
    rules = {v["rule"]: v for v in problem["violations"]}
    assert rules["care.no_night_work"]["until"] == "2026-09-30"
    assert rules["care.no_night_work"]["employee_ids"] == [str(world.employees["ops_staff"])]
    assert "2026-09-30" in rules["care.no_night_work"]["text"]
    late_response = await put(client, world, [shift(world, "ops_staff", 0, ids["LATE"])], 0)
    late = assert_problem(late_response, 422)
    assert {v["rule"] for v in late["violations"]} >= {"care.shift_ends_by", "care.no_night_work"}
    early = await put(client, world, [shift(world, "ops_staff", 0, ids["EARLY"])], 0)
    assert early.status_code == 200, early.text
    assert early.json()["shifts"][0]["protected_minutes"] == 60  # the nursing hour rides on the shift
    for response in (
        night,
        late_response,
        early,
        await client.get(roster_url(world), headers=world.headers("manager_s1")),
    ):
        text = response.text.lower()
        assert not [word for word in SENSITIVE if word.lower() in text], response.text
    checked = await client.post(
        f"{roster_url(world)}/check",
        json={"assignments": [shift(world, "ops_staff", 1, ids["NIGHT"])]},
        headers=world.headers("manager_s1"),
    )
    assert checked.status_code == 200, checked.text
    assert checked.json()["publishable"] is False
    assert not [word for word in SENSITIVE if word.lower() in checked.text.lower()]


async def make_woman(client: httpx.AsyncClient, world: World, who: str) -> None:
    await consent(client, world, who, "sex")
    response = await record(client, world, who, {"sex": "female"})
    assert response.status_code == 200, response.text


async def test_the_womens_late_share_refuses_the_publish_above_ten_percent_and_allows_exactly_ten(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    ids = await templates(client, world, EARLY, LATE)
    await assign(database, world, "staff_s2", "S1", WEEK, None)
    await make_woman(client, world, "staff_s2")
    men = [shift(world, "staff_s1", d, ids["LATE"]) for d in range(5)]
    men += [shift(world, "manager_s1", d, ids["LATE"]) for d in range(4)]
    woman = [shift(world, "staff_s2", 0, ids["LATE"])]
    saved = await put(client, world, [*men[:4], *woman], 0)
    assert saved.status_code == 200, saved.text  # a draft may be over while it is being planned
    assert [v["rule"] for v in saved.json()["violations"]] == ["roster.women_late_share"]
    refused = await client.post(
        f"{roster_url(world)}/publish", json={"version": 1}, headers=world.headers("manager_s1")
    )
    problem = assert_problem(refused, 422, "roster.rule_broken")
    share = problem["violations"][0]
    assert share["numbers"] == {"late_shifts": 5, "by_women": 1, "allowed": 0}
    assert share["employee_ids"] == [str(world.employees["staff_s2"])]
    exactly = await put(client, world, [*men, *woman], 1)
    assert exactly.status_code == 200, exactly.text
    assert exactly.json()["violations"] == []
    published = await client.post(
        f"{roster_url(world)}/publish", json={"version": 2}, headers=world.headers("manager_s1")
    )
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"
    # once published, a change that breaks the share is refused at once
    over = await put(client, world, [*men[:8], *woman], 3)
    assert_problem(over, 422, "roster.rule_broken")


async def test_two_managers_saving_at_once_one_wins(client: httpx.AsyncClient, world: World) -> None:
    ids = await templates(client, world, EARLY)
    first, second = await asyncio.gather(
        put(client, world, [shift(world, "staff_s1", 0, ids["EARLY"])], 0),
        put(client, world, [shift(world, "manager_s1", 0, ids["EARLY"])], 0, who="region_east"),
    )
    assert sorted([first.status_code, second.status_code]) == [200, 409], (first.text, second.text)
    loser = first if first.status_code == 409 else second
    assert_problem(loser, 409, "roster.version_conflict")
    shifts = (await client.get(roster_url(world), headers=world.headers("hr"))).json()["shifts"]
    assert len(shifts) == 1
    saved = await put(client, world, [shift(world, "staff_s1", 1, ids["EARLY"])], 1)
    assert saved.status_code == 200
    stale = await put(client, world, [shift(world, "staff_s1", 2, ids["EARLY"])], 1)
    assert assert_problem(stale, 409, "roster.version_conflict")["current_version"] == 2


async def notices(client: httpx.AsyncClient, world: World, who: str) -> list[dict[str, Any]]:
    response = await client.get("/api/v1/me/notifications", headers=world.headers(who))
    assert response.status_code == 200, response.text
    return [n for n in response.json()["items"] if n["kind"].startswith(("roster.", "shift_swap."))]


async def test_publishing_notifies_each_person_and_changes_notify_only_those_affected(
    client: httpx.AsyncClient, world: World, app: Any
) -> None:
    ids = await templates(client, world, EARLY, LATE)
    await put(client, world, [shift(world, "staff_s1", 0, ids["EARLY"]), shift(world, "manager_s1", 1, ids["LATE"])], 0)
    mine = await client.get(
        "/api/v1/me/shifts", params={"from": day(0), "to": day(6)}, headers=world.headers("staff_s1")
    )
    assert mine.json() == []  # a draft stays with the planners
    published = await client.post(f"{roster_url(world)}/publish", json={"version": 1}, headers=world.headers("hr"))
    assert published.status_code == 200, published.text
    await deliver_events(app)
    told = await notices(client, world, "staff_s1")
    assert [n["kind"] for n in told] == ["roster.published"]
    assert "早班" in told[0]["body"] and day(0) in told[0]["body"]
    mine = await client.get(
        "/api/v1/me/shifts", params={"from": day(0), "to": day(6)}, headers=world.headers("staff_s1")
    )
    assert [(s["day"], s["code"], s["store_name"]) for s in mine.json()] == [(day(0), "EARLY", "People's Square store")]

    changed = await put(
        client,
        world,
        [shift(world, "staff_s1", 0, ids["EARLY"]), shift(world, "manager_s1", 2, ids["LATE"])],
        2,
        who="hr",
    )
    assert changed.status_code == 200, changed.text
    await deliver_events(app)
    assert [n["kind"] for n in await notices(client, world, "staff_s1")] == ["roster.published"]
    assert [n["kind"] for n in await notices(client, world, "manager_s1")] == ["roster.changed", "roster.published"]
    trail = await client.get(
        "/api/v1/audit",
        params={"entity_type": "roster", "entity_id": published.json()["id"]},
        headers=world.headers("admin"),
    )
    assert trail.status_code == 200, trail.text
    assert {"roster.updated", "roster.published"} <= {e["action"] for e in trail.json()["items"]}


async def test_hr_overrides_a_company_rule_with_a_reason_never_a_legal_one(
    client: httpx.AsyncClient, world: World
) -> None:
    ids = await templates(client, world, EARLY, LATE)
    short_rest = [shift(world, "staff_s1", 0, ids["LATE"]), shift(world, "staff_s1", 1, ids["EARLY"])]
    refused = assert_problem(await put(client, world, short_rest, 0), 422, "roster.rule_broken")
    rest = refused["violations"][0]
    assert (rest["rule"], rest["overridable"], rest["numbers"]["rest_minutes"]) == ("roster.min_rest", True, 480)
    body = {"employee_id": str(world.employees["staff_s1"]), "rule": "roster.min_rest", "reason": "Stocktake night"}
    manager = await client.post(f"{roster_url(world)}/overrides", json=body, headers=world.headers("manager_s1"))
    assert_problem(manager, 403, "roster.override_forbidden")
    legal = await client.post(
        f"{roster_url(world)}/overrides", json={**body, "rule": "care.no_night_work"}, headers=world.headers("hr")
    )
    assert_problem(legal, 422)
    granted = await client.post(f"{roster_url(world)}/overrides", json=body, headers=world.headers("hr"))
    assert granted.status_code == 201, granted.text
    version = granted.json()["version"]
    saved = await put(client, world, short_rest, version)
    assert saved.status_code == 200, saved.text
    assert saved.json()["overrides"][0]["reason"] == "Stocktake night"
    withdraw = await client.delete(
        f"{roster_url(world)}/overrides/{saved.json()['overrides'][0]['id']}", headers=world.headers("hr")
    )
    assert_problem(withdraw, 422, "roster.rule_broken")


async def test_suggest_fills_the_open_slots_keeping_every_rule(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await templates(client, world, EARLY, LATE)
    await nursing_mother(client, world)
    await assign(database, world, "ops_staff", "S1", WEEK, None)
    for number in range(3):
        await hire(database, world, f"clerk_{number}", f"E09{number}", "S1", [])
    suggested = await client.post(
        f"{roster_url(world)}/suggest",
        json={"version": 0, "time_limit_seconds": 2},
        headers=world.headers("manager_s1"),
    )
    assert suggested.status_code == 200, suggested.text
    answer = suggested.json()
    roster = answer["roster"]
    assert answer["added"] == len(roster["shifts"]) > 0
    assert roster["violations"] == [] and roster["status"] == "draft"
    filled = sum(c["rostered"] for c in roster["coverage"])
    assert filled + sum(u["missing"] for u in answer["unfilled"]) == 14
    mother = [s for s in roster["shifts"] if s["employee_id"] == str(world.employees["ops_staff"])]
    assert all(s["code"] == "EARLY" for s in mother)
    check = await client.post(f"{roster_url(world)}/check", json={}, headers=world.headers("manager_s1"))
    assert check.json()["violations"] == []
    stale = await client.post(f"{roster_url(world)}/suggest", json={"version": 0}, headers=world.headers("manager_s1"))
    assert_problem(stale, 409, "roster.version_conflict")


async def test_a_swap_is_offered_taken_with_the_takers_rules_checked_and_approved_by_the_manager(
    client: httpx.AsyncClient, world: World, database: Database, app: Any
) -> None:
    ids = await templates(client, world, EARLY, LATE)
    await assign(database, world, "staff_s2", "S1", WEEK, None)
    await nursing_mother(client, world)
    await assign(database, world, "ops_staff", "S1", WEEK, None)
    saved = await put(client, world, [shift(world, "staff_s1", 0, ids["LATE"])], 0)
    published = await client.post(f"{roster_url(world)}/publish", json={"version": 1}, headers=world.headers("hr"))
    assert published.status_code == 200, (saved.text, published.text)
    shift_id = published.json()["shifts"][0]["id"]

    offered = await client.post(
        "/api/v1/shift-swaps",
        json={"roster_shift_id": shift_id, "note": "Family dinner"},
        headers=world.headers("staff_s1"),
    )
    assert offered.status_code == 201, offered.text
    swap = offered.json()
    assert (swap["status"], swap["code"], swap["offered_by_name"]) == ("offered", "LATE", "Staff S1")
    again = await client.post(
        "/api/v1/shift-swaps", json={"roster_shift_id": shift_id}, headers=world.headers("staff_s1")
    )
    assert_problem(again, 409, "shift_swap.already_offered")
    not_mine = await client.post(
        "/api/v1/shift-swaps", json={"roster_shift_id": shift_id}, headers=world.headers("staff_s2")
    )
    assert_problem(not_mine, 404, "roster_shift.not_found")

    # colleagues who may work at S1 that day see the offer; others do not
    seen = await client.get("/api/v1/shift-swaps", headers=world.headers("staff_s2"))
    assert [s["id"] for s in seen.json()["items"]] == [swap["id"]]
    assert (await client.get("/api/v1/shift-swaps", headers=world.headers("staff_s3"))).json()["items"] == []
    for planner, sees in (("manager_s1", [swap["id"]]), ("region_east", [swap["id"]]), ("manager_s2", [])):
        listed = await client.get("/api/v1/shift-swaps", headers=world.headers(planner))
        assert [s["id"] for s in listed.json()["items"]] == sees, planner

    # the nursing mother may not take a shift ending at 23:00, and is told which rule, not why
    refused = await client.post(
        f"/api/v1/shift-swaps/{swap['id']}/take", json={"version": 1}, headers=world.headers("ops_staff")
    )
    problem = assert_problem(refused, 422, "roster.rule_broken")
    assert "care.no_night_work" in {v["rule"] for v in problem["violations"]}
    outsider = await client.post(
        f"/api/v1/shift-swaps/{swap['id']}/take", json={"version": 1}, headers=world.headers("staff_s3")
    )
    assert_problem(outsider, 404, "shift_swap.not_found")
    taken = await client.post(
        f"/api/v1/shift-swaps/{swap['id']}/take", json={"version": 1}, headers=world.headers("staff_s2")
    )
    assert taken.status_code == 200, taken.text
    assert (taken.json()["status"], taken.json()["taken_by_name"]) == ("taken", "Staff S2")

    own = await client.post(
        f"/api/v1/shift-swaps/{swap['id']}/decision",
        json={"version": 2, "decision": "approve"},
        headers=world.headers("staff_s1"),
    )
    assert own.status_code in (403, 404)
    other_store = await client.post(
        f"/api/v1/shift-swaps/{swap['id']}/decision",
        json={"version": 2, "decision": "approve"},
        headers=world.headers("manager_s2"),
    )
    assert_problem(other_store, 404, "shift_swap.not_found")
    approved = await client.post(
        f"/api/v1/shift-swaps/{swap['id']}/decision",
        json={"version": 2, "decision": "approve", "comment": "OK"},
        headers=world.headers("manager_s1"),
    )
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "approved"
    roster = (await client.get(roster_url(world), headers=world.headers("manager_s1"))).json()
    assert [(s["employee_id"], s["code"]) for s in roster["shifts"]] == [(str(world.employees["staff_s2"]), "LATE")]
    await deliver_events(app)
    assert "shift_swap.approved" in [n["kind"] for n in await notices(client, world, "staff_s2")]
    # the shift moved with the swap: the swap did not end with the shift it pointed at
    assert "shift_swap.withdrawn" not in await swap_trail(client, world, swap["id"])
    assert "shift_swap.ended" not in [n["kind"] for n in await notices(client, world, "staff_s2")]
    assert "roster.changed" in [n["kind"] for n in await notices(client, world, "staff_s1")]
    theirs = await client.get(
        "/api/v1/me/shifts", params={"from": day(0), "to": day(6)}, headers=world.headers("staff_s2")
    )
    assert [s["code"] for s in theirs.json()] == ["LATE"]


async def test_the_womens_share_marker_follows_the_profile_and_is_derived_again_for_profiles_sealed_before(
    client: httpx.AsyncClient, world: World, database: Database, app: Any
) -> None:
    from sqlalchemy import delete, select

    from domain.care.models import WomenShareMember
    from domain.care.profile import recompute_everyone
    from domain.care.protections import CHINA

    await make_woman(client, world, "staff_s2")
    async with database.session_scope() as session:
        assert await session.scalar(select(WomenShareMember.employee_id)) == world.employees["staff_s2"]
        await session.execute(delete(WomenShareMember))  # as a database upgraded from before the marker
    async with database.session_scope() as session:
        assert await recompute_everyone(session, app.state.sealer, CHINA) == 1  # `frontline care-recompute`
    async with database.session_scope() as session:
        assert await session.scalar(select(WomenShareMember.employee_id)) == world.employees["staff_s2"]
    withdrawn = await client.delete("/api/v1/me/care-profile/consents/sex", headers=world.headers("staff_s2"))
    assert withdrawn.status_code == 204, withdrawn.text
    async with database.session_scope() as session:
        assert await session.scalar(select(WomenShareMember.employee_id)) is None


async def _offered_and_taken(client: httpx.AsyncClient, world: World, database: Database) -> dict[str, Any]:
    """staff_s1's LATE shift on a published roster, offered and taken by staff_s2 (version 2)."""
    ids = await templates(client, world, EARLY, LATE)
    await assign(database, world, "staff_s2", "S1", WEEK, None)
    await put(client, world, [shift(world, "staff_s1", 0, ids["LATE"])], 0)
    published = await client.post(f"{roster_url(world)}/publish", json={"version": 1}, headers=world.headers("hr"))
    assert published.status_code == 200, published.text
    offered = await client.post(
        "/api/v1/shift-swaps",
        json={"roster_shift_id": published.json()["shifts"][0]["id"]},
        headers=world.headers("staff_s1"),
    )
    assert offered.status_code == 201, offered.text
    taken = await client.post(
        f"/api/v1/shift-swaps/{offered.json()['id']}/take", json={"version": 1}, headers=world.headers("staff_s2")
    )
    assert taken.status_code == 200, taken.text
    return dict(taken.json())


async def swap_trail(client: httpx.AsyncClient, world: World, swap_id: str) -> list[str]:
    trail = await client.get(
        "/api/v1/audit", params={"entity_type": "shift_swap", "entity_id": swap_id}, headers=world.headers("admin")
    )
    assert trail.status_code == 200, trail.text
    return [e["action"] for e in trail.json()["items"]]


async def test_withdrawing_a_taken_swap_tells_the_taker_and_the_stores_managers(
    client: httpx.AsyncClient, world: World, database: Database, app: Any
) -> None:
    swap = await _offered_and_taken(client, world, database)
    await deliver_events(app)
    withdrawn = await client.post(
        f"/api/v1/shift-swaps/{swap['id']}/withdraw", json={"version": 2}, headers=world.headers("staff_s1")
    )
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["status"] == "withdrawn"
    await deliver_events(app)
    for reader in ("staff_s2", "manager_s1", "region_east"):
        told = [n for n in await notices(client, world, reader) if n["kind"] == "shift_swap.withdrawn"]
        assert len(told) == 1, reader
        assert told[0]["subject_id"] == swap["id"]
        assert "Staff S1" in told[0]["body"] and "晚班" in told[0]["body"] and "Mar 9, 2026" in told[0]["body"]
    # the offerer withdrew it (nothing to hear) and another store's manager never heard of it
    for reader in ("staff_s1", "manager_s2"):
        assert "shift_swap.withdrawn" not in [n["kind"] for n in await notices(client, world, reader)], reader
    chinese = await client.get(
        "/api/v1/me/notifications", headers={**world.headers("staff_s2"), "Accept-Language": "zh-CN"}
    )
    [notice] = [n for n in chinese.json()["items"] if n["kind"] == "shift_swap.withdrawn"]
    assert notice["title"] == "换班已撤回" and "撤回" in notice["body"], notice


async def test_a_swap_whose_shift_leaves_the_roster_ends_with_an_event_and_everyone_in_it_hears(
    client: httpx.AsyncClient, world: World, database: Database, app: Any
) -> None:
    swap = await _offered_and_taken(client, world, database)
    await deliver_events(app)
    removed = await put(client, world, [], 2)
    assert removed.status_code == 200, removed.text
    listed = await client.get("/api/v1/shift-swaps", headers=world.headers("staff_s2"))
    [ended] = [s for s in listed.json()["items"] if s["id"] == swap["id"]]
    assert (ended["status"], ended["comment"], ended["version"]) == ("withdrawn", "shift removed from the roster", 3)
    assert "shift_swap.withdrawn" in await swap_trail(client, world, swap["id"])
    await deliver_events(app)
    # the taker, the offerer (someone else ended their offer) and the managers, not the one who changed it
    for reader in ("staff_s2", "staff_s1", "region_east"):
        told = [n for n in await notices(client, world, reader) if n["kind"] == "shift_swap.ended"]
        assert len(told) == 1, reader
        assert "Staff S1" in told[0]["body"] and "晚班" in told[0]["body"], told[0]
    for reader in ("manager_s1", "manager_s2"):
        assert "shift_swap.ended" not in [n["kind"] for n in await notices(client, world, reader)], reader
