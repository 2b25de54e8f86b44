"""Month-end scores everyone at once (domain/performance/month_scores.py): for every person the result
must be exactly what the per-person `score_of` shows, on a month with secondments, a store move,
store and personal values, sales in one and in two currencies, ticket ratings, own, unit and
missing targets, a zero target, a person with no scorecard for their population and a person who
has left. Closing the month freezes exactly those documents."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import httpx
from sqlalchemy import insert, select, update

from domain.integrations.models import DailyEmployeeSales, DailyStoreSales
from domain.people.models import Employee, EmployeeStatus
from domain.performance.models import FrozenScore, MetricTarget, MetricValue
from domain.performance.month_scores import month_scores
from domain.performance.scoring import Month, score_of
from domain.shared.db import Database
from domain.tickets.models import Ticket, TicketPriority, TicketStatus
from tests.api.test_performance_scores import (
    METRICS,
    PERIODS,
    RANKINGS,
    TARGETS,
    TEMPLATES,
    VALUES,
    put,
    setup_scorecards,
)
from tests.factories import World, assign

MARCH = Month(2026, 3)
BANDS = {
    "method": "bands",
    "cap": "110",
    "bands": [{"threshold": "5", "points": "110"}, {"threshold": "15", "points": "60"}],
}


async def _varied_month(client: httpx.AsyncClient, world: World, database: Database) -> None:
    await setup_scorecards(client, world)
    hr = world.headers("hr")
    late = {
        "code": "late_minutes",
        "name": "Late minutes",
        "unit": "min",
        "side": "store",
        "source": "pushed",
        "direction": "lower",
        "scoring": BANDS,
    }
    assert (await client.post(METRICS, json=late, headers=hr)).status_code == 201
    store = {
        "code": "store",
        "name": "Store staff",
        "population": "store",
        "lines": [
            {"metric_code": "store_csat", "weight": "33.3"},
            {"metric_code": "store_efficiency", "weight": "33.3"},
            {"metric_code": "late_minutes", "weight": "33.4"},
        ],
    }
    assert (await client.post(TEMPLATES, json=store, headers=hr)).status_code == 201

    # ops_staff: Operations, seconded to S1 from the 15th; staff_s1 moves to S2 on the 20th;
    # manager_s2 is seconded to S3 for a week inside the month (two store parts and the home store)
    await assign(database, world, "ops_staff", "S1", date(2026, 3, 15), date(2026, 4, 1))
    await assign(database, world, "staff_s1", "S2", date(2026, 3, 20))
    await assign(database, world, "manager_s2", "S3", date(2026, 3, 9), date(2026, 3, 16))
    await assign(database, world, "ops_head", "S2", date(2026, 1, 1), date(2026, 2, 1))  # before the month

    march = {"period": "2026-03"}
    for target in (
        {"metric_code": "store_efficiency", "unit_id": str(world.units["R-EAST"]), "value": "100"},  # not R-WEST
        {"metric_code": "hq_sales", "unit_id": str(world.units["HQ"]), "value": "1500"},
        {"metric_code": "hq_sales", "employee_id": str(world.employees["ops_staff"]), "value": "1000"},
        {"metric_code": "hq_kpi", "unit_id": str(world.units["HQ"]), "value": "100"},
        {"metric_code": "hq_kpi", "unit_id": str(world.units["D-OPS"]), "value": "80"},
        {"metric_code": "hq_kpi", "employee_id": str(world.employees["leader"]), "value": "120"},
    ):
        assert (await put(client, TARGETS, {**target, **march}, hr)).status_code == 200
    manual = [
        ("store_efficiency", "ops_staff", "95", "manager_s1"),
        ("store_efficiency", "staff_s1", "107.5", "manager_s1"),
        ("store_efficiency", "staff_s3", "90", "hr"),
        ("store_efficiency", "manager_s2", "101", "hr"),
        ("hq_kpi", "ops_staff", "80", "hr"),
        ("hq_kpi", "ops_head", "91.333", "hr"),
        ("hq_kpi", "leader", "130", "hr"),
        ("hq_kpi", "hr", "0", "hr"),
        ("hq_kpi", "admin", "77", "hr"),
    ]
    for code, who, value, by in manual:
        entry = {"metric_code": code, "employee_id": str(world.employees[who]), "value": value, **march}
        answer = await put(client, VALUES, entry, world.headers(by))
        assert answer.status_code == 200, answer.text

    now = datetime(2026, 3, 31, tzinfo=UTC)
    first, last = MARCH.first, MARCH.last

    def pushed(code: str, kind: str, subject: uuid.UUID, amount: int) -> dict[str, object]:
        return dict(
            id=uuid.uuid4(),
            metric_code=code,
            subject_kind=kind,
            subject_id=subject,
            period_start=first,
            period_end=last,
            value_micro=amount,
            source="pushed",
            updated_at=now,
        )

    async with database.session_scope() as session:
        await session.execute(
            insert(MetricValue),
            [
                pushed("store_csat", "store", world.units["S1"], 4_500_000),
                pushed("store_csat", "store", world.units["S2"], 3_250_000),
                pushed("store_csat", "employee", world.employees["staff_s2"], 5_000_000),  # own beats the store's
                pushed("late_minutes", "employee", world.employees["staff_s1"], 4_000_000),
                pushed("late_minutes", "employee", world.employees["staff_s2"], 12_000_000),
                pushed("late_minutes", "employee", world.employees["manager_s1"], 30_000_000),
                pushed("late_minutes", "store", world.units["S3"], 7_000_000),
            ],
        )
        # a zero hq_kpi target of the admin's own: it cannot be scored against
        await session.execute(
            insert(MetricTarget),
            [
                dict(
                    id=uuid.uuid4(),
                    metric_code="hq_kpi",
                    subject_kind="employee",
                    subject_id=world.employees["admin"],
                    period_start=first,
                    value_micro=0,
                    set_by=None,
                    updated_at=now,
                )
            ],
        )
        await session.execute(
            insert(DailyStoreSales),
            [
                dict(
                    store_id=world.units["S1"],
                    business_date=date(2026, 3, d),
                    currency="CNY",
                    amount_minor=61_00 * d,
                    quantity=d,
                    lines=d,
                )
                for d in (1, 2, 15, 31)
            ]
            + [
                dict(
                    store_id=world.units["S1"],
                    business_date=date(2026, 4, 1),
                    currency="CNY",
                    amount_minor=999_999_00,
                    quantity=1,
                    lines=1,
                ),
                dict(
                    store_id=world.units["S2"],
                    business_date=date(2026, 3, 3),
                    currency="CNY",
                    amount_minor=100_00,
                    quantity=1,
                    lines=1,
                ),
                dict(
                    store_id=world.units["S2"],
                    business_date=date(2026, 3, 4),
                    currency="USD",
                    amount_minor=100_00,
                    quantity=1,
                    lines=1,
                ),
            ],
        )
        await session.execute(
            insert(DailyEmployeeSales),
            [
                dict(
                    employee_id=world.employees["ops_staff"],
                    store_id=world.units["S1"],
                    business_date=date(2026, 3, 20),
                    currency="CNY",
                    amount_minor=1_234_56,
                    quantity=3,
                    lines=3,
                ),
                dict(
                    employee_id=world.employees["admin"],
                    store_id=world.units["S1"],
                    business_date=date(2026, 3, 21),
                    currency="JPY",
                    amount_minor=5000,
                    quantity=1,
                    lines=1,
                ),
            ],
        )
        # ticket ratings: the HR person resolved three rated tickets in March (one on the last
        # evening, Shanghai time), one in February and one unrated; ops_head one rated 2
        rated = [
            ("hr", 5, datetime(2026, 3, 3, 2, tzinfo=UTC)),
            ("hr", 4, datetime(2026, 3, 10, 2, tzinfo=UTC)),
            ("hr", 4, datetime(2026, 3, 31, 15, 30, tzinfo=UTC)),
            ("hr", 1, datetime(2026, 2, 27, tzinfo=UTC)),
            ("hr", None, datetime(2026, 3, 5, tzinfo=UTC)),
            ("ops_head", 2, datetime(2026, 3, 6, tzinfo=UTC)),
        ]
        await session.execute(
            insert(Ticket),
            [
                dict(
                    id=uuid.uuid4(),
                    requester_account_id=world.accounts["staff_s1"],
                    requester_employee_id=world.employees["staff_s1"],
                    store_id=world.units["S1"],
                    category="it",
                    title="Till",
                    description="Till is down",
                    priority=TicketPriority.NORMAL,
                    status=TicketStatus.RESOLVED,
                    department_id=world.units["D-IT"],
                    assignee_account_id=world.accounts[who],
                    business_hours=False,
                    calendar_department_id=None,
                    first_response_minutes=60,
                    resolution_minutes=480,
                    first_response_due_at=resolved - timedelta(hours=5),
                    first_responded_at=None,
                    first_responder_account_id=None,
                    resolution_started_at=resolved - timedelta(hours=6),
                    resolution_due_at=None,
                    paused_since=None,
                    resolved_at=resolved,
                    closed_at=None,
                    reopen_count=0,
                    rating=rating,
                    rating_comment=None,
                    version=1,
                    created_at=resolved - timedelta(hours=6),
                    updated_at=resolved,
                )
                for who, rating, resolved in rated
            ],
        )
        # someone who left: no score at month-end, though one can still be computed for them
        await session.execute(
            update(Employee).where(Employee.id == world.employees["region_east"]).values(status=EmployeeStatus.LEFT)
        )


async def test_month_scores_equal_score_of_for_every_person(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await _varied_month(client, world, database)
    async with database.session_scope() as session:
        everyone = await month_scores(session, MARCH)
        employees = {e.id: e for e in await session.scalars(select(Employee))}
        expected = {e.id: await score_of(session, e, MARCH) for e in employees.values()}
        chosen = [world.employees[who] for who in ("ops_staff", "region_east", "staff_s1")]
        some = await month_scores(session, MARCH, employee_ids=chosen)
        lean = await month_scores(session, MARCH, breakdowns=False)

    active = {e.id for e in employees.values() if e.status == EmployeeStatus.ACTIVE}
    assert {s.employee_id for s in everyone} == active and len(everyone) == len(active)
    assert [s.employee_no for s in everyone] == sorted(s.employee_no for s in everyone)
    for scored in [*everyone, *some]:
        reference = expected[scored.employee_id]
        assert scored.breakdown == reference.model_dump(mode="json"), reference.employee_no
        assert scored.employee_score() == reference
        assert (scored.score, scored.complete) == (reference.score, reference.complete)
        codes = tuple(dict.fromkeys(p.template_code for p in reference.parts if p.template_code is not None))
        assert scored.template_codes == codes
    assert {s.employee_id for s in some} == set(chosen)
    assert [(s.employee_id, s.score, s.complete, s.template_codes) for s in lean] == [
        (s.employee_id, s.score, s.complete, s.template_codes) for s in everyone
    ]

    # the data set reaches the cases it is meant to: each of these shows up in someone's breakdown
    shown = [m for score in expected.values() for part in score.parts for m in part.metrics]
    notes = {m.note for m in shown}
    assert {"no value yet", "no target set", "A target must be above 0, not 0."} <= notes
    assert any(m.metric_code == "frontline_satisfaction" and m.value == "4.33" for m in shown)
    assert any(m.metric_code == "hq_sales" and m.value == "1234.56" and m.target == "1000" for m in shown)
    parts = {
        score.employee_no: [(p.unit_code, p.days, p.template_code) for p in score.parts] for score in expected.values()
    }
    assert parts["E0201"] == [("S2", 24, "store"), ("S3", 7, "store")]
    assert parts["E0005"] == [("S1", 17, "seconded"), ("D-OPS", 14, "support")]
    assert any(score.score is not None and "." in score.score for score in expected.values())


async def test_closing_freezes_what_score_of_shows(client: httpx.AsyncClient, world: World, database: Database) -> None:
    await _varied_month(client, world, database)
    hr = world.headers("hr")
    closed = await client.post(f"{PERIODS}/2026-03/close", headers=hr)
    assert closed.status_code == 200, closed.text
    async with database.session_scope() as session:
        frozen = (await session.execute(select(FrozenScore).where(FrozenScore.period == "2026-03"))).scalars().all()
        employees = {e.id: e for e in await session.scalars(select(Employee))}
        for row in frozen:
            reference = await score_of(session, employees[row.employee_id], MARCH)
            assert row.breakdown == reference.model_dump(mode="json")
            assert (row.score, row.complete) == (reference.score, reference.complete)
            codes = {p.template_code for p in reference.parts if p.template_code is not None}
            assert set((row.template_codes or "").split()) == codes
    assert closed.json()["frozen_scores"] == len(frozen) == len(employees) - 1


async def test_a_closed_month_ranks_by_template_codes_and_reads_older_frozen_rows_from_their_breakdown(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await _varied_month(client, world, database)
    hr = world.headers("hr")
    query = {"period": "2026-03", "template": "support"}
    live = (await client.get(RANKINGS, params=query, headers=hr)).json()
    assert (await client.post(f"{PERIODS}/2026-03/close", headers=hr)).status_code == 200
    frozen = (await client.get(RANKINGS, params=query, headers=hr)).json()
    assert frozen["source"] == "frozen" and frozen["entries"] == live["entries"] and frozen["cohort"] > 3

    # a row frozen before migration 0007 has no template codes: its breakdown says which it used
    async with database.session_scope() as session:
        reference = await score_of(session, await session.get_one(Employee, world.employees["ops_head"]), MARCH)
        document = reference.model_dump(mode="json")
        document.update(employee_id=str(world.employees["region_east"]), employee_no="E0301", score="99.99")
        await session.execute(
            insert(FrozenScore),
            [dict(period="2026-03", closing=1, employee_id=world.employees["region_east"], score="99.99",
                  complete=False, breakdown=document, template_codes=None, frozen_at=datetime.now(UTC))],
        )  # fmt: skip
    again = (await client.get(RANKINGS, params=query, headers=hr)).json()
    assert again["cohort"] == frozen["cohort"] + 1
    assert [e["score"] for e in again["entries"] if e["employee_no"] == "E0301"] == ["99.99"]
    seconded = (await client.get(RANKINGS, params={**query, "template": "seconded"}, headers=hr)).json()
    assert "E0301" not in {e["employee_no"] for e in seconded["entries"]}
