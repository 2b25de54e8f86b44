"""Promotion eligibility through the API: rules HR keeps, where a person stands, HR's lists, and the
worker's notice (晋升机会提醒) sent once per person and rule."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import insert, select

from domain.auth.scopes import Scope
from domain.growth.models import EligibilityNotice
from domain.growth.notices import notify_eligibility
from domain.notifications.models import Notification
from domain.performance.models import FrozenScore, PerformancePeriod
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.factories import World, assign, deliver_events, machine
from tests.support import assert_problem

API = "/api/v1"
RULE = {
    "title": "Department manager",
    "local_title": "部门经理",
    "target": "department manager",
    "applies_to_roles": [],
    "conditions": [
        {"kind": "frontline_time", "min_days": 180, "window_months": 36},
        {"kind": "frontline_performance", "top_percent": 30, "aggregate": "best", "window_months": 36},
        {"kind": "credits", "min_credits": "3", "window_months": 24},
    ],
}


async def put_rule(
    client: httpx.AsyncClient, world: World, code: str, body: dict[str, Any], who: str = "hr"
) -> httpx.Response:
    return await client.put(f"{API}/eligibility-rules/{code}", json=body, headers=world.headers(who))


async def scores(database: Database, world: World, period: str, by_person: dict[str, str]) -> None:
    """A closed month whose frozen scores are `by_person` (the percentile is everyone's that month)."""
    moment = datetime(2026, 3, 1, tzinfo=UTC)
    async with database.session_scope() as session:
        await session.execute(
            insert(PerformancePeriod), [dict(period=period, status="closed", closings=1, changed_at=moment)]
        )
        await session.execute(
            insert(FrozenScore),
            [
                dict(
                    period=period,
                    closing=1,
                    employee_id=world.employees[who],
                    score=score,
                    complete=True,
                    breakdown={},
                    template_codes=" seconded ",
                    frozen_at=moment,
                )
                for who, score in by_person.items()
            ],
        )


async def credits(
    client: httpx.AsyncClient, world: World, who: str, external_id: str, code: str = "MGMT-1", weight: str = "1.5"
) -> None:
    """A passed online course of 2 x `weight` credits for `who`."""
    course = {
        "title": "Store management",
        "category": "required",
        "delivery": "online",
        "base_credits": "2",
        "weight": weight,
        "active_from": "2026-01-01",
    }
    hr = world.headers("hr")
    if (await client.get(f"{API}/courses/{code}", headers=hr)).status_code == 404:
        assert (await client.put(f"{API}/courses/{code}", json=course, headers=hr)).status_code == 200
    bot = await machine(client, world, "ingest:training", name=f"LMS {external_id}")
    line = {
        "external_id": external_id,
        "employee_no": world.employee_numbers[who],
        "course_code": code,
        "completed_on": "2026-03-01",
        "completion_percent": 100,
        "exam_score": 95,
    }
    pushed = await client.post(f"{API}/ingest/training", json={"completions": [line]}, headers=bot.headers)
    assert pushed.json()["credited"] == 1, pushed.text


async def test_hr_keeps_rules_everyone_reads_them_and_bad_rules_are_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await put_rule(client, world, "dept-manager", RULE)
    assert created.status_code == 200, created.text
    assert (created.json()["version"], created.json()["conditions"][1]["aggregate"]) == (1, "best")
    read = await client.get(f"{API}/eligibility-rules", headers=world.headers("staff_s1"))
    assert [rule["code"] for rule in read.json()] == ["dept-manager"]
    assert_problem(await put_rule(client, world, "x", RULE, who="ops_head"), 403, "eligibility.forbidden")
    stale = await put_rule(client, world, "dept-manager", {**RULE, "version": 7})
    assert_problem(stale, 409, "eligibility_rule.version_conflict")
    assert stale.json()["current_version"] == 1

    def with_condition(condition: dict[str, Any]) -> dict[str, Any]:
        return {**RULE, "conditions": [condition]}

    zero = await put_rule(
        client, world, "y", with_condition({"kind": "credits", "min_credits": "5", "window_months": 0})
    )
    assert_problem(zero, 422)
    assert zero.json()["errors"][0]["field"] == "body.conditions.0.credits.window_months"
    both = with_condition({"kind": "frontline_time", "min_days": 30, "window_months": 12, "this_year": True})
    assert_problem(await put_rule(client, world, "y", both), 422)
    skill = with_condition({"kind": "credits", "min_credits": "20", "skills": ["leading_people"]})
    unknown = await put_rule(client, world, "y", skill)
    assert_problem(unknown, 422, "skill.unknown")
    assert unknown.json()["errors"][0]["field"] == "body.conditions[0].skills[0]"
    assert_problem(await put_rule(client, world, "y", {**RULE, "applies_to_roles": ["chief"]}), 422)
    assert_problem(await client.get(f"{API}/eligibility-rules/nope", headers=world.headers("hr")), 404)


async def test_eligibility_rules_are_read_by_people_not_machine_clients(
    client: httpx.AsyncClient, world: World
) -> None:
    """The rules are the same for every person and read by every person signed in; no client scope covers
    them, yet a client token holding any scope read them."""
    assert (await put_rule(client, world, "dept-manager", RULE)).status_code == 200
    bot = await machine(client, world, *(scope.value for scope in Scope), name="HR system")
    for path in ("/eligibility-rules", "/eligibility-rules/dept-manager", "/eligibility-rules/nope"):
        assert_problem(await client.get(f"{API}{path}", headers=bot.headers), 403, "auth.people_only")
    for path in ("/eligibility-rules", "/eligibility-rules/dept-manager"):
        assert (await client.get(f"{API}{path}", headers=world.headers("staff_s1"))).status_code == 200, path


async def test_a_person_sees_each_condition_and_hr_lists_who_qualifies_and_who_is_close(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    assert (await put_rule(client, world, "dept-manager", RULE)).status_code == 200
    # ops_staff: 181 days at S1 (2025-09-01 to 2026-03-01), best month at the top, 3 credits: eligible.
    # ops_head: 150 days (83 %), in the top 30 % once, no credits: not close (0 % of the credits).
    await assign(database, world, "ops_staff", "S1", date(2025, 9, 1), date(2026, 3, 1))
    await assign(database, world, "ops_head", "S2", date(2025, 10, 2), date(2026, 3, 1))
    january = {"ops_staff": "91", "ops_head": "80", "staff_s1": "70", "hr": "60", "leader": "50"}
    await scores(database, world, "2026-01", january)  # ops_head: percentile 75
    await scores(database, world, "2026-02", {"ops_staff": "55", "ops_head": "50", "staff_s1": "75", "hr": "65"})
    await credits(client, world, "ops_staff", "m-1")

    mine = await client.get(f"{API}/me/eligibility", headers=world.headers("ops_staff"))
    assert mine.status_code == 200, mine.text
    [standing] = mine.json()
    assert (standing["rule_code"], standing["eligible"], standing["close"]) == ("dept-manager", True, False)
    time, performance, earned = standing["conditions"]
    assert (time["met"], time["figure"], time["needed"]) == (True, "181", "180")
    assert time["summary"] == "181 of 180 frontline days (6 months 1 days)"
    assert (performance["met"], performance["figure"], performance["summary"]) == (
        True,
        "100",
        "top 0% (needs top 30%)",
    )
    assert (earned["met"], earned["figure"]) == (True, "3")
    chinese = await client.get(
        f"{API}/me/eligibility", headers={**world.headers("ops_staff"), "Accept-Language": "zh-CN"}
    )
    assert chinese.json()[0]["conditions"][2]["summary"] == "已获 3 学分，需 3 学分"

    head = (await client.get(f"{API}/me/eligibility", headers=world.headers("ops_head"))).json()[0]
    assert [c["met"] for c in head["conditions"]] == [False, True, False]
    assert head["conditions"][0]["figure"] == "150"
    assert (head["eligible"], head["close"]) == (False, False)

    # store staff are at the frontline every month: the best of January (percentile 50) and February (100)
    store = (await client.get(f"{API}/me/eligibility", headers=world.headers("staff_s1"))).json()[0]
    assert [c["figure"] for c in store["conditions"]][:2] == ["1097", "100"]  # 3 years at home, the best month
    listed = await client.get(f"{API}/eligibility", params={"rule": "dept-manager"}, headers=world.headers("hr"))
    assert listed.status_code == 200, listed.text
    assert [e["employee_no"] for e in listed.json()["items"]] == [world.employee_numbers["ops_staff"]]
    # within 20 % of every condition: ops_head becomes close with 2.5 of the 3 credits
    await credits(client, world, "ops_head", "m-2", code="MGMT-2", weight="1.25")
    close = await client.get(
        f"{API}/eligibility", params={"rule": "dept-manager", "status": "close"}, headers=world.headers("leader")
    )
    assert [e["employee_no"] for e in close.json()["items"]] == [world.employee_numbers["ops_head"]]
    assert_problem(
        await client.get(f"{API}/eligibility", params={"rule": "dept-manager"}, headers=world.headers("ops_head")),
        403,
        "eligibility.forbidden",
    )
    assert_problem(await client.get(f"{API}/eligibility", params={"rule": "nope"}, headers=world.headers("hr")), 404)


async def test_a_rule_for_managers_counts_this_years_frontline_days(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    leaders = {
        **RULE,
        "title": "Leaders at the frontline",
        "applies_to_roles": ["dept_head", "store_manager"],
        "conditions": [{"kind": "frontline_time", "min_days": 30, "this_year": True}],
    }
    assert (await put_rule(client, world, "leaders-30", leaders)).status_code == 200
    await assign(database, world, "ops_head", "S1", date(2025, 12, 1), date(2026, 1, 21))
    head = (await client.get(f"{API}/me/eligibility", headers=world.headers("ops_head"))).json()
    assert [(s["rule_code"], s["conditions"][0]["figure"], s["eligible"]) for s in head] == [
        ("leaders-30", "20", False)  # December's days count for last year
    ]
    # the rule does not apply to people without the roles
    assert (await client.get(f"{API}/me/eligibility", headers=world.headers("ops_staff"))).json() == []


async def test_becoming_eligible_is_told_once_whichever_worker_finds_it(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    assert (await put_rule(client, world, "dept-manager", RULE)).status_code == 200
    await assign(database, world, "ops_staff", "S1", date(2025, 9, 1), date(2026, 3, 1))
    await scores(database, world, "2026-01", {"ops_staff": "91", "staff_s1": "70"})
    assert await notify_eligibility(database, clock) == 0  # no credits yet: not eligible
    await credits(client, world, "ops_staff", "m-1")
    clock.advance(timedelta(minutes=6))

    told = await asyncio.gather(notify_eligibility(database, clock), notify_eligibility(database, clock))
    assert sorted(told) == [0, 1]
    clock.advance(timedelta(minutes=6))
    assert await notify_eligibility(database, clock) == 0  # nothing moved
    await credits(client, world, "ops_staff", "m-2", code="MGMT-2")  # more credits: the same qualification
    clock.advance(timedelta(minutes=6))
    assert await notify_eligibility(database, clock) == 0
    await deliver_events(world.app)
    async with database.session_scope() as session:
        notices = (await session.scalars(select(EligibilityNotice))).all()
        sent = (await session.scalars(select(Notification).where(Notification.kind == "growth.eligible"))).all()
    assert [(n.rule_code, n.employee_id) for n in notices] == [("dept-manager", world.employees["ops_staff"])]
    assert len(sent) == 1
    inbox = await client.get(
        f"{API}/me/notifications", headers={**world.headers("ops_staff"), "Accept-Language": "zh-CN"}
    )
    [item] = [n for n in inbox.json()["items"] if n["kind"] == "growth.eligible"]
    assert item["title"] == "晋升机会提醒"
    assert "部门经理" in item["body"]


async def test_people_read_their_own_band_of_each_closed_month_and_nothing_of_others(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    # January: ten people scored 10..100; February: staff_s1 alone ties with four others
    january = ["staff_s1", "ops_staff", "ops_head", "hr", "leader", "manager_s1", "manager_s2", "staff_s2", "staff_s3"]
    await scores(database, world, "2026-01", {who: str(10 * (n + 1)) for n, who in enumerate(january)})
    await scores(database, world, "2026-02", dict.fromkeys(["staff_s1", "ops_staff", "hr", "leader", "admin"], "77.5"))
    mine = await client.get(f"{API}/me/performance/bands", headers=world.headers("staff_s1"))
    assert mine.status_code == 200, mine.text
    assert mine.json() == [{"period": "2026-02", "band": "top_50"}, {"period": "2026-01", "band": "other"}]
    theirs = (await client.get(f"{API}/me/performance/bands", headers=world.headers("staff_s3"))).json()
    assert theirs == [{"period": "2026-01", "band": "top_10"}]  # the best of January; not scored in February
    middle = (await client.get(f"{API}/me/performance/bands", headers=world.headers("leader"))).json()
    assert middle[1] == {"period": "2026-01", "band": "top_50"}  # 5th of 9: percentile 50
    # the ranking of a cohort stays HR's and leaders'
    ranked = await client.get(
        f"{API}/performance/rankings",
        params={"period": "2026-01", "template": "seconded"},
        headers=world.headers("staff_s1"),
    )
    assert_problem(ranked, 403)


async def test_managers_scorecards_can_weigh_their_frontline_days_this_year(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    from tests.api.test_performance_scores import METRICS, RATING, TARGET, TARGETS, TEMPLATES, put

    hr = world.headers("hr")
    metric = {
        "code": "frontline_days",
        "name": "Days at the frontline this year",
        "unit": "days",
        "side": "hq",
        "source": "frontline_days",
        "direction": "higher",
        "scoring": TARGET,
    }
    assert (await client.post(METRICS, json=metric, headers=hr)).status_code == 201
    rated = {**metric, "code": "frontline_satisfaction", "side": "support", "source": "tickets", "scoring": RATING}
    assert (await client.post(METRICS, json=rated, headers=hr)).status_code == 201
    template = {
        "code": "support",
        "name": "Support",
        "population": "support",
        "lines": [
            {"metric_code": "frontline_satisfaction", "weight": "25"},
            {"metric_code": "frontline_days", "weight": "75"},
        ],
    }
    created = await client.post(TEMPLATES, json=template, headers=hr)
    assert created.status_code == 201, created.text
    target = {"metric_code": "frontline_days", "unit_id": str(world.units["HQ"]), "period": "2026-03", "value": "30"}
    assert (await put(client, TARGETS, target, hr)).status_code == 200
    # 12 days at S1 last December do not count this year; 20 in January do
    await assign(database, world, "ops_head", "S1", date(2025, 12, 20), date(2026, 1, 21))
    answer = await client.get("/api/v1/me/performance", params={"period": "2026-03"}, headers=world.headers("ops_head"))
    assert answer.status_code == 200, answer.text
    line = answer.json()["parts"][0]["metrics"][1]
    assert (line["source"], line["value"], line["target"], line["points"]) == ("frontline_days", "20", "30", "66.67")


async def test_the_growth_archive_shows_postings_with_their_closed_months_to_the_person_and_managers(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    from tests.api.test_training import frozen

    await assign(database, world, "ops_staff", "S1", date(2025, 9, 1), date(2026, 3, 1))
    moment = datetime(2026, 3, 1, tzinfo=UTC)
    async with database.session_scope() as session:
        await session.execute(
            insert(PerformancePeriod),
            [dict(period=m, status="closed", closings=1, changed_at=moment) for m in ("2026-01", "2026-02")],
        )
        await session.execute(
            insert(FrozenScore),
            [frozen(world, "ops_staff", "2026-01", "88"), frozen(world, "ops_staff", "2026-02", "93")],
        )
    await credits(client, world, "ops_staff", "m-1")
    url = f"{API}/employees/{world.employees['ops_staff']}/growth"
    mine = await client.get(url, headers=world.headers("ops_staff"))
    assert mine.status_code == 200, mine.text
    body = mine.json()
    [posting] = body["postings"]
    assert (posting["unit_code"], posting["kind"], posting["starts_on"], posting["ends_on"]) == (
        "S1",
        "secondment",
        "2025-09-01",
        "2026-02-28",
    )
    assert [(m["period"], m["score"], m["metrics"][0]["points"]) for m in posting["months"]] == [
        ("2026-01", "88", "88"),
        ("2026-02", "93", "93"),
    ]
    assert body["credits"] == {"balance": "3", "level": "none"}
    assert body["tickets"] == {"raised": 0, "resolved": 0} and body["mentorships"] == []
    assert (await client.get(url, headers=world.headers("ops_head"))).status_code == 200  # her department head
    assert_problem(await client.get(url, headers=world.headers("manager_s2")), 404)
    assert_problem(await client.get(url, headers=world.headers("staff_s1")), 404)
