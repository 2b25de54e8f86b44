"""Who sees a ticket and who stands on its owning side.

- The requester sees their tickets (never internal notes).
- A store manager sees their stores' tickets.
- The owning department's members (home unit in it) and its head see its tickets, internal notes
  included; they are "the owning side".
- HR, leaders and administrators see every ticket; administrators also count as the owning side.
Anything else answers 404.

Nobody works their own request: on her own ticket, a member of the owning side is its requester
and nothing else (no taking, acknowledging, moving, transferring, first response or internal
notes), and the queue gets the ticket without her.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, literal, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import subtree_paths
from domain.people.models import Employee
from domain.people.scope import units_under
from domain.shared.actor import Actor, Role
from domain.shared.errors import Forbidden, NotFound
from domain.shared.i18n import _
from domain.tickets.models import Ticket


async def home_path(session: AsyncSession, actor: Actor) -> str | None:
    if actor.employee_id is None:
        return None
    return await session.scalar(
        select(OrgUnit.path).join(Employee, Employee.home_unit_id == OrgUnit.id).where(Employee.id == actor.employee_id)
    )


async def is_department_head(session: AsyncSession, actor: Actor, department_id: uuid.UUID) -> bool:
    department_path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == department_id))
    if department_path is None:
        return False
    return any(department_path.startswith(p) for p in await subtree_paths(session, actor.units_for(Role.DEPT_HEAD)))


async def is_owning_side(session: AsyncSession, actor: Actor, department_id: uuid.UUID) -> bool:
    if actor.has_role(Role.ADMIN) or await is_department_head(session, actor, department_id):
        return True
    department_path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == department_id))
    mine = await home_path(session, actor)
    return department_path is not None and mine is not None and mine.startswith(department_path)


async def visible_tickets(session: AsyncSession, actor: Actor) -> ColumnElement[bool]:
    if actor.sees_everyone:
        return true()
    clauses: list[ColumnElement[bool]] = [Ticket.requester_account_id == actor.account_id]
    managed = await subtree_paths(session, actor.units_for(Role.STORE_MANAGER))
    if managed:
        clauses.append(Ticket.store_id.in_(units_under(managed)))
    headed = await subtree_paths(session, actor.units_for(Role.DEPT_HEAD))
    if headed:
        clauses.append(Ticket.department_id.in_(units_under(headed)))
    mine = await home_path(session, actor)
    if mine is not None:
        my_departments = select(OrgUnit.id).where(
            OrgUnit.kind == OrgUnitKind.DEPARTMENT, literal(mine).startswith(OrgUnit.path)
        )
        clauses.append(Ticket.department_id.in_(my_departments))
    return or_(*clauses)


async def get_visible_ticket(
    session: AsyncSession, actor: Actor, ticket_id: uuid.UUID, *, for_change: bool = False
) -> Ticket:
    """The ticket, if the actor may see it. `for_change` locks its row until the transaction ends
    (PostgreSQL; SQLite's write transactions are serialised anyway): every write to a ticket reads
    it this way, so checks such as "not rated yet" or "fewer than 20 attachments" hold until the
    write commits, and of racing writers one wins and the others see its result. The lock is FOR NO
    KEY UPDATE: it does not hold up rows that merely refer to the ticket (the escalation worker's
    events and notices)."""
    query = select(Ticket).where(Ticket.id == ticket_id, await visible_tickets(session, actor))
    if for_change:
        query = query.with_for_update(of=Ticket, key_share=True)
    ticket = await session.scalar(query)
    if ticket is None:
        raise NotFound(_("No ticket {ticket_id}.", ticket_id=ticket_id), slug="ticket.not_found")
    return ticket


class OwnRequest(Forbidden):
    """The requester tried to work, be assigned or rate as responder her own ticket."""

    slug = "ticket.own_request"
    title = _("This is your own request")


async def works_on(session: AsyncSession, actor: Actor, ticket: Ticket) -> bool:
    """Whether the actor may work this ticket: the owning side, its requester excepted."""
    return actor.account_id != ticket.requester_account_id and await is_owning_side(
        session, actor, ticket.department_id
    )


async def require_worker(session: AsyncSession, actor: Actor, ticket: Ticket) -> None:
    """Refuses anyone but the owning side (`ticket.not_owner`) and, on it, the ticket's requester
    (`ticket.own_request`)."""
    if not await is_owning_side(session, actor, ticket.department_id):
        raise Forbidden(_("Only the owning team works the ticket."), slug="ticket.not_owner")
    if actor.account_id == ticket.requester_account_id:
        raise OwnRequest(_("You raised this ticket; someone else in the team works it."))


async def sees_internal_notes(session: AsyncSession, actor: Actor, ticket: Ticket) -> bool:
    """The owning side does; the requester never, even when she is on it."""
    return await works_on(session, actor, ticket)
