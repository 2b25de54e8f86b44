"""Employees: HR keeps the records; managers read their people; everyone reads themselves."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, SearchQuery, problems
from domain.people import assignments, commands, queries
from domain.people.assignment_schemas import EmployeeAssignments
from domain.people.models import Employee, EmployeeStatus, EmployeeStatusChange
from domain.people.schemas import EmployeeCreate, EmployeeRead, EmployeeStatusChangeRead, EmployeeUpdate
from domain.shared.pagination import Page, Slice
from domain.shared.schemas import IsoDate

router = Router(prefix="/employees", tags=["employees"])


@router.get("", operation_id="employees-list", response_model=Page[EmployeeRead], responses=problems(401, 422))
async def list_employees(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    unit_id: Annotated[uuid.UUID | None, Query(description="Home unit in this unit's subtree")] = None,
    status: EmployeeStatus | None = None,
    q: Annotated[str | None, SearchQuery] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[Employee]:
    """Lists the employees the caller may see, ordered by employee number.
    HR, leaders and administrators see everyone; a store manager or department head sees the people whose home
    unit lies in the subtree of a unit they hold that role over, plus those assigned there today (a secondment
    or a transfer); everyone sees themselves. `unit_id` keeps people whose home unit is in that unit's
    subtree; `q` searches the name (romanised or in Chinese characters), employee number and e-mail.
    """
    return await queries.list_employees(
        session, actor=actor, clock=clock, unit_id=unit_id, status=status, q=q, limit=limit, cursor=cursor
    )


@router.post(
    "",
    operation_id="employees-create",
    status_code=status.HTTP_201_CREATED,
    response_model=EmployeeRead,
    responses=problems(401, 403, 409, 422),
)
async def create_employee(body: EmployeeCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> Employee:
    """Creates an employee record.
    HR and administrators only (403). The home unit must be a head-office department or a store (422); the
    employee number is a business key that must be unused (409) and never changes afterwards. No sign-in
    account is created: see POST /accounts. Audited.
    """
    return await commands.create_employee(session, actor=actor, clock=clock, data=body)


@router.get(
    "/{employee_id}", operation_id="employees-get", response_model=EmployeeRead, responses=problems(401, 404, 422)
)
async def get_employee(employee_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> Employee:
    """Reads one employee record, if the caller may see the person.
    Visibility as in GET /employees: people outside the caller's sight answer 404, like ids that do not exist.
    """
    return await queries.get_employee(session, actor=actor, clock=clock, employee_id=employee_id)


@router.patch(
    "/{employee_id}",
    operation_id="employees-update",
    response_model=EmployeeRead,
    responses=problems(401, 403, 404, 422),
)
async def update_employee(
    employee_id: uuid.UUID, body: EmployeeUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> Employee:
    """Changes an employee record; only the fields sent change.
    HR and administrators (403 for others who can see the person, 404 for those who cannot); an
    administrator's record only an administrator may change. The employee number never changes, and name, home
    unit, hire date and status cannot be cleared (422). Setting the status to `left` stops the person signing
    in or refreshing tokens. A change of status is kept in the person's status history, from the day
    `status_effective_on` names (default today; 422 before the hire date or the last recorded change,
    or sent without a change of status). Changes are audited.
    """
    return await commands.update_employee(session, actor=actor, clock=clock, employee_id=employee_id, data=body)


@router.delete(
    "/{employee_id}",
    operation_id="employees-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401, 403, 404, 409, 422),
    summary="Delete a record entered by mistake (people with history are set to `left` instead)",
)
async def delete_employee(employee_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> None:
    """Deletes an employee record created by mistake.
    HR and administrators (403); an administrator's record only an administrator. A person with a sign-in
    account or any history attached is never deleted (409): set their status to `left` instead. Audited.
    """
    await commands.delete_employee(session, actor=actor, clock=clock, employee_id=employee_id)


@router.get(
    "/{employee_id}/assignments",
    operation_id="employees-assignments",
    response_model=EmployeeAssignments,
    responses=problems(401, 404, 422),
    summary="Where the person works on a day, and their whole assignment history",
)
async def employee_assignments(
    employee_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    on: Annotated[IsoDate | None, Query(description="The day asked about; default today")] = None,
) -> EmployeeAssignments:
    """Where the person works on a day (`unit_on_date`), beside their home unit and whole assignment history.
    The newest assignment covering the day wins (a secondment inside a permanent transfer, while it lasts);
    with none, the person works at their home unit. Cancelled assignments are listed too. Visibility is that
    of GET /employees on the day asked: people outside it answer 404.
    """
    return await assignments.employee_assignments(session, actor=actor, clock=clock, employee_id=employee_id, on=on)


@router.get(
    "/{employee_id}/status-history",
    operation_id="employees-statusHistory",
    response_model=list[EmployeeStatusChangeRead],
    responses=problems(401, 404, 422),
    summary="How the person's status went: active, on leave, left, and from which day",
)
async def employee_status_history(
    employee_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> list[EmployeeStatusChange]:
    """Lists the person's statuses, oldest first, each with the day it holds from (until the next
    one's), when it was recorded and by which account: the first at hire, one more at each change
    of status made with PATCH /employees/{employee_id} (`status_effective_on` dates it). Rows from
    before the history was kept were filled in by the migration from the record (active from the
    hire date; a status other than active from the day the record last changed) and have no
    recorder. Visibility as in GET /employees/{employee_id}: people outside the caller's sight
    answer 404, like ids that do not exist.
    """
    return await queries.status_history(session, actor=actor, clock=clock, employee_id=employee_id)
