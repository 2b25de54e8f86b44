"""Who sees a ticket and who stands on its owning side.

- The requester sees their tickets (never internal notes).
- A store manager sees their stores' tickets.
- The owning department's members (home unit in it) and its head see its tickets, internal notes
  included; they are "the owning side".
- HR, leaders and administrators see every ticket; administrators also count as the owning side.
Anything else answers 404.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, literal, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.service import subtree_paths
from domain.people.models import Employee
from domain.people.scope import units_under
from domain.shared.actor import Actor, Role
from domain.shared.errors import NotFound
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


async def get_visible_ticket(session: AsyncSession, actor: Actor, ticket_id: uuid.UUID) -> Ticket:
    ticket = await session.scalar(select(Ticket).where(Ticket.id == ticket_id, await visible_tickets(session, actor)))
    if ticket is None:
        raise NotFound(f"No ticket {ticket_id}.", slug="ticket.not_found")
    return ticket


async def sees_internal_notes(session: AsyncSession, actor: Actor, ticket: Ticket) -> bool:
    return await is_owning_side(session, actor, ticket.department_id)
