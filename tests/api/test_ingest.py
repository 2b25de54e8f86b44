"""Sales and metric-value pushes: partial acceptance, idempotent lines and batches, daily roll-ups
(late lines re-roll past days, in the store's local calendar), scopes and unit limits."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from domain.performance.models import MetricValue
from domain.sales.models import DailyEmployeeSales, DailyStoreSales, SalesLine
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.factories import Machine, World, assign, machine
from tests.support import assert_problem

SALES = "/api/v1/ingest/sales"
METRICS = "/api/v1/ingest/metric-values"


def line(external_id: str, **overrides: Any) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "store_code": "S1",
        "employee_no": "E0102",
        "sku": "SKU-1",
        "quantity": 1,
        "amount": "10.00",
        "currency": "CNY",
        "sold_at": "2026-03-01T10:00:00+08:00",
        **overrides,
    }


async def push(http: httpx.AsyncClient, bot: Machine, *lines: dict[str, Any], **headers: str) -> httpx.Response:
    return await http.post(SALES, json={"lines": list(lines)}, headers={**bot.headers, **headers})


async def store_day(database: Database, world: World, store: str, day: date) -> tuple[int, int, int] | None:
    async with database.session_scope() as session:
        row = (
            await session.execute(
                select(DailyStoreSales.amount_minor, DailyStoreSales.quantity, DailyStoreSales.lines).where(
                    DailyStoreSales.store_id == world.units[store], DailyStoreSales.business_date == day
                )
            )
        ).first()
    return tuple(row) if row else None  # type: ignore[return-value]


async def employee_day(database: Database, world: World, who: str, day: date) -> int | None:
    async with database.session_scope() as session:
        value: int | None = await session.scalar(
            select(DailyEmployeeSales.amount_minor).where(
                DailyEmployeeSales.employee_id == world.employees[who], DailyEmployeeSales.business_date == day
            )
        )
    return value


async def test_lines_are_accepted_and_rolled_up_by_local_day(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    bot = await machine(client, world, "ingest:sales")
    answer = await push(
        client,
        bot,
        line("a1", amount="10.50"),
        line("a2", amount="4.50", quantity=2),
        # 23:30 UTC on 28 Feb is 07:30 on 1 March in Shanghai: the store's day, not UTC's
        line("a3", amount="1.00", sold_at="2026-02-28T23:30:00Z"),
        line("a4", amount="-2.00", quantity=-1, employee_no=None),
    )
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"received": 4, "accepted": 4, "duplicates": [], "conflicts": [], "rejected": []}
    assert await store_day(database, world, "S1", date(2026, 3, 1)) == (1400, 3, 4)
    assert await employee_day(database, world, "staff_s1", date(2026, 3, 1)) == 1600


async def test_a_store_in_another_time_zone_rolls_up_on_its_own_day(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    bot = await machine(client, world, "ingest:sales")
    # 17:30 UTC is 01:30 on 2 March in Shanghai but 23:30 on 1 March in Urumqi, the store's zone
    answer = await push(
        client, bot, line("u1", store_code="S3", employee_no=None, sold_at="2026-03-01T17:30:00Z", amount="5.00")
    )
    assert answer.json()["accepted"] == 1
    assert await store_day(database, world, "S3", date(2026, 3, 1)) == (500, 1, 1)  # 23:30 in Urumqi
    assert await store_day(database, world, "S3", date(2026, 3, 2)) is None


async def test_partial_acceptance_reports_each_rejected_line_by_index(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    bot = await machine(client, world, "ingest:sales")
    future = (clock.now() + timedelta(hours=1)).isoformat()
    answer = await push(
        client,
        bot,
        line("ok-1"),
        line("bad-store", store_code="NOPE"),
        line("bad-amount", amount="12.345"),
        line("bad-yen", amount="100.5", currency="JPY"),
        line("future", sold_at=future),
        line("nobody", employee_no="E9999"),
        {"external_id": "broken", "store_code": "S1"},
        line("ok-2", amount="100", currency="JPY"),
        line("typed", quantity="1"),
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["accepted"] == 2
    reasons = {r["index"]: (r["reason"], r["field"]) for r in body["rejected"]}
    assert {i: r for i, r in reasons.items() if i != 6} == {
        1: ("store.not_found", "lines.1.store_code"),
        2: ("amount.invalid", "lines.2.amount"),
        3: ("amount.invalid", "lines.3.amount"),
        4: ("sold_at.future", "lines.4.sold_at"),
        5: ("employee.not_found", "lines.5.employee_no"),
        8: ("line.invalid", "lines.8.quantity"),
    }
    assert reasons.pop(6)[0] == "line.invalid"  # missing fields: the first one is named
    assert [r["external_id"] for r in body["rejected"]] == [
        "bad-store",
        "bad-amount",
        "bad-yen",
        "future",
        "nobody",
        "broken",
        "typed",
    ]


async def test_a_resent_line_counts_once_and_a_changed_one_is_a_conflict(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    bot = await machine(client, world, "ingest:sales")
    await push(client, bot, line("x1", amount="10.00"), line("x2", amount="20.00"))
    again = await push(client, bot, line("x1", amount="10.00"), line("x2", amount="99.00"), line("x3"))
    body = again.json()
    assert body["accepted"] == 1
    assert body["duplicates"] == [{"index": 0, "external_id": "x1"}]
    assert body["conflicts"] == [{"index": 1, "external_id": "x2"}]
    assert await store_day(database, world, "S1", date(2026, 3, 1)) == (4000, 3, 3)
    async with database.session_scope() as session:
        stored = await session.scalar(select(SalesLine.amount_minor).where(SalesLine.external_id == "x2"))
    assert stored == 2000


async def test_the_same_id_twice_in_one_batch(client: httpx.AsyncClient, world: World) -> None:
    bot = await machine(client, world, "ingest:sales")
    body = (await push(client, bot, line("d1"), line("d1"), line("d1", amount="3.00"))).json()
    assert body["accepted"] == 1
    assert body["duplicates"] == [{"index": 1, "external_id": "d1"}]
    assert body["conflicts"] == [{"index": 2, "external_id": "d1"}]


async def test_external_ids_belong_to_their_client(client: httpx.AsyncClient, world: World) -> None:
    pos = await machine(client, world, "ingest:sales", name="POS")
    erp = await machine(client, world, "ingest:sales", name="ERP")
    assert (await push(client, pos, line("same"))).json()["accepted"] == 1
    assert (await push(client, erp, line("same"))).json()["accepted"] == 1


async def test_late_lines_re_roll_a_past_day(client: httpx.AsyncClient, world: World, database: Database) -> None:
    bot = await machine(client, world, "ingest:sales")
    await push(client, bot, line("p1", amount="10.00", sold_at="2026-02-20T12:00:00+08:00"))
    # ... and days later the till that was offline sends its part of 20 February
    late = await push(client, bot, line("p2", amount="5.00", sold_at="2026-02-20T18:00:00+08:00"), line("p3"))
    assert late.json()["accepted"] == 2
    assert await store_day(database, world, "S1", date(2026, 2, 20)) == (1500, 2, 2)
    assert await store_day(database, world, "S1", date(2026, 3, 1)) == (1000, 1, 1)


async def test_a_batch_with_a_key_replays_its_first_answer(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    bot = await machine(client, world, "ingest:sales")
    first = await push(client, bot, line("k1"), line("k2", store_code="NOPE"), **{"Idempotency-Key": "batch-1"})
    replay = await push(client, bot, line("k1"), line("k2", store_code="NOPE"), **{"Idempotency-Key": "batch-1"})
    assert replay.status_code == first.status_code == 200
    assert replay.json() == first.json()
    assert replay.headers.get("idempotent-replayed") == "true"
    other = await push(client, bot, line("k3"), **{"Idempotency-Key": "batch-1"})
    assert_problem(other, 422, "idempotency.mismatch")
    assert await store_day(database, world, "S1", date(2026, 3, 1)) == (1000, 1, 1)


async def test_a_region_client_cannot_push_for_another_region(client: httpx.AsyncClient, world: World) -> None:
    east = await machine(client, world, "ingest:sales", units=["R-EAST"])
    body = (await push(client, east, line("e1"), line("w1", store_code="S3", employee_no=None))).json()
    assert body["accepted"] == 1
    assert body["rejected"] == [
        {
            "index": 1,
            "external_id": "w1",
            "reason": "store.not_found",
            "detail": "No store 'S3' you may push for.",
            "field": "lines.1.store_code",
        }
    ]


async def test_a_region_client_cannot_credit_a_sale_to_another_regions_employee(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """Sales feed scores and pay: a client limited to the East attributes sales only to people it may push
    for (home unit or an assignment inside its units, as for metric values), else the line is refused whole."""
    east = await machine(client, world, "ingest:sales", units=["R-EAST"])
    body = (
        await push(client, east, line("own", amount="1.00"), line("west", amount="2.00", employee_no="E0302"))
    ).json()
    assert body["accepted"] == 1
    assert body["rejected"] == [
        {
            "index": 1,
            "external_id": "west",
            "reason": "employee.not_found",
            "detail": "No employee 'E0302' you may push for.",
            "field": "lines.1.employee_no",
        }
    ]
    # nothing of the refused line is written: not the line, not the store's day, not the person's
    assert await store_day(database, world, "S1", date(2026, 3, 1)) == (100, 1, 1)
    assert await employee_day(database, world, "staff_s3", date(2026, 3, 1)) is None
    async with database.session_scope() as session:
        assert await session.scalar(select(SalesLine.id).where(SalesLine.external_id == "west")) is None

    # once seconded into the East, the same person's sales there are the East's to push
    await assign(database, world, "staff_s3", "S2", date(2026, 3, 1))
    again = (await push(client, east, line("west", store_code="S2", amount="2.00", employee_no="E0302"))).json()
    assert (again["accepted"], again["rejected"]) == (1, [])
    assert await employee_day(database, world, "staff_s3", date(2026, 3, 1)) == 200

    # a client without unit limits still credits anyone
    everywhere = await machine(client, world, "ingest:sales", name="ERP")
    assert (await push(client, everywhere, line("any", employee_no="E0302"))).json()["accepted"] == 1


async def test_scopes_are_checked(client: httpx.AsyncClient, world: World) -> None:
    reader = await machine(client, world, "read:people")
    assert_problem(await push(client, reader, line("s1")), 403, "auth.insufficient_scope")
    people = await client.post(SALES, json={"lines": [line("s1")]}, headers=world.headers("admin"))
    assert_problem(people, 403, "auth.client_only")
    assert_problem(await client.post(SALES, json={"lines": [line("s1")]}), 401)


@pytest.mark.parametrize(
    "body",
    [{}, {"lines": []}, {"lines": "x"}, {"lines": [line("a")], "extra": 1}, [line("a")]],
)
async def test_a_malformed_envelope_is_a_422(client: httpx.AsyncClient, world: World, body: Any) -> None:
    bot = await machine(client, world, "ingest:sales")
    assert_problem(await client.post(SALES, json=body, headers=bot.headers), 422)


async def test_not_json_is_a_clear_problem(client: httpx.AsyncClient, world: World) -> None:
    bot = await machine(client, world, "ingest:sales")
    answer = await client.post(SALES, content=b"{nope", headers={**bot.headers, "content-type": "application/json"})
    assert_problem(answer, 400, "request.malformed_json")


async def test_racing_batches_count_each_line_once(client: httpx.AsyncClient, world: World, database: Database) -> None:
    bot = await machine(client, world, "ingest:sales")
    lines = [line(f"r{i}", amount="1.00") for i in range(50)]
    answers = await asyncio.gather(*(push(client, bot, *lines) for _ in range(4)))
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
    assert sum(a.json()["accepted"] for a in answers) == 50
    assert sum(len(a.json()["duplicates"]) for a in answers) == 150
    assert await store_day(database, world, "S1", date(2026, 3, 1)) == (5000, 50, 50)


async def test_ten_thousand_lines_in_one_batch(client: httpx.AsyncClient, world: World, database: Database) -> None:
    bot = await machine(client, world, "ingest:sales")
    lines = [line(f"big-{i}", amount="0.01", employee_no=None) for i in range(10_000)]
    answer = await client.post(SALES, json={"lines": lines}, headers=bot.headers)
    assert answer.status_code == 200, answer.text[:500]
    assert answer.json()["accepted"] == 10_000
    assert await store_day(database, world, "S1", date(2026, 3, 1)) == (10_000, 10_000, 10_000)
    too_many = await client.post(SALES, json={"lines": [*lines, line("one-more")]}, headers=bot.headers)
    assert_problem(too_many, 422)


# --- metric values ---

RATING = {"method": "rating", "scale_min": "1", "scale_max": "5"}
TARGET = {"method": "target", "cap": "120"}


async def define_metric(
    client: httpx.AsyncClient,
    world: World,
    code: str,
    source: str = "pushed",
    scoring: dict[str, str] | None = None,
    *,
    active: bool = True,
) -> None:
    """HR defines a metric (a store-side rating on 1-5 unless told otherwise)."""
    body = {"code": code, "name": code, "unit": "points", "side": "store", "source": source,
            "direction": "higher", "scoring": scoring or RATING}  # fmt: skip
    created = await client.post("/api/v1/performance/metrics", json=body, headers=world.headers("hr"))
    assert created.status_code == 201, created.text
    if not active:
        changed = await client.patch(
            f"/api/v1/performance/metrics/{created.json()['id']}", json={"active": False}, headers=world.headers("hr")
        )
        assert changed.status_code == 200, changed.text


async def values_in(database: Database, code: str) -> list[tuple[str, uuid.UUID, date, date, int]]:
    async with database.session_scope() as session:
        rows = await session.execute(
            select(
                MetricValue.subject_kind,
                MetricValue.subject_id,
                MetricValue.period_start,
                MetricValue.period_end,
                MetricValue.value_micro,
            )
            .where(MetricValue.metric_code == code)
            .order_by(MetricValue.period_start)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


async def test_metric_values_for_stores_and_employees(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await define_metric(client, world, "csat")
    bot = await machine(client, world, "ingest:metrics")
    answer = await client.post(
        METRICS,
        json={
            "values": [
                {"metric_code": "csat", "store_code": "S1", "period": "2026-02", "value": "4.6"},
                {"metric_code": "csat", "employee_no": "E0102", "period": "2026-02-14", "value": "5"},
                {"metric_code": "csat", "store_code": "S1", "employee_no": "E0102", "period": "2026-02", "value": "1"},
                {"metric_code": "csat", "store_code": "S1", "period": "2026-02-30", "value": "1"},
                {"metric_code": "csat", "store_code": "NOPE", "period": "2026-02", "value": "1"},
                {"metric_code": "csat", "store_code": "S1", "period": "2026-02", "value": "1e3"},
            ]
        },
        headers=bot.headers,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["created"], body["updated"]) == (2, 0)
    assert [(r["index"], r["reason"]) for r in body["rejected"]] == [
        (2, "subject.invalid"),
        (3, "period.invalid"),
        (4, "store.not_found"),
        (5, "value.invalid"),
    ]
    assert await values_in(database, "csat") == [
        ("store", world.units["S1"], date(2026, 2, 1), date(2026, 2, 28), 4_600_000),
        ("employee", world.employees["staff_s1"], date(2026, 2, 14), date(2026, 2, 14), 5_000_000),
    ]
    again = await client.post(
        METRICS,
        json={"values": [{"metric_code": "csat", "store_code": "S1", "period": "2026-02", "value": "4.8"}]},
        headers=bot.headers,
    )
    assert (again.json()["created"], again.json()["updated"]) == (0, 1)
    assert (await values_in(database, "csat"))[0][4] == 4_800_000


async def test_metric_values_respect_scope_and_units(client: httpx.AsyncClient, world: World) -> None:
    await define_metric(client, world, "csat")
    sales_only = await machine(client, world, "ingest:sales")
    value = {"metric_code": "csat", "store_code": "S3", "period": "2026-02", "value": "4"}
    refused = await client.post(METRICS, json={"values": [value]}, headers=sales_only.headers)
    assert_problem(refused, 403, "auth.insufficient_scope")
    east = await machine(client, world, "ingest:metrics", units=["R-EAST"])
    body = (
        await client.post(
            METRICS,
            json={
                "values": [value, {**value, "store_code": "S2"}, {**value, "store_code": None, "employee_no": "E0302"}]
            },
            headers=east.headers,
        )
    ).json()
    assert body["created"] == 1
    assert [(r["index"], r["reason"]) for r in body["rejected"]] == [(0, "store.not_found"), (2, "employee.not_found")]


async def test_a_push_never_replaces_a_managers_rating_and_unknown_codes_are_not_stored(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """Only metrics that exist, are active and come from machines (`pushed`) take pushes; every other
    line is refused with its reason, so a typo is never stored and a manual rating never overwritten."""
    await define_metric(client, world, "manager_rating", "manual")
    await define_metric(client, world, "customer_satisfaction")
    await define_metric(client, world, "retired_survey", active=False)
    store = {"code": "store", "name": "Store staff", "population": "store",
             "lines": [{"metric_code": "manager_rating", "weight": "50"},
                       {"metric_code": "customer_satisfaction", "weight": "50"}]}  # fmt: skip
    assert (await client.post("/api/v1/performance/templates", json=store, headers=world.headers("hr"))).is_success
    rating = {"metric_code": "manager_rating", "employee_id": str(world.employees["staff_s1"]),
              "period": "2026-03", "value": "5"}  # fmt: skip
    entered = await client.put("/api/v1/performance/values", json=rating, headers=world.headers("manager_s1"))
    assert entered.status_code == 200, entered.text

    bot = await machine(client, world, "ingest:metrics")
    answer = await client.post(
        METRICS,
        json={
            "values": [
                {"metric_code": "manager_rating", "employee_no": "E0102", "period": "2026-03", "value": "1"},
                {"metric_code": "custmer_satisfacton", "store_code": "S1", "period": "2026-03", "value": "4"},
                {"metric_code": "retired_survey", "store_code": "S1", "period": "2026-03", "value": "4"},
                {"metric_code": "customer_satisfaction", "store_code": "S1", "period": "2026-03", "value": "4"},
            ]
        },
        headers=bot.headers,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["created"], body["updated"]) == (1, 0)
    assert [(r["index"], r["reason"], r["field"]) for r in body["rejected"]] == [
        (0, "metric.not_pushed", "values.0.metric_code"),
        (1, "metric.not_found", "values.1.metric_code"),
        (2, "metric.not_found", "values.2.metric_code"),
    ]
    assert await values_in(database, "custmer_satisfacton") == []
    assert await values_in(database, "retired_survey") == []
    ((_, _, _, _, kept),) = await values_in(database, "manager_rating")
    assert kept == 5_000_000
    async with database.session_scope() as session:
        source = await session.scalar(select(MetricValue.source).where(MetricValue.metric_code == "manager_rating"))
    assert source == "manual"


async def test_a_pushed_value_off_the_metrics_scale_is_refused_per_line(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await define_metric(client, world, "customer_satisfaction")  # a 1-5 rating
    await define_metric(client, world, "profit", scoring=TARGET)  # money: a loss is a value like any other
    bot = await machine(client, world, "ingest:metrics")
    csat = {"metric_code": "customer_satisfaction", "store_code": "S1", "period": "2026-03"}
    answer = await client.post(
        METRICS,
        json={
            "values": [
                {**csat, "value": "-1"},
                {**csat, "value": "999999999999.999999"},
                {**csat, "value": "5.000001"},
                {**csat, "value": "4.5"},
                {"metric_code": "profit", "store_code": "S1", "period": "2026-03", "value": "-250000.5"},
            ]
        },
        headers=bot.headers,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["created"] == 2
    assert [(r["index"], r["reason"], r["field"]) for r in body["rejected"]] == [
        (0, "value.out_of_range", "values.0.value"),
        (1, "value.out_of_range", "values.1.value"),
        (2, "value.out_of_range", "values.2.value"),
    ]
    assert "between 1 and 5" in body["rejected"][0]["detail"]
    assert [row[4] for row in await values_in(database, "customer_satisfaction")] == [4_500_000]


async def test_sales_sold_in_a_closed_month_are_refused_per_line(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """A closed month's scores and pools are frozen: a late sale would re-roll them, so it is refused
    (by the store's local day) while the open month's lines in the same batch go in."""
    bot = await machine(client, world, "ingest:sales")
    assert (await push(client, bot, line("feb-1", sold_at="2026-02-20T12:00:00+08:00"))).json()["accepted"] == 1
    closed = await client.post("/api/v1/performance/periods/2026-02/close", headers=world.headers("hr"))
    assert closed.status_code == 200, closed.text
    answer = await push(
        client,
        bot,
        line("feb-2", sold_at="2026-02-20T18:00:00+08:00"),
        # 23:30 UTC on 28 Feb is 1 March in Shanghai: the store's day is in the open month
        line("mar-1", sold_at="2026-02-28T23:30:00Z"),
        # 16:30 UTC on 28 Feb is 22:30 in Urumqi: still February for that store
        line("feb-3", store_code="S3", employee_no=None, sold_at="2026-02-28T16:30:00Z"),
    )
    body = answer.json()
    assert body["accepted"] == 1, body
    assert [(r["index"], r["external_id"], r["reason"], r["field"]) for r in body["rejected"]] == [
        (0, "feb-2", "period.closed", "lines.0.sold_at"),
        (2, "feb-3", "period.closed", "lines.2.sold_at"),
    ]
    assert await store_day(database, world, "S1", date(2026, 2, 20)) == (1000, 1, 1)
    assert await store_day(database, world, "S1", date(2026, 3, 1)) == (1000, 1, 1)
    assert await store_day(database, world, "S3", date(2026, 2, 28)) is None


# --- payroll systems reading timesheets ---

TIMESHEETS = "/api/v1/attendance/timesheets"


async def test_a_payroll_client_reads_timesheets_within_its_units(client: httpx.AsyncClient, world: World) -> None:
    period = {"from": "2026-02-01", "to": "2026-02-28"}
    east = await machine(client, world, "read:attendance", units=["R-EAST"])
    answer = await client.get(TIMESHEETS, params={**period, "unit": str(world.units["S1"])}, headers=east.headers)
    assert answer.status_code == 200, answer.text
    outside = await client.get(TIMESHEETS, params={**period, "unit": str(world.units["S3"])}, headers=east.headers)
    assert_problem(outside, 404)
    no_scope = await machine(client, world, "read:people")
    assert_problem(
        await client.get(TIMESHEETS, params=period, headers=no_scope.headers), 403, "auth.insufficient_scope"
    )


async def test_a_metric_value_too_large_to_store_exactly_is_rejected_not_a_500(
    client: httpx.AsyncClient, world: World
) -> None:
    bot = await machine(client, world, "ingest:metrics")
    huge = {"metric_code": "csat", "store_code": "S1", "period": "2026-02", "value": "9999999999999.5"}
    answer = await client.post(METRICS, json={"values": [huge]}, headers=bot.headers)
    assert answer.status_code == 200, answer.text
    assert [r["reason"] for r in answer.json()["rejected"]] == ["value.invalid"]


async def test_a_store_or_employee_with_sales_history_is_not_deleted(client: httpx.AsyncClient, world: World) -> None:
    """Sales tables carry no foreign keys (speed); the database still refuses to orphan their history."""
    admin, hr = world.headers("admin"), world.headers("hr")
    store = await client.post(
        "/api/v1/org-units",
        json={
            "code": "S9",
            "name": "Nanjing Road store",
            "kind": "store",
            "parent_id": str(world.units["R-EAST"]),
            "timezone": "Asia/Shanghai",
            "latitude": 31.2355,
            "longitude": 121.4747,
            "geofence_radius_m": 150,
        },
        headers=admin,
    )
    seller = await client.post(
        "/api/v1/employees",
        json={
            "employee_no": "E0999",
            "full_name": "Zhao Min",
            "email": "zhao.min@test.example",
            "home_unit_id": str(world.units["S1"]),
            "hire_date": "2026-02-01",
        },
        headers=hr,
    )
    assert store.status_code == 201 and seller.status_code == 201, (store.text, seller.text)
    bot = await machine(client, world, "ingest:sales")
    sold = await push(client, bot, line("h1", store_code="S9", employee_no=None), line("h2", employee_no="E0999"))
    assert sold.json()["accepted"] == 2, sold.text

    kept_store = await client.delete(f"/api/v1/org-units/{store.json()['id']}", headers=admin)
    assert_problem(kept_store, 409, "org_unit.in_use")
    kept_seller = await client.delete(f"/api/v1/employees/{seller.json()['id']}", headers=hr)
    assert_problem(kept_seller, 409, "employee.has_history")
    assert (await client.get(f"/api/v1/org-units/{store.json()['id']}", headers=admin)).status_code == 200
    assert (await client.get(f"/api/v1/employees/{seller.json()['id']}", headers=hr)).status_code == 200
