"""What people see of tickets: one ticket with its clocks, lists (mine, my team's queue, my
stores'), and the timeline (internal notes only for the owning side)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import subtree_paths
from domain.people.models import Account, Employee
from domain.people.scope import units_under
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.pagination import (
    DEFAULT_LIMIT,
    Slice,
    after_cursor,
    cursor_int,
    decode_cursor,
    slice_of,
    timestamp_cursor,
)
from domain.tickets.access import get_visible_ticket, home_path, sees_internal_notes, visible_tickets
from domain.tickets.clocks import ClockContext, flags_may_hold, load_context, read_clocks
from domain.tickets.models import Ticket, TicketEvent, TicketPriority, TicketStatus
from domain.tickets.schemas import EventRead, TicketRead

Scope = Literal["mine", "queue", "stores", "all"]


async def read(session: AsyncSession, ticket: Ticket, clock: Clock) -> TicketRead:
    return as_read(ticket, clock.now(), await load_context(session, [ticket]))


def as_read(ticket: Ticket, now: datetime, context: ClockContext) -> TicketRead:
    first, resolution, paused = read_clocks(ticket, now, context)
    return TicketRead(
        id=ticket.id,
        category=ticket.category,
        title=ticket.title,
        description=ticket.description,
        priority=ticket.priority,
        status=ticket.status,
        store_id=ticket.store_id,
        department_id=ticket.department_id,
        time_zone=context.time_zone_of(ticket),
        requester_employee_id=ticket.requester_employee_id,
        assignee_account_id=ticket.assignee_account_id,
        business_hours=ticket.business_hours,
        first_response=first,
        resolution=resolution,
        paused_minutes=paused,
        reopen_count=ticket.reopen_count,
        rating=ticket.rating,
        rating_comment=ticket.rating_comment,
        created_at=ticket.created_at,
        updated_at=ticket.updated_at,
        resolved_at=ticket.resolved_at,
        closed_at=ticket.closed_at,
    )


async def get(session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID) -> TicketRead:
    return await read(session, await get_visible_ticket(session, actor, ticket_id), clock)


async def timeline(
    session: AsyncSession, *, actor: Actor, ticket_id: uuid.UUID, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[EventRead]:
    """Oldest first, each entry with its actor's name (whoever may read the ticket reads who acted
    on it: the requester sees who answered her without looking the account up)."""
    ticket = await get_visible_ticket(session, actor, ticket_id)
    query = (
        select(TicketEvent, Employee.full_name)
        .outerjoin(Account, Account.id == TicketEvent.actor_account_id)
        .outerjoin(Employee, Employee.id == Account.employee_id)
        .where(TicketEvent.ticket_id == ticket.id)
        .order_by(TicketEvent.id)
        .limit(limit + 1)
    )
    if not await sees_internal_notes(session, actor, ticket):
        query = query.where(TicketEvent.internal.is_(False))
    if cursor is not None:
        (last_id,) = decode_cursor(cursor, arity=1)
        query = query.where(TicketEvent.id > cursor_int(last_id))
    rows = (await session.execute(query)).all()
    views = [EventRead.model_validate(event).model_copy(update={"actor_name": name}) for event, name in rows]
    return slice_of(views, limit, lambda event: [event.id])


async def event_read(session: AsyncSession, event: TicketEvent) -> EventRead:
    """One timeline entry as the timeline shows it (the answer to a reply)."""
    name = (
        await session.scalar(
            select(Employee.full_name)
            .join(Account, Account.employee_id == Employee.id)
            .where(Account.id == event.actor_account_id)
        )
        if event.actor_account_id is not None
        else None
    )
    return EventRead.model_validate(event).model_copy(update={"actor_name": name})


async def _scope_clause(session: AsyncSession, actor: Actor, scope: Scope):  # type: ignore[no-untyped-def]
    if scope == "mine":
        return Ticket.requester_account_id == actor.account_id
    if scope == "stores":
        managed = await subtree_paths(session, actor.units_for(Role.STORE_MANAGER))
        return Ticket.store_id.in_(units_under(managed)) if managed else Ticket.id.is_(None)
    if scope == "queue":
        headed = await subtree_paths(session, actor.units_for(Role.DEPT_HEAD))
        mine = await home_path(session, actor)
        clauses = []
        if headed:
            clauses.append(Ticket.department_id.in_(units_under(headed)))
        if mine:
            departments = select(OrgUnit.id).where(OrgUnit.kind == OrgUnitKind.DEPARTMENT)
            rows = (await session.execute(departments.add_columns(OrgUnit.path))).all()
            clauses.append(Ticket.department_id.in_([unit_id for unit_id, path in rows if mine.startswith(path)]))
        # the queue is what one may work: never one's own requests (those are under "mine")
        return and_(or_(*clauses), Ticket.requester_account_id != actor.account_id) if clauses else Ticket.id.is_(None)
    return None


async def list_tickets(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    scope: Scope = "all",
    status: TicketStatus | None = None,
    priority: TicketPriority | None = None,
    department_id: uuid.UUID | None = None,
    store_id: uuid.UUID | None = None,
    at_risk: bool | None = None,
    breached: bool | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[TicketRead]:
    """Newest first. `at_risk` and `breached` look at whichever clock is still running (or, once
    answered, how the first response went); they are derived from the clocks, so the stored due
    times narrow the read (clocks.flags_may_hold) and each candidate's clocks decide."""
    query = (
        select(Ticket).where(await visible_tickets(session, actor)).order_by(Ticket.created_at.desc(), Ticket.id.desc())
    )
    scoped = await _scope_clause(session, actor, scope)
    if scoped is not None:
        query = query.where(scoped)
    if status is not None:
        query = query.where(Ticket.status == status)
    if priority is not None:
        query = query.where(Ticket.priority == priority)
    if department_id is not None:
        query = query.where(Ticket.department_id == department_id)
    if store_id is not None:
        query = query.where(Ticket.store_id == store_id)
    if cursor is not None:
        query = query.where(after_cursor(cursor, Ticket.created_at, Ticket.id))
    derived_filter = at_risk is not None or breached is not None
    now = clock.now()
    if derived_filter:
        query = query.where(flags_may_hold(now, at_risk=at_risk, breached=breached))
    items: list[TicketRead] = []
    last_seen: Ticket | None = None
    more = False
    batch = limit + 1 if not derived_filter else max(limit * 4, 50)
    after: Ticket | None = None
    while True:
        page = query if after is None else query.where(_after(after))
        rows = list((await session.scalars(page.limit(batch))).all())
        context = await load_context(session, rows)
        for ticket in rows:
            view = as_read(ticket, now, context)
            risky = view.first_response.at_risk or view.resolution.at_risk
            late = view.first_response.breached or view.resolution.breached
            if (at_risk is not None and risky != at_risk) or (breached is not None and late != breached):
                continue
            if len(items) == limit:
                more = True
                break
            items.append(view)
            last_seen = ticket
        if more or len(rows) < batch:
            break
        after = rows[-1]
    next_cursor = timestamp_cursor(last_seen.created_at, last_seen.id) if more and last_seen is not None else None
    return Slice(items=items, next_cursor=next_cursor)


def _after(ticket: Ticket) -> ColumnElement[bool]:
    """Rows after `ticket` in the list's order (newest first): the next batch starts there."""
    return or_(
        Ticket.created_at < ticket.created_at, and_(Ticket.created_at == ticket.created_at, Ticket.id < ticket.id)
    )
