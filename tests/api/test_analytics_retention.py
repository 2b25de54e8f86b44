"""Retention after frontline postings and store turnover over the API, on both databases: each
measure worked out by hand on a small organisation, small groups suppressed, who reads what, the
flags raised and cleared, CSV. The clock says 2 March 2026: leavers are known up to that day."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from typing import Any

import httpx
from sqlalchemy import select

from domain.analytics.flags import evaluate_flags
from domain.analytics.models import AnalyticsFlag
from domain.notifications.models import Notification
from domain.people.models import Employee, EmployeeStatus, EmployeeStatusChange
from domain.shared.actor import Role
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.api.test_analytics import secondment
from tests.factories import World, assign, deliver_events, hire
from tests.support import assert_problem

RETENTION = "/api/v1/analytics/retention"
TURNOVER = "/api/v1/analytics/turnover"
Q3_2025 = {"from": "2025-07-01", "to": "2025-09-30", "granularity": "quarter"}
EARLY_2026 = {"from": "2026-01-01", "to": "2026-02-28"}


async def leave(database: Database, world: World, who: str, day: date) -> None:
    """`who` left, effective `day` (as PATCH /employees with status_effective_on records it)."""
    async with database.session_scope() as session:
        employee = await session.get(Employee, world.employees[who])
        assert employee is not None
        employee.status = EmployeeStatus.LEFT
        session.add(
            EmployeeStatusChange(
                employee_id=employee.id,
                status=EmployeeStatus.LEFT,
                effective_on=day,
                recorded_at=world.app.state.clock.now(),
            )
        )


async def postings_of_q3(database: Database, world: World, *, with_h: bool = True) -> None:
    """Operations hires ret_a .. ret_h (with its four: twelve at head office with HR's and IT's one).

    Postings whose last day (valid_to - 1) falls in Q3 2025, and who left:
    - ret_a: S1 to 31 July; left 15 October (76 days on): within 6 months
    - ret_b: S2 to 31 August; left 20 February 2026 (173 days): within 6 months
    - ret_c: S1 to 10 July; left 1 February 2026 (206 days): within 12 months only
    - ret_d: S1 to 14 July and S2 to 30 September (the last day of the quarter): counted once; stays
    - ret_h: S1 to 14 September; left 1 September, during it: within 6 months
    Not in the cohort: ret_e (a cancelled posting), ret_f (a posting to a department, not the
    frontline), ret_g (S3 to 30 June: Q2), staff_s1 (at home in a store).
    Cohort 5: within 6 months 3 (0.6000), within 12 months 4 (0.8000)."""
    for letter, number in zip("abcdefgh", range(1, 9), strict=True):
        await hire(database, world, f"ret_{letter}", f"E05{number:02d}", "D-OPS", [(Role.EMPLOYEE, "D-OPS")])
    await assign(database, world, "ret_a", "S1", date(2025, 7, 1), date(2025, 8, 1))
    await assign(database, world, "ret_b", "S2", date(2025, 8, 1), date(2025, 9, 1))
    await assign(database, world, "ret_c", "S1", date(2025, 6, 1), date(2025, 7, 11))
    await assign(database, world, "ret_d", "S1", date(2025, 7, 1), date(2025, 7, 15))
    await assign(database, world, "ret_d", "S2", date(2025, 9, 1), date(2025, 10, 1))
    await secondment(database, world, "ret_e", "S3", date(2025, 8, 10), date(2025, 9, 10), cancelled=True)
    await secondment(database, world, "ret_f", "D-HR", date(2025, 7, 1), date(2025, 8, 1))
    await assign(database, world, "ret_g", "S3", date(2025, 5, 1), date(2025, 7, 1))
    await assign(database, world, "staff_s1", "S2", date(2025, 7, 1), date(2025, 8, 1))
    await leave(database, world, "ret_a", date(2025, 10, 15))
    await leave(database, world, "ret_b", date(2026, 2, 20))
    await leave(database, world, "ret_c", date(2026, 2, 1))
    await leave(database, world, "staff_s1", date(2025, 8, 15))
    if with_h:
        await assign(database, world, "ret_h", "S1", date(2025, 8, 1), date(2025, 9, 15))
        await leave(database, world, "ret_h", date(2025, 9, 1))
    # who did not go: ret_e leaves 10 January 2026 (102 days after 30 September); ret_f on 10 March,
    # after today: not counted yet
    await leave(database, world, "ret_e", date(2026, 1, 10))
    await leave(database, world, "ret_f", date(2026, 3, 10))


def points(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["points"]
    return found


def cut(found: list[dict[str, Any]], period: str, measure: str | None, code: str | None = None) -> dict[str, Any]:
    (point,) = [
        p
        for p in found
        if p["period"] == period
        and p["measure"] == measure
        and p["group"]["unit_code"] == code
        and not p["group"]["sex"]
    ]
    return point


def shown(point: dict[str, Any]) -> tuple[Any, ...]:
    return point["numerator"], point["denominator"], point["value"], point["flagged"]


async def test_leavers_after_a_posting_and_among_those_who_did_not_go(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await postings_of_q3(database, world)
    answer = await client.get(RETENTION, params=Q3_2025, headers=world.headers("hr"))
    found = points(answer)
    assert answer.json()["threshold"] == "0.1500" and answer.json()["direction"] == "above"
    assert [p["measure"] for p in found] == ["after_posting_6m", "after_posting_12m", "not_gone_6m", "not_gone_12m"]
    assert shown(cut(found, "2025-Q3", "after_posting_6m")) == (3, 5, "0.6000", False)  # only 12 months flagged
    assert shown(cut(found, "2025-Q3", "after_posting_12m")) == (4, 5, "0.8000", True)
    # head office on the books on 30 September (ret_h had left) without a frontline day in the year
    # up to it: the leader, ops_head, ops_staff, region_east, ret_e, ret_f, hr and admin: 8; ret_e left
    assert shown(cut(found, "2025-Q3", "not_gone_6m")) == (1, 8, "0.1250", False)
    assert shown(cut(found, "2025-Q3", "not_gone_12m")) == (1, 8, "0.1250", False)

    by_department = points(
        await client.get(RETENTION, params={**Q3_2025, "group_by": "department"}, headers=world.headers("hr"))
    )
    assert shown(cut(by_department, "2025-Q3", "after_posting_12m", "D-OPS")) == (4, 5, "0.8000", True)
    nobody = cut(by_department, "2025-Q3", "after_posting_12m", "D-HR")
    assert (nobody["denominator"], nobody["value"], nobody["suppressed"]) == (0, None, False)
    # those who did not go: Operations 6, HR 1 and IT 1 (suppressed), and so Operations too (8 - 6)
    assert cut(by_department, "2025-Q3", "not_gone_6m", "D-HR")["suppressed"]
    assert cut(by_department, "2025-Q3", "not_gone_6m", "D-OPS")["suppressed"]

    # by month: July's cohort is ret_a, ret_c and ret_d (whose first posting ended on 14 July)
    months = points(
        await client.get(RETENTION, params={"from": "2025-07-01", "to": "2025-09-30"}, headers=world.headers("hr"))
    )
    assert cut(months, "2025-07", "after_posting_6m")["suppressed"]  # ret_a, ret_c, ret_d: 3 people


async def test_a_cohort_of_four_is_suppressed_and_of_five_shown(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await postings_of_q3(database, world, with_h=False)
    four = points(await client.get(RETENTION, params=Q3_2025, headers=world.headers("hr")))
    for measure in ("after_posting_6m", "after_posting_12m"):
        point = cut(four, "2025-Q3", measure)
        assert point["suppressed"] and (point["value"], point["numerator"], point["denominator"]) == (None,) * 3
    await assign(database, world, "ret_h", "S1", date(2025, 8, 1), date(2025, 9, 15))
    five = points(await client.get(RETENTION, params=Q3_2025, headers=world.headers("hr")))
    assert shown(cut(five, "2025-Q3", "after_posting_6m")) == (2, 5, "0.4000", False)


async def test_retention_is_read_by_department_and_by_no_one_else(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await postings_of_q3(database, world)
    head = points(await client.get(RETENTION, params=Q3_2025, headers=world.headers("ops_head")))
    assert {p["group"]["unit_code"] for p in head} == {"D-OPS"}
    assert shown(cut(head, "2025-Q3", "after_posting_12m", "D-OPS")) == (4, 5, "0.8000", True)
    other = await client.get(
        RETENTION, params={**Q3_2025, "unit_id": str(world.units["D-HR"])}, headers=world.headers("ops_head")
    )
    assert_problem(other, 404, "analytics.unit_not_found")
    assert points(await client.get(RETENTION, params=Q3_2025, headers=world.headers("manager_s1"))) == []
    assert_problem(await client.get(RETENTION, params=Q3_2025, headers=world.headers("ops_staff")), 404)
    unknown = await client.get(RETENTION, params={**Q3_2025, "group_by": "store"}, headers=world.headers("hr"))
    assert unknown.status_code == 422


async def test_the_retention_csv_carries_the_measure(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await postings_of_q3(database, world)
    as_json = points(await client.get(RETENTION, params=Q3_2025, headers=world.headers("hr")))
    answer = await client.get(RETENTION, params={**Q3_2025, "format": "csv"}, headers=world.headers("hr"))
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))
    assert [(r["measure"], r["value"]) for r in rows] == [(p["measure"], p["value"] or "") for p in as_json]
    assert rows[1]["measure"] == "after_posting_12m" and rows[1]["numerator"] == "4"


async def stores_of_early_2026(database: Database, world: World, *, s3_people: int = 4) -> None:
    """S1: its two and s1_a .. s1_e (7); s1_b left 31 December, s1_a 15 January, s1_c 1 February.
    S2: its two and s2_a .. s2_d (6); s2_b hired 10 February, s2_a left 28 February, s2_c leaves on
    20 March (after today). S3: staff_s3 and `s3_people` more; nobody leaves.

    January: S1 6 on the books (not s1_b), 1 left (0.1667); S2 5 (not s2_b), none (0.0000).
    February: S1 5 (not s1_a), 1 left (0.2000); S2 6, 1 left (0.1667).
    East (S1 and S2): 11 and 1 (0.0909), then 11 and 2 (0.1818)."""
    for letter, number in zip("abcde", range(1, 6), strict=True):
        await hire(database, world, f"s1_{letter}", f"E11{number:02d}", "S1", [(Role.EMPLOYEE, "S1")])
    for letter, number in zip("abcd", range(1, 5), strict=True):
        await hire(database, world, f"s2_{letter}", f"E12{number:02d}", "S2", [(Role.EMPLOYEE, "S2")])
    for number in range(s3_people):
        await hire(database, world, f"s3_{number}", f"E13{number:02d}", "S3", [(Role.EMPLOYEE, "S3")])
    await leave(database, world, "s1_b", date(2025, 12, 31))
    await leave(database, world, "s1_a", date(2026, 1, 15))
    await leave(database, world, "s1_c", date(2026, 2, 1))
    await leave(database, world, "s2_a", date(2026, 2, 28))
    await leave(database, world, "s2_c", date(2026, 3, 20))
    async with database.session_scope() as session:
        employee = await session.get(Employee, world.employees["s2_b"])
        assert employee is not None
        employee.hire_date = date(2026, 2, 10)


async def test_store_turnover_counts_leavers_of_the_people_on_the_books_in_each_period(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await stores_of_early_2026(database, world)
    hr = world.headers("hr")
    whole = points(await client.get(TURNOVER, params=EARLY_2026, headers=hr))
    # all stores: S3's 5 with S1 and S2: 16 and 1, then 16 and 2
    assert [(p["period"], p["numerator"], p["denominator"], p["value"], p["flagged"]) for p in whole] == [
        ("2026-01", 1, 16, "0.0625", False),
        ("2026-02", 2, 16, "0.1250", False),
    ]
    answer = await client.get(TURNOVER, params={**EARLY_2026, "group_by": "store"}, headers=hr)
    by_store = points(answer)
    assert answer.json()["threshold"] == "0.3000" and answer.json()["figure"] == "turnover"
    assert shown(cut(by_store, "2026-01", None, "S1")) == (1, 6, "0.1667", False)
    assert shown(cut(by_store, "2026-02", None, "S1")) == (1, 5, "0.2000", False)
    assert shown(cut(by_store, "2026-01", None, "S2")) == (0, 5, "0.0000", False)
    assert shown(cut(by_store, "2026-02", None, "S2")) == (1, 6, "0.1667", False)
    assert shown(cut(by_store, "2026-01", None, "R-EAST")) == (1, 11, "0.0909", False)
    assert shown(cut(by_store, "2026-02", None, "R-EAST")) == (2, 11, "0.1818", False)
    assert shown(cut(by_store, "2026-02", None, "S3")) == (0, 5, "0.0000", False)
    assert shown(cut(by_store, "2026-02", None, "R-WEST")) == (0, 5, "0.0000", False)
    # a store of four people is suppressed, and its region (the same four) with it
    async with database.session_scope() as session:
        employee = await session.get(Employee, world.employees["s3_0"])
        assert employee is not None
        employee.home_unit_id = world.units["D-IT"]
    four = points(await client.get(TURNOVER, params={**EARLY_2026, "group_by": "store"}, headers=hr))
    assert cut(four, "2026-02", None, "S3")["suppressed"] and cut(four, "2026-02", None, "R-WEST")["suppressed"]


async def test_store_turnover_is_read_by_the_stores_managers_and_not_by_department_heads(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await stores_of_early_2026(database, world)
    manager = points(await client.get(TURNOVER, params=EARLY_2026, headers=world.headers("manager_s1")))
    assert {p["group"]["unit_code"] for p in manager} == {"S1"}
    region = points(await client.get(TURNOVER, params=EARLY_2026, headers=world.headers("region_east")))
    assert {p["group"]["unit_code"] for p in region} == {"R-EAST", "S1", "S2"}
    assert_problem(await client.get(TURNOVER, params=EARLY_2026, headers=world.headers("ops_head")), 404)
    other = await client.get(
        TURNOVER, params={**EARLY_2026, "unit_id": str(world.units["S2"])}, headers=world.headers("manager_s1")
    )
    assert_problem(other, 404, "analytics.unit_not_found")
    narrowed = points(
        await client.get(
            TURNOVER, params={**EARLY_2026, "unit_id": str(world.units["S2"])}, headers=world.headers("leader")
        )
    )
    assert {p["group"]["unit_code"] for p in narrowed} == {"S2"}
    assert_problem(await client.get(TURNOVER, params=EARLY_2026, headers=world.headers("staff_s1")), 404)
    csv_answer = await client.get(TURNOVER, params={**EARLY_2026, "format": "csv"}, headers=world.headers("hr"))
    assert csv_answer.status_code == 200 and csv_answer.text.lstrip("\ufeff").startswith("period,measure,")


async def open_flags(database: Database, figure: str) -> list[tuple[str, str | None, str]]:
    async with database.session_scope() as session:
        flags = await session.scalars(
            select(AnalyticsFlag).where(AnalyticsFlag.figure == figure, AnalyticsFlag.cleared_at.is_(None))
        )
        return sorted((flag.group_key, flag.sex, flag.trend[-1]["value"]) for flag in flags)


async def told(database: Database, world: World, who: str) -> int:
    """Notices of this file's flags (the other figures may raise their own on the same day)."""
    async with database.session_scope() as session:
        ours = await session.scalars(
            select(AnalyticsFlag.id).where(AnalyticsFlag.figure.in_(("retention", "turnover")))
        )
        subjects = await session.scalars(
            select(Notification.subject_id).where(
                Notification.kind == "analytics.flag_raised", Notification.account_id == world.accounts[who]
            )
        )
        return len(set(subjects.all()) & {str(flag_id) for flag_id in ours.all()})


async def test_attrition_and_turnover_flags_are_raised_and_cleared(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    """On 2 March the evaluation reads 1 March. Postings that ended in the year up to it: ret_a,
    ret_b, ret_c, ret_d, ret_g and ret_h (6, all in Operations), of whom a, b, c and h left: 0.6667
    for head office and Operations. S1 over the year: 7 on the books, 4 left (s1_a, s1_b, s1_c and
    staff_s1, who left on 15 August: 0.5714); S2 1 of 6; S3 none of 5."""
    await postings_of_q3(database, world)
    await stores_of_early_2026(database, world)
    await evaluate_flags(database, clock)
    await deliver_events(world.app)
    ops, s1 = f"unit:{world.units['D-OPS']}", f"unit:{world.units['S1']}"
    assert await open_flags(database, "retention") == sorted([("all", None, "0.6667"), (ops, None, "0.6667")])
    assert await open_flags(database, "turnover") == [(s1, None, "0.5714")]
    assert await told(database, world, "manager_s1") == 1  # her store's
    assert await told(database, world, "manager_s2") == 0
    assert await told(database, world, "ops_head") == 1  # his department's attrition
    assert await told(database, world, "hr") == 3

    # HR raises both thresholds: the next evaluation clears both flags
    saved = await client.put(
        "/api/v1/analytics/settings",
        json={
            "minimum_group": 5,
            "frontline_days": 20,
            "participation_below": "0.2",
            "satisfaction_below": "0.6",
            "attrition_above": "0.7",
            "turnover_above": "0.6",
            "late_shift_share_above": "0.1",
            "leader_days_below": 30,
            "version": 0,
        },
        headers=world.headers("hr"),
    )
    assert saved.status_code == 200, saved.text
    clock.advance(timedelta(days=1))
    await evaluate_flags(database, clock)
    assert await open_flags(database, "retention") == []
    assert await open_flags(database, "turnover") == []
