"""Who a notification reaches, beyond what an event names: the accounts of employees, the
managers of a store, and display names (the Chinese form beside the romanised one)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.notifications.texts import named
from domain.org.models import OrgUnit
from domain.people.models import Account, Employee, RoleGrant
from domain.shared.actor import Role


async def accounts_of(session: AsyncSession, employee_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """employee id -> active account id (employees without one hear nothing)."""
    ids = list(set(employee_ids))
    if not ids:
        return {}
    rows = await session.execute(
        select(Account.employee_id, Account.id).where(Account.employee_id.in_(ids), Account.is_active.is_(True))
    )
    return {employee_id: account_id for employee_id, account_id in rows if employee_id is not None}


async def managers_of(session: AsyncSession, unit_id: uuid.UUID, role: Role = Role.STORE_MANAGER) -> list[uuid.UUID]:
    """Accounts holding `role` (store_manager unless said) on the unit or a unit above it."""
    path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == unit_id))
    if path is None:
        return []
    rows = await session.execute(
        select(RoleGrant.account_id, OrgUnit.path)
        .join(OrgUnit, OrgUnit.id == RoleGrant.org_unit_id)
        .join(Account, Account.id == RoleGrant.account_id)
        .where(RoleGrant.role == role, Account.is_active.is_(True))
    )
    return [account_id for account_id, grant_path in rows if path.startswith(grant_path)]


async def hr_accounts(session: AsyncSession) -> list[uuid.UUID]:
    """Active accounts holding the HR role."""
    rows = await session.scalars(
        select(RoleGrant.account_id)
        .join(Account, Account.id == RoleGrant.account_id)
        .where(RoleGrant.role == Role.HR, Account.is_active.is_(True))
        .distinct()
    )
    return list(rows)


async def unit_named(session: AsyncSession, unit_id: uuid.UUID) -> dict[str, Any]:
    unit = await session.get(OrgUnit, unit_id)
    if unit is None:
        return named(str(unit_id))
    return named(unit.name, unit.local_name)


async def person_named(session: AsyncSession, employee_id: uuid.UUID) -> dict[str, Any]:
    employee = await session.get(Employee, employee_id)
    if employee is None:
        return named(str(employee_id))
    return named(employee.full_name, employee.local_name)
