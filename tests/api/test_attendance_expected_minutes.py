"""Attendance shows what was expected of a person beside what they worked: the standard day (480
minutes, Monday to Friday), less the legal nursing hour and any approved reduction. A person working
the shorter day their arrangement grants is not short, in their own view, their store manager's day
or HR's timesheet; the same hours without an arrangement are an hour short; a rest day expects
nothing.

Arrangements and protected time go straight in as rows (their own API is tested with care)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import httpx
import pytest

from domain.care.models import ArrangementStatus, CarePeriod, FlexibleArrangement
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.api.test_attendance import TIMESHEET_COLUMNS, my_days, punch_at, read_csv, store_day, timesheet
from tests.factories import World, assign

MONDAY = "2026-03-02"
SATURDAY = "2026-03-07"


async def arrangement(
    database: Database,
    world: World,
    who: str,
    *,
    status: ArrangementStatus = ArrangementStatus.APPROVED,
    reduced_minutes: int = 60,
    start: date = date(2026, 3, 1),
    end: date = date(2026, 3, 31),
) -> None:
    now = datetime.fromisoformat("2026-02-20T02:00:00+00:00")
    async with database.session_scope() as session:
        session.add(
            FlexibleArrangement(
                employee_id=world.employees[who],
                requested_by=world.accounts[who],
                start_date=start,
                end_date=end,
                reduced_minutes=reduced_minutes,
                remote_days_per_week=0,
                status=status.value,
                steps=[],
                current_step=None,
                created_at=now,
                updated_at=now,
                decided_at=now if status is ArrangementStatus.APPROVED else None,
            )
        )


async def protected_time(database: Database, world: World, who: str, minutes: int = 60) -> None:
    async with database.session_scope() as session:
        session.add(
            CarePeriod(
                employee_id=world.employees[who],
                kind="protected_time",
                basis="law",
                start_date=date(2026, 1, 15),
                end_date=date(2027, 1, 14),
                minutes=minutes,
            )
        )


async def work(
    client: httpx.AsyncClient, world: World, clock: ManualClock, who: str, day: str, hours: tuple[str, str], store: str
) -> None:
    """In and out at `store` on `day`, times in UTC (Shanghai is 8 hours ahead, Urumqi 6)."""
    await punch_at(client, world, clock, who, f"{day}T{hours[0]}:00+00:00", store)
    await punch_at(client, world, clock, who, f"{day}T{hours[1]}:00+00:00", store, kind="out")


SEVEN_HOURS = ("01:00", "08:00")


def figures(row: dict[str, Any]) -> tuple[int, int, int]:
    return row["worked_minutes"], row["expected_minutes"], row["short_minutes"]


async def sheet_rows(client: httpx.AsyncClient, world: World, who: str = "hr") -> dict[tuple[str, str, str], Any]:
    answer = await timesheet(client, world, who)
    assert answer.status_code == 200, answer.text
    return {(r["employee_no"], r["store_code"], r["date"]): figures(r) for r in answer.json()["rows"]}


async def test_seven_hours_on_an_arrangements_shorter_day_are_not_short_and_without_one_are_an_hour_short(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    await arrangement(database, world, "staff_s1")
    await work(client, world, clock, "staff_s1", MONDAY, SEVEN_HOURS, "S1")
    await work(client, world, clock, "manager_s1", MONDAY, SEVEN_HOURS, "S1")

    (mine,) = await my_days(client, world, "staff_s1", MONDAY, MONDAY)
    assert figures(mine) == (420, 420, 0)
    (theirs,) = await my_days(client, world, "manager_s1", MONDAY, MONDAY)
    assert figures(theirs) == (420, 480, 60)

    assert await sheet_rows(client, world) == {
        ("E0101", "S1", MONDAY): (420, 480, 60),
        ("E0102", "S1", MONDAY): (420, 420, 0),
    }
    assert await sheet_rows(client, world, "manager_s1") == await sheet_rows(client, world)


async def test_the_store_manager_sees_the_shorter_day_as_expected_not_as_missing_time(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    await arrangement(database, world, "staff_s1")
    await work(client, world, clock, "staff_s1", MONDAY, SEVEN_HOURS, "S1")
    await work(client, world, clock, "manager_s1", MONDAY, SEVEN_HOURS, "S1")
    day = await store_day(client, world, "manager_s1", day=MONDAY)
    assert {p["employee_no"]: figures(p) for p in day["punched"]} == {
        "E0101": (420, 480, 60),
        "E0102": (420, 420, 0),
    }
    assert day["absent"] == []
    # nobody worked on Tuesday: the whole expected day is missing, less the arrangement's hour
    tuesday = await store_day(client, world, "manager_s1", day="2026-03-03")
    assert {p["employee_no"]: figures(p) for p in tuesday["absent"]} == {
        "E0101": (0, 480, 480),
        "E0102": (0, 420, 420),
    }


async def test_the_legal_nursing_hour_is_taken_off_the_expected_day(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    await protected_time(database, world, "staff_s2")
    await work(client, world, clock, "staff_s2", MONDAY, SEVEN_HOURS, "S2")
    (mine,) = await my_days(client, world, "staff_s2", MONDAY, MONDAY)
    assert figures(mine) == (420, 420, 0)
    assert await sheet_rows(client, world) == {("E0202", "S2", MONDAY): (420, 420, 0)}


async def test_nursing_time_and_a_reduction_both_come_off(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    await protected_time(database, world, "staff_s2")
    await arrangement(database, world, "staff_s2", reduced_minutes=120)
    await work(client, world, clock, "staff_s2", MONDAY, ("01:00", "06:00"), "S2")
    (mine,) = await my_days(client, world, "staff_s2", MONDAY, MONDAY)
    assert figures(mine) == (300, 300, 0)


async def test_a_saturday_expects_nothing_and_is_never_short(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    await arrangement(database, world, "staff_s1")
    await work(client, world, clock, "staff_s1", SATURDAY, ("01:00", "05:00"), "S1")
    await work(client, world, clock, "manager_s1", SATURDAY, ("01:00", "05:00"), "S1")
    assert figures((await my_days(client, world, "staff_s1", SATURDAY, SATURDAY))[0]) == (240, 0, 0)
    assert await sheet_rows(client, world) == {
        ("E0101", "S1", SATURDAY): (240, 0, 0),
        ("E0102", "S1", SATURDAY): (240, 0, 0),
    }


@pytest.mark.parametrize(
    ("status", "start", "end"),
    [
        (ArrangementStatus.IN_REVIEW, date(2026, 3, 1), date(2026, 3, 31)),
        (ArrangementStatus.REJECTED, date(2026, 3, 1), date(2026, 3, 31)),
        (ArrangementStatus.WITHDRAWN, date(2026, 3, 1), date(2026, 3, 31)),
        (ArrangementStatus.APPROVED, date(2026, 3, 3), date(2026, 3, 31)),  # starts the next day
        (ArrangementStatus.APPROVED, date(2026, 2, 1), date(2026, 3, 1)),  # ended the day before
    ],
)
async def test_only_an_approved_arrangement_in_force_that_day_shortens_it(
    client: httpx.AsyncClient,
    world: World,
    clock: ManualClock,
    database: Database,
    status: ArrangementStatus,
    start: date,
    end: date,
):
    await arrangement(database, world, "staff_s1", status=status, start=start, end=end)
    await work(client, world, clock, "staff_s1", MONDAY, SEVEN_HOURS, "S1")
    assert figures((await my_days(client, world, "staff_s1", MONDAY, MONDAY))[0]) == (420, 480, 60)
    assert await sheet_rows(client, world) == {("E0102", "S1", MONDAY): (420, 480, 60)}


async def test_a_day_at_two_stores_is_one_expected_day(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    """The expectation is the person's for the day, shown on each store's row; what is short counts
    the time worked at both stores: 420 expected, 240 + 150 worked, 30 short (not 180 or 270)."""
    await arrangement(database, world, "staff_s1")
    await assign(database, world, "staff_s1", "S2", date(2026, 3, 2), date(2026, 3, 3))
    await work(client, world, clock, "staff_s1", MONDAY, ("01:00", "05:00"), "S1")
    await work(client, world, clock, "staff_s1", MONDAY, ("05:30", "08:00"), "S2")
    days = await my_days(client, world, "staff_s1", MONDAY, MONDAY)
    assert sorted(figures(d) for d in days) == [(150, 420, 30), (240, 420, 30)]
    assert await sheet_rows(client, world) == {
        ("E0102", "S1", MONDAY): (240, 420, 30),
        ("E0102", "S2", MONDAY): (150, 420, 30),
    }


async def test_the_timesheet_csv_carries_expected_and_short_minutes(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    await arrangement(database, world, "staff_s1")
    await work(client, world, clock, "staff_s1", MONDAY, SEVEN_HOURS, "S1")
    await work(client, world, clock, "manager_s1", MONDAY, SEVEN_HOURS, "S1")
    header, *rows = read_csv(await timesheet(client, world, "hr", format="csv"))
    assert header == TIMESHEET_COLUMNS
    assert header[8:10] == ["expected_minutes", "short_minutes"]
    assert [(row[0], row[6], row[8], row[9]) for row in rows] == [
        ("E0101", "420", "480", "60"),
        ("E0102", "420", "420", "0"),
    ]
