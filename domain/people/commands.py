"""Employee use cases that change records: HR and administrators keep them (access.py); an
administrator's own record only an administrator (admin_guard.py)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today
from domain.org.rules import kind_name
from domain.people.access import require_people_admin
from domain.people.admin_guard import guard_administrator_record
from domain.people.models import Account, Employee, EmployeeStatus, EmployeeStatusChange
from domain.people.schemas import EmployeeCreate, EmployeeUpdate
from domain.people.scope import get_visible_employee
from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput
from domain.shared.i18n import _

HOME_UNIT_KINDS = frozenset({OrgUnitKind.DEPARTMENT, OrgUnitKind.STORE})


AUDITED_FIELDS = ("employee_no", "full_name", "local_name", "email", "phone", "home_unit_id", "hire_date", "status")


def _snapshot(employee: Employee) -> dict[str, Any]:
    return {name: getattr(employee, name) for name in AUDITED_FIELDS}


async def _check_home_unit(session: AsyncSession, unit_id: uuid.UUID) -> None:
    unit = await session.get(OrgUnit, unit_id)
    if unit is None:
        raise InvalidInput(
            _("No org unit {unit_id}.", unit_id=unit_id), field="body.home_unit_id", slug="employee.home_unit_unknown"
        )
    if unit.kind not in HOME_UNIT_KINDS:
        raise InvalidInput(
            _("A home unit is an HQ department or a store, not a {kind}.", kind=kind_name(unit.kind)),
            field="body.home_unit_id",
            slug="employee.invalid_home_unit",
        )


def _status_change(
    employee: Employee, status: EmployeeStatus, effective_on: date, *, actor: Actor, clock: Clock
) -> EmployeeStatusChange:
    return EmployeeStatusChange(
        employee_id=employee.id,
        status=status,
        effective_on=effective_on,
        recorded_at=clock.now(),
        recorded_by=None if actor.is_client else actor.account_id,  # a machine client is no account
    )


async def _status_effective_on(
    session: AsyncSession, clock: Clock, employee: Employee, hire_date: date, given: date | None
) -> date:
    """The day a new status holds from: the day given, or today; never before the hire date nor
    before the last recorded change (the history stays in order, the last row the status now). A
    day given out of order is refused; today is moved on to the hire date of someone not yet
    started."""
    last = await session.scalar(
        select(func.max(EmployeeStatusChange.effective_on)).where(EmployeeStatusChange.employee_id == employee.id)
    )
    if given is None:
        return max(await organisation_today(session, clock), hire_date, last or hire_date)
    if given < hire_date:
        raise InvalidInput(
            _("A status cannot take effect before the hire date ({hire_date}).", hire_date=hire_date),
            field="body.status_effective_on",
            slug="employee.status_before_hire",
        )
    if last is not None and given < last:
        raise InvalidInput(
            _("A status cannot take effect before the last recorded change ({day}).", day=last),
            field="body.status_effective_on",
            slug="employee.status_before_last_change",
        )
    return given


async def create_employee(session: AsyncSession, *, actor: Actor, clock: Clock, data: EmployeeCreate) -> Employee:
    require_people_admin(actor)
    await _check_home_unit(session, data.home_unit_id)
    taken = _("The employee number '{employee_no}' is already in use.", employee_no=data.employee_no)
    if await session.scalar(select(exists().where(Employee.employee_no == data.employee_no))):
        raise Conflict(taken, slug="employee.number_taken")
    now = clock.now()
    employee = Employee(created_at=now, updated_at=now, **data.model_dump())
    session.add(employee)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict(taken, slug="employee.number_taken") from exc
    session.add(_status_change(employee, employee.status, employee.hire_date, actor=actor, clock=clock))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="employee.created",
        entity_type="employee",
        entity_id=employee.id,
        changes=audit.changed_fields({}, _snapshot(employee)),
    )
    return employee


async def update_employee(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID, data: EmployeeUpdate
) -> Employee:
    employee = await get_visible_employee(session, actor, clock, employee_id)
    require_people_admin(actor)
    await guard_administrator_record(session, actor, employee.id)
    changes = data.model_dump(exclude_unset=True)
    for required in ("full_name", "home_unit_id", "hire_date", "status"):
        if required in changes and changes[required] is None:
            raise InvalidInput(
                _("{required} cannot be cleared.", required=required),
                field=f"body.{required}",
                slug="validation.required",
            )
    if "home_unit_id" in changes:
        await _check_home_unit(session, changes["home_unit_id"])
    given = changes.pop("status_effective_on", None)
    status = changes.get("status", employee.status)
    effective_on: date | None = None
    if status != employee.status:
        hire_date = changes.get("hire_date", employee.hire_date)
        effective_on = await _status_effective_on(session, clock, employee, hire_date, given)
    elif given is not None:
        raise InvalidInput(
            _("A status date goes with a change of status."),
            field="body.status_effective_on",
            slug="employee.status_date_without_change",
        )
    before = _snapshot(employee)
    for name, value in changes.items():
        setattr(employee, name, value)
    diff = audit.changed_fields(before, _snapshot(employee))
    if effective_on is not None:
        session.add(_status_change(employee, status, effective_on, actor=actor, clock=clock))
        diff["status_effective_on"] = {"before": None, "after": effective_on.isoformat()}
    if diff:
        employee.updated_at = clock.now()
        await session.flush()
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="employee.updated",
            entity_type="employee",
            entity_id=employee.id,
            changes=diff,
        )
    return employee


async def delete_employee(session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID) -> None:
    """Removes a record entered by mistake. A person with an account or any history is never
    deleted (HR records are kept): set their status to `left` instead."""
    employee = await get_visible_employee(session, actor, clock, employee_id)
    require_people_admin(actor)
    await guard_administrator_record(session, actor, employee.id)
    if await session.scalar(select(exists().where(Account.employee_id == employee.id))):
        raise Conflict(
            _("The employee has an account; set their status to 'left' instead of deleting them."),
            slug="employee.has_history",
        )
    before = _snapshot(employee)
    await session.delete(employee)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict(
            _("The employee has history attached; set their status to 'left' instead of deleting them."),
            slug="employee.has_history",
        ) from exc
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="employee.deleted",
        entity_type="employee",
        entity_id=employee_id,
        changes=audit.changed_fields(before, {}),
    )
