"""Collaboration figures over the API, on both databases: ticket compliance, ratings and deflections
per owning department worked out by hand, ratings suppressed at 4 and shown at 5, the slowest
categories, pool payouts by side (suppressed under 5 recipients), who reads what, CSV."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import insert

from domain.pools.models import Pool, PoolLedgerEntry
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.tickets.models import Ticket, TicketPriority, TicketStatus
from tests.api.test_knowledge import deflect, publish, routes, suggest, written
from tests.factories import World
from tests.support import assert_problem

API = "/api/v1/analytics"
JANUARY = {"from": "2026-01-01", "to": "2026-01-31"}


async def ticket(
    database: Database,
    world: World,
    department: str,
    created: datetime,
    *,
    category: str = "printer",
    answered: int | None = 10,
    resolved: int | None = 60,
    rating: int | None = None,
    requester: str = "staff_s1",
    responder: str = "ops_staff",
) -> None:
    """A ticket raised at `created`, answered after `answered` minutes and resolved after `resolved`
    (None: not yet), with its outcomes recorded against targets of 2 h and 24 h."""
    answered_at = created + timedelta(minutes=answered) if answered is not None else None
    resolved_at = created + timedelta(minutes=resolved) if resolved is not None else None
    async with database.session_scope() as session:
        await session.execute(
            insert(Ticket).values(
                id=uuid.uuid4(),
                requester_account_id=world.accounts[requester],
                requester_employee_id=world.employees[requester],
                store_id=world.units["S1"],
                category=category,
                title="Help",
                description="Please.",
                priority=TicketPriority.NORMAL,
                status=TicketStatus.RESOLVED if resolved_at else TicketStatus.OPEN,
                department_id=world.units[department],
                assignee_account_id=None,
                business_hours=False,
                calendar_department_id=None,
                first_response_minutes=120,
                resolution_minutes=24 * 60,
                first_response_due_at=created + timedelta(hours=2),
                first_responded_at=answered_at,
                first_responder_account_id=world.accounts[responder] if answered_at else None,
                resolution_started_at=created,
                resolution_due_at=created + timedelta(hours=24),
                resolved_at=resolved_at,
                reopen_count=0,
                rating=rating,
                version=1,
                created_at=created,
                updated_at=created,
                first_response_met=None if answered is None else answered <= 120,
                first_response_elapsed_minutes=answered,
                resolution_met=None if resolved is None else resolved <= 24 * 60,
                resolution_paused_minutes=None if resolved is None else 0,
            )
        )


def day(number: int, hour: int = 2) -> datetime:
    """A January 2026 day, 10:00 in Shanghai by default."""
    return datetime(2026, 1, number, hour, tzinfo=UTC)


async def january(database: Database, world: World) -> None:
    """Operations: six tickets. Answered after 10, 10, 180 (late), 30 and 60 minutes and one never
    (past due): 4 in time of 6. Resolved after 2 h, 30 h (late), 5 h, 20 h, 1 h: 4 in time of 5.
    Rated 5, 3, 4, 2, 5: 19 / 5 = 3.8.
    Human Resources: four tickets in time, rated 4 each (four ratings: suppressed).
    IT: five tickets answered after 20, 20, 40, 40, 60 minutes, resolved in an hour, rated 1 to 5.
    The whole: answered in time 13 of 15, resolved in time 13 of 14, ratings 50 / 14."""
    for number, (answered, resolved, rating) in enumerate(
        [(10, 120, 5), (10, 1800, 3), (180, 300, 4), (30, 1200, 2), (60, 60, 5), (None, None, None)], start=5
    ):
        await ticket(database, world, "D-OPS", day(number), answered=answered, resolved=resolved, rating=rating)
    for number, answered in enumerate([10, 10, 20, 30], start=12):
        await ticket(database, world, "D-HR", day(number), category="payroll", answered=answered, rating=4)
    for number, answered in enumerate([20, 20, 40, 40, 60], start=19):
        await ticket(database, world, "D-IT", day(number), category="network", answered=answered, rating=number - 18)
    # outside January (Shanghai): 1 February 01:00 there is 31 January 17:00 UTC
    await ticket(database, world, "D-OPS", datetime(2026, 1, 31, 17, tzinfo=UTC), answered=None, resolved=None)


def points(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["points"]
    return found


def pick(found: list[dict[str, Any]], measure: str, code: str | None, period: str = "2026-01") -> dict[str, Any]:
    (point,) = [
        p for p in found if p["measure"] == measure and p["group"]["unit_code"] == code and p["period"] == period
    ]
    return point


def shown(point: dict[str, Any]) -> tuple[Any, Any, Any]:
    return point["value"], point["numerator"], point["denominator"]


async def test_compliance_ratings_per_owning_department_as_the_ticket_figures_count_them(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await january(database, world)
    found = points(await client.get(f"{API}/collaboration", params=JANUARY, headers=world.headers("hr")))
    assert shown(pick(found, "first_response_compliance", "D-OPS")) == ("0.6667", 4, 6)
    assert shown(pick(found, "resolution_compliance", "D-OPS")) == ("0.8000", 4, 5)
    assert shown(pick(found, "average_rating", "D-OPS")) == ("3.8000", 19, 5)
    assert shown(pick(found, "first_response_compliance", "D-HR")) == ("1.0000", 4, 4)
    assert shown(pick(found, "first_response_compliance", None)) == ("0.8667", 13, 15)
    assert shown(pick(found, "resolution_compliance", None)) == ("0.9286", 13, 14)
    assert shown(pick(found, "average_rating", None)) == ("3.5714", 50, 14)
    # four ratings are not shown; IT's five would leave the whole less Operations and IT: HR's four
    hr_ratings, it_ratings = pick(found, "average_rating", "D-HR"), pick(found, "average_rating", "D-IT")
    assert hr_ratings["suppressed"] and shown(hr_ratings) == (None, None, None)
    assert it_ratings["suppressed"] and not pick(found, "average_rating", "D-OPS")["suppressed"]
    assert shown(pick(found, "deflections", None)) == ("0", 0, None)
    assert not any(p["flagged"] for p in found)
    # ISO weeks: 5-11 January holds Operations' six tickets, 12-18 January HR's four
    weeks = points(
        await client.get(
            f"{API}/collaboration",
            params={"from": "2026-01-05", "to": "2026-01-18", "granularity": "week"},
            headers=world.headers("hr"),
        )
    )
    assert shown(pick(weeks, "first_response_compliance", "D-OPS", "2026-W02")) == ("0.6667", 4, 6)
    assert shown(pick(weeks, "first_response_compliance", "D-OPS", "2026-W03")) == (None, 0, 0)
    assert shown(pick(weeks, "first_response_compliance", "D-HR", "2026-W03")) == ("1.0000", 4, 4)


async def test_five_ratings_are_shown_and_a_deflection_counts_for_the_articles_department(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    now = clock.now()  # 2 March 2026, 09:00 in Shanghai
    for rating in (1, 2, 2, 3, 5):
        await ticket(database, world, "D-OPS", now - timedelta(hours=30), rating=rating)
    await routes(client, world)
    article = await publish(client, world, await written(client, world))
    offer = await suggest(client, world, "staff_s1", "扫描枪连不上库存", "stock-system")
    assert (await deflect(client, world, "staff_s1", offer["suggestion_id"], article["id"])).status_code == 201
    march = {"from": "2026-03-01", "to": "2026-03-31"}
    found = points(await client.get(f"{API}/collaboration", params=march, headers=world.headers("leader")))
    period = "2026-03"
    assert shown(pick(found, "average_rating", "D-OPS", period)) == ("2.6000", 13, 5)
    assert not pick(found, "average_rating", "D-OPS", period)["suppressed"]
    assert shown(pick(found, "deflections", "D-OPS", period)) == ("1", 1, None)
    assert shown(pick(found, "deflections", None, period)) == ("1", 1, None)
    assert shown(pick(found, "deflections", "D-HR", period)) == ("0", 0, None)


async def test_each_reader_sees_their_departments_and_the_csv_holds_the_same_points(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await january(database, world)
    head = points(await client.get(f"{API}/collaboration", params=JANUARY, headers=world.headers("ops_head")))
    assert {p["group"]["unit_code"] for p in head} == {"D-OPS"}
    assert shown(pick(head, "average_rating", "D-OPS")) == ("3.8000", 19, 5)  # the cut every reader is shown
    assert points(await client.get(f"{API}/collaboration", params=JANUARY, headers=world.headers("manager_s1"))) == []
    for who in ("ops_staff", "staff_s1"):
        assert_problem(
            await client.get(f"{API}/collaboration", params=JANUARY, headers=world.headers(who)),
            404,
            "analytics.not_found",
        )
    outside = {**JANUARY, "unit_id": str(world.units["D-HR"])}
    assert_problem(
        await client.get(f"{API}/collaboration", params=outside, headers=world.headers("ops_head")),
        404,
        "analytics.unit_not_found",
    )
    answer = await client.get(f"{API}/collaboration", params={**JANUARY, "format": "csv"}, headers=world.headers("hr"))
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))
    assert len(rows) == 4 * 4  # four measures, the whole and three departments
    (ops,) = [r for r in rows if r["measure"] == "first_response_compliance" and r["unit_code"] == "D-OPS"]
    assert (ops["period"], ops["value"], ops["numerator"], ops["denominator"]) == ("2026-01", "0.6667", "4", "6")
    too_long = await client.get(
        f"{API}/collaboration", params={"from": "2020-01-01", "to": "2026-01-01"}, headers=world.headers("hr")
    )
    assert_problem(too_long, 422, "analytics.range_too_long")


async def test_the_slowest_categories_by_median_minutes_to_an_answer_and_to_resolution(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """Answers: printer 10, 10, 30, 60, 180 (median 30); payroll 10, 10, 20, 30 (median 15, the mean
    of the middle two); network 20, 20, 40, 40, 60 (median 40). Resolutions: printer 60, 120, 300,
    1200, 1800 minutes (median 300); payroll and network all 60."""
    await january(database, world)
    answer = await client.get(f"{API}/slowest-categories", params=JANUARY, headers=world.headers("hr"))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["from"] == "2026-01-01"
    assert [(c["category"], c["tickets"], c["median_minutes"]) for c in body["first_response"]] == [
        ("network", 5, 40.0),
        ("printer", 5, 30.0),
        ("payroll", 4, 15.0),
    ]
    assert [(c["category"], c["median_minutes"]) for c in body["resolution"]] == [
        ("printer", 300.0),
        ("network", 60.0),
        ("payroll", 60.0),
    ]
    two = await client.get(f"{API}/slowest-categories", params={**JANUARY, "limit": 2}, headers=world.headers("hr"))
    assert [c["category"] for c in two.json()["first_response"]] == ["network", "printer"]
    mine = await client.get(f"{API}/slowest-categories", params=JANUARY, headers=world.headers("ops_head"))
    assert [c["category"] for c in mine.json()["first_response"]] == ["printer"]
    assert_problem(
        await client.get(f"{API}/slowest-categories", params=JANUARY, headers=world.headers("staff_s1")), 404
    )


async def pool(
    database: Database,
    world: World,
    locked_at: datetime | None,
    payouts: list[tuple[str, str, int]],
    *,
    currency: str = "CNY",
    status: str = "locked",
) -> None:
    """A pool settled at `locked_at` with ledger lines (person, side, minor units)."""
    pool_id = uuid.uuid4()
    moment = world.app.state.clock.now()
    async with database.session_scope() as session:
        session.add(
            Pool(
                id=pool_id,
                name="Pool",
                scope_unit_id=world.units["R-EAST"],
                period="2026-01",
                currency=currency,
                funding=[],
                conditions=[],
                frontline_percent="70",
                linked_rule=None,
                status=status,
                version=3,
                locked_at=locked_at,
                created_at=moment,
                updated_at=moment,
            )
        )
        await session.flush()
        session.add_all(
            PoolLedgerEntry(
                pool_id=pool_id,
                employee_id=world.employees[who],
                side=side,
                kind="allocation" if amount > 0 else "reversal",
                amount_minor=amount,
                currency=currency,
                recorded_at=moment,
            )
            for who, side, amount in payouts
        )


async def test_pool_payouts_by_side_and_settlement_day_with_fewer_than_five_recipients_suppressed(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """January (settled the 31st, 18:00 in Shanghai): five store people paid 100, 200, 300, 400 and
    500.50 on the frontline (1500.50); four head-office people on the back office (suppressed).
    February: five back-office people, 10.00 each, ops_staff's corrected to 15.00 (55.00). A pool in
    USD, one not settled, and January's pool settled on 1 February Shanghai time count elsewhere."""
    frontline = [("staff_s1", 10000), ("staff_s2", 20000), ("staff_s3", 30000), ("manager_s1", 40000)]
    await pool(
        database,
        world,
        datetime(2026, 1, 31, 10, tzinfo=UTC),
        [(who, "frontline", amount) for who, amount in [*frontline, ("manager_s2", 50050)]]
        + [(who, "back_office", 5000) for who in ("ops_staff", "ops_head", "hr", "admin")],
    )
    await pool(
        database,
        world,
        datetime(2026, 2, 10, 2, tzinfo=UTC),
        [(who, "back_office", 1000) for who in ("ops_staff", "ops_head", "leader", "hr", "admin")]
        + [("ops_staff", "back_office", -1000), ("ops_staff", "back_office", 1500)],
    )
    await pool(database, world, datetime(2026, 1, 20, tzinfo=UTC), [("staff_s1", "frontline", 999)], currency="USD")
    await pool(database, world, None, [("staff_s1", "frontline", 777)], status="approved")
    await pool(database, world, datetime(2026, 1, 31, 16, 30, tzinfo=UTC), [("staff_s1", "frontline", 1)])
    params = {"from": "2026-01-01", "to": "2026-02-28"}
    found = points(await client.get(f"{API}/pool-payouts", params=params, headers=world.headers("hr")))
    assert [
        (p["period"], p["measure"], p["value"], p["numerator"], p["denominator"], p["suppressed"]) for p in found
    ] == [
        ("2026-01", "frontline", "1500.50", None, 5, False),
        ("2026-01", "back_office", None, None, None, True),
        ("2026-02", "frontline", None, None, None, True),  # 1 February's one cent to one person
        ("2026-02", "back_office", "55.00", None, 5, False),
    ]
    by_department = points(
        await client.get(
            f"{API}/pool-payouts", params={**params, "group_by": "department"}, headers=world.headers("leader")
        )
    )
    february = [p for p in by_department if p["period"] == "2026-02" and p["measure"] == "back_office"]
    assert [(p["group"]["unit_code"], p["value"], p["suppressed"]) for p in february] == [
        (None, "55.00", False),
        ("D-HR", None, True),  # one person each, three in Operations
        ("D-IT", None, True),
        ("D-OPS", None, True),
    ]
    head = points(await client.get(f"{API}/pool-payouts", params=params, headers=world.headers("ops_head")))
    assert {(p["group"]["unit_code"], p["suppressed"]) for p in head if p["measure"] == "back_office"} == {
        ("D-OPS", True)
    }
    usd = points(
        await client.get(f"{API}/pool-payouts", params={**params, "currency": "USD"}, headers=world.headers("hr"))
    )
    assert [p["suppressed"] for p in usd] == [True, False, False, False]  # one person paid 9.99
    answer = await client.get(f"{API}/pool-payouts", params={**params, "format": "csv"}, headers=world.headers("hr"))
    rows = list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))
    assert [(r["measure"], r["value"], r["denominator"]) for r in rows][:1] == [("frontline", "1500.50", "5")]
    assert_problem(await client.get(f"{API}/pool-payouts", params=params, headers=world.headers("staff_s1")), 404)
    assert_problem(
        await client.get(f"{API}/pool-payouts", params={**params, "currency": "cny"}, headers=world.headers("hr")), 422
    )
