"""In-app notifications (the mobile app polls them) for requesters and owners of tickets."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.people.models import Account, Employee, RoleGrant
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import NotFound
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, timestamp_cursor
from domain.tickets.models import Notification, Ticket
from domain.tickets.schemas import NotificationRead


def notify(
    session: AsyncSession,
    *,
    clock: Clock,
    account_ids: Iterable[uuid.UUID | None],
    ticket_id: uuid.UUID | None,
    kind: str,
    message: str,
    skip: uuid.UUID | None = None,
) -> None:
    """One notification per distinct account; the actor who caused it is skipped."""
    now = clock.now()
    for account_id in dict.fromkeys(a for a in account_ids if a is not None and a != skip):
        session.add(
            Notification(account_id=account_id, ticket_id=ticket_id, kind=kind, message=message[:500], created_at=now)
        )


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


async def my_notifications(
    session: AsyncSession,
    *,
    actor: Actor,
    unread_only: bool = False,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[NotificationRead]:
    query = (
        select(Notification)
        .where(Notification.account_id == actor.account_id)
        .order_by(Notification.created_at.desc(), Notification.id.desc())
        .limit(limit + 1)
    )
    if unread_only:
        query = query.where(Notification.read_at.is_(None))
    if cursor is not None:
        query = query.where(after_cursor(cursor, Notification.created_at, Notification.id))
    rows = list((await session.scalars(query)).all())
    page = rows[:limit]
    next_cursor = timestamp_cursor(page[-1].created_at, page[-1].id) if len(rows) > limit else None
    return Slice(items=[NotificationRead.model_validate(n) for n in page], next_cursor=next_cursor)


async def mark_read(session: AsyncSession, *, actor: Actor, clock: Clock, notification_id: uuid.UUID | None) -> int:
    """Marks one notification (or, with None, all of mine) read; returns how many changed."""
    statement = update(Notification).where(Notification.account_id == actor.account_id, Notification.read_at.is_(None))
    if notification_id is not None:
        exists = await session.scalar(
            select(Notification.id).where(
                Notification.id == notification_id, Notification.account_id == actor.account_id
            )
        )
        if exists is None:
            raise NotFound(f"No notification {notification_id}.", slug="notification.not_found")
        statement = statement.where(Notification.id == notification_id)
    result = await session.execute(statement.values(read_at=clock.now()))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
