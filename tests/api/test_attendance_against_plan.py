"""Punches meet the published plan: late beyond the grace, left early, a missed shift, an unplanned
punch, a night shift across midnight, and the nursing hour counted as worked - in my days, the
store's day and the timesheet, in the store's zone."""

from __future__ import annotations

from typing import Any

import httpx

from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.api.test_attendance import at, my_days, punch, read_csv, store_day, timesheet
from tests.api.test_care_profile import nursing_mother
from tests.api.test_rosters import EARLY, NIGHT, WEEK, day, put, roster_url, shift, templates
from tests.factories import World, assign


async def publish(client: httpx.AsyncClient, world: World, assignments: list[dict[str, str]]) -> None:
    saved = await put(client, world, assignments, 0, who="hr")
    assert saved.status_code == 200, saved.text
    published = await client.post(f"{roster_url(world)}/publish", json={"version": 1}, headers=world.headers("hr"))
    assert published.status_code == 200, published.text


async def punch_local(
    client: httpx.AsyncClient, world: World, clock: ManualClock, who: str, moment: str, kind: str = "in"
) -> dict[str, Any]:
    clock.set(at(moment))
    return await punch(client, world, who, "S1", kind=kind)


def outcome(days: list[dict[str, Any]], on: str) -> dict[str, Any]:
    [found] = [d for d in days if d["date"] == on]
    return found


async def test_late_early_missed_and_unplanned_show_in_every_view(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    ids = await templates(client, world, EARLY, NIGHT)
    await publish(
        client,
        world,
        [
            shift(world, "staff_s1", 0, ids["EARLY"]),  # on time
            shift(world, "staff_s1", 1, ids["EARLY"]),  # late and left early
            shift(world, "staff_s1", 2, ids["EARLY"]),  # missed
            shift(world, "staff_s1", 3, ids["NIGHT"]),  # across midnight, on time
        ],
    )
    await punch_local(client, world, clock, "staff_s1", f"{day(0)}T07:04:00+08:00")  # within the grace
    await punch_local(client, world, clock, "staff_s1", f"{day(0)}T15:01:00+08:00", "out")
    await punch_local(client, world, clock, "staff_s1", f"{day(1)}T07:20:00+08:00")
    await punch_local(client, world, clock, "staff_s1", f"{day(1)}T14:00:00+08:00", "out")
    await punch_local(client, world, clock, "staff_s1", f"{day(3)}T21:58:00+08:00")
    await punch_local(client, world, clock, "staff_s1", f"{day(4)}T06:03:00+08:00", "out")
    await punch_local(client, world, clock, "staff_s1", f"{day(5)}T10:00:00+08:00")  # no shift that day
    await punch_local(client, world, clock, "staff_s1", f"{day(5)}T12:00:00+08:00", "out")
    clock.set(at(f"{day(6)}T20:00:00+08:00"))

    days = await my_days(client, world, "staff_s1", day(0), day(6))
    assert [d["date"] for d in days] == [day(0), day(1), day(2), day(3), day(5)]
    on_time = outcome(days, day(0))
    assert (on_time["planned_minutes"], on_time["shifts"][0]["flags"]) == (420, [])
    assert on_time["shifts"][0]["starts_local"] == f"{day(0)}T07:00:00+08:00"
    late = outcome(days, day(1))["shifts"][0]
    assert (late["flags"], late["late_minutes"], late["early_minutes"]) == (["late", "left_early"], 20, 60)
    missed = outcome(days, day(2))
    assert (missed["worked_minutes"], missed["planned_minutes"], missed["shifts"][0]["flags"]) == (0, 420, ["missed"])
    night = outcome(days, day(3))["shifts"][0]
    assert (night["code"], night["flags"], night["worked_minutes"]) == ("NIGHT", [], 485)
    unplanned = outcome(days, day(5))
    assert (unplanned["planned_minutes"], unplanned["shifts"][0]["code"], unplanned["shifts"][0]["flags"]) == (
        0,
        None,
        ["unplanned"],
    )

    store = await store_day(client, world, "manager_s1", day=day(1))
    [person] = [p for p in store["punched"] if p["employee_no"] == "E0102"]
    assert person["planned_minutes"] == 420 and person["shifts"][0]["flags"] == ["late", "left_early"]
    absent = await store_day(client, world, "manager_s1", day=day(2))
    [gone] = [p for p in absent["absent"] if p["employee_no"] == "E0102"]
    assert gone["shifts"][0]["flags"] == ["missed"]

    sheet = (await timesheet(client, world, "hr")).json()
    rows = {(r["employee_no"], r["date"]): r for r in sheet["rows"]}
    assert rows[("E0102", day(2))]["shift_flags"] == ["missed"] and rows[("E0102", day(2))]["worked_minutes"] == 0
    assert (rows[("E0102", day(1))]["late_minutes"], rows[("E0102", day(1))]["early_minutes"]) == (20, 60)
    header, *lines = read_csv(await timesheet(client, world, "hr", format="csv"))
    by_date = {line[3]: dict(zip(header, line, strict=True)) for line in lines if line[0] == "E0102"}
    assert by_date[day(1)]["shift_flags"] == "late left_early"
    assert by_date[day(2)]["planned_minutes"] == "420"
    assert by_date[day(0)]["time_zone"] == "Asia/Shanghai"


async def test_without_a_published_roster_there_is_no_plan_and_no_noise(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    ids = await templates(client, world, EARLY)
    saved = await put(client, world, [shift(world, "staff_s1", 0, ids["EARLY"])], 0)
    assert saved.status_code == 200  # a draft only
    await punch_local(client, world, clock, "staff_s1", f"{day(0)}T09:00:00+08:00")
    await punch_local(client, world, clock, "staff_s1", f"{day(0)}T17:00:00+08:00", "out")
    [only] = await my_days(client, world, "staff_s1", day(0), day(6))
    assert (only["planned_minutes"], only["shifts"]) == (None, [])


async def test_the_nursing_hour_counts_as_worked_and_excuses_the_hour_it_takes(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
) -> None:
    ids = await templates(client, world, EARLY)
    await nursing_mother(client, world)
    await assign(database, world, "ops_staff", "S1", WEEK, None)
    await publish(client, world, [shift(world, "ops_staff", 0, ids["EARLY"])])
    await punch_local(client, world, clock, "ops_staff", f"{day(0)}T07:00:00+08:00")
    await punch_local(client, world, clock, "ops_staff", f"{day(0)}T14:00:00+08:00", "out")  # the hour, at the end
    clock.set(at(f"{day(0)}T20:00:00+08:00"))
    [today] = await my_days(client, world, "ops_staff", day(0), day(0))
    worked = today["shifts"][0]
    assert (worked["flags"], worked["protected_minutes"], worked["worked_minutes"]) == ([], 60, 480)
