"""Live scores: a month cut into parts by assigned days, each part scored with its population's
scorecard from manual, pushed and sales values against targets; manual entry only by managers of
the stores the person worked in that month."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError

from domain.performance.models import FrozenRank, FrozenRanking, FrozenScore
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.factories import World, assign, machine
from tests.support import assert_problem

METRICS = "/api/v1/performance/metrics"
TEMPLATES = "/api/v1/performance/templates"
TARGETS = "/api/v1/performance/targets"
VALUES = "/api/v1/performance/values"
PERIODS = "/api/v1/performance/periods"
RANKINGS = "/api/v1/performance/rankings"

RATING = {"method": "rating", "scale_min": "1", "scale_max": "5"}
TARGET = {"method": "target", "cap": "120"}
DEFINITIONS = [
    ("store_csat", "store", "pushed", RATING),
    ("store_efficiency", "store", "manual", TARGET),
    ("hq_sales", "hq", "sales", TARGET),
    ("frontline_satisfaction", "support", "tickets", RATING),
    ("hq_kpi", "hq", "manual", TARGET),
]


async def setup_scorecards(client: httpx.AsyncClient, world: World) -> None:
    hr = world.headers("hr")
    for code, side, source, scoring in DEFINITIONS:
        body = {"code": code, "name": code.replace("_", " "), "unit": "x", "side": side, "source": source,
                "direction": "higher", "scoring": scoring}  # fmt: skip
        assert (await client.post(METRICS, json=body, headers=hr)).status_code == 201
    seconded = {"code": "seconded", "name": "Seconded", "population": "seconded",
                "lines": [{"metric_code": "store_csat", "weight": "40"},
                          {"metric_code": "store_efficiency", "weight": "30"},
                          {"metric_code": "hq_sales", "weight": "30"}]}  # fmt: skip
    support = {"code": "support", "name": "Support", "population": "support",
               "lines": [{"metric_code": "frontline_satisfaction", "weight": "25"},
                         {"metric_code": "hq_kpi", "weight": "75"}]}  # fmt: skip
    for template in (seconded, support):
        created = await client.post(TEMPLATES, json=template, headers=hr)
        assert created.status_code == 201, created.text


async def put(client: httpx.AsyncClient, url: str, body: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
    return await client.put(url, json=body, headers=headers)


async def test_a_mid_month_secondment_is_scored_pro_rata_part_by_part(client: httpx.AsyncClient, world: World) -> None:
    await setup_scorecards(client, world)
    hr = world.headers("hr")
    ops = str(world.employees["ops_staff"])
    # home in Operations 1-14 March, seconded to S1 from 15 March to the end of the month
    await assign(world.app.state.database, world, "ops_staff", "S1", date(2026, 3, 15), date(2026, 4, 1))
    survey = await machine(client, world, "ingest:metrics", "ingest:sales")
    pushed = await client.post(
        "/api/v1/ingest/metric-values",
        json={"values": [{"metric_code": "store_csat", "store_code": "S1", "period": "2026-03", "value": "4.5"}]},
        headers=survey.headers,
    )
    assert pushed.json()["created"] == 1
    sale = {"external_id": "s1", "store_code": "S1", "employee_no": "E0005", "sku": "A", "quantity": 1,
            "amount": "1200.00", "currency": "CNY", "sold_at": "2026-03-01T10:00:00+08:00"}  # fmt: skip
    assert (await client.post("/api/v1/ingest/sales", json={"lines": [sale]}, headers=survey.headers)).json()[
        "accepted"
    ] == 1
    march = {"period": "2026-03"}
    targets = [
        {"metric_code": "store_efficiency", "unit_id": str(world.units["R-EAST"]), "value": "100", **march},
        {"metric_code": "hq_sales", "employee_id": ops, "value": "1000", **march},
        {"metric_code": "hq_kpi", "unit_id": str(world.units["HQ"]), "value": "100", **march},
    ]
    for target in targets:
        assert (await put(client, TARGETS, target, hr)).status_code == 200
    entry = {"metric_code": "store_efficiency", "employee_id": ops, "value": "95", **march}
    assert (await put(client, VALUES, entry, world.headers("manager_s1"))).status_code == 200
    assert (await put(client, VALUES, {**entry, "metric_code": "hq_kpi", "value": "80"}, hr)).status_code == 200

    mine = await client.get("/api/v1/me/performance", params=march, headers=world.headers("ops_staff"))
    assert mine.status_code == 200, mine.text
    body = mine.json()
    store_part, home_part = body["parts"]
    assert (store_part["unit_code"], store_part["days"], store_part["population"]) == ("S1", 17, "seconded")
    assert (home_part["unit_code"], home_part["days"], home_part["population"]) == ("D-OPS", 14, "support")
    by_metric = {m["metric_code"]: m for m in store_part["metrics"]}
    assert (by_metric["store_csat"]["value"], by_metric["store_csat"]["points"]) == ("4.5", "87.5")
    # the target comes from the region above the store
    assert (by_metric["store_efficiency"]["target"], by_metric["store_efficiency"]["points"]) == ("100", "95")
    assert (by_metric["hq_sales"]["value"], by_metric["hq_sales"]["points"]) == ("1200", "120")  # capped
    assert store_part["score"] == "99.5"
    # no ticket ratings yet: scored over the metrics that have values
    assert home_part["missing"] == ["frontline_satisfaction"]
    assert home_part["score"] == "80"
    assert body["score"] == "90.69"  # (17 x 99.5 + 14 x 80) / 31
    assert body["complete"] is False


async def test_managers_enter_values_only_for_people_in_their_stores_that_month(
    client: httpx.AsyncClient, world: World
) -> None:
    await setup_scorecards(client, world)
    await assign(world.app.state.database, world, "ops_staff", "S1", date(2026, 3, 15), date(2026, 4, 1))
    entry = {"metric_code": "store_efficiency", "employee_id": str(world.employees["ops_staff"]),
             "period": "2026-03", "value": "90"}  # fmt: skip
    assert (await put(client, VALUES, entry, world.headers("manager_s1"))).status_code == 200
    assert_problem(await put(client, VALUES, entry, world.headers("manager_s2")), 404, "employee.not_found")
    february = {**entry, "period": "2026-02"}
    assert_problem(await put(client, VALUES, february, world.headers("manager_s1")), 404)
    pushed_metric = {**entry, "metric_code": "store_csat"}
    assert_problem(await put(client, VALUES, pushed_metric, world.headers("manager_s1")), 422, "metric.not_manual")
    own = {**entry, "employee_id": str(world.employees["manager_s1"])}
    assert_problem(await put(client, VALUES, own, world.headers("manager_s1")), 404)
    assert_problem(await put(client, VALUES, entry, world.headers("staff_s1")), 404)


async def test_who_sees_a_score(client: httpx.AsyncClient, world: World) -> None:
    await setup_scorecards(client, world)
    await assign(world.app.state.database, world, "ops_staff", "S1", date(2026, 3, 15), date(2026, 4, 1))
    url = f"/api/v1/performance/employees/{world.employees['ops_staff']}"
    for who, status in (("hr", 200), ("manager_s1", 200), ("ops_head", 200), ("manager_s2", 404), ("staff_s1", 404)):
        answer = await client.get(url, params={"period": "2026-03"}, headers=world.headers(who))
        assert answer.status_code == status, (who, answer.text)
    # in February the secondment had not begun: the store manager has no sight of it
    february = await client.get(url, params={"period": "2026-02"}, headers=world.headers("manager_s1"))
    assert_problem(february, 404)
    bad = await client.get(url, params={"period": "2026-13"}, headers=world.headers("hr"))
    assert_problem(bad, 422)


async def test_a_store_employee_without_values_has_no_score_yet(client: httpx.AsyncClient, world: World) -> None:
    await setup_scorecards(client, world)
    answer = await client.get("/api/v1/me/performance", params={"period": "2026-03"}, headers=world.headers("staff_s1"))
    body = answer.json()
    assert body["score"] is None and body["complete"] is False
    (part,) = body["parts"]
    # no "store" template exists: the part says so rather than borrowing another population's
    assert (part["unit_code"], part["population"], part["template_code"]) == ("S1", "store", None)


async def test_closing_a_month_freezes_scores_and_refuses_later_values(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await setup_scorecards(client, world)
    hr = world.headers("hr")
    entry = {
        "metric_code": "hq_kpi",
        "employee_id": str(world.employees["ops_staff"]),
        "period": "2026-02",
        "value": "80",
    }
    await put(client, TARGETS, {"metric_code": "hq_kpi", "unit_id": str(world.units["HQ"]), "period": "2026-02",
                                "value": "100"}, hr)  # fmt: skip
    assert (await put(client, VALUES, entry, hr)).status_code == 200
    assert_problem(await client.post(f"{PERIODS}/2026-02/close", headers=world.headers("manager_s1")), 403)
    closed = await client.post(f"{PERIODS}/2026-02/close", headers=hr)
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed" and closed.json()["frozen_scores"] == len(world.employees)
    assert_problem(await client.post(f"{PERIODS}/2026-02/close", headers=hr), 409, "performance.period_closed")

    late = await put(client, VALUES, {**entry, "value": "99"}, hr)
    assert_problem(late, 409, "performance.period_closed")
    target = {"metric_code": "hq_kpi", "unit_id": str(world.units["HQ"]), "period": "2026-02", "value": "50"}
    assert_problem(await put(client, TARGETS, target, hr), 409, "performance.period_closed")
    survey = await machine(client, world, "ingest:metrics")
    pushed = await client.post(
        "/api/v1/ingest/metric-values",
        json={"values": [{"metric_code": "store_csat", "store_code": "S1", "period": "2026-02-14", "value": "4"}]},
        headers=survey.headers,
    )
    assert [r["reason"] for r in pushed.json()["rejected"]] == ["period.closed"]
    # March is still open
    assert (await put(client, VALUES, {**entry, "period": "2026-03"}, hr)).status_code == 200

    async with database.session_scope() as session:
        frozen = await session.scalar(
            select(FrozenScore.score).where(FrozenScore.employee_id == world.employees["ops_staff"])
        )
    assert frozen == "80"
    with pytest.raises(DBAPIError):  # the frozen record is append-only in the database itself
        async with database.session_scope() as session:
            await session.execute(update(FrozenScore).values(score="100"))

    reopened = await client.post(f"{PERIODS}/2026-02/reopen", headers=hr)
    assert reopened.json()["status"] == "open" and reopened.json()["closings"] == 1
    assert (await put(client, VALUES, {**entry, "value": "99"}, hr)).status_code == 200
    again = await client.post(f"{PERIODS}/2026-02/close", headers=hr)
    assert again.json()["closings"] == 2
    async with database.session_scope() as session:
        scores = (
            await session.scalars(
                select(FrozenScore.score)
                .where(FrozenScore.employee_id == world.employees["ops_staff"])
                .order_by(FrozenScore.closing)
            )
        ).all()
    assert scores == ["80", "99"]
    audit = await client.get(
        "/api/v1/audit", params={"entity_type": "performance_period"}, headers=world.headers("admin")
    )
    assert [e["action"] for e in audit.json()["items"]].count("performance_period.reopened") == 1


async def test_racing_closers_close_once(client: httpx.AsyncClient, world: World) -> None:
    await setup_scorecards(client, world)
    answers = await asyncio.gather(
        *(client.post(f"{PERIODS}/2026-02/close", headers=world.headers("hr")) for _ in range(3))
    )
    assert sorted(a.status_code for a in answers) == [200, 409, 409]


async def test_hr_ranks_a_cohort_live_and_after_closing(client: httpx.AsyncClient, world: World) -> None:
    await setup_scorecards(client, world)
    hr = world.headers("hr")
    await put(client, TARGETS, {"metric_code": "hq_kpi", "unit_id": str(world.units["HQ"]), "period": "2026-02",
                                "value": "100"}, hr)  # fmt: skip
    for who, value in (("ops_staff", "80"), ("ops_head", "90"), ("hr", "80")):
        entry = {"metric_code": "hq_kpi", "employee_id": str(world.employees[who]), "period": "2026-02", "value": value}
        assert (await put(client, VALUES, entry, hr)).status_code == 200
    query = {"period": "2026-02", "template": "support"}
    live = await client.get(RANKINGS, params=query, headers=hr)
    assert live.status_code == 200, live.text
    body = live.json()
    assert (body["source"], body["cohort"]) == ("live", 3)
    assert [(e["employee_no"], e["score"], e["rank"], e["percentile"]) for e in body["entries"]] == [
        ("E0004", "90", 1, "100.00"),
        ("E0002", "80", 2, "25.00"),
        ("E0005", "80", 2, "25.00"),
    ]
    assert (await client.post(f"{PERIODS}/2026-02/close", headers=hr)).status_code == 200
    frozen = (await client.get(RANKINGS, params=query, headers=hr)).json()
    assert frozen["source"] == "frozen" and frozen["entries"] == body["entries"]
    assert_problem(await client.get(RANKINGS, params=query, headers=world.headers("manager_s1")), 403)
    unknown = await client.get(RANKINGS, params={**query, "template": "nope"}, headers=hr)
    assert_problem(unknown, 404, "scorecard.not_found")


async def pages(client: httpx.AsyncClient, world: World, query: dict[str, str], limit: int) -> list[dict[str, Any]]:
    """Every page of a ranking, following `next_cursor`; each page says the whole cohort's size."""
    entries: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        params = {**query, "limit": str(limit)} | ({"cursor": cursor} if cursor else {})
        answer = await client.get(RANKINGS, params=params, headers=world.headers("hr"))
        assert answer.status_code == 200, answer.text
        page = answer.json()
        assert len(page["entries"]) <= limit
        entries += page["entries"]
        cursor = page.get("next_cursor")
        if cursor is None:
            assert page["cohort"] == len(entries)
            return entries


async def stored_rankings(database: Database) -> list[tuple[str, int, str, int, int]]:
    async with database.session_scope() as session:
        ranked = (
            await session.execute(
                select(
                    FrozenRanking.period,
                    FrozenRanking.closing,
                    FrozenRanking.template_code,
                    FrozenRanking.cohort,
                    select(func.count())
                    .where(
                        FrozenRank.period == FrozenRanking.period,
                        FrozenRank.closing == FrozenRanking.closing,
                        FrozenRank.template_code == FrozenRanking.template_code,
                    )
                    .scalar_subquery(),
                ).order_by(FrozenRanking.closing, FrozenRanking.template_code)
            )
        ).all()
    return [tuple(row) for row in ranked]


async def test_a_ranking_comes_a_page_at_a_time_and_a_closed_month_is_ranked_once(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await setup_scorecards(client, world)
    hr = world.headers("hr")
    await put(client, TARGETS, {"metric_code": "hq_kpi", "unit_id": str(world.units["HQ"]), "period": "2026-02",
                                "value": "100"}, hr)  # fmt: skip
    values = (("ops_staff", "80"), ("ops_head", "90"), ("hr", "80"), ("leader", "70"), ("admin", "95"))
    for who, value in values:
        entry = {"metric_code": "hq_kpi", "employee_id": str(world.employees[who]), "period": "2026-02", "value": value}
        assert (await put(client, VALUES, entry, hr)).status_code == 200
    query = {"period": "2026-02", "template": "support"}
    whole = (await client.get(RANKINGS, params=query, headers=hr)).json()
    assert whole["cohort"] == len(whole["entries"]) >= 4 and whole["next_cursor"] is None
    assert [e["rank"] for e in whole["entries"]] == sorted(e["rank"] for e in whole["entries"])
    for limit in (1, 2, 3):
        assert await pages(client, world, query, limit) == whole["entries"]

    # closing ranks the month's cohorts once, and the pages read that ranking
    live_cursor = (await client.get(RANKINGS, params={**query, "limit": "2"}, headers=hr)).json()["next_cursor"]
    assert (await client.post(f"{PERIODS}/2026-02/close", headers=hr)).status_code == 200
    stored = await stored_rankings(database)
    assert ("2026-02", 1, "support", whole["cohort"], whole["cohort"]) in stored
    for limit in (1, 2, 5):
        assert await pages(client, world, query, limit) == whole["entries"]
    stale = await client.get(RANKINGS, params={**query, "cursor": live_cursor}, headers=hr)
    assert_problem(stale, 422, "pagination.invalid_cursor")

    # a closing from before rankings were stored is ranked at its first reading, once, by racing readers
    async with database.session_scope() as session:
        await session.execute(delete(FrozenRank))
        await session.execute(delete(FrozenRanking))
    answers = await asyncio.gather(*(client.get(RANKINGS, params=query, headers=hr) for _ in range(3)))
    assert [a.json()["entries"] for a in answers] == [whole["entries"]] * 3
    assert await stored_rankings(database) == [("2026-02", 1, "support", whole["cohort"], whole["cohort"])]

    # a cursor of the first closing does not page the second
    frozen_cursor = (await client.get(RANKINGS, params={**query, "limit": "2"}, headers=hr)).json()["next_cursor"]
    assert (await client.post(f"{PERIODS}/2026-02/reopen", headers=hr)).status_code == 200
    entry = {"metric_code": "hq_kpi", "employee_id": str(world.employees["leader"]), "period": "2026-02", "value": "99"}
    assert (await put(client, VALUES, entry, hr)).status_code == 200
    assert (await client.post(f"{PERIODS}/2026-02/close", headers=hr)).status_code == 200
    stale = await client.get(RANKINGS, params={**query, "cursor": frozen_cursor}, headers=hr)
    assert_problem(stale, 422, "pagination.invalid_cursor")
    second = await pages(client, world, query, 2)
    assert second[0]["employee_no"] == world.employee_numbers["leader"] and second[0]["score"] == "99"
    assert_problem(await client.get(RANKINGS, params={**query, "cursor": "bm9wZQ"}, headers=hr), 422)


async def rating_scorecard(client: httpx.AsyncClient, world: World) -> None:
    """A store manager's 1-5 rating, the whole of the store staff's scorecard."""
    hr = world.headers("hr")
    metric = {"code": "manager_rating", "name": "Manager's rating", "unit": "1-5", "side": "store",
              "source": "manual", "direction": "higher", "scoring": RATING}  # fmt: skip
    assert (await client.post(METRICS, json=metric, headers=hr)).status_code == 201
    store = {"code": "store", "name": "Store staff", "population": "store",
             "lines": [{"metric_code": "manager_rating", "weight": "100"}]}  # fmt: skip
    assert (await client.post(TEMPLATES, json=store, headers=hr)).status_code == 201


async def test_a_manual_value_off_the_metrics_scale_is_refused_with_its_field(
    client: httpx.AsyncClient, world: World
) -> None:
    await rating_scorecard(client, world)
    entry = {"metric_code": "manager_rating", "employee_id": str(world.employees["staff_s1"]), "period": "2026-03"}
    for value in ("-1", "999999999999.999999", "0.999999", "5.5"):
        for who in ("manager_s1", "hr"):
            refused = assert_problem(
                await put(client, VALUES, {**entry, "value": value}, world.headers(who)), 422, "value.out_of_range"
            )
            assert refused["errors"][0]["field"] == "body.value"
            assert "between 1 and 5" in refused["detail"]
    assert (await put(client, VALUES, {**entry, "value": "4.5"}, world.headers("manager_s1"))).status_code == 200
    mine = await client.get("/api/v1/me/performance", params={"period": "2026-03"}, headers=world.headers("staff_s1"))
    (line,) = mine.json()["parts"][0]["metrics"]
    assert (line["value"], line["points"]) == ("4.5", "87.5")


async def test_a_value_for_a_metric_off_the_persons_scorecard_is_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    """A value that no part of the person's month would score changes nothing: it is refused with the
    reason instead. A store manager answers for the part of the month spent in their stores."""
    await setup_scorecards(client, world)
    hr = world.headers("hr")
    unused = {"code": "mystery_shopper", "name": "Mystery shopper", "unit": "points", "side": "store",
              "source": "manual", "direction": "higher", "scoring": TARGET}  # fmt: skip
    assert (await client.post(METRICS, json=unused, headers=hr)).status_code == 201
    # ops_staff: 1-14 March at home in Operations (support scorecard), then seconded to S1 (seconded scorecard)
    await assign(world.app.state.database, world, "ops_staff", "S1", date(2026, 3, 15), date(2026, 4, 1))
    entry = {"employee_id": str(world.employees["ops_staff"]), "period": "2026-03", "value": "90"}

    # on no scorecard of hers at all
    refused = assert_problem(
        await put(client, VALUES, {**entry, "metric_code": "mystery_shopper"}, hr), 422, "metric.not_on_scorecard"
    )
    assert refused["errors"][0]["field"] == "body.metric_code"
    assert "mystery_shopper" in refused["detail"]
    # head-office objectives are on her support scorecard (her home weeks), not on the store's part
    manager = world.headers("manager_s1")
    refused = assert_problem(
        await put(client, VALUES, {**entry, "metric_code": "hq_kpi"}, manager), 422, "metric.not_on_scorecard"
    )
    assert "S1" in refused["detail"]
    assert (await put(client, VALUES, {**entry, "metric_code": "hq_kpi"}, hr)).status_code == 200
    assert (await put(client, VALUES, {**entry, "metric_code": "store_efficiency"}, manager)).status_code == 200
    # in February she worked only at home: the seconded scorecard's store line was not hers
    february = {**entry, "metric_code": "store_efficiency", "period": "2026-02"}
    assert_problem(await put(client, VALUES, february, hr), 422, "metric.not_on_scorecard")


async def test_a_ratings_comment_is_shown_to_the_person_and_hr_only(client: httpx.AsyncClient, world: World) -> None:
    await setup_scorecards(client, world)
    await assign(world.app.state.database, world, "ops_staff", "S1", date(2026, 3, 15), date(2026, 4, 1))
    ops = str(world.employees["ops_staff"])
    entry = {"metric_code": "store_efficiency", "employee_id": ops, "period": "2026-03", "value": "95",
             "comment": "Ran the stockroom reset on her own; ask her to train the weekend team."}  # fmt: skip
    entered = await put(client, VALUES, entry, world.headers("manager_s1"))
    assert entered.status_code == 200, entered.text
    assert entered.json()["comment"] == entry["comment"]

    def comments(body: dict[str, Any]) -> dict[str, str | None]:
        return {m["metric_code"]: m.get("comment") for part in body["parts"] for m in part["metrics"]}

    march = {"period": "2026-03"}
    mine = await client.get("/api/v1/me/performance", params=march, headers=world.headers("ops_staff"))
    assert comments(mine.json())["store_efficiency"] == entry["comment"]
    assert comments(mine.json())["store_csat"] is None
    url = f"/api/v1/performance/employees/{ops}"
    seen_by_hr = await client.get(url, params=march, headers=world.headers("hr"))
    assert comments(seen_by_hr.json())["store_efficiency"] == entry["comment"]
    for who in ("manager_s1", "ops_head"):  # they see her score, not what was written to her
        seen = await client.get(url, params=march, headers=world.headers(who))
        assert seen.status_code == 200, seen.text
        assert set(comments(seen.json()).values()) == {None}, who
    # a later entry without a comment clears it; an empty comment is refused
    assert_problem(await put(client, VALUES, {**entry, "comment": ""}, world.headers("manager_s1")), 422)
    plain = {k: v for k, v in entry.items() if k != "comment"}
    assert (await put(client, VALUES, plain, world.headers("manager_s1"))).json()["comment"] is None
    mine = await client.get("/api/v1/me/performance", params=march, headers=world.headers("ops_staff"))
    assert comments(mine.json())["store_efficiency"] is None
    audit = await client.get("/api/v1/audit", params={"entity_type": "employee"}, headers=world.headers("admin"))
    entered_entries = [e for e in audit.json()["items"] if e["action"] == "metric_value.entered"]
    assert entered_entries[-1]["changes"]["comment"]["to"] == entry["comment"]


async def test_a_month_closes_only_once_it_has_ended_in_the_organisations_time_zone(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    """Closing freezes the month's scores and its pools are paid from them: not on 2 March for March."""
    early = assert_problem(
        await client.post(f"{PERIODS}/2026-03/close", headers=world.headers("hr")), 409, "performance.period_not_ended"
    )
    assert early["ends_on"] == "2026-03-31" and "Mar 31, 2026" in early["detail"] and "Asia/Shanghai" in early["detail"]
    assert early["ends_on"] == "2026-03-31"
    # 23:59 on 31 March in Shanghai (the headquarters' zone) is 15:59 UTC: March has not ended there
    clock.set(datetime(2026, 3, 31, 15, 59, tzinfo=UTC))
    late_evening = await client.post(f"{PERIODS}/2026-03/close", headers=world.headers("hr"))
    assert_problem(late_evening, 409, "performance.period_not_ended")
    # 00:01 on 1 April in Shanghai, while UTC still reads 31 March: it has
    clock.set(datetime(2026, 3, 31, 16, 1, tzinfo=UTC))
    closed = await client.post(f"{PERIODS}/2026-03/close", headers=world.headers("hr"))
    assert closed.status_code == 200, closed.text
    assert_problem(await client.post(f"{PERIODS}/2026-05/close", headers=world.headers("hr")), 409)


async def test_hr_may_close_a_month_early_with_a_written_reason_which_is_audited(
    client: httpx.AsyncClient, world: World
) -> None:
    hr, url = world.headers("hr"), f"{PERIODS}/2026-03/close"
    no_reason = assert_problem(await client.post(url, json={"early": True}, headers=hr), 422, "period.reason_required")
    assert no_reason["errors"][0]["field"] == "body.reason"
    assert_problem(await client.post(url, json={"early": 1, "reason": "x"}, headers=hr), 422)
    assert_problem(
        await client.post(url, json={"early": True, "reason": "Payroll"}, headers=world.headers("leader")), 403
    )
    reason = "The chain closes its books on the 2nd this quarter; late ratings go to April."
    closed = await client.post(url, json={"early": True, "reason": reason}, headers=hr)
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed"
    trail = await client.get(
        "/api/v1/audit", params={"entity_type": "performance_period"}, headers=world.headers("admin")
    )
    (entry,) = [e for e in trail.json()["items"] if e["action"] == "performance_period.closed"]
    assert (entry["changes"]["early"], entry["changes"]["reason"]) == (True, reason)
    # an ended month needs no override
    ended = await client.post(f"{PERIODS}/2026-02/close", headers=hr)
    assert ended.status_code == 200, ended.text
