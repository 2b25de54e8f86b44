"""Pure rules of a punch: distances, the geofence verdict, punch times, spoofing flags, indoor proofs
(Wi-Fi BSSIDs and the rotating QR code) and how punches add up to worked days."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.attendance.rules import (
    DayPunch,
    Flag,
    Method,
    PreviousPunch,
    PunchKind,
    Refusal,
    flags_for,
    geofence_verdict,
    normalise_bssid,
    punch_time,
    qr_token,
    qr_token_valid,
    qr_window,
    worked_days,
)
from domain.shared.geo import EARTH_RADIUS_M, haversine_m

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai; a multiple of 30 s
SHANGHAI = ZoneInfo("Asia/Shanghai")
S1 = (31.2304, 121.4737)
S3 = (43.7744, 87.6200)
SECRET = b"q" * 32
STORE = uuid.UUID("11111111-1111-1111-1111-111111111111")
OTHER_STORE = uuid.UUID("22222222-2222-2222-2222-222222222222")
HALF_CIRCUMFERENCE_M = math.pi * EARTH_RADIUS_M

latitudes = st.floats(min_value=-90, max_value=90, allow_nan=False, allow_infinity=False)
longitudes = st.floats(min_value=-180, max_value=180, allow_nan=False, allow_infinity=False)
points = st.tuples(latitudes, longitudes)


def metres_north(point: tuple[float, float], metres: float) -> tuple[float, float]:
    return point[0] + math.degrees(metres / EARTH_RADIUS_M), point[1]


# --- haversine ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected_km", "tolerance_km"),
    [
        pytest.param((51.5007, -0.1246), (40.6892, -74.0445), 5574.8, 1.0, id="big-ben-to-statue-of-liberty"),
        pytest.param((0.0, 0.0), (1.0, 0.0), 111.2, 0.05, id="one-degree-of-latitude"),
        pytest.param((0.0, 179.9), (0.0, -179.9), 22.24, 0.05, id="across-the-antimeridian"),
        pytest.param((89.9, 0.0), (89.9, 180.0), 22.24, 0.05, id="over-the-north-pole"),
        pytest.param((-89.9, 45.0), (-89.9, -135.0), 22.24, 0.05, id="over-the-south-pole"),
        pytest.param((0.0, 0.0), (0.0, 180.0), 20015.1, 0.5, id="antipodes-on-the-equator"),
        pytest.param(S1, (31.2397, 121.4998), 2.68, 0.05, id="s1-to-s2-in-shanghai"),
    ],
)
def test_haversine_matches_published_distances(
    a: tuple[float, float], b: tuple[float, float], expected_km: float, tolerance_km: float
):
    assert haversine_m(*a, *b) / 1000 == pytest.approx(expected_km, abs=tolerance_km)


def test_identical_points_are_zero_metres_apart():
    assert haversine_m(*S1, *S1) == 0.0
    assert haversine_m(90.0, 0.0, 90.0, 123.0) == pytest.approx(0.0, abs=1e-6)  # every longitude meets at the pole


def test_short_distances_stay_accurate_to_the_metre():
    assert haversine_m(*S1, *metres_north(S1, 150.0)) == pytest.approx(150.0, abs=0.01)
    assert haversine_m(*S1, *metres_north(S1, 1.0)) == pytest.approx(1.0, abs=0.001)


@given(points, points)
def test_haversine_is_symmetric_non_negative_and_at_most_half_the_circumference(
    a: tuple[float, float], b: tuple[float, float]
):
    there, back = haversine_m(*a, *b), haversine_m(*b, *a)
    assert there == pytest.approx(back, abs=1e-6)
    assert 0.0 <= there <= HALF_CIRCUMFERENCE_M + 1e-6


@given(points, points, points)
def test_haversine_obeys_the_triangle_inequality(
    a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]
):
    assert haversine_m(*a, *c) <= haversine_m(*a, *b) + haversine_m(*b, *c) + 1.0


@given(latitudes, latitudes, st.floats(min_value=0, max_value=10, allow_nan=False))
def test_crossing_the_antimeridian_is_the_short_way_round(lat1: float, lat2: float, offset: float):
    """Two points either side of 180° are as far apart as their mirror images either side of 0°."""
    across = haversine_m(lat1, 180.0 - offset, lat2, -180.0 + offset)
    mirrored = haversine_m(lat1, -offset, lat2, offset)
    assert across == pytest.approx(mirrored, abs=0.01)


# --- the geofence verdict -----------------------------------------------------------------------


def verdict(distance: float, accuracy: float = 10.0, radius: float = 150.0, indoor: Method | None = None):
    return geofence_verdict(
        distance_m=distance, radius_m=radius, accuracy_m=accuracy, max_accuracy_m=300.0, indoor=indoor
    )


@pytest.mark.parametrize("accuracy", [0.0, 10.0, 55.5, 100.0])
def test_accepted_exactly_at_radius_plus_accuracy_and_refused_just_past_it(accuracy: float):
    edge = 150.0 + accuracy
    inside = verdict(edge, accuracy)
    assert inside.accepted and inside.method == Method.GPS and inside.refusal is None
    assert inside.distance_m == edge
    outside = verdict(edge + 0.01, accuracy)
    assert not outside.accepted and outside.method is None and outside.refusal == Refusal.OUTSIDE
    assert outside.distance_m == edge + 0.01


@pytest.mark.parametrize("accuracy", [100.01, 150.0, 300.0])
def test_the_accuracy_buffer_is_capped_at_100_metres(accuracy: float):
    assert verdict(250.0, accuracy).accepted
    assert verdict(250.01, accuracy).refusal == Refusal.OUTSIDE


def test_a_fix_worse_than_the_limit_is_refused_as_low_accuracy_even_at_the_door():
    assert verdict(0.0, accuracy=300.0).accepted
    refused = verdict(0.0, accuracy=300.01)
    assert not refused.accepted and refused.refusal == Refusal.LOW_ACCURACY
    assert verdict(5_000.0, accuracy=301.0).refusal == Refusal.LOW_ACCURACY  # accuracy is judged before distance


@pytest.mark.parametrize("proof", [Method.WIFI, Method.QR])
@pytest.mark.parametrize(("distance", "accuracy"), [(0.0, 5.0), (20_000.0, 5.0), (0.0, 5_000.0), (9_000.0, 99_999.0)])
def test_indoor_proof_wins_whatever_the_gps_says(proof: Method, distance: float, accuracy: float):
    result = verdict(distance, accuracy, indoor=proof)
    assert result.accepted and result.method == proof and result.refusal is None
    assert result.distance_m == distance


# --- punch time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("client_offset", "expected_at", "offline", "refusal"),
    [
        pytest.param(timedelta(0), "received", False, None, id="on-time"),
        pytest.param(-timedelta(minutes=2), "received", False, None, id="two-minutes-late-is-still-online"),
        pytest.param(-timedelta(minutes=2, seconds=1), "client", True, None, id="offline-after-two-minutes"),
        pytest.param(-timedelta(hours=72), "client", True, None, id="offline-72-hours"),
        pytest.param(-timedelta(hours=72, seconds=1), "received", True, Refusal.TOO_OLD, id="too-old"),
        pytest.param(timedelta(minutes=1), "received", False, None, id="phone-slightly-ahead"),
        pytest.param(timedelta(minutes=2), "received", False, None, id="two-minutes-ahead-is-tolerated"),
        pytest.param(timedelta(minutes=2, seconds=1), "received", False, Refusal.FUTURE, id="future"),
    ],
)
def test_punch_time_trusts_the_server_except_for_offline_punches(
    client_offset: timedelta, expected_at: str, offline: bool, refusal: Refusal | None
):
    client_time = NOW + client_offset
    at, was_offline, refused = punch_time(NOW, client_time)
    assert at == (NOW if expected_at == "received" else client_time)
    assert (was_offline, refused) == (offline, refusal)


# --- flags --------------------------------------------------------------------------------------


def flags(
    *,
    kind: PunchKind = PunchKind.IN,
    at: datetime = NOW,
    where: tuple[float, float] = S1,
    offline: bool = False,
    mock: bool = False,
    previous: PreviousPunch | None = None,
) -> tuple[set[Flag], bool]:
    found, close_previous = flags_for(
        kind=kind, at=at, lat=where[0], lon=where[1], offline=offline, mock_location=mock, previous=previous
    )
    assert len(found) == len(set(found))
    return set(found), close_previous


def test_a_clean_first_punch_has_no_flags():
    assert flags() == (set(), False)


def test_mock_location_and_offline_are_flagged_but_nothing_is_closed():
    assert flags(mock=True) == ({Flag.MOCK_LOCATION}, False)
    assert flags(offline=True) == ({Flag.OFFLINE}, False)
    assert flags(mock=True, offline=True) == ({Flag.MOCK_LOCATION, Flag.OFFLINE}, False)


def test_shanghai_to_urumqi_in_ten_minutes_is_impossible_travel():
    previous = PreviousPunch(PunchKind.OUT, NOW - timedelta(minutes=10), *S1)
    assert flags(where=S3, previous=previous) == ({Flag.IMPOSSIBLE_TRAVEL}, False)
    slow = PreviousPunch(PunchKind.OUT, NOW - timedelta(days=2), *S1)  # ~3,300 km in two days is a flight
    assert flags(where=S3, previous=slow) == (set(), False)


@pytest.mark.parametrize(("km", "flagged"), [(24.9, False), (25.1, True)])
def test_impossible_travel_starts_above_150_km_per_hour(km: float, flagged: bool):
    previous = PreviousPunch(PunchKind.OUT, NOW - timedelta(minutes=10), *S1)  # 25 km in 10 min is 150 km/h
    found, _ = flags(where=metres_north(S1, km * 1000), previous=previous)
    assert (Flag.IMPOSSIBLE_TRAVEL in found) is flagged


def test_two_places_at_the_same_second_is_impossible_travel_but_the_same_place_is_not():
    previous = PreviousPunch(PunchKind.OUT, NOW, *S1)
    assert Flag.IMPOSSIBLE_TRAVEL in flags(where=metres_north(S1, 5_000), previous=previous)[0]
    assert Flag.IMPOSSIBLE_TRAVEL not in flags(where=metres_north(S1, 20), previous=previous)[0]


@pytest.mark.parametrize(
    ("previous_kind", "kind", "closes"),
    [
        (PunchKind.IN, PunchKind.IN, True),
        (PunchKind.IN, PunchKind.OUT, False),
        (PunchKind.OUT, PunchKind.IN, False),
        (PunchKind.OUT, PunchKind.OUT, False),
    ],
)
def test_only_an_in_after_an_in_closes_the_previous_shift_as_missing_its_out(
    previous_kind: PunchKind, kind: PunchKind, closes: bool
):
    previous = PreviousPunch(previous_kind, NOW - timedelta(hours=3), *S1)
    found, close_previous = flags(kind=kind, previous=previous)
    assert close_previous is closes
    assert Flag.MISSING_OUT not in found  # the flag goes on the earlier punch, not this one


# --- Wi-Fi access points ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "aa:bb:cc:dd:ee:ff",
        "AA:BB:CC:DD:EE:FF",
        "AA-BB-CC-DD-EE-FF",
        "aabb.ccdd.eeff",
        "AABBCCDDEEFF",
        "aA-bB:cc.dd-EE:ff",
    ],
)
def test_every_way_of_writing_a_bssid_names_the_same_access_point(written: str):
    assert normalise_bssid(written) == "aa:bb:cc:dd:ee:ff"


def test_text_that_is_not_a_mac_address_is_not_turned_into_one():
    assert normalise_bssid("AA:BB:CC") == "aa:bb:cc"
    assert normalise_bssid("aa:bb:cc:dd:ee:ff:00") != "aa:bb:cc:dd:ee:ff"


# --- the rotating QR code ----------------------------------------------------------------------


def current_token(moment: datetime = NOW, store: uuid.UUID = STORE) -> str:
    return qr_token(SECRET, store, qr_window(moment))


@pytest.mark.parametrize("later", [timedelta(0), timedelta(seconds=29), timedelta(seconds=30), timedelta(seconds=59)])
def test_a_qr_code_holds_for_its_window_and_the_next(later: timedelta):
    assert qr_token_valid(SECRET, STORE, current_token(), NOW + later)


@pytest.mark.parametrize("later", [timedelta(seconds=60), timedelta(seconds=90), timedelta(hours=1)])
def test_a_qr_code_expires_after_two_windows(later: timedelta):
    assert not qr_token_valid(SECRET, STORE, current_token(), NOW + later)


def test_a_code_from_the_future_window_is_refused():
    assert not qr_token_valid(SECRET, STORE, current_token(NOW + timedelta(seconds=30)), NOW)


def test_a_qr_code_only_proves_presence_at_its_own_store():
    assert not qr_token_valid(SECRET, OTHER_STORE, current_token(), NOW)
    assert not qr_token_valid(b"another secret", STORE, current_token(), NOW)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),
        lambda t: t.partition(".")[0],
        lambda t: t.partition(".")[0] + ".",
        lambda t: "x" + t,
        lambda t: "-" + t,
        lambda t: "",
    ],
)
def test_a_forged_or_mangled_qr_code_is_refused(mangle):
    assert not qr_token_valid(SECRET, STORE, mangle(current_token()), NOW)


def test_a_qr_code_with_a_unicode_digit_window_is_refused_not_crashed():
    assert not qr_token_valid(SECRET, STORE, "²." + current_token().partition(".")[2], NOW)


# --- worked days --------------------------------------------------------------------------------


def day_punch(kind: PunchKind, local: str, store: uuid.UUID = STORE, *flag: str) -> DayPunch:
    return DayPunch(kind, datetime.fromisoformat(local).replace(tzinfo=SHANGHAI).astimezone(UTC), store, tuple(flag))


def test_a_day_counts_the_minutes_between_each_in_and_the_next_out():
    days = worked_days(
        [
            day_punch(PunchKind.IN, "2026-03-02T09:00"),
            day_punch(PunchKind.OUT, "2026-03-02T12:00"),
            day_punch(PunchKind.IN, "2026-03-02T13:00"),
            day_punch(PunchKind.OUT, "2026-03-02T17:30"),
        ],
        SHANGHAI,
    )
    assert len(days) == 1
    (day,) = days
    assert day.day == date(2026, 3, 2) and day.store_id == STORE
    assert day.worked == timedelta(hours=7, minutes=30)
    assert day.first_in == datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    assert day.last_out == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_punches_are_put_in_order_before_they_are_paired():
    punches = [
        day_punch(PunchKind.OUT, "2026-03-02T17:00"),
        day_punch(PunchKind.IN, "2026-03-02T09:00"),
    ]
    (day,) = worked_days(punches, SHANGHAI)
    assert day.worked == timedelta(hours=8)


def test_days_are_local_days_of_the_store_not_utc_days():
    """23:30 UTC on 1 March is 07:30 on 2 March in Shanghai."""
    (day,) = worked_days(
        [
            DayPunch(PunchKind.IN, datetime(2026, 3, 1, 23, 30, tzinfo=UTC), STORE, ()),
            DayPunch(PunchKind.OUT, datetime(2026, 3, 2, 3, 30, tzinfo=UTC), STORE, ()),
        ],
        SHANGHAI,
    )
    assert day.day == date(2026, 3, 2) and day.worked == timedelta(hours=4)


def test_a_late_shift_crossing_local_midnight_counts_on_the_day_it_started():
    (day,) = worked_days(
        [day_punch(PunchKind.IN, "2026-03-02T22:00"), day_punch(PunchKind.OUT, "2026-03-03T06:15")], SHANGHAI
    )
    assert day.day == date(2026, 3, 2)
    assert day.worked == timedelta(hours=8, minutes=15)
    assert day.last_out == datetime(2026, 3, 2, 22, 15, tzinfo=UTC)


def test_an_in_without_an_out_counts_nothing_and_the_next_in_starts_afresh():
    days = worked_days(
        [
            day_punch(PunchKind.IN, "2026-03-02T09:00", STORE, "missing_out"),
            day_punch(PunchKind.IN, "2026-03-03T09:00"),
            day_punch(PunchKind.OUT, "2026-03-03T10:00"),
        ],
        SHANGHAI,
    )
    assert [(d.day, d.worked) for d in days] == [
        (date(2026, 3, 2), timedelta(0)),
        (date(2026, 3, 3), timedelta(hours=1)),
    ]
    assert days[0].flags == {"missing_out"} and days[0].last_out is None
    assert days[1].flags == set()


def test_an_out_without_an_in_records_the_out_but_no_time():
    (day,) = worked_days([day_punch(PunchKind.OUT, "2026-03-02T18:00")], SHANGHAI)
    assert day.first_in is None and day.worked == timedelta(0)
    assert day.last_out == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def test_flags_of_every_punch_of_the_day_are_collected():
    (day,) = worked_days(
        [
            day_punch(PunchKind.IN, "2026-03-02T09:00", STORE, "offline"),
            day_punch(PunchKind.OUT, "2026-03-02T17:00", STORE, "mock_location"),
        ],
        SHANGHAI,
    )
    assert day.flags == {"offline", "mock_location"}


def test_no_punches_means_no_days():
    assert worked_days([], SHANGHAI) == []
