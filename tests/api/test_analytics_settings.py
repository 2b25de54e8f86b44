"""HR's analytics settings over the API, on both databases: the defaults, a save with the version
read, a stale save refused, the smallest group never below 3, and a new threshold applied."""

from __future__ import annotations

from datetime import date

import httpx

from domain.shared.actor import Role
from domain.shared.db import Database
from tests.factories import World, assign, hire
from tests.support import assert_problem

SETTINGS = "/api/v1/analytics/settings"
SAVED = {
    "minimum_group": 3,
    "frontline_days": 10,
    "participation_below": "0.5",
    "satisfaction_below": "0.6",
    "attrition_above": "0.15",
    "turnover_above": "0.3",
    "late_shift_share_above": "0.1",
    "leader_days_below": 30,
}


async def test_hr_sets_the_thresholds_and_the_figures_follow(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    hr = world.headers("hr")
    defaults = (await client.get(SETTINGS, headers=hr)).json()
    assert (defaults["version"], defaults["minimum_group"], defaults["participation_below"]) == (0, 5, "0.2000")
    assert_problem(await client.get(SETTINGS, headers=world.headers("staff_s1")), 404, "analytics.not_found")
    assert_problem(await client.put(SETTINGS, json={**SAVED, "version": 0}, headers=world.headers("ops_head")), 403)
    too_small = await client.put(SETTINGS, json={**SAVED, "minimum_group": 2, "version": 0}, headers=hr)
    assert too_small.status_code == 422 and "minimum_group" in too_small.text
    not_a_share = await client.put(SETTINGS, json={**SAVED, "turnover_above": "1.5", "version": 0}, headers=hr)
    assert not_a_share.status_code == 422 and "turnover_above" in not_a_share.text

    saved = await client.put(SETTINGS, json={**SAVED, "version": 0}, headers=hr)
    assert saved.status_code == 200, saved.text
    assert (saved.json()["version"], saved.json()["participation_below"]) == (1, "0.5000")
    stale = await client.put(SETTINGS, json={**SAVED, "version": 0}, headers=hr)
    assert_problem(stale, 409, "analytics.settings_changed")

    # ops_staff's 12 days at S1 now count (10 days go); with two more people each, HR and IT have
    # 3: every department is shown (minimum 3), and Operations' 1 of 4 is below the new 50 %
    for number, home in enumerate(["D-HR", "D-HR", "D-IT", "D-IT"]):
        await hire(database, world, f"extra_{number}", f"E08{number:02d}", home, [(Role.EMPLOYEE, home)])
    await assign(database, world, "ops_staff", "S1", date(2026, 1, 5), date(2026, 1, 17))
    answer = await client.get(
        "/api/v1/analytics/participation",
        params={"from": "2026-01-01", "to": "2026-01-31", "group_by": "department"},
        headers=hr,
    )
    series = answer.json()
    assert (series["threshold"], series["minimum_group"]) == ("0.5000", 3)
    (ops,) = [p for p in series["points"] if p["group"]["unit_code"] == "D-OPS"]
    assert (ops["numerator"], ops["denominator"], ops["flagged"]) == (1, 4, True)
