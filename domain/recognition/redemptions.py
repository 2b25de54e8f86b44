"""Redeeming points for catalogue items. A request holds the points and reserves the item at once,
in one transaction under the person's points lock: due expiries first (expired points buy nothing),
then the balance against the price, then the stock by `stock = stock - 1 WHERE stock >= 1`, then the
debit. Two requests for the last item, or for the last points, leave one winner and a balance never
below zero. HR approves (the item goes to payroll or the leave system: a webhook event and a CSV
export) or rejects with a reason (the points come back as lots expiring when they would have, and
the item returns to stock). Nobody decides their own redemption."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.queries import organisation_timezone
from domain.people.models import Employee
from domain.recognition import ledger, rules
from domain.recognition.access import is_keeper, require_employee, require_keeper
from domain.recognition.events import RedemptionApproved, RedemptionRejected, RedemptionRequested
from domain.recognition.models import CatalogueItem, PointsEntry, Redemption
from domain.recognition.queries import people
from domain.recognition.schemas import (
    ItemKind,
    RedemptionCreate,
    RedemptionDecision,
    RedemptionRead,
    RedemptionStatus,
)
from domain.recognition.settings import rules_in_force
from domain.shared import events
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.csv_export import Column, csv_document
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import Slice, after_cursor, timestamp_cursor

EXPORT_DAYS = 366


async def _reads(session: AsyncSession, rows: list[Redemption]) -> list[RedemptionRead]:
    named = await people(session, {row.employee_id for row in rows})
    items = {
        item.code: item
        for item in await session.scalars(
            select(CatalogueItem).where(CatalogueItem.code.in_({row.item_code for row in rows}))
        )
    }
    return [
        RedemptionRead(
            id=row.id,
            employee=named[row.employee_id],
            item_code=row.item_code,
            item_name=items[row.item_code].name,
            item_kind=ItemKind(items[row.item_code].kind),
            points=row.points,
            note=row.note,
            status=RedemptionStatus(row.status),
            reason=row.reason,
            requested_at=row.requested_at,
            decided_at=row.decided_at,
            version=row.version,
        )
        for row in rows
    ]


async def request_redemption(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: RedemptionCreate
) -> RedemptionRead:
    me = require_employee(actor)
    known = await session.scalar(
        select(CatalogueItem.code).where(CatalogueItem.code == data.item_code, CatalogueItem.active.is_(True))
    )
    if known is None:
        raise InvalidInput(
            _("No catalogue item {code} to redeem.", code=data.item_code),
            field="body.item_code",
            slug="recognition.unknown_item",
        )
    await ledger.lock_account(session, me)
    await ledger.expire_due(session, employee_id=me, clock=clock)
    balance = await ledger.balance_of(session, me)
    reserved = (
        await session.execute(
            update(CatalogueItem)
            .where(CatalogueItem.code == data.item_code, CatalogueItem.active.is_(True), CatalogueItem.stock >= 1)
            .values(stock=CatalogueItem.stock - 1)
            .returning(CatalogueItem.price)
        )
    ).first()
    if reserved is None:
        raise Conflict(
            _("{code} is out of stock.", code=data.item_code), slug="recognition.out_of_stock", item_code=data.item_code
        )
    price = int(reserved[0])
    if balance < price:
        raise Conflict(
            _("The item costs {price} points; you hold {balance}.", price=price, balance=balance),
            slug="recognition.insufficient_points",
            balance=balance,
            price=price,
        )
    now = clock.now()
    row = Redemption(
        id=uuid.uuid4(),
        employee_id=me,
        item_code=data.item_code,
        points=price,
        note=data.note,
        status=RedemptionStatus.PENDING.value,
        reason=None,
        requested_at=now,
        decided_at=None,
        decided_by=None,
        version=1,
        updated_at=now,
    )
    session.add(row)
    await session.flush()
    await ledger.append(session, employee_id=me, delta=-price, kind=rules.REDEMPTION, now=now, redemption_id=row.id)
    await events.record(
        session,
        RedemptionRequested(redemption_id=row.id, employee_id=me, item_code=row.item_code, points=price),
        actor=actor,
        clock=clock,
        changes={"item_code": row.item_code, "points": price},
    )
    return (await _reads(session, [row]))[0]


def _not_found(redemption_id: uuid.UUID) -> NotFound:
    return NotFound(
        _("No redemption {redemption_id}.", redemption_id=redemption_id), slug="recognition.redemption_not_found"
    )


async def get_redemption(session: AsyncSession, *, actor: Actor, redemption_id: uuid.UUID) -> RedemptionRead:
    require_person(actor)
    row = await session.get(Redemption, redemption_id)
    if row is None or not (is_keeper(actor) or row.employee_id == actor.employee_id):
        raise _not_found(redemption_id)
    return (await _reads(session, [row]))[0]


async def list_redemptions(
    session: AsyncSession,
    *,
    actor: Actor,
    status: RedemptionStatus | None,
    employee_id: uuid.UUID | None,
    limit: int,
    cursor: str | None,
) -> Slice[RedemptionRead]:
    """Newest first: HR sees everyone's (optionally one person's), everyone else their own."""
    require_person(actor)
    query = select(Redemption)
    if is_keeper(actor):
        if employee_id is not None:
            query = query.where(Redemption.employee_id == employee_id)
    else:
        query = query.where(Redemption.employee_id == require_employee(actor))
    if status is not None:
        query = query.where(Redemption.status == status.value)
    if cursor is not None:
        query = query.where(after_cursor(cursor, Redemption.requested_at, Redemption.id))
    rows = list(
        await session.scalars(query.order_by(Redemption.requested_at.desc(), Redemption.id.desc()).limit(limit + 1))
    )
    page = rows[:limit]
    following = timestamp_cursor(page[-1].requested_at, page[-1].id) if len(rows) > limit and page else None
    return Slice(items=await _reads(session, page), next_cursor=following)


async def decide(
    session: AsyncSession, *, actor: Actor, clock: Clock, redemption_id: uuid.UUID, data: RedemptionDecision
) -> RedemptionRead:
    require_person(actor)
    row = await session.scalar(select(Redemption).where(Redemption.id == redemption_id).with_for_update())
    if row is None or not (is_keeper(actor) or row.employee_id == actor.employee_id):
        raise _not_found(redemption_id)
    require_keeper(actor)
    if row.employee_id == actor.employee_id:
        raise Forbidden(_("Nobody decides their own redemption."), slug="recognition.own_redemption")
    if row.status != RedemptionStatus.PENDING.value:
        raise Conflict(
            _("The redemption was already {status}.", status=row.status),
            slug="recognition.redemption_decided",
            current_status=row.status,
        )
    now = clock.now()
    row.decided_at = now
    row.decided_by = actor.account_id
    if data.decision == "approve":
        row.status = RedemptionStatus.APPROVED.value
        number, kind = (
            await session.execute(
                select(Employee.employee_no, CatalogueItem.kind)
                .select_from(Employee)
                .join(CatalogueItem, CatalogueItem.code == row.item_code)
                .where(Employee.id == row.employee_id)
            )
        ).one()
        event: RedemptionApproved | RedemptionRejected = RedemptionApproved(
            redemption_id=row.id,
            employee_id=row.employee_id,
            employee_no=number,
            item_code=row.item_code,
            item_kind=kind,
            points=row.points,
            approved_at=now,
        )
    else:
        assert data.reason is not None
        row.status = RedemptionStatus.REJECTED.value
        row.reason = data.reason
        await _refund(session, row, clock)
        event = RedemptionRejected(
            redemption_id=row.id,
            employee_id=row.employee_id,
            item_code=row.item_code,
            points=row.points,
            reason=data.reason,
        )
    await events.record(
        session,
        event,
        actor=actor,
        clock=clock,
        changed=row,
        changes={"status": {"before": "pending", "after": row.status}, "reason": row.reason},
    )
    return (await _reads(session, [row]))[0]


async def _refund(session: AsyncSession, row: Redemption, clock: Clock) -> None:
    """The points back as lots expiring when those the redemption took would have (an old lot's part
    that is already past its day expires again at once), and the item back in stock."""
    await ledger.lock_account(session, row.employee_id)
    held = await ledger.ledger_of(session, row.employee_id)
    debit = await session.scalar(
        select(PointsEntry.id).where(PointsEntry.redemption_id == row.id, PointsEntry.kind == rules.REDEMPTION)
    )
    now = clock.now()
    fresh = rules.add_months(now, (await rules_in_force(session)).expiry_months)
    lots = rules.refund_lots(held, debit, row.points, fresh) if debit is not None else [(fresh, row.points)]
    for expires_at, points in lots:
        await ledger.append(
            session,
            employee_id=row.employee_id,
            delta=points,
            kind=rules.REFUND,
            now=now,
            expires_at=expires_at,
            redemption_id=row.id,
        )
    await ledger.expire_due(session, employee_id=row.employee_id, clock=clock)
    await session.execute(
        update(CatalogueItem).where(CatalogueItem.code == row.item_code).values(stock=CatalogueItem.stock + 1)
    )


EXPORT_COLUMNS = [
    Column("redemption_id", _("Redemption ID")),
    Column("employee_no", _("Employee no.")),
    Column("full_name", _("Name")),
    Column("item_code", _("Item code")),
    Column("item_name", _("Catalogue item")),
    Column("item_kind", _("Item kind")),
    Column("points", _("Points")),
    Column("requested_at", _("Requested at")),
    Column("approved_at", _("Approved at")),
]


async def export_approved(
    session: AsyncSession, *, actor: Actor, clock: Clock, first: date, last: date
) -> tuple[str, str]:
    """(file name, CSV) of the redemptions approved on the organisation's days first..last, by
    approval time: for payroll (shopping cards) and the leave system (leave)."""
    require_keeper(actor)
    if last < first:
        raise InvalidInput(_("The period ends before it starts."), field="query.to", slug="recognition.bad_period")
    if (last - first).days >= EXPORT_DAYS:
        raise InvalidInput(
            _("Export at most {days} days at a time.", days=EXPORT_DAYS),
            field="query.to",
            slug="recognition.bad_period",
        )
    zone = await organisation_timezone(session)
    start = datetime.combine(first, time(), zone)
    end = datetime.combine(last + timedelta(days=1), time(), zone)
    rows = (
        await session.execute(
            select(Redemption, Employee.employee_no, Employee.full_name, CatalogueItem.name, CatalogueItem.kind)
            .join(Employee, Employee.id == Redemption.employee_id)
            .join(CatalogueItem, CatalogueItem.code == Redemption.item_code)
            .where(
                Redemption.status == RedemptionStatus.APPROVED.value,
                Redemption.decided_at >= start,
                Redemption.decided_at < end,
            )
            .order_by(Redemption.decided_at, Redemption.id)
        )
    ).all()
    assert all(row[0].decided_at is not None for row in rows)
    document = csv_document(
        EXPORT_COLUMNS,
        (
            (
                str(row.id),
                number,
                name,
                row.item_code,
                item_name,
                kind,
                row.points,
                row.requested_at,
                row.decided_at,
            )
            for row, number, name, item_name, kind in rows
        ),
        language=actor.language,
    )
    return f"redemptions-{first.isoformat()}-{last.isoformat()}.csv", document
