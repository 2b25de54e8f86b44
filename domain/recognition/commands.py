"""Sending a card (认可卡片). Anyone sends one to an active colleague, never to themself; its points
come from the sender's monthly budget (the largest of their roles', not carried over) or, for
managers and HR, from a named HR programme. Budget points between the same two people are capped
per month, both directions summed, so colleagues cannot trade points in a loop; programme awards
are exempt from that cap, because they are not the sender's to trade: HR funds the pool for a stated
purpose, only managers and HR draw on it, a manager only for people they manage, and every award is
audited and visible to HR.

Each limit is a compare-and-set inside the card's transaction (`spent = spent + p WHERE spent + p
<= budget`), so two cards racing for the last points leave exactly one, and a refusal writes
nothing: the transaction that raised the spent figure is the one that rolls back."""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.queries import organisation_today
from domain.people.assignments import assignments_of, unit_on
from domain.people.models import Employee, EmployeeStatus
from domain.recognition import ledger, programmes
from domain.recognition.access import PROGRAMME_AWARDERS, is_keeper, require_employee, sees_person
from domain.recognition.events import CardSent
from domain.recognition.models import BudgetSpend, PairSpend, RecognitionCard
from domain.recognition.queries import card_reads
from domain.recognition.rules import budget_for, month_of, pair_key
from domain.recognition.schemas import CardCreate, CardRead
from domain.recognition.settings import rules_in_force
from domain.shared import events
from domain.shared.access import holds_role
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.shared.ids import new_id
from domain.shared.upsert import upsert


async def send_card(session: AsyncSession, *, actor: Actor, clock: Clock, data: CardCreate) -> CardRead:
    sender_id = require_employee(actor)
    if data.receiver_id == sender_id:
        raise InvalidInput(
            _("A card goes to a colleague, not to oneself."), field="body.receiver_id", slug="recognition.self"
        )
    receiver = await session.get(Employee, data.receiver_id)
    if receiver is None or receiver.status != EmployeeStatus.ACTIVE:
        raise InvalidInput(
            _("No active employee {employee_id}.", employee_id=data.receiver_id),
            field="body.receiver_id",
            slug="recognition.unknown_receiver",
        )
    today = await organisation_today(session, clock)
    month = month_of(today)
    settings = await rules_in_force(session)
    points = data.points or 0
    if points and data.programme_code is not None:
        if not holds_role(actor, *PROGRAMME_AWARDERS):
            raise Forbidden(
                _("Only store managers, department heads and HR award points from a programme."),
                slug="recognition.programme_forbidden",
            )
        if not is_keeper(actor) and not await sees_person(session, actor, clock, receiver.id):
            raise InvalidInput(
                _("A manager awards programme points only to the people they manage."),
                field="body.receiver_id",
                slug="recognition.programme_outside_scope",
            )
        await programmes.draw(session, code=data.programme_code, points=points, today=today)
    elif points:
        budget = budget_for((grant.role.value for grant in actor.grants), settings.budgets)
        await _spend_budget(session, sender_id, month, points, budget)
        await _spend_pair(session, sender_id, receiver.id, month, points, settings.pair_cap)
    now = clock.now()
    card = RecognitionCard(
        id=new_id(),
        sender_id=sender_id,
        receiver_id=receiver.id,
        receiver_unit_id=unit_on(receiver.home_unit_id, await assignments_of(session, receiver.id), today),
        category=data.category.value,
        text=data.text,
        points=points,
        programme_code=data.programme_code if points else None,
        visibility=data.visibility.value,
        month=month,
        created_at=now,
    )
    session.add(card)
    await session.flush()
    if points:
        await ledger.award(
            session, employee_id=receiver.id, points=points, card_id=card.id, now=now, months=settings.expiry_months
        )
    await events.record(
        session,
        CardSent(
            card_id=card.id,
            sender_id=sender_id,
            receiver_id=receiver.id,
            category=card.category,
            points=points,
            programme_code=card.programme_code,
            visibility=card.visibility,
        ),
        actor=actor,
        clock=clock,
        changes={
            "receiver_id": str(receiver.id),
            "category": card.category,
            "points": points,
            "programme_code": card.programme_code,
            "visibility": card.visibility,
        },
    )
    return (await card_reads(session, [card]))[0]


async def _spend_budget(session: AsyncSession, sender_id: uuid.UUID, month: str, points: int, budget: int) -> None:
    start = (await upsert(session, BudgetSpend)).values(employee_id=sender_id, month=month, spent=0)
    await session.execute(start.on_conflict_do_nothing(index_elements=["employee_id", "month"]))
    spent = await session.execute(
        update(BudgetSpend)
        .where(
            BudgetSpend.employee_id == sender_id,
            BudgetSpend.month == month,
            BudgetSpend.spent + points <= budget,
        )
        .values(spent=BudgetSpend.spent + points)
    )
    if spent.rowcount == 1:  # type: ignore[attr-defined]
        return
    already = await session.scalar(
        select(BudgetSpend.spent).where(BudgetSpend.employee_id == sender_id, BudgetSpend.month == month)
    )
    remaining = max(budget - int(already or 0), 0)
    raise Conflict(
        _("Your budget has {remaining} of {budget} points left this month.", remaining=remaining, budget=budget),
        slug="recognition.over_budget",
        remaining=remaining,
        budget=budget,
        month=month,
    )


async def _spend_pair(
    session: AsyncSession, sender_id: uuid.UUID, receiver_id: uuid.UUID, month: str, points: int, cap: int
) -> None:
    low, high = pair_key(sender_id, receiver_id)
    start = (await upsert(session, PairSpend)).values(low_id=low, high_id=high, month=month, points=0)
    await session.execute(start.on_conflict_do_nothing(index_elements=["low_id", "high_id", "month"]))
    given = await session.execute(
        update(PairSpend)
        .where(
            PairSpend.low_id == low,
            PairSpend.high_id == high,
            PairSpend.month == month,
            PairSpend.points + points <= cap,
        )
        .values(points=PairSpend.points + points)
    )
    if given.rowcount == 1:  # type: ignore[attr-defined]
        return
    already = await session.scalar(
        select(PairSpend.points).where(PairSpend.low_id == low, PairSpend.high_id == high, PairSpend.month == month)
    )
    remaining = max(cap - int(already or 0), 0)
    raise Conflict(
        _(
            "You two have exchanged points up to the monthly cap: {remaining} of {cap} points are left between you.",
            remaining=remaining,
            cap=cap,
        ),
        slug="recognition.pair_cap",
        remaining=remaining,
        cap=cap,
        month=month,
    )
