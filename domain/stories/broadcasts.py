"""HR's broadcast notices with read receipts.

A broadcast is drafted, then published: its recipients are fixed at that moment, one row per
person written set-based (INSERT ... SELECT over the audience, so 100,000 people are one
statement, not a Python loop), and each hears of it (`stories.broadcast`). A recipient marks it
read (idempotent) and, when HR asked, acknowledges it; HR reads the receipts: counts, and who has
not read it yet. Recipients see their broadcasts; HR, administrators and leaders see all."""

from __future__ import annotations

import uuid
from typing import Literal

from sqlalchemy import Uuid, and_, func, insert, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.queries import organisation_today
from domain.people.models import Employee
from domain.shared import events
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import (
    DEFAULT_LIMIT,
    after_cursor,
    after_keys,
    cursor_text,
    cursor_uuid,
    decode_cursor,
    slice_of,
)
from domain.shared.pagination import Slice as PageSlice
from domain.stories import audiences
from domain.stories.access import reads_all, require_editor
from domain.stories.events import BroadcastDrafted, BroadcastPublished
from domain.stories.models import Broadcast, BroadcastRecipient, BroadcastStatus
from domain.stories.schemas import BroadcastCreate, BroadcastRead, ReceiptsRead, RecipientRead

ReceiptState = Literal["unread", "read", "unacknowledged", "all"]


def _missing(broadcast_id: uuid.UUID) -> NotFound:
    return NotFound(_("No broadcast {broadcast_id}.", broadcast_id=broadcast_id), slug="broadcast.not_found")


async def _visible(
    session: AsyncSession, actor: Actor, broadcast_id: uuid.UUID, *, lock: bool = False
) -> tuple[Broadcast, BroadcastRecipient | None]:
    require_person(actor)
    query = select(Broadcast).where(Broadcast.id == broadcast_id)
    broadcast = await session.scalar(query.with_for_update() if lock else query)
    if broadcast is None:
        raise _missing(broadcast_id)
    mine = None
    if actor.employee_id is not None and broadcast.status == BroadcastStatus.PUBLISHED:
        mine = await session.get(BroadcastRecipient, (broadcast.id, actor.employee_id))
    if mine is None and not reads_all(actor):
        raise _missing(broadcast_id)
    return broadcast, mine


async def _read(session: AsyncSession, broadcast: Broadcast, mine: BroadcastRecipient | None) -> BroadcastRead:
    return BroadcastRead(
        id=broadcast.id,
        title=broadcast.title,
        body=broadcast.body,
        status=broadcast.status,
        audiences=await audiences.described(session, broadcast.audiences),
        requires_ack=broadcast.requires_ack,
        recipient_count=broadcast.recipient_count,
        published_at=broadcast.published_at,
        created_at=broadcast.created_at,
        version=broadcast.version,
        read_at=mine.read_at if mine else None,
        acknowledged_at=mine.acknowledged_at if mine else None,
    )


async def create_broadcast(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: BroadcastCreate
) -> BroadcastRead:
    require_editor(actor)
    await audiences.checked(session, data.audiences)
    now = clock.now()
    broadcast = Broadcast(
        id=uuid.uuid4(),
        title=data.title,
        body=data.body,
        audiences=audiences.kept(data.audiences),
        requires_ack=data.requires_ack,
        status=BroadcastStatus.DRAFT,
        author_account_id=actor.account_id,
        recipient_count=0,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(broadcast)
    await session.flush()
    await events.record(
        session,
        BroadcastDrafted(broadcast_id=broadcast.id, title=broadcast.title),
        actor=actor,
        clock=clock,
        changes={"audiences": broadcast.audiences, "requires_ack": broadcast.requires_ack},
    )
    return await _read(session, broadcast, None)


async def publish_broadcast(
    session: AsyncSession, *, actor: Actor, clock: Clock, broadcast_id: uuid.UUID
) -> BroadcastRead:
    """The row is locked and must be a draft: of two racing publications one writes the recipients."""
    require_editor(actor)
    broadcast, _mine = await _visible(session, actor, broadcast_id, lock=True)
    if broadcast.status != BroadcastStatus.DRAFT:
        raise Conflict(_("The broadcast is already published."), slug="broadcast.published")
    targets = await audiences.targets_of(session, broadcast.audiences)
    if any(target.path is None and target.kind in audiences.UNIT_KIND for target in targets):
        raise Conflict(_("A unit of the audience no longer exists."), slug="broadcast.audience_gone")
    reached = audiences.members(targets, await organisation_today(session, clock)).subquery("reached")
    written = await session.execute(
        insert(BroadcastRecipient).from_select(
            ["broadcast_id", "employee_id"], select(literal(broadcast.id, Uuid()), reached.c.id)
        )
    )
    count = int(written.rowcount or 0)  # type: ignore[attr-defined]
    broadcast.status = BroadcastStatus.PUBLISHED
    broadcast.published_at = clock.now()
    broadcast.recipient_count = count
    await session.flush()
    await events.record(
        session,
        BroadcastPublished(
            broadcast_id=broadcast.id,
            title=broadcast.title,
            recipient_count=count,
            requires_ack=broadcast.requires_ack,
            author_account_id=actor.account_id,
        ),
        actor=actor,
        clock=clock,
        changes={"status": {"before": "draft", "after": "published"}, "recipients": count},
        changed=broadcast,
    )
    mine = None
    if actor.employee_id is not None:
        mine = await session.get(BroadcastRecipient, (broadcast.id, actor.employee_id))
    return await _read(session, broadcast, mine)


async def get_broadcast(session: AsyncSession, *, actor: Actor, broadcast_id: uuid.UUID) -> BroadcastRead:
    broadcast, mine = await _visible(session, actor, broadcast_id)
    return await _read(session, broadcast, mine)


async def list_broadcasts(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> PageSlice[BroadcastRead]:
    """Newest first. HR, administrators and leaders list every broadcast, drafts included; anyone
    else lists those they received, with when they read them."""
    require_person(actor)
    if reads_all(actor):
        query = select(Broadcast, BroadcastRecipient).outerjoin(
            BroadcastRecipient,
            and_(BroadcastRecipient.broadcast_id == Broadcast.id, BroadcastRecipient.employee_id == actor.employee_id),
        )
    else:
        query = select(Broadcast, BroadcastRecipient).join(
            BroadcastRecipient,
            and_(BroadcastRecipient.broadcast_id == Broadcast.id, BroadcastRecipient.employee_id == actor.employee_id),
        )
    if cursor is not None:
        query = query.where(after_cursor(cursor, Broadcast.created_at, Broadcast.id))
    rows = (
        await session.execute(query.order_by(Broadcast.created_at.desc(), Broadcast.id.desc()).limit(limit + 1))
    ).all()
    page = slice_of(list(rows), limit, lambda row: [row[0].created_at.isoformat(), str(row[0].id)])
    return PageSlice(
        items=[await _read(session, broadcast, mine) for broadcast, mine in page.items], next_cursor=page.next_cursor
    )


async def mark_read(
    session: AsyncSession, *, actor: Actor, clock: Clock, broadcast_id: uuid.UUID, acknowledge: bool = False
) -> BroadcastRead:
    """Idempotent: the first read (or acknowledgement) keeps its time."""
    broadcast, mine = await _visible(session, actor, broadcast_id)
    if mine is None:
        raise Forbidden(_("Only a recipient marks a broadcast read."), slug="broadcast.not_recipient")
    if acknowledge and not broadcast.requires_ack:
        raise Conflict(_("This broadcast asks for no acknowledgement."), slug="broadcast.no_ack")
    now = clock.now()
    key = (BroadcastRecipient.broadcast_id == broadcast.id) & (BroadcastRecipient.employee_id == mine.employee_id)
    await session.execute(
        update(BroadcastRecipient).where(key, BroadcastRecipient.read_at.is_(None)).values(read_at=now)
    )
    if acknowledge:
        await session.execute(
            update(BroadcastRecipient)
            .where(key, BroadcastRecipient.acknowledged_at.is_(None))
            .values(acknowledged_at=now)
        )
    await session.refresh(mine)
    return await _read(session, broadcast, mine)


async def receipts(
    session: AsyncSession,
    *,
    actor: Actor,
    broadcast_id: uuid.UUID,
    state: ReceiptState = "unread",
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> ReceiptsRead:
    """The counts, and a page of the recipients in `state` by employee number (HR and administrators)."""
    require_editor(actor)
    broadcast, _mine = await _visible(session, actor, broadcast_id)
    of_it = BroadcastRecipient.broadcast_id == broadcast.id
    total, read, acknowledged = (
        await session.execute(
            select(func.count(), func.count(BroadcastRecipient.read_at), func.count(BroadcastRecipient.acknowledged_at))
            .select_from(BroadcastRecipient)
            .where(of_it)
        )
    ).one()
    query = (
        select(BroadcastRecipient, Employee.employee_no, Employee.full_name)
        .join(Employee, Employee.id == BroadcastRecipient.employee_id)
        .where(of_it)
    )
    if state == "unread":
        query = query.where(BroadcastRecipient.read_at.is_(None))
    elif state == "read":
        query = query.where(BroadcastRecipient.read_at.is_not(None))
    elif state == "unacknowledged":
        query = query.where(BroadcastRecipient.acknowledged_at.is_(None))
    if cursor is not None:
        number, person = decode_cursor(cursor, arity=2)
        query = query.where(after_keys([Employee.employee_no, Employee.id], [cursor_text(number), cursor_uuid(person)]))
    rows = (await session.execute(query.order_by(Employee.employee_no, Employee.id).limit(limit + 1))).all()
    page = slice_of(list(rows), limit, lambda row: [row[1], str(row[0].employee_id)])
    return ReceiptsRead(
        recipients=int(total),
        read=int(read),
        unread=int(total) - int(read),
        acknowledged=int(acknowledged),
        items=[
            RecipientRead(
                employee_id=recipient.employee_id,
                employee_no=number,
                full_name=name,
                read_at=recipient.read_at,
                acknowledged_at=recipient.acknowledged_at,
            )
            for recipient, number, name in page.items
        ],
        next_cursor=page.next_cursor,
    )
