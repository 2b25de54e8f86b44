"""Recording a punch: the hottest path of the product (thousands of phones at shift start).

One read fetches everything the verdict needs (the store and its access points, the person, their
assignment on the day, their previous punch); one insert records the punch. Statements are built
once at import on Core tables, so a punch pays neither ORM bookkeeping nor expression building.

A person's punches are decided one after another, as if sent one by one: the verdict depends on the
previous punch (an `in` after an `in` closes the first as `missing_out`; impossible travel), so two
punches decided on the same previous punch would both stay open. The read also returns how many
punches the person has recorded (`clock_in_sequences`); the write moves that number on by one only
if it is still what the read saw (a compare-and-set on the person's row, which waits for a
concurrent writer's commit and then re-checks), else nothing is written and the punch is answered
through the session path, which claims (locks) the person's row before it reads, so it cannot lose
again. In one process, one person's punches also take turns before they read (`punch_turn`), so a
burst of them costs no wasted decisions; the database is what holds across processes and replicas.

The decision (`_decide`) is one piece of code whatever runs the reads and writes:
- `record_punch` reads and writes through the request's SQLAlchemy session (SQLite, and batches
  on both databases, whose items each need a savepoint, and a PostgreSQL punch whose
  compare-and-set lost);
- on PostgreSQL a single punch goes through `decide_punch_direct` + `store_punch_answer`: the same
  reads, compiled once for bare asyncpg connections, and the writes as data-modifying CTEs of the
  one autocommit statement that stores the idempotency key (2 statements instead of 6), each
  shared with concurrent punches (domain.shared.coalesce).
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
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
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql import ColumnElement, FromClause

from domain.attendance import rules, verdict
from domain.attendance.events import ClockInFlagged
from domain.attendance.models import ClockIn, ClockInSequence, StoreAccessPoint
from domain.attendance.schemas import BatchPunch, PunchBatch, PunchCreate, PunchRead
from domain.attendance.verdict import PunchDecision
from domain.org.models import OrgUnit
from domain.people.models import Assignment, Employee
from domain.shared import idempotency, outbox
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.coalesce import Coalesced
from domain.shared.db import Database, DriverStatement, driver_array_type, driver_value
from domain.shared.errors import Forbidden, InvalidInput, NotFound
from domain.shared.events import announce
from domain.shared.i18n import _
from domain.shared.ids import time_ordered_id
from domain.shared.upsert import PerDatabase

ZONE_CACHE_SECONDS = 300.0

units = cast(Table, OrgUnit.__table__)
access_points = cast(Table, StoreAccessPoint.__table__)
employees = cast(Table, Employee.__table__)
assignments = cast(Table, Assignment.__table__)
clock_ins = cast(Table, ClockIn.__table__)
sequences = cast(Table, ClockInSequence.__table__)


def _context_query(
    base: FromClause,
    *,
    employee_id: ColumnElement[Any],
    bssid: ColumnElement[Any],
    at: ColumnElement[Any],
    day: ColumnElement[Any],
    extra: tuple[ColumnElement[Any], ...] = (),
) -> Select[Any]:
    """The one read a verdict needs, from `base` (the store row, or the inputs joined to theirs).
    The previous punch is the latest at or before the moment, the later-recorded of two at the same
    instant; `seen_sequence` is how many punches the person had recorded when this was read."""
    earlier = clock_ins.alias("earlier")
    previous_id = (
        select(earlier.c.id)
        .where(earlier.c.employee_id == employee_id, earlier.c.punched_at <= at)
        .order_by(earlier.c.punched_at.desc(), earlier.c.sequence.desc())
        .limit(1)
        .correlate_except(earlier)
        .scalar_subquery()
    )
    assigned_on_day = (
        exists()
        .where(
            assignments.c.employee_id == employee_id,
            assignments.c.unit_id == units.c.id,
            assignments.c.cancelled_at.is_(None),
            assignments.c.valid_from <= day,
            or_(assignments.c.valid_to.is_(None), assignments.c.valid_to > day),
        )
        .correlate_except(assignments)
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
        exists()
        .where(access_points.c.store_id == units.c.id, access_points.c.bssid == bssid)
        .correlate_except(access_points)
        .label("bssid_known"),
        home.c.status.label("employee_status"),
        (home.c.home_unit_id == units.c.id).label("home_here"),
        assigned_on_day.label("assigned_here"),
        clock_ins.c.id.label("previous_id"),
        clock_ins.c.kind.label("previous_kind"),
        clock_ins.c.punched_at.label("previous_at"),
        clock_ins.c.latitude.label("previous_lat"),
        clock_ins.c.longitude.label("previous_lon"),
        clock_ins.c.flags.label("previous_flags"),
        func.coalesce(sequences.c.last_sequence, 0).label("seen_sequence"),
    ).select_from(
        base.outerjoin(home, home.c.id == employee_id)
        .outerjoin(sequences, sequences.c.employee_id == employee_id)
        .outerjoin(clock_ins, clock_ins.c.id == previous_id)
    )


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
_context_of_input = (
    _context_query(units, employee_id=_inputs.c.employee_id, bssid=_inputs.c.bssid, at=_inputs.c.at, day=_inputs.c.day)
    .where(units.c.id == _inputs.c.store_id)
    .lateral("context")
)
# LATERAL: each input drives the single read's index lookups, whatever the planner guesses of the
# batch's size, so one generic plan serves every batch (driver connections never re-plan).
PUNCH_CONTEXTS = select(_inputs.c.n, _context_of_input).select_from(_inputs.join(_context_of_input, true()))
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
# The session path's turn: the person's row, created at 0 if they never punched, locked until the
# transaction ends (a write that changes nothing), before the read; the write then moves it on.
_claimer = select(employees.c.id, literal(0)).where(employees.c.id == bindparam("employee_id"))
CLAIM_TURN = PerDatabase(
    lambda insert: (
        insert(sequences)
        .from_select(["employee_id", "last_sequence"], _claimer)
        .on_conflict_do_update(index_elements=["employee_id"], set_={"last_sequence": sequences.c.last_sequence})
    )
)
MOVE_SEQUENCE = (
    update(sequences).where(sequences.c.employee_id == bindparam("person")).values(last_sequence=bindparam("sequence"))
)
MARK_MISSING_OUT = (
    update(clock_ins).where(clock_ins.c.id == bindparam("previous_id")).values(flags=bindparam("flags"), flagged=True)
)
FLAGGED_TOPIC = ClockInFlagged.topic
FLAGGED_VERSION = ClockInFlagged.version
PUNCH_CONTEXTS_DIRECT = DriverStatement(PUNCH_CONTEXTS)
ASSIGNED_ON_DAY_DIRECT = DriverStatement(ASSIGNED_ON_DAY)
QR_ALREADY_USED_DIRECT = DriverStatement(QR_ALREADY_USED)
# PostgreSQL: the answers of concurrent punches stored in one autocommit statement.
# 1. Each accepted punch moves its person's sequence on from the number its read saw (`sequence` is
#    that number + 1), or is stale: the upsert waits for a concurrent writer of the row to commit and
#    re-checks the row as committed, so of two punches decided on the same read one is stale. Of one
#    person's punches in a statement only the first may go (the rest are stale); persons go in
#    employee order, so two such statements never wait for each other's rows in a cycle.
# 2. Each answer still standing (refusals, and punches that moved their sequence) stores its
#    idempotency key, and only where the key went in first: the punch, the earlier `in` closed as
#    missing its `out`, the clock_in.flagged events in order. A twin whose key is taken (its insert
#    waits for the first one's commit) writes nothing. Keys go in key order, after every sequence
#    (the sort reads all of step 1 first), so keys never wait in a cycle either.
# Answers (n, true) for an answer stored first, (n, null) for a stale punch; a taken key, no row.
# Every column list comes from the tables' definitions: the key's from domain.shared.idempotency,
# the outbox's from domain.shared.outbox, the punch's from ClockIn (all but the review's columns).
PUNCH_COLUMNS = tuple(c for c in clock_ins.columns if not c.name.startswith("review"))
_DECISION_COLUMNS = (  # what the decision adds beside the punch row: the `in` it closes, its events
    ("previous_id", "uuid[]"),
    ("previous_flags", "text[]"),
    ("events", "text[]"),
)
ANSWER_COLUMNS: tuple[str, ...] = (
    *idempotency.KEY_COLUMNS,
    *(c.name for c in PUNCH_COLUMNS),
    *(name for name, _ in _DECISION_COLUMNS),
)
_array_types = (
    *(driver_array_type(idempotency.keys.c[name]) for name in idempotency.KEY_COLUMNS),
    *(driver_array_type(c) for c in PUNCH_COLUMNS),
    *(array for _, array in _DECISION_COLUMNS),
)
_person, _number = sequences.c.employee_id.name, sequences.c.last_sequence.name
STORE_ANSWERS = f"""
WITH input AS (
    SELECT * FROM unnest({", ".join(f"${i}::{t}" for i, t in enumerate(_array_types, 1))})
    WITH ORDINALITY AS input ({", ".join(ANSWER_COLUMNS)}, n)
), claim AS (
    SELECT DISTINCT ON (employee_id) n, employee_id, sequence FROM input WHERE id IS NOT NULL ORDER BY employee_id, n
), moved AS (
    INSERT INTO {sequences.name} ({_person}, {_number})
    SELECT employee_id, sequence FROM claim ORDER BY employee_id
    ON CONFLICT ({_person}) DO UPDATE SET {_number} = excluded.{_number}
    WHERE {sequences.name}.{_number} = excluded.{_number} - 1
    RETURNING {_person}
), admitted AS (
    SELECT input.* FROM input WHERE id IS NULL
    UNION ALL
    SELECT input.* FROM input JOIN claim USING (n) JOIN moved ON moved.{_person} = claim.employee_id
), stored AS (
    {idempotency.insert_answers_from("admitted")}
), won AS MATERIALIZED (
    SELECT admitted.* FROM admitted JOIN stored ON stored.owner_id = admitted.owner_id AND stored.key = admitted.key
), punch AS (
    INSERT INTO {clock_ins.name} ({", ".join(c.name for c in PUNCH_COLUMNS)})
    SELECT {", ".join(driver_value(c) for c in PUNCH_COLUMNS)} FROM won WHERE id IS NOT NULL
), closed AS (
    UPDATE {clock_ins.name} SET {clock_ins.c.flags.name} = won.previous_flags::jsonb, {clock_ins.c.flagged.name} = true
    FROM won WHERE {clock_ins.name}.{clock_ins.c.id.name} = won.previous_id
), events AS (
    {outbox.insert_events_head("topic", "schema_version", "payload", "occurred_at")}
    SELECT '{FLAGGED_TOPIC}', {FLAGGED_VERSION}, event.payload, won.created_at
    FROM won CROSS JOIN LATERAL jsonb_array_elements(won.events::jsonb) WITH ORDINALITY AS event (payload, k)
    ORDER BY won.n, event.k
)
SELECT n, true AS stored FROM won
UNION ALL
SELECT n, NULL FROM input WHERE id IS NOT NULL AND n NOT IN (SELECT n FROM admitted)
"""  # noqa: S608 (built from the tables' own names and a constant topic and version)

# store id -> (time zone, when the entry goes stale): lets the one context read ask for the right
# local day. A stale zone is harmless: the read returns the real zone and the day is re-checked.
_zones: dict[uuid.UUID, tuple[str, float]] = {}


@dataclass(frozen=True, slots=True)
class PunchPolicy:
    qr_secret: bytes
    max_accuracy_m: float = rules.DEFAULT_MAX_ACCURACY_M


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


def _context_row(record: Any) -> SimpleNamespace:
    row = SimpleNamespace(**dict(record.items()))
    if row.previous_flags is not None:  # JSONB arrives as text
        row.previous_flags = json.loads(row.previous_flags)
    return row


async def _read_contexts(database: Database, batch: list[dict[str, Any]]) -> list[Any]:
    """Context rows in the order asked (None for a store that does not exist), in one statement."""
    arguments = PUNCH_CONTEXTS_DIRECT.args(
        {
            "employee_ids": [params["employee_id"] for params in batch],
            "store_ids": [params["store_id"] for params in batch],
            "bssids": [params["bssid"] for params in batch],
            "ats": [params["at"] for params in batch],
            "days": [params["day"] for params in batch],
        }
    )
    async with database.driver_connection() as connection:
        records = await connection.fetch(PUNCH_CONTEXTS_DIRECT.sql, *arguments)
    rows = {record["n"]: _context_row(record) for record in records}
    return [rows.get(number) for number in range(1, len(batch) + 1)]


async def store_answers(database: Database, batch: list[tuple[Any, ...]]) -> list[bool | None]:
    """STORE_ANSWERS for a batch of answer rows (`answer_row`), in one statement: per row True when
    its key was stored first (with its writes), False when the key already had an answer, None when
    the punch is stale (another punch of the person was recorded since its read; nothing written)."""
    columns = [list(column) for column in zip(*batch, strict=True)]
    async with database.driver_connection() as connection:
        records = await connection.fetch(STORE_ANSWERS, *columns)
    outcomes: dict[int, bool | None] = {record["n"]: record["stored"] for record in records}
    return [outcomes.get(number, False) for number in range(1, len(batch) + 1)]


class Turns:
    """One person's punches one after another in this process (see the module docstring). Holds a
    lock only for people with a punch in progress, so memory does not grow with the staff."""

    def __init__(self) -> None:
        self._locks: dict[uuid.UUID, tuple[asyncio.Lock, int]] = {}  # person -> (lock, punches holding or waiting)

    def __len__(self) -> int:
        return len(self._locks)

    @asynccontextmanager
    async def __call__(self, employee_id: uuid.UUID) -> AsyncIterator[None]:
        entry = self._locks.get(employee_id)
        lock, users = entry if entry is not None else (asyncio.Lock(), 0)
        self._locks[employee_id] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[employee_id]
            if users == 1:
                del self._locks[employee_id]
            else:
                self._locks[employee_id] = (lock, users - 1)


@dataclass(slots=True)
class _Coalescing:
    contexts: Coalesced[dict[str, Any], Any]
    answers: Coalesced[tuple[Any, ...], bool | None]
    turns: Turns = field(default_factory=Turns)


_coalescing: weakref.WeakKeyDictionary[Database, _Coalescing] = weakref.WeakKeyDictionary()


def _coalesced(database: Database) -> _Coalescing:
    """The database's queues for concurrent punches' reads and writes (see domain.shared.coalesce)."""
    found = _coalescing.get(database)
    if found is None:
        owner = weakref.ref(database)  # the queues must not keep their database alive

        def alive() -> Database:
            database = owner()
            assert database is not None
            return database

        found = _coalescing[database] = _Coalescing(
            contexts=Coalesced(lambda batch: _read_contexts(alive(), batch)),
            # a retry storm's twins (same caller, same key) go in separate statements
            answers=Coalesced(lambda batch: store_answers(alive(), batch), apart=lambda row: (row[0], row[1])),
        )
    return found


@asynccontextmanager
async def punch_turn(database: Database, employee_id: uuid.UUID | None) -> AsyncIterator[None]:
    """Hold while deciding and storing a punch of this person (until commit where one can): their
    other punches in this process wait their turn instead of being decided on the same previous
    punch and decided again. Correctness does not rest on it (the compare-and-set does)."""
    if employee_id is None:  # not a person: refused before anything is read
        yield
        return
    async with _coalesced(database).turns(employee_id):
        yield


class _DriverReads:
    """The reads on bare asyncpg connections (values arrive as the driver decodes them); the context
    read goes with concurrent punches', the rare re-checks go alone."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def context(self, params: dict[str, Any]) -> Any:
        return await _coalesced(self.database).contexts(params)

    async def assigned_on_day(self, params: dict[str, Any]) -> bool:
        return await self._exists(ASSIGNED_ON_DAY_DIRECT, params)

    async def qr_used(self, params: dict[str, Any]) -> bool:
        return await self._exists(QR_ALREADY_USED_DIRECT, params)

    async def _exists(self, statement: DriverStatement, params: dict[str, Any]) -> bool:
        async with self.database.driver_connection() as connection:
            return bool(await connection.fetchval(statement.sql, *statement.args(params)))


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
        raise NotFound(_("No store {store_id}.", store_id=store_id), slug="store.not_found")
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
    """The reads a punch needs, then the one verdict (domain.attendance.verdict, pure). Refusals
    are all decided before the first write, so a refused punch leaves nothing behind; a punch too
    early or too late is refused before anything is read."""
    if actor.employee_id is None:
        raise Forbidden(_("Only employees punch in and out."), slug="clock_in.not_an_employee")
    received_at = clock.now()
    timing = verdict.timing(received_at, data)
    bssid = rules.normalise_bssid(data.wifi_bssid) if data.wifi_bssid else None
    row, day, assigned = await _context(
        reads, employee_id=actor.employee_id, store_id=data.store_id, bssid=bssid, at=timing.at
    )
    qr_window: int | None = None
    if (
        not row.bssid_known
        and data.qr_token
        and rules.qr_token_valid(policy.qr_secret, row.id, data.qr_token, received_at)
    ):
        window = int(data.qr_token.partition(".")[0])
        if not await reads.qr_used({"employee_id": actor.employee_id, "store_id": row.id, "window": window}):
            qr_window = window
    facts = verdict.PunchFacts(place=row, day=day, assigned=assigned, bssid=bssid, qr_window=qr_window)
    return verdict.decide(
        facts,
        data=data,
        max_accuracy_m=policy.max_accuracy_m,
        employee_id=actor.employee_id,
        request_id=actor.request_id,
        received_at=received_at,
        timing=timing,
        punch_id=time_ordered_id(received_at),
    )


async def record_punch(
    session: AsyncSession, *, actor: Actor, clock: Clock, policy: PunchPolicy, data: PunchCreate
) -> PunchRead:
    """Decides and writes a punch in the session's transaction (SQLite; batch items on both databases).
    The person's sequence row is claimed (locked) before the read, so the read is current until the
    transaction ends: a concurrent punch of the person waits, or its compare-and-set fails."""
    connection = await session.connection()
    if actor.employee_id is not None:
        await connection.execute(CLAIM_TURN.on(connection), {"employee_id": actor.employee_id})
    decision = await _decide(_CoreReads(connection), actor=actor, clock=clock, policy=policy, data=data)
    await connection.execute(
        MOVE_SEQUENCE, {"person": decision.row["employee_id"], "sequence": decision.row["sequence"]}
    )
    if decision.missing_out is not None:
        previous_id, previous_flags = decision.missing_out
        await connection.execute(MARK_MISSING_OUT, {"previous_id": previous_id, "flags": previous_flags})
    await connection.execute(INSERT_PUNCH, decision.row)
    for event in decision.events:  # same transaction, written at commit
        announce(session, ClockInFlagged.model_validate(event), clock=clock)
    return decision.punch


REPEATED_KEY = "clock_in.batch_key_repeated"


def batch_order(batch: PunchBatch) -> list[tuple[int, BatchPunch]]:
    """An offline batch's punches in the order they are decided (the phone's time, then as sent),
    each with its place in the batch, so the answers go back in the order sent.

    Each punch of a batch has its own key: a key twice in one batch is the phone's bug (the copy
    would only replay the first answer, whatever it holds), so the whole batch is refused before
    anything is read or written, as the schema refuses a batch it cannot take, each repeat named
    by its path."""
    first: dict[str, int] = {}
    errors = []
    for index, item in enumerate(batch.punches):
        seen = first.setdefault(item.idempotency_key, index)
        if seen != index:
            errors.append(
                {
                    "field": f"body.punches.{index}.idempotency_key",
                    "message": _("The same key as punches.{first}.", first=seen),
                    "type": REPEATED_KEY,
                }
            )
    if errors:
        raise InvalidInput(
            _(
                "Each punch of a batch has its own idempotency_key; {count} repeat a key of the batch: "
                "see `errors`. Nothing was recorded.",
                count=len(errors),
            ),
            slug=REPEATED_KEY,
            errors=errors,
        )
    return sorted(enumerate(batch.punches), key=lambda numbered: (numbered[1].client_time, numbered[0]))


async def decide_punch_direct(
    database: Database, *, actor: Actor, clock: Clock, policy: PunchPolicy, data: PunchCreate
) -> PunchDecision:
    """PostgreSQL: decides a punch with reads on bare asyncpg connections; `store_punch_answer` writes it."""
    return await _decide(_DriverReads(database), actor=actor, clock=clock, policy=policy, data=data)


async def store_punch_answer(
    database: Database, answer: idempotency.AnswerToStore, decision: PunchDecision | None
) -> bool | None:
    """PostgreSQL: stores a punch's answer under its key and, when the key is stored first and the
    punch accepted, its writes; with concurrent punches' answers, in one statement. False when
    another request stored an answer for this key first, None when another punch of the person was
    recorded since the decision's read (answer it through `record_punch`); in both cases nothing of
    this one is written."""
    return await _coalesced(database).answers(answer_row(answer, decision))


def answer_row(answer: idempotency.AnswerToStore, decision: PunchDecision | None) -> tuple[Any, ...]:
    """An answer as one row of STORE_ANSWERS' input arrays, in ANSWER_COLUMNS' order."""
    values = answer.values()
    if decision is not None:
        previous_id, previous_flags = decision.missing_out or (None, None)
        row = decision.row
        values.update({c.name: row[c.name] for c in PUNCH_COLUMNS})
        values["kind"], values["method"] = row["kind"].value, row["method"].value
        values["flags"] = json.dumps(row["flags"])
        values["previous_id"] = previous_id
        values["previous_flags"] = json.dumps(previous_flags) if previous_flags is not None else None
        values["events"] = json.dumps(decision.events)
    return tuple(values.get(name) for name in ANSWER_COLUMNS)
