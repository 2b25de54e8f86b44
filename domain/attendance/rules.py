"""Pure rules of a punch: the geofence verdict, the indoor fallbacks and the spoofing flags.

- Accepted when distance <= radius + buffer, buffer = min(accuracy, 100 m): a fix is given the
  benefit of its own uncertainty, but never more than 100 m of it.
- A fix worse than the organisation's accuracy limit is refused unless an indoor fallback holds: a
  registered Wi-Fi BSSID, or the store's rotating QR code (HMAC of store and 30-second window).
- The server's receipt time is authoritative; a client time up to 72 hours old marks an offline punch
  and is used as the punch time; more than 2 minutes in the future is refused.
- Flags never refuse a punch; they are recorded and shown to the store manager.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from domain.shared.geo import haversine_m

MAX_BUFFER_M = 100.0
DEFAULT_MAX_ACCURACY_M = 300.0
OFFLINE_AFTER = timedelta(minutes=2)
MAX_OFFLINE_AGE = timedelta(hours=72)
MAX_CLOCK_SKEW_AHEAD = timedelta(minutes=2)
IMPOSSIBLE_SPEED_KMH = 150.0
QR_WINDOW_S = 30


class PunchKind(enum.StrEnum):
    IN = "in"
    OUT = "out"


class Flag(enum.StrEnum):
    MOCK_LOCATION = "mock_location"
    IMPOSSIBLE_TRAVEL = "impossible_travel"
    OFFLINE = "offline"
    MISSING_OUT = "missing_out"


class Method(enum.StrEnum):
    GPS = "gps"
    WIFI = "wifi"
    QR = "qr"


class Refusal(enum.StrEnum):
    OUTSIDE = "geofence.outside"
    LOW_ACCURACY = "geofence.low_accuracy"
    FUTURE = "clock_in.future"
    TOO_OLD = "clock_in.too_old"


@dataclass(frozen=True, slots=True)
class Verdict:
    accepted: bool
    method: Method | None
    distance_m: float
    refusal: Refusal | None = None


def geofence_verdict(
    *,
    distance_m: float,
    radius_m: float,
    accuracy_m: float,
    max_accuracy_m: float,
    indoor: Method | None,
) -> Verdict:
    """Indoor proof wins whatever the GPS says; otherwise the accuracy limit, then the fence."""
    if indoor is not None:
        return Verdict(True, indoor, distance_m)
    if accuracy_m > max_accuracy_m:
        return Verdict(False, None, distance_m, Refusal.LOW_ACCURACY)
    if distance_m <= radius_m + min(accuracy_m, MAX_BUFFER_M):
        return Verdict(True, Method.GPS, distance_m)
    return Verdict(False, None, distance_m, Refusal.OUTSIDE)


def punch_time(received_at: datetime, client_time: datetime) -> tuple[datetime, bool, Refusal | None]:
    """(the time the punch counts at, whether it was made offline, a refusal)."""
    if client_time - received_at > MAX_CLOCK_SKEW_AHEAD:
        return received_at, False, Refusal.FUTURE
    lag = received_at - client_time
    if lag > MAX_OFFLINE_AGE:
        return received_at, True, Refusal.TOO_OLD
    if lag > OFFLINE_AFTER:
        return client_time, True, None
    return received_at, False, None


def travel_speed_kmh(distance_m: float, elapsed: timedelta) -> float:
    seconds = abs(elapsed.total_seconds())
    if seconds < 1:
        return float("inf") if distance_m > 1000 else 0.0
    return distance_m / 1000 / (seconds / 3600)


@dataclass(frozen=True, slots=True)
class PreviousPunch:
    kind: PunchKind
    at: datetime
    lat: float
    lon: float


def flags_for(
    *,
    kind: PunchKind,
    at: datetime,
    lat: float,
    lon: float,
    offline: bool,
    mock_location: bool,
    previous: PreviousPunch | None,
) -> tuple[list[Flag], bool]:
    """(flags on this punch, whether the previous `in` must be closed as missing its `out`)."""
    flags: list[Flag] = []
    if mock_location:
        flags.append(Flag.MOCK_LOCATION)
    if offline:
        flags.append(Flag.OFFLINE)
    close_previous = False
    if previous is not None:
        distance = haversine_m(previous.lat, previous.lon, lat, lon)
        if travel_speed_kmh(distance, at - previous.at) > IMPOSSIBLE_SPEED_KMH:
            flags.append(Flag.IMPOSSIBLE_TRAVEL)
        close_previous = kind == PunchKind.IN and previous.kind == PunchKind.IN
    return flags, close_previous


def normalise_bssid(value: str) -> str:
    """Lower-case, colon-separated: AA-BB-CC-DD-EE-FF and aabb.ccdd.eeff name the same access point."""
    digits = "".join(ch for ch in value.lower() if ch in "0123456789abcdef")
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2)) if len(digits) == 12 else value.lower()


def qr_window(moment: datetime) -> int:
    return int(moment.timestamp()) // QR_WINDOW_S


def qr_token(secret: bytes, store_id: uuid.UUID, window: int) -> str:
    mac = hmac.new(secret, f"clock-qr:{store_id}:{window}".encode(), hashlib.sha256).digest()[:16]
    return f"{window}.{base64.urlsafe_b64encode(mac).decode().rstrip('=')}"


def qr_token_valid(secret: bytes, store_id: uuid.UUID, token: str, now: datetime) -> bool:
    """Valid for the current window and the one before it (a code shown at 0:29 and scanned at 0:31)."""
    window_text, _, _ = token.partition(".")
    if not (window_text.isascii() and window_text.isdigit()):
        return False
    window = int(window_text)
    current = qr_window(now)
    if window not in (current, current - 1):
        return False
    return hmac.compare_digest(token, qr_token(secret, store_id, window))


@dataclass(frozen=True, slots=True)
class DayPunch:
    kind: PunchKind
    at: datetime
    store_id: uuid.UUID
    flags: tuple[str, ...]


@dataclass(slots=True)
class WorkedDay:
    day: date
    store_id: uuid.UUID
    first_in: datetime | None = None
    last_out: datetime | None = None
    worked: timedelta = timedelta(0)
    flags: set[str] | None = None


def worked_days(punches: list[DayPunch], tz: tzinfo) -> list[WorkedDay]:
    """Days in the store's time zone: first in, last out, and time worked between each `in` and
    the `out` that follows it (an `in` with no `out` counts nothing: the shift is missing its end)."""
    days: dict[tuple[date, uuid.UUID], WorkedDay] = {}
    open_in: DayPunch | None = None
    for punch in sorted(punches, key=lambda p: p.at):
        local_day = punch.at.astimezone(tz).date()
        if punch.kind == PunchKind.IN:
            key = (local_day, punch.store_id)
            open_in = punch
        elif open_in is not None:
            key = (open_in.at.astimezone(tz).date(), open_in.store_id)
        else:
            key = (local_day, punch.store_id)
        day = days.setdefault(key, WorkedDay(day=key[0], store_id=key[1], flags=set()))
        assert day.flags is not None
        day.flags.update(punch.flags)
        if punch.kind == PunchKind.IN:
            day.first_in = day.first_in or punch.at
        else:
            day.last_out = punch.at
            if open_in is not None:
                day.worked += punch.at - open_in.at
            open_in = None
    return sorted(days.values(), key=lambda d: (d.day, str(d.store_id)))


def worked_minutes(day: WorkedDay) -> int:
    """Whole minutes worked, as every view shows them (seconds left over are not rounded up)."""
    return int(day.worked.total_seconds() // 60)


def minutes_per_day(days: Iterable[WorkedDay]) -> dict[date, int]:
    """Minutes worked on each day, all stores together (a day worked at two stores is two rows)."""
    found: dict[date, int] = {}
    for day in days:
        found[day.day] = found.get(day.day, 0) + worked_minutes(day)
    return found


def short_minutes(expected: int, worked: int) -> int:
    """Ordinary time missing from a day: what was expected less what was worked, never below 0.
    `expected` already has an approved reduction and protected (nursing) time taken off, so working
    the arrangement's shorter day is never short, and time beyond the day is not short either."""
    return max(expected - worked, 0)
