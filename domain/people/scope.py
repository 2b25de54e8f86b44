"""Who may see whom. The single place the visibility rule for people lives.

- HR, leaders and administrators see everyone.
- A store manager or department head sees the people whose home unit lies in the subtree of a unit
  they hold that role over.
- Everyone sees themselves.
Objects outside the actor's sight answer 404, so ids of other stores leak nothing.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.org.service import subtree_paths
from domain.people.models import Employee
from domain.shared.actor import SUBTREE_READERS, Actor
from domain.shared.errors import NotFound


async def visible_employees(session: AsyncSession, actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on Employee selecting exactly the people the actor may see."""
    if actor.sees_everyone:
        return true()
    clauses: list[ColumnElement[bool]] = []
    if actor.employee_id is not None:
        clauses.append(Employee.id == actor.employee_id)
    paths = await subtree_paths(session, actor.units_for(*SUBTREE_READERS))
    if paths:
        units_in_sight = select(OrgUnit.id).where(or_(*(OrgUnit.path.startswith(p) for p in paths)))
        clauses.append(Employee.home_unit_id.in_(units_in_sight))
    return or_(*clauses) if clauses else false()


async def get_visible_employee(session: AsyncSession, actor: Actor, employee_id: uuid.UUID) -> Employee:
    employee = await session.scalar(
        select(Employee).where(Employee.id == employee_id, await visible_employees(session, actor))
    )
    if employee is None:
        raise NotFound(f"No employee {employee_id}.", slug="employee.not_found")
    return employee
