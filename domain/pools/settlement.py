"""Settlement: draft -> calculated -> approved (HR) -> locked, then corrections.

Separation of duties (the organisation's setting, on by default, domain/org/settings.py): whoever
last calculated a pool does not approve it, and whoever last closed the pool's month does not
approve its pools; 403 `pool.separation_of_duties`. The calculator is read with the version the
approval compares and sets, so a recalculation in between makes the approval a 409; a closing that
commits while an approval is under way orders after it (approving, then closing, is allowed).
A pool locks (is paid) only once its month has ended in the organisation's time zone, or early by
HR's override with a reason (audited).

Each transition is a compare-and-set: `UPDATE pools SET status = new, version = version + 1 WHERE
id = :id AND status = :expected AND version = :seen`. Two racing approvals (or locks) both read the
same version; the database lets one update the row, and the other's WHERE no longer matches (on
PostgreSQL it waits for the first to commit and re-checks; SQLite's BEGIN IMMEDIATE serialises), so
it gets 409 `pool.changed`. Locking writes one ledger allocation per member and side from the
calculation that was approved (integer minor units, largest-remainder split, so they sum exactly to
the pool) and the `pool.settled` outbox event. The ledger is append-only: a correction writes a
reversal of the member's standing allocation and a new allocation, never an edit.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.names import unit_names
from domain.org.settings import separation_of_duties
from domain.people.models import Employee
from domain.performance.months import Month
from domain.performance.periods import last_closer, require_ended
from domain.performance.schemas import EarlyClose
from domain.pools import access, preview
from domain.pools.events import PoolCalculated, PoolSettled
from domain.pools.footprint import pools_maybe_mine
from domain.pools.models import Pool, PoolLedgerEntry
from domain.pools.pools import load
from domain.pools.schemas import (
    CorrectionCreate,
    CorrectionRead,
    LedgerEntryRead,
    MyPool,
    PoolPreview,
    PoolStatus,
    Statement,
)
from domain.shared import audit, events
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.csv_export import Amount, Column, csv_document
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.money import AmountError, format_minor, parse_minor
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_keys, cursor_text, cursor_uuid, decode_cursor, slice_of

ALLOCATION = "allocation"
REVERSAL = "reversal"


async def get_preview(session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID) -> PoolPreview:
    """Recomputed from current data: every line for HR, leaders and administrators; a member's own
    lines only; 404 for anyone else. (A member is whoever has a line now, or had one in the pool's
    calculation or ledger.)"""
    pool = await load(session, pool_id)
    if not access.sees_all(actor) and (actor.is_client or actor.employee_id is None):
        raise access.not_found()  # before computing anything for a caller who can be in no pool
    live = await preview.compute(session, pool, clock.now())
    if access.sees_all(actor):
        return live
    mine = [line for line in live.members if line.employee_id == actor.employee_id]
    if not mine and await access.member_view(session, actor, clock, pool, live=live) is None:
        raise access.not_found()
    return live.model_copy(update={"members": mine})


async def _settling(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    pool_id: uuid.UUID,
    expected: tuple[PoolStatus, ...],
    target: PoolStatus,
) -> Pool:
    """The pool, if the actor runs it and it may move from its status to `target`."""
    pool = await load(session, pool_id)
    await access.require_admin_of(session, actor, clock, pool)
    if pool.status not in expected:
        raise Conflict(
            _(
                "The pool is {status}; it must be {expected} to become {target}.",
                status=pool.status,
                expected=tuple(status.value for status in expected),
                target=target.value,
            ),
            slug="pool.wrong_status",
            status_now=pool.status,
        )
    return pool


async def _transition(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    pool: Pool,
    target: PoolStatus,
    values: dict[str, Any],
    noted: dict[str, object] | None = None,
) -> Pool:
    """Compare-and-set on the (status, version) the pool was read with; `noted` joins the audit entry."""
    changed = await session.execute(
        update(Pool)
        .where(Pool.id == pool.id, Pool.status == pool.status, Pool.version == pool.version)
        .values(status=target.value, version=pool.version + 1, updated_at=clock.now(), **values)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(_("The pool changed meanwhile; read it again."), slug="pool.changed")
    before = pool.status
    await session.refresh(pool)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action=f"pool.{target.value}",
        entity_type="pool",
        entity_id=pool.id,
        changes={"status": {"before": before, "after": target.value}, "version": pool.version, **(noted or {})},
    )
    return pool


async def calculate(session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID) -> PoolPreview:
    """Freeze the live computation as the pool's calculation (again, if it was calculated)."""
    target = PoolStatus.CALCULATED
    pool = await _settling(
        session, actor=actor, clock=clock, pool_id=pool_id, expected=(PoolStatus.DRAFT, target), target=target
    )
    computed = await preview.compute(session, pool, clock.now())
    pool = await _transition(
        session,
        actor=actor,
        clock=clock,
        pool=pool,
        target=target,
        values={
            "calculation": computed.model_dump(mode="json"),
            "calculated_at": clock.now(),
            "calculated_by": actor.account_id,
        },
    )
    events.announce(session, PoolCalculated.of(pool, actor.account_id), clock=clock)
    return await preview.current(session, pool, clock.now())


async def approve(session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID) -> PoolPreview:
    target = PoolStatus.APPROVED
    pool = await _settling(
        session, actor=actor, clock=clock, pool_id=pool_id, expected=(PoolStatus.CALCULATED,), target=target
    )
    await _refuse_own_work(session, actor=actor, pool=pool)
    pool = await _transition(
        session,
        actor=actor,
        clock=clock,
        pool=pool,
        target=target,
        values={"approved_at": clock.now(), "approved_by": actor.account_id},
    )
    return await preview.current(session, pool, clock.now())


async def _refuse_own_work(session: AsyncSession, *, actor: Actor, pool: Pool) -> None:
    """403 `pool.separation_of_duties` when the organisation keeps separation of duties and the
    approver calculated the pool, or closed its month."""
    if not await separation_of_duties(session):
        return
    if pool.calculated_by is not None and pool.calculated_by == actor.account_id:
        raise Forbidden(
            _("You calculated this pool; someone else approves it (separation of duties)."),
            slug="pool.separation_of_duties",
        )
    if await last_closer(session, Month.parse(pool.period)) == actor.account_id:
        raise Forbidden(
            _("You closed {period}; someone else approves its pools (separation of duties).", period=pool.period),
            slug="pool.separation_of_duties",
        )


async def lock(
    session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID, override: EarlyClose | None = None
) -> PoolPreview:
    """Write the approved calculation to the ledger and announce `pool.settled`, once the pool's
    month has ended (or early, with HR's reason)."""
    now = clock.now()
    target = PoolStatus.LOCKED
    pool = await _settling(
        session, actor=actor, clock=clock, pool_id=pool_id, expected=(PoolStatus.APPROVED,), target=target
    )
    early = await require_ended(
        session, clock, Month.parse(pool.period), override, slug="pool.period_not_ended", action=_("lock")
    )
    pool = await _transition(
        session,
        actor=actor,
        clock=clock,
        pool=pool,
        target=target,
        values={"locked_at": now, "locked_by": actor.account_id},
        noted=early,
    )
    settled = await preview.current(session, pool, now)
    total = 0
    allocations = 0
    for line in settled.members:
        amount = parse_minor(line.projected_amount, pool.currency)
        if amount == 0:
            continue
        session.add(
            PoolLedgerEntry(
                pool_id=pool.id,
                employee_id=line.employee_id,
                side=line.side.value,
                kind=ALLOCATION,
                amount_minor=amount,
                currency=pool.currency,
                recorded_by=actor.account_id,
                recorded_at=now,
            )
        )
        total += amount
        allocations += 1
    await session.flush()
    events.announce(
        session,
        PoolSettled.of(
            pool,
            actor.account_id,
            amount=format_minor(total, pool.currency),
            qualified=settled.qualified,
            allocations=allocations,
            locked_at=now,
        ),
        clock=clock,
    )
    return settled


def _entry_read(row: PoolLedgerEntry) -> LedgerEntryRead:
    return LedgerEntryRead.model_validate(
        {
            "id": row.id,
            "employee_id": row.employee_id,
            "side": row.side,
            "kind": row.kind,
            "amount": format_minor(row.amount_minor, row.currency),
            "currency": row.currency,
            "reverses_id": row.reverses_id,
            "correction_id": row.correction_id,
            "reason": row.reason,
            "recorded_at": row.recorded_at,
        }
    )


async def _entries(
    session: AsyncSession, pool_id: uuid.UUID, employee_id: uuid.UUID | None = None
) -> list[PoolLedgerEntry]:
    query = select(PoolLedgerEntry).where(PoolLedgerEntry.pool_id == pool_id).order_by(PoolLedgerEntry.id)
    if employee_id is not None:
        query = query.where(PoolLedgerEntry.employee_id == employee_id)
    return list((await session.scalars(query)).all())


async def correct(
    session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID, data: CorrectionCreate
) -> CorrectionRead:
    """Set members' amounts after locking: for each line whose amount changes, a reversal of the
    member's standing allocation on that side (if any) and a new allocation (if not zero)."""
    pool = await load(session, pool_id, lock=True)  # corrections of one pool queue up on PostgreSQL
    await access.require_admin_of(session, actor, clock, pool)
    if pool.status != PoolStatus.LOCKED:
        raise Conflict(
            _("Only a locked pool is corrected; before that, change and recalculate it."),
            slug="pool.wrong_status",
            status_now=pool.status,
        )
    keys = [(line.employee_id, line.side) for line in data.lines]
    if len(set(keys)) != len(keys):
        raise InvalidInput(_("Each member and side appears once."), field="body.lines", slug="pool.duplicate_line")
    known = set((await session.scalars(select(Employee.id).where(Employee.id.in_({k[0] for k in keys})))).all())
    entries = await _entries(session, pool.id)
    reversed_ids = {e.reverses_id for e in entries if e.reverses_id is not None}
    standing: dict[tuple[uuid.UUID, str], PoolLedgerEntry] = {}
    for entry in entries:
        if entry.kind == ALLOCATION and entry.id not in reversed_ids:
            standing[(entry.employee_id, entry.side)] = entry
    correction_id = uuid.uuid4()
    now = clock.now()
    written: list[PoolLedgerEntry] = []
    for index, line in enumerate(data.lines):
        if line.employee_id not in known:
            raise InvalidInput(
                _("No such employee."), field=f"body.lines.{index}.employee_id", slug="employee.not_found"
            )
        try:
            amount = parse_minor(line.amount, pool.currency)
        except AmountError as exc:
            raise InvalidInput(exc.message, field=f"body.lines.{index}.amount", slug="amount.invalid") from None
        current = standing.get((line.employee_id, line.side.value))
        if (current.amount_minor if current else 0) == amount:
            continue
        common = {
            "pool_id": pool.id,
            "employee_id": line.employee_id,
            "side": line.side.value,
            "currency": pool.currency,
            "correction_id": correction_id,
            "reason": data.reason,
            "recorded_by": actor.account_id,
            "recorded_at": now,
        }
        if current is not None:
            written.append(
                PoolLedgerEntry(kind=REVERSAL, amount_minor=-current.amount_minor, reverses_id=current.id, **common)
            )
        if amount:
            written.append(PoolLedgerEntry(kind=ALLOCATION, amount_minor=amount, **common))
    if not written:
        raise InvalidInput(
            _("Every line already has that amount: nothing to correct."),
            field="body.lines",
            slug="pool.nothing_to_correct",
        )
    session.add_all(written)
    await session.flush()
    total = sum(e.amount_minor for e in entries) + sum(e.amount_minor for e in written)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="pool.corrected",
        entity_type="pool",
        entity_id=pool.id,
        changes={
            "correction_id": str(correction_id),
            "reason": data.reason,
            "lines": [line.model_dump(mode="json") for line in data.lines],
            "pool_total": format_minor(total, pool.currency),
        },
    )
    return CorrectionRead(
        correction_id=correction_id,
        entries=[_entry_read(e) for e in written],
        pool_total=format_minor(total, pool.currency),
    )


async def statement(
    session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID, employee_id: uuid.UUID
) -> Statement:
    """One member's statement: their contribution lines and ledger entries. HR and leaders read
    anyone's; a member only their own; anything else is 404."""
    pool = await load(session, pool_id)
    view: PoolPreview | None
    if access.sees_all(actor):
        view = await preview.current(session, pool, clock.now())
    elif actor.employee_id == employee_id:
        view = await access.member_view(session, actor, clock, pool)
    else:
        view = None
    if view is None:
        raise access.not_found()
    employee = await session.get(Employee, employee_id)
    if employee is None:
        raise NotFound(_("No such employee."), slug="employee.not_found")
    lines = [line for line in view.members if line.employee_id == employee_id]
    entries = await _entries(session, pool.id, employee_id)
    if not lines and not entries:
        raise NotFound(_("That person has no line in this pool."), slug="pool.member_not_found")
    if pool.status == PoolStatus.LOCKED:
        total = sum(e.amount_minor for e in entries)
    else:
        total = sum(parse_minor(line.projected_amount, pool.currency) for line in lines)
    return Statement(
        pool_id=pool.id,
        name=pool.name,
        period=pool.period,
        currency=pool.currency,
        status=PoolStatus(pool.status),
        employee_id=employee.id,
        employee_no=employee.employee_no,
        full_name=employee.full_name,
        lines=lines,
        entries=[_entry_read(e) for e in entries],
        total=format_minor(total, pool.currency),
    )


PAYROLL_COLUMNS = [
    Column("employee_no", _("Employee no.")),
    Column("full_name", _("Name")),
    Column("period", _("Period")),
    Column("pool_id", _("Pool ID")),
    Column("pool_name", _("Pool")),
    Column("currency", _("Currency")),
    Column("amount", _("Amount")),
]


async def payroll_csv(session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID) -> tuple[str, str]:
    """(file name, CSV text): one row per person, their net amount from the ledger (corrections
    included), by employee number. Only for locked pools. Written by the one CSV writer (names a
    spreadsheet would run as formulas quoted, UTF-8 with a BOM, amounts as decimals)."""
    pool = await load(session, pool_id)
    await access.require_admin_of(session, actor, clock, pool)
    if pool.status != PoolStatus.LOCKED:
        raise Conflict(_("Payroll reads locked pools only."), slug="pool.not_locked", status_now=pool.status)
    rows = await session.execute(
        select(Employee.employee_no, Employee.full_name, func.sum(PoolLedgerEntry.amount_minor))
        .join(Employee, Employee.id == PoolLedgerEntry.employee_id)
        .where(PoolLedgerEntry.pool_id == pool.id)
        .group_by(Employee.employee_no, Employee.full_name)
        .order_by(Employee.employee_no)
    )
    document = csv_document(
        PAYROLL_COLUMNS,
        (
            [number, name, pool.period, str(pool.id), pool.name, pool.currency, Amount(int(amount), pool.currency)]
            for number, name, amount in rows
            if int(amount) != 0
        ),
        language=actor.language,
    )
    return f"pool-{pool.period}-{pool.id}.csv", document


async def my_pools(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    period: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[MyPool]:
    """The pools I am in, newest month first (then by name): my contribution, the rule behind it and
    my projected amount (as calculated once calculated), and what the ledger holds for me once locked.
    Pools are read a batch at a time: only those I am a member of are mine."""
    if actor.is_client or actor.employee_id is None:
        raise NotFound(_("This account is not an employee."), slug="employee.not_found")
    key = (Pool.period, Pool.name, Pool.id)
    query = select(Pool).order_by(Pool.period.desc(), Pool.name, Pool.id)
    if period is not None:
        query = query.where(Pool.period == period)
    if cursor is not None:
        last_period, last_name, last_id = decode_cursor(cursor, arity=3)
        query = query.where(
            after_keys(
                key,
                [cursor_text(last_period), cursor_text(last_name), cursor_uuid(last_id)],
                descending=(True, False, False),
            )
        )
    settled: dict[uuid.UUID, int] = defaultdict(int)
    for pool_id, amount in await session.execute(
        select(PoolLedgerEntry.pool_id, PoolLedgerEntry.amount_minor).where(
            PoolLedgerEntry.employee_id == actor.employee_id
        )
    ):
        settled[pool_id] += amount
    found: list[tuple[Pool, MyPool]] = []
    batch = max(2 * limit, 20)
    offset = 0
    while len(found) <= limit:
        pools = list((await session.scalars(query.offset(offset).limit(batch))).all())
        offset += len(pools)
        maybe = await pools_maybe_mine(session, employee_id=actor.employee_id, account_id=actor.account_id, pools=pools)
        found.extend(await _mine(session, actor, clock, maybe, settled))
        if len(pools) < batch:
            break
    page = slice_of(found, limit, lambda mine: [mine[0].period, mine[0].name, str(mine[0].id)])
    return Slice(items=[view for _, view in page.items], next_cursor=page.next_cursor)


async def _mine(
    session: AsyncSession, actor: Actor, clock: Clock, pools: list[Pool], settled: dict[uuid.UUID, int]
) -> list[tuple[Pool, MyPool]]:
    viewed = []
    for pool in pools:
        view = await access.member_view(session, actor, clock, pool, paid=pool.id in settled)
        if view is not None:
            viewed.append((pool, view))
    scopes = await unit_names(session, (pool.scope_unit_id for pool, _ in viewed))
    found: list[tuple[Pool, MyPool]] = []
    for pool, view in viewed:
        found.append(
            (
                pool,
                MyPool(
                    pool_id=pool.id,
                    name=pool.name,
                    scope_unit_id=pool.scope_unit_id,
                    scope_unit_name=scopes[pool.scope_unit_id].name,
                    scope_unit_local_name=scopes[pool.scope_unit_id].local_name,
                    period=pool.period,
                    currency=pool.currency,
                    status=PoolStatus(pool.status),
                    qualified=view.qualified,
                    pool_amount=view.pool_amount,
                    lines=view.members,
                    settled_amount=format_minor(settled[pool.id], pool.currency)
                    if pool.status == PoolStatus.LOCKED
                    else None,
                    as_of=view.as_of,
                ),
            )
        )
    return found
