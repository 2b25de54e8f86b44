"""Sales pushes from POS/ERP systems: up to 10,000 lines a batch, each accepted, reported as a
duplicate or a conflict, or rejected with its index and reason; accepted lines roll up into daily
store and employee sales in the same transaction.

A line is idempotent on (client, external_id): the same line sent again counts once; the same id
with other content is a conflict and changes nothing. Roll-ups add to the day the line was sold on
(the store's local day), so a late line re-rolls its past day, but never a day of a closed
performance month: its scores are frozen and its pools paid from them, so such a line is refused
(`period.closed`, like metric values) until HR reopens the month. Lines and roll-up rows are written
in key order, so two batches racing over the same days wait for each other instead of deadlocking.

On PostgreSQL a batch is one statement (lines as arrays, insert and both roll-ups in data-modifying
CTEs): the hot path of ERP month-end pushes, measured by bench/ingest.py.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import String, Table, bindparam, func, or_, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from domain.auth.scopes import Scope, require_client, unit_paths_within_reach, within_reach
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Assignment, Employee
from domain.performance.months import Month
from domain.performance.periods import closed_periods
from domain.sales.models import DailyEmployeeSales, DailyStoreSales, SalesLine
from domain.sales.schemas import SalesBatch, SalesBatchDocumented, SalesIngestResult, SalesLineIn
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.ingest_schemas import LineRef, LineRejection
from domain.shared.money import AmountError, parse_minor

# Tills' clocks drift; a sale a few minutes "in the future" is a clock, not a forgery.
FUTURE_TOLERANCE = timedelta(minutes=5)
_LINE = TypeAdapter(SalesLineIn)

sales_lines: Table = SalesLine.__table__  # type: ignore[assignment]
store_days: Table = DailyStoreSales.__table__  # type: ignore[assignment]
employee_days: Table = DailyEmployeeSales.__table__  # type: ignore[assignment]

# What makes two sendings of one external_id the same line:
# (store, employee, sku, quantity, amount in minor units, currency, sold_at)
Content = tuple[uuid.UUID, uuid.UUID | None, str, int, int, str, datetime]
_COLUMNS = ("external_id", "store_id", "employee_id", "sku", "quantity", "amount_minor", "currency", "sold_at")
_ALL_COLUMNS = ", ".join((*_COLUMNS, "business_date"))


@dataclass(frozen=True, slots=True)
class _Store:
    id: uuid.UUID
    zone: ZoneInfo
    in_reach: bool


@dataclass(frozen=True, slots=True)
class _Accepted:
    index: int
    content: Content
    business_date: date


def _line_error(index: int, raw: Any, exc: ValidationError) -> LineRejection:
    error = exc.errors(include_url=False)[0]
    location = ".".join(str(part) for part in error["loc"])
    external_id = raw.get("external_id") if isinstance(raw, dict) else None
    return LineRejection(
        index=index,
        external_id=external_id if isinstance(external_id, str) else None,
        reason="line.invalid",
        detail=f"{location}: {error['msg']}" if location else error["msg"],
        field=f"lines.{index}.{location}" if location else f"lines.{index}",
    )


@dataclass(frozen=True, slots=True)
class ReadBatch:
    """A batch as read: how many lines came, the valid ones with their index, the rejected ones."""

    received: int
    valid: list[tuple[int, SalesLineIn]]
    rejected: list[LineRejection]


def read_batch(raw_body: bytes) -> ReadBatch:
    """All lines in one pass of pydantic's JSON parser when they are clean (the common case), line
    by line otherwise. A malformed envelope raises `ValidationError`: the whole request's 422."""
    try:
        lines = SalesBatchDocumented.model_validate_json(raw_body).lines
        return ReadBatch(len(lines), list(enumerate(lines)), [])
    except ValidationError:
        raw_lines = SalesBatch.model_validate_json(raw_body).lines
    valid: list[tuple[int, SalesLineIn]] = []
    rejected: list[LineRejection] = []
    for index, raw in enumerate(raw_lines):
        try:
            valid.append((index, _LINE.validate_python(raw)))
        except ValidationError as exc:
            rejected.append(_line_error(index, raw, exc))
    return ReadBatch(len(raw_lines), valid, rejected)


async def _stores(session: AsyncSession, reach: list[str] | None, codes: set[str]) -> dict[str, _Store]:
    rows = await session.execute(
        select(OrgUnit.code, OrgUnit.id, OrgUnit.path, OrgUnit.timezone).where(
            OrgUnit.code.in_(codes), OrgUnit.kind == OrgUnitKind.STORE
        )
    )
    return {
        code: _Store(id=unit_id, zone=ZoneInfo(timezone), in_reach=within_reach(path, reach))
        for code, unit_id, path, timezone in rows
    }


async def _employees(
    session: AsyncSession, numbers: set[str], reach: list[str] | None
) -> dict[str, tuple[uuid.UUID, bool]]:
    """Employees by number, and whether the client may credit sales to them. The rule of metric
    pushes (`domain/performance/pushed_values.py`): the home unit, or any assignment not cancelled,
    inside the client's reach. Sales feed scores and pay, so a client of one region never credits
    a sale to a person of another."""
    if not numbers:
        return {}
    connection = await session.connection()
    home = OrgUnit.__table__.alias("home")
    query = select(Employee.employee_no, Employee.id, home.c.path).join(home, home.c.id == Employee.home_unit_id)
    if connection.dialect.name == "postgresql":
        # thousands of numbers: one array parameter, joined (hashed), not thousands of bound parameters
        wanted = (
            func.unnest(bindparam("numbers", type_=ARRAY(String))).table_valued("number").render_derived(name="wanted")
        )
        rows = await connection.execute(
            query.join(wanted, Employee.employee_no == wanted.c.number), {"numbers": list(numbers)}
        )
    else:
        rows = await connection.execute(query.where(Employee.employee_no.in_(numbers)))
    found = {number: (employee_id, within_reach(path, reach)) for number, employee_id, path in rows}
    outside = [employee_id for employee_id, ok in found.values() if not ok]
    if outside and reach:
        assigned = set(
            (
                await connection.execute(
                    select(Assignment.employee_id)
                    .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
                    .where(
                        Assignment.employee_id.in_(outside),
                        Assignment.cancelled_at.is_(None),
                        or_(*(OrgUnit.path.startswith(prefix) for prefix in reach)),
                    )
                )
            ).scalars()
        )
        found = {number: (employee_id, ok or employee_id in assigned) for number, (employee_id, ok) in found.items()}
    return found


def _reject(rejected: list[LineRejection], index: int, line: SalesLineIn, reason: str, detail: str, field: str) -> None:
    rejected.append(
        LineRejection(
            index=index, external_id=line.external_id, reason=reason, detail=detail, field=f"lines.{index}.{field}"
        )
    )


async def ingest_sales(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    batch: ReadBatch,
) -> SalesIngestResult:
    """Counts each line of a batch read by `read_batch` once, whoever sends it again."""
    client_id = require_client(actor, Scope.INGEST_SALES)
    now = clock.now()
    rejected = list(batch.rejected)
    received, valid = batch.received, batch.valid
    reach = await unit_paths_within_reach(session, actor)
    stores = await _stores(session, reach, {line.store_code for _, line in valid})
    employees = await _employees(session, {line.employee_no for _, line in valid if line.employee_no}, reach)
    closed = await closed_periods(session)  # a row per month ever closed: read once a batch

    accepted: dict[str, _Accepted] = {}
    duplicates: list[LineRef] = []
    conflicts: list[LineRef] = []
    latest = now + FUTURE_TOLERANCE
    for index, line in valid:
        store = stores.get(line.store_code)
        if store is None or not store.in_reach:
            detail = f"No store {line.store_code!r} you may push for."
            _reject(rejected, index, line, "store.not_found", detail, "store_code")
            continue
        employee_id = None
        if line.employee_no is not None:
            employee = employees.get(line.employee_no)
            if employee is None or not employee[1]:  # unknown, or outside the client's units: alike
                detail = f"No employee {line.employee_no!r} you may push for."
                _reject(rejected, index, line, "employee.not_found", detail, "employee_no")
                continue
            employee_id = employee[0]
        try:
            minor = parse_minor(line.amount, line.currency)
        except AmountError as exc:
            _reject(rejected, index, line, "amount.invalid", str(exc), "amount")
            continue
        if line.sold_at > latest:
            _reject(rejected, index, line, "sold_at.future", "The sale is timed in the future.", "sold_at")
            continue
        business_date = line.sold_at.astimezone(store.zone).date()
        if closed and (month := str(Month(business_date.year, business_date.month))) in closed:
            detail = f"{business_date} falls in the closed performance month {month}; HR can reopen it."
            _reject(rejected, index, line, "period.closed", detail, "sold_at")
            continue
        content = (store.id, employee_id, line.sku, line.quantity, minor, line.currency, line.sold_at)
        twin = accepted.get(line.external_id)
        if twin is not None:  # the same id twice in one batch
            same = twin.content == content
            (duplicates if same else conflicts).append(LineRef(index=index, external_id=line.external_id))
            continue
        accepted[line.external_id] = _Accepted(index, content, business_date)

    connection = await session.connection()
    keys = sorted(accepted)  # key order: racing batches over the same ids wait, never deadlock
    if connection.dialect.name == "postgresql":
        inserted = await _insert_and_roll_up_postgresql(connection, client_id, now, keys, accepted)
    else:
        rows = [_row(client_id, now, key, accepted[key]) for key in keys]
        inserted = await _insert_new(connection, rows)
        await _roll_up(connection, [row for row in rows if row["external_id"] in inserted])
    already_sent = [key for key in keys if key not in inserted]
    if already_sent:
        stored = await _stored_contents(connection, client_id, already_sent)
        for key in already_sent:
            item = accepted[key]
            same = stored.get(key) == item.content
            (duplicates if same else conflicts).append(LineRef(index=item.index, external_id=key))
    return SalesIngestResult(
        received=received,
        accepted=len(inserted),
        duplicates=sorted(duplicates, key=lambda r: r.index),
        conflicts=sorted(conflicts, key=lambda r: r.index),
        rejected=sorted(rejected, key=lambda r: r.index),
    )


def _row(client_id: uuid.UUID, now: datetime, key: str, item: _Accepted) -> dict[str, Any]:
    return {
        "client_id": client_id,
        "received_at": now,
        **dict(zip(_COLUMNS, (key, *item.content), strict=True)),
        "business_date": item.business_date,
    }


# PostgreSQL: the whole batch in one round trip. Lines go in as arrays; only the lines actually
# inserted (not sent before) feed both roll-ups, grouped so each day row is touched once, in key order;
# the statement answers with the ids that were not inserted (keys are distinct within a batch).
_ROLL_UP_SET = (
    "amount_minor = {table}.amount_minor + excluded.amount_minor, "
    "quantity = {table}.quantity + excluded.quantity, lines = {table}.lines + excluded.lines"
)
_INSERT_AND_ROLL_UP = f"""
WITH input AS (
    SELECT * FROM unnest($3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::bigint[], $9::text[],
                         $10::timestamptz[], $11::date[])
        AS t({_ALL_COLUMNS})
), inserted AS (
    INSERT INTO sales_lines (client_id, received_at, {_ALL_COLUMNS})
    SELECT $1, $2, {_ALL_COLUMNS} FROM input
    ON CONFLICT (client_id, external_id) DO NOTHING
    RETURNING {_ALL_COLUMNS}
), store_days AS (
    INSERT INTO daily_store_sales (store_id, business_date, currency, amount_minor, quantity, lines)
    SELECT store_id, business_date, currency, sum(amount_minor), sum(quantity), count(*)
    FROM inserted GROUP BY store_id, business_date, currency ORDER BY store_id, business_date, currency
    ON CONFLICT (store_id, business_date, currency) DO UPDATE SET {_ROLL_UP_SET.format(table="daily_store_sales")}
), employee_days AS (
    INSERT INTO daily_employee_sales (employee_id, store_id, business_date, currency, amount_minor, quantity, lines)
    SELECT employee_id, store_id, business_date, currency, sum(amount_minor), sum(quantity), count(*)
    FROM inserted WHERE employee_id IS NOT NULL
    GROUP BY employee_id, store_id, business_date, currency
    ORDER BY employee_id, store_id, business_date, currency
    ON CONFLICT (employee_id, store_id, business_date, currency)
    DO UPDATE SET {_ROLL_UP_SET.format(table="daily_employee_sales")}
)
SELECT external_id FROM input EXCEPT ALL SELECT external_id FROM inserted
"""  # noqa: S608 (only constant column names are interpolated)


async def _insert_and_roll_up_postgresql(
    connection: AsyncConnection, client_id: uuid.UUID, now: datetime, keys: list[str], accepted: dict[str, _Accepted]
) -> set[str]:
    if not keys:
        return set()
    items = [accepted[key] for key in keys]
    columns: list[list[Any]] = [keys]
    columns.extend(list(column) for column in zip(*(item.content for item in items), strict=True))
    columns.append([item.business_date for item in items])
    raw = await connection.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    # the request's own connection and transaction, without SQLAlchemy's per-row type processing;
    # the answer names the lines sent before (usually none), not the thousands just inserted
    sent_before = await driver.fetch(_INSERT_AND_ROLL_UP, client_id, now, *columns)
    return set(keys).difference(record[0] for record in sent_before)


async def _insert_new(connection: AsyncConnection, rows: list[dict[str, Any]]) -> set[str]:
    if not rows:
        return set()
    statement = (
        sqlite.insert(sales_lines)
        .on_conflict_do_nothing(index_elements=["client_id", "external_id"])
        .returning(sales_lines.c.external_id)
    )
    result = await connection.execute(statement, rows)
    return set(result.scalars().all())


async def _stored_contents(connection: AsyncConnection, client_id: uuid.UUID, keys: list[str]) -> dict[str, Content]:
    columns = [sales_lines.c[name] for name in _COLUMNS]
    query = select(*columns).where(
        sales_lines.c.client_id == client_id, sales_lines.c.external_id.in_(bindparam("keys", expanding=True))
    )
    stored: dict[str, Content] = {}
    for key, *content in await connection.execute(query, {"keys": keys}):
        stored[key] = tuple(content)
    return stored


def _daily_totals(rows: list[dict[str, Any]], key_fields: tuple[str, ...]) -> list[dict[str, Any]]:
    totals: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        key = tuple(row[field] for field in key_fields)
        if None in key:
            continue
        total = totals[key]
        total[0] += row["amount_minor"]
        total[1] += row["quantity"]
        total[2] += 1
    return [
        {**dict(zip(key_fields, key, strict=True)), "amount_minor": a, "quantity": q, "lines": n}
        for key, (a, q, n) in sorted(totals.items())
    ]


async def _roll_up(connection: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    """SQLite: one writer at a time, so the roll-up is plain upserts of per-day totals."""
    for table, key_fields in (
        (store_days, ("store_id", "business_date", "currency")),
        (employee_days, ("employee_id", "store_id", "business_date", "currency")),
    ):
        totals = _daily_totals(rows, key_fields)
        if not totals:
            continue
        insert = sqlite.insert(table)
        statement = insert.on_conflict_do_update(
            index_elements=list(key_fields),
            set_={
                "amount_minor": table.c.amount_minor + insert.excluded.amount_minor,
                "quantity": table.c.quantity + insert.excluded.quantity,
                "lines": table.c.lines + insert.excluded.lines,
            },
        )
        await connection.execute(statement, totals)
