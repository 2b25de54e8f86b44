"""Recording a punch: the hottest path of the product (thousands of phones at shift start).

Set-based and lean: one read for the store, one for the person's assignment and previous punch,
one insert. The answer carries the verdict and the figures behind it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import exists, false, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attendance import rules
from domain.attendance.models import ClockIn, StoreAccessPoint
from domain.attendance.schemas import PunchCreate, PunchRead
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Assignment, Employee, EmployeeStatus
from domain.people.scope import assignments_on
from domain.shared import outbox
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import DomainError, Forbidden, InvalidInput, NotFound
from domain.shared.geo import haversine_m

PLACES = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)


@dataclass(frozen=True, slots=True)
class PunchPolicy:
    qr_secret: bytes
    max_accuracy_m: float = rules.DEFAULT_MAX_ACCURACY_M


class PunchRefused(DomainError):
    status = 422
    title = "Punch refused"


async def _store(session: AsyncSession, store_id: uuid.UUID, bssid: str | None) -> tuple[OrgUnit, bool]:
    """The store and whether the phone's access point is one of the store's (one round trip)."""
    bssid_known = (
        exists().where(StoreAccessPoint.store_id == OrgUnit.id, StoreAccessPoint.bssid == bssid)
        if bssid is not None
        else false()
    )
    row = (
        await session.execute(select(OrgUnit, bssid_known.label("bssid_known")).where(OrgUnit.id == store_id))
    ).first()
    if row is None:
        raise NotFound(f"No store {store_id}.", slug="store.not_found")
    return row[0], bool(row[1])


async def record_punch(
    session: AsyncSession, *, actor: Actor, clock: Clock, policy: PunchPolicy, data: PunchCreate
) -> PunchRead:
    if actor.employee_id is None:
        raise Forbidden("Only employees punch in and out.", slug="clock_in.not_an_employee")
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
    store, bssid_known = await _store(session, data.store_id, bssid)
    if store.kind not in PLACES or store.latitude is None or store.longitude is None or store.geofence_radius_m is None:
        raise InvalidInput(
            "Punches are made at a store or project.", field="body.store_id", slug="clock_in.not_a_store"
        )
    day = at.astimezone(ZoneInfo(store.timezone)).date()

    assigned_here = exists().where(
        Assignment.employee_id == actor.employee_id, Assignment.unit_id == store.id, assignments_on(day)
    )
    person = (
        await session.execute(
            select(Employee.status, or_(Employee.home_unit_id == store.id, assigned_here)).where(
                Employee.id == actor.employee_id
            )
        )
    ).first()
    if person is None or person[0] == EmployeeStatus.LEFT or not person[1]:
        raise PunchRefused(
            f"You are not assigned to {store.name} on {day.isoformat()}.",
            slug="clock_in.not_assigned",
            store_name=store.name,
        )

    indoor: rules.Method | None = None
    if bssid_known:
        indoor = rules.Method.WIFI
    elif data.qr_token and rules.qr_token_valid(policy.qr_secret, store.id, data.qr_token, received_at):
        window = int(data.qr_token.partition(".")[0])
        used = await session.scalar(
            select(
                exists().where(
                    ClockIn.employee_id == actor.employee_id, ClockIn.store_id == store.id, ClockIn.qr_window == window
                )
            )
        )
        indoor = None if used else rules.Method.QR
    distance = haversine_m(store.latitude, store.longitude, data.lat, data.lon)
    verdict = rules.geofence_verdict(
        distance_m=distance,
        radius_m=store.geofence_radius_m,
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
            f"You are {distance:.0f} m from {store.name}; punches count within {store.geofence_radius_m} m.",
            slug=verdict.refusal.value,
            distance_m=round(distance),
            radius_m=store.geofence_radius_m,
            buffer_m=round(min(data.accuracy_m, rules.MAX_BUFFER_M)),
            store_name=store.name,
        )
    assert verdict.method is not None

    previous_row = (
        await session.execute(
            select(ClockIn.id, ClockIn.kind, ClockIn.punched_at, ClockIn.latitude, ClockIn.longitude, ClockIn.flags)
            .where(ClockIn.employee_id == actor.employee_id, ClockIn.punched_at <= at)
            .order_by(ClockIn.punched_at.desc())
            .limit(1)
        )
    ).first()
    previous = (
        rules.PreviousPunch(previous_row.kind, previous_row.punched_at, previous_row.latitude, previous_row.longitude)
        if previous_row
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
    if close_previous and previous_row is not None:
        earlier = list(previous_row.flags)
        if rules.Flag.MISSING_OUT.value not in earlier:
            await session.execute(
                update(ClockIn)
                .where(ClockIn.id == previous_row.id)
                .values(flags=[*earlier, rules.Flag.MISSING_OUT.value], flagged=True)
            )
            outbox.append(
                session,
                clock=clock,
                topic="clock_in.flagged",
                payload={
                    "clock_in_id": str(previous_row.id),
                    "employee_id": str(actor.employee_id),
                    "store_id": str(store.id),
                    "flags": [rules.Flag.MISSING_OUT.value],
                },
            )
    punch_id = uuid.uuid4()
    flag_values = [f.value for f in flags]
    await session.execute(
        insert(ClockIn).values(
            id=punch_id,
            employee_id=actor.employee_id,
            store_id=store.id,
            kind=data.kind,
            punched_at=at,
            received_at=received_at,
            client_time=data.client_time,
            latitude=data.lat,
            longitude=data.lon,
            accuracy_m=data.accuracy_m,
            distance_m=distance,
            method=verdict.method,
            device_id=data.device_id,
            wifi_bssid=bssid,
            qr_window=int(data.qr_token.partition(".")[0])
            if verdict.method == rules.Method.QR and data.qr_token
            else None,
            flags=flag_values,
            flagged=bool(flags),
            request_id=actor.request_id,
        )
    )
    if flags:
        outbox.append(
            session,
            clock=clock,
            topic="clock_in.flagged",
            payload={
                "clock_in_id": str(punch_id),
                "employee_id": str(actor.employee_id),
                "store_id": str(store.id),
                "flags": flag_values,
            },
        )
    return PunchRead(
        id=punch_id,
        kind=data.kind,
        store_id=store.id,
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
