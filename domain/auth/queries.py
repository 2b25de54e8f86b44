"""The signed-in person's own view: account, employee record and grants with their units."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.schemas import GrantView, MeRead
from domain.org.models import OrgUnit
from domain.people.models import Account, Employee, RoleGrant
from domain.people.schemas import EmployeeRead
from domain.shared.actor import Actor
from domain.shared.errors import NotFound
from domain.shared.i18n import _


async def describe_me(session: AsyncSession, *, actor: Actor) -> MeRead:
    account = await session.get(Account, actor.account_id)
    if account is None:
        raise NotFound(_("The account no longer exists."), slug="account.not_found")
    employee = await session.get(Employee, account.employee_id) if account.employee_id else None
    rows = await session.execute(
        select(RoleGrant.role, OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.kind)
        .join(OrgUnit, OrgUnit.id == RoleGrant.org_unit_id)
        .where(RoleGrant.account_id == account.id)
        .order_by(RoleGrant.role, OrgUnit.code)
    )
    grants = [
        GrantView(role=role, org_unit_id=unit_id, org_unit_code=code, org_unit_name=name, org_unit_kind=kind)
        for role, unit_id, code, name, kind in rows
    ]
    return MeRead(
        account_id=account.id,
        email=account.email,
        employee=EmployeeRead.model_validate(employee) if employee else None,
        grants=grants,
        sees_everyone=actor.sees_everyone,
        language=account.language,
    )
