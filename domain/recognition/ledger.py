"""The points ledger: append-only rows, the balance always their sum. Awards and refunds are lots
that expire (24 months by default, HR's setting at the time of the award); redemptions and expiries
are debits, and every debit takes the oldest points first (domain/recognition/rules.py).

Whatever debits a person's points (a redemption, a refund's recomputation, the worker's expiry)
first locks that person's row in `recognition_point_accounts`, so it decides on a ledger nobody
else debits meanwhile; awards only add and take no lock. The worker appends one expiry per lot past
its day, once (unique `expires_lot_id`), racing workers skipping people another has locked."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.recognition import rules
from domain.recognition.events import PointsExpired
from domain.recognition.models import PointAccount, PointsEntry
from domain.recognition.schemas import PointsEntryRead
from domain.shared import events
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.pagination import Slice, cursor_int, decode_cursor, slice_of
from domain.shared.upsert import upsert

EXPIRY_BATCH = 200


async def open_account(session: AsyncSession, employee_id: uuid.UUID) -> None:
    """The person's account row, made on first use (racing makers write it once)."""
    insert = (await upsert(session, PointAccount)).values(employee_id=employee_id, expired_through=None)
    await session.execute(insert.on_conflict_do_nothing(index_elements=["employee_id"]))


async def lock_account(session: AsyncSession, employee_id: uuid.UUID) -> PointAccount:
    """Locks the person's points until the transaction ends: debits of one person queue up here."""
    await open_account(session, employee_id)
    account = await session.scalar(
        select(PointAccount).where(PointAccount.employee_id == employee_id).with_for_update()
    )
    assert account is not None
    return account


async def balance_of(session: AsyncSession, employee_id: uuid.UUID) -> int:
    total = await session.scalar(
        select(func.coalesce(func.sum(PointsEntry.delta), 0)).where(PointsEntry.employee_id == employee_id)
    )
    return int(total or 0)


async def entries_of(session: AsyncSession, employee_id: uuid.UUID) -> list[rules.Entry]:
    rows = await session.execute(
        select(
            PointsEntry.id,
            PointsEntry.delta,
            PointsEntry.kind,
            PointsEntry.expires_at,
            PointsEntry.redemption_id,
            PointsEntry.expires_lot_id,
        )
        .where(PointsEntry.employee_id == employee_id)
        .order_by(PointsEntry.id)
    )
    return [rules.Entry(*row) for row in rows]


async def ledger_of(session: AsyncSession, employee_id: uuid.UUID) -> rules.Ledger:
    return rules.replay(await entries_of(session, employee_id))


async def append(
    session: AsyncSession,
    *,
    employee_id: uuid.UUID,
    delta: int,
    kind: str,
    now: datetime,
    expires_at: datetime | None = None,
    card_id: uuid.UUID | None = None,
    redemption_id: uuid.UUID | None = None,
    expires_lot_id: int | None = None,
) -> PointsEntry:
    entry = PointsEntry(
        employee_id=employee_id,
        delta=delta,
        kind=kind,
        card_id=card_id,
        redemption_id=redemption_id,
        expires_lot_id=expires_lot_id,
        occurred_at=now,
        expires_at=expires_at,
    )
    session.add(entry)
    await session.flush()
    return entry


async def award(
    session: AsyncSession, *, employee_id: uuid.UUID, points: int, card_id: uuid.UUID, now: datetime, months: int
) -> None:
    await open_account(session, employee_id)
    await append(
        session,
        employee_id=employee_id,
        delta=points,
        kind=rules.AWARD,
        now=now,
        expires_at=rules.add_months(now, months),
        card_id=card_id,
    )


async def expire_due(session: AsyncSession, *, employee_id: uuid.UUID, clock: Clock) -> int:
    """Appends the expiries due for one person whose account the caller has locked; returns the
    points expired."""
    now = clock.now()
    due = rules.due_expiries(await ledger_of(session, employee_id), now)
    for lot_id, points in due:
        await append(session, employee_id=employee_id, delta=-points, kind=rules.EXPIRY, now=now, expires_lot_id=lot_id)
    expired = sum(points for _lot, points in due)
    if expired:
        events.announce(session, PointsExpired(employee_id=employee_id, points=expired), clock=clock)
    return expired


async def expire_points(database: Database, clock: Clock) -> int:
    """The worker's job: people with lots that reached their expiry since their last pass get one
    expiry entry per lot with points left. Returns how many people were handled."""
    async with database.session_scope() as session:
        now = clock.now()
        due = (
            select(PointsEntry.employee_id)
            .join(PointAccount, PointAccount.employee_id == PointsEntry.employee_id)
            .where(
                PointsEntry.expires_at <= now,
                or_(PointAccount.expired_through.is_(None), PointsEntry.expires_at > PointAccount.expired_through),
            )
            .distinct()
            .limit(EXPIRY_BATCH)
        )
        people = list(await session.scalars(due))
        if not people:
            return 0
        claimed = list(
            await session.scalars(
                select(PointAccount)
                .where(PointAccount.employee_id.in_(people))
                .order_by(PointAccount.employee_id)
                .with_for_update(skip_locked=True)
            )
        )
        for account in claimed:
            await expire_due(session, employee_id=account.employee_id, clock=clock)
        if claimed:
            await session.execute(
                update(PointAccount)
                .where(PointAccount.employee_id.in_([account.employee_id for account in claimed]))
                .values(expired_through=now)
            )
        return len(claimed)


def entry_read(row: PointsEntry) -> PointsEntryRead:
    return PointsEntryRead(
        id=row.id,
        delta=row.delta,
        kind=row.kind,
        card_id=row.card_id,
        redemption_id=row.redemption_id,
        occurred_at=row.occurred_at,
        expires_at=row.expires_at,
    )


async def ledger_page(
    session: AsyncSession, *, employee_id: uuid.UUID, limit: int, cursor: str | None
) -> Slice[PointsEntryRead]:
    """Newest first."""
    query = (
        select(PointsEntry)
        .where(PointsEntry.employee_id == employee_id)
        .order_by(PointsEntry.id.desc())
        .limit(limit + 1)
    )
    if cursor is not None:
        (last,) = decode_cursor(cursor, arity=1)
        query = query.where(PointsEntry.id < cursor_int(last))
    rows = list(await session.scalars(query))
    page = slice_of(rows, limit, lambda row: [row.id])
    return Slice(items=[entry_read(row) for row in page.items], next_cursor=page.next_cursor)
