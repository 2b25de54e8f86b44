"""Volume targets follow a person's available hours: a metric flagged volume_based has its target
multiplied by available over standard hours for a person with an approved reduced day (or the
protected time the law gives), so two people with the same output per available hour score alike.
The score's line says so (the target as set, the factor, the short days in words), the same live and
frozen at month-end; a metric not flagged keeps its target as set, and nobody else is touched."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy import select

from domain.care.models import CarePeriod, FlexibleArrangement
from domain.people.models import Employee
from domain.performance.models import FrozenScore
from domain.performance.schemas import HoursKind, TargetStretch
from domain.performance.scoring import Month, score_of
from domain.performance.volume_targets import adjusted_target, explanation
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.i18n import CHINESE, ENGLISH, render
from tests.api.test_performance_scores import METRICS, PERIODS, RANKINGS, TARGETS, TEMPLATES, VALUES
from tests.factories import World

MARCH = Month(2026, 3)
AFTER_MARCH = datetime(2026, 4, 1, 1, 0, tzinfo=UTC)  # 09:00 on 1 April in Shanghai: March has ended
TARGET = {"method": "target", "cap": "120"}
# March 2026: 22 working days (Monday 2nd to Tuesday 31st); 7 h of 8 h each -> 0.875
REDUCED = "target 160 x 0.875: reduced day 7 h of 8 h, 2026-03-02..2026-03-31"
PROTECTED = "target 160 x 0.875: protected time 7 h of 8 h, 2026-03-02..2026-03-31"
STRETCH = {"start": "2026-03-02", "end": "2026-03-31", "available_minutes": 420, "standard_minutes": 480}
ADJUSTMENT_FIELDS = {"target_as_set", "target_factor", "target_adjustment", "target_stretches"}


async def _store_scorecard(client: httpx.AsyncClient, world: World) -> None:
    """Store staff scored on visits (a count of work done, volume-based) 60 and upsell (a rate, not
    volume-based) 40; S2's March targets 160 visits and 100 upsell; A (staff_s2, a full day) makes
    160 visits, B (manager_s2) 140, both 80 upsell."""
    hr = world.headers("hr")
    for code, volume_based in (("visits", True), ("upsell", False)):
        body = {"code": code, "name": code, "unit": "x", "side": "store", "source": "manual",
                "direction": "higher", "scoring": TARGET, "volume_based": volume_based}  # fmt: skip
        created = await client.post(METRICS, json=body, headers=hr)
        assert created.status_code == 201, created.text
        assert created.json()["volume_based"] is volume_based
    lines = [{"metric_code": "visits", "weight": "60"}, {"metric_code": "upsell", "weight": "40"}]
    template = {"code": "store", "name": "Store", "population": "store", "lines": lines}
    assert (await client.post(TEMPLATES, json=template, headers=hr)).status_code == 201
    for code, value in (("visits", "160"), ("upsell", "100")):
        target = {"metric_code": code, "unit_id": str(world.units["S2"]), "period": "2026-03", "value": value}
        assert (await client.put(TARGETS, json=target, headers=hr)).status_code == 200
    for who, visits in (("staff_s2", "160"), ("manager_s2", "140")):
        for code, value in (("visits", visits), ("upsell", "80")):
            entry = {"metric_code": code, "employee_id": str(world.employees[who]), "period": "2026-03", "value": value}
            answer = await client.put(VALUES, json=entry, headers=hr)
            assert answer.status_code == 200, answer.text


async def _arrangement(database: Database, world: World, who: str, status: str, reduced_minutes: int = 60) -> None:
    """An arrangement row for all of March, written directly (the arrangement API is built apart)."""
    moment = world.app.state.clock.now()
    async with database.session_scope() as session:
        session.add(
            FlexibleArrangement(
                id=uuid.uuid4(),
                employee_id=world.employees[who],
                requested_by=world.accounts[who],
                start_date=date(2026, 3, 1),
                end_date=date(2026, 3, 31),
                reduced_minutes=reduced_minutes,
                remote_days_per_week=0,
                status=status,
                steps=[],
                current_step=None,
                version=1,
                created_at=moment,
                updated_at=moment,
                decided_at=moment if status == "approved" else None,
            )
        )


async def _score(client: httpx.AsyncClient, world: World, who: str, **headers: str) -> dict[str, Any]:
    answer = await client.get(
        f"/api/v1/performance/employees/{world.employees[who]}",
        params={"period": "2026-03"},
        headers={**world.headers("hr"), **headers},
    )
    assert answer.status_code == 200, answer.text
    score: dict[str, Any] = answer.json()
    return score


def _lines(score: dict[str, Any]) -> dict[str, dict[str, Any]]:
    (part,) = score["parts"]
    return {line["metric_code"]: line for line in part["metrics"]}


async def test_the_same_output_per_available_hour_earns_the_same_score(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await _store_scorecard(client, world)
    await _arrangement(database, world, "manager_s2", "approved")
    await _arrangement(database, world, "staff_s2", "in_review")  # not approved: changes nothing
    a, b = await _score(client, world, "staff_s2"), await _score(client, world, "manager_s2")

    # A: 160 of 160 visits, 80 of 100 upsell; B: 140 of 160 x 0.875 = 140 visits, the same upsell
    assert a["score"] == b["score"] == "92" and a["complete"] and b["complete"]
    visits_a, visits_b = _lines(a)["visits"], _lines(b)["visits"]
    assert (visits_a["value"], visits_a["target"], visits_a["points"]) == ("160", "160", "100")
    assert not ADJUSTMENT_FIELDS & set(visits_a)  # A's line is as it always was
    assert (visits_b["value"], visits_b["target"], visits_b["points"]) == ("140", "140", "100")
    assert visits_b["target_as_set"] == "160" and visits_b["target_factor"] == "0.8750"
    assert visits_b["target_adjustment"] == REDUCED
    assert visits_b["target_stretches"] == [{**STRETCH, "kinds": ["reduced_day"]}]

    # the person sees the same, and in Chinese the explanation is in Chinese (never a reason)
    mine = await client.get(
        "/api/v1/me/performance",
        params={"period": "2026-03"},
        headers={**world.headers("manager_s2"), "Accept-Language": "zh-CN"},
    )
    assert mine.status_code == 200, mine.text
    mine_visits = _lines(mine.json())["visits"]
    assert mine.json()["score"] == "92" and mine_visits["target"] == "140"
    assert mine_visits["target_adjustment"] == (
        "目标 160 × 0.875：缩短工作日：标准 8 小时中可用 7 小时，2026-03-02 至 2026-03-31"
    )

    # the ranking (scores only, no breakdowns) agrees: A and B share a rank
    ranked = await client.get(RANKINGS, params={"period": "2026-03", "template": "store"}, headers=world.headers("hr"))
    ranks = {entry["employee_no"]: (entry["score"], entry["rank"]) for entry in ranked.json()["entries"]}
    assert ranks[world.employee_numbers["staff_s2"]] == ranks[world.employee_numbers["manager_s2"]] == ("92", 1)


async def test_a_metric_not_flagged_volume_based_keeps_its_target(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await _store_scorecard(client, world)
    await _arrangement(database, world, "manager_s2", "approved")
    upsell = _lines(await _score(client, world, "manager_s2"))["upsell"]
    assert (upsell["value"], upsell["target"], upsell["points"]) == ("80", "100", "80")
    assert not ADJUSTMENT_FIELDS & set(upsell)

    # flagging it later (audited) pro-rates it too; unflagging puts the target back
    hr = world.headers("hr")
    metrics = (await client.get(METRICS, headers=hr)).json()["items"]
    upsell_id = next(m["id"] for m in metrics if m["code"] == "upsell")
    flagged = await client.patch(f"{METRICS}/{upsell_id}", json={"volume_based": True}, headers=hr)
    assert flagged.status_code == 200 and flagged.json()["volume_based"] is True
    upsell = _lines(await _score(client, world, "manager_s2"))["upsell"]
    assert (upsell["target"], upsell["target_as_set"], upsell["points"]) == ("87.5", "100", "91.43")
    assert upsell["target_adjustment"] == "target 100 x 0.875: reduced day 7 h of 8 h, 2026-03-02..2026-03-31"
    trail = await client.get("/api/v1/audit", params={"entity_type": "metric_definition", "entity_id": upsell_id},
                             headers=hr)  # fmt: skip
    changes = [entry["changes"] for entry in trail.json()["items"] if entry["action"] == "metric.updated"]
    assert changes == [{"volume_based": {"before": False, "after": True}}]
    cleared = await client.patch(f"{METRICS}/{upsell_id}", json={"volume_based": None}, headers=hr)
    assert cleared.status_code == 422
    await client.patch(f"{METRICS}/{upsell_id}", json={"volume_based": False}, headers=hr)
    assert _lines(await _score(client, world, "manager_s2"))["upsell"]["target"] == "100"


async def test_protected_time_pro_rates_volume_targets_alike(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await _store_scorecard(client, world)
    async with database.session_scope() as session:
        session.add(
            CarePeriod(
                employee_id=world.employees["manager_s2"],
                kind="protected_time",
                basis="law",
                start_date=date(2026, 3, 1),
                end_date=date(2026, 3, 31),
                minutes=60,
            )
        )
    a, b = await _score(client, world, "staff_s2"), await _score(client, world, "manager_s2")
    assert a["score"] == b["score"] == "92"
    visits = _lines(b)["visits"]
    assert (visits["target"], visits["points"], visits["target_factor"]) == ("140", "100", "0.8750")
    assert visits["target_adjustment"] == PROTECTED
    assert visits["target_stretches"] == [{**STRETCH, "kinds": ["protected_time"]}]
    zh = _lines(await _score(client, world, "manager_s2", **{"Accept-Language": "zh-CN"}))["visits"]
    assert zh["target_adjustment"].startswith("目标 160 × 0.875：受保护时间：")


async def test_the_closed_month_keeps_the_adjustment(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await _store_scorecard(client, world)
    await _arrangement(database, world, "manager_s2", "approved")
    clock.set(AFTER_MARCH)
    closed = await client.post(f"{PERIODS}/2026-03/close", headers=world.headers("hr"))
    assert closed.status_code == 200, closed.text
    async with database.session_scope() as session:
        frozen = {
            row.employee_id: row
            for row in (await session.scalars(select(FrozenScore).where(FrozenScore.period == "2026-03"))).all()
        }
        b = frozen[world.employees["manager_s2"]]
        a = frozen[world.employees["staff_s2"]]
        assert a.score == b.score == "92"
        # the frozen document is the live one, English explanation and facts included
        employee = await session.get(Employee, world.employees["manager_s2"])
        assert employee is not None
        assert b.breakdown == (await score_of(session, employee, MARCH)).model_dump(mode="json")
    visits = {line["metric_code"]: line for line in b.breakdown["parts"][0]["metrics"]}["visits"]
    assert (visits["target"], visits["target_as_set"], visits["target_factor"]) == ("140", "160", "0.8750")
    assert visits["target_adjustment"] == REDUCED
    assert not ADJUSTMENT_FIELDS & set(a.breakdown["parts"][0]["metrics"][0])


def test_the_explanation_names_each_short_stretch_and_the_kinds_never_a_reason() -> None:
    stretches = [
        TargetStretch(start=date(2026, 12, 1), end=date(2026, 12, 9), available_minutes=450, standard_minutes=480,
                      kinds=[HoursKind.REDUCED_DAY]),
        TargetStretch(start=date(2026, 12, 10), end=date(2026, 12, 10), available_minutes=390, standard_minutes=480,
                      kinds=[HoursKind.PROTECTED_TIME, HoursKind.REDUCED_DAY]),
    ]  # fmt: skip
    text = explanation(Decimal("1500000"), Decimal("0.9000"), stretches)
    assert render(text, ENGLISH) == (
        "target 1,500,000 x 0.9: reduced day 7.5 h of 8 h, 2026-12-01..2026-12-09; "
        "protected time, reduced day 6.5 h of 8 h, 2026-12-10"
    )
    assert render(text, CHINESE) == (
        "目标 1,500,000 × 0.9：缩短工作日：标准 8 小时中可用 7.5 小时，2026-12-01 至 2026-12-09；"
        "受保护时间、缩短工作日：标准 8 小时中可用 6.5 小时，2026-12-10"
    )
    # exact, then to micro-units as every target is: 90 x 0.875 = 78.75; 1 x 0.3333 = 0.3333
    assert adjusted_target(90_000_000, Decimal("0.8750")) == 78_750_000
    assert adjusted_target(1_000_000, Decimal("0.3333")) == 333_300
