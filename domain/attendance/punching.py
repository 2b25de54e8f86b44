"""Recording a punch: the hottest path of the product (thousands of phones at shift start).

One read fetches everything the verdict needs (the store and its access points, the person, their
assignment on the day, their previous punch); one insert records the punch. Statements are built
once at import on Core tables, so a punch pays neither ORM bookkeeping nor expression building.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Row, Table, bindparam, exists, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from domain.attendance import rules
from domain.attendance.models import ClockIn, StoreAccessPoint
from domain.attendance.schemas import PunchCreate, PunchRead
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Assignment, Employee, EmployeeStatus
from domain.shared import outbox
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import DomainError, Forbidden, InvalidInput, NotFound
from domain.shared.geo import haversine_m

PLACES = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)
ZONE_CACHE_SECONDS = 300.0

units = cast(Table, OrgUnit.__table__)
access_points = cast(Table, StoreAccessPoint.__table__)
employees = cast(Table, Employee.__table__)
assignments = cast(Table, Assignment.__table__)
clock_ins = cast(Table, ClockIn.__table__)

_previous_id = (
    select(clock_ins.c.id)
    .where(clock_ins.c.employee_id == bindparam("employee_id"), clock_ins.c.punched_at <= bindparam("at"))
    .order_by(clock_ins.c.punched_at.desc())
    .limit(1)
    .scalar_subquery()
)
_assigned_on_day = exists().where(
    assignments.c.employee_id == bindparam("employee_id"),
    assignments.c.unit_id == units.c.id,
    assignments.c.cancelled_at.is_(None),
    assignments.c.valid_from <= bindparam("day"),
    or_(assignments.c.valid_to.is_(None), assignments.c.valid_to > bindparam("day")),
)
_home = employees.alias("home")
PUNCH_CONTEXT = (
    select(
        units.c.id,
        units.c.name,
        units.c.kind,
        units.c.latitude,
        units.c.longitude,
        units.c.geofence_radius_m,
        units.c.timezone,
        exists()
        .where(access_points.c.store_id == units.c.id, access_points.c.bssid == bindparam("bssid"))
        .label("bssid_known"),
        _home.c.status.label("employee_status"),
        (_home.c.home_unit_id == units.c.id).label("home_here"),
        _assigned_on_day.label("assigned_here"),
        clock_ins.c.id.label("previous_id"),
        clock_ins.c.kind.label("previous_kind"),
        clock_ins.c.punched_at.label("previous_at"),
        clock_ins.c.latitude.label("previous_lat"),
        clock_ins.c.longitude.label("previous_lon"),
        clock_ins.c.flags.label("previous_flags"),
    )
    .select_from(
        units.outerjoin(_home, _home.c.id == bindparam("employee_id")).outerjoin(
            clock_ins, clock_ins.c.id == _previous_id
        )
    )
    .where(units.c.id == bindparam("store_id"))
)
ASSIGNED_ON_DAY = select(
    exists().where(
        assignments.c.employee_id == bindparam("employee_id"),
        assignments.c.unit_id == bindparam("store_id"),
        assignments.c.cancelled_at.is_(None),
        assignments.c.valid_from <= bindparam("day"),
        or_(assignments.c.valid_to.is_(None), assignments.c.valid_to > bindparam("day")),
    )
)
QR_ALREADY_USED = select(
    exists().where(
        clock_ins.c.employee_id == bindparam("employee_id"),
        clock_ins.c.store_id == bindparam("store_id"),
        clock_ins.c.qr_window == bindparam("window"),
    )
)
INSERT_PUNCH = insert(clock_ins)
MARK_MISSING_OUT = (
    update(clock_ins).where(clock_ins.c.id == bindparam("previous_id")).values(flags=bindparam("flags"), flagged=True)
)

# store id -> (time zone, when the entry goes stale): lets the one context read ask for the right
# local day. A stale zone is harmless: the read returns the real zone and the day is re-checked.
_zones: dict[uuid.UUID, tuple[str, float]] = {}


@dataclass(frozen=True, slots=True)
class PunchPolicy:
    qr_secret: bytes
    max_accuracy_m: float = rules.DEFAULT_MAX_ACCURACY_M


class PunchRefused(DomainError):
    status = 422
    title = "Punch refused"


def _local_day(store_id: uuid.UUID, at: datetime) -> date:
    cached = _zones.get(store_id)
    zone = cached[0] if cached and cached[1] > time.monotonic() else "UTC"
    return at.astimezone(ZoneInfo(zone)).date()


async def _context(
    connection: AsyncConnection, *, employee_id: uuid.UUID, store_id: uuid.UUID, bssid: str | None, at: datetime
) -> tuple[Row[Any], date, bool]:
    """(the context row, the store's local day of the punch, assigned to the store that day)."""
    day = _local_day(store_id, at)
    params = {"employee_id": employee_id, "store_id": store_id, "bssid": bssid or "", "at": at, "day": day}
    row = (await connection.execute(PUNCH_CONTEXT, params)).first()
    if row is None:
        raise NotFound(f"No store {store_id}.", slug="store.not_found")
    _zones[store_id] = (row.timezone, time.monotonic() + ZONE_CACHE_SECONDS)
    assigned = bool(row.home_here) or bool(row.assigned_here)
    real_day = at.astimezone(ZoneInfo(row.timezone)).date()
    if real_day != day:
        params["day"] = real_day
        assigned = bool(row.home_here) or bool(await connection.scalar(ASSIGNED_ON_DAY, params))
    return row, real_day, assigned


async def record_punch(
    session: AsyncSession, *, actor: Actor, clock: Clock, policy: PunchPolicy, data: PunchCreate
) -> PunchRead:
    """Refusals are all decided before the first write, so a refused punch leaves nothing behind."""
    if actor.employee_id is None:
        raise Forbidden("Only employees punch in and out.", slug="clock_in.not_an_employee")
    employee_id = actor.employee_id
    received_at = clock.now()
    at, offline, timing_refusal = rules.punch_time(received_at, data.client_time)
    if timing_refusal == rules.Refusal.FUTURE:
        raise PunchRefused(
            "The phone's clock is more than 2 minutes ahead of the server; correct the time and punch again.",
            slug=timing_refusal.value,
        )
    if timing_refusal == rules.Refusal.TOO_OLD:
        raise PunchRefused(
            "This offline punch is more than 72 hours old; ask your store manager to record it.",
            slug=timing_refusal.value,
        )
    bssid = rules.normalise_bssid(data.wifi_bssid) if data.wifi_bssid else None
    connection = await session.connection()
    row, day, assigned = await _context(connection, employee_id=employee_id, store_id=data.store_id, bssid=bssid, at=at)
    if row.kind not in PLACES or row.latitude is None or row.longitude is None or row.geofence_radius_m is None:
        raise InvalidInput(
            "Punches are made at a store or project.", field="body.store_id", slug="clock_in.not_a_store"
        )
    if row.employee_status is None or row.employee_status == EmployeeStatus.LEFT or not assigned:
        raise PunchRefused(
            f"You are not assigned to {row.name} on {day.isoformat()}.",
            slug="clock_in.not_assigned",
            store_name=row.name,
        )

    indoor: rules.Method | None = None
    qr_window: int | None = None
    if row.bssid_known:
        indoor = rules.Method.WIFI
    elif data.qr_token and rules.qr_token_valid(policy.qr_secret, row.id, data.qr_token, received_at):
        window = int(data.qr_token.partition(".")[0])
        used = await connection.scalar(
            QR_ALREADY_USED, {"employee_id": employee_id, "store_id": row.id, "window": window}
        )
        if not used:
            indoor, qr_window = rules.Method.QR, window
    distance = haversine_m(row.latitude, row.longitude, data.lat, data.lon)
    verdict = rules.geofence_verdict(
        distance_m=distance,
        radius_m=row.geofence_radius_m,
        accuracy_m=data.accuracy_m,
        max_accuracy_m=policy.max_accuracy_m,
        indoor=indoor,
    )
    if verdict.refusal == rules.Refusal.LOW_ACCURACY:
        raise PunchRefused(
            f"Your location is only accurate to {data.accuracy_m:.0f} m (the limit is {policy.max_accuracy_m:.0f} m); "
            "step outside, connect to the store Wi-Fi or scan the store's QR code.",
            slug=verdict.refusal.value,
            accuracy_m=data.accuracy_m,
            max_accuracy_m=policy.max_accuracy_m,
        )
    if verdict.refusal == rules.Refusal.OUTSIDE:
        raise PunchRefused(
            f"You are {distance:.0f} m from {row.name}; punches count within {row.geofence_radius_m} m.",
            slug=verdict.refusal.value,
            distance_m=round(distance),
            radius_m=row.geofence_radius_m,
            buffer_m=round(min(data.accuracy_m, rules.MAX_BUFFER_M)),
            store_name=row.name,
        )
    assert verdict.method is not None

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
        offline=offline,
        mock_location=data.mock_location,
        previous=previous,
    )
    if close_previous and rules.Flag.MISSING_OUT.value not in row.previous_flags:
        await connection.execute(
            MARK_MISSING_OUT,
            {"previous_id": row.previous_id, "flags": [*row.previous_flags, rules.Flag.MISSING_OUT.value]},
        )
        outbox.append(
            session,
            clock=clock,
            topic="clock_in.flagged",
            payload={
                "clock_in_id": str(row.previous_id),
                "employee_id": str(employee_id),
                "store_id": str(row.id),
                "flags": [rules.Flag.MISSING_OUT.value],
                "punched_at": row.previous_at.isoformat(),
            },
        )
    punch_id = uuid.uuid4()
    flag_values = [f.value for f in flags]
    await connection.execute(
        INSERT_PUNCH,
        {
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
            "method": verdict.method,
            "device_id": data.device_id,
            "wifi_bssid": bssid,
            "qr_window": qr_window,
            "flags": flag_values,
            "flagged": bool(flags),
            "review_status": None,
            "reviewed_by": None,
            "reviewed_at": None,
            "review_reason": None,
            "request_id": actor.request_id,
        },
    )
    if flags:  # only flagged punches pay for the event row (same transaction, written at commit)
        outbox.append(
            session,
            clock=clock,
            topic="clock_in.flagged",
            payload={
                "clock_in_id": str(punch_id),
                "employee_id": str(employee_id),
                "store_id": str(row.id),
                "flags": flag_values,
                "punched_at": at.isoformat(),
            },
        )
    return PunchRead(
        id=punch_id,
        kind=data.kind,
        store_id=row.id,
        method=verdict.method,
        punched_at=at,
        received_at=received_at,
        client_time=data.client_time,
        offline=offline,
        distance_m=round(distance, 1),
        accuracy_m=data.accuracy_m,
        flags=flags,
        review_status=None,
    )
