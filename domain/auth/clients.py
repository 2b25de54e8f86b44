"""Integration clients: administrators create them with scopes and unit limits, rotate their
secrets (the previous one keeps working through a grace period) and revoke them.

Secrets are 256 random bits shown once; only their SHA-256 is stored (a slow hash adds nothing for
secrets that cannot be guessed, and costs every token request). Every request made with a client
token passes `admit_request`, which refuses revoked clients at once (not at token expiry) and counts
the request against the client's per-minute limit in the database, shared by every replica.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.client_models import ClientSecret, IntegrationClient, RateWindow
from domain.auth.client_schemas import (
    ClientCreate,
    ClientRead,
    ClientUpdate,
    ClientWithSecret,
    SecretInfo,
    SecretRotation,
)
from domain.auth.scopes import Scope
from domain.org.models import OrgUnit
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.errors import Conflict, DomainError, InvalidInput, NotFound, Unauthorized
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, timestamp_cursor
from domain.shared.upsert import PerDatabase

SECRET_PREFIX = "flcs_"
RATE_WINDOW = timedelta(minutes=1)
RATE_WINDOWS_KEPT = timedelta(hours=1)


class RateLimited(DomainError):
    status = 429
    slug = "rate_limited"
    title = _("Too many requests")


@dataclass(frozen=True, slots=True)
class AuthenticatedClient:
    client_id: uuid.UUID
    scopes: tuple[str, ...]
    unit_ids: tuple[uuid.UUID, ...] | None


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _require_admin(actor: Actor) -> None:
    require_role(
        actor, Role.ADMIN, refusal=_("Only administrators manage integration clients."), slug="integrations.admin_only"
    )


async def _check_units(session: AsyncSession, unit_ids: list[uuid.UUID] | None) -> None:
    if not unit_ids:
        return
    found = set((await session.scalars(select(OrgUnit.id).where(OrgUnit.id.in_(unit_ids)))).all())
    for index, unit_id in enumerate(unit_ids):
        if unit_id not in found:
            raise InvalidInput(_("Org unit {unit_id} does not exist.", unit_id=unit_id), field=f"body.unit_ids.{index}")


async def _secrets(session: AsyncSession, client_ids: list[uuid.UUID], now: datetime) -> dict[uuid.UUID, list[Any]]:
    rows = await session.scalars(
        select(ClientSecret)
        .where(
            ClientSecret.client_id.in_(client_ids),
            or_(ClientSecret.expires_at.is_(None), ClientSecret.expires_at > now),
        )
        .order_by(ClientSecret.created_at.desc(), ClientSecret.id)
    )
    found: dict[uuid.UUID, list[Any]] = {client_id: [] for client_id in client_ids}
    for secret in rows:
        found[secret.client_id].append(
            SecretInfo(id=secret.id, created_at=secret.created_at, expires_at=secret.expires_at)
        )
    return found


def _as_read(client: IntegrationClient, secret_infos: list[Any]) -> ClientRead:
    return ClientRead(
        id=client.id,
        name=client.name,
        scopes=[Scope(s) for s in client.scopes],
        unit_ids=[uuid.UUID(u) for u in client.unit_ids] if client.unit_ids is not None else None,
        rate_limit_per_minute=client.rate_limit_per_minute,
        created_at=client.created_at,
        updated_at=client.updated_at,
        revoked_at=client.revoked_at,
        secrets=secret_infos,
    )


def _new_secret(client_id: uuid.UUID, now: datetime) -> tuple[str, ClientSecret]:
    raw = SECRET_PREFIX + secrets.token_urlsafe(32)
    return raw, ClientSecret(client_id=client_id, secret_hash=_digest(raw), created_at=now, expires_at=None)


async def create_client(session: AsyncSession, *, actor: Actor, clock: Clock, data: ClientCreate) -> ClientWithSecret:
    _require_admin(actor)
    await _check_units(session, data.unit_ids)
    now = clock.now()
    client = IntegrationClient(
        id=uuid.uuid4(),
        name=data.name,
        scopes=[s.value for s in data.scopes],
        unit_ids=[str(u) for u in data.unit_ids] if data.unit_ids is not None else None,
        rate_limit_per_minute=data.rate_limit_per_minute,
        created_by=actor.account_id,
        created_at=now,
        updated_at=now,
    )
    raw, secret = _new_secret(client.id, now)
    session.add(client)
    await session.flush()
    session.add(secret)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="integration_client.created",
        entity_type="integration_client",
        entity_id=client.id,
        changes={"name": client.name, "scopes": client.scopes, "unit_ids": client.unit_ids},
    )
    read = _as_read(client, [SecretInfo(id=secret.id, created_at=now, expires_at=None)])
    return ClientWithSecret(**read.model_dump(), client_secret=raw)


async def _get(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *, lock: bool = False) -> IntegrationClient:
    _require_admin(actor)
    query = select(IntegrationClient).where(IntegrationClient.id == client_id)
    client = await session.scalar(query.with_for_update() if lock else query)
    if client is None:
        raise NotFound(_("No such integration client."))
    return client


async def get_client(session: AsyncSession, *, actor: Actor, clock: Clock, client_id: uuid.UUID) -> ClientRead:
    client = await _get(session, actor, client_id)
    return _as_read(client, (await _secrets(session, [client.id], clock.now()))[client.id])


async def list_clients(
    session: AsyncSession, *, actor: Actor, clock: Clock, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[ClientRead]:
    _require_admin(actor)
    query = select(IntegrationClient).order_by(IntegrationClient.created_at, IntegrationClient.id).limit(limit + 1)
    if cursor is not None:
        query = query.where(
            after_cursor(cursor, IntegrationClient.created_at, IntegrationClient.id, newest_first=False)
        )
    rows = list((await session.scalars(query)).all())
    page = rows[:limit]
    infos = await _secrets(session, [c.id for c in page], clock.now())
    next_cursor = timestamp_cursor(page[-1].created_at, page[-1].id) if len(rows) > limit else None
    return Slice(items=[_as_read(c, infos[c.id]) for c in page], next_cursor=next_cursor)


def _settings(client: IntegrationClient) -> dict[str, Any]:
    return {
        "name": client.name,
        "scopes": client.scopes,
        "unit_ids": client.unit_ids,
        "rate_limit_per_minute": client.rate_limit_per_minute,
    }


async def update_client(
    session: AsyncSession, *, actor: Actor, clock: Clock, client_id: uuid.UUID, data: ClientUpdate
) -> ClientRead:
    """Scope and unit changes apply to tokens issued afterwards (at most one token lifetime)."""
    client = await _get(session, actor, client_id, lock=True)
    if client.revoked_at is not None:
        raise Conflict(_("A revoked client cannot be changed."), slug="integration_client.revoked")
    changes = data.model_dump(exclude_unset=True)
    if "scopes" in changes and data.scopes is None:
        raise InvalidInput(_("A client needs at least one scope."), field="body.scopes")
    if "name" in changes and data.name is None:
        raise InvalidInput(_("A client needs a name."), field="body.name")
    if "rate_limit_per_minute" in changes and data.rate_limit_per_minute is None:
        raise InvalidInput(_("Give a limit of at least 1."), field="body.rate_limit_per_minute")
    await _check_units(session, data.unit_ids)
    before = _settings(client)
    if data.name is not None:
        client.name = data.name
    if data.scopes is not None:
        client.scopes = [s.value for s in data.scopes]
    if "unit_ids" in changes:
        client.unit_ids = [str(u) for u in data.unit_ids] if data.unit_ids is not None else None
    if data.rate_limit_per_minute is not None:
        client.rate_limit_per_minute = data.rate_limit_per_minute
    client.updated_at = clock.now()
    after = _settings(client)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="integration_client.updated",
        entity_type="integration_client",
        entity_id=client.id,
        changes=audit.changed_fields(before, after),
    )
    return _as_read(client, (await _secrets(session, [client.id], clock.now()))[client.id])


async def rotate_secret(
    session: AsyncSession, *, actor: Actor, clock: Clock, client_id: uuid.UUID, data: SecretRotation
) -> ClientWithSecret:
    """A new secret now; the ones in use keep working until the grace period ends (a shorter end
    already set by an earlier rotation is kept)."""
    client = await _get(session, actor, client_id, lock=True)
    if client.revoked_at is not None:
        raise Conflict(_("A revoked client cannot get a new secret."), slug="integration_client.revoked")
    now = clock.now()
    grace_end = now + timedelta(minutes=data.grace_period_minutes)
    await session.execute(
        update(ClientSecret)
        .where(
            ClientSecret.client_id == client.id,
            or_(ClientSecret.expires_at.is_(None), ClientSecret.expires_at > grace_end),
        )
        .values(expires_at=grace_end)
    )
    raw, secret = _new_secret(client.id, now)
    session.add(secret)
    client.updated_at = now
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="integration_client.secret_rotated",
        entity_type="integration_client",
        entity_id=client.id,
        changes={
            "grace_period_minutes": data.grace_period_minutes,
            "previous_secrets_expire_at": grace_end.isoformat(),
        },
    )
    read = _as_read(client, (await _secrets(session, [client.id], now))[client.id])
    return ClientWithSecret(**read.model_dump(), client_secret=raw)


async def revoke_client(session: AsyncSession, *, actor: Actor, clock: Clock, client_id: uuid.UUID) -> ClientRead:
    """Its tokens stop working at the next request; its secrets never work again."""
    client = await _get(session, actor, client_id, lock=True)
    now = clock.now()
    if client.revoked_at is None:
        client.revoked_at = now
        client.updated_at = now
        await session.execute(
            update(ClientSecret)
            .where(
                ClientSecret.client_id == client.id,
                or_(ClientSecret.expires_at.is_(None), ClientSecret.expires_at > now),
            )
            .values(expires_at=now)
        )
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="integration_client.revoked",
            entity_type="integration_client",
            entity_id=client.id,
            changes={},
        )
    return _as_read(client, (await _secrets(session, [client.id], now))[client.id])


def invalid_client() -> Unauthorized:
    return Unauthorized(_("The client id or secret is wrong, expired or revoked."), slug="auth.invalid_client")


async def authenticate(
    session: AsyncSession, *, clock: Clock, client_id: str, client_secret: str
) -> AuthenticatedClient:
    """The client_credentials grant: a live secret of a live client."""
    try:
        parsed_id = uuid.UUID(client_id)
    except ValueError:
        raise invalid_client() from None
    now = clock.now()
    client = await session.scalar(
        select(IntegrationClient)
        .join(ClientSecret, ClientSecret.client_id == IntegrationClient.id)
        .where(
            IntegrationClient.id == parsed_id,
            IntegrationClient.revoked_at.is_(None),
            ClientSecret.secret_hash == _digest(client_secret),
            or_(ClientSecret.expires_at.is_(None), ClientSecret.expires_at > now),
        )
    )
    if client is None:
        raise invalid_client()
    return AuthenticatedClient(
        client_id=client.id,
        scopes=tuple(client.scopes),
        unit_ids=tuple(uuid.UUID(u) for u in client.unit_ids) if client.unit_ids is not None else None,
    )


def narrow_scopes(granted: tuple[str, ...], requested: str | None) -> tuple[str, ...]:
    """RFC 6749 section 3.3: a token may ask for fewer scopes than the client holds, never more."""
    if requested is None or not requested.strip():
        return granted
    asked = tuple(dict.fromkeys(requested.split()))
    missing = [s for s in asked if s not in granted]
    if missing:
        raise DomainError(
            _("This client does not hold: {scopes}.", scopes=", ".join(missing)),
            slug="auth.invalid_scope",
            title=_("Invalid scope"),
        )
    return asked


rate_windows = cast(Table, RateWindow.__table__)
_COUNT_HIT = PerDatabase(
    lambda insert: (
        insert(rate_windows)
        .on_conflict_do_update(index_elements=["client_id", "window_start"], set_={"hits": rate_windows.c.hits + 1})
        .returning(rate_windows.c.hits)
    )
)
_CLIENT_STATE = select(IntegrationClient.revoked_at, IntegrationClient.rate_limit_per_minute)


async def admit_request(database: Database, *, clock: Clock, client_id: uuid.UUID) -> None:
    """Count this request in the client's current one-minute window, in its own short transaction
    (a refused request still counts, and the count survives the request's rollback)."""
    now = clock.now()
    window_start = now.replace(second=0, microsecond=0)
    async with database.session_scope() as session:
        state = (await session.execute(_CLIENT_STATE.where(IntegrationClient.id == client_id))).first()
        if state is None or state.revoked_at is not None:
            raise Unauthorized(_("This integration client has been revoked."), slug="auth.client_revoked")
        connection = await session.connection()
        statement = _COUNT_HIT.on(connection).values(client_id=client_id, window_start=window_start, hits=1)
        hits = (await connection.execute(statement)).scalar_one()
    if hits > state.rate_limit_per_minute:
        retry_after = max(1, int((window_start + RATE_WINDOW - now).total_seconds() + 0.999))
        raise RateLimited(
            _(
                "This client may make {rate_limit_per_minute} requests a minute; retry in {retry_after} s.",
                rate_limit_per_minute=state.rate_limit_per_minute,
                retry_after=retry_after,
            ),
            retry_after_s=retry_after,
            limit_per_minute=state.rate_limit_per_minute,
        )


async def purge_rate_windows(database: Database, clock: Clock) -> int:
    """Worker job: forget windows older than an hour."""
    async with database.session_scope() as session:
        result = await session.execute(
            delete(RateWindow).where(RateWindow.window_start < clock.now() - RATE_WINDOWS_KEPT)
        )
    return int(getattr(result, "rowcount", 0) or 0)
