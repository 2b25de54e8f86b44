"""Recording a punch: the hottest path of the product (thousands of phones at shift start).

One read fetches everything the verdict needs (the store and its access points, the person, their
assignment on the day, their previous punch); one insert records the punch. Statements are built
once at import on Core tables, so a punch pays neither ORM bookkeeping nor expression building.

The decision (`_decide`) is one piece of code whatever runs the reads and writes:
- `record_punch` reads and writes through the request's SQLAlchemy session (SQLite, and batches
  on both databases, whose items each need a savepoint);
- on PostgreSQL a single punch goes through `decide_punch_direct` + `punch_effect`: the same reads,
  compiled once for bare asyncpg connections (the context read batched with concurrent punches'),
  and the writes as data-modifying CTEs of the one autocommit statement that stores the
  idempotency key (at most 2 round trips instead of 6).
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
import weakref
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Date,
    DateTime,
    Select,
    String,
    Table,
    Uuid,
    bindparam,
    column,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql import ColumnElement, FromClause

from domain.attendance import rules
from domain.attendance.models import ClockIn, StoreAccessPoint
from domain.attendance.schemas import PunchCreate, PunchRead
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Assignment, Employee, EmployeeStatus
from domain.shared import idempotency, outbox
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.db import Database, DriverStatement
from domain.shared.errors import DomainError, Forbidden, InvalidInput, NotFound
from domain.shared.geo import haversine_m

PLACES = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)
ZONE_CACHE_SECONDS = 300.0

units = cast(Table, OrgUnit.__table__)
access_points = cast(Table, StoreAccessPoint.__table__)
employees = cast(Table, Employee.__table__)
assignments = cast(Table, Assignment.__table__)
clock_ins = cast(Table, ClockIn.__table__)


def _context_query(
    base: FromClause,
    *,
    employee_id: ColumnElement[Any],
    bssid: ColumnElement[Any],
    at: ColumnElement[Any],
    day: ColumnElement[Any],
    extra: tuple[ColumnElement[Any], ...] = (),
) -> Select[Any]:
    """The one read a verdict needs, from `base` (the store row, or the inputs joined to theirs)."""
    earlier = clock_ins.alias("earlier")
    previous_id = (
        select(earlier.c.id)
        .where(earlier.c.employee_id == employee_id, earlier.c.punched_at <= at)
        .order_by(earlier.c.punched_at.desc())
        .limit(1)
        .correlate_except(earlier)
        .scalar_subquery()
    )
    assigned_on_day = exists().where(
        assignments.c.employee_id == employee_id,
        assignments.c.unit_id == units.c.id,
        assignments.c.cancelled_at.is_(None),
        assignments.c.valid_from <= day,
        or_(assignments.c.valid_to.is_(None), assignments.c.valid_to > day),
    )
    home = employees.alias("home")
    return select(
        *extra,
        units.c.id,
        units.c.name,
        units.c.kind,
        units.c.latitude,
        units.c.longitude,
        units.c.geofence_radius_m,
        units.c.timezone,
        exists().where(access_points.c.store_id == units.c.id, access_points.c.bssid == bssid).label("bssid_known"),
        home.c.status.label("employee_status"),
        (home.c.home_unit_id == units.c.id).label("home_here"),
        assigned_on_day.label("assigned_here"),
        clock_ins.c.id.label("previous_id"),
        clock_ins.c.kind.label("previous_kind"),
        clock_ins.c.punched_at.label("previous_at"),
        clock_ins.c.latitude.label("previous_lat"),
        clock_ins.c.longitude.label("previous_lon"),
        clock_ins.c.flags.label("previous_flags"),
    ).select_from(base.outerjoin(home, home.c.id == employee_id).outerjoin(clock_ins, clock_ins.c.id == previous_id))


PUNCH_CONTEXT = _context_query(
    units, employee_id=bindparam("employee_id"), bssid=bindparam("bssid"), at=bindparam("at"), day=bindparam("day")
).where(units.c.id == bindparam("store_id"))
# PostgreSQL: the same read for several punches at once, one row per input that names a store.
_inputs = (
    func.unnest(
        bindparam("employee_ids", type_=postgresql.ARRAY(Uuid())),
        bindparam("store_ids", type_=postgresql.ARRAY(Uuid())),
        bindparam("bssids", type_=postgresql.ARRAY(String())),
        bindparam("ats", type_=postgresql.ARRAY(DateTime(timezone=True))),
        bindparam("days", type_=postgresql.ARRAY(Date())),
    )
    .table_valued(
        column("employee_id", Uuid()),
        column("store_id", Uuid()),
        column("bssid", String()),
        column("at", DateTime(timezone=True)),
        column("day", Date()),
        with_ordinality="n",
    )
    .render_derived(name="input")
)
PUNCH_CONTEXTS = _context_query(
    _inputs.join(units, units.c.id == _inputs.c.store_id),
    employee_id=_inputs.c.employee_id,
    bssid=_inputs.c.bssid,
    at=_inputs.c.at,
    day=_inputs.c.day,
    extra=(_inputs.c.n,),
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
FLAGGED_TOPIC = "clock_in.flagged"
PUNCH_CONTEXTS_DIRECT = DriverStatement(PUNCH_CONTEXTS)
ASSIGNED_ON_DAY_DIRECT = DriverStatement(ASSIGNED_ON_DAY)
QR_ALREADY_USED_DIRECT = DriverStatement(QR_ALREADY_USED)
# The writes of an accepted punch on PostgreSQL, as CTEs of idempotency.remember_direct's statement
# (parameters from $8): the punch, the previous `in` closed as missing its `out` (no row when $27 is
# null) and the clock_in.flagged events in order (none when $29 is empty).
PUNCH_WRITES = f""",
punch AS (
    INSERT INTO clock_ins (id, employee_id, store_id, kind, punched_at, received_at, client_time, latitude,
        longitude, accuracy_m, distance_m, method, device_id, wifi_bssid, qr_window, flags, flagged, request_id)
    SELECT $8::uuid, $9::uuid, $10::uuid, $11::varchar, $12::timestamptz, $13::timestamptz, $14::timestamptz,
        $15::float8, $16::float8, $17::float8, $18::float8, $19::varchar, $20::varchar, $21::varchar, $22::int,
        $23::text::jsonb, $24::boolean, $25::varchar
    WHERE EXISTS (SELECT FROM stored)
), closed AS (
    UPDATE clock_ins SET flags = $26::text::jsonb, flagged = true
    WHERE id = $27::uuid AND EXISTS (SELECT FROM stored)
), events AS (
    INSERT INTO outbox_events (topic, payload, occurred_at, available_at, attempts)
    SELECT '{FLAGGED_TOPIC}', event.payload::jsonb, $28::timestamptz, $28::timestamptz, 0
    FROM unnest($29::text[]) WITH ORDINALITY AS event (payload, n)
    WHERE EXISTS (SELECT FROM stored)
    ORDER BY event.n
)"""  # noqa: S608 (only a constant topic is interpolated)

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


@dataclass(frozen=True, slots=True)
class PunchDecision:
    """An accepted punch, decided and not yet written."""

    punch: PunchRead
    row: dict[str, Any]  # the clock_ins row
    missing_out: tuple[uuid.UUID, list[str]] | None  # the previous `in` to close: its id, its new flags
    events: list[dict[str, Any]]  # clock_in.flagged payloads, in order


class _Reads(Protocol):
    """The three reads a decision may need, whichever connection runs them."""

    async def context(self, params: dict[str, Any]) -> Any: ...  # a PUNCH_CONTEXT row, or None

    async def assigned_on_day(self, params: dict[str, Any]) -> bool: ...

    async def qr_used(self, params: dict[str, Any]) -> bool: ...


class _CoreReads:
    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection

    async def context(self, params: dict[str, Any]) -> Any:
        return (await self.connection.execute(PUNCH_CONTEXT, params)).first()

    async def assigned_on_day(self, params: dict[str, Any]) -> bool:
        return bool(await self.connection.scalar(ASSIGNED_ON_DAY, params))

    async def qr_used(self, params: dict[str, Any]) -> bool:
        return bool(await self.connection.scalar(QR_ALREADY_USED, params))


MAX_BATCHED_READS = 100
MAX_READS_IN_FLIGHT = 2


class _ContextReads:
    """PostgreSQL: the context reads of concurrent punches go to the database together.

    No timer: a read is sent at once unless MAX_READS_IN_FLIGHT statements are already out; those
    that arrive meanwhile leave together when one comes back. On a busy worker a round trip (the
    write to the database's socket, waking its backend) costs more CPU than the read itself, on
    both sides. If a batch fails, its reads are tried one by one, so one bad read sinks no other.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.pending: list[tuple[dict[str, Any], asyncio.Future[Any]]] = []
        self.in_flight = 0
        self.tasks: set[asyncio.Task[None]] = set()

    async def read(self, params: dict[str, Any]) -> Any:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending.append((params, future))
        if self.in_flight < MAX_READS_IN_FLIGHT:
            self._send()
        return await future

    def _send(self) -> None:
        batch, self.pending = self.pending[:MAX_BATCHED_READS], self.pending[MAX_BATCHED_READS:]
        self.in_flight += 1
        task = asyncio.get_running_loop().create_task(self._answer(batch))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _answer(self, batch: list[tuple[dict[str, Any], asyncio.Future[Any]]]) -> None:
        try:
            try:
                rows = await self._fetch([params for params, _ in batch])
            except Exception as exc:
                if len(batch) == 1:
                    _settle(batch[0][1], exception=exc)
                    return
                for params, future in batch:
                    try:
                        alone = await self._fetch([params])
                    except Exception as single:
                        _settle(future, exception=single)
                    else:
                        _settle(future, alone.get(1))
                return
            for number, (_, future) in enumerate(batch, start=1):
                _settle(future, rows.get(number))
        finally:
            self.in_flight -= 1
            if self.pending and self.in_flight < MAX_READS_IN_FLIGHT:
                self._send()

    async def _fetch(self, batch: list[dict[str, Any]]) -> dict[int, Any]:
        """Context rows by the 1-based position of their input; stores that do not exist have none."""
        arguments = PUNCH_CONTEXTS_DIRECT.args(
            {
                "employee_ids": [params["employee_id"] for params in batch],
                "store_ids": [params["store_id"] for params in batch],
                "bssids": [params["bssid"] for params in batch],
                "ats": [params["at"] for params in batch],
                "days": [params["day"] for params in batch],
            }
        )
        async with self.database.driver_connection() as connection:
            records = await connection.fetch(PUNCH_CONTEXTS_DIRECT.sql, *arguments)
        return {record["n"]: _context_row(record) for record in records}


def _settle(future: asyncio.Future[Any], result: Any = None, *, exception: BaseException | None = None) -> None:
    if future.done():  # its punch was cancelled meanwhile
        return
    if exception is not None:
        future.set_exception(exception)
    else:
        future.set_result(result)


def _context_row(record: Any) -> SimpleNamespace:
    row = SimpleNamespace(**dict(record.items()))
    if row.previous_flags is not None:  # JSONB arrives as text
        row.previous_flags = json.loads(row.previous_flags)
    return row


_batched_reads: weakref.WeakKeyDictionary[Database, _ContextReads] = weakref.WeakKeyDictionary()


class _DriverReads:
    """The reads on bare asyncpg connections (values arrive as the driver decodes them); the context
    read is batched with concurrent punches', the rare re-checks go alone."""

    def __init__(self, database: Database) -> None:
        self.database = database
        batched = _batched_reads.get(database)
        if batched is None:
            batched = _batched_reads[database] = _ContextReads(database)
        self.batched = batched

    async def context(self, params: dict[str, Any]) -> Any:
        return await self.batched.read(params)

    async def assigned_on_day(self, params: dict[str, Any]) -> bool:
        async with self.database.driver_connection() as connection:
            return bool(await connection.fetchval(ASSIGNED_ON_DAY_DIRECT.sql, *ASSIGNED_ON_DAY_DIRECT.args(params)))

    async def qr_used(self, params: dict[str, Any]) -> bool:
        async with self.database.driver_connection() as connection:
            return bool(await connection.fetchval(QR_ALREADY_USED_DIRECT.sql, *QR_ALREADY_USED_DIRECT.args(params)))


def _local_day(store_id: uuid.UUID, at: datetime) -> date:
    cached = _zones.get(store_id)
    zone = cached[0] if cached and cached[1] > time.monotonic() else "UTC"
    return at.astimezone(ZoneInfo(zone)).date()


async def _context(
    reads: _Reads, *, employee_id: uuid.UUID, store_id: uuid.UUID, bssid: str | None, at: datetime
) -> tuple[Any, date, bool]:
    """(the context row, the store's local day of the punch, assigned to the store that day)."""
    day = _local_day(store_id, at)
    params = {"employee_id": employee_id, "store_id": store_id, "bssid": bssid or "", "at": at, "day": day}
    row = await reads.context(params)
    if row is None:
        raise NotFound(f"No store {store_id}.", slug="store.not_found")
    _zones[store_id] = (row.timezone, time.monotonic() + ZONE_CACHE_SECONDS)
    assigned = bool(row.home_here) or bool(row.assigned_here)
    real_day = at.astimezone(ZoneInfo(row.timezone)).date()
    if real_day != day:
        params["day"] = real_day
        assigned = bool(row.home_here) or await reads.assigned_on_day(params)
    return row, real_day, assigned


async def _decide(
    reads: _Reads, *, actor: Actor, clock: Clock, policy: PunchPolicy, data: PunchCreate
) -> PunchDecision:
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
    row, day, assigned = await _context(reads, employee_id=employee_id, store_id=data.store_id, bssid=bssid, at=at)
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
        if not await reads.qr_used({"employee_id": employee_id, "store_id": row.id, "window": window}):
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
    missing_out: tuple[uuid.UUID, list[str]] | None = None
    events: list[dict[str, Any]] = []
    if close_previous and rules.Flag.MISSING_OUT.value not in row.previous_flags:
        missing_out = (row.previous_id, [*row.previous_flags, rules.Flag.MISSING_OUT.value])
        events.append(
            {
                "clock_in_id": str(row.previous_id),
                "employee_id": str(employee_id),
                "store_id": str(row.id),
                "flags": [rules.Flag.MISSING_OUT.value],
                "punched_at": row.previous_at.isoformat(),
            }
        )
    punch_id = uuid.uuid4()
    flag_values = [f.value for f in flags]
    if flags:  # only flagged punches pay for the event row
        events.append(
            {
                "clock_in_id": str(punch_id),
                "employee_id": str(employee_id),
                "store_id": str(row.id),
                "flags": flag_values,
                "punched_at": at.isoformat(),
            }
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
    }
    punch = PunchRead(
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
    return PunchDecision(punch=punch, row=punch_row, missing_out=missing_out, events=events)


async def record_punch(
    session: AsyncSession, *, actor: Actor, clock: Clock, policy: PunchPolicy, data: PunchCreate
) -> PunchRead:
    """Decides and writes a punch in the session's transaction (SQLite; batch items on both databases)."""
    connection = await session.connection()
    decision = await _decide(_CoreReads(connection), actor=actor, clock=clock, policy=policy, data=data)
    if decision.missing_out is not None:
        previous_id, previous_flags = decision.missing_out
        await connection.execute(MARK_MISSING_OUT, {"previous_id": previous_id, "flags": previous_flags})
    await connection.execute(INSERT_PUNCH, decision.row)
    for event in decision.events:  # same transaction, written at commit
        outbox.append(session, clock=clock, topic=FLAGGED_TOPIC, payload=event)
    return decision.punch


async def decide_punch_direct(
    database: Database, *, actor: Actor, clock: Clock, policy: PunchPolicy, data: PunchCreate
) -> PunchDecision:
    """PostgreSQL: decides a punch with reads on bare asyncpg connections; `punch_effect` writes it."""
    return await _decide(_DriverReads(database), actor=actor, clock=clock, policy=policy, data=data)


def punch_effect(decision: PunchDecision, *, now: datetime) -> idempotency.Effect:
    """The writes of a decided punch, to be stored with its idempotency key in one statement."""
    row = decision.row
    previous_id, previous_flags = decision.missing_out or (None, None)
    return idempotency.Effect(
        PUNCH_WRITES,
        (
            row["id"],
            row["employee_id"],
            row["store_id"],
            row["kind"].value,
            row["punched_at"],
            row["received_at"],
            row["client_time"],
            row["latitude"],
            row["longitude"],
            row["accuracy_m"],
            row["distance_m"],
            row["method"].value,
            row["device_id"],
            row["wifi_bssid"],
            row["qr_window"],
            json.dumps(row["flags"]),
            row["flagged"],
            row["request_id"],
            json.dumps(previous_flags) if previous_flags is not None else None,
            previous_id,
            now,
            [json.dumps(event) for event in decision.events],
        ),
    )
