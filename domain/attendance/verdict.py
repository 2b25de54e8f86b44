"""The verdict on a punch: a pure function of what the database said (the place, the person's day
there, their previous punch, a QR window) and what the phone sent. Both recorders
(api/punch_recording.py) read the facts their own way and decide through `decide`, so a punch gets
the same verdict whichever path records it. Refusals are raised (PunchRefused, or InvalidInput for
a place that takes no punches); an accepted punch comes back as the row to write, the earlier
`in` to close as missing its `out`, and the events to record."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from domain.attendance import rules
from domain.attendance.events import ClockInFlagged
from domain.attendance.schemas import PunchCreate, PunchRead
from domain.org.places import PLACES
from domain.people.models import EmployeeStatus
from domain.shared.errors import DomainError, InvalidInput
from domain.shared.geo import haversine_m
from domain.shared.i18n import _
from domain.shared.local_time import local


class PunchRefused(DomainError):
    status = 422
    title = _("Punch refused")


@dataclass(frozen=True, slots=True)
class PunchDecision:
    """An accepted punch, decided and not yet written."""

    punch: PunchRead
    row: dict[str, Any]  # the clock_ins row; its `sequence` is the person's count the read saw, plus one
    missing_out: tuple[uuid.UUID, list[str]] | None  # the previous `in` to close: its id, its new flags
    events: list[dict[str, Any]]  # clock_in.flagged payloads, in order


@dataclass(frozen=True, slots=True)
class Timing:
    at: datetime  # the moment the punch counts at
    offline: bool


@dataclass(frozen=True, slots=True)
class PunchFacts:
    """What the database said: `place` is the context row (domain.attendance.punching's one read:
    the store, the person's status and previous punch, their punch count), `assigned` whether they
    work there on `day` (the store's local day), `qr_window` a valid QR code's window they have not
    used there yet."""

    place: Any
    day: date
    assigned: bool
    bssid: str | None
    qr_window: int | None


def timing(received_at: datetime, data: PunchCreate) -> Timing:
    """When the punch counts; refuses a phone clock ahead of the server and offline punches too old."""
    at, offline, refusal = rules.punch_time(received_at, data.client_time)
    if refusal == rules.Refusal.FUTURE:
        raise PunchRefused(
            _("The phone's clock is more than 2 minutes ahead of the server; correct the time and punch again."),
            slug=refusal.value,
        )
    if refusal == rules.Refusal.TOO_OLD:
        raise PunchRefused(
            _("This offline punch is more than 72 hours old; ask your store manager to record it."),
            slug=refusal.value,
        )
    return Timing(at, offline)


def decide(
    facts: PunchFacts,
    *,
    data: PunchCreate,
    max_accuracy_m: float,
    employee_id: uuid.UUID,
    request_id: str | None,
    received_at: datetime,
    timing: Timing,
    punch_id: uuid.UUID,
) -> PunchDecision:
    row, at = facts.place, timing.at
    if row.kind not in PLACES or row.latitude is None or row.longitude is None or row.geofence_radius_m is None:
        raise InvalidInput(
            _("Punches are made at a store or project."), field="body.store_id", slug="clock_in.not_a_store"
        )
    if row.employee_status is None or row.employee_status == EmployeeStatus.LEFT or not facts.assigned:
        raise PunchRefused(
            _("You are not assigned to {store} on {day}.", store=row.name, day=facts.day),
            slug="clock_in.not_assigned",
            store_name=row.name,
        )
    indoor: rules.Method | None = None
    qr_window: int | None = None
    if row.bssid_known:
        indoor = rules.Method.WIFI
    elif facts.qr_window is not None:
        indoor, qr_window = rules.Method.QR, facts.qr_window
    distance = haversine_m(row.latitude, row.longitude, data.lat, data.lon)
    fence = rules.geofence_verdict(
        distance_m=distance,
        radius_m=row.geofence_radius_m,
        accuracy_m=data.accuracy_m,
        max_accuracy_m=max_accuracy_m,
        indoor=indoor,
    )
    if fence.refusal == rules.Refusal.LOW_ACCURACY:
        raise PunchRefused(
            _(
                "Your location is only accurate to {accuracy_m} m (the limit is {max_accuracy_m} m); step "
                "outside, connect to the store Wi-Fi or scan the store's QR code.",
                accuracy_m=round(data.accuracy_m),
                max_accuracy_m=round(max_accuracy_m),
            ),
            slug=fence.refusal.value,
            accuracy_m=data.accuracy_m,
            max_accuracy_m=max_accuracy_m,
        )
    if fence.refusal == rules.Refusal.OUTSIDE:
        raise PunchRefused(
            _(
                "You are {distance} m from {store}; punches count within {geofence_radius_m} m.",
                distance=round(distance),
                store=row.name,
                geofence_radius_m=row.geofence_radius_m,
            ),
            slug=fence.refusal.value,
            distance_m=round(distance),
            radius_m=row.geofence_radius_m,
            buffer_m=round(min(data.accuracy_m, rules.MAX_BUFFER_M)),
            store_name=row.name,
        )
    assert fence.method is not None

    previous = (
        rules.PreviousPunch(rules.PunchKind(row.previous_kind), row.previous_at, row.previous_lat, row.previous_lon)
        if row.previous_id is not None
        else None
    )
    flags, close_previous = rules.flags_for(
        kind=data.kind,
        at=at,
        lat=data.lat,
        lon=data.lon,
        offline=timing.offline,
        mock_location=data.mock_location,
        previous=previous,
    )
    missing_out: tuple[uuid.UUID, list[str]] | None = None
    events: list[dict[str, Any]] = []
    if close_previous and rules.Flag.MISSING_OUT.value not in row.previous_flags:
        missing_out = (row.previous_id, [*row.previous_flags, rules.Flag.MISSING_OUT.value])
        events.append(
            ClockInFlagged(
                clock_in_id=row.previous_id,
                employee_id=employee_id,
                store_id=row.id,
                flags=[rules.Flag.MISSING_OUT.value],
                punched_at=row.previous_at,
            ).data()
        )
    flag_values = [f.value for f in flags]
    if flags:  # only flagged punches pay for the event row
        events.append(
            ClockInFlagged(
                clock_in_id=punch_id, employee_id=employee_id, store_id=row.id, flags=flag_values, punched_at=at
            ).data()
        )
    punch_row = {
        "id": punch_id,
        "employee_id": employee_id,
        "store_id": row.id,
        "kind": data.kind,
        "punched_at": at,
        "received_at": received_at,
        "client_time": data.client_time,
        "latitude": data.lat,
        "longitude": data.lon,
        "accuracy_m": data.accuracy_m,
        "distance_m": distance,
        "method": fence.method,
        "device_id": data.device_id,
        "wifi_bssid": facts.bssid,
        "qr_window": qr_window,
        "flags": flag_values,
        "flagged": bool(flags),
        "review_status": None,
        "reviewed_by": None,
        "reviewed_at": None,
        "review_reason": None,
        "request_id": request_id,
        "sequence": int(row.seen_sequence) + 1,
    }
    punch = PunchRead(
        id=punch_id,
        kind=data.kind,
        store_id=row.id,
        store_name=row.name,
        time_zone=row.timezone,
        method=fence.method,
        punched_at=at,
        punched_at_local=local(at, row.timezone),
        received_at=received_at,
        client_time=data.client_time,
        offline=timing.offline,
        distance_m=round(distance, 1),
        accuracy_m=data.accuracy_m,
        flags=flags,
        review_status=None,
    )
    return PunchDecision(punch=punch, row=punch_row, missing_out=missing_out, events=events)
