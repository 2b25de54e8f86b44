"""Sign-in, token rotation, sign-out, and the signed-in person's changes to their own account
(password, language); queries.py reads the person's own view.

Access tokens are short-lived and carry the grants, so requests do not re-read the account; grant
changes and deactivation take effect at the next refresh (at most one access-token lifetime).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth import sign_in_counters as counters
from domain.auth import throttling
from domain.auth.models import RefreshToken
from domain.auth.passwords import PasswordHashing
from domain.auth.queries import describe_me
from domain.auth.schemas import MeRead, MeUpdate
from domain.people.models import Account, Employee, EmployeeStatus, RoleGrant
from domain.shared import audit
from domain.shared.actor import Actor, Grant
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.errors import InvalidInput, NotFound, Unauthorized
from domain.shared.i18n import _


@dataclass(frozen=True, slots=True)
class SessionTokens:
    access_token: str
    access_expires_in: int
    refresh_token: str
    refresh_expires_in: int


class TokenIssuer(Protocol):
    """Implemented at the edge (api/security.py), where the JOSE library lives."""

    refresh_ttl: timedelta

    def access_token(
        self,
        *,
        account_id: uuid.UUID,
        employee_id: uuid.UUID | None,
        grants: tuple[Grant, ...],
        session_id: uuid.UUID,
        now: datetime,
        language: str | None = None,
    ) -> tuple[str, int]: ...

    def refresh_token(
        self, *, account_id: uuid.UUID, token_id: uuid.UUID, session_id: uuid.UUID, now: datetime, expires_at: datetime
    ) -> str: ...


def token_digest(raw_token: str) -> str:
    return hashlib.sha256(raw_token.encode()).hexdigest()


def invalid_credentials(*, preserve_changes: bool = False) -> Unauthorized:
    return Unauthorized(
        _("The user name or password is wrong."), slug="auth.invalid_credentials", preserve_changes=preserve_changes
    )


async def load_grants(session: AsyncSession, account_id: uuid.UUID) -> tuple[Grant, ...]:
    rows = await session.execute(
        select(RoleGrant.role, RoleGrant.org_unit_id)
        .where(RoleGrant.account_id == account_id)
        .order_by(RoleGrant.role, RoleGrant.org_unit_id)
    )
    return tuple(Grant(role=role, org_unit_id=unit_id) for role, unit_id in rows)


async def _find_account(session: AsyncSession, username: str) -> Account | None:
    name = username.strip()
    return await session.scalar(
        select(Account)
        .outerjoin(Employee, Employee.id == Account.employee_id)
        .where(or_(Account.email == name.lower(), Employee.employee_no == name))
        .limit(1)
    )


async def _account_usable(session: AsyncSession, account: Account) -> bool:
    if not account.is_active:
        return False
    if account.employee_id is None:
        return True
    status = await session.scalar(select(Employee.status).where(Employee.id == account.employee_id))
    return status is not None and status != EmployeeStatus.LEFT


async def _issue(
    session: AsyncSession,
    *,
    clock: Clock,
    issuer: TokenIssuer,
    account: Account,
    session_id: uuid.UUID,
) -> SessionTokens:
    now = clock.now()
    grants = await load_grants(session, account.id)
    access, access_ttl = issuer.access_token(
        account_id=account.id,
        employee_id=account.employee_id,
        grants=grants,
        session_id=session_id,
        now=now,
        language=account.language,
    )
    token_id = uuid.uuid4()
    expires_at = now + issuer.refresh_ttl
    raw_refresh = issuer.refresh_token(
        account_id=account.id, token_id=token_id, session_id=session_id, now=now, expires_at=expires_at
    )
    session.add(
        RefreshToken(
            id=token_id,
            family_id=session_id,
            account_id=account.id,
            token_hash=token_digest(raw_refresh),
            issued_at=now,
            expires_at=expires_at,
        )
    )
    await session.flush()
    return SessionTokens(access, access_ttl, raw_refresh, int(issuer.refresh_ttl.total_seconds()))


@dataclass(frozen=True, slots=True)
class _Candidate:
    """The account a name reaches, as read while admitting the attempt."""

    account_id: uuid.UUID
    password_hash: str


async def _admit_attempt(
    database: Database, *, clock: Clock, username: str, client_address: str | None
) -> tuple[_Candidate | None, str, str | None]:
    """Counts the attempt per client address and per name (not per name from an address the
    account signed in from before), in a transaction of its own committed before any password is
    checked; raises TooManyAttempts, alike for real and unknown names, when it must wait.
    Returns the account (if the name is one), the address counter and the name counter used."""
    now = clock.now()
    address_key = throttling.address_key(client_address)
    async with database.session_scope() as session:
        account = await _find_account(session, username)
        name_key: str | None = throttling.name_key(account.id if account else None, username)
        if account is not None and await counters.is_known_address(
            session, account_id=account.id, address=throttling.known_address(address_key), now=now
        ):
            name_key = None
        limits = [(address_key, throttling.PER_ADDRESS)]
        if name_key is not None:
            limits.append((name_key, throttling.PER_NAME))
        await counters.admit(session, now=now, counters=limits)
    candidate = _Candidate(account.id, account.password_hash) if account is not None else None
    return candidate, address_key, name_key


async def sign_in(
    session: AsyncSession,
    *,
    database: Database,
    clock: Clock,
    issuer: TokenIssuer,
    hashing: PasswordHashing,
    username: str,
    password: str,
    client_address: str | None,
) -> SessionTokens:
    """Password sign-in by e-mail or employee number. Attempts are throttled, never locked out
    (throttling.py): counted before the password is checked, answered alike for real and unknown
    names. The password is checked in a worker thread, with no transaction open."""
    candidate, address_key, name_key = await _admit_attempt(
        database, clock=clock, username=username, client_address=client_address
    )
    if candidate is None:
        await hashing.spend_time_on_decoy_in_thread(password)
        raise invalid_credentials()
    if not await hashing.verify_in_thread(candidate.password_hash, password):
        raise invalid_credentials()
    rehashed = await hashing.hash_in_thread(password) if hashing.needs_rehash(candidate.password_hash) else None
    account = await session.get(Account, candidate.account_id)
    if account is None:
        raise invalid_credentials()
    now = clock.now()
    await counters.succeeded(session, now=now, account_id=account.id, address_key=address_key, name_key=name_key)
    if not await _account_usable(session, account):
        raise Unauthorized(_("This account is disabled."), slug="auth.account_disabled", preserve_changes=True)
    if rehashed is not None:
        account.password_hash = rehashed
    account.last_login_at = now
    return await _issue(session, clock=clock, issuer=issuer, account=account, session_id=uuid.uuid4())


async def _revoke_family(session: AsyncSession, family_id: uuid.UUID, now: datetime) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )


async def rotate_refresh_token(
    session: AsyncSession,
    *,
    clock: Clock,
    issuer: TokenIssuer,
    token_id: uuid.UUID,
    session_id: uuid.UUID,
    raw_token: str,
) -> SessionTokens:
    """Spend a refresh token for a new pair. A spent token presented again revokes its family."""
    now = clock.now()
    stale = Unauthorized(_("The refresh token is not valid; sign in again."), slug="auth.invalid_refresh_token")
    row = await session.get(RefreshToken, token_id)
    if row is None or row.family_id != session_id or row.token_hash != token_digest(raw_token):
        raise stale
    if row.revoked_at is not None or row.expires_at <= now:
        raise stale
    spent = await session.execute(
        update(RefreshToken).where(RefreshToken.id == token_id, RefreshToken.used_at.is_(None)).values(used_at=now)
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        await _revoke_family(session, session_id, now)
        raise Unauthorized(
            _("This refresh token was already used; every session it belongs to has been ended."),
            slug="auth.refresh_token_reused",
            preserve_changes=True,
        )
    account = await session.get(Account, row.account_id)
    if account is None or not await _account_usable(session, account):
        await _revoke_family(session, session_id, now)
        raise Unauthorized(_("This account is disabled."), slug="auth.account_disabled", preserve_changes=True)
    return await _issue(session, clock=clock, issuer=issuer, account=account, session_id=session_id)


async def sign_out(session: AsyncSession, *, clock: Clock, actor: Actor) -> None:
    """Ends the actor's session: its refresh tokens stop working at once."""
    if actor.session_id is not None:
        await _revoke_family(session, actor.session_id, clock.now())


async def revoke_all_sessions(session: AsyncSession, *, clock: Clock, account_id: uuid.UUID) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.account_id == account_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=clock.now())
    )


async def change_own_password(
    session: AsyncSession,
    *,
    clock: Clock,
    hashing: PasswordHashing,
    actor: Actor,
    current_password: str,
    new_password: str,
) -> None:
    """Changing one's password ends every other session of the account."""
    account = await session.get(Account, actor.account_id)
    if account is None:
        raise NotFound(_("The account no longer exists."), slug="account.not_found")
    if not await hashing.verify_in_thread(account.password_hash, current_password):
        raise InvalidInput(
            _("The current password is wrong."), field="body.current_password", slug="auth.invalid_credentials"
        )
    if current_password == new_password:
        raise InvalidInput(
            _("The new password must differ from the current one."),
            field="body.new_password",
            slug="auth.password_reused",
        )
    now = clock.now()
    account.password_hash = await hashing.hash_in_thread(new_password)
    account.password_changed_at = now
    account.updated_at = now
    await session.execute(
        update(RefreshToken)
        .where(
            RefreshToken.account_id == account.id,
            RefreshToken.revoked_at.is_(None),
            RefreshToken.family_id != (actor.session_id or uuid.UUID(int=0)),
        )
        .values(revoked_at=now)
    )
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="account.password_changed",
        entity_type="account",
        entity_id=account.id,
        changes={"password": {"before": "***", "after": "***"}},
    )


async def update_me(session: AsyncSession, *, actor: Actor, clock: Clock, data: MeUpdate) -> MeRead:
    """A person sets their own language; the next token (sign-in or refresh) carries it, and this
    answer is already in it unless Accept-Language asks otherwise."""
    account = await session.get(Account, actor.account_id)
    if account is None:
        raise NotFound(_("The account no longer exists."), slug="account.not_found")
    changes = data.model_dump(exclude_unset=True)
    if "language" in changes and changes["language"] != account.language:
        before = account.language
        account.language = changes["language"]
        account.updated_at = clock.now()
        await session.flush()
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="account.updated",
            entity_type="account",
            entity_id=account.id,
            changes={"language": {"before": before, "after": account.language}},
        )
    return await describe_me(session, actor=actor)
