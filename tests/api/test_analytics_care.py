"""Care figures over the API, on both databases: women's share of late shifts from published
rosters and flexible arrangements with the protections in force, each worked out by hand on a
small organisation; small groups and their complements suppressed, who reads what, flags, CSV."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import httpx
from sqlalchemy import select

from domain.analytics.flags import evaluate_flags
from domain.analytics.models import AnalyticsFlag
from domain.care.models import ArrangementStatus, CarePeriod, FlexibleArrangement
from domain.rosters.models import Roster, RosterShift, RosterStatus, ShiftTemplate
from domain.shared.actor import Role
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.api.test_analytics import notices, women
from tests.factories import World, deliver_events, hire
from tests.support import assert_problem

LATE_SHIFTS = "/api/v1/analytics/late-shifts"
CARE = "/api/v1/analytics/care-arrangements"
JANUARY = {"from": "2026-01-01", "to": "2026-01-31"}

# code, starts, ends: LATE and NIGHT are late (ends after 22:00, crosses midnight); EDGE ends at
# 22:00 exactly and DAY by day: not late
TEMPLATES = {
    "LATE": (time(14, 0), time(22, 30)),
    "NIGHT": (time(22, 0), time(6, 0)),
    "EDGE": (time(14, 0), time(22, 0)),
    "DAY": (time(9, 0), time(17, 0)),
}


async def roster(
    database: Database,
    world: World,
    store: str,
    week_start: date,
    shifts: list[tuple[str, int, str]],
    *,
    published: bool = True,
) -> None:
    """A store's week with (person, day of the week, template code) shifts; templates made once."""
    moment = world.app.state.clock.now()
    async with database.session_scope() as session:
        templates = {
            t.code: t.id
            for t in await session.scalars(select(ShiftTemplate).where(ShiftTemplate.store_id == world.units[store]))
        }
        for code, (starts, ends) in TEMPLATES.items():
            if code not in templates:
                templates[code] = uuid.uuid4()
                session.add(
                    ShiftTemplate(
                        id=templates[code],
                        store_id=world.units[store],
                        code=code,
                        name=code.title(),
                        starts=starts,
                        ends=ends,
                        break_minutes=0,
                        headcount=[1] * 7,
                        active=True,
                        created_at=moment,
                        updated_at=moment,
                    )
                )
        roster_id = uuid.uuid4()
        session.add(
            Roster(
                id=roster_id,
                store_id=world.units[store],
                week_start=week_start,
                status=(RosterStatus.PUBLISHED if published else RosterStatus.DRAFT).value,
                version=1,
                created_at=moment,
                updated_at=moment,
            )
        )
        await session.flush()
        session.add_all(
            RosterShift(
                id=uuid.uuid4(),
                roster_id=roster_id,
                employee_id=world.employees[who],
                day=week_start + timedelta(days=offset),
                template_id=templates[code],
                created_at=moment,
            )
            for who, offset, code in shifts
        )


async def store_staff(database: Database, world: World, store: str, count: int) -> list[str]:
    names = [f"{store.lower()}_{n}" for n in range(count)]
    for n, name in enumerate(names):
        await hire(database, world, name, f"E{store}{n:02d}", store, [(Role.EMPLOYEE, store)])
    return names


def points(answer: httpx.Response) -> list[dict[str, Any]]:
    assert answer.status_code == 200, answer.text
    found: list[dict[str, Any]] = answer.json()["points"]
    return found


def at(found: list[dict[str, Any]], code: str | None, measure: str | None = None, period: str = "2026-01") -> Any:
    (point,) = [
        p for p in found if p["period"] == period and p["group"]["unit_code"] == code and p.get("measure") == measure
    ]
    return point


def shown(point: dict[str, Any]) -> tuple[Any, ...]:
    return (point["numerator"], point["denominator"], point["value"], point["flagged"])


# --- women's share of late shifts ---------------------------------------------------------------


async def five_on_late_shifts_at_s1(database: Database, world: World, people: int = 5) -> list[str]:
    """The week of 5 January 2026 at S1, published: s1_0 (a woman) LATE on Monday and NIGHT on
    Wednesday, s1_1 .. s1_4 one LATE each, and EDGE and DAY shifts (not late) for s1_1 and the
    woman: 2 of 6 late shifts by a woman, 0.3333. A draft week (12 January) is not counted."""
    staff = await store_staff(database, world, "S1", 6)
    await women(database, world, "s1_0", "s1_5")
    shifts = [("s1_0", 0, "LATE"), ("s1_0", 2, "NIGHT"), ("s1_0", 4, "EDGE"), ("s1_1", 5, "DAY")]
    shifts += [(staff[n], 1, "LATE") for n in range(1, people)]
    await roster(database, world, "S1", date(2026, 1, 5), shifts)
    await roster(database, world, "S1", date(2026, 1, 12), [("s1_5", 0, "LATE")], published=False)
    return staff


async def test_women_s_share_of_late_shifts_per_store_region_and_all(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await five_on_late_shifts_at_s1(database, world)
    hr = world.headers("hr")
    answer = await client.get(LATE_SHIFTS, params=JANUARY, headers=hr)
    (whole,) = points(answer)
    assert answer.json()["threshold"] == "0.1000" and answer.json()["direction"] == "above"
    assert shown(whole) == (2, 6, "0.3333", True)
    by_store = points(await client.get(LATE_SHIFTS, params={**JANUARY, "group_by": "store"}, headers=hr))
    assert {p["group"]["unit_code"] for p in by_store} == {"S1", "S2", "S3"}
    assert shown(at(by_store, "S1")) == (2, 6, "0.3333", True)
    assert shown(at(by_store, "S2")) == (0, 0, None, False)  # no late shifts: nothing to share
    by_region = points(await client.get(LATE_SHIFTS, params={**JANUARY, "group_by": "region"}, headers=hr))
    assert shown(at(by_region, "R-EAST")) == (2, 6, "0.3333", True)
    february = points(await client.get(LATE_SHIFTS, params={"from": "2026-02-01", "to": "2026-02-28"}, headers=hr))
    assert shown(february[0]) == (0, 0, None, False)


async def test_late_shifts_of_four_people_are_suppressed_of_five_shown_and_their_complement_hidden(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await five_on_late_shifts_at_s1(database, world, people=4)
    params = {**JANUARY, "group_by": ["region", "store"]}
    four = points(await client.get(LATE_SHIFTS, params=params, headers=world.headers("hr")))
    assert at(four, "S1")["suppressed"] and at(four, "S1")["value"] is None
    assert at(four, "R-EAST")["suppressed"]
    (whole,) = points(await client.get(LATE_SHIFTS, params=JANUARY, headers=world.headers("hr")))
    assert whole["suppressed"]

    # a fifth person: S1 is shown; then two people on late shifts at S2 (suppressed), and East (7
    # people) less S1 (5) would show S2's two: S1 is hidden beside East
    await roster(database, world, "S1", date(2026, 1, 19), [("s1_5", 0, "LATE")])
    five = points(await client.get(LATE_SHIFTS, params=params, headers=world.headers("hr")))
    assert shown(at(five, "S1")) == (3, 6, "0.5000", True)
    await store_staff(database, world, "S2", 2)
    await roster(database, world, "S2", date(2026, 1, 5), [("s2_0", 0, "NIGHT"), ("s2_1", 1, "NIGHT")])
    beside = points(await client.get(LATE_SHIFTS, params=params, headers=world.headers("hr")))
    assert at(beside, "S2")["suppressed"] and at(beside, "S1")["suppressed"]
    assert shown(at(beside, "R-EAST")) == (3, 8, "0.3750", True)


async def test_store_managers_read_their_stores_and_others_nothing(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await five_on_late_shifts_at_s1(database, world)
    mine = points(await client.get(LATE_SHIFTS, params=JANUARY, headers=world.headers("manager_s1")))
    assert [p["group"]["unit_code"] for p in mine] == ["S1"]
    region = points(await client.get(LATE_SHIFTS, params=JANUARY, headers=world.headers("region_east")))
    assert [p["group"]["unit_code"] for p in region] == ["R-EAST", "S1", "S2"]
    assert points(await client.get(LATE_SHIFTS, params=JANUARY, headers=world.headers("ops_head"))) == []
    for who in ("staff_s1", "ops_staff"):
        assert_problem(
            await client.get(LATE_SHIFTS, params=JANUARY, headers=world.headers(who)), 404, "analytics.not_found"
        )
    other = {**JANUARY, "unit_id": str(world.units["S3"])}
    assert_problem(
        await client.get(LATE_SHIFTS, params=other, headers=world.headers("manager_s1")),
        404,
        "analytics.unit_not_found",
    )
    narrowed = points(await client.get(LATE_SHIFTS, params=other, headers=world.headers("leader")))
    assert [p["group"]["unit_code"] for p in narrowed] == ["S3"]
    unknown = await client.get(LATE_SHIFTS, params={**JANUARY, "group_by": "sex"}, headers=world.headers("hr"))
    assert unknown.status_code == 422


async def test_a_store_above_the_cap_over_28_days_is_flagged_and_cleared(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    """On 2 March the 28 days to 1 March (2-29 February, ...) count. S1's week of 9 February: the
    woman s1_0 on two of six late shifts, 0.3333 above 0.10: flagged. Then 14 more late shifts by
    men in the week of 23 February: 2 of 20 is 0.10, not above: cleared the next day."""
    staff = await store_staff(database, world, "S1", 6)
    await women(database, world, "s1_0")
    week = [("s1_0", 0, "LATE"), ("s1_0", 1, "LATE")] + [(staff[n], 2, "LATE") for n in range(1, 5)]
    await roster(database, world, "S1", date(2026, 2, 9), week)
    await evaluate_flags(database, clock, ["late_shifts"])
    async with database.session_scope() as session:
        flags = (await session.scalars(select(AnalyticsFlag).where(AnalyticsFlag.figure == "late_shifts"))).all()
        assert [(f.unit_id, f.threshold, f.trend[-1]["value"]) for f in flags] == [
            (world.units["S1"], "0.10", "0.3333")
        ]
    await deliver_events(world.app)
    assert len(await notices(database, world, "manager_s1")) == 1 and len(await notices(database, world, "hr")) == 1
    listed = await client.get("/api/v1/analytics/flags", headers=world.headers("manager_s1"))
    assert [(f["figure"], f["group"]["unit_code"]) for f in listed.json()] == [("late_shifts", "S1")]
    more = [(staff[n], day, "LATE") for n in range(1, 6) for day in range(3)][:14]
    await roster(database, world, "S1", date(2026, 2, 23), more)
    clock.advance(timedelta(days=1))
    await evaluate_flags(database, clock, ["late_shifts"])
    async with database.session_scope() as session:
        flag = await session.scalar(select(AnalyticsFlag).where(AnalyticsFlag.figure == "late_shifts"))
        assert flag is not None and flag.cleared_at is not None and flag.trend[-1]["value"] == "0.1000"


async def test_the_late_shift_csv_has_the_same_points(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await five_on_late_shifts_at_s1(database, world)
    params = {**JANUARY, "group_by": "store"}
    as_json = points(await client.get(LATE_SHIFTS, params=params, headers=world.headers("hr")))
    answer = await client.get(LATE_SHIFTS, params={**params, "format": "csv"}, headers=world.headers("hr"))
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    found = list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))
    assert [(r["unit_code"], r["numerator"], r["denominator"]) for r in found] == [
        (p["group"]["unit_code"], str(p["numerator"]), str(p["denominator"])) for p in as_json
    ]


# --- care arrangements ---------------------------------------------------------------------------


async def arrangement(
    database: Database, world: World, who: str, status: ArrangementStatus, created_at: datetime
) -> None:
    async with database.session_scope() as session:
        session.add(
            FlexibleArrangement(
                id=uuid.uuid4(),
                employee_id=world.employees[who],
                requested_by=world.accounts[who],
                start_date=created_at.date() + timedelta(days=14),
                end_date=created_at.date() + timedelta(days=100),
                reduced_minutes=60,
                remote_days_per_week=0,
                window_start=None,
                window_end=None,
                status=status.value,
                steps=[],
                current_step=None,
                current_step_since=None,
                version=1,
                created_at=created_at,
                updated_at=created_at,
                decided_at=None,
            )
        )


async def protection(database: Database, world: World, who: str, kind: str, start: date, end: date) -> None:
    async with database.session_scope() as session:
        session.add(
            CarePeriod(employee_id=world.employees[who], kind=kind, basis="law", start_date=start, end_date=end)
        )


async def operations_staff(database: Database, world: World, count: int) -> list[str]:
    names = [f"ops_{n}" for n in range(count)]
    for n, name in enumerate(names):
        await hire(database, world, name, f"E09{n:02d}", "D-OPS", [(Role.EMPLOYEE, "D-OPS")])
    return names


JAN_10 = datetime(2026, 1, 10, 2, 0, tzinfo=UTC)


async def test_arrangements_requested_granted_refused_and_protections_in_force(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """Operations in January: 6 granted, 5 refused (11 requested), granted 6 of 11 decided
    (0.5455); one more made at 00:30 on 1 February in Shanghai (31 January in UTC) counts in
    February. On 31 January five people have no night work in force; a sixth's ended on the 15th."""
    staff = await operations_staff(database, world, 12)
    for name in staff[:6]:
        await arrangement(database, world, name, ArrangementStatus.APPROVED, JAN_10)
    for name in staff[6:11]:
        await arrangement(database, world, name, ArrangementStatus.REJECTED, JAN_10)
    await arrangement(
        database, world, staff[11], ArrangementStatus.IN_REVIEW, datetime(2026, 1, 31, 16, 30, tzinfo=UTC)
    )
    for name in staff[:5]:
        await protection(database, world, name, "no_night_work", date(2026, 1, 1), date(2026, 6, 30))
    await protection(database, world, staff[5], "no_night_work", date(2025, 10, 1), date(2026, 1, 15))
    params = {"from": "2026-01-01", "to": "2026-02-28"}
    answer = await client.get(CARE, params=params, headers=world.headers("hr"))
    whole = points(answer)
    assert answer.json()["threshold"] is None and answer.json()["minimum_group"] == 5

    def count(measure: str, period: str = "2026-01", code: str | None = None) -> Any:
        point = at(whole if code is None else by_unit, code, measure, period)
        return point["value"], point["numerator"], point["denominator"], point["suppressed"]

    by_unit: list[dict[str, Any]] = []
    assert count("requested") == ("11", 11, None, False)
    assert count("granted") == ("6", 6, None, False)
    assert count("refused") == ("5", 5, None, False)
    assert count("pending") == ("0", 0, None, False)
    assert count("granted_share") == ("0.5455", 6, 11, False)
    assert count("in_force.no_night_work") == ("5", 5, None, False)
    assert count("in_force.protected_time") == ("0", 0, None, False)
    assert count("requested", "2026-02") == (None, None, None, True)  # one request: suppressed
    by_unit = points(await client.get(CARE, params={**params, "group_by": "department"}, headers=world.headers("hr")))
    assert count("granted", code="D-OPS") == ("6", 6, None, False)
    assert count("requested", code="D-HR") == ("0", 0, None, False)
    # departments only; regions and stores are grouped by store (a figure over 2,000 stores at
    # every department request answered 294,000 points on the big tenant)
    assert {p["group"]["unit_code"] for p in by_unit} == {"D-OPS", "D-HR", "D-IT"}
    by_store = points(await client.get(CARE, params={**params, "group_by": "store"}, headers=world.headers("hr")))
    assert {p["group"]["unit_code"] for p in by_store} == {"R-EAST", "R-WEST", "S1", "S2", "S3"}


async def test_four_refusals_are_suppressed_with_what_would_give_them_away_and_five_shown(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    staff = await operations_staff(database, world, 11)
    for name in staff[:6]:
        await arrangement(database, world, name, ArrangementStatus.APPROVED, JAN_10)
    for name in staff[6:10]:
        await arrangement(database, world, name, ArrangementStatus.REJECTED, JAN_10)
    four = points(await client.get(CARE, params=JANUARY, headers=world.headers("hr")))
    assert at(four, None, "refused")["suppressed"]
    # requested (10) less granted (6) would be the four: granted is hidden too, and the share
    assert at(four, None, "requested")["value"] == "10"
    assert at(four, None, "granted")["suppressed"] and at(four, None, "granted_share")["suppressed"]

    await arrangement(database, world, staff[10], ArrangementStatus.REJECTED, JAN_10)
    five = points(await client.get(CARE, params=JANUARY, headers=world.headers("hr")))
    assert [at(five, None, m)["value"] for m in ("requested", "granted", "refused", "granted_share")] == [
        "11",
        "6",
        "5",
        "0.5455",
    ]


async def test_care_counts_are_read_within_the_reader_s_units(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    staff = await operations_staff(database, world, 5)
    for name in staff:
        await arrangement(database, world, name, ArrangementStatus.APPROVED, JAN_10)
    head = points(await client.get(CARE, params=JANUARY, headers=world.headers("ops_head")))
    assert {p["group"]["unit_code"] for p in head} == {"D-OPS"} and at(head, "D-OPS", "granted")["value"] == "5"
    manager = points(await client.get(CARE, params=JANUARY, headers=world.headers("manager_s1")))
    assert {p["group"]["unit_code"] for p in manager} == {"S1"} and at(manager, "S1", "granted")["value"] == "0"
    for who in ("staff_s1", "ops_staff"):
        assert_problem(await client.get(CARE, params=JANUARY, headers=world.headers(who)), 404, "analytics.not_found")
    outside = await client.get(
        CARE, params={**JANUARY, "unit_id": str(world.units["D-HR"])}, headers=world.headers("ops_head")
    )
    assert_problem(outside, 404, "analytics.unit_not_found")
    answer = await client.get(CARE, params={**JANUARY, "format": "csv"}, headers=world.headers("leader"))
    rows = list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))
    assert [(r["measure"], r["value"]) for r in rows][:3] == [("requested", "5"), ("granted", "5"), ("refused", "0")]
