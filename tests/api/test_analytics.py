"""Mission analytics over the API, on both databases: participation worked out by hand on a small
organisation, small groups and overlapping groups suppressed, who reads what, CSV, bad input."""

from __future__ import annotations

import asyncio
import csv
import io
import uuid
from datetime import date, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select

from domain.analytics.flags import evaluate_flags
from domain.analytics.models import AnalyticsFlag
from domain.care.models import WomenShareMember
from domain.notifications.models import Notification
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.rules import child_path
from domain.people.models import Assignment, AssignmentKind, Employee, EmployeeStatus, EmployeeStatusChange
from domain.shared.actor import Role
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent
from tests.factories import World, assign, deliver_events, hire
from tests.support import assert_problem

PARTICIPATION = "/api/v1/analytics/participation"
EARLY_2026 = {"from": "2026-01-01", "to": "2026-02-28"}


async def women(database: Database, world: World, *names: str) -> None:
    async with database.session_scope() as session:
        session.add_all(WomenShareMember(employee_id=world.employees[name]) for name in names)


async def secondment(
    database: Database, world: World, who: str, unit: str, first: date, end: date | None, *, cancelled: bool = False
) -> None:
    moment = world.app.state.clock.now()
    async with database.session_scope() as session:
        session.add(
            Assignment(
                id=uuid.uuid4(),
                employee_id=world.employees[who],
                unit_id=world.units[unit],
                kind=AssignmentKind.SECONDMENT,
                valid_from=first,
                valid_to=end,
                cancelled_at=moment if cancelled else None,
                created_at=moment,
                updated_at=moment,
            )
        )


async def operations_of_ten(database: Database, world: World) -> None:
    """Operations: the leader, its head, a staff member and the East region's manager, and six more
    (ops_a .. ops_f): ten. Human Resources and IT: six each (the world's one and five more): 22 at
    head office.

    In the year up to 31 January: ops_staff spent 20 days in S1 (December), ops_b 22 days in S1
    (from 10 January, still there), ops_a 12 days in S2 (from 20 January): 2 of 10 went.
    Up to 28 February: the same two, and ops_a's stay has reached its 20 days (to 8 February): 3.
    Not counted: ops_c's cancelled 60 days, ops_d's 30 days in a department (not the frontline)."""
    for letter, number in zip("abcdef", range(1, 7), strict=True):
        await hire(database, world, f"ops_{letter}", f"E09{number:02d}", "D-OPS", [(Role.EMPLOYEE, "D-OPS")])
    for number in range(5):
        await hire(database, world, f"hr_{number}", f"E07{number:02d}", "D-HR", [(Role.EMPLOYEE, "D-HR")])
        await hire(database, world, f"it_{number}", f"E06{number:02d}", "D-IT", [(Role.EMPLOYEE, "D-IT")])
    await assign(database, world, "ops_staff", "S1", date(2025, 12, 1), date(2025, 12, 21))
    await assign(database, world, "ops_b", "S1", date(2026, 1, 10))
    await assign(database, world, "ops_a", "S2", date(2026, 1, 20), date(2026, 2, 9))
    await secondment(database, world, "ops_c", "S3", date(2025, 11, 1), date(2025, 12, 31), cancelled=True)
    await secondment(database, world, "ops_d", "D-HR", date(2026, 1, 1), date(2026, 1, 31))


def points(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["points"]
    return found


async def read(client: httpx.AsyncClient, world: World, who: str, **params: Any) -> list[dict[str, Any]]:
    return points(await client.get(PARTICIPATION, params={**EARLY_2026, **params}, headers=world.headers(who)))


def cut(found: list[dict[str, Any]], period: str, code: str | None = None, sex: str | None = None) -> dict[str, Any]:
    (point,) = [
        p for p in found if p["period"] == period and p["group"]["unit_code"] == code and p["group"]["sex"] == sex
    ]
    return point


async def test_participation_counts_twenty_frontline_days_in_the_year_up_to_each_period(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await operations_of_ten(database, world)
    hr = world.headers("hr")
    whole = points(await client.get(PARTICIPATION, params=EARLY_2026, headers=hr))
    assert [(p["period"], p["numerator"], p["denominator"], p["value"], p["flagged"]) for p in whole] == [
        ("2026-01", 2, 22, "0.0909", True),  # below 20 %
        ("2026-02", 3, 22, "0.1364", True),
    ]
    answer = await client.get(PARTICIPATION, params={**EARLY_2026, "group_by": "department"}, headers=hr)
    by_department = points(answer)
    assert answer.json()["threshold"] == "0.2000" and answer.json()["minimum_group"] == 5
    ops = cut(by_department, "2026-01", "D-OPS")
    assert (ops["numerator"], ops["denominator"], ops["value"], ops["flagged"]) == (2, 10, "0.2000", False)
    assert cut(by_department, "2026-02", "D-OPS")["value"] == "0.3000"
    nobody_went = cut(by_department, "2026-02", "D-HR")
    assert (nobody_went["numerator"], nobody_went["denominator"], nobody_went["value"]) == (0, 6, "0.0000")
    assert nobody_went["flagged"] and not nobody_went["suppressed"]
    # a quarter is counted at its last day in the range
    quarter = points(await client.get(PARTICIPATION, params={**EARLY_2026, "granularity": "quarter"}, headers=hr))
    assert [(p["period"], p["numerator"]) for p in quarter] == [("2026-Q1", 3)]


async def test_people_who_left_count_in_the_periods_they_were_on_the_books(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """ops_b (22 days in S1 by 31 January) leaves on 15 February: one of the two who went in
    January, and not on the books at the end of February (2 of 21 then)."""
    await operations_of_ten(database, world)
    async with database.session_scope() as session:
        employee = await session.get(Employee, world.employees["ops_b"])
        assert employee is not None
        employee.status = EmployeeStatus.LEFT
        session.add(
            EmployeeStatusChange(
                employee_id=employee.id,
                status=EmployeeStatus.LEFT,
                effective_on=date(2026, 2, 15),
                recorded_at=world.app.state.clock.now(),
            )
        )
    whole = points(await client.get(PARTICIPATION, params=EARLY_2026, headers=world.headers("hr")))
    assert [(p["period"], p["numerator"], p["denominator"]) for p in whole] == [("2026-01", 2, 22), ("2026-02", 2, 21)]


async def test_a_group_of_four_is_suppressed_a_group_of_five_shown_and_its_complement_with_it(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await operations_of_ten(database, world)
    await women(database, world, "ops_staff", "ops_a", "ops_c", "ops_d")
    params = {**EARLY_2026, "group_by": ["department", "sex"]}
    four = points(await client.get(PARTICIPATION, params=params, headers=world.headers("hr")))
    assert cut(four, "2026-02", "D-OPS", "women")["suppressed"]
    # six others would be shown alone, but ten less six is the four women: suppressed too
    assert cut(four, "2026-02", "D-OPS", "others")["suppressed"]
    # and with sex alone: 4 women of 22 at head office, 18 others (22 - 18 = 4 again)
    assert all(p["suppressed"] for p in await read(client, world, "hr", group_by="sex"))

    await women(database, world, "ops_e")
    five = points(await client.get(PARTICIPATION, params=params, headers=world.headers("hr")))
    shown = cut(five, "2026-02", "D-OPS", "women")
    assert (shown["suppressed"], shown["numerator"], shown["denominator"], shown["value"]) == (False, 2, 5, "0.4000")
    others = cut(five, "2026-02", "D-OPS", "others")
    assert (others["numerator"], others["denominator"], others["value"]) == (1, 5, "0.2000")
    head_office = cut(await read(client, world, "hr", group_by="sex"), "2026-02", None, "others")
    assert (head_office["numerator"], head_office["denominator"], head_office["value"]) == (1, 17, "0.0588")


async def sub_department(database: Database, world: World, code: str, parent: str) -> None:
    moment = world.app.state.clock.now()
    async with database.session_scope() as session:
        parent_path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == world.units[parent]))
        unit_id = uuid.uuid4()
        session.add(
            OrgUnit(
                id=unit_id,
                code=code,
                name="Logistics",
                kind=OrgUnitKind.DEPARTMENT,
                parent_id=world.units[parent],
                path=child_path(parent_path, unit_id),
                timezone="Asia/Shanghai",
                created_at=moment,
                updated_at=moment,
            )
        )
    world.units[code] = unit_id


async def test_a_sub_department_one_person_short_of_its_department_is_not_shown_beside_it(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """The differencing attack: Operations (10) and Logistics inside it (9) both shown would show
    whether the tenth person went."""
    await operations_of_ten(database, world)
    await sub_department(database, world, "D-OPS-LOG", "D-OPS")
    for number in range(9):
        await hire(database, world, f"log_{number}", f"E08{number:02d}", "D-OPS-LOG", [(Role.EMPLOYEE, "D-OPS-LOG")])
    # Operations is now 19 people and Logistics 9: ten apart, both shown
    found = points(
        await client.get(PARTICIPATION, params={**EARLY_2026, "group_by": "department"}, headers=world.headers("hr"))
    )
    assert not cut(found, "2026-02", "D-OPS")["suppressed"] and not cut(found, "2026-02", "D-OPS-LOG")["suppressed"]
    assert cut(found, "2026-02", "D-OPS")["denominator"] == 19

    async with database.session_scope() as session:  # nine of Operations' own ten move to Logistics
        for name in ("ops_staff", "ops_a", "ops_b", "ops_c", "ops_d", "ops_e", "ops_f", "leader", "region_east"):
            employee = await session.get(Employee, world.employees[name])
            assert employee is not None
            employee.home_unit_id = world.units["D-OPS-LOG"]
    found = points(
        await client.get(PARTICIPATION, params={**EARLY_2026, "group_by": "department"}, headers=world.headers("hr"))
    )
    assert cut(found, "2026-02", "D-OPS")["denominator"] == 19
    logistics = cut(found, "2026-02", "D-OPS-LOG")
    assert logistics["suppressed"] and logistics["numerator"] is None  # 19 - 18: one person


async def test_each_reader_sees_their_own_departments_and_anyone_else_nothing(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await operations_of_ten(database, world)
    head = points(await client.get(PARTICIPATION, params=EARLY_2026, headers=world.headers("ops_head")))
    assert {p["group"]["unit_code"] for p in head} == {"D-OPS"}  # a department head's whole is her department
    leader = points(
        await client.get(
            PARTICIPATION, params={**EARLY_2026, "group_by": "department"}, headers=world.headers("leader")
        )
    )
    assert {p["group"]["unit_code"] for p in leader} == {"D-OPS", "D-HR", "D-IT"}
    assert points(await client.get(PARTICIPATION, params=EARLY_2026, headers=world.headers("manager_s1"))) == []
    for who in ("ops_staff", "staff_s1"):
        answer = await client.get(PARTICIPATION, params=EARLY_2026, headers=world.headers(who))
        assert_problem(answer, 404, "analytics.not_found")
    other = await client.get(
        PARTICIPATION, params={**EARLY_2026, "unit_id": str(world.units["D-HR"])}, headers=world.headers("ops_head")
    )
    assert_problem(other, 404, "analytics.unit_not_found")
    narrowed = points(
        await client.get(
            PARTICIPATION, params={**EARLY_2026, "unit_id": str(world.units["D-OPS"])}, headers=world.headers("hr")
        )
    )
    assert {p["group"]["unit_code"] for p in narrowed} == {"D-OPS"}


async def test_the_csv_has_the_same_points_in_the_same_columns(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await operations_of_ten(database, world)
    params = {**EARLY_2026, "group_by": "department"}
    as_json = points(await client.get(PARTICIPATION, params=params, headers=world.headers("hr")))
    answer = await client.get(PARTICIPATION, params={**params, "format": "csv"}, headers=world.headers("hr"))
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))
    assert len(rows) == len(as_json) == 6
    for row, point in zip(rows, as_json, strict=True):
        assert row["period"] == point["period"] and row["unit_code"] == point["group"]["unit_code"]
        assert row["value"] == (point["value"] or "") and row["suppressed"] == str(point["suppressed"]).lower()


async def test_bad_ranges_groupings_and_parameters_are_clear_problems(client: httpx.AsyncClient, world: World) -> None:
    hr = world.headers("hr")
    too_long = await client.get(PARTICIPATION, params={"from": "2023-01-01", "to": "2026-01-01"}, headers=hr)
    assert_problem(too_long, 422, "analytics.range_too_long")
    backwards = await client.get(PARTICIPATION, params={"from": "2026-02-01", "to": "2026-01-01"}, headers=hr)
    assert_problem(backwards, 422, "validation.invalid_range")
    unknown = await client.get(PARTICIPATION, params={**EARLY_2026, "group_by": "shoe_size"}, headers=hr)
    assert unknown.status_code == 422 and "group_by" in unknown.text
    extra = await client.get(PARTICIPATION, params={**EARLY_2026, "colour": "red"}, headers=hr)
    assert extra.status_code == 422 and "colour" in extra.text
    missing = await client.get(PARTICIPATION, params={"from": "2026-01-01"}, headers=hr)
    assert missing.status_code == 422 and "to" in missing.text


FLAGS = "/api/v1/analytics/flags"
ONLY = ("participation",)  # the other figures have tests of their own


async def notices(database: Database, world: World, who: str) -> list[str]:
    async with database.session_scope() as session:
        rows = await session.scalars(
            select(Notification.subject_id).where(
                Notification.kind == "analytics.flag_raised", Notification.account_id == world.accounts[who]
            )
        )
        return sorted(str(row) for row in rows)


async def flagged(client: httpx.AsyncClient, world: World, who: str) -> list[tuple[str | None, list[str]]]:
    answer = await client.get(FLAGS, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    return sorted(((f["group"]["unit_code"], f["trend"]) for f in answer.json()), key=lambda f: f[0] or "")


async def test_a_flag_is_raised_and_told_once_and_clears_itself_when_the_figure_recovers(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    """On 2 March the year up to 1 March counts: head office 3 of 23 (13.0 %), Operations 3 of 10,
    Human Resources 0 of 7 (with its head), IT 0 of 6. Three flags: head office, HR and IT."""
    await operations_of_ten(database, world)
    await hire(database, world, "hr_head", "E0700X", "D-HR", [(Role.DEPT_HEAD, "D-HR")])
    assert await evaluate_flags(database, clock, ONLY) == 3
    assert await evaluate_flags(database, clock, ONLY) == 0  # the day is evaluated once
    await deliver_events(world.app)
    assert await flagged(client, world, "hr") == [(None, ["0.1304"]), ("D-HR", ["0.0000"]), ("D-IT", ["0.0000"])]
    assert len(await notices(database, world, "hr")) == 3
    assert len(await notices(database, world, "hr_head")) == 1  # her department's
    assert await notices(database, world, "ops_head") == []  # Operations is at 30 %
    assert await flagged(client, world, "hr_head") == [("D-HR", ["0.0000"])]
    assert await flagged(client, world, "ops_head") == []
    assert_problem(await client.get(FLAGS, headers=world.headers("staff_s1")), 404, "analytics.not_found")

    # two of HR's seven have been at a store since the autumn: 2 of 7 is 28.6 %, and head office
    # 5 of 23 is 21.7 %: both flags clear; IT's stays, with its second value
    await assign(database, world, "hr_0", "S1", date(2025, 10, 1), date(2025, 11, 1))
    await assign(database, world, "hr_1", "S2", date(2025, 10, 1))
    clock.advance(timedelta(days=1))
    assert await evaluate_flags(database, clock, ONLY) == 2
    await deliver_events(world.app)
    assert await flagged(client, world, "hr") == [("D-IT", ["0.0000", "0.0000"])]
    assert len(await notices(database, world, "hr")) == 3  # nothing new to tell


async def test_two_workers_evaluating_at_once_raise_each_flag_once(
    world: World, database: Database, clock: ManualClock
) -> None:
    await operations_of_ten(database, world)
    changed = await asyncio.gather(evaluate_flags(database, clock, ONLY), evaluate_flags(database, clock, ONLY))
    assert sorted(changed) == [0, 3]
    async with database.session_scope() as session:
        flags = (await session.scalars(select(AnalyticsFlag))).all()
        told = await session.scalar(
            select(func.count()).select_from(OutboxEvent).where(OutboxEvent.topic == "analytics.flag_raised")
        )
    assert len(flags) == 3 and told == 3
