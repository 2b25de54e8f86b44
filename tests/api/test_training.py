"""Training credits through the API: the catalogue and plans HR keeps, completions pushed by the
learning platform (per-line verdicts, idempotent), classroom sign-ins and practice scores, the
ledger HR revokes and corrects, and the credits people and their managers see."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import insert, update

from domain.auth.scopes import Scope
from domain.performance.models import FrozenScore, PerformancePeriod
from domain.performance.schemas import EmployeeScore
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.factories import Machine, World, machine
from tests.support import assert_problem

ONLINE = {
    "title": "工业互联网应用",
    "local_title": "工业互联网应用",
    "category": "required",
    "delivery": "online",
    "base_credits": "2",
    "weight": "1.5",
    "active_from": "2026-01-01",
}
ELECTIVE = {**ONLINE, "title": "Customer service basics", "category": "elective", "weight": "1"}
CLASSROOM = {**ONLINE, "title": "食品安全", "delivery": "classroom", "pass_mark": 70, "weight": "1"}
PRACTICE = {**ONLINE, "title": "Fresh produce on the floor", "category": "practice", "delivery": "practice"}


async def course(client: httpx.AsyncClient, world: World, code: str, body: dict[str, Any]) -> dict[str, Any]:
    answer = await client.put(f"/api/v1/courses/{code}", json=body, headers=world.headers("hr"))
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


def completion(external_id: str, employee_no: str, code: str, **fields: Any) -> dict[str, Any]:
    return {"external_id": external_id, "employee_no": employee_no, "course_code": code, **fields}


async def push(client: httpx.AsyncClient, bot: Machine, *lines: dict[str, Any], **headers: str) -> httpx.Response:
    return await client.post(
        "/api/v1/ingest/training", json={"completions": list(lines)}, headers=bot.headers | headers
    )


async def credits_of(client: httpx.AsyncClient, world: World, who: str, viewer: str | None = None) -> dict[str, Any]:
    answer = await client.get(f"/api/v1/employees/{world.employees[who]}/credits", headers=world.headers(viewer or who))
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


async def test_hr_keeps_the_catalogue_with_weights_and_versions(client: httpx.AsyncClient, world: World) -> None:
    created = await course(client, world, "IIOT-101", ONLINE)
    assert (created["credits"], created["weight"], created["version"]) == ("3", "1.5", 1)
    stale = await client.put("/api/v1/courses/IIOT-101", json={**ONLINE, "version": 7}, headers=world.headers("hr"))
    assert assert_problem(stale, 409, "course.version_conflict")["current_version"] == 1
    changed = await course(client, world, "IIOT-101", {**ONLINE, "weight": "2", "version": 1})
    assert (changed["credits"], changed["version"]) == ("4", 2)
    refused = await client.put("/api/v1/courses/X-1", json=ONLINE, headers=world.headers("manager_s1"))
    assert_problem(refused, 403, "training.forbidden")
    for bad, field in (
        ({**ONLINE, "weight": "3.5"}, "weight"),
        ({**ONLINE, "weight": "0.4"}, "weight"),
        ({**ONLINE, "active_to": "2025-12-31"}, None),
        ({**ONLINE, "skills": ["juggling"]}, "skills"),
    ):
        answer = await client.put("/api/v1/courses/BAD-1", json=bad, headers=world.headers("hr"))
        assert answer.status_code == 422, answer.text
        if field:
            assert field in answer.text
    listed = await client.get("/api/v1/courses", headers=world.headers("staff_s1"))
    assert [c["code"] for c in listed.json()] == ["IIOT-101"]
    assert (await client.get("/api/v1/courses/BAD-1", headers=world.headers("hr"))).status_code == 404


async def test_a_plan_divides_the_year_by_category(client: httpx.AsyncClient, world: World) -> None:
    body = {"total": "60", "required": {"share_percent": 40, "minimum": "20"}}
    saved = await client.put("/api/v1/credit-plans/seconded/2026", json=body, headers=world.headers("hr"))
    assert saved.status_code == 200, saved.text
    assert [(c["category"], c["expected"], c["minimum"]) for c in saved.json()["categories"]] == [
        ("required", "24", "20"),
        ("elective", "18", "0"),
        ("practice", "18", "0"),
    ]
    uneven = {"total": "60", "required": {"share_percent": 50}}
    answer = await client.put("/api/v1/credit-plans/store/2026", json=uneven, headers=world.headers("hr"))
    assert answer.status_code == 422 and "add up to 100" in answer.text
    stale = await client.put(
        "/api/v1/credit-plans/seconded/2026", json={**body, "version": 9}, headers=world.headers("hr")
    )
    assert_problem(stale, 409, "plan.version_conflict")
    nothing = await client.get("/api/v1/credit-plans?year=2026", headers=world.headers("staff_s1"))
    assert [p["population"] for p in nothing.json()] == ["seconded"]


async def test_the_catalogue_plans_and_bonus_rules_are_read_by_people_not_machine_clients(
    client: httpx.AsyncClient, world: World
) -> None:
    """Like the training policy they are read under, the catalogue, the credit plans and the bonus rules
    are for people signed in; no scope covers them (the learning platform pushes completions by course
    code), yet a client token holding any scope read them."""
    await course(client, world, "IIOT-101", ONLINE)
    plan = {"total": "60", "required": {"share_percent": 40, "minimum": "20"}}
    assert (
        await client.put("/api/v1/credit-plans/seconded/2026", json=plan, headers=world.headers("hr"))
    ).status_code == 200
    lms = await machine(client, world, *(scope.value for scope in Scope), name="LMS")
    for path in (
        "/api/v1/courses",
        "/api/v1/courses/IIOT-101",
        "/api/v1/courses/NOPE-1",
        "/api/v1/credit-plans",
        "/api/v1/bonus-rules",
    ):
        assert_problem(await client.get(path, headers=lms.headers), 403, "auth.people_only")
    for path in ("/api/v1/courses", "/api/v1/courses/IIOT-101", "/api/v1/credit-plans", "/api/v1/bonus-rules"):
        assert (await client.get(path, headers=world.headers("staff_s1"))).status_code == 200, path


async def test_pushed_completions_earn_by_rule_once_and_say_why_not(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await course(client, world, "IIOT-101", ONLINE)
    await course(client, world, "CS-1", ELECTIVE)
    bot = await machine(client, world, "ingest:training", name="Learning platform")
    ops = world.employee_numbers["ops_staff"]
    answer = await push(
        client,
        bot,
        completion("c-1", ops, "IIOT-101", completed_on="2026-02-20", completion_percent=100, exam_score=79),
        completion("c-2", ops, "IIOT-101", completed_on="2026-02-27", completion_percent=100, exam_score=92),
        completion("c-3", ops, "IIOT-101", completed_on="2026-03-01", completion_percent=100, exam_score=85),
        completion("c-4", ops, "NOPE", completed_on="2026-03-01", completion_percent=100),
        completion("c-5", "E9999", "CS-1", completed_on="2026-03-01", completion_percent=100),
        completion("c-6", ops, "CS-1", completed_on="2026-03-09", completion_percent=100, exam_score=90),
        completion("c-7", ops, "CS-1", completed_on="2026-03-01", completion_percent=100, exam_score=101),
        completion("c-8", ops, "CS-1", completed_on="2026-03-01"),
        completion("c-9", ops, "CS-1", completed_on="2026-03-01", completion_percent=100, exam_score=80),
    )
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert (result["received"], result["accepted"], result["credited"]) == (9, 4, 2)
    assert [(r["index"], r["reason"]) for r in result["rejected"]] == [
        (3, "course.not_found"),
        (4, "employee.not_found"),
        (5, "completed_on.future"),
        (6, "line.invalid"),
        (7, "completion.incomplete"),
    ]
    assert result["rejected"][3]["field"] == "completions.6.exam_score"
    mine = await client.get("/api/v1/me/credits", headers=world.headers("ops_staff"))
    assert mine.status_code == 200, mine.text
    body = mine.json()
    assert (body["balance"], body["year_total"]) == ("5", "5")  # 3 for IIOT-101 once, 2 for CS-1
    awards = [(e["course_code"], e["credits"], e["kind"]) for e in body["ledger"]]
    assert sorted(awards) == [("CS-1", "2", "award"), ("IIOT-101", "3", "award")]
    assert all("exam >= 80" in e["rule"] for e in body["ledger"])
    assert {c["category"]: c["earned"] for c in body["by_category"]} == {
        "required": "3",
        "elective": "2",
        "practice": "0",
    }
    # the same batch again: every line a duplicate (or rejected as before), nothing counted twice
    again = await push(
        client,
        bot,
        completion("c-2", ops, "IIOT-101", completed_on="2026-02-27", completion_percent=100, exam_score=92),
        completion("c-3", ops, "IIOT-101", completed_on="2026-03-01", completion_percent=100, exam_score=60),
    )
    assert [d["index"] for d in again.json()["duplicates"]] == [0]
    assert [c["index"] for c in again.json()["conflicts"]] == [1]
    assert (await credits_of(client, world, "ops_staff"))["balance"] == "5"


async def test_a_retake_that_scores_higher_replaces_the_award(client: httpx.AsyncClient, world: World) -> None:
    await course(client, world, "FOOD-1", CLASSROOM)
    done = await client.post(
        "/api/v1/courses/FOOD-1/sign-ins",
        json={
            "session_id": "2026-03-01-am",
            "held_on": "2026-03-01",
            "attendees": [
                {"employee_id": str(world.employees["staff_s1"]), "attended": True, "exam_score": 65},
                {"employee_id": str(world.employees["manager_s1"]), "attended": True, "exam_score": 90},
            ],
        },
        headers=world.headers("hr"),
    )
    assert done.status_code == 200, done.text
    assert (done.json()["accepted"], done.json()["credited"]) == (2, 1)
    assert (await credits_of(client, world, "staff_s1"))["balance"] == "0"
    retake = await client.post(
        "/api/v1/courses/FOOD-1/sign-ins",
        json={
            "session_id": "2026-03-02-am",
            "held_on": "2026-03-02",
            "attendees": [{"employee_id": str(world.employees["staff_s1"]), "attended": True, "exam_score": 75}],
        },
        headers=world.headers("manager_s1"),
    )
    assert retake.status_code == 200, retake.text
    mine = await credits_of(client, world, "staff_s1", viewer="manager_s1")
    assert mine["balance"] == "2"
    # a manager records nobody outside their store, and never themselves
    outsider = await client.post(
        "/api/v1/courses/FOOD-1/sign-ins",
        json={
            "session_id": "x",
            "held_on": "2026-03-02",
            "attendees": [{"employee_id": str(world.employees["staff_s2"]), "attended": True, "exam_score": 99}],
        },
        headers=world.headers("manager_s1"),
    )
    assert_problem(outsider, 404, "employee.not_found")
    own = await client.post(
        "/api/v1/courses/FOOD-1/sign-ins",
        json={
            "session_id": "y",
            "held_on": "2026-03-02",
            "attendees": [{"employee_id": str(world.employees["manager_s1"]), "attended": True, "exam_score": 99}],
        },
        headers=world.headers("manager_s1"),
    )
    assert_problem(own, 403, "training.own_record")
    employee = await client.post(
        "/api/v1/courses/FOOD-1/sign-ins",
        json={
            "session_id": "z",
            "held_on": "2026-03-02",
            "attendees": [{"employee_id": str(world.employees["staff_s2"]), "attended": True, "exam_score": 99}],
        },
        headers=world.headers("staff_s1"),
    )
    assert_problem(employee, 403, "training.forbidden")


async def test_practice_scored_eight_earns_three_credits(client: httpx.AsyncClient, world: World) -> None:
    await course(client, world, "FRESH-P", PRACTICE)
    body = {"employee_id": str(world.employees["staff_s1"]), "completed_on": "2026-03-01", "score": 7}
    low = await client.post("/api/v1/courses/FRESH-P/practice-scores", json=body, headers=world.headers("manager_s1"))
    assert low.status_code == 201, low.text
    assert (low.json()["credited"], low.json()["met"]) == ("0", False)
    better = {**body, "completed_on": "2026-03-02", "score": 9}
    high = await client.post(
        "/api/v1/courses/FRESH-P/practice-scores", json=better, headers=world.headers("manager_s1")
    )
    assert (high.json()["credited"], high.json()["earned"]) == ("3", "3")
    changed = await client.post(
        "/api/v1/courses/FRESH-P/practice-scores", json={**better, "score": 10}, headers=world.headers("manager_s1")
    )
    assert_problem(changed, 422, "practice.already_scored")
    wrong = await client.post("/api/v1/courses/NONE/practice-scores", json=body, headers=world.headers("hr"))
    assert_problem(wrong, 404, "course.not_found")
    future = await client.post(
        "/api/v1/courses/FRESH-P/practice-scores",
        json={**body, "completed_on": "2026-04-01"},
        headers=world.headers("hr"),
    )
    assert_problem(future, 422, "completed_on.future")
    summary = await credits_of(client, world, "staff_s1")
    assert {c["category"]: c["earned"] for c in summary["by_category"]}["practice"] == "3"


async def test_hr_revokes_and_corrects_with_reasons_and_levels_follow(client: httpx.AsyncClient, world: World) -> None:
    await course(client, world, "IIOT-101", {**ONLINE, "base_credits": "10"})
    bot = await machine(client, world, "ingest:training")
    ops = world.employee_numbers["ops_staff"]
    await push(
        client, bot, completion("a", ops, "IIOT-101", completed_on="2026-03-01", completion_percent=100, exam_score=95)
    )
    summary = await credits_of(client, world, "ops_staff")
    assert (summary["balance"], summary["level"]["level"]) == ("15", "none")
    assert summary["next_level"] == {"level": "junior", "credits_missing": "5"}
    hr = world.headers("hr")
    url = f"/api/v1/employees/{world.employees['ops_staff']}/credits"
    corrected = await client.post(
        f"{url}/corrections",
        json={"category": "elective", "credits": "6", "reason": "Credits from the old LMS"},
        headers=hr,
    )
    assert corrected.status_code == 201, corrected.text
    summary = await credits_of(client, world, "ops_staff")
    assert summary["level"] == {"level": "junior", "monthly_allowance": "500.00", "currency": "CNY"}
    award = next(e for e in summary["ledger"] if e["kind"] == "award")
    refused = await client.post(
        f"{url}/revocations",
        json={"entry_id": award["id"], "reason": "Exam taken by someone else"},
        headers=world.headers("manager_s1"),
    )
    assert_problem(refused, 403, "training.forbidden")
    revoked = await client.post(
        f"{url}/revocations", json={"entry_id": award["id"], "reason": "Exam taken by someone else"}, headers=hr
    )
    assert revoked.status_code == 201, revoked.text
    assert (revoked.json()["credits"], revoked.json()["revokes_id"]) == ("-15", award["id"])
    twice = await client.post(
        f"{url}/revocations", json={"entry_id": award["id"], "reason": "Exam taken by someone else"}, headers=hr
    )
    assert_problem(twice, 409, "credit_entry.already_revoked")
    summary = await credits_of(client, world, "ops_staff")
    assert (summary["balance"], summary["level"]["level"]) == ("6", "none")
    assert sum(float(e["credits"]) for e in summary["ledger"]) == 6
    below = await client.post(
        f"{url}/corrections", json={"category": "elective", "credits": "-7", "reason": "Too much"}, headers=hr
    )
    assert_problem(below, 422, "credits.below_zero")
    # the course can be earned again after the revocation
    await push(
        client, bot, completion("b", ops, "IIOT-101", completed_on="2026-03-01", completion_percent=100, exam_score=90)
    )
    assert (await credits_of(client, world, "ops_staff"))["balance"] == "21"


async def test_credits_are_seen_by_the_person_their_managers_and_hr_only(
    client: httpx.AsyncClient, world: World
) -> None:
    for viewer in ("staff_s1", "manager_s1", "hr", "leader"):
        await credits_of(client, world, "staff_s1", viewer=viewer)
    for outsider in ("staff_s2", "manager_s2"):
        answer = await client.get(
            f"/api/v1/employees/{world.employees['staff_s1']}/credits", headers=world.headers(outsider)
        )
        assert_problem(answer, 404, "employee.not_found")


async def test_racing_pushes_of_one_course_count_it_once(client: httpx.AsyncClient, world: World) -> None:
    await course(client, world, "IIOT-101", ONLINE)
    first = await machine(client, world, "ingest:training", name="Platform A")
    second = await machine(client, world, "ingest:training", name="Platform B")
    ops = world.employee_numbers["ops_staff"]
    line = {"completed_on": "2026-03-01", "completion_percent": 100, "exam_score": 90}
    answers = await asyncio.gather(
        push(client, first, completion("same", ops, "IIOT-101", **line)),
        push(client, second, completion("same", ops, "IIOT-101", **line)),
    )
    assert sorted(a.json()["credited"] for a in answers) == [0, 1]
    assert (await credits_of(client, world, "ops_staff"))["balance"] == "3"
    # two courses of one person in opposite orders, from both senders at once: each counted once,
    # no deadlock (the course rows are raised in key order whatever the lines' order)
    await course(client, world, "CS-1", ELECTIVE)
    await course(client, world, "CS-2", ELECTIVE)
    staff = world.employee_numbers["staff_s1"]
    answers = await asyncio.gather(
        push(client, first, completion("a1", staff, "CS-1", **line), completion("a2", staff, "CS-2", **line)),
        push(client, second, completion("b2", staff, "CS-2", **line), completion("b1", staff, "CS-1", **line)),
    )
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
    assert sum(a.json()["credited"] for a in answers) == 2
    mine = await credits_of(client, world, "staff_s1", viewer="hr")
    assert mine["balance"] == "4"
    assert sorted(e["course_code"] for e in mine["ledger"]) == ["CS-1", "CS-2"]


async def test_only_training_clients_push(client: httpx.AsyncClient, world: World) -> None:
    sales = await machine(client, world, "ingest:sales")
    answer = await push(client, sales, completion("a", "E0005", "X", completed_on="2026-03-01"))
    assert_problem(answer, 403, "auth.insufficient_scope")
    as_hr = await client.post(
        "/api/v1/ingest/training",
        json={"completions": [completion("a", "E0005", "X", completed_on="2026-03-01")]},
        headers=world.headers("hr"),
    )
    assert_problem(as_hr, 403, "auth.client_only")
    bot = await machine(client, world, "ingest:training")
    empty = await client.post("/api/v1/ingest/training", json={"completions": []}, headers=bot.headers)
    assert empty.status_code == 422


async def test_the_training_metric_scores_the_credits_earned_in_the_month(
    client: httpx.AsyncClient, world: World
) -> None:
    from tests.api.test_performance_scores import METRICS, RATING, TARGET, TARGETS, TEMPLATES, put

    hr = world.headers("hr")
    metric = {
        "code": "training_credits",
        "name": "Training credits",
        "unit": "credits",
        "side": "hq",
        "source": "training",
        "direction": "higher",
        "scoring": TARGET,
    }
    assert (await client.post(METRICS, json=metric, headers=hr)).status_code == 201
    rated = {
        "code": "frontline_satisfaction",
        "name": "Frontline satisfaction",
        "unit": "x",
        "side": "support",
        "source": "tickets",
        "direction": "higher",
        "scoring": RATING,
    }
    assert (await client.post(METRICS, json=rated, headers=hr)).status_code == 201
    template = {
        "code": "support",
        "name": "Support",
        "population": "support",
        "lines": [
            {"metric_code": "frontline_satisfaction", "weight": "25"},
            {"metric_code": "training_credits", "weight": "75"},
        ],
    }
    created = await client.post(TEMPLATES, json=template, headers=hr)
    assert created.status_code == 201, created.text
    target = {"metric_code": "training_credits", "unit_id": str(world.units["HQ"]), "period": "2026-03", "value": "4"}
    assert (await put(client, TARGETS, target, hr)).status_code == 200
    march = {"period": "2026-03"}
    before = await client.get("/api/v1/me/performance", params=march, headers=world.headers("ops_staff"))
    assert before.json()["parts"][0]["metrics"][1]["value"] == "0"
    await course(client, world, "IIOT-101", ONLINE)
    bot = await machine(client, world, "ingest:training")
    line = completion(
        "t",
        world.employee_numbers["ops_staff"],
        "IIOT-101",
        completed_on="2026-03-01",
        completion_percent=100,
        exam_score=90,
    )
    assert (await push(client, bot, line)).json()["credited"] == 1
    after = await client.get("/api/v1/me/performance", params=march, headers=world.headers("ops_staff"))
    shown = after.json()["parts"][0]["metrics"][1]
    assert (shown["value"], shown["target"], shown["points"], shown["source"]) == ("3", "4", "75", "training")


async def test_hr_sets_the_levels_and_allowances_in_a_new_policy_version(
    client: httpx.AsyncClient, world: World
) -> None:
    url = "/api/v1/training/policy"
    defaults = (await client.get(url, headers=world.headers("staff_s1"))).json()
    assert (defaults["version"], defaults["junior_at"], defaults["junior_allowance"]) == (0, "20", "500")
    changed = {"junior_at": "2", "intermediate_at": "4", "senior_at": "6", "junior_allowance": "300.50"}
    refused = await client.put(url, json=changed, headers=world.headers("manager_s1"))
    assert_problem(refused, 403, "training.forbidden")
    falling = await client.put(url, json={**changed, "senior_at": "3"}, headers=world.headers("hr"))
    assert falling.status_code == 422 and "rise from junior to senior" in falling.text
    saved = await client.put(url, json=changed, headers=world.headers("hr"))
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] == 1
    await course(client, world, "CS-1", ELECTIVE)
    bot = await machine(client, world, "ingest:training")
    line = completion(
        "l",
        world.employee_numbers["staff_s1"],
        "CS-1",
        completed_on="2026-03-01",
        completion_percent=100,
        exam_score=80,
    )
    await push(client, bot, line)
    summary = await credits_of(client, world, "staff_s1")
    assert summary["level"] == {"level": "junior", "monthly_allowance": "300.50", "currency": "CNY"}
    assert summary["next_level"] == {"level": "intermediate", "credits_missing": "2"}


async def test_a_months_allowances_are_calculated_approved_by_another_and_locked(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    import csv
    import io
    from datetime import UTC, datetime

    await course(client, world, "BIG-1", {**ONLINE, "base_credits": "10", "weight": "2"})
    await course(client, world, "CS-1", ELECTIVE)
    bot = await machine(client, world, "ingest:training")
    ops, s1 = world.employee_numbers["ops_staff"], world.employee_numbers["staff_s1"]
    passed = {"completed_on": "2026-03-01", "completion_percent": 100, "exam_score": 90}
    await push(client, bot, completion("m1", ops, "BIG-1", **passed), completion("m2", s1, "CS-1", **passed))
    hr, admin = world.headers("hr"), world.headers("admin")
    early = await client.post("/api/v1/allowances/2026-03/calculate", headers=hr)
    assert assert_problem(early, 409, "allowance.month_not_ended")["ends_on"] == "2026-03-31"
    clock.set(datetime(2026, 4, 1, 1, 0, tzinfo=UTC))
    hr, admin = world.headers("hr"), world.headers("admin")  # tokens of April
    refused = await client.post("/api/v1/allowances/2026-03/calculate", headers=world.headers("manager_s1"))
    assert_problem(refused, 403, "training.forbidden")
    calculated = await client.post("/api/v1/allowances/2026-03/calculate", headers=hr)
    assert calculated.status_code == 200, calculated.text
    month = calculated.json()
    assert (month["status"], month["people"], month["total"], month["version"]) == ("calculated", 1, "500.00", 1)
    own = await client.post("/api/v1/allowances/2026-03/approve", json={"version": 1}, headers=hr)
    assert_problem(own, 403, "allowance.own_calculation")
    unapproved = await client.get("/api/v1/allowances/2026-03/payroll", headers=hr)
    assert assert_problem(unapproved, 409, "allowance.not_approved")["status_now"] == "calculated"
    stale = await client.post("/api/v1/allowances/2026-03/approve", json={"version": 9}, headers=admin)
    assert_problem(stale, 409, "allowance.version_conflict")
    approved = await client.post("/api/v1/allowances/2026-03/approve", json={"version": 1}, headers=admin)
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "approved"
    again = await client.post("/api/v1/allowances/2026-03/calculate", headers=hr)
    assert_problem(again, 409, "allowance.locked")
    # a completion arriving in April counts in April: March's levels and amounts stay
    bot = await machine(client, world, "ingest:training", name="Learning platform, April")
    await push(
        client, bot, completion("m3", ops, "CS-1", completed_on="2026-03-20", completion_percent=100, exam_score=95)
    )
    detail = (await client.get("/api/v1/allowances/2026-03", headers=hr)).json()
    assert [(line["employee_no"], line["level"], line["balance"], line["amount"]) for line in detail["lines"]] == [
        (ops, "junior", "20", "500.00")
    ]
    payroll = await client.get("/api/v1/allowances/2026-03/payroll", headers={**hr, "Accept-Language": "zh-CN"})
    assert payroll.status_code == 200 and payroll.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(payroll.content.decode("utf-8-sig"), newline="")))
    assert rows[0][0] == "工号" and rows[1] == [ops, "Ops Staff", "2026-03", "学分津贴", "junior", "CNY", "500.00"]
    mine = await client.get("/api/v1/me/allowances", params={"year": 2026}, headers=world.headers("ops_staff"))
    assert [(a["month"], a["amount"], a["status"]) for a in mine.json()] == [("2026-03", "500.00", "approved")]
    assert (await client.get("/api/v1/me/allowances", headers=world.headers("staff_s1"))).json() == []


async def test_a_postings_required_courses_must_be_passed_before_it_starts(
    client: httpx.AsyncClient, world: World, app: Any, clock: ManualClock
) -> None:
    from datetime import UTC, datetime

    from domain.postings.reminders import remind_readiness
    from tests.api.test_postings import apply_to, draft, opened
    from tests.api.test_transfers import decide
    from tests.factories import deliver_events, leader_only_chain

    await leader_only_chain(client, world)
    await course(client, world, "IIOT-101", ONLINE)
    unknown = await draft(client, world, "hr", required_courses=[{"course_code": "NOPE"}])
    assert_problem(unknown, 422, "posting.unknown_course")
    posting = await opened(client, world, headcount=2, required_courses=[{"course_code": "IIOT-101"}])
    assert posting["required_courses"] == [{"course_code": "IIOT-101", "pass_mark": 90}]
    applied = await apply_to(client, world, "ops_staff", posting)
    assert applied.status_code == 201, applied.text
    mine = applied.json()
    assert mine["readiness"] == {
        "complete": False,
        "courses": [
            {
                "course_code": "IIOT-101",
                "course_title": "工业互联网应用",
                "pass_mark": 90,
                "best_score": None,
                "done": False,
            }
        ],
    }
    refused = await decide(client, world, mine["transfer_id"], "leader", 0)
    assert assert_problem(refused, 409, "posting.applicant_not_ready")["missing_courses"] == ["IIOT-101"]
    request = await client.get(f"/api/v1/transfers/{mine['transfer_id']}", headers=world.headers("ops_staff"))
    assert request.json()["status"] == "in_review"

    # 85 earns the credits but not the posting's 90; a week before the start she and HR are told
    bot = await machine(client, world, "ingest:training")
    ops = world.employee_numbers["ops_staff"]
    await push(
        client, bot, completion("r1", ops, "IIOT-101", completed_on="2026-03-02", completion_percent=100, exam_score=85)
    )
    clock.set(datetime(2026, 3, 9, 1, 0, tzinfo=UTC))
    assert await remind_readiness(app.state.database, clock) == 1
    assert await remind_readiness(app.state.database, clock) == 0  # once per application
    await deliver_events(app)
    for who in ("ops_staff", "hr"):
        notices = (await client.get("/api/v1/me/notifications", headers=world.headers(who))).json()["items"]
        assert "posting.readiness_missing" in [n["kind"] for n in notices], who
    listed = await client.get(f"/api/v1/postings/{posting['id']}/applications", headers=world.headers("manager_s1"))
    assert listed.json()[0]["readiness"]["courses"][0]["best_score"] == 85
    bot = await machine(client, world, "ingest:training", name="Learning platform, later")
    await push(
        client, bot, completion("r2", ops, "IIOT-101", completed_on="2026-03-09", completion_percent=100, exam_score=95)
    )
    matches_seen = await client.get(f"/api/v1/postings/{posting['id']}/applications", headers=world.headers("hr"))
    assert matches_seen.json()[0]["readiness"]["complete"] is True
    approved = await decide(client, world, mine["transfer_id"], "leader", 0)
    assert approved.status_code == 200, approved.text

    # in "warn" mode an applicant with courses left is approved all the same
    warned = await client.put("/api/v1/training/policy", json={"readiness_mode": "warn"}, headers=world.headers("hr"))
    assert warned.status_code == 200, warned.text
    other = await apply_to(client, world, "staff_s2", posting)
    assert other.status_code == 201 and other.json()["readiness"]["complete"] is False
    assert (await decide(client, world, other.json()["transfer_id"], "leader", 0)).status_code == 200


async def test_managers_follow_their_peoples_progress_and_hr_the_years_participation(
    client: httpx.AsyncClient, world: World
) -> None:
    await course(client, world, "IIOT-101", ONLINE)
    await course(client, world, "CS-1", ELECTIVE)
    bot = await machine(client, world, "ingest:training")
    day = {"completed_on": "2026-03-01", "completion_percent": 100}
    await push(
        client,
        bot,
        completion("p1", world.employee_numbers["ops_staff"], "IIOT-101", exam_score=96, **day),
        completion("p2", world.employee_numbers["staff_s1"], "CS-1", exam_score=50, **day),
    )
    mine = await client.get("/api/v1/training/progress", headers=world.headers("manager_s1"))
    assert mine.status_code == 200, mine.text
    assert [(p["employee_no"], p["balance"], p["next_level_missing"]) for p in mine.json()["items"]] == [
        ("E0101", "0", "20"),
        ("E0102", "0", "20"),
    ]
    everyone = await client.get(
        "/api/v1/training/progress", params={"unit_id": str(world.units["D-OPS"])}, headers=world.headers("hr")
    )
    ops = next(p for p in everyone.json()["items"] if p["employee_no"] == "E0005")
    assert (ops["balance"], ops["by_category"]["required"], ops["level"]) == ("3", "3", "none")
    assert_problem(await client.get("/api/v1/training/progress", headers=world.headers("staff_s1")), 403)

    board = await client.get("/api/v1/training/dashboard", params={"year": 2026}, headers=world.headers("leader"))
    assert board.status_code == 200, board.text
    body = board.json()
    assert (body["people"], body["participants"], body["participation_percent"]) == (11, 2, "18.2")
    groups = {g["unit_code"]: (g["people"], g["participants"], g["participation_percent"]) for g in body["by_group"]}
    assert (
        groups["D-OPS"] == (4, 1, "25.0") and groups["R-EAST"] == (4, 1, "25.0") and groups["R-WEST"] == (1, 0, "0.0")
    )
    assert [
        (c["course_code"], c["people"], c["passed"], c["completion_percent"], c["average_exam_score"])
        for c in body["by_course"]
    ] == [("CS-1", 1, 0, "0.0", "50.0"), ("IIOT-101", 1, 1, "100.0", "96.0")]
    assert_problem(await client.get("/api/v1/training/dashboard", headers=world.headers("manager_s1")), 403)


async def test_the_frontline_contribution_bonus_pays_a_share_of_the_sales_above_target(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    import csv
    import io
    from datetime import UTC, date, datetime

    from tests.api.test_performance_scores import METRICS, TARGET, TARGETS, put
    from tests.factories import assign

    hr = world.headers("hr")
    for code, side in (("own_sales", "hq"), ("store_sales", "store")):
        metric = {
            "code": code,
            "name": code,
            "unit": "CNY",
            "side": side,
            "source": "sales",
            "direction": "higher",
            "scoring": TARGET,
        }
        assert (await client.post(METRICS, json=metric, headers=hr)).status_code == 201
    march = {"period": "2026-03"}
    own = {"metric_code": "own_sales", "employee_id": str(world.employees["ops_staff"]), "value": "10000", **march}
    store = {"metric_code": "store_sales", "unit_id": str(world.units["S1"]), "value": "15000", **march}
    for target in (own, store):
        assert (await put(client, TARGETS, target, hr)).status_code == 200
    seconded = {"basis": "personal", "metric_code": "own_sales", "rate_percent": "1", "cap": "1000"}
    refused = await client.put("/api/v1/bonus-rules/seconded", json=seconded, headers=world.headers("manager_s1"))
    assert_problem(refused, 403, "training.forbidden")
    saved = await client.put("/api/v1/bonus-rules/seconded", json=seconded, headers=hr)
    assert saved.status_code == 200, saved.text
    assert (saved.json()["rate_percent"], saved.json()["cap"], saved.json()["version"]) == ("1", "1000.00", 1)
    stale = await client.put("/api/v1/bonus-rules/seconded", json={**seconded, "version": 5}, headers=hr)
    assert_problem(stale, 409, "bonus_rule.version_conflict")
    by_store = {"basis": "store", "metric_code": "store_sales", "rate_percent": "1", "cap": "80"}
    assert (await client.put("/api/v1/bonus-rules/store", json=by_store, headers=hr)).status_code == 200

    # Ops Staff is seconded to S1 for the last 16 days of March and has 25 credits this year (+2 %)
    await assign(world.app.state.database, world, "ops_staff", "S1", date(2026, 3, 16), date(2026, 4, 1))
    await course(client, world, "BIG-1", {**ONLINE, "base_credits": "10", "weight": "2.5"})
    learning = await machine(client, world, "ingest:training")
    await push(
        client,
        learning,
        completion(
            "b1",
            world.employee_numbers["ops_staff"],
            "BIG-1",
            completed_on="2026-03-01",
            completion_percent=100,
            exam_score=90,
        ),
    )
    sale = {"store_code": "S1", "employee_no": "E0005", "sku": "A", "quantity": 1, "currency": "CNY"}
    clock.set(datetime(2026, 3, 31, 4, 0, tzinfo=UTC))
    pos = await machine(client, world, "ingest:sales", name="POS, end of March")
    lines = [
        {**sale, "external_id": "x1", "amount": "20000.00", "sold_at": "2026-03-20T10:00:00+08:00"},
        {**sale, "external_id": "x2", "amount": "5000.00", "sold_at": "2026-03-05T10:00:00+08:00"},
    ]
    pushed = await client.post("/api/v1/ingest/sales", json={"lines": lines}, headers=pos.headers)
    assert pushed.json()["accepted"] == 2, pushed.text

    clock.set(datetime(2026, 4, 1, 2, 0, tzinfo=UTC))
    hr, admin = world.headers("hr"), world.headers("admin")
    calculated = await client.post("/api/v1/allowances/2026-03/calculate", headers=hr)
    assert calculated.status_code == 200, calculated.text
    detail = (await client.get("/api/v1/allowances/2026-03", headers=hr)).json()
    shown = {(b["employee_no"], b["unit_code"]): b for b in detail["bonus_lines"]}
    ops = shown[("E0005", "S1")]
    # own sales on her 16 days (20,000) above 10,000 x 16/31 = 5,161.29: 1 % of 14,838.71 x 1.02
    assert (ops["basis"], ops["days"], ops["sales"], ops["target"], ops["excess"]) == (
        "personal",
        16,
        "20000.00",
        "5161.29",
        "14838.71",
    )
    assert (ops["modifier_percent"], ops["amount"], ops["capped"]) == (2, "151.35", False)
    # S1's staff share its March sales above target (25,000 - 15,000): 1 % is 100, capped at 80
    staff = shown[("E0102", "S1")]
    assert (staff["basis"], staff["excess"], staff["amount"], staff["capped"]) == ("store", "10000.00", "80.00", True)
    assert ("E0202", "S2") not in shown  # no target at S2: nothing to share
    assert detail["bonus_total"] == "311.35"  # Ops Staff, and S1's manager and staff at 80 each
    approved = await client.post("/api/v1/allowances/2026-03/approve", json={"version": 1}, headers=admin)
    assert approved.status_code == 200, approved.text
    payroll = await client.get("/api/v1/allowances/2026-03/payroll", headers={**hr, "Accept-Language": "zh-CN"})
    rows = list(csv.reader(io.StringIO(payroll.content.decode("utf-8-sig"), newline="")))
    assert [r for r in rows if r[0] == "E0005"] == [
        ["E0005", "Ops Staff", "2026-03", "学分津贴", "junior", "CNY", "500.00"],
        ["E0005", "Ops Staff", "2026-03", "一线贡献奖金", "S1", "CNY", "151.35"],
    ]
    mine = await client.get("/api/v1/me/allowances", headers=world.headers("ops_staff"))
    assert [(s["month"], s["amount"], s["bonus"]) for s in mine.json()] == [("2026-03", "500.00", "151.35")]


async def test_racing_first_calculations_and_a_cap_the_currency_cannot_hold_are_refused_cleanly(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    from datetime import UTC, datetime

    yen = {"basis": "store", "metric_code": "store_sales", "rate_percent": "1", "cap": "1.50", "currency": "JPY"}
    refused = await client.put("/api/v1/bonus-rules/store", json=yen, headers=world.headers("hr"))
    assert_problem(refused, 422, "bonus_rule.invalid_cap")
    clock.set(datetime(2026, 4, 1, 2, 0, tzinfo=UTC))
    hr = world.headers("hr")
    answers = await asyncio.gather(
        client.post("/api/v1/allowances/2026-03/calculate", headers=hr),
        client.post("/api/v1/allowances/2026-03/calculate", headers=hr),
    )
    assert sorted(a.status_code for a in answers) in ([200, 200], [200, 409])
    assert (await client.get("/api/v1/allowances/2026-03", headers=hr)).status_code == 200


async def test_the_training_effect_compares_the_linked_metric_with_non_participants(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    from tests.api.test_performance_scores import METRICS, TARGET

    hr = world.headers("hr")
    metric = {
        "code": "basket_size",
        "name": "Basket size",
        "unit": "CNY",
        "side": "store",
        "source": "manual",
        "direction": "higher",
        "scoring": TARGET,
    }
    assert (await client.post(METRICS, json=metric, headers=hr)).status_code == 201
    unknown = await client.put("/api/v1/courses/SERVICE-1", json={**ELECTIVE, "effect_metrics": ["nope"]}, headers=hr)
    assert_problem(unknown, 422, "metric.not_found")
    assert unknown.json()["errors"][0]["field"] == "body.effect_metrics[0]"
    saved = await course(client, world, "SERVICE-1", {**ELECTIVE, "effect_metrics": ["basket_size"]})
    assert saved["effect_metrics"] == ["basket_size"]
    bot = await machine(client, world, "ingest:training")
    passed = {"completed_on": "2026-03-01", "completion_percent": 100, "exam_score": 90}
    failed = {"completed_on": "2026-03-01", "completion_percent": 100, "exam_score": 50}
    numbers = world.employee_numbers
    answer = await push(
        client,
        bot,
        completion("p1", numbers["staff_s1"], "SERVICE-1", **passed),
        completion("p2", numbers["staff_s2"], "SERVICE-1", **passed),
        completion("p3", numbers["staff_s3"], "SERVICE-1", **failed),  # took it, did not pass: compared
    )
    assert answer.json()["credited"] == 2

    # closed months December to June: everyone's basket was scored 60 before March; afterwards the
    # participants score 80 and the others 65 (a season that lifts everyone by 5)
    trained = {"staff_s1", "staff_s2"}
    others = {"manager_s1", "manager_s2", "staff_s3"}
    months = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    async with database.session_scope() as session:
        now = datetime(2026, 7, 1, tzinfo=UTC)
        await session.execute(
            insert(PerformancePeriod),
            [dict(period=m, status="closed", closings=1, changed_at=now) for m in months],
        )
        rows = []
        for m in months:
            for who in trained | others:
                points = "60" if m < "2026-03" else ("0" if m == "2026-03" else "80" if who in trained else "65")
                rows.append(frozen(world, who, m, points))
        # a reopened month's earlier closing is not read: only the latest counts
        await session.execute(update(PerformancePeriod).where(PerformancePeriod.period == "2026-05").values(closings=2))
        rows += [frozen(world, who, "2026-05", "65", closing=2) for who in trained | others]
        await session.execute(insert(FrozenScore), rows)

    report = await client.get("/api/v1/courses/SERVICE-1/effect", headers=hr)
    assert report.status_code == 200, report.text
    body = report.json()
    assert (body["passed"], body["months"]) == (2, 3)
    [line] = body["metrics"]
    assert (line["metric_code"], line["population"], line["participants"], line["comparison"]) == (
        "basket_size",
        "store",
        2,
        3,
    )
    # after: April 80, May 65 (its second closing), June 80 -> 75; the others 65: effect 15 - 5 = 10
    assert (line["participants_before"], line["participants_after"], line["participants_change"]) == (
        "60.00",
        "75.00",
        "15.00",
    )
    assert (line["comparison_change"], line["effect"]) == ("5.00", "10.00")
    narrow = (await client.get("/api/v1/courses/SERVICE-1/effect", params={"months": 1}, headers=hr)).json()
    assert narrow["metrics"][0]["effect"] == "15.00"  # February 60 -> April 80, against 60 -> 65

    assert_problem(await client.get("/api/v1/courses/SERVICE-1/effect", headers=world.headers("manager_s1")), 403)
    assert_problem(await client.get("/api/v1/courses/NOPE/effect", headers=hr), 404, "course.not_found")


def frozen(world: World, who: str, period: str, points: str, closing: int = 1) -> dict[str, Any]:
    """A frozen score as month-end stores it: one part at the person's store, scored on basket size."""
    part = {
        "unit_id": str(world.units["S1"]),
        "unit_code": "S1",
        "unit_name": "Store",
        "days": 30,
        "population": "store",
        "template_code": "store-basket",
        "score": points,
        "metrics": [
            {
                "metric_code": "basket_size",
                "metric_name": "Basket size",
                "side": "store",
                "source": "manual",
                "weight": "100",
                "value": points,
                "target": "100",
                "points": points,
            }
        ],
        "missing": [],
    }
    document = {
        "employee_id": str(world.employees[who]),
        "employee_no": world.employee_numbers[who],
        "full_name": who,
        "period": period,
        "score": points,
        "complete": True,
        "parts": [part],
    }
    EmployeeScore.model_validate(document)  # the shape month-end writes
    return dict(
        period=period,
        closing=closing,
        employee_id=world.employees[who],
        score=points,
        complete=True,
        breakdown=document,
        template_codes=" store-basket ",
        frozen_at=datetime(2026, 7, 1, tzinfo=UTC),
    )
