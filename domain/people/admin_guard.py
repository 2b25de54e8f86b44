"""What belongs to an administrator is changed only by an administrator.

HR manages accounts and employee records, but an administrator's account row and employee record
are out of HR's reach: setting an admin's record to `left` disables the admin's sign-in exactly
as deactivating the account does, so both are guarded alike.
"""

from __future__ import annotations

import uuid

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.people.models import Account, RoleGrant
from domain.shared.actor import Actor, Role
from domain.shared.errors import Forbidden
from domain.shared.i18n import _


async def _is_administrator(
    session: AsyncSession, *, account_id: uuid.UUID | None = None, employee_id: uuid.UUID | None = None
) -> bool:
    condition = exists().where(RoleGrant.role == Role.ADMIN, RoleGrant.account_id == Account.id)
    if account_id is not None:
        condition = condition.where(Account.id == account_id)
    if employee_id is not None:
        condition = condition.where(Account.employee_id == employee_id)
    return bool(await session.scalar(select(condition)))


async def guard_administrator_account(session: AsyncSession, actor: Actor, account_id: uuid.UUID) -> None:
    if not actor.has_role(Role.ADMIN) and await _is_administrator(session, account_id=account_id):
        raise Forbidden(_("Only an administrator may change an administrator's account."))


async def guard_administrator_record(session: AsyncSession, actor: Actor, employee_id: uuid.UUID) -> None:
    if not actor.has_role(Role.ADMIN) and await _is_administrator(session, employee_id=employee_id):
        raise Forbidden(_("Only an administrator may change an administrator's employee record."))
