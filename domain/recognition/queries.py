"""Reading cards: one card (a private one only for those who may read it), a unit's feed of public
cards, my cards received and sent, my summary (balance, what expires soon, budget left), and the
cards a growth archive shows."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Literal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.org.queries import organisation_today
from domain.people.models import Employee
from domain.recognition import ledger
from domain.recognition.access import may_read_card, require_employee, sees_person
from domain.recognition.models import BudgetSpend, RecognitionCard
from domain.recognition.rules import budget_for, expiring, month_of
from domain.recognition.schemas import (
    ArchiveCard,
    BudgetRead,
    CardCategory,
    CardRead,
    MyRecognition,
    Person,
    PointsEntryRead,
    Visibility,
)
from domain.recognition.settings import rules_in_force
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import NotFound
from domain.shared.i18n import _
from domain.shared.pagination import Slice, after_cursor, timestamp_cursor

Box = Literal["received", "sent"]
ARCHIVE_CARDS = 200
EXPIRY_HORIZON = timedelta(days=30)


async def people(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, Person]:
    if not ids:
        return {}
    rows = await session.execute(
        select(Employee.id, Employee.employee_no, Employee.full_name, Employee.local_name).where(Employee.id.in_(ids))
    )
    return {row[0]: Person(employee_id=row[0], employee_no=row[1], full_name=row[2], local_name=row[3]) for row in rows}


async def card_reads(session: AsyncSession, cards: Sequence[RecognitionCard]) -> list[CardRead]:
    named = await people(session, {card.sender_id for card in cards} | {card.receiver_id for card in cards})
    return [
        CardRead(
            id=card.id,
            sender=named[card.sender_id],
            receiver=named[card.receiver_id],
            receiver_unit_id=card.receiver_unit_id,
            category=CardCategory(card.category),
            text=card.text,
            points=card.points,
            programme_code=card.programme_code,
            visibility=Visibility(card.visibility),
            created_at=card.created_at,
        )
        for card in cards
    ]


async def get_card(session: AsyncSession, *, actor: Actor, clock: Clock, card_id: uuid.UUID) -> CardRead:
    card = await session.get(RecognitionCard, card_id)
    if card is None or not await may_read_card(session, actor, clock, card):
        raise NotFound(_("No recognition card {card_id}.", card_id=card_id), slug="recognition.card_not_found")
    return (await card_reads(session, [card]))[0]


async def _page(
    session: AsyncSession, query: Select[RecognitionCard], limit: int, cursor: str | None
) -> Slice[CardRead]:
    if cursor is not None:
        query = query.where(after_cursor(cursor, RecognitionCard.created_at, RecognitionCard.id))
    rows = list(
        await session.scalars(
            query.order_by(RecognitionCard.created_at.desc(), RecognitionCard.id.desc()).limit(limit + 1)
        )
    )
    page = rows[:limit]
    following = timestamp_cursor(page[-1].created_at, page[-1].id) if len(rows) > limit and page else None
    return Slice(items=await card_reads(session, page), next_cursor=following)


async def feed(
    session: AsyncSession, *, actor: Actor, unit_id: uuid.UUID | None, limit: int, cursor: str | None
) -> Slice[CardRead]:
    """Public cards, newest first: whose receiver was at the unit or a unit below it when the card was
    sent, or the whole organisation's without a unit. Private cards never show in a feed."""
    require_person(actor)
    query = select(RecognitionCard).where(RecognitionCard.visibility == Visibility.PUBLIC.value)
    if unit_id is not None:
        path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == unit_id))
        if path is None:
            raise NotFound(_("No unit {unit_id}.", unit_id=unit_id), slug="org_unit.not_found")
        below = select(OrgUnit.id).where(OrgUnit.path.startswith(path))
        query = query.where(RecognitionCard.receiver_unit_id.in_(below))
    return await _page(session, query, limit, cursor)


async def my_cards(session: AsyncSession, *, actor: Actor, box: Box, limit: int, cursor: str | None) -> Slice[CardRead]:
    me = require_employee(actor)
    column = RecognitionCard.receiver_id if box == "received" else RecognitionCard.sender_id
    return await _page(session, select(RecognitionCard).where(column == me), limit, cursor)


async def my_recognition(session: AsyncSession, *, actor: Actor, clock: Clock) -> MyRecognition:
    me = require_employee(actor)
    today = await organisation_today(session, clock)
    month = month_of(today)
    settings = await rules_in_force(session)
    budget = budget_for((grant.role.value for grant in actor.grants), settings.budgets)
    spent = int(
        await session.scalar(select(BudgetSpend.spent).where(BudgetSpend.employee_id == me, BudgetSpend.month == month))
        or 0
    )
    now = clock.now()
    held = await ledger.ledger_of(session, me)
    received, sent = (
        await session.execute(
            select(
                func.count().filter(RecognitionCard.receiver_id == me),
                func.count().filter(RecognitionCard.sender_id == me),
            ).where(or_(RecognitionCard.receiver_id == me, RecognitionCard.sender_id == me))
        )
    ).one()
    return MyRecognition(
        employee_id=me,
        balance=await ledger.balance_of(session, me),
        expiring_within_30_days=expiring(held, now, now + EXPIRY_HORIZON),
        budget=BudgetRead(month=month, budget=budget, spent=spent, remaining=max(budget - spent, 0)),
        pair_cap=settings.pair_cap,
        cards_received=int(received),
        cards_sent=int(sent),
    )


async def my_points(session: AsyncSession, *, actor: Actor, limit: int, cursor: str | None) -> Slice[PointsEntryRead]:
    return await ledger.ledger_page(session, employee_id=require_employee(actor), limit=limit, cursor=cursor)


async def archive_cards(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID
) -> list[ArchiveCard]:
    """The cards a person received, newest first (the latest 200), for their growth archive: private
    ones only when the reader may read them (the sender, the person, their managers, HR, leaders)."""
    query = select(RecognitionCard).where(RecognitionCard.receiver_id == employee_id)
    reader_sees_private = actor.employee_id == employee_id or await sees_person(session, actor, clock, employee_id)
    if not reader_sees_private:
        query = query.where(
            or_(RecognitionCard.visibility == Visibility.PUBLIC.value, RecognitionCard.sender_id == actor.employee_id)
        )
    cards = list(
        await session.scalars(
            query.order_by(RecognitionCard.created_at.desc(), RecognitionCard.id.desc()).limit(ARCHIVE_CARDS)
        )
    )
    named = await people(session, {card.sender_id for card in cards})
    return [
        ArchiveCard(
            id=card.id,
            sender_name=named[card.sender_id].full_name,
            category=CardCategory(card.category),
            points=card.points,
            visibility=Visibility(card.visibility),
            created_at=card.created_at,
        )
        for card in cards
    ]
