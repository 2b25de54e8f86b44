"""Sales pushes from POS/ERP systems: up to 10,000 lines a batch, each accepted, reported as a
duplicate or a conflict, or rejected with its index and reason; accepted lines roll up into daily
store and employee sales in the same transaction.

A line is idempotent on (client, external_id): the same line sent again counts once; the same id
with other content is a conflict and changes nothing. Roll-ups add to the day the line was sold on
(the store's local day), so a late line re-rolls its past day. Lines and roll-up rows are written
in key order, so two batches racing over the same days wait for each other instead of deadlocking.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import Table, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from domain.integrations.ingest_schemas import LineRef, LineRejection, SalesIngestResult, SalesLineIn
from domain.integrations.models import DailyEmployeeSales, DailyStoreSales, SalesLine
from domain.integrations.scopes import Scope, require_client, unit_paths_within_reach, within_reach
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Employee
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.money import AmountError, parse_minor

# Tills' clocks drift; a sale a few minutes "in the future" is a clock, not a forgery.
FUTURE_TOLERANCE = timedelta(minutes=5)
_LINES = TypeAdapter(list[SalesLineIn])
_LINE = TypeAdapter(SalesLineIn)

sales_lines: Table = SalesLine.__table__  # type: ignore[assignment]
store_days: Table = DailyStoreSales.__table__  # type: ignore[assignment]
employee_days: Table = DailyEmployeeSales.__table__  # type: ignore[assignment]
_DIALECTS = {"postgresql": postgresql, "sqlite": sqlite}


@dataclass(frozen=True, slots=True)
class _Store:
    id: uuid.UUID
    zone: ZoneInfo
    in_reach: bool


@dataclass(slots=True)
class _Accepted:
    index: int
    external_id: str
    row: dict[str, Any]


def _fingerprint(line: SalesLineIn, minor: int, sold_at_utc: datetime) -> str:
    canonical = "\x1f".join(
        (
            line.store_code,
            line.employee_no or "",
            line.sku,
            str(line.quantity),
            str(minor),
            line.currency,
            sold_at_utc.isoformat(),
        )
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _validated(raw_lines: list[dict[str, Any]], rejected: list[LineRejection]) -> list[tuple[int, SalesLineIn]]:
    """All lines in one pass when they are clean (the common case); line by line otherwise."""
    try:
        return list(enumerate(_LINES.validate_python(raw_lines)))
    except ValidationError:
        pass
    valid: list[tuple[int, SalesLineIn]] = []
    for index, raw in enumerate(raw_lines):
        try:
            valid.append((index, _LINE.validate_python(raw)))
        except ValidationError as exc:
            error = exc.errors(include_url=False)[0]
            location = ".".join(str(part) for part in error["loc"])
            external_id = raw.get("external_id")
            rejected.append(
                LineRejection(
                    index=index,
                    external_id=external_id if isinstance(external_id, str) else None,
                    reason="line.invalid",
                    detail=f"{location}: {error['msg']}" if location else error["msg"],
                    field=f"lines.{index}.{location}" if location else f"lines.{index}",
                )
            )
    return valid


async def _stores(session: AsyncSession, actor: Actor, codes: set[str]) -> dict[str, _Store]:
    reach = await unit_paths_within_reach(session, actor)
    rows = await session.execute(
        select(OrgUnit.code, OrgUnit.id, OrgUnit.path, OrgUnit.timezone).where(
            OrgUnit.code.in_(codes), OrgUnit.kind == OrgUnitKind.STORE
        )
    )
    return {
        code: _Store(id=unit_id, zone=ZoneInfo(timezone), in_reach=within_reach(path, reach))
        for code, unit_id, path, timezone in rows
    }


async def _employees(session: AsyncSession, numbers: set[str]) -> dict[str, uuid.UUID]:
    if not numbers:
        return {}
    rows = await session.execute(select(Employee.employee_no, Employee.id).where(Employee.employee_no.in_(numbers)))
    return {number: employee_id for number, employee_id in rows}


def _reject(rejected: list[LineRejection], index: int, line: SalesLineIn, reason: str, detail: str, field: str) -> None:
    rejected.append(
        LineRejection(
            index=index, external_id=line.external_id, reason=reason, detail=detail, field=f"lines.{index}.{field}"
        )
    )


async def ingest_sales(
    session: AsyncSession, *, actor: Actor, clock: Clock, raw_lines: list[dict[str, Any]]
) -> SalesIngestResult:
    client_id = require_client(actor, Scope.INGEST_SALES)
    now = clock.now()
    rejected: list[LineRejection] = []
    valid = _validated(raw_lines, rejected)
    stores = await _stores(session, actor, {line.store_code for _, line in valid})
    employees = await _employees(session, {line.employee_no for _, line in valid if line.employee_no})

    accepted: dict[str, _Accepted] = {}
    duplicates: list[LineRef] = []
    conflicts: list[LineRef] = []
    for index, line in valid:
        store = stores.get(line.store_code)
        if store is None or not store.in_reach:
            _reject(
                rejected,
                index,
                line,
                "store.not_found",
                f"No store {line.store_code!r} you may push for.",
                "store_code",
            )
            continue
        employee_id = None
        if line.employee_no is not None:
            employee_id = employees.get(line.employee_no)
            if employee_id is None:
                _reject(
                    rejected, index, line, "employee.not_found", f"No employee {line.employee_no!r}.", "employee_no"
                )
                continue
        try:
            minor = parse_minor(line.amount, line.currency)
        except AmountError as exc:
            _reject(rejected, index, line, "amount.invalid", str(exc), "amount")
            continue
        if line.sold_at > now + FUTURE_TOLERANCE:
            _reject(rejected, index, line, "sold_at.future", "The sale is timed in the future.", "sold_at")
            continue
        sold_at = line.sold_at.astimezone(store.zone)
        fingerprint = _fingerprint(line, minor, line.sold_at.astimezone(UTC))
        twin = accepted.get(line.external_id)
        if twin is not None:  # the same id twice in one batch
            (duplicates if twin.row["fingerprint"] == fingerprint else conflicts).append(
                LineRef(index=index, external_id=line.external_id)
            )
            continue
        accepted[line.external_id] = _Accepted(
            index=index,
            external_id=line.external_id,
            row={
                "client_id": client_id,
                "external_id": line.external_id,
                "store_id": store.id,
                "employee_id": employee_id,
                "sku": line.sku,
                "quantity": line.quantity,
                "amount_minor": minor,
                "currency": line.currency,
                "sold_at": sold_at,
                "business_date": sold_at.date(),
                "fingerprint": fingerprint,
                "received_at": now,
            },
        )

    connection = await session.connection()
    inserted = await _insert_new(connection, [accepted[key].row for key in sorted(accepted)])
    already_sent = [key for key in accepted if key not in inserted]
    if already_sent:
        stored = await _stored_fingerprints(connection, client_id, already_sent)
        for key in already_sent:
            item = accepted[key]
            same = stored.get(key) == item.row["fingerprint"]
            (duplicates if same else conflicts).append(LineRef(index=item.index, external_id=key))
    await _roll_up(connection, [accepted[key].row for key in inserted])
    return SalesIngestResult(
        received=len(raw_lines),
        accepted=len(inserted),
        duplicates=sorted(duplicates, key=lambda r: r.index),
        conflicts=sorted(conflicts, key=lambda r: r.index),
        rejected=sorted(rejected, key=lambda r: r.index),
    )


async def _insert_new(connection: AsyncConnection, rows: list[dict[str, Any]]) -> set[str]:
    if not rows:
        return set()
    dialect = _DIALECTS[connection.dialect.name]
    statement = (
        dialect.insert(sales_lines)
        .on_conflict_do_nothing(index_elements=["client_id", "external_id"])
        .returning(sales_lines.c.external_id)
    )
    result = await connection.execute(statement, rows)
    return set(result.scalars().all())


async def _stored_fingerprints(connection: AsyncConnection, client_id: uuid.UUID, keys: list[str]) -> dict[str, str]:
    query = select(sales_lines.c.external_id, sales_lines.c.fingerprint).where(
        sales_lines.c.client_id == client_id, sales_lines.c.external_id.in_(bindparam("keys", expanding=True))
    )
    return {key: digest for key, digest in await connection.execute(query, {"keys": keys})}


def _daily_totals(rows: list[dict[str, Any]], key_fields: tuple[str, ...]) -> list[dict[str, Any]]:
    totals: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        if any(row[field] is None for field in key_fields):
            continue
        total = totals[tuple(row[field] for field in key_fields)]
        total[0] += row["amount_minor"]
        total[1] += row["quantity"]
        total[2] += 1
    return [
        {**dict(zip(key_fields, key, strict=True)), "amount_minor": a, "quantity": q, "lines": n}
        for key, (a, q, n) in sorted(totals.items(), key=lambda item: tuple(str(part) for part in item[0]))
    ]


async def _roll_up(connection: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    dialect = _DIALECTS[connection.dialect.name]
    for table, key_fields in (
        (store_days, ("store_id", "business_date", "currency")),
        (employee_days, ("employee_id", "store_id", "business_date", "currency")),
    ):
        totals = _daily_totals(rows, key_fields)
        if not totals:
            continue
        insert = dialect.insert(table)
        statement = insert.on_conflict_do_update(
            index_elements=list(key_fields),
            set_={
                "amount_minor": table.c.amount_minor + insert.excluded.amount_minor,
                "quantity": table.c.quantity + insert.excluded.quantity,
                "lines": table.c.lines + insert.excluded.lines,
            },
        )
        await connection.execute(statement, totals)
