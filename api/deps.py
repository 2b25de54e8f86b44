"""Request dependencies: the transaction, the caller, the clock and the app's collaborators.

All are `async def`: FastAPI runs plain `def` dependencies in a thread pool, a costly hop on hot paths.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from api import request_context
from api.security import JoseTokens
from api.settings import Settings
from domain.attendance.punching import PunchPolicy
from domain.auth import clients as integration_clients
from domain.auth.passwords import PasswordHashing
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.errors import DomainError, Unauthorized
from domain.shared.i18n import _
from domain.shared.sealing import Sealer

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


async def get_clock(request: Request) -> Clock:
    clock: Clock = request.app.state.clock
    return clock


async def get_tokens(request: Request) -> JoseTokens:
    tokens: JoseTokens = request.app.state.tokens
    return tokens


async def get_punch_policy(request: Request) -> PunchPolicy:
    policy: PunchPolicy = request.app.state.punch_policy
    return policy


async def get_sealer(request: Request) -> Sealer:
    sealer: Sealer = request.app.state.sealer
    return sealer


async def get_hashing(request: Request) -> PasswordHashing:
    hashing: PasswordHashing = request.app.state.hashing
    return hashing


async def get_session(database: Annotated[Database, Depends(get_database)]) -> AsyncIterator[AsyncSession]:
    """The request owns the transaction: commit when the route returns, roll back when it raises
    (except refusals that must keep their side effects, such as a counted failed sign-in)."""
    async with database.sessionmaker() as session:
        try:
            yield session
        except DomainError as exc:
            if exc.preserve_changes:
                await session.commit()
            else:
                await session.rollback()
            raise
        except BaseException:
            await session.rollback()
            raise
        else:
            await session.commit()


def authenticate(tokens: JoseTokens, token: str, *, request_id: str | None) -> Actor:
    """The bearer token's actor, speaking the request's language: what every route's actor and the
    clock-in lane (api.v1.clock_ins.PunchLane) share. Raises Unauthorized for a bad token."""
    actor = tokens.actor_from_access_token(token, request_id=request_id)
    return actor.speaking(request_context.settle_language(actor.language))


async def get_actor(
    request: Request,
    token: Annotated[str | None, Depends(oauth2_scheme)],
    tokens: Annotated[JoseTokens, Depends(get_tokens)],
) -> Actor:
    """People are trusted for their token's lifetime; machine clients are checked on every request
    (revocation, per-client rate limit)."""
    if not token:
        raise Unauthorized(_("Send an access token: Authorization: Bearer <token>."), slug="auth.missing_token")
    actor = authenticate(tokens, token, request_id=getattr(request.state, "request_id", None))
    if actor.is_client:
        await integration_clients.admit_request(
            request.app.state.database, clock=request.app.state.clock, client_id=actor.account_id
        )
    return actor


SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
ClockDep = Annotated[Clock, Depends(get_clock)]
CurrentActor = Annotated[Actor, Depends(get_actor)]
TokensDep = Annotated[JoseTokens, Depends(get_tokens)]
HashingDep = Annotated[PasswordHashing, Depends(get_hashing)]
PunchPolicyDep = Annotated[PunchPolicy, Depends(get_punch_policy)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_database)]
SealerDep = Annotated[Sealer, Depends(get_sealer)]
