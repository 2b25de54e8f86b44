"""Reading employee records: everyone reads within sight (scope.py)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.people.models import SEARCH_SEPARATOR, Employee, EmployeeStatus, EmployeeStatusChange
from domain.people.scope import get_visible_employee, visible_employees
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.pagination import DEFAULT_LIMIT, Slice, decode_cursor, encode_cursor


async def get_employee(session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID) -> Employee:
    return await get_visible_employee(session, actor, clock, employee_id)


async def status_history(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID
) -> list[EmployeeStatusChange]:
    """Whoever may read the person reads how their status went, oldest first (two changes on one
    day in the order recorded)."""
    employee = await get_visible_employee(session, actor, clock, employee_id)
    rows = await session.scalars(
        select(EmployeeStatusChange)
        .where(EmployeeStatusChange.employee_id == employee.id)
        .order_by(EmployeeStatusChange.effective_on, EmployeeStatusChange.id)
    )
    return list(rows.all())


async def list_employees(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    unit_id: uuid.UUID | None = None,
    status: EmployeeStatus | None = None,
    q: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[Employee]:
    """People in sight, ordered by employee number; `unit_id` narrows to a unit's subtree; `q` is
    found in the name (romanised or in characters), the employee number or the e-mail."""
    query = (
        select(Employee)
        .where(await visible_employees(session, actor, clock))
        .order_by(Employee.employee_no)
        .limit(limit + 1)
    )
    if unit_id is not None:
        root_path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == unit_id))
        if root_path is None:
            return Slice(items=[], next_cursor=None)
        query = query.where(Employee.home_unit_id.in_(select(OrgUnit.id).where(OrgUnit.path.startswith(root_path))))
    if status is not None:
        query = query.where(Employee.status == status)
    if q:
        if SEARCH_SEPARATOR in q:  # it parts the fields of search_text: a search never spans two
            return Slice(items=[], next_cursor=None)
        pattern = "%" + q.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"
        query = query.where(Employee.search_text.like(func.lower(pattern), escape="/"))
    if cursor is not None:
        (last_no,) = decode_cursor(cursor, arity=1)
        query = query.where(Employee.employee_no > str(last_no))
    rows = list((await session.scalars(query)).all())
    next_cursor = encode_cursor([rows[limit - 1].employee_no]) if len(rows) > limit else None
    return Slice(items=rows[:limit], next_cursor=next_cursor)
