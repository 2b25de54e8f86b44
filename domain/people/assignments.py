"""Effective-dated questions: where is X on day D, and who works at unit S on day D."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.names import unit_names
from domain.org.queries import get_unit, organisation_today
from domain.people.assignment_schemas import AssignmentRead, EmployeeAssignments, UnitMember
from domain.people.models import Assignment, Employee
from domain.people.schemas import EmployeeRead
from domain.people.scope import get_visible_employee, people_at, visible_employees
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.pagination import DEFAULT_LIMIT, Slice, cursor_text, decode_cursor, slice_of


def covering(assignments: Iterable[Assignment], day: date) -> Assignment | None:
    """The assignment in force on `day`: the newest one that covers it (a secondment inside a
    permanent transfer wins while it lasts)."""
    live = [
        a
        for a in assignments
        if a.cancelled_at is None and a.valid_from <= day and (a.valid_to is None or a.valid_to > day)
    ]
    return max(live, key=lambda a: (a.valid_from, a.created_at), default=None)


def unit_on(home_unit_id: uuid.UUID, assignments: Iterable[Assignment], day: date) -> uuid.UUID:
    assignment = covering(assignments, day)
    return assignment.unit_id if assignment else home_unit_id


async def assignments_of(session: AsyncSession, *employee_ids: uuid.UUID) -> list[Assignment]:
    query = (
        select(Assignment)
        .where(Assignment.employee_id.in_(employee_ids))
        .order_by(Assignment.valid_from, Assignment.created_at)
    )
    return list((await session.scalars(query)).all())


async def employee_assignments(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID, on: date | None = None
) -> EmployeeAssignments:
    day = on or await organisation_today(session, clock)
    employee = await get_visible_employee(session, actor, clock, employee_id, on=day)
    rows = await assignments_of(session, employee.id)
    here = unit_on(employee.home_unit_id, rows, day)
    names = await unit_names(session, {employee.home_unit_id, here, *(a.unit_id for a in rows)})
    return EmployeeAssignments(
        employee_id=employee.id,
        home_unit_id=employee.home_unit_id,
        home_unit_name=names[employee.home_unit_id].name,
        home_unit_local_name=names[employee.home_unit_id].local_name,
        on=day,
        unit_on_date=here,
        unit_on_date_name=names[here].name,
        unit_on_date_local_name=names[here].local_name,
        assignments=[
            AssignmentRead.model_validate(a).model_copy(
                update={"unit_name": names[a.unit_id].name, "unit_local_name": names[a.unit_id].local_name}
            )
            for a in rows
        ],
    )


async def unit_members(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    unit_id: uuid.UUID,
    on: date | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[UnitMember]:
    """People whose unit on `on` is this unit, among those the actor may see on that day, by
    employee number. Candidates (home staff and people assigned here) are read a batch at a time:
    home staff seconded elsewhere that day are not members, so a page may need more than one."""
    unit = await get_unit(session, actor=actor, unit_id=unit_id)
    day = on or await organisation_today(session, clock)
    here = people_at([unit.id], day)
    query = (
        select(Employee)
        .join(here, here.c.id == Employee.id)
        .where(await visible_employees(session, actor, clock, on=day))
        .order_by(Employee.employee_no)
    )
    if cursor is not None:
        (last_no,) = decode_cursor(cursor, arity=1)
        query = query.where(Employee.employee_no > cursor_text(last_no))
    batch = max(2 * limit, 50)
    members: list[UnitMember] = []
    after: str | None = None
    while len(members) <= limit:
        page_query = query if after is None else query.where(Employee.employee_no > after)
        candidates = list((await session.scalars(page_query.limit(batch))).all())
        if not candidates:
            break
        after = candidates[-1].employee_no
        members.extend(await _members_among(session, candidates, unit.id, day))
        if len(candidates) < batch:
            break
    return slice_of(members, limit, lambda member: [member.employee.employee_no])


async def _members_among(
    session: AsyncSession, candidates: list[Employee], unit_id: uuid.UUID, day: date
) -> list[UnitMember]:
    by_person: dict[uuid.UUID, list[Assignment]] = {e.id: [] for e in candidates}
    for row in await assignments_of(session, *by_person):
        by_person[row.employee_id].append(row)
    members = []
    for employee in candidates:
        current = covering(by_person[employee.id], day)
        if (current.unit_id if current else employee.home_unit_id) != unit_id:
            continue
        members.append(
            UnitMember(
                employee=EmployeeRead.model_validate(employee),
                source=current.kind.value if current else "home",
                assignment_id=current.id if current else None,
                valid_from=current.valid_from if current else None,
                valid_to=current.valid_to if current else None,
            )
        )
    return members
