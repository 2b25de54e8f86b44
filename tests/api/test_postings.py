"""Frontline postings people can find: the skill catalogue and my skills, drafts by HR or the store's
manager opened by HR, lists filtered by place and dates, and the postings that suit me: near home or
school, never breaking my care rules, my skills counted."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from domain.shared.actor import Role
from domain.shared.db import Database
from tests.api.test_care_profile import consent, nursing_mother, record
from tests.api.test_rosters import EARLY, LATE, templates
from tests.factories import World, hire
from tests.support import assert_problem

# the test clock starts on Monday 2026-03-02
S1 = (31.2304, 121.4737)
POSTING = {
    "title": "Weekend cover",
    "description": "Fresh produce counter",
    "start_date": "2026-03-16",
    "end_date": "2026-04-30",
    "hours_per_week": 40,
    "headcount": 2,
}


async def skill(client: httpx.AsyncClient, world: World, code: str, name: str) -> None:
    saved = await client.put(f"/api/v1/skills/{code}", json={"name": name}, headers=world.headers("hr"))
    assert saved.status_code == 200, saved.text


async def draft(client: httpx.AsyncClient, world: World, who: str, **change: Any) -> httpx.Response:
    body = {**POSTING, "unit_id": str(world.units["S1"]), **change}
    return await client.post("/api/v1/postings", json=body, headers=world.headers(who))


async def opened(client: httpx.AsyncClient, world: World, **change: Any) -> dict[str, Any]:
    drafted = await draft(client, world, "hr", **change)
    assert drafted.status_code == 201, drafted.text
    posting = drafted.json()
    answer = await client.post(
        f"/api/v1/postings/{posting['id']}/open", json={"version": posting["version"]}, headers=world.headers("hr")
    )
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


async def test_skills_are_kept_by_hr_and_declared_by_people(client: httpx.AsyncClient, world: World) -> None:
    await skill(client, world, "fresh_produce", "Fresh produce")
    refused = await client.put("/api/v1/skills/cashier", json={"name": "Cashier"}, headers=world.headers("manager_s1"))
    assert_problem(refused, 403, "skill.forbidden")
    unknown = await client.put(
        "/api/v1/me/skills", json={"skills": ["fresh_produce", "juggling"]}, headers=world.headers("ops_staff")
    )
    body = assert_problem(unknown, 422, "skill.unknown")
    assert [e["field"] for e in body["errors"]] == ["body.skills[1]"]
    declared = await client.put(
        "/api/v1/me/skills", json={"skills": ["fresh_produce"]}, headers=world.headers("ops_staff")
    )
    assert declared.status_code == 200, declared.text
    assert declared.json() == [{"code": "fresh_produce", "name": "Fresh produce", "source": "self"}]
    listed = await client.get("/api/v1/skills", headers=world.headers("staff_s1"))
    assert [s["code"] for s in listed.json()] == ["fresh_produce"]
    await skill(client, world, "cashier", "Cashier")
    url = f"/api/v1/employees/{world.employees['ops_staff']}/skills"
    recorded = await client.put(url, json={"skills": ["cashier"]}, headers=world.headers("hr"))
    assert recorded.status_code == 200, recorded.text
    assert [(s["code"], s["source"]) for s in recorded.json()] == [("cashier", "hr"), ("fresh_produce", "self")]
    not_hr = await client.put(url, json={"skills": []}, headers=world.headers("manager_s1"))
    assert_problem(not_hr, 403, "skill.forbidden")
    # declaring again keeps HR's record
    again = await client.put("/api/v1/me/skills", json={"skills": []}, headers=world.headers("ops_staff"))
    assert [(s["code"], s["source"]) for s in again.json()] == [("cashier", "hr")]


async def test_a_managers_draft_waits_for_hr_and_is_seen_only_by_its_planners(
    client: httpx.AsyncClient, world: World
) -> None:
    ids = await templates(client, world, EARLY)
    drafted = await draft(client, world, "manager_s1", template_ids=[ids["EARLY"]], tags=["commute_time_flexible"])
    assert drafted.status_code == 201, drafted.text
    posting = drafted.json()
    assert (posting["status"], posting["shift_codes"], posting["unit_name"]) == (
        "draft",
        ["EARLY"],
        "People's Square store",
    )
    other = await draft(client, world, "manager_s2")
    assert_problem(other, 403, "posting.forbidden")
    hidden = await client.get(f"/api/v1/postings/{posting['id']}", headers=world.headers("staff_s1"))
    assert_problem(hidden, 404, "posting.not_found")
    assert (await client.get("/api/v1/postings", headers=world.headers("staff_s1"))).json()["items"] == []
    by_manager = await client.post(
        f"/api/v1/postings/{posting['id']}/open", json={"version": 1}, headers=world.headers("manager_s1")
    )
    assert_problem(by_manager, 403, "posting.open_forbidden")
    approved = await client.post(
        f"/api/v1/postings/{posting['id']}/open", json={"version": 1}, headers=world.headers("hr")
    )
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "open"
    listed = await client.get("/api/v1/postings", headers=world.headers("staff_s2"))
    assert [p["id"] for p in listed.json()["items"]] == [posting["id"]]
    stale = await client.post(
        f"/api/v1/postings/{posting['id']}/close", json={"version": 1}, headers=world.headers("manager_s1")
    )
    assert_problem(stale, 409, "posting.version_conflict")
    closed = await client.post(
        f"/api/v1/postings/{posting['id']}/close", json={"version": 2}, headers=world.headers("manager_s1")
    )
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert (await client.get("/api/v1/postings", headers=world.headers("staff_s2"))).json()["items"] == []


async def test_a_leader_who_manages_one_store_plans_that_stores_postings_alone(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """The leader role lets a person see every store; managing one store adds planning that
    store's postings only."""
    await hire(database, world, "leading_manager", "E0901", "S1", [(Role.LEADER, "HQ"), (Role.STORE_MANAGER, "S1")])
    own = await draft(client, world, "leading_manager")
    assert own.status_code == 201, own.text
    elsewhere = await draft(client, world, "leading_manager", unit_id=str(world.units["S3"]))
    assert_problem(elsewhere, 403, "posting.forbidden")
    hers = await draft(client, world, "hr", unit_id=str(world.units["S3"]))
    assert hers.status_code == 201, hers.text
    posting = hers.json()
    hidden = await client.get(f"/api/v1/postings/{posting['id']}", headers=world.headers("leading_manager"))
    assert_problem(hidden, 404, "posting.not_found")
    drafts = await client.get(
        "/api/v1/postings",
        params={"unit_id": str(world.units["S3"]), "status": "draft"},
        headers=world.headers("leading_manager"),
    )
    assert_problem(drafts, 404, "store.not_found")
    # an open posting elsewhere: seen by all, closed and its applicants read by its planners only
    open_elsewhere = await opened(client, world, unit_id=str(world.units["S3"]))
    closed = await client.post(
        f"/api/v1/postings/{open_elsewhere['id']}/close",
        json={"version": open_elsewhere["version"]},
        headers=world.headers("leading_manager"),
    )
    assert_problem(closed, 403, "posting.forbidden")
    applicants = await client.get(
        f"/api/v1/postings/{open_elsewhere['id']}/applications", headers=world.headers("leading_manager")
    )
    assert_problem(applicants, 404, "posting.not_found")


async def test_bad_postings_and_filters_are_refused_and_nothing_is_stored(
    client: httpx.AsyncClient, world: World
) -> None:
    backwards = await draft(client, world, "hr", start_date="2026-05-01", end_date="2026-04-01")
    assert_problem(backwards, 422, "validation.failed")
    nobody = await draft(client, world, "hr", headcount=0)
    assert_problem(nobody, 422, "validation.failed")
    department = await draft(client, world, "hr", unit_id=str(world.units["D-OPS"]))
    assert_problem(department, 422, "posting.unit_invalid")
    foreign = await draft(client, world, "hr", template_ids=[str(world.units["S1"])])
    assert_problem(foreign, 422, "posting.unknown_template")
    for params, field in (
        ({"radius_km": "60"}, "query.radius_km"),
        ({"radius_km": "-1"}, "query.radius_km"),
        ({"near": "91,10"}, "query.near"),
        ({"near": "somewhere"}, "query.near"),
    ):
        answer = await client.get("/api/v1/postings", params=params, headers=world.headers("staff_s1"))
        problem = assert_problem(answer, 422)
        assert field in [e["field"] for e in problem["errors"]], (params, answer.text)
    listed = await client.get("/api/v1/postings", params={"status": "draft"}, headers=world.headers("hr"))
    assert listed.json()["items"] == []


async def test_near_keeps_the_postings_within_the_radius(client: httpx.AsyncClient, world: World) -> None:
    here = await opened(client, world)
    west = await opened(client, world, unit_id=str(world.units["S3"]))
    around_s1 = await client.get(
        "/api/v1/postings", params={"near": f"{S1[0]},{S1[1]}", "radius_km": "1"}, headers=world.headers("staff_s1")
    )
    assert [p["id"] for p in around_s1.json()["items"]] == [here["id"]]
    everywhere = await client.get("/api/v1/postings", headers=world.headers("staff_s1"))
    assert {p["id"] for p in everywhere.json()["items"]} == {here["id"], west["id"]}
    dated = await client.get("/api/v1/postings", params={"from": "2026-05-01"}, headers=world.headers("staff_s1"))
    assert dated.json()["items"] == []


async def test_my_matches_are_near_home_or_school_and_never_break_my_care_rules(
    client: httpx.AsyncClient, world: World
) -> None:
    ids = await templates(client, world, EARLY, LATE)
    await skill(client, world, "fresh_produce", "Fresh produce")
    early = await opened(
        client, world, template_ids=[ids["EARLY"]], skills=["fresh_produce"], tags=["commute_time_flexible"]
    )
    late = await opened(client, world, template_ids=[ids["LATE"]])
    far = await opened(client, world, unit_id=str(world.units["S3"]), day_shifts_only=True)
    await nursing_mother(client, world)  # ops_staff: nursing, no shift ending after 21:00
    await consent(client, world, "ops_staff", "home", "children")
    home = {"address": "Near People's Square", "latitude": 31.2350, "longitude": 121.4700}
    school = {
        "birth_month": "2019-09",
        "school_name": "Primary",
        "school_latitude": 31.2290,
        "school_longitude": 121.4760,
    }
    saved = await record(client, world, "ops_staff", {"home": home, "children": [school]})
    assert saved.status_code == 200, saved.text

    answer = await client.get("/api/v1/me/posting-matches", headers=world.headers("ops_staff"))
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    found = answer.json()
    assert found["located"] is True
    assert [m["posting"]["id"] for m in found["matches"]] == [early["id"]]
    best = found["matches"][0]
    assert best["within_radius"] is True and 0 < best["home_km"] < 1 and 0 < best["school_km"] < 1
    assert {"near_home", "near_school", "flexible_commute_for_parent"} <= set(best["reasons"])
    assert best["skills_missing"] == ["fresh_produce"]
    assert found["excluded"] == {"care_rule": 1}  # the late posting, never shown
    assert late["id"] not in answer.text and far["id"] not in answer.text

    wider = await client.get(
        "/api/v1/me/posting-matches", params={"radius_km": "50"}, headers=world.headers("ops_staff")
    )
    assert far["id"] not in wider.text  # Urumqi is thousands of km away
    nowhere = await client.get("/api/v1/me/posting-matches", headers=world.headers("staff_s2"))
    unlocated = nowhere.json()
    assert unlocated["located"] is False
    assert {m["posting"]["id"] for m in unlocated["matches"]} == {early["id"], late["id"], far["id"]}
    assert all("no_location_on_file" in m["reasons"] for m in unlocated["matches"])
    # the posting as its owner reads it says nothing of who looked or where they live
    owner_view = await client.get(f"/api/v1/postings/{early['id']}", headers=world.headers("manager_s1"))
    assert "31.235" not in owner_view.text and "home" not in owner_view.text


async def apply_to(client: httpx.AsyncClient, world: World, who: str, posting: dict[str, Any]) -> httpx.Response:
    return await client.post(
        f"/api/v1/postings/{posting['id']}/applications", json={"note": "Keen"}, headers=world.headers(who)
    )


async def test_one_call_applies_and_the_last_place_closes_the_rest(
    client: httpx.AsyncClient, world: World, app: Any
) -> None:
    from tests.api.test_transfers import decide
    from tests.factories import deliver_events, leader_only_chain

    await leader_only_chain(client, world)
    await skill(client, world, "fresh_produce", "Fresh produce")
    await client.put("/api/v1/me/skills", json={"skills": ["fresh_produce"]}, headers=world.headers("ops_staff"))
    posting = await opened(client, world, headcount=1)
    first = await apply_to(client, world, "ops_staff", posting)
    assert first.status_code == 201, first.text
    mine = first.json()
    assert (mine["status"], mine["department"], mine["skills"]) == ("pending", "Operations", ["fresh_produce"])
    transfer = (await client.get(f"/api/v1/transfers/{mine['transfer_id']}", headers=world.headers("ops_staff"))).json()
    assert (transfer["kind"], transfer["status"], transfer["start_date"]) == ("secondment", "in_review", "2026-03-16")
    again = await apply_to(client, world, "ops_staff", posting)
    assert_problem(again, 409, "posting.already_applied")
    second = await apply_to(client, world, "staff_s2", posting)
    assert second.status_code == 201, second.text

    listed = await client.get(f"/api/v1/postings/{posting['id']}/applications", headers=world.headers("manager_s1"))
    assert {a["full_name"] for a in listed.json()} == {"Ops Staff", "Staff S2"}
    assert "latitude" not in listed.text and "home" not in listed.text
    outsider = await client.get(f"/api/v1/postings/{posting['id']}/applications", headers=world.headers("staff_s1"))
    assert_problem(outsider, 404, "posting.not_found")
    short = await client.post(
        f"/api/v1/postings/{posting['id']}/applications/{mine['id']}/shortlist", headers=world.headers("manager_s1")
    )
    assert short.status_code == 200 and short.json()["status"] == "shortlisted"

    request_seen = await client.get(f"/api/v1/transfers/{mine['transfer_id']}", headers=world.headers("leader"))
    assert request_seen.status_code == 200 and "latitude" not in request_seen.text
    approved = await decide(client, world, mine["transfer_id"], "leader", 0)
    assert approved.status_code == 200, approved.text
    filled = (await client.get(f"/api/v1/postings/{posting['id']}", headers=world.headers("hr"))).json()
    assert (filled["status"], filled["taken"]) == ("filled", 1)
    statuses = {
        a["full_name"]: a["status"]
        for a in (
            await client.get(f"/api/v1/postings/{posting['id']}/applications", headers=world.headers("hr"))
        ).json()
    }
    assert statuses == {"Ops Staff": "approved", "Staff S2": "closed"}
    other = (await client.get(f"/api/v1/transfers/{second.json()['transfer_id']}", headers=world.headers("hr"))).json()
    assert other["status"] == "withdrawn"
    await deliver_events(app)
    told = await client.get("/api/v1/me/notifications", headers=world.headers("staff_s2"))
    assert "posting.application_closed" in [n["kind"] for n in told.json()["items"]]
    late = await apply_to(client, world, "staff_s1", posting)
    assert_problem(late, 409, "posting.not_open")

    # cancelling the approved secondment frees the place
    cancelled = await client.post(
        f"/api/v1/transfers/{mine['transfer_id']}/cancel", json={"reason": "Plans changed"}, headers=world.headers("hr")
    )
    assert cancelled.status_code == 200, cancelled.text
    reopened = (await client.get(f"/api/v1/postings/{posting['id']}", headers=world.headers("hr"))).json()
    assert (reopened["status"], reopened["taken"]) == ("open", 0)


async def test_two_approvals_racing_for_the_last_place_one_wins(client: httpx.AsyncClient, world: World) -> None:
    import asyncio

    from tests.api.test_transfers import decide
    from tests.factories import leader_only_chain

    await leader_only_chain(client, world)
    posting = await opened(client, world, headcount=1)
    ids = []
    for who in ("ops_staff", "staff_s2"):
        applied = await apply_to(client, world, who, posting)
        assert applied.status_code == 201, applied.text
        ids.append(applied.json()["transfer_id"])
    answers = await asyncio.gather(*(decide(client, world, tid, "leader", 0) for tid in ids))
    assert sorted(a.status_code for a in answers) == [200, 409], [a.text for a in answers]
    loser = next(a for a in answers if a.status_code == 409)
    # racing (PostgreSQL): the loser waits on the posting's row lock and finds it full; one after the
    # other (SQLite's single writer): the winner has already closed the loser's request
    assert loser.json()["type"] in (
        "/problems/posting.full",
        "/problems/transfer.changed_concurrently",
        "/problems/transfer.not_awaiting_decision",
    )
    final = (await client.get(f"/api/v1/postings/{posting['id']}", headers=world.headers("hr"))).json()
    assert (final["status"], final["taken"]) == ("filled", 1)


async def test_closing_a_posting_closes_its_waiting_applications_and_withdraws_their_requests(
    client: httpx.AsyncClient, world: World, app: Any
) -> None:
    """A closed posting takes nobody more: its pending and shortlisted applications close with it, their
    requests leave the approvers' inboxes (withdrawn, with a trail entry) and the applicants are told;
    an application already approved keeps its secondment."""
    from tests.api.test_transfers import decide, inbox
    from tests.factories import deliver_events, leader_only_chain

    await leader_only_chain(client, world)
    posting = await opened(client, world, headcount=3)
    applied = {}
    for who in ("ops_staff", "staff_s2", "ops_head"):
        answer = await apply_to(client, world, who, posting)
        assert answer.status_code == 201, answer.text
        applied[who] = answer.json()
    short = await client.post(
        f"/api/v1/postings/{posting['id']}/applications/{applied['staff_s2']['id']}/shortlist",
        headers=world.headers("manager_s1"),
    )
    assert short.status_code == 200, short.text
    assert (await decide(client, world, applied["ops_head"]["transfer_id"], "leader", 0)).status_code == 200
    waiting = {applied[who]["transfer_id"] for who in ("ops_staff", "staff_s2")}
    assert waiting <= set(await inbox(client, world, "leader"))

    current = (await client.get(f"/api/v1/postings/{posting['id']}", headers=world.headers("hr"))).json()
    closed = await client.post(
        f"/api/v1/postings/{posting['id']}/close",
        json={"version": current["version"]},
        headers=world.headers("manager_s1"),
    )

    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed"
    statuses = {
        a["full_name"]: a["status"]
        for a in (
            await client.get(f"/api/v1/postings/{posting['id']}/applications", headers=world.headers("hr"))
        ).json()
    }
    assert statuses == {"Ops Staff": "closed", "Staff S2": "closed", "Ops Head": "approved"}
    assert not waiting & set(await inbox(client, world, "leader"))
    for who in ("ops_staff", "staff_s2"):
        request = (
            await client.get(f"/api/v1/transfers/{applied[who]['transfer_id']}", headers=world.headers("hr"))
        ).json()
        assert request["status"] == "withdrawn"
        assert request["trail"][-1]["action"] == "withdrawn"
        assert request["trail"][-1]["actor_account_id"] == str(world.accounts["manager_s1"])
    kept = (
        await client.get(f"/api/v1/transfers/{applied['ops_head']['transfer_id']}", headers=world.headers("hr"))
    ).json()
    assert kept["status"] == "approved"
    await deliver_events(app)
    for who, told in (("ops_staff", True), ("staff_s2", True), ("ops_head", False)):
        notices = (await client.get("/api/v1/me/notifications", headers=world.headers(who))).json()["items"]
        about = [n for n in notices if n["subject_id"] == posting["id"]]
        assert [n["kind"] for n in about] == (["posting.closed"] if told else []), who
        if told:
            assert about[0]["title"] == "Posting closed"
            body = "“Weekend cover” was closed; your application is closed and its request withdrawn."
            assert about[0]["body"] == body


async def test_a_request_of_a_closed_posting_is_refused_as_closed_not_full(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """A request left in review by a posting closed before its applications closed with it (older data):
    approving it says the posting is closed, not that its places are taken."""
    from sqlalchemy import update

    from domain.postings.models import Posting
    from tests.api.test_transfers import decide
    from tests.factories import leader_only_chain

    await leader_only_chain(client, world)
    posting = await opened(client, world, headcount=2)
    applied = await apply_to(client, world, "ops_staff", posting)
    assert applied.status_code == 201, applied.text
    async with database.session_scope() as session:
        await session.execute(update(Posting).where(Posting.id == uuid.UUID(posting["id"])).values(status="closed"))

    refused = await decide(client, world, applied.json()["transfer_id"], "leader", 0)

    body = assert_problem(refused, 409, "posting.closed")
    assert "closed" in body["detail"]
    request = (
        await client.get(f"/api/v1/transfers/{applied.json()['transfer_id']}", headers=world.headers("hr"))
    ).json()
    assert request["status"] == "in_review"
    rejected = await decide(
        client, world, applied.json()["transfer_id"], "leader", 0, decision="reject", comment="Posting closed"
    )
    assert rejected.status_code == 200, rejected.text
    listed = await client.get(f"/api/v1/postings/{posting['id']}/applications", headers=world.headers("hr"))
    assert [a["status"] for a in listed.json()] == ["rejected"]


async def test_applying_where_one_may_not_is_refused_and_stores_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    other_department = await opened(client, world, eligible_unit_ids=[str(world.units["D-IT"])])
    refused = await apply_to(client, world, "ops_staff", other_department)
    assert_problem(refused, 403, "posting.not_eligible")
    drafted = (await draft(client, world, "hr")).json()
    hidden = await apply_to(client, world, "ops_staff", drafted)
    assert_problem(hidden, 404, "posting.not_found")
    mine = await client.get("/api/v1/transfers", headers=world.headers("ops_staff"))
    assert mine.json()["items"] == []


async def test_the_applicant_list_shows_a_performance_band_never_the_score(
    client: httpx.AsyncClient, world: World
) -> None:
    from tests.api.test_performance_scores import PERIODS, TARGETS, VALUES, put, setup_scorecards
    from tests.factories import leader_only_chain

    await leader_only_chain(client, world)
    await setup_scorecards(client, world)
    hr = world.headers("hr")
    target = {"metric_code": "hq_kpi", "unit_id": str(world.units["HQ"]), "period": "2026-02", "value": "100"}
    await put(client, TARGETS, target, hr)
    value = {
        "metric_code": "hq_kpi",
        "employee_id": str(world.employees["ops_staff"]),
        "period": "2026-02",
        "value": "80",
    }
    assert (await put(client, VALUES, value, hr)).status_code == 200
    assert (await client.post(f"{PERIODS}/2026-02/close", headers=hr)).status_code == 200
    posting = await opened(client, world)
    for who in ("ops_staff", "staff_s2"):
        applied = await apply_to(client, world, who, posting)
        assert applied.status_code == 201, applied.text
    listed = await client.get(f"/api/v1/postings/{posting['id']}/applications", headers=world.headers("manager_s1"))
    bands = {a["full_name"]: a["performance_band"] for a in listed.json()}
    assert bands == {"Ops Staff": "top_10", "Staff S2": None}  # a cohort of one is its own top
    assert '"score"' not in listed.text
