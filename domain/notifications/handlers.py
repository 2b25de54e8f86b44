"""From events to notifications: for each topic, who hears what.

Each handler reads the typed event and the current state it needs (audiences change: a ticket's
holder, a store's managers) and writes notifications through `notify`. Whoever caused a change
does not hear about it."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attendance.events import ClockInFlagged
from domain.auth.client_models import IntegrationClient
from domain.care import events as arrangement_events
from domain.care.arrangements import current_deciders as arrangement_deciders
from domain.care.models import ArrangementTrailEntry, FlexibleArrangement
from domain.growth.events import BecameEligible, CheckInOverdue, GrowthReportWritten, MentorAssigned
from domain.notifications.audiences import accounts_of, hr_accounts, managers_of, person_named, unit_named
from domain.notifications.delivery import notify, notify_each
from domain.notifications.kinds import CLOCK_LABELS, FLAG_LABELS, NOT_SCORED, STEP_LABELS, TRANSFER_KIND_LABELS
from domain.notifications.texts import day, label, listed, local_time
from domain.org.models import OrgUnit
from domain.people.models import Employee
from domain.performance.events import PeriodClosed
from domain.performance.models import FrozenScore
from domain.pools.events import PoolCalculated, PoolEvent, PoolSettled
from domain.pools.models import Pool, PoolLedgerEntry
from domain.pools.settlement import ALLOCATION
from domain.postings import events as posting_events
from domain.rosters import events as roster_events
from domain.rosters.models import RosterShift, ShiftSwap, ShiftTemplate
from domain.shared.actor import Role
from domain.shared.clock import Clock
from domain.shared.events import DomainEvent
from domain.shared.money import format_minor, parse_minor
from domain.tickets import events as ticket_events
from domain.tickets.audience import department_heads, escalation_audience, ticket_owners, ticket_queue
from domain.tickets.models import Ticket
from domain.transfers import events as transfer_events
from domain.transfers.access import current_deciders
from domain.transfers.models import TrailAction, Transfer, TransferTrailEntry
from domain.webhooks.events import WebhookSubscriptionDisabled

Handler = Callable[[AsyncSession, Any, Clock], Awaitable[None]]
HANDLERS: dict[str, Handler] = {}


def handles(*kinds: type[DomainEvent]) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for kind in kinds:
            HANDLERS[kind.topic] = handler
        return handler

    return register


# --- tickets -------------------------------------------------------------------------------------


async def _ticket_notice(
    session: AsyncSession,
    clock: Clock,
    event: ticket_events.TicketDomainEvent,
    kind: str,
    readers: list[uuid.UUID | None],
    **params: Any,
) -> None:
    await notify(
        session,
        clock=clock,
        kind=kind,
        readers=readers,
        subject_type="ticket",
        subject_id=event.ticket_id,
        params={"title": event.title, **params},
        skip=event.actor_account_id,
    )


async def _ticket(session: AsyncSession, event: ticket_events.TicketDomainEvent) -> Ticket | None:
    return await session.get(Ticket, event.ticket_id)


@handles(ticket_events.TicketCreated)
async def ticket_created(session: AsyncSession, event: ticket_events.TicketCreated, clock: Clock) -> None:
    ticket = await _ticket(session, event)
    if ticket is None:
        return
    if event.store_id is not None:
        origin = await unit_named(session, event.store_id)
    else:
        origin = await person_named(session, ticket.requester_employee_id)
    await _ticket_notice(
        session, clock, event, "ticket.created", list(await ticket_queue(session, ticket)), origin=origin
    )


@handles(ticket_events.TicketReplied)
async def ticket_replied(session: AsyncSession, event: ticket_events.TicketReplied, clock: Clock) -> None:
    if event.internal:
        return
    ticket = await _ticket(session, event)
    if ticket is None:
        return
    readers = list(await ticket_owners(session, ticket)) if event.by_requester else [event.requester_account_id]
    await _ticket_notice(session, clock, event, "ticket.replied", list(readers))


@handles(*ticket_events.STATUS_EVENTS.values())
async def ticket_status(session: AsyncSession, event: ticket_events.TicketStatusChanged, clock: Clock) -> None:
    await _ticket_notice(session, clock, event, event.topic, [event.requester_account_id])


@handles(ticket_events.TicketAssigned)
async def ticket_assigned(session: AsyncSession, event: ticket_events.TicketAssigned, clock: Clock) -> None:
    await _ticket_notice(session, clock, event, "ticket.assigned", [event.assignee_account_id])
    if event.previous_status != event.status:  # taking an open ticket puts it in progress
        await _ticket_notice(session, clock, event, "ticket.in_progress", [event.requester_account_id])


@handles(ticket_events.TicketTransferred)
async def ticket_transferred(session: AsyncSession, event: ticket_events.TicketTransferred, clock: Clock) -> None:
    ticket = await _ticket(session, event)
    if ticket is None:
        return
    readers = list(await ticket_queue(session, ticket))
    await _ticket_notice(session, clock, event, "ticket.transferred", list(readers), reason=event.reason)


@handles(ticket_events.TicketReopened)
async def ticket_reopened(session: AsyncSession, event: ticket_events.TicketReopened, clock: Clock) -> None:
    ticket = await _ticket(session, event)
    if ticket is None:
        return
    readers = list(await ticket_owners(session, ticket))
    await _ticket_notice(session, clock, event, "ticket.reopened", list(readers), reason=event.reason)


@handles(ticket_events.TicketRated)
async def ticket_rated(session: AsyncSession, event: ticket_events.TicketRated, clock: Clock) -> None:
    heads = await department_heads(session, event.department_id)
    await _ticket_notice(session, clock, event, "ticket.rated", [event.assignee_account_id, *heads], score=event.score)


@handles(ticket_events.TicketEscalated)
async def ticket_escalated(session: AsyncSession, event: ticket_events.TicketEscalated, clock: Clock) -> None:
    ticket = await _ticket(session, event)
    if ticket is None:
        return
    readers = [a for a in await escalation_audience(session, ticket, event.level) if a != event.requester_account_id]
    await _ticket_notice(
        session,
        clock,
        event,
        "ticket.escalated",
        list(readers),
        sla_clock=label(CLOCK_LABELS.get(event.clock, event.clock)),
        level=event.level,
    )


# --- transfers -----------------------------------------------------------------------------------


async def _transfer_params(session: AsyncSession, event: transfer_events.TransferEvent) -> dict[str, Any]:
    return {
        "employee": await person_named(session, event.employee_id),
        "destination": await unit_named(session, event.destination_unit_id),
        "transfer_kind": label(TRANSFER_KIND_LABELS.get(event.kind, event.kind)),
        "start_date": day(event.start_date),
    }


async def _parties(session: AsyncSession, event: transfer_events.TransferEvent) -> list[uuid.UUID | None]:
    """The employee's account and the requester (HR may have asked on the employee's behalf)."""
    employee = (await accounts_of(session, [event.employee_id])).get(event.employee_id)
    return [employee, event.requested_by]


def _step_name(name: str) -> Any:
    return label(STEP_LABELS[name]) if name in STEP_LABELS else name


async def _waiting(session: AsyncSession, clock: Clock, event: transfer_events.TransferEvent) -> None:
    """Whoever may decide the step the request now waits at hears it waits for them."""
    transfer = await session.get(Transfer, event.transfer_id)
    if transfer is None or event.current_step is None:
        return
    # the step it waited at when the event happened (it may have moved on since)
    deciders = await current_deciders(session, _at_step(transfer, event.current_step))
    await notify(
        session,
        clock=clock,
        kind="transfer.waiting",
        readers=[person.account_id for person in deciders.people],
        subject_type="transfer",
        subject_id=event.transfer_id,
        params={
            **await _transfer_params(session, event),
            "step": _step_name(transfer.steps[event.current_step]["name"]),
        },
        skip=event.actor_account_id,
    )


async def _transfer_notice(
    session: AsyncSession,
    clock: Clock,
    event: transfer_events.TransferEvent,
    kind: str,
    readers: list[uuid.UUID | None],
    **params: Any,
) -> None:
    await notify(
        session,
        clock=clock,
        kind=kind,
        readers=readers,
        subject_type="transfer",
        subject_id=event.transfer_id,
        params={**await _transfer_params(session, event), **params},
        skip=event.actor_account_id,
    )


@handles(transfer_events.TransferSubmitted)
async def transfer_submitted(session: AsyncSession, event: transfer_events.TransferSubmitted, clock: Clock) -> None:
    await _transfer_notice(session, clock, event, "transfer.submitted", await _parties(session, event))
    await _waiting(session, clock, event)


@handles(transfer_events.TransferDecided)
async def transfer_decided(session: AsyncSession, event: transfer_events.TransferDecided, clock: Clock) -> None:
    step = _step_name(event.step_name)
    if event.decision == "return":
        comment = await session.scalar(
            select(TransferTrailEntry.comment)
            .where(
                TransferTrailEntry.transfer_id == event.transfer_id,
                TransferTrailEntry.step == event.step,
                TransferTrailEntry.action == TrailAction.RETURNED,
            )
            .order_by(TransferTrailEntry.id.desc())
            .limit(1)
        )
        await _transfer_notice(
            session, clock, event, "transfer.returned", [event.requested_by], step=step, comment=comment or ""
        )
    elif event.decision == "approve" and event.current_step is not None:
        transfer = await session.get(Transfer, event.transfer_id)
        assert transfer is not None
        next_step = _step_name(transfer.steps[event.current_step]["name"])
        await _transfer_notice(
            session,
            clock,
            event,
            "transfer.step_approved",
            await _parties(session, event),
            step=step,
            next_step=next_step,
        )
        await _waiting(session, clock, event)


@handles(transfer_events.TransferApproved)
async def transfer_approved(session: AsyncSession, event: transfer_events.TransferApproved, clock: Clock) -> None:
    await _transfer_notice(session, clock, event, "transfer.approved", await _parties(session, event))
    if event.kind in ("secondment", "permanent"):
        managers = await managers_of(session, event.destination_unit_id)
        await _transfer_notice(session, clock, event, "transfer.arriving", list(managers))


@handles(transfer_events.TransferRejected)
async def transfer_rejected(session: AsyncSession, event: transfer_events.TransferRejected, clock: Clock) -> None:
    await _transfer_notice(session, clock, event, "transfer.rejected", await _parties(session, event))


@handles(transfer_events.TransferWithdrawn)
async def transfer_withdrawn(session: AsyncSession, event: transfer_events.TransferWithdrawn, clock: Clock) -> None:
    """The step it waited at is gone from its deciders' inboxes: they hear why."""
    transfer = await session.get(Transfer, event.transfer_id)
    if transfer is None or event.waited_at_step is None:
        return
    deciders = await current_deciders(session, _at_step(transfer, event.waited_at_step))
    await _transfer_notice(
        session, clock, event, "transfer.withdrawn", [person.account_id for person in deciders.people]
    )


def _at_step(transfer: Transfer, step: int) -> Transfer:
    """A detached copy of the request as it stood waiting at `step` (to ask who could decide it)."""
    return Transfer(
        id=transfer.id,
        employee_id=transfer.employee_id,
        requested_by=transfer.requested_by,
        destination_unit_id=transfer.destination_unit_id,
        steps=transfer.steps,
        current_step=step,
    )


@handles(transfer_events.TransferCancelled)
async def transfer_cancelled(session: AsyncSession, event: transfer_events.TransferCancelled, clock: Clock) -> None:
    await _transfer_notice(session, clock, event, "transfer.cancelled", await _parties(session, event))


# --- flexible arrangements --------------------------------------------------------------------------


async def _arrangement_params(session: AsyncSession, event: arrangement_events.ArrangementEvent) -> dict[str, Any]:
    return {
        "employee": await person_named(session, event.employee_id),
        "start_date": day(event.start_date),
        "end_date": day(event.end_date),
    }


async def _arrangement_waiting(
    session: AsyncSession, clock: Clock, event: arrangement_events.ArrangementEvent, kind: str, step: int
) -> None:
    """Whoever may decide `step` hears it waits for them (or, withdrawn, that it no longer does)."""
    arrangement = await session.get(FlexibleArrangement, event.arrangement_id)
    if arrangement is None or step >= len(arrangement.steps):
        return
    deciders = await arrangement_deciders(session, arrangement, step)
    await notify(
        session,
        clock=clock,
        kind=kind,
        readers=[person.account_id for person in deciders.people],
        subject_type="arrangement",
        subject_id=event.arrangement_id,
        params={**await _arrangement_params(session, event), "step": _step_name(arrangement.steps[step]["name"])},
        skip=event.actor_account_id,
    )


async def _to_employee(
    session: AsyncSession, clock: Clock, event: arrangement_events.ArrangementEvent, kind: str, **params: Any
) -> None:
    await notify(
        session,
        clock=clock,
        kind=kind,
        readers=[(await accounts_of(session, [event.employee_id])).get(event.employee_id)],
        subject_type="arrangement",
        subject_id=event.arrangement_id,
        params={**await _arrangement_params(session, event), **params},
        skip=event.actor_account_id,
    )


@handles(arrangement_events.ArrangementSubmitted)
async def arrangement_submitted(
    session: AsyncSession, event: arrangement_events.ArrangementSubmitted, clock: Clock
) -> None:
    if event.current_step is not None:
        await _arrangement_waiting(session, clock, event, "arrangement.waiting", event.current_step)


@handles(arrangement_events.ArrangementDecided)
async def arrangement_decided(
    session: AsyncSession, event: arrangement_events.ArrangementDecided, clock: Clock
) -> None:
    if event.decision == "reject":
        comment = await session.scalar(
            select(ArrangementTrailEntry.comment)
            .where(
                ArrangementTrailEntry.arrangement_id == event.arrangement_id,
                ArrangementTrailEntry.step == event.step,
                ArrangementTrailEntry.action == "rejected",
            )
            .order_by(ArrangementTrailEntry.id.desc())
            .limit(1)
        )
        await _to_employee(
            session, clock, event, "arrangement.rejected", step=_step_name(event.step_name), comment=comment or ""
        )
    elif event.current_step is not None:
        await _arrangement_waiting(session, clock, event, "arrangement.waiting", event.current_step)
    else:
        await _to_employee(session, clock, event, "arrangement.approved")


@handles(arrangement_events.ArrangementWithdrawn)
async def arrangement_withdrawn(
    session: AsyncSession, event: arrangement_events.ArrangementWithdrawn, clock: Clock
) -> None:
    """The deciders of the step it waited at (read from the trail: the event no longer has a step)."""
    waited_at = await session.scalar(
        select(ArrangementTrailEntry.step)
        .where(
            ArrangementTrailEntry.arrangement_id == event.arrangement_id,
            ArrangementTrailEntry.action == "approved",
        )
        .order_by(ArrangementTrailEntry.id.desc())
        .limit(1)
    )
    step = 0 if waited_at is None else waited_at + 1
    arrangement = await session.get(FlexibleArrangement, event.arrangement_id)
    if arrangement is not None and arrangement.decided_at is None:
        await _arrangement_waiting(session, clock, event, "arrangement.withdrawn", step)


async def _assignment_notice(
    session: AsyncSession,
    clock: Clock,
    event: transfer_events.AssignmentEvent,
    employee_kind: str,
    managers_kind: str,
) -> None:
    params: dict[str, Any] = {
        "employee": await person_named(session, event.employee_id),
        "unit": await unit_named(session, event.unit_id),
        "valid_from": day(event.valid_from),
        "valid_to": day(event.valid_to) if event.valid_to else "",
    }
    subject_type, subject_id = (
        ("transfer", str(event.transfer_id)) if event.transfer_id else ("assignment", str(event.assignment_id))
    )
    employee = (await accounts_of(session, [event.employee_id])).get(event.employee_id)
    await notify(
        session,
        clock=clock,
        kind=employee_kind,
        readers=[employee],
        subject_type=subject_type,
        subject_id=subject_id,
        params=params,
    )
    await notify(
        session,
        clock=clock,
        kind=managers_kind,
        readers=await managers_of(session, event.unit_id),
        subject_type=subject_type,
        subject_id=subject_id,
        params=params,
        skip=employee,
    )


@handles(transfer_events.AssignmentStarting)
async def assignment_starting(session: AsyncSession, event: transfer_events.AssignmentStarting, clock: Clock) -> None:
    await _assignment_notice(session, clock, event, "assignment.starting", "assignment.arriving_tomorrow")


@handles(transfer_events.TransferEnded)
async def assignment_ended(session: AsyncSession, event: transfer_events.TransferEnded, clock: Clock) -> None:
    await _assignment_notice(session, clock, event, "assignment.ended", "assignment.left")


# --- attendance, performance, pools, integrations ------------------------------------------------


@handles(ClockInFlagged)
async def clock_in_flagged(session: AsyncSession, event: ClockInFlagged, clock: Clock) -> None:
    store = await session.get(OrgUnit, event.store_id)
    if store is None:
        return
    await notify(
        session,
        clock=clock,
        kind="clock_in.flagged",
        readers=await managers_of(session, event.store_id),
        subject_type="clock_in",
        subject_id=event.clock_in_id,
        params={
            "employee": await person_named(session, event.employee_id),
            "store": await unit_named(session, event.store_id),
            "punched_at": local_time(event.punched_at, store.timezone),
            "flags": listed([label(FLAG_LABELS.get(flag, flag)) for flag in event.flags]),
        },
    )


@handles(PeriodClosed)
async def period_closed(session: AsyncSession, event: PeriodClosed, clock: Clock) -> None:
    """Everyone scored in the closing hears their own final score."""
    rows = (
        await session.execute(
            select(FrozenScore.employee_id, FrozenScore.score).where(
                FrozenScore.period == event.period, FrozenScore.closing == event.closing
            )
        )
    ).all()
    accounts = await accounts_of(session, [employee_id for employee_id, _ in rows])
    await notify_each(
        session,
        clock=clock,
        kind="period.closed",
        params_by_reader={
            accounts[employee_id]: {"period": event.period, "score": score if score is not None else label(NOT_SCORED)}
            for employee_id, score in rows
            if employee_id in accounts
        },
        subject_type="performance_period",
        subject_id=event.period,
    )


async def _pool_shares(session: AsyncSession, event: PoolEvent) -> dict[uuid.UUID, int]:
    """employee id -> share in minor units: the ledger's allocations once settled, else the calculation."""
    if isinstance(event, PoolSettled):
        rows = await session.execute(
            select(PoolLedgerEntry.employee_id, PoolLedgerEntry.amount_minor).where(
                PoolLedgerEntry.pool_id == event.pool_id, PoolLedgerEntry.kind == ALLOCATION
            )
        )
        shares: dict[uuid.UUID, int] = {}
        for employee_id, amount in rows:
            shares[employee_id] = shares.get(employee_id, 0) + amount
        return shares
    pool = await session.get(Pool, event.pool_id)
    calculation = (pool.calculation or {}) if pool is not None else {}
    projected = {
        uuid.UUID(member["employee_id"]): parse_minor(member["projected_amount"], event.currency)
        for member in calculation.get("members", [])
        if member.get("projected_amount") is not None
    }
    return {employee_id: amount for employee_id, amount in projected.items() if amount != 0}


@handles(PoolCalculated, PoolSettled)
async def pool_shares(session: AsyncSession, event: PoolEvent, clock: Clock) -> None:
    shares = await _pool_shares(session, event)
    accounts = await accounts_of(session, shares)
    await notify_each(
        session,
        clock=clock,
        kind=event.topic,
        params_by_reader={
            accounts[employee_id]: {
                "pool": event.name,
                "amount": format_minor(amount, event.currency),
                "currency": event.currency,
            }
            for employee_id, amount in shares.items()
            if employee_id in accounts
        },
        subject_type="pool",
        subject_id=event.pool_id,
    )


@handles(WebhookSubscriptionDisabled)
async def webhook_disabled(session: AsyncSession, event: WebhookSubscriptionDisabled, clock: Clock) -> None:
    owner = await session.scalar(select(IntegrationClient.created_by).where(IntegrationClient.id == event.client_id))
    url = event.url if len(event.url) <= 120 else event.url[:117] + "..."
    await notify(
        session,
        clock=clock,
        kind="webhook.disabled",
        readers=[owner],
        subject_type="webhook_subscription",
        subject_id=event.subscription_id,
        params={"url": url},
    )


# --- rosters and shift swaps ---------------------------------------------------------------------


async def _shifts_of(session: AsyncSession, event: roster_events.RosterEvent) -> dict[uuid.UUID, list[str]]:
    """Each named person's shifts in the roster now, as "2026-12-07 早班 07:00-15:00"."""
    rows = await session.execute(
        select(RosterShift.employee_id, RosterShift.day, ShiftTemplate.name, ShiftTemplate.starts, ShiftTemplate.ends)
        .join(ShiftTemplate, ShiftTemplate.id == RosterShift.template_id)
        .where(RosterShift.roster_id == event.roster_id, RosterShift.employee_id.in_(event.employee_ids))
        .order_by(RosterShift.day, ShiftTemplate.starts)
    )
    found: dict[uuid.UUID, list[str]] = {employee_id: [] for employee_id in event.employee_ids}
    for employee_id, shift_day, name, starts, ends in rows:
        found[employee_id].append(f"{shift_day.isoformat()} {name} {starts:%H:%M}-{ends:%H:%M}")
    return found


async def _roster_notice(session: AsyncSession, event: roster_events.RosterEvent, clock: Clock, kind: str) -> None:
    accounts = await accounts_of(session, event.employee_ids)
    shifts = await _shifts_of(session, event)
    common = {"store": await unit_named(session, event.store_id), "week_start": day(event.week_start)}
    await notify_each(
        session,
        clock=clock,
        kind=kind,
        params_by_reader={
            accounts[employee_id]: {**common, "shifts": listed(shifts[employee_id]) if shifts[employee_id] else "-"}
            for employee_id in event.employee_ids
            if employee_id in accounts
        },
        subject_type="roster",
        subject_id=event.roster_id,
        skip=event.actor_account_id,
    )


@handles(roster_events.RosterPublished)
async def roster_published(session: AsyncSession, event: roster_events.RosterPublished, clock: Clock) -> None:
    await _roster_notice(session, event, clock, "roster.published")


@handles(roster_events.RosterChanged)
async def roster_changed(session: AsyncSession, event: roster_events.RosterChanged, clock: Clock) -> None:
    await _roster_notice(session, event, clock, "roster.changed")


async def _swap_params(session: AsyncSession, event: roster_events.SwapEvent) -> dict[str, Any]:
    swap = await session.get(ShiftSwap, event.swap_id)
    template = await session.get(ShiftTemplate, swap.template_id) if swap else None
    return {
        "employee": await person_named(session, event.offered_by),
        "taker": await person_named(session, event.taken_by) if event.taken_by else "",
        "store": await unit_named(session, event.store_id),
        "day": day(event.day),
        "shift": template.name if template else "",
    }


async def _swap_notice(
    session: AsyncSession, event: roster_events.SwapEvent, clock: Clock, kind: str, readers: list[uuid.UUID | None]
) -> None:
    await notify(
        session,
        clock=clock,
        kind=kind,
        readers=readers,
        subject_type="shift_swap",
        subject_id=event.swap_id,
        params=await _swap_params(session, event),
        skip=event.actor_account_id,
    )


@handles(roster_events.SwapOffered)
async def swap_offered(session: AsyncSession, event: roster_events.SwapOffered, clock: Clock) -> None:
    await _swap_notice(session, event, clock, "shift_swap.offered", list(await managers_of(session, event.store_id)))


@handles(roster_events.SwapTaken)
async def swap_taken(session: AsyncSession, event: roster_events.SwapTaken, clock: Clock) -> None:
    offerer = (await accounts_of(session, [event.offered_by])).get(event.offered_by)
    await _swap_notice(
        session, event, clock, "shift_swap.taken", [*await managers_of(session, event.store_id), offerer]
    )


@handles(roster_events.SwapDecided)
async def swap_decided(session: AsyncSession, event: roster_events.SwapDecided, clock: Clock) -> None:
    people = [event.offered_by, *([event.taken_by] if event.taken_by else [])]
    accounts = await accounts_of(session, people)
    kind = "shift_swap.approved" if event.status == "approved" else "shift_swap.rejected"
    await _swap_notice(session, event, clock, kind, [accounts.get(p) for p in people])


@handles(roster_events.SwapWithdrawn)
async def swap_withdrawn(session: AsyncSession, event: roster_events.SwapWithdrawn, clock: Clock) -> None:
    """An open swap ended: whoever was told of it (the store's managers, the taker if any) hears it
    no longer waits for them. When a roster change removed the shift, the offerer hears too (someone
    else ended their offer); whoever ended it does not."""
    people = [*([event.taken_by] if event.taken_by else []), *([event.offered_by] if event.shift_removed else [])]
    accounts = await accounts_of(session, people)
    readers = [*(accounts.get(p) for p in people), *await managers_of(session, event.store_id)]
    kind = "shift_swap.ended" if event.shift_removed else "shift_swap.withdrawn"
    await _swap_notice(session, event, clock, kind, readers)


# --- postings --------------------------------------------------------------------------------------


@handles(posting_events.ApplicationReceived)
async def application_received(session: AsyncSession, event: posting_events.ApplicationReceived, clock: Clock) -> None:
    await notify(
        session,
        clock=clock,
        kind="posting.application_received",
        readers=list(await managers_of(session, event.unit_id)),
        subject_type="posting",
        subject_id=event.posting_id,
        params={"employee": await person_named(session, event.employee_id), "title": event.title},
        skip=event.actor_account_id,
    )


@handles(posting_events.ApplicationClosed)
async def application_closed(session: AsyncSession, event: posting_events.ApplicationClosed, clock: Clock) -> None:
    """The applicant hears her application closed, and why: the posting was filled, or closed."""
    await notify(
        session,
        clock=clock,
        kind="posting.application_closed" if event.reason == "filled" else "posting.closed",
        readers=[(await accounts_of(session, [event.employee_id])).get(event.employee_id)],
        subject_type="posting",
        subject_id=event.posting_id,
        params={"title": event.title},
        skip=event.actor_account_id,
    )


@handles(posting_events.ReadinessMissing)
async def readiness_missing(session: AsyncSession, event: posting_events.ReadinessMissing, clock: Clock) -> None:
    applicant = (await accounts_of(session, [event.employee_id])).get(event.employee_id)
    await notify(
        session,
        clock=clock,
        kind="posting.readiness_missing",
        readers=[applicant, *await hr_accounts(session)],
        subject_type="posting",
        subject_id=event.posting_id,
        params={
            "title": event.title,
            "start_date": day(event.start_date),
            "employee": await person_named(session, event.employee_id),
            "courses": ", ".join(event.missing_courses),
        },
        skip=None,
    )


@handles(BecameEligible)
async def became_eligible(session: AsyncSession, event: BecameEligible, clock: Clock) -> None:
    person = (await accounts_of(session, [event.employee_id])).get(event.employee_id)
    await notify(
        session,
        clock=clock,
        kind="growth.eligible",
        readers=[person],
        subject_type="eligibility_rule",
        subject_id=event.rule_code,
        params={"title": event.title, "target": event.target},
        skip=None,
    )


@handles(MentorAssigned)
async def mentor_assigned(session: AsyncSession, event: MentorAssigned, clock: Clock) -> None:
    accounts = await accounts_of(session, [event.mentor_id, event.mentee_id])
    await notify(
        session,
        clock=clock,
        kind="growth.mentor_assigned",
        readers=[accounts.get(event.mentor_id), accounts.get(event.mentee_id)],
        subject_type="mentorship",
        subject_id=event.mentorship_id,
        params={
            "mentor": await person_named(session, event.mentor_id),
            "mentee": await person_named(session, event.mentee_id),
            "unit": await unit_named(session, event.destination_unit_id),
            "start_date": day(event.start_date),
        },
        skip=None,
    )


@handles(CheckInOverdue)
async def check_in_overdue(session: AsyncSession, event: CheckInOverdue, clock: Clock) -> None:
    if event.audience == "mentor":
        readers = [(await accounts_of(session, [event.mentor_id])).get(event.mentor_id)]
    else:
        home = await session.scalar(select(Employee.home_unit_id).where(Employee.id == event.mentee_id))
        readers = list(await managers_of(session, home, Role.DEPT_HEAD)) if home is not None else []
    await notify(
        session,
        clock=clock,
        kind="growth.check_in_overdue",
        readers=readers,
        subject_type="mentorship",
        subject_id=event.mentorship_id,
        params={
            "mentor": await person_named(session, event.mentor_id),
            "mentee": await person_named(session, event.mentee_id),
            "days": event.days,
            "since": day(event.since),
        },
        skip=None,
    )


@handles(GrowthReportWritten)
async def growth_report_written(session: AsyncSession, event: GrowthReportWritten, clock: Clock) -> None:
    person = (await accounts_of(session, [event.employee_id])).get(event.employee_id)
    home = await session.scalar(select(Employee.home_unit_id).where(Employee.id == event.employee_id))
    heads = list(await managers_of(session, home, Role.DEPT_HEAD)) if home is not None else []
    await notify(
        session,
        clock=clock,
        kind="growth.report_written",
        readers=[person, *heads],
        subject_type="transfer",
        subject_id=event.transfer_id,
        params={
            "employee": await person_named(session, event.employee_id),
            "unit": await unit_named(session, event.unit_id),
        },
        skip=None,
    )


# the newer contexts keep their handlers beside this module; importing them registers them
from domain.notifications import (  # noqa: E402, F401
    analytics_notices,
    knowledge_notices,
    recognition_notices,
    stories_notices,
    survey_notices,
)
