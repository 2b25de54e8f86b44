"""A ticket's life: raised and routed, answered, worked, waiting on the requester, resolved,
reopened, rated. Every refusal and permission is decided here."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today
from domain.people.assignments import assignments_of, unit_on
from domain.people.models import Account, Employee
from domain.shared import audit, events
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.tickets import rules, sla
from domain.tickets.access import (
    OwnRequest,
    get_visible_ticket,
    is_department_head,
    is_owning_side,
    require_worker,
    works_on,
)
from domain.tickets.clocks import (
    calendar_of,
    recompute_resolution_due,
    record_first_response,
    record_resolution,
    record_wait,
)
from domain.tickets.events import (
    STATUS_EVENTS,
    TicketAssigned,
    TicketCreated,
    TicketDomainEvent,
    TicketRated,
    TicketReopened,
    TicketReplied,
    TicketTransferred,
)
from domain.tickets.models import (
    EventKind,
    RoutingRule,
    SlaPolicy,
    Ticket,
    TicketEvent,
    TicketPause,
    TicketStatus,
)
from domain.tickets.responders import resolver_of
from domain.tickets.schemas import (
    AssignInput,
    RatingInput,
    ReopenInput,
    ReplyCreate,
    StatusChange,
    TicketCreate,
    TransferInput,
)

PLACES = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)


def event(
    session: AsyncSession,
    ticket: Ticket,
    kind: EventKind,
    *,
    actor: Actor | None,
    clock: Clock,
    body: str | None = None,
    internal: bool = False,
    **data: Any,
) -> TicketEvent:
    entry = TicketEvent(
        ticket_id=ticket.id,
        kind=kind,
        internal=internal,
        actor_account_id=actor.account_id if actor else None,
        body=body,
        data={k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in data.items()},
        occurred_at=clock.now(),
    )
    session.add(entry)
    return entry


async def record_change(
    session: AsyncSession,
    ticket: Ticket,
    kind: type[TicketDomainEvent],
    *,
    actor: Actor | None,
    clock: Clock,
    changes: dict[str, Any] | None = None,
    action: str | None = None,
    **data: Any,
) -> None:
    """After every change to a ticket: its typed event, version bump and audit row (one recipe)."""
    await events.record(
        session,
        kind.of(ticket, actor.account_id if actor else None, **data),
        actor=actor,
        clock=clock,
        changes=changes,
        changed=ticket,
        action=action,
    )
    await session.flush()


async def _route(session: AsyncSession, category: str, store: OrgUnit | None) -> uuid.UUID:
    routes = [
        rules.Route(category=rule.category, region_path=region_path, department_id=rule.department_id)
        for rule, region_path in (
            await session.execute(
                select(RoutingRule, OrgUnit.path).outerjoin(OrgUnit, OrgUnit.id == RoutingRule.region_id)
            )
        ).all()
    ]
    department = rules.choose_route(routes, category, store.path if store is not None else None)
    if department is None:
        raise InvalidInput(
            _("No team handles this category and there is no default queue; ask an administrator to set routing."),
            field="body.category",
            slug="ticket.no_route",
        )
    return department


async def _ticket_store(
    session: AsyncSession, clock: Clock, employee: Employee, named: uuid.UUID | None
) -> OrgUnit | None:
    """The store (or project) a ticket is about: one the requester works at today (home unit or an
    assignment in force), where she works today unless she names another of hers. Head-office staff
    at no store today raise tickets without one."""
    today = await organisation_today(session, clock)
    assignments = await assignments_of(session, employee.id)
    workplaces = rules.workplaces_on(employee.home_unit_id, assignments, today)
    if named is None:
        here = await session.get(OrgUnit, unit_on(employee.home_unit_id, assignments, today))
        return here if here is not None and here.kind in PLACES else None
    store = await session.get(OrgUnit, named)
    if store is None or store.kind not in PLACES:
        raise InvalidInput(
            _("Tickets are raised for a store or project; store_id names neither."),
            field="body.store_id",
            slug="ticket.not_a_store",
        )
    if store.id not in workplaces:
        raise InvalidInput(
            _(
                "You do not work at {store_name} today; a ticket names only a store you work at (your home store "
                "or where you are assigned today). Leave store_id out otherwise.",
                store_name=store.name,
            ),
            field="body.store_id",
            slug="ticket.store_not_yours",
        )
    return store


async def raise_ticket(session: AsyncSession, *, actor: Actor, clock: Clock, data: TicketCreate) -> Ticket:
    """Any employee raises a ticket, for the store they work at today (or another one of theirs
    that day); head-office staff without a store that day raise it without one."""
    if actor.employee_id is None:
        raise Forbidden(_("Tickets are raised by employees."), slug="ticket.not_an_employee")
    employee = await session.get(Employee, actor.employee_id)
    assert employee is not None
    store = await _ticket_store(session, clock, employee, data.store_id)
    department_id = await _route(session, data.category, store)
    policies = [
        rules.Policy(p.category, p.priority, p.first_response_minutes, p.resolution_minutes, p.business_hours)
        for p in (await session.scalars(select(SlaPolicy))).all()
    ]
    targets = rules.choose_targets(policies, data.category, data.priority)
    calendar = await calendar_of(session, department_id) if targets.business_hours else None
    now = clock.now()
    ticket = Ticket(
        requester_account_id=actor.account_id,
        requester_employee_id=employee.id,
        store_id=store.id if store is not None else None,
        category=data.category,
        title=data.title,
        description=data.description,
        priority=data.priority,
        status=TicketStatus.OPEN,
        department_id=department_id,
        business_hours=calendar is not None,
        calendar_department_id=department_id if calendar is not None else None,
        first_response_minutes=int(targets.first_response.total_seconds() // 60),
        resolution_minutes=int(targets.resolution.total_seconds() // 60),
        first_response_due_at=sla.add_working_time(now, targets.first_response, calendar),
        resolution_started_at=now,
        resolution_due_at=sla.add_working_time(now, targets.resolution, calendar),
        reopen_count=0,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(ticket)
    await session.flush()
    event(session, ticket, EventKind.CREATED, actor=actor, clock=clock, body=data.description)
    await events.record(
        session,
        TicketCreated.of(ticket, actor.account_id),
        actor=actor,
        clock=clock,
        changes=audit.changed_fields(
            {},
            {
                "category": data.category,
                "priority": data.priority,
                "department_id": department_id,
                "store_id": store.id if store is not None else None,
            },
        ),
    )
    return ticket


async def _first_response(session: AsyncSession, ticket: Ticket, actor: Actor, clock: Clock) -> None:
    """The owning side's first answer; never the requester's (callers have refused her already)."""
    if ticket.first_responded_at is None and actor.account_id != ticket.requester_account_id:
        ticket.first_responded_at = clock.now()
        ticket.first_responder_account_id = actor.account_id
        await record_first_response(session, ticket)


async def _end_pause(session: AsyncSession, ticket: Ticket, clock: Clock) -> None:
    if ticket.paused_since is None:
        return
    await session.execute(
        update(TicketPause)
        .where(TicketPause.ticket_id == ticket.id, TicketPause.ended_at.is_(None))
        .values(ended_at=clock.now())
    )
    ticket.paused_since = None
    ticket.resolution_spent_minutes = None
    await recompute_resolution_due(session, ticket)


async def reply(
    session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID, data: ReplyCreate
) -> TicketEvent:
    """The owning side replies (its first public reply is the first response) or notes internally;
    the requester replies, which ends a wait on them. On her own ticket a member of the owning side
    is the requester only: her replies are not a first response, and she writes no internal notes."""
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    owner = await works_on(session, actor, ticket)
    requester = actor.account_id == ticket.requester_account_id
    if not owner and not requester:
        raise Forbidden(_("Only the requester and the owning team write on a ticket."), slug="ticket.not_a_participant")
    if data.internal:
        await require_worker(session, actor, ticket)
    if ticket.status == TicketStatus.CLOSED:
        raise Conflict(_("The ticket is closed; raise a new one."), slug="ticket.closed")
    if owner and not data.internal:
        await _first_response(session, ticket, actor, clock)
    kind = EventKind.INTERNAL_NOTE if data.internal else EventKind.REPLY
    written = event(session, ticket, kind, actor=actor, clock=clock, body=data.body, internal=data.internal)
    await record_change(
        session,
        ticket,
        TicketReplied,
        actor=actor,
        clock=clock,
        changes={"event_id": {"before": None, "after": str(written.id)}},
        internal=data.internal,
        by_requester=requester,
    )
    if requester and ticket.status == TicketStatus.WAITING_ON_REQUESTER:
        # her answer ends the wait: a status change like any other (timeline entry, typed event,
        # audit), written after the reply that caused it
        await _set_status(session, actor, clock, ticket, TicketStatus.IN_PROGRESS, None)
    return written


async def acknowledge(session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID) -> Ticket:
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    await require_worker(session, actor, ticket)
    if ticket.status != TicketStatus.OPEN:
        raise Conflict(
            _("Only an open ticket is acknowledged; this one is {status}.", status=ticket.status.value),
            slug="ticket.invalid_state",
        )
    await _first_response(session, ticket, actor, clock)
    await _set_status(session, actor, clock, ticket, TicketStatus.ACKNOWLEDGED, None)
    return ticket


async def _set_status(
    session: AsyncSession, actor: Actor, clock: Clock, ticket: Ticket, status: TicketStatus, comment: str | None
) -> None:
    before = ticket.status
    now = clock.now()
    if status == TicketStatus.WAITING_ON_REQUESTER:
        session.add(TicketPause(ticket_id=ticket.id, started_at=now))
        ticket.paused_since = now
        ticket.resolution_due_at = None
        await record_wait(session, ticket)
    elif before == TicketStatus.WAITING_ON_REQUESTER:
        await _end_pause(session, ticket, clock)
    if status == TicketStatus.RESOLVED:
        ticket.resolved_at = now
        await _first_response(session, ticket, actor, clock)  # resolving answers the requester too
        await record_resolution(session, ticket)
    ticket.status = status
    event(
        session,
        ticket,
        EventKind.STATUS_CHANGED,
        actor=actor,
        clock=clock,
        body=comment,
        before=before.value,
        after=status.value,
    )
    await record_change(
        session,
        ticket,
        STATUS_EVENTS[status.value],
        actor=actor,
        clock=clock,
        changes={"status": {"before": before.value, "after": status.value}},
        action="ticket.status_changed",
        previous_status=before.value,
    )


async def change_status(
    session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID, data: StatusChange
) -> Ticket:
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    await require_worker(session, actor, ticket)
    target = TicketStatus(data.status)
    if not rules.owner_may_move(ticket.status, target):
        raise Conflict(
            _(
                "A ticket that is {status} cannot move to {target}.",
                status=ticket.status.value,
                target=target.value,
            ),
            slug="ticket.invalid_state",
        )
    await _set_status(session, actor, clock, ticket, target, data.comment)
    return ticket


async def take(session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID) -> Ticket:
    """Any member of the owning department (but its requester) takes a ticket nobody holds."""
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    await require_worker(session, actor, ticket)
    if ticket.status not in rules.ACTIVE:
        raise Conflict(_("Only an active ticket can be taken."), slug="ticket.invalid_state")
    if ticket.assignee_account_id not in (None, actor.account_id):
        raise Conflict(
            _("Someone already holds this ticket; ask the department head to reassign it."),
            slug="ticket.already_assigned",
        )
    await _assign(session, actor, clock, ticket, actor.account_id)
    return ticket


async def _assign(session: AsyncSession, actor: Actor, clock: Clock, ticket: Ticket, assignee: uuid.UUID) -> None:
    before = ticket.assignee_account_id
    ticket.assignee_account_id = assignee
    event(session, ticket, EventKind.ASSIGNED, actor=actor, clock=clock, before=before, after=assignee)
    previous = ticket.status
    if ticket.status in (TicketStatus.OPEN, TicketStatus.ACKNOWLEDGED):
        ticket.status = TicketStatus.IN_PROGRESS
        event(
            session,
            ticket,
            EventKind.STATUS_CHANGED,
            actor=actor,
            clock=clock,
            before=previous.value,
            after=TicketStatus.IN_PROGRESS.value,
        )
    await record_change(
        session,
        ticket,
        TicketAssigned,
        actor=actor,
        clock=clock,
        changes=audit.changed_fields({"assignee": before}, {"assignee": assignee}),
        previous_assignee_account_id=before,
        previous_status=previous.value,
    )


async def assign(
    session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID, data: AssignInput
) -> Ticket:
    """The department head assigns or reassigns to someone on the owning side, never to the
    ticket's requester."""
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    if not actor.has_role(Role.ADMIN) and not await is_department_head(session, actor, ticket.department_id):
        raise Forbidden(_("Only the department head assigns tickets."), slug="ticket.not_head")
    if ticket.status not in rules.ACTIVE:
        raise Conflict(_("Only an active ticket can be assigned."), slug="ticket.invalid_state")
    account = await session.get(Account, data.assignee_account_id)
    assignee_is_member = False
    if account is not None and account.employee_id is not None:
        member = Actor(account_id=account.id, employee_id=account.employee_id)
        assignee_is_member = await is_owning_side(session, member, ticket.department_id)
    if not assignee_is_member:
        raise InvalidInput(
            _("The assignee must belong to the owning department."),
            field="body.assignee_account_id",
            slug="ticket.assignee_not_member",
        )
    if data.assignee_account_id == ticket.requester_account_id:
        raise OwnRequest(_("The requester cannot be assigned her own ticket; assign someone else in the team."))
    await _assign(session, actor, clock, ticket, data.assignee_account_id)
    return ticket


async def transfer(
    session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID, data: TransferInput
) -> Ticket:
    """The owning side hands the ticket to another department, saying why; the clocks run on."""
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    await require_worker(session, actor, ticket)
    target = await session.get(OrgUnit, data.department_id)
    if target is None or target.kind != OrgUnitKind.DEPARTMENT:
        raise InvalidInput(_("Transfer to an HQ department."), field="body.department_id", slug="ticket.invalid_unit")
    if target.id == ticket.department_id:
        raise InvalidInput(
            _("The ticket already belongs to that department."),
            field="body.department_id",
            slug="ticket.same_department",
        )
    if ticket.status not in rules.ACTIVE:
        raise Conflict(_("Only an active ticket can be transferred."), slug="ticket.invalid_state")
    before = ticket.department_id
    ticket.department_id = target.id
    ticket.assignee_account_id = None
    event(
        session,
        ticket,
        EventKind.TRANSFERRED,
        actor=actor,
        clock=clock,
        body=data.reason,
        before=before,
        after=target.id,
    )
    await record_change(
        session,
        ticket,
        TicketTransferred,
        actor=actor,
        clock=clock,
        changes=audit.changed_fields({"department_id": before}, {"department_id": target.id}),
        previous_department_id=before,
        reason=data.reason,
    )
    return ticket


async def reopen(
    session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID, data: ReopenInput
) -> Ticket:
    """The requester reopens within 7 days of the resolution; the resolution clock starts again."""
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    if actor.account_id != ticket.requester_account_id:
        raise Forbidden(_("Only the requester reopens a ticket."), slug="ticket.not_requester")
    if not rules.may_reopen(ticket.status, ticket.resolved_at, clock.now()):
        raise Conflict(_("Only a ticket resolved in the last 7 days can be reopened."), slug="ticket.not_reopenable")
    ticket.status = TicketStatus.IN_PROGRESS
    ticket.resolved_at = None
    ticket.resolution_met = ticket.resolution_paused_minutes = None
    ticket.reopen_count += 1
    ticket.resolution_started_at = clock.now()
    await recompute_resolution_due(session, ticket)
    event(
        session,
        ticket,
        EventKind.STATUS_CHANGED,
        actor=actor,
        clock=clock,
        body=data.reason,
        before=TicketStatus.RESOLVED.value,
        after=TicketStatus.IN_PROGRESS.value,
        reopened=True,
    )
    await record_change(
        session,
        ticket,
        TicketReopened,
        actor=actor,
        clock=clock,
        changes={"status": {"before": "resolved", "after": "in_progress"}},
        reason=data.reason,
    )
    return ticket


async def rate(session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID, data: RatingInput) -> Ticket:
    """The requester rates a resolved (or closed) ticket once, 1 to 5; never one she handled herself
    (a row older code allowed). The row lock makes "once" hold for ratings sent at the same time."""
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    if actor.account_id != ticket.requester_account_id:
        raise Forbidden(_("Only the requester rates a ticket."), slug="ticket.not_requester")
    if resolver_of(ticket.assignee_account_id, ticket.first_responder_account_id) == actor.account_id:
        raise OwnRequest(_("You handled this ticket yourself; it takes no rating from you."))
    if ticket.status not in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
        raise Conflict(_("A ticket is rated once it is resolved."), slug="ticket.invalid_state")
    if ticket.rating is not None:
        raise Conflict(_("This ticket has already been rated."), slug="ticket.already_rated")
    ticket.rating = data.score
    ticket.rating_comment = data.comment
    event(session, ticket, EventKind.RATED, actor=actor, clock=clock, body=data.comment, score=data.score)
    await record_change(
        session,
        ticket,
        TicketRated,
        actor=actor,
        clock=clock,
        changes={"rating": {"before": None, "after": data.score}},
        score=data.score,
    )
    return ticket
