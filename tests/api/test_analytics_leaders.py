"""Leaders at the frontline over the API, on both databases: each leader's and department head's
frontline days worked out by hand (secondments and clock-ins, a day counted once), who reads
whom, the CSV, and the nightly flag against the prorated threshold, raised and cleared."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select

from domain.analytics.flags import evaluate_flags
from domain.analytics.leader_days import frontline_days, prorated
from domain.analytics.models import AnalyticsFlag
from domain.attendance.models import ClockIn
from domain.attendance.rules import Method, PunchKind
from domain.shared.actor import Role
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.api.test_analytics import notices, secondment
from tests.factories import World, assign, deliver_events, hire
from tests.support import assert_problem

LEADER_DAYS = "/api/v1/analytics/leader-days"


async def punch(
    database: Database, world: World, who: str, store: str, at: datetime, *, review: str | None = None
) -> None:
    async with database.session_scope() as session:
        session.add(
            ClockIn(
                id=uuid.uuid4(),
                employee_id=world.employees[who],
                store_id=world.units[store],
                kind=PunchKind.IN,
                punched_at=at,
                received_at=at,
                client_time=at,
                latitude=31.2304,
                longitude=121.4737,
                accuracy_m=10.0,
                distance_m=5.0,
                method=Method.GPS,
                device_id="phone",
                wifi_bssid=None,
                qr_window=None,
                flags=[],
                flagged=review is not None,
                review_status=review,
                reviewed_by=None,
                reviewed_at=None,
                review_reason=None,
                request_id=None,
                sequence=int(at.timestamp()),
            )
        )


async def three_leaders(database: Database, world: World) -> None:
    """Today is 2 March 2026 (Shanghai). In 2026 so far:

    - leader: at S1 10-19 January and S2 15-24 January (overlapping: 15 days, 10-24), two days of a
      stay from 20 December (1-2 January), a punch at S1 on the 12th (already a secondment day), a
      punch at S3 at 02:00 Urumqi time on 3 February (still 2 February in UTC): 15 + 2 + 1 = 18.
      Not counted: a cancelled stay, a stay in a department, a rejected punch, an `out` punch.
    - ops_head: nothing (0).
    - hr_head (head of Human Resources, hired here): at S2 since 1 February, open: 28 + 2 = 30.
    The staff, HR, admin and the East region's manager hold no leader or head grant: not listed."""
    await hire(database, world, "hr_head", "E0700X", "D-HR", [(Role.DEPT_HEAD, "D-HR")])
    await assign(database, world, "leader", "S1", date(2026, 1, 10), date(2026, 1, 20))
    await assign(database, world, "leader", "S2", date(2026, 1, 15), date(2026, 1, 25))
    await assign(database, world, "leader", "S3", date(2025, 12, 20), date(2026, 1, 3))
    await secondment(database, world, "leader", "S3", date(2026, 2, 10), date(2026, 2, 20), cancelled=True)
    await secondment(database, world, "leader", "D-HR", date(2026, 2, 10), date(2026, 2, 20))
    await punch(database, world, "leader", "S1", datetime(2026, 1, 12, 1, 0, tzinfo=UTC))
    await punch(database, world, "leader", "S3", datetime(2026, 2, 2, 20, 0, tzinfo=UTC))
    await punch(database, world, "leader", "S1", datetime(2026, 2, 5, 1, 0, tzinfo=UTC), review="rejected")
    await assign(database, world, "hr_head", "S2", date(2026, 2, 1))


def rows(answer: httpx.Response) -> dict[str, tuple[int, bool, list[str]]]:
    assert answer.status_code == 200, answer.text
    return {r["employee_no"]: (r["days"], r["flagged"], r["roles"]) for r in answer.json()}


async def test_frontline_days_count_secondments_and_punches_once_each_day(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await three_leaders(database, world)
    found = rows(await client.get(LEADER_DAYS, params={"year": 2026}, headers=world.headers("hr")))
    assert found == {
        "E0003": (18, True, ["leader"]),
        "E0004": (0, True, ["dept_head"]),
        "E0700X": (30, False, ["dept_head"]),  # 30 is not under 30
    }
    last_year = rows(await client.get(LEADER_DAYS, params={"year": 2025}, headers=world.headers("hr")))
    assert last_year["E0003"] == (12, True, ["leader"])  # 20-31 December
    (leader,) = [
        r
        for r in (await client.get(LEADER_DAYS, params={"year": 2026}, headers=world.headers("leader"))).json()
        if r["employee_no"] == "E0003"
    ]
    assert leader["home_unit_code"] == "D-OPS" and leader["full_name"] == "Leader"


async def test_department_heads_read_their_own_leaders_and_others_nothing(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await three_leaders(database, world)
    year: dict[str, Any] = {"year": 2026}
    assert set(rows(await client.get(LEADER_DAYS, params=year, headers=world.headers("ops_head")))) == {
        "E0003",
        "E0004",
    }
    assert set(rows(await client.get(LEADER_DAYS, params=year, headers=world.headers("hr_head")))) == {"E0700X"}
    for who in ("admin", "leader"):
        assert len(rows(await client.get(LEADER_DAYS, params=year, headers=world.headers(who)))) == 3
    for who in ("manager_s1", "region_east", "staff_s1", "ops_staff"):
        assert_problem(
            await client.get(LEADER_DAYS, params=year, headers=world.headers(who)), 404, "analytics.not_found"
        )
    narrowed = {**year, "unit_id": str(world.units["D-HR"])}
    assert set(rows(await client.get(LEADER_DAYS, params=narrowed, headers=world.headers("hr")))) == {"E0700X"}
    outside = await client.get(LEADER_DAYS, params=narrowed, headers=world.headers("ops_head"))
    assert_problem(outside, 404, "analytics.unit_not_found")
    future = await client.get(LEADER_DAYS, params={"year": 2027}, headers=world.headers("hr"))
    assert_problem(future, 422, "analytics.year_out_of_range")
    missing = await client.get(LEADER_DAYS, headers=world.headers("hr"))
    assert missing.status_code == 422 and "year" in missing.text


async def test_the_csv_lists_the_same_rows(client: httpx.AsyncClient, world: World, database: Database) -> None:
    await three_leaders(database, world)
    answer = await client.get(LEADER_DAYS, params={"year": 2026, "format": "csv"}, headers=world.headers("hr"))
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    found: list[dict[str, Any]] = list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))
    assert [(r["employee_no"], r["days"], r["flagged"], r["roles"]) for r in found] == [
        ("E0003", "18", "true", "leader"),
        ("E0004", "0", "true", "dept_head"),
        ("E0700X", "30", "false", "dept_head"),
    ]


async def test_a_leader_is_flagged_under_the_prorated_threshold_and_cleared_when_back_on_track(
    world: World, database: Database, clock: ManualClock
) -> None:
    """On 2 March the year to 1 March counts: 60 days of 365, so 30 x 60 / 365 = 4 (rounded down).
    ops_head has 0: flagged. leader (18) and hr_head (29 to 1 March) are not. Then ops_head spends
    20-25 February at S1 (6 days); on 3 March the threshold is 30 x 61 / 365 = 5: cleared."""
    await three_leaders(database, world)
    await evaluate_flags(database, clock, ["leader_days"])
    async with database.session_scope() as session:
        flags = (await session.scalars(select(AnalyticsFlag).where(AnalyticsFlag.figure == "leader_days"))).all()
        assert [(f.employee_id, f.unit_id, f.threshold, f.trend) for f in flags] == [
            (world.employees["ops_head"], world.units["D-OPS"], "4", [{"on": "2026-03-01", "value": "0"}])
        ]
        assert flags[0].group_key == f"employee:{world.employees['ops_head']}" and flags[0].cleared_at is None
    await deliver_events(world.app)
    assert len(await notices(database, world, "hr")) == 1
    assert len(await notices(database, world, "ops_head")) == 1  # the head of her home department: herself
    await assign(database, world, "ops_head", "S1", date(2026, 2, 20), date(2026, 2, 26))
    clock.advance(timedelta(days=1))
    await evaluate_flags(database, clock, ["leader_days"])
    async with database.session_scope() as session:
        flag = await session.scalar(select(AnalyticsFlag).where(AnalyticsFlag.figure == "leader_days"))
        assert flag is not None and flag.cleared_at is not None
        assert flag.trend[-1] == {"on": "2026-03-02", "value": "6"}


def test_the_day_count_is_the_union_of_stays_and_punches() -> None:
    first, last = date(2026, 1, 1), date(2026, 12, 31)
    assert frontline_days([], [], first, last) == 0
    assert frontline_days([(date(2025, 12, 30), None)], [], first, date(2026, 1, 10)) == 10
    assert frontline_days([(date(2026, 1, 5), date(2026, 1, 5))], [date(2026, 1, 5)], first, last) == 1
    assert prorated(30, date(2026, 12, 31)) == 30 and prorated(30, date(2026, 1, 1)) == 0
    assert prorated(30, date(2026, 6, 30)) == 14  # 181 days of 365
