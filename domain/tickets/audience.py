"""Who hears about a ticket: its queue, its holder, department heads, HR."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.people.models import Account, Employee, RoleGrant
from domain.shared.actor import Role
from domain.tickets import rules
from domain.tickets.models import Ticket


async def department_queue(session: AsyncSession, department_id: uuid.UUID) -> list[uuid.UUID]:
    """Accounts of the department's members (home unit in it) and heads: who a queue notice reaches."""
    path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == department_id))
    if path is None:
        return []
    in_department = select(OrgUnit.id).where(OrgUnit.path.startswith(path))
    members = (
        select(Account.id)
        .join(Employee, Employee.id == Account.employee_id)
        .where(Employee.home_unit_id.in_(in_department), Account.is_active.is_(True))
    )
    heads = await department_heads(session, department_id)
    return [*(await session.scalars(members)).all(), *heads]


async def ticket_queue(session: AsyncSession, ticket: Ticket) -> list[uuid.UUID]:
    """The owning department's queue for this ticket: its members and heads, never its requester."""
    return [a for a in await department_queue(session, ticket.department_id) if a != ticket.requester_account_id]


async def ticket_owners(session: AsyncSession, ticket: Ticket) -> list[uuid.UUID]:
    """Who hears about a ticket on the owning side: its holder, or the queue (without the requester)
    when nobody holds it, or only its requester does (a row older code allowed)."""
    holder = ticket.assignee_account_id
    if holder is not None and holder != ticket.requester_account_id:
        return [holder]
    return await ticket_queue(session, ticket)


async def department_heads(session: AsyncSession, department_id: uuid.UUID) -> list[uuid.UUID]:
    path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == department_id))
    if path is None:
        return []
    rows = await session.execute(
        select(RoleGrant.account_id, OrgUnit.path)
        .join(OrgUnit, OrgUnit.id == RoleGrant.org_unit_id)
        .where(RoleGrant.role == Role.DEPT_HEAD)
    )
    return [account_id for account_id, grant_path in rows if path.startswith(grant_path)]


async def hr_accounts(session: AsyncSession) -> list[uuid.UUID]:
    return list((await session.scalars(select(RoleGrant.account_id).where(RoleGrant.role == Role.HR))).all())


async def escalation_audience(session: AsyncSession, ticket: Ticket, level: int) -> list[uuid.UUID]:
    """75 %: the holder or the queue; 100 %: the department heads; 150 %: HR."""
    who = rules.ESCALATION_AUDIENCE[level]
    if who == "assignee_or_queue":
        return list(await ticket_owners(session, ticket))
    if who == "department_head":
        return list(await department_heads(session, ticket.department_id))
    return list(await hr_accounts(session))
