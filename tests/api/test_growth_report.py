"""The end-of-posting growth report: the store manager's feedback and the mentor's summary during the
posting, the report written once when the posting has ended and its months are closed (results,
strengths, gaps, recommended courses), read as JSON and as a PDF whose text says the same."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime
from typing import Any

import httpx
from pypdf import PdfReader
from sqlalchemy import insert

from domain.growth.reports import write_reports
from domain.performance.models import FrozenScore, PerformancePeriod
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.api.test_mentors import approved_secondment, choose
from tests.api.test_performance_scores import METRICS, TARGET
from tests.factories import World, leader_only_chain
from tests.support import assert_problem

API = "/api/v1"


def breakdown(world: World, period: str, basket: str, waste: str) -> dict[str, Any]:
    """ops_staff's month as month-end freezes it: the whole month at S1 on two metrics."""
    lines = [
        ("basket_size", "Basket size", basket, "100"),
        ("waste_rate", "Waste rate", waste, "4"),
    ]
    part = {
        "unit_id": str(world.units["S1"]),
        "unit_code": "S1",
        "unit_name": "People's Square store",
        "days": 30,
        "population": "seconded",
        "template_code": "seconded",
        "score": "90",
        "metrics": [
            {
                "metric_code": code,
                "metric_name": name,
                "side": "store",
                "source": "manual",
                "weight": "50",
                "value": value,
                "target": target,
                "points": "90",
            }
            for code, name, value, target in lines
        ],
        "missing": [],
    }
    document = {
        "employee_id": str(world.employees["ops_staff"]),
        "employee_no": world.employee_numbers["ops_staff"],
        "full_name": "Ops Staff",
        "period": period,
        "score": "90",
        "complete": True,
        "parts": [part],
    }
    return dict(
        period=period,
        closing=1,
        employee_id=world.employees["ops_staff"],
        score="90",
        complete=True,
        breakdown=document,
        template_codes=" seconded ",
        frozen_at=datetime(2026, 5, 1, tzinfo=UTC),
    )


async def close_month(database: Database, world: World, period: str, basket: str, waste: str) -> None:
    async with database.session_scope() as session:
        moment = datetime(2026, 5, 1, tzinfo=UTC)
        await session.execute(
            insert(PerformancePeriod), [dict(period=period, status="closed", closings=1, changed_at=moment)]
        )
        await session.execute(insert(FrozenScore), [breakdown(world, period, basket, waste)])


async def test_the_report_is_written_once_after_the_posting_with_strengths_gaps_and_courses(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    hr = world.headers("hr")
    for code, name, direction in (("basket_size", "Basket size", "higher"), ("waste_rate", "Waste rate", "lower")):
        metric = {"code": code, "name": name, "unit": "x", "side": "store", "source": "manual", "direction": direction}
        assert (await client.post(METRICS, json={**metric, "scoring": TARGET}, headers=hr)).status_code == 201
    course = {
        "title": "Fresh waste control",
        "local_title": "生鲜损耗控制",
        "category": "elective",
        "delivery": "online",
        "base_credits": "2",
        "active_from": "2026-01-01",
        "effect_metrics": ["waste_rate"],
    }
    assert (await client.put(f"{API}/courses/WASTE-1", json=course, headers=hr)).status_code == 200
    await leader_only_chain(client, world)
    tid = await approved_secondment(client, world)  # 10 March to 10 May
    mentorship = (await choose(client, world, tid, "ops_head")).json()

    feedback = {"text": "主动学习生鲜陈列，早班收货还需加强。"}
    written = await client.put(f"{API}/transfers/{tid}/feedback", json=feedback, headers=world.headers("manager_s1"))
    assert written.status_code == 200, written.text
    assert_problem(
        await client.put(f"{API}/transfers/{tid}/feedback", json=feedback, headers=world.headers("manager_s2")), 404
    )
    assert_problem(
        await client.put(f"{API}/transfers/{tid}/feedback", json=feedback, headers=world.headers("ops_staff")), 404
    )
    summary = {"summary": "Grew fast on the floor; keep an eye on waste."}
    url = f"{API}/mentorships/{mentorship['id']}/summary"
    assert (await client.put(url, json=summary, headers=world.headers("ops_head"))).status_code == 204
    assert_problem(await client.put(url, json=summary, headers=world.headers("ops_staff")), 404)

    # March and April closed, May not yet: the posting's last days are in May, so no report
    await close_month(database, world, "2026-03", "120", "5")
    await close_month(database, world, "2026-04", "112", "5")
    clock.set(datetime(2026, 5, 20, 2, tzinfo=UTC))
    assert await write_reports(database, clock) == 0
    assert_problem(await client.get(f"{API}/transfers/{tid}/growth-report", headers=world.headers("ops_staff")), 404)
    await close_month(database, world, "2026-05", "116", "5")
    assert sorted(await asyncio.gather(write_reports(database, clock), write_reports(database, clock))) == [0, 1]
    assert await write_reports(database, clock) == 0

    answer = await client.get(f"{API}/transfers/{tid}/growth-report", headers=world.headers("ops_staff"))
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert (report["starts_on"], report["ends_on"], report["months"]) == (
        "2026-03-10",
        "2026-05-10",
        ["2026-03", "2026-04", "2026-05"],
    )
    results = {r["metric_code"]: r for r in report["results"]}
    assert (results["basket_size"]["value"], results["basket_size"]["achievement"]) == ("116.00", "116.0")
    assert (results["waste_rate"]["achievement"], results["waste_rate"]["verdict"]) == ("80.0", "gap")
    assert (report["strengths"], report["gaps"]) == (["basket_size"], ["waste_rate"])
    assert report["store_feedback"] == feedback["text"] and report["mentor_summary"] == summary["summary"]
    assert [(c["code"], c["metrics"]) for c in report["recommended_courses"]] == [("WASTE-1", ["waste_rate"])]
    assert (
        await client.get(f"{API}/transfers/{tid}/growth-report", headers=world.headers("manager_s1"))
    ).status_code == 200
    assert (
        await client.get(f"{API}/transfers/{tid}/growth-report", headers=world.headers("ops_head"))
    ).status_code == 200
    assert_problem(await client.get(f"{API}/transfers/{tid}/growth-report", headers=world.headers("manager_s2")), 404)

    pdf = await client.get(
        f"{API}/transfers/{tid}/growth-report", params={"format": "pdf"}, headers=world.headers("ops_staff")
    )
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    for expected in (
        "挂职成长报告",
        "Ops Staff",
        "Basket size",
        "116.0",
        "差距 Gaps: waste_rate",
        "早班收货还需加强",
        "WASTE-1",
    ):
        assert expected in text, (expected, text)


async def test_feedback_written_twice_at_once_keeps_one_and_nobody_writes_it_on_themself(
    client: httpx.AsyncClient, world: World
) -> None:
    await leader_only_chain(client, world)
    tid = await approved_secondment(client, world)
    url = f"{API}/transfers/{tid}/feedback"
    answers = await asyncio.gather(
        client.put(url, json={"text": "Manager's view"}, headers=world.headers("manager_s1")),
        client.put(url, json={"text": "HR's view"}, headers=world.headers("hr")),
    )
    assert [a.status_code for a in answers] == [200, 200], [a.text for a in answers]
    # region_east manages the region's stores and is seconded to one of them: not their own feedback
    own = await approved_secondment(client, world, "region_east")
    refused = await client.put(
        f"{API}/transfers/{own}/feedback", json={"text": "I did great"}, headers=world.headers("region_east")
    )
    assert_problem(refused, 403, "feedback.own_posting")
