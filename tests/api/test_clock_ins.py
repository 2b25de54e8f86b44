"""Punching in and out from the phone: geofence verdicts, indoor proofs (Wi-Fi, rotating QR code),
assignments, spoofing flags, offline punches, idempotent retries and offline batches."""

from __future__ import annotations

import asyncio
import json
import math
import re
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text

from api.main import create_app
from api.settings import Settings
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.geo import EARTH_RADIUS_M
from tests.conftest import make_settings, postgres_admin
from tests.factories import World, assign, seed_world

POSITIONS = {"S1": (31.2304, 121.4737), "S2": (31.2397, 121.4998), "S3": (43.7744, 87.6200)}
RADII = {"S1": 150, "S2": 200, "S3": 150}
STORE_NAMES = {"S1": "People's Square store", "S2": "Lujiazui store", "S3": "Grand Bazaar store"}
BSSID = "aa:bb:cc:dd:ee:ff"


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def now(world: World) -> datetime:
    moment: datetime = world.app.state.clock.now()
    return moment


def north_of(store: str, metres: float) -> tuple[float, float]:
    lat, lon = POSITIONS[store]
    return lat + math.degrees(metres / EARTH_RADIUS_M), lon


def punch_body(world: World, store: str = "S1", **change: Any) -> dict[str, Any]:
    lat, lon = POSITIONS[store]
    return {
        "kind": "in",
        "store_id": str(world.units[store]),
        "lat": lat,
        "lon": lon,
        "accuracy_m": 10.0,
        "client_time": iso(now(world)),
        "device_id": "phone-1",
        **change,
    }


async def punch(
    client: httpx.AsyncClient, world: World, who: str, key: str | None, store: str = "S1", **change: Any
) -> httpx.Response:
    headers = world.headers(who)
    if key is not None:
        headers["Idempotency-Key"] = key
    return await client.post("/api/v1/clock-ins", json=punch_body(world, store, **change), headers=headers)


async def my_punches(client: httpx.AsyncClient, world: World, who: str) -> list[dict[str, Any]]:
    answer = await client.get("/api/v1/me/clock-ins", params={"limit": 100}, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


async def register_access_point(client: httpx.AsyncClient, world: World, store: str, bssid: str) -> None:
    answer = await client.put(
        f"/api/v1/stores/{world.units[store]}/access-points",
        json={"access_points": [{"bssid": bssid, "label": "back office"}]},
        headers=world.headers("hr"),
    )
    assert answer.status_code == 200, answer.text


async def qr_code(client: httpx.AsyncClient, world: World, store: str = "S1", who: str = "manager_s1") -> str:
    answer = await client.get(f"/api/v1/stores/{world.units[store]}/clock-qr", headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["token"]
    return token


def problem_type(answer: httpx.Response) -> str:
    assert answer.headers["content-type"].startswith("application/problem+json"), answer.text
    slug: str = answer.json()["type"]
    return slug


# --- the verdict ----------------------------------------------------------------------------------


async def test_a_punch_at_the_store_is_accepted_with_its_verdict_and_figures(client: httpx.AsyncClient, world: World):
    lat, lon = north_of("S1", 40)
    answer = await punch(client, world, "staff_s1", "k-1", lat=lat, lon=lon, accuracy_m=12.5)
    assert answer.status_code == 201, answer.text
    assert "idempotent-replayed" not in answer.headers
    body = answer.json()
    assert body["verdict"] == "accepted" and body["method"] == "gps" and body["kind"] == "in"
    assert body["distance_m"] == pytest.approx(40.0, abs=0.1)
    assert body["accuracy_m"] == 12.5 and body["flags"] == [] and body["offline"] is False
    assert body["store_id"] == str(world.units["S1"])
    assert datetime.fromisoformat(body["punched_at"]) == now(world)
    (stored,) = await my_punches(client, world, "staff_s1")
    assert stored["id"] == body["id"] and stored["method"] == "gps"


async def test_a_punch_outside_the_fence_is_refused_with_distance_radius_and_store(
    client: httpx.AsyncClient, world: World
):
    lat, lon = north_of("S1", 400)
    answer = await punch(client, world, "staff_s1", "k-1", lat=lat, lon=lon, accuracy_m=20.0)
    assert answer.status_code == 422
    assert problem_type(answer) == "/problems/geofence.outside"
    problem = answer.json()
    assert problem["distance_m"] == 400 and problem["radius_m"] == 150
    assert problem["store_name"] == STORE_NAMES["S1"]
    assert await my_punches(client, world, "staff_s1") == []


@pytest.mark.parametrize(
    ("distance", "accuracy", "accepted"),
    [(205.0, 60.0, True), (205.0, 50.0, False), (245.0, 100.0, True), (260.0, 250.0, False)],
)
async def test_the_fence_gives_the_fix_its_own_uncertainty_up_to_100_metres(
    client: httpx.AsyncClient, world: World, distance: float, accuracy: float, accepted: bool
):
    lat, lon = north_of("S1", distance)
    answer = await punch(client, world, "staff_s1", "k-1", lat=lat, lon=lon, accuracy_m=accuracy)
    if accepted:
        assert answer.status_code == 201, answer.text
    else:
        assert answer.status_code == 422
        assert problem_type(answer) == "/problems/geofence.outside"
        assert answer.json()["buffer_m"] == min(accuracy, 100)


async def test_a_coarse_fix_is_refused_as_low_accuracy_even_at_the_door(client: httpx.AsyncClient, world: World):
    answer = await punch(client, world, "staff_s1", "k-1", accuracy_m=800.0)
    assert answer.status_code == 422
    assert problem_type(answer) == "/problems/geofence.low_accuracy"
    assert answer.json()["accuracy_m"] == 800.0 and answer.json()["max_accuracy_m"] == 300.0


# --- indoor proofs --------------------------------------------------------------------------------


async def test_a_registered_access_point_proves_presence_in_any_spelling(client: httpx.AsyncClient, world: World):
    await register_access_point(client, world, "S1", "AA-BB-CC-DD-EE-FF")
    listed = await client.get(f"/api/v1/stores/{world.units['S1']}/access-points", headers=world.headers("hr"))
    assert listed.json() == [{"bssid": BSSID, "label": "back office"}]

    lat, lon = north_of("S1", 3_000)  # a phone indoors can report any nonsense
    answer = await punch(client, world, "staff_s1", "k-1", lat=lat, lon=lon, accuracy_m=2_000.0, wifi_bssid=BSSID)
    assert answer.status_code == 201, answer.text
    assert answer.json()["method"] == "wifi"
    assert answer.json()["distance_m"] == pytest.approx(3_000, abs=1)


async def test_an_unknown_access_point_or_another_stores_is_no_proof(client: httpx.AsyncClient, world: World):
    await register_access_point(client, world, "S2", BSSID)
    unknown = await punch(client, world, "staff_s1", "k-1", accuracy_m=800.0, wifi_bssid="00:11:22:33:44:55")
    assert problem_type(unknown) == "/problems/geofence.low_accuracy"
    elsewhere = await punch(client, world, "staff_s1", "k-2", accuracy_m=800.0, wifi_bssid=BSSID)
    assert problem_type(elsewhere) == "/problems/geofence.low_accuracy"


async def test_the_store_qr_code_proves_presence_once_per_person(client: httpx.AsyncClient, world: World):
    token = await qr_code(client, world)
    first = await punch(client, world, "staff_s1", "k-1", accuracy_m=900.0, qr_token=token)
    assert first.status_code == 201, first.text
    assert first.json()["method"] == "qr"

    again = await punch(client, world, "staff_s1", "k-2", kind="out", accuracy_m=900.0, qr_token=token)
    assert again.status_code == 422
    assert problem_type(again) == "/problems/geofence.low_accuracy"

    colleague = await punch(client, world, "manager_s1", "k-1", accuracy_m=900.0, qr_token=token)
    assert colleague.status_code == 201, colleague.text
    assert colleague.json()["method"] == "qr"


async def test_a_qr_code_shown_at_0_29_still_works_at_0_31_but_not_90_seconds_later(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    token = await qr_code(client, world)
    clock.advance(timedelta(seconds=31))
    late = await punch(client, world, "staff_s1", "k-1", accuracy_m=900.0, qr_token=token)
    assert late.status_code == 201, late.text
    assert late.json()["method"] == "qr"

    stale = await qr_code(client, world)
    clock.advance(timedelta(seconds=90))
    expired = await punch(client, world, "manager_s1", "k-1", accuracy_m=900.0, qr_token=stale)
    assert expired.status_code == 422
    assert problem_type(expired) == "/problems/geofence.low_accuracy"


async def test_an_expired_qr_code_does_not_rescue_a_punch_outside_the_fence(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    token = await qr_code(client, world)
    clock.advance(timedelta(seconds=90))
    lat, lon = north_of("S1", 1_000)
    answer = await punch(client, world, "staff_s1", "k-1", lat=lat, lon=lon, qr_token=token)
    assert problem_type(answer) == "/problems/geofence.outside"


async def test_a_qr_code_of_another_store_is_no_proof(client: httpx.AsyncClient, world: World, database: Database):
    await assign(database, world, "staff_s1", "S2", date(2026, 3, 1))
    token = await qr_code(client, world, "S1")
    answer = await punch(client, world, "staff_s1", "k-1", "S2", accuracy_m=900.0, qr_token=token)
    assert problem_type(answer) == "/problems/geofence.low_accuracy"


async def test_a_qr_token_with_a_unicode_digit_is_no_proof_rather_than_a_server_error(app: FastAPI, world: World):
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        answer = await punch(http, world, "staff_s1", "k-1", accuracy_m=900.0, qr_token="².AAAAAAAAAAAAAAAAAAAAAA")
    assert answer.status_code == 422
    assert problem_type(answer) == "/problems/geofence.low_accuracy"


# --- where one may punch --------------------------------------------------------------------------


async def test_someone_not_assigned_to_the_store_is_refused_until_assigned(
    client: httpx.AsyncClient, world: World, database: Database
):
    refused = await punch(client, world, "staff_s2", "k-1", "S1")
    assert refused.status_code == 422
    assert problem_type(refused) == "/problems/clock_in.not_assigned"
    assert refused.json()["store_name"] == STORE_NAMES["S1"]

    await assign(database, world, "staff_s2", "S1", date(2026, 3, 2), date(2026, 3, 3))
    accepted = await punch(client, world, "staff_s2", "k-2", "S1")
    assert accepted.status_code == 201, accepted.text
    assert accepted.json()["store_id"] == str(world.units["S1"])


async def test_an_assignment_counts_by_the_stores_local_day(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    """A secondment from 3 March covers 00:30 on 3 March in Shanghai, still 2 March in UTC."""
    await assign(database, world, "staff_s2", "S1", date(2026, 3, 3))
    clock.set(datetime.fromisoformat("2026-03-02T15:50:00+00:00"))  # 23:50 on 2 March in Shanghai
    before = await punch(client, world, "staff_s2", "k-1", "S1")
    assert problem_type(before) == "/problems/clock_in.not_assigned"
    clock.set(datetime.fromisoformat("2026-03-02T16:30:00+00:00"))
    on_the_day = await punch(client, world, "staff_s2", "k-2", "S1")
    assert on_the_day.status_code == 201, on_the_day.text


async def test_an_ended_secondment_no_longer_allows_punching(
    client: httpx.AsyncClient, world: World, database: Database
):
    await assign(database, world, "staff_s2", "S1", date(2026, 2, 1), date(2026, 3, 2))
    answer = await punch(client, world, "staff_s2", "k-1", "S1")
    assert problem_type(answer) == "/problems/clock_in.not_assigned"


async def test_an_unknown_store_is_404_and_a_department_is_not_a_place_to_punch(
    client: httpx.AsyncClient, world: World
):
    unknown = await punch(client, world, "staff_s1", "k-1", store_id=str(uuid.uuid4()))
    assert unknown.status_code == 404
    assert problem_type(unknown) == "/problems/store.not_found"
    department = await punch(client, world, "ops_staff", "k-2", store_id=str(world.units["D-OPS"]))
    assert department.status_code == 422
    assert problem_type(department) == "/problems/clock_in.not_a_store"
    assert await my_punches(client, world, "ops_staff") == []


# --- flags ----------------------------------------------------------------------------------------


async def test_a_mock_location_punch_is_accepted_but_flagged(client: httpx.AsyncClient, world: World):
    answer = await punch(client, world, "staff_s1", "k-1", mock_location=True)
    assert answer.status_code == 201, answer.text
    assert answer.json()["flags"] == ["mock_location"]
    (stored,) = await my_punches(client, world, "staff_s1")
    assert stored["flags"] == ["mock_location"] and stored["review_status"] is None


async def test_an_offline_punch_counts_at_the_phones_time(client: httpx.AsyncClient, world: World):
    made = now(world) - timedelta(minutes=10)
    answer = await punch(client, world, "staff_s1", "k-1", client_time=iso(made))
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["offline"] is True and body["flags"] == ["offline"]
    assert datetime.fromisoformat(body["punched_at"]) == made
    assert datetime.fromisoformat(body["received_at"]) == now(world)
    (stored,) = await my_punches(client, world, "staff_s1")
    assert datetime.fromisoformat(stored["punched_at"]) == made and stored["offline"] is True


async def test_a_phone_a_minute_late_is_not_offline_and_the_server_time_counts(client: httpx.AsyncClient, world: World):
    answer = await punch(client, world, "staff_s1", "k-1", client_time=iso(now(world) - timedelta(minutes=1)))
    assert answer.status_code == 201, answer.text
    assert answer.json()["offline"] is False and answer.json()["flags"] == []
    assert datetime.fromisoformat(answer.json()["punched_at"]) == now(world)


async def test_shanghai_then_urumqi_ten_minutes_later_is_impossible_travel(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    await assign(database, world, "staff_s1", "S3", date(2026, 3, 2), date(2026, 3, 3))
    first = await punch(client, world, "staff_s1", "k-1", "S1", kind="out")
    assert first.json()["flags"] == []
    clock.advance(timedelta(minutes=10))
    second = await punch(client, world, "staff_s1", "k-2", "S3")
    assert second.status_code == 201, second.text
    assert second.json()["flags"] == ["impossible_travel"]


async def test_two_stores_across_town_a_minute_apart_is_impossible_travel_but_an_hour_is_not(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    await assign(database, world, "staff_s1", "S2", date(2026, 3, 2), date(2026, 3, 3))
    await punch(client, world, "staff_s1", "k-1", "S1", kind="out")
    clock.advance(timedelta(minutes=1))  # 2.7 km in a minute: about 160 km/h
    quick = await punch(client, world, "staff_s1", "k-2", "S2", kind="out")
    assert quick.json()["flags"] == ["impossible_travel"]
    clock.advance(timedelta(hours=1))
    slow = await punch(client, world, "staff_s1", "k-3", "S1", kind="out")
    assert slow.json()["flags"] == []


async def test_an_in_after_an_in_marks_the_earlier_one_missing_its_out(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    first = await punch(client, world, "staff_s1", "k-1")
    clock.advance(timedelta(hours=9))
    second = await punch(client, world, "staff_s1", "k-2")
    assert second.status_code == 201, second.text
    assert second.json()["flags"] == []
    latest, earlier = await my_punches(client, world, "staff_s1")
    assert (latest["id"], earlier["id"]) == (second.json()["id"], first.json()["id"])
    assert earlier["flags"] == ["missing_out"] and latest["flags"] == []


async def test_an_in_then_out_then_in_flags_nothing(client: httpx.AsyncClient, world: World, clock: ManualClock):
    await punch(client, world, "staff_s1", "k-1")
    clock.advance(timedelta(hours=8))
    await punch(client, world, "staff_s1", "k-2", kind="out")
    clock.advance(timedelta(hours=16))
    await punch(client, world, "staff_s1", "k-3")
    assert [p["flags"] for p in await my_punches(client, world, "staff_s1")] == [[], [], []]


# --- the phone's clock ----------------------------------------------------------------------------


async def test_a_phone_clock_three_minutes_ahead_is_refused(client: httpx.AsyncClient, world: World):
    answer = await punch(client, world, "staff_s1", "k-1", client_time=iso(now(world) + timedelta(minutes=3)))
    assert answer.status_code == 422
    assert problem_type(answer) == "/problems/clock_in.future"
    assert await my_punches(client, world, "staff_s1") == []


async def test_an_offline_punch_older_than_72_hours_is_refused(client: httpx.AsyncClient, world: World):
    answer = await punch(client, world, "staff_s1", "k-1", client_time=iso(now(world) - timedelta(hours=73)))
    assert answer.status_code == 422
    assert problem_type(answer) == "/problems/clock_in.too_old"
    kept = await punch(client, world, "staff_s1", "k-2", client_time=iso(now(world) - timedelta(hours=71)))
    assert kept.status_code == 201, kept.text


# --- idempotency ----------------------------------------------------------------------------------


async def test_a_retry_with_the_same_key_replays_the_answer_and_punches_once(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    body = punch_body(world)
    headers = {**world.headers("staff_s1"), "Idempotency-Key": "retry-1"}
    first = await client.post("/api/v1/clock-ins", json=body, headers=headers)
    assert first.status_code == 201, first.text
    clock.advance(timedelta(seconds=40))  # the phone retries a little later
    retry = await client.post("/api/v1/clock-ins", json=body, headers={**headers, **world.headers("staff_s1")})
    assert retry.status_code == 201
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == first.json()
    assert len(await my_punches(client, world, "staff_s1")) == 1


async def test_the_same_key_with_a_different_body_is_refused(client: httpx.AsyncClient, world: World):
    first = await punch(client, world, "staff_s1", "k-1")
    assert first.status_code == 201
    other = await punch(client, world, "staff_s1", "k-1", kind="out")
    assert other.status_code == 422
    assert problem_type(other) == "/problems/idempotency.mismatch"
    assert [p["kind"] for p in await my_punches(client, world, "staff_s1")] == ["in"]


async def test_a_punch_without_a_key_or_with_a_bad_key_is_refused(client: httpx.AsyncClient, world: World):
    missing = await punch(client, world, "staff_s1", None)
    assert missing.status_code == 400
    assert problem_type(missing) == "/problems/idempotency.key_required"
    spaced = await punch(client, world, "staff_s1", "has a space")
    assert spaced.status_code == 400
    assert problem_type(spaced) == "/problems/idempotency.invalid_key"
    assert await my_punches(client, world, "staff_s1") == []


async def test_a_refused_punch_is_replayed_as_the_same_refusal(
    client: httpx.AsyncClient, world: World, database: Database
):
    refused = await punch(client, world, "staff_s2", "k-1", "S1")
    assert problem_type(refused) == "/problems/clock_in.not_assigned"
    await assign(database, world, "staff_s2", "S1", date(2026, 3, 2))
    replay = await punch(client, world, "staff_s2", "k-1", "S1")
    assert replay.status_code == 422
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json() == refused.json()
    assert await my_punches(client, world, "staff_s2") == []
    fresh = await punch(client, world, "staff_s2", "k-2", "S1")
    assert fresh.status_code == 201, fresh.text


async def test_keys_belong_to_the_caller(client: httpx.AsyncClient, world: World):
    mine = await punch(client, world, "staff_s1", "shared-key")
    theirs = await punch(client, world, "manager_s1", "shared-key")
    assert mine.status_code == theirs.status_code == 201
    assert "idempotent-replayed" not in theirs.headers
    assert mine.json()["id"] != theirs.json()["id"]
    assert len(await my_punches(client, world, "staff_s1")) == 1
    assert len(await my_punches(client, world, "manager_s1")) == 1


async def test_200_concurrent_retries_punch_exactly_once(client: httpx.AsyncClient, world: World, dialect: str):
    body = punch_body(world)
    headers = {**world.headers("staff_s1"), "Idempotency-Key": "storm-1"}
    answers = await asyncio.gather(*(client.post("/api/v1/clock-ins", json=body, headers=headers) for _ in range(200)))
    assert {a.status_code for a in answers} == {201}, {a.text for a in answers if a.status_code != 201}
    first = answers[0].json()
    assert all(a.json() == first for a in answers)  # the same JSON (PostgreSQL's JSONB may reorder the keys)
    assert sum(1 for a in answers if "idempotent-replayed" not in a.headers) == 1
    (stored,) = await my_punches(client, world, "staff_s1")
    assert stored["id"] == first["id"]


# --- offline batches ------------------------------------------------------------------------------


def batch_item(world: World, key: str, store: str = "S1", **change: Any) -> dict[str, Any]:
    return {**punch_body(world, store, **change), "idempotency_key": key}


async def send_batch(client: httpx.AsyncClient, world: World, who: str, items: list[dict[str, Any]]) -> httpx.Response:
    return await client.post("/api/v1/clock-ins/batch", json={"punches": items}, headers=world.headers(who))


async def test_a_mixed_batch_is_answered_item_by_item_in_the_order_sent(client: httpx.AsyncClient, world: World):
    far = north_of("S1", 2_000)
    earlier = now(world) - timedelta(minutes=10)
    items = [
        batch_item(world, "b-out", kind="out"),
        batch_item(world, "b-far", lat=far[0], lon=far[1]),
        batch_item(world, "b-offline", client_time=iso(earlier)),
    ]
    answer = await send_batch(client, world, "staff_s1", items)
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [(r["idempotency_key"], r["status"]) for r in results] == [
        ("b-out", 201),
        ("b-far", 422),
        ("b-offline", 201),
    ]
    assert results[0]["punch"]["kind"] == "out" and results[0]["problem"] is None
    assert results[1]["punch"] is None
    assert results[1]["problem"]["type"] == "/problems/geofence.outside"
    assert results[1]["problem"]["distance_m"] == 2_000
    offline = results[2]["punch"]
    assert offline["offline"] is True and datetime.fromisoformat(offline["punched_at"]) == earlier

    stored = await my_punches(client, world, "staff_s1")
    assert [(p["kind"], p["flags"]) for p in stored] == [("out", []), ("in", ["offline"])]


async def test_resending_a_batch_replays_every_item_without_new_punches(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    far = north_of("S1", 2_000)
    items = [
        batch_item(world, "b-1", client_time=iso(now(world) - timedelta(hours=2))),
        batch_item(world, "b-2", lat=far[0], lon=far[1]),
        batch_item(world, "b-3", kind="out"),
    ]
    first = await send_batch(client, world, "staff_s1", items)
    assert first.status_code == 200, first.text
    clock.advance(timedelta(minutes=5))
    again = await send_batch(client, world, "staff_s1", items)
    assert again.status_code == 200, again.text
    assert again.json() == first.json()
    assert [r["status"] for r in again.json()["results"]] == [201, 422, 201]
    assert len(await my_punches(client, world, "staff_s1")) == 2


async def test_a_batch_item_replays_a_punch_first_sent_on_its_own(client: httpx.AsyncClient, world: World):
    single = await punch(client, world, "staff_s1", "k-1")
    answer = await send_batch(client, world, "staff_s1", [batch_item(world, "k-1")])
    (result,) = answer.json()["results"]
    assert result["status"] == 201 and result["punch"] == single.json()
    assert len(await my_punches(client, world, "staff_s1")) == 1


async def test_a_batch_item_reusing_a_key_for_another_punch_does_not_sink_the_others(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    await punch(client, world, "staff_s1", "used")
    clock.advance(timedelta(hours=8))
    answer = await send_batch(
        client, world, "staff_s1", [batch_item(world, "fresh", kind="out"), batch_item(world, "used", kind="out")]
    )
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == [201, 422]
    assert results[1]["problem"]["type"] == "/problems/idempotency.mismatch"
    assert len(await my_punches(client, world, "staff_s1")) == 2


async def test_a_batch_of_501_punches_is_refused_whole(
    world: World, settings: Settings, clock: ManualClock, client: httpx.AsyncClient
):
    """With the production body limit (1 MiB), so the schema's 500-punch limit is what answers."""
    roomy = create_app(settings.model_copy(update={"max_body_bytes": 1_048_576}), clock=clock)
    try:
        transport = httpx.ASGITransport(app=roomy)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            items = [batch_item(world, f"b-{i}") for i in range(501)]
            answer = await send_batch(http, world, "staff_s1", items)
    finally:
        await roomy.state.database.dispose()
    assert answer.status_code == 422, answer.text
    assert problem_type(answer) == "/problems/validation.failed"
    assert any(e["field"] == "body.punches" for e in answer.json()["errors"])
    assert await my_punches(client, world, "staff_s1") == []


async def test_a_batch_repeating_a_key_is_refused_whole_naming_each_repeat(
    client: httpx.AsyncClient, world: World, database: Database
):
    """A key twice in one batch is the phone's bug (each punch has its own key): the copy used to be
    answered as a replay of the first, and the results, put back in the order sent by key, lost one.
    Now the whole batch is refused before anything is decided, each repeat named by its path."""
    items = [
        batch_item(world, "b-1"),
        batch_item(world, "b-2", kind="out"),
        batch_item(world, "b-1"),  # the same punch again
        batch_item(world, "b-2", kind="in"),  # another punch under a key already used in the batch
        batch_item(world, "b-3", kind="out"),
        batch_item(world, "b-1", kind="out"),
    ]
    answer = await send_batch(client, world, "staff_s1", items)
    assert answer.status_code == 422, answer.text
    assert problem_type(answer) == "/problems/clock_in.batch_key_repeated"
    assert [(e["field"], e["type"]) for e in answer.json()["errors"]] == [
        (f"body.punches.{n}.idempotency_key", "clock_in.batch_key_repeated") for n in (2, 3, 5)
    ]
    assert await my_punches(client, world, "staff_s1") == []
    async with database.session_scope() as session:  # no key kept either: nothing of the batch was written
        assert await session.scalar(text("SELECT count(*) FROM idempotency_keys")) == 0
    chinese = await client.post(
        "/api/v1/clock-ins/batch",
        json={"punches": items},
        headers={**world.headers("staff_s1"), "Accept-Language": "zh-CN"},
    )
    assert chinese.status_code == 422, chinese.text
    assert [e["field"] for e in chinese.json()["errors"]] == [e["field"] for e in answer.json()["errors"]]
    texts = [chinese.json()["detail"], *(e["message"] for e in chinese.json()["errors"])]
    assert all(re.search(r"[\u4e00-\u9fff]", text) for text in texts), chinese.text
    # the same punches, each under its own key, are recorded
    fixed = await send_batch(client, world, "staff_s1", [items[0], items[1], items[4]])
    assert fixed.status_code == 200, fixed.text
    assert [(r["idempotency_key"], r["status"]) for r in fixed.json()["results"]] == [
        ("b-1", 201),
        ("b-2", 201),
        ("b-3", 201),
    ]
    assert len(await my_punches(client, world, "staff_s1")) == 3


# --- the clock-in lane and the bare connections behind it ---------------------------------------


async def test_a_punch_carries_its_request_id_into_the_answer_the_stored_punch_and_a_refusal(
    client: httpx.AsyncClient, world: World, database: Database
):
    headers = {**world.headers("staff_s1"), "Idempotency-Key": "k-1", "X-Request-ID": "req-punch-1"}
    answer = await client.post("/api/v1/clock-ins", json=punch_body(world), headers=headers)
    assert answer.status_code == 201, answer.text
    assert answer.headers["x-request-id"] == "req-punch-1"
    async with database.session_scope() as session:
        stored = (await session.execute(text("SELECT request_id FROM clock_ins"))).scalars().all()
    assert stored == ["req-punch-1"]
    far = north_of("S1", 2_000)
    headers = {**headers, "Idempotency-Key": "k-2", "X-Request-ID": "req-punch-2"}
    refused = await client.post("/api/v1/clock-ins", json=punch_body(world, lat=far[0], lon=far[1]), headers=headers)
    assert refused.status_code == 422 and refused.json()["request_id"] == "req-punch-2"
    assert refused.json()["instance"] == "/api/v1/clock-ins"


async def test_requests_the_lane_does_not_take_get_the_routes_own_answers(client: httpx.AsyncClient, world: World):
    """No token, a broken token, malformed JSON, a body the schema refuses, a form: each is answered
    as every other route answers it, and nothing is punched."""
    keyed = {"Idempotency-Key": "k-1"}
    anonymous = await client.post("/api/v1/clock-ins", json=punch_body(world), headers=keyed)
    assert anonymous.status_code == 401 and problem_type(anonymous) == "/problems/auth.missing_token"
    forged = await client.post(
        "/api/v1/clock-ins", json=punch_body(world), headers={**keyed, "Authorization": "Bearer not.a.token"}
    )
    assert forged.status_code == 401 and problem_type(forged) == "/problems/auth.invalid_token"
    headers = {**world.headers("staff_s1"), **keyed}
    broken = await client.post(
        "/api/v1/clock-ins", content=b'{"kind": ', headers={**headers, "Content-Type": "application/json"}
    )
    assert broken.status_code == 400 and problem_type(broken) == "/problems/request.malformed_json"
    off_the_map = await client.post("/api/v1/clock-ins", json=punch_body(world, lat=91.0), headers=headers)
    assert off_the_map.status_code == 422
    assert [e["field"] for e in off_the_map.json()["errors"]] == ["body.lat"]
    nul = await client.post("/api/v1/clock-ins", json=punch_body(world, device_id="phone\x00"), headers=headers)
    assert nul.status_code == 422 and nul.json()["errors"][0]["field"] == "body.device_id"
    form = await client.post("/api/v1/clock-ins", data={"kind": "in"}, headers=headers)
    assert form.status_code == 422
    assert await my_punches(client, world, "staff_s1") == []
    # the same key then punches: none of the above stored an answer for it
    accepted = await punch(client, world, "staff_s1", "k-1")
    assert accepted.status_code == 201 and "idempotent-replayed" not in accepted.headers


async def test_json_nested_too_deep_to_parse_is_a_400_not_a_server_error(client: httpx.AsyncClient, world: World):
    """The lane's JSON parser gives up on deep nesting with a RecursionError, not a ValueError: it
    must hand the request to the route (400, as FastAPI answers it) rather than crash."""
    headers = {**world.headers("staff_s1"), "Idempotency-Key": "k-1", "Content-Type": "application/json"}
    for deep in (b"[" * 20_000 + b"]" * 20_000, b'{"a":' * 10_000 + b"1" + b"}" * 10_000):
        answer = await client.post("/api/v1/clock-ins", content=deep, headers=headers)
        assert answer.status_code == 400 and problem_type(answer) == "/problems/request.malformed_json", answer.text
    assert await my_punches(client, world, "staff_s1") == []


async def test_a_punch_body_over_the_size_limit_is_refused_before_it_is_read(client: httpx.AsyncClient, world: World):
    headers = {**world.headers("staff_s1"), "Idempotency-Key": "k-1", "Content-Type": "application/json"}
    padded = punch_body(world, device_id="x" * 100_000)

    async def streamed():  # no Content-Length: the limit is met while the body streams in
        text_body = json.dumps(padded).encode()
        for start in range(0, len(text_body), 16_384):
            yield text_body[start : start + 16_384]

    answer = await client.post("/api/v1/clock-ins", content=streamed(), headers=headers)
    assert answer.status_code == 413 and problem_type(answer) == "/problems/request.too_large"
    assert await my_punches(client, world, "staff_s1") == []


async def test_the_first_punch_after_a_postgres_restart_succeeds(
    dialect: str, client: httpx.AsyncClient, world: World, app: FastAPI
):
    """The punch path's bare connections skip the pre-ping: a connection the server dropped is
    replaced, and a statement that meets one is tried once more (safe: key and punch are one statement)."""
    if dialect != "postgresql":
        pytest.skip("a server restart only exists for PostgreSQL")
    assert (await punch(client, world, "staff_s1", "k-1")).status_code == 201
    name = app.state.database.engine.url.database
    postgres_admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    again = await punch(client, world, "staff_s1", "k-2", kind="out")
    assert again.status_code == 201, again.text
    assert sorted(p["kind"] for p in await my_punches(client, world, "staff_s1")) == ["in", "out"]


def server_closing_message() -> bytes:
    """What PostgreSQL sends a session before it closes the socket on a restart (pg_terminate_backend,
    shutdown): an ErrorResponse, FATAL 57P01."""
    fields = b"".join(
        code + text.encode() + b"\0"
        for code, text in (
            (b"S", "FATAL"),
            (b"V", "FATAL"),
            (b"C", "57P01"),
            (b"M", "terminating connection due to administrator command"),
        )
    )
    body = fields + b"\0"
    return b"E" + (len(body) + 4).to_bytes(4, "big") + body


async def test_a_pooled_connection_the_server_is_closing_is_thrown_away_not_reused(
    dialect: str, client: httpx.AsyncClient, world: World, app: FastAPI
):
    """During a restart the server's FATAL message reaches an idle pooled connection a moment before
    its socket closes. The driver then refuses every statement on it (InternalClientError: another
    operation is in progress) while the pool still hands it out, so punches failed with 500 until the
    socket's end was read. The connection is thrown away and the punch answered on a fresh one."""
    if dialect != "postgresql":
        pytest.skip("the driver pool is PostgreSQL's")
    assert (await punch(client, world, "staff_s1", "k-1")).status_code == 201
    database: Database = app.state.database
    pool = database._driver_pool
    async with database.driver_connection() as connection:  # the one the punch used, idle in the pool
        assert pool.get_size() == 1
        connection._protocol.data_received(server_closing_message())  # the socket's end not read yet
    answer = await punch(client, world, "staff_s1", "k-2", kind="out")
    assert answer.status_code == 201, answer.text
    again = await punch(client, world, "staff_s1", "k-3")
    assert again.status_code == 201, again.text
    assert sorted(p["kind"] for p in await my_punches(client, world, "staff_s1")) == ["in", "in", "out"]


async def test_punches_waiting_too_long_for_a_connection_get_503_not_a_hang(
    dialect: str, database_url: str, tmp_path: Path, clock: ManualClock
):
    if dialect != "postgresql":
        pytest.skip("the driver pool is PostgreSQL's")
    app = create_app(
        make_settings(database_url, tmp_path / "var", db_pool_size=1, db_max_overflow=0, db_pool_timeout_s=0.2),
        clock=clock,
    )
    world = await seed_world(app, clock)
    transport = httpx.ASGITransport(app=app)
    try:
        async with (
            app.state.database.driver_connection(),  # the only connection, held
            httpx.AsyncClient(transport=transport, base_url="http://testserver") as http,
        ):
            answer = await asyncio.wait_for(punch(http, world, "staff_s1", "k-1"), timeout=5)
        assert answer.status_code == 503
        assert answer.headers["retry-after"] == "2"
        assert problem_type(answer) == "/problems/service.unavailable"
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            retried = await punch(http, world, "staff_s1", "k-1")
        assert retried.status_code == 201 and "idempotent-replayed" not in retried.headers
    finally:
        await app.state.database.dispose()


async def test_flagged_punches_announce_themselves_in_order_and_clean_ones_do_not(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    """clock_in.flagged events (webhooks, notifications) are written with the punch: the earlier `in`
    closed as missing its `out` first, then the new punch's own flags."""
    first = await punch(client, world, "staff_s1", "k-1")
    assert first.status_code == 201 and first.json()["flags"] == []
    clock.advance(timedelta(hours=9))
    second = await punch(client, world, "staff_s1", "k-2", mock_location=True)
    assert second.json()["flags"] == ["mock_location"]
    replay = await punch(client, world, "staff_s1", "k-2", mock_location=True)
    assert replay.headers["idempotent-replayed"] == "true"
    async with database.session_scope() as session:
        rows = (await session.execute(text("SELECT topic, payload FROM outbox_events ORDER BY id"))).all()
    events = [(topic, json.loads(payload) if isinstance(payload, str) else payload) for topic, payload in rows]
    assert [(topic, event["clock_in_id"], event["flags"]) for topic, event in events] == [
        ("clock_in.flagged", first.json()["id"], ["missing_out"]),
        ("clock_in.flagged", second.json()["id"], ["mock_location"]),
    ]
    assert all(event["employee_id"] == str(world.employees["staff_s1"]) for _, event in events)
    assert all(event["store_id"] == str(world.units["S1"]) for _, event in events)


async def test_concurrent_punches_each_get_the_verdict_of_their_own_person_and_store(
    client: httpx.AsyncClient, world: World
):
    """On PostgreSQL concurrent punches share their context reads: each must still be judged on its
    own person, store and position."""
    far = north_of("S2", 2_000)
    cases: list[tuple[str, str, dict[str, Any], int, str | None]] = [
        ("staff_s1", "S1", dict(zip(("lat", "lon"), north_of("S1", 40), strict=True)), 201, None),
        ("staff_s2", "S2", dict(zip(("lat", "lon"), north_of("S2", 100), strict=True)), 201, None),
        ("staff_s3", "S3", {}, 201, None),
        ("manager_s1", "S2", {}, 422, "/problems/clock_in.not_assigned"),
        ("ops_staff", "S1", {"store_id": str(world.units["D-OPS"])}, 422, "/problems/clock_in.not_a_store"),
        ("manager_s2", "S1", {"store_id": str(uuid.uuid4())}, 404, "/problems/store.not_found"),
        ("staff_s2", "S2", {"lat": far[0], "lon": far[1], "kind": "out"}, 422, "/problems/geofence.outside"),
    ]
    answers = await asyncio.gather(
        *(
            punch(client, world, who, f"key-{number}", store, **change)
            for number, (who, store, change, _, _) in enumerate(cases)
        )
    )
    for (who, store, _, status, problem), answer in zip(cases, answers, strict=True):
        assert answer.status_code == status, (who, store, answer.text)
        if problem is not None:
            assert problem_type(answer) == problem, (who, store)
            continue
        assert answer.json()["store_id"] == str(world.units[store])
    assert answers[0].json()["distance_m"] == pytest.approx(40.0, abs=0.1)
    assert answers[1].json()["distance_m"] == pytest.approx(100.0, abs=0.1)
    assert answers[2].json()["distance_m"] == pytest.approx(0.0, abs=0.1)
    assert answers[6].json()["distance_m"] == 2_000 and answers[6].json()["store_name"] == "Lujiazui store"
    assert [p["id"] for p in await my_punches(client, world, "staff_s1")] == [answers[0].json()["id"]]
    assert [p["id"] for p in await my_punches(client, world, "staff_s2")] == [answers[1].json()["id"]]
