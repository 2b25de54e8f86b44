"""Account and role-grant administration.

Administrators manage every account. HR manages accounts too, except that only an administrator
may grant or revoke the admin role or touch an administrator's account.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.commands import revoke_all_sessions
from domain.auth.passwords import PasswordHashing
from domain.org.models import OrgUnit
from domain.people.admin_guard import guard_administrator_account
from domain.people.models import Account, Employee, RoleGrant
from domain.people.schemas import AccountCreate, AccountRead, AccountUpdate, RoleGrantCreate, RoleGrantRead
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, timestamp_cursor


def _require_account_admin(actor: Actor) -> None:
    require_role(actor, Role.HR, Role.ADMIN, refusal=_("Only HR and administrators may manage accounts."))


def _require_admin_for(actor: Actor, role: Role) -> None:
    if role == Role.ADMIN and not actor.has_role(Role.ADMIN):
        raise Forbidden(_("Only an administrator may grant or revoke the admin role."))


async def _grants(session: AsyncSession, *account_ids: uuid.UUID) -> list[RoleGrant]:
    query = select(RoleGrant).where(RoleGrant.account_id.in_(account_ids)).order_by(RoleGrant.created_at, RoleGrant.id)
    return list((await session.scalars(query)).all())


def _as_read(account: Account, grants: list[RoleGrant]) -> AccountRead:
    fields = {name: getattr(account, name) for name in AccountRead.model_fields if name != "grants"}
    return AccountRead(**fields, grants=[RoleGrantRead.model_validate(g) for g in grants])


async def _view(session: AsyncSession, account: Account) -> AccountRead:
    return _as_read(account, await _grants(session, account.id))


async def _get(session: AsyncSession, actor: Actor, account_id: uuid.UUID) -> Account:
    _require_account_admin(actor)
    account = await session.get(Account, account_id)
    if account is None:
        raise NotFound(_("No account {account_id}.", account_id=account_id), slug="account.not_found")
    return account


async def _check_email_free(session: AsyncSession, email: str, account_id: uuid.UUID | None = None) -> None:
    query = select(exists().where(Account.email == email, Account.id != (account_id or uuid.UUID(int=0))))
    if await session.scalar(query):
        raise Conflict(
            _("The e-mail {email} already signs in to another account.", email=email), slug="account.email_taken"
        )


async def _add_grant(
    session: AsyncSession, *, actor: Actor, clock: Clock, account_id: uuid.UUID, data: RoleGrantCreate, field: str
) -> RoleGrant:
    _require_admin_for(actor, data.role)
    if await session.get(OrgUnit, data.org_unit_id) is None:
        raise InvalidInput(
            _("No org unit {org_unit_id}.", org_unit_id=data.org_unit_id), field=field, slug="role_grant.unit_unknown"
        )
    duplicate = await session.scalar(
        select(
            exists().where(
                RoleGrant.account_id == account_id,
                RoleGrant.role == data.role,
                RoleGrant.org_unit_id == data.org_unit_id,
            )
        )
    )
    if duplicate:
        raise Conflict(_("The account already holds this role over this unit."), slug="role_grant.duplicate")
    grant = RoleGrant(account_id=account_id, role=data.role, org_unit_id=data.org_unit_id, created_at=clock.now())
    session.add(grant)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="role_grant.created",
        entity_type="account",
        entity_id=account_id,
        changes={"grant": {"before": None, "after": {"role": data.role.value, "org_unit_id": str(data.org_unit_id)}}},
    )
    return grant


async def create_account(
    session: AsyncSession, *, actor: Actor, clock: Clock, hashing: PasswordHashing, data: AccountCreate
) -> AccountRead:
    _require_account_admin(actor)
    if data.employee_id is None and data.email is None:
        raise InvalidInput(
            _("An account needs an employee, an e-mail, or both."), field="body.email", slug="account.no_login"
        )
    employee = None
    if data.employee_id is not None:
        employee = await session.get(Employee, data.employee_id)
        if employee is None:
            raise InvalidInput(
                _("No employee {employee_id}.", employee_id=data.employee_id),
                field="body.employee_id",
                slug="account.employee_unknown",
            )
        if await session.scalar(select(exists().where(Account.employee_id == employee.id))):
            raise Conflict(_("This employee already has an account."), slug="account.employee_has_account")
    if data.email is not None:
        await _check_email_free(session, data.email)
    grants = data.grants
    if grants is None:
        grants = [RoleGrantCreate(role=Role.EMPLOYEE, org_unit_id=employee.home_unit_id)] if employee else []
    for grant in grants:
        _require_admin_for(actor, grant.role)
    now = clock.now()
    account = Account(
        employee_id=data.employee_id,
        email=data.email,
        password_hash=await hashing.hash_in_thread(data.password),
        is_active=True,
        language=data.language,
        failed_logins=0,
        password_changed_at=now,
        created_at=now,
        updated_at=now,
    )
    session.add(account)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict(_("The e-mail or employee already has an account."), slug="account.email_taken") from exc
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="account.created",
        entity_type="account",
        entity_id=account.id,
        changes=audit.changed_fields(
            {}, {"employee_id": account.employee_id, "email": account.email, "language": account.language}
        ),
    )
    for index, grant in enumerate(grants):
        await _add_grant(
            session,
            actor=actor,
            clock=clock,
            account_id=account.id,
            data=grant,
            field=f"body.grants.{index}.org_unit_id",
        )
    return await _view(session, account)


async def get_account(session: AsyncSession, *, actor: Actor, account_id: uuid.UUID) -> AccountRead:
    return await _view(session, await _get(session, actor, account_id))


async def list_accounts(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[AccountRead]:
    _require_account_admin(actor)
    query = select(Account).order_by(Account.created_at, Account.id).limit(limit + 1)
    if cursor is not None:
        query = query.where(after_cursor(cursor, Account.created_at, Account.id, newest_first=False))
    rows = list((await session.scalars(query)).all())
    page = rows[:limit]
    next_cursor = timestamp_cursor(page[-1].created_at, page[-1].id) if len(rows) > limit else None
    grants_by_account: dict[uuid.UUID, list[RoleGrant]] = {a.id: [] for a in page}
    for grant in await _grants(session, *grants_by_account):
        grants_by_account[grant.account_id].append(grant)
    return Slice(items=[_as_read(a, grants_by_account[a.id]) for a in page], next_cursor=next_cursor)


async def update_account(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    hashing: PasswordHashing,
    account_id: uuid.UUID,
    data: AccountUpdate,
) -> AccountRead:
    account = await _get(session, actor, account_id)
    await guard_administrator_account(session, actor, account.id)
    changes = data.model_dump(exclude_unset=True)
    before = {"email": account.email, "is_active": account.is_active, "language": account.language}
    now = clock.now()
    end_sessions = False
    if "email" in changes:
        if changes["email"] is None and account.employee_id is None:
            raise InvalidInput(
                _("An account without an employee needs an e-mail."), field="body.email", slug="account.no_login"
            )
        if changes["email"] is not None:
            await _check_email_free(session, changes["email"], account.id)
        account.email = changes["email"]
    if "language" in changes:
        account.language = changes["language"]
    if changes.get("is_active") is not None:
        account.is_active = changes["is_active"]
        end_sessions = end_sessions or not account.is_active
    if changes.get("password") is not None:
        account.password_hash = await hashing.hash_in_thread(changes["password"])
        account.password_changed_at = now
        account.failed_logins = 0
        account.locked_until = None
        end_sessions = True
    diff = audit.changed_fields(
        before, {"email": account.email, "is_active": account.is_active, "language": account.language}
    )
    if changes.get("password") is not None:
        diff["password"] = {"before": "***", "after": "***"}
    if end_sessions:
        await revoke_all_sessions(session, clock=clock, account_id=account.id)
    if diff:
        account.updated_at = now
        await session.flush()
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="account.updated",
            entity_type="account",
            entity_id=account.id,
            changes=diff,
        )
    return await _view(session, account)


async def grant_role(
    session: AsyncSession, *, actor: Actor, clock: Clock, account_id: uuid.UUID, data: RoleGrantCreate
) -> AccountRead:
    account = await _get(session, actor, account_id)
    await guard_administrator_account(session, actor, account.id)
    await _add_grant(session, actor=actor, clock=clock, account_id=account.id, data=data, field="body.org_unit_id")
    return await _view(session, account)


async def revoke_grant(
    session: AsyncSession, *, actor: Actor, clock: Clock, account_id: uuid.UUID, grant_id: uuid.UUID
) -> AccountRead:
    account = await _get(session, actor, account_id)
    await guard_administrator_account(session, actor, account.id)
    grant = await session.scalar(select(RoleGrant).where(RoleGrant.id == grant_id, RoleGrant.account_id == account.id))
    if grant is None:
        raise NotFound(_("No role grant {grant_id} on this account.", grant_id=grant_id), slug="role_grant.not_found")
    _require_admin_for(actor, grant.role)
    await session.execute(delete(RoleGrant).where(RoleGrant.id == grant.id))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="role_grant.revoked",
        entity_type="account",
        entity_id=account.id,
        changes={"grant": {"before": {"role": grant.role.value, "org_unit_id": str(grant.org_unit_id)}, "after": None}},
    )
    return await _view(session, account)
