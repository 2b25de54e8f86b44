"""Live scores of a month (domain/performance/month_scores.py, the one scoring implementation: a
person's own page asks it about one person through `score_of`, month-end about everyone) on a
month with secondments, a store move, store and personal values, sales in one and in two
currencies, ticket ratings, own, unit and missing targets, a zero target, a person with no value
at all and a person who has left: every person's result is held to figures worked out by hand, for
everyone at once, for a few chosen people (which reads only their units) and one by one. Closing
the month freezes exactly those documents."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, insert, select, update

from domain.people.models import Employee, EmployeeStatus
from domain.performance import month_scores as month_scores_module
from domain.performance.models import FrozenRanking, FrozenScore, MetricTarget, MetricValue
from domain.performance.month_scores import month_scores
from domain.performance.schemas import EmployeeScore
from domain.performance.scoring import Month, score_of
from domain.sales.models import DailyEmployeeSales, DailyStoreSales
from domain.shared.clock import ManualClock
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
AFTER_MARCH = datetime(2026, 4, 1, 1, 0, tzinfo=UTC)  # 09:00 on 1 April in Shanghai: March has ended
# Every person's month, worked out from the data `_varied_month` writes: (score, complete, parts as
# (unit, days, template, part score, metrics as (code, value, target, points, note))). The rules:
# store_csat and frontline_satisfaction rate 1..5 onto 0..100; store_efficiency, hq_kpi and hq_sales
# score value / target x 100, capped at 120; late_minutes (lower is better) earns 110 up to 5 minutes,
# 60 up to 15, else 0; a part's score is over the metrics with points (weights re-normalised), the
# month's the parts' scores weighted by days. For instance:
# - staff_s1, at S1 until moving to S2 on the 20th: S1 (33.3 x 87.5 + 33.3 x 107.5 + 33.4 x 110) / 100
#   = 101.675 -> 101.68 over 19 days, S2 (33.3 x 56.25 + 33.3 x 107.5 + 33.4 x 110) / 100 = 91.26875
#   -> 91.27 over 12, so (19 x 101.68 + 12 x 91.27) / 31 = 97.650 -> 97.65;
# - manager_s2, seconded to S3 from the 9th to the 15th: S2 (R-EAST's efficiency target of 100, no
#   late minutes) (56.25 + 101) / 2 = 78.625 -> 78.63 over 24 days, S3 (R-WEST: no efficiency target,
#   the store's 7 late minutes) 60 over 7: (24 x 78.63 + 7 x 60) / 31 = 74.42;
# - ops_staff, seconded to S1 from the 15th: S1 (40 x 87.5 + 30 x 95 + 30 x min(123.456, 120)) / 100
#   = 99.5 over 17 days (own sales of 1,234.56 against an own target of 1,000), D-OPS (the
#   department's hq_kpi target of 80, no tickets) 100 over 14: (17 x 99.5 + 14 x 100) / 31 = 99.73;
# - hr: tickets rated 5, 4 and 4 in March (the February one and the unrated one left out) average
#   4.33 -> 83.25 points, hq_kpi 0 against HQ's 100: (25 x 83.25 + 75 x 0) / 100 = 20.81.
EXPECTED: dict[str, tuple[str | None, bool, list[Any]]] = {
    "admin": (None, False, [
        ("D-IT", 31, "support", None, [("frontline_satisfaction", None, None, None, "no value yet"),
                                       ("hq_kpi", "77", "0", None, "A target must be above 0, not 0.")]),
    ]),
    "hr": ("20.81", True, [
        ("D-HR", 31, "support", "20.81", [("frontline_satisfaction", "4.33", None, "83.25", None),
                                          ("hq_kpi", "0", "100", "0", None)]),
    ]),
    "leader": ("108.33", False, [
        ("D-OPS", 31, "support", "108.33", [("frontline_satisfaction", None, None, None, "no value yet"),
                                            ("hq_kpi", "130", "120", "108.33", None)]),
    ]),
    "ops_head": ("91.87", True, [
        ("D-OPS", 31, "support", "91.87", [("frontline_satisfaction", "2", None, "25", None),
                                           ("hq_kpi", "91.333", "80", "114.17", None)]),
    ]),
    "ops_staff": ("99.73", False, [
        ("S1", 17, "seconded", "99.5", [("store_csat", "4.5", None, "87.5", None),
                                        ("store_efficiency", "95", "100", "95", None),
                                        ("hq_sales", "1234.56", "1000", "120", None)]),
        ("D-OPS", 14, "support", "100", [("frontline_satisfaction", None, None, None, "no value yet"),
                                         ("hq_kpi", "80", "80", "100", None)]),
    ]),
    "manager_s1": ("43.68", False, [
        ("S1", 31, "store", "43.68", [("store_csat", "4.5", None, "87.5", None),
                                      ("store_efficiency", None, "100", None, "no value yet"),
                                      ("late_minutes", "30", None, "0", None)]),
    ]),
    "staff_s1": ("97.65", True, [
        ("S1", 19, "store", "101.68", [("store_csat", "4.5", None, "87.5", None),
                                       ("store_efficiency", "107.5", "100", "107.5", None),
                                       ("late_minutes", "4", None, "110", None)]),
        ("S2", 12, "store", "91.27", [("store_csat", "3.25", None, "56.25", None),
                                      ("store_efficiency", "107.5", "100", "107.5", None),
                                      ("late_minutes", "4", None, "110", None)]),
    ]),
    "manager_s2": ("74.42", False, [
        ("S2", 24, "store", "78.63", [("store_csat", "3.25", None, "56.25", None),
                                      ("store_efficiency", "101", "100", "101", None),
                                      ("late_minutes", None, None, None, "no value yet")]),
        ("S3", 7, "store", "60", [("store_csat", None, None, None, "no value yet"),
                                  ("store_efficiency", "101", None, None, "no target set"),
                                  ("late_minutes", "7", None, "60", None)]),
    ]),
    "staff_s2": ("79.97", False, [
        ("S2", 31, "store", "79.97", [("store_csat", "5", None, "100", None),
                                      ("store_efficiency", None, "100", None, "no value yet"),
                                      ("late_minutes", "12", None, "60", None)]),
    ]),
    "region_east": (None, False, [
        ("D-OPS", 31, "support", None, [("frontline_satisfaction", None, None, None, "no value yet"),
                                        ("hq_kpi", None, "80", None, "no value yet")]),
    ]),
    "staff_s3": ("60", False, [
        ("S3", 31, "store", "60", [("store_csat", None, None, None, "no value yet"),
                                   ("store_efficiency", "90", None, None, "no target set"),
                                   ("late_minutes", "7", None, "60", None)]),
    ]),
}  # fmt: skip
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


def _shown(score: EmployeeScore) -> tuple[str | None, bool, list[Any]]:
    """A score in the shape of `EXPECTED`."""
    parts = [
        (
            part.unit_code,
            part.days,
            part.template_code,
            part.score,
            [(m.metric_code, m.value, m.target, m.points, m.note) for m in part.metrics],
        )
        for part in score.parts
    ]
    return score.score, score.complete, parts


async def test_month_scores_of_a_varied_month_are_the_figures_worked_out_by_hand(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await _varied_month(client, world, database)
    names = {employee_id: name for name, employee_id in world.employees.items()}
    async with database.session_scope() as session:
        everyone = await month_scores(session, MARCH)
        employees = {e.id: e for e in await session.scalars(select(Employee))}
        one_by_one = {e.id: await score_of(session, e, MARCH) for e in employees.values()}
        chosen = [world.employees[who] for who in ("ops_staff", "region_east", "staff_s1", "manager_s2")]
        some = await month_scores(session, MARCH, employee_ids=chosen)
        lean = await month_scores(session, MARCH, breakdowns=False)

    assert set(EXPECTED) == set(world.employees)
    for employee_id, score in one_by_one.items():
        assert _shown(score) == EXPECTED[names[employee_id]], names[employee_id]
        employee = employees[employee_id]
        assert (score.employee_id, score.employee_no, score.full_name, score.period) == (
            employee.id,
            employee.employee_no,
            employee.full_name,
            "2026-03",
        )
        expected_units = [world.units[part[0]] for part in EXPECTED[names[employee_id]][2]]
        assert [part.unit_id for part in score.parts] == expected_units
        for part in score.parts:
            assert part.missing == [m.metric_code for m in part.metrics if m.points is None]

    # everyone active (not the one who left), by employee number; a few chosen people (whose
    # units alone are read) and everyone scored at once give each person the same document
    active = {e.id for e in employees.values() if e.status == EmployeeStatus.ACTIVE}
    assert {s.employee_id for s in everyone} == active and len(everyone) == len(active) == len(employees) - 1
    assert [s.employee_no for s in everyone] == sorted(s.employee_no for s in everyone)
    assert [s.employee_id for s in some] == sorted(chosen, key=lambda e: employees[e].employee_no)
    for scored in [*everyone, *some]:
        reference = one_by_one[scored.employee_id]
        assert scored.breakdown == reference.model_dump(mode="json"), reference.employee_no
        assert scored.employee_score() == reference
        assert (scored.score, scored.complete) == EXPECTED[names[scored.employee_id]][:2]
        codes = tuple(dict.fromkeys(p.template_code for p in reference.parts if p.template_code is not None))
        assert scored.template_codes == codes
    assert [(s.employee_id, s.score, s.complete, s.template_codes, s.breakdown_json) for s in lean] == [
        (s.employee_id, s.score, s.complete, s.template_codes, None) for s in everyone
    ]

    # the data set reaches the cases it is meant to
    notes = {m[4] for score in EXPECTED.values() for part in score[2] for m in part[4]}
    assert {"no value yet", "no target set", "A target must be above 0, not 0."} <= notes


async def test_a_score_reads_what_the_session_has_not_yet_flushed_on_both_databases(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """The per-person scorer read the person from the object it was given, the month-end scorer
    from the database, and on PostgreSQL through the driver's own `fetch`, which skips SQLAlchemy's
    autoflush: a change still pending in the session (a new name, a new home unit) showed in one
    and not the other, and on SQLite in both. Both now read the session's state, on both databases."""
    await _varied_month(client, world, database)
    async with database.session_scope() as session:
        employee = await session.get_one(Employee, world.employees["staff_s3"])
        employee.full_name = "Renamed Person"
        employee.home_unit_id = world.units["S1"]  # not flushed yet
        everyone = {s.employee_id: s for s in await month_scores(session, MARCH)}
        alone = await score_of(session, employee, MARCH)
    in_bulk = everyone[employee.id].employee_score()
    assert alone == in_bulk
    assert (alone.full_name, [part.unit_code for part in alone.parts]) == ("Renamed Person", ["S1"])


@contextmanager
def _pauses_counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    pauses: list[int] = []
    paused = month_scores_module.collector_paused

    @contextmanager
    def counting() -> Iterator[None]:
        pauses.append(1)
        with paused():
            yield

    monkeypatch.setattr(month_scores_module, "collector_paused", counting)
    yield pauses


async def test_only_large_runs_pause_the_garbage_collector(
    client: httpx.AsyncClient, world: World, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _varied_month(client, world, database)
    with _pauses_counted(monkeypatch) as pauses:
        async with database.session_scope() as session:
            await score_of(session, await session.get_one(Employee, world.employees["staff_s1"]), MARCH)
            await month_scores(session, MARCH, employee_ids=list(world.employees.values()))
            assert pauses == []
            await month_scores(session, MARCH)
            assert pauses == [1]


async def test_closing_freezes_the_live_scores(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await _varied_month(client, world, database)
    clock.set(AFTER_MARCH)
    names = {employee_id: name for name, employee_id in world.employees.items()}
    hr = world.headers("hr")
    closed = await client.post(f"{PERIODS}/2026-03/close", headers=hr)
    assert closed.status_code == 200, closed.text
    async with database.session_scope() as session:
        frozen = (await session.execute(select(FrozenScore).where(FrozenScore.period == "2026-03"))).scalars().all()
        employees = {e.id: e for e in await session.scalars(select(Employee))}
        for row in frozen:
            reference = await score_of(session, employees[row.employee_id], MARCH)
            assert row.breakdown == reference.model_dump(mode="json")
            assert (row.score, row.complete) == EXPECTED[names[row.employee_id]][:2]
            codes = {p.template_code for p in reference.parts if p.template_code is not None}
            assert set((row.template_codes or "").split()) == codes
    assert closed.json()["frozen_scores"] == len(frozen) == len(employees) - 1


async def test_a_closed_month_ranks_by_template_codes_and_reads_older_frozen_rows_from_their_breakdown(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await _varied_month(client, world, database)
    clock.set(AFTER_MARCH)
    hr = world.headers("hr")
    query = {"period": "2026-03", "template": "support"}
    live = (await client.get(RANKINGS, params=query, headers=hr)).json()
    assert (await client.post(f"{PERIODS}/2026-03/close", headers=hr)).status_code == 200
    frozen = (await client.get(RANKINGS, params=query, headers=hr)).json()
    assert frozen["source"] == "frozen" and frozen["entries"] == live["entries"] and frozen["cohort"] > 3

    # a row frozen before migration 0007 has no template codes: its breakdown says which it used. Such
    # a closing also predates migration 0027 (no stored ranking): it is ranked at its first reading
    async with database.session_scope() as session:
        await session.execute(delete(FrozenRanking).where(FrozenRanking.period == "2026-03"))
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
