"""Idempotency-Key handling at the edge: the first answer to a key is stored with the effect and
replayed to every retry with the same body (same status, same body)."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

import asyncpg
from fastapi import Depends, Header, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from api.deps import ClockDep, CurrentActor, SessionDep
from api.errors import PROBLEM_MEDIA_TYPE, domain_problem_body
from domain.shared import idempotency
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.errors import DomainError
from domain.shared.i18n import _

HEADER = "Idempotency-Key"
Effect = TypeVar("Effect")
Answer = TypeVar("Answer", bound=BaseModel)
_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")
# A connection the server dropped (restart, failover, idle kill): the statement is tried once more
# on a fresh one. Safe because the key and its effect are one autocommit statement: if the first
# try committed, the second finds the key and replays its answer.
CONNECTION_LOST = (
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.CannotConnectNowError,
    ConnectionError,
)


# Writes a phone or a machine may retry take an optional key; a missing one just means no replay.
# (The clock-in routes declare their own, required, header.)
OptionalKey = Annotated[
    str | None,
    Header(
        alias=HEADER,
        description=(
            "Optional: a retry with the same key and body gets the first answer again (status and body, "
            "with `Idempotent-Replayed: true`) instead of a second effect. One new key (a UUID) per action."
        ),
    ),
]


class DecisionStale(Exception):
    """What `run_once_direct`'s decision read changed before its write (a compare-and-set lost to
    a concurrent request): nothing was written, nothing is stored under the key. The caller answers
    the request another way, e.g. in a transaction that locks what the decision depends on."""


def valid_key(key: str) -> bool:
    return _KEY.fullmatch(key) is not None


def require_key(key: str | None) -> str:
    if key is None:
        raise DomainError(
            _(
                "Send an Idempotency-Key header (a UUID per punch is ideal) so retries are answered, not repeated.",
            ),
            slug="idempotency.key_required",
            title=_("Idempotency-Key required"),
        )
    if not valid_key(key):
        raise DomainError(
            _("The Idempotency-Key must be 1-255 visible ASCII characters."),
            slug="idempotency.invalid_key",
            title=_("Bad key"),
        )
    return key


async def run_once(
    session: AsyncSession,
    *,
    clock: Clock,
    owner_id: uuid.UUID,
    key: str,
    operation: str,
    body: Any,
    instance: str,
    action: Callable[[], Awaitable[BaseModel]],
    success_status: int = 201,
    isolate: bool = True,
) -> tuple[int, Any, bool]:
    """(status, body, replayed). Refusals are stored too, so a retry gets the same refusal.

    Answer-first: the work is done, then the key is stored with its answer. A retry (rare) redoes
    the work and throws it away when the key turns out to be taken, then replays the stored answer;
    the common first attempt saves the lookup round trip.

    `isolate` runs the action and the key in a savepoint, so a refusal or a lost race undoes this
    item's writes alone (batches). Without it a lost race rolls back the whole transaction: cheaper,
    and right for a request that holds nothing else and whose action refuses before it writes.
    """
    fingerprint = idempotency.request_fingerprint(operation, body)
    savepoint = await session.begin_nested() if isolate else None
    try:
        result = await action()
        status, answer = success_status, result.model_dump(mode="json")
    except DomainError as exc:
        if savepoint is not None:  # undo this item's partial writes, keep the batch's others
            await savepoint.rollback()
            savepoint = await session.begin_nested()
        status, answer = exc.status, domain_problem_body(exc, instance)
    stored_first = await idempotency.remember(
        session, owner_id=owner_id, key=key, fingerprint=fingerprint, status_code=status, body=answer, now=clock.now()
    )
    if stored_first:
        if savepoint is not None:
            await savepoint.commit()
        return status, answer, False
    # The key already has an answer (a retry, or a twin that committed first): ours must not stand.
    if savepoint is not None:
        await savepoint.rollback()
    else:
        await session.rollback()
    try:
        stored = await idempotency.lookup(session, owner_id=owner_id, key=key, fingerprint=fingerprint)
    except DomainError as exc:  # the key belongs to another request: refuse this one, store nothing
        return exc.status, domain_problem_body(exc, instance), False
    assert stored is not None
    return stored.status_code, stored.body, True


@dataclass(frozen=True, slots=True)
class Replayable:
    """A write that clients may retry, as a route dependency: without a key it simply runs; with
    one, the first answer (refusals included) is stored with the effect and replayed to retries.
    The operation is the method and path, so a key reused on another object or action is a
    mismatch, not a replay."""

    request: Request
    session: AsyncSession
    clock: Clock
    actor: Actor
    key: str | None

    async def answer(
        self,
        body: Any,
        action: Callable[[], Awaitable[Answer]],
        *,
        status: int,
        isolate: bool = True,
        operation: str | None = None,
    ) -> Answer | JSONResponse:
        """`body` is what a retry must repeat (a model, or a fingerprint of what was sent);
        `isolate` undoes a refusal's writes in a savepoint (off for actions that refuse first)."""
        if self.key is None:
            return await action()
        path = self.request.url.path
        answered, answer, replayed = await run_once(
            self.session,
            clock=self.clock,
            owner_id=self.actor.account_id,
            key=require_key(self.key),
            operation=operation or f"{self.request.method} {path}",
            body=body.model_dump(mode="json") if isinstance(body, BaseModel) else body,
            instance=path,
            action=action,
            success_status=status,
            isolate=isolate,
        )
        return as_response(answered, answer, replayed)


async def replayable(
    request: Request, session: SessionDep, clock: ClockDep, actor: CurrentActor, idempotency_key: OptionalKey = None
) -> Replayable:
    return Replayable(request=request, session=session, clock=clock, actor=actor, key=idempotency_key)


ReplayableDep = Annotated[Replayable, Depends(replayable)]


async def run_once_direct(
    database: Database,
    *,
    clock: Clock,
    owner_id: uuid.UUID,
    key: str,
    operation: str,
    body: Any,
    instance: str,
    decide: Callable[[], Awaitable[tuple[BaseModel, Effect]]],
    remember: Callable[[idempotency.AnswerToStore, Effect | None], Awaitable[bool | None]],
    success_status: int = 201,
) -> tuple[int, bytes, bool]:
    """`run_once` on PostgreSQL for a single request: `decide` reads (on bare autocommit connections)
    and returns the answer with what it must write, or raises a refusal; `remember` stores the answer
    under the key with those writes in one statement, or nothing when the key is taken (False); a
    twin racing the first attempt waits inside that statement for the first one's commit. `remember`
    answers None, writing nothing, when what `decide` read has changed since (a compare-and-set
    lost to a concurrent request): then DecisionStale is raised.
    Answers (status, the body as JSON, replayed): encoded once, stored and sent as they are."""
    fingerprint = idempotency.request_fingerprint(operation, body)
    for attempt in (1, 2):
        try:
            return await _run_once_on(
                database,
                clock=clock,
                owner_id=owner_id,
                key=key,
                fingerprint=fingerprint,
                instance=instance,
                decide=decide,
                remember=remember,
                success_status=success_status,
            )
        except CONNECTION_LOST:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


async def _run_once_on(
    database: Database,
    *,
    clock: Clock,
    owner_id: uuid.UUID,
    key: str,
    fingerprint: str,
    instance: str,
    decide: Callable[[], Awaitable[tuple[BaseModel, Effect]]],
    remember: Callable[[idempotency.AnswerToStore, Effect | None], Awaitable[bool | None]],
    success_status: int,
) -> tuple[int, bytes, bool]:
    effect: Effect | None
    try:
        result, effect = await decide()
        status, answer = success_status, result.model_dump_json()
    except DomainError as exc:
        status, effect, answer = exc.status, None, _problem_json(exc, instance)
    stored_first = await remember(
        idempotency.AnswerToStore(
            owner_id=owner_id, key=key, fingerprint=fingerprint, status_code=status, body_json=answer, now=clock.now()
        ),
        effect,
    )
    if stored_first is None:
        raise DecisionStale
    if stored_first:
        return status, answer.encode(), False
    async with database.driver_connection() as connection:
        try:
            stored = await idempotency.lookup_direct(connection, owner_id=owner_id, key=key, fingerprint=fingerprint)
        except DomainError as exc:  # the key belongs to another request: refuse this one, store nothing
            return exc.status, _problem_json(exc, instance).encode(), False
    assert stored is not None
    # encoded as the session path encodes a replay (PostgreSQL renders JSONB with spaces), so a
    # retry gets the same bytes whichever path answers it
    replay = json.dumps(json.loads(stored[1]), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return stored[0], replay.encode(), True


def _problem_json(exc: DomainError, instance: str) -> str:
    """A refusal's body encoded as JSONResponse encodes it (the session path's answers)."""
    return json.dumps(domain_problem_body(exc, instance), ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def as_response(status: int, body: Any, replayed: bool) -> JSONResponse:
    return JSONResponse(
        body,
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE if status >= 400 else "application/json",
        headers={"Idempotent-Replayed": "true"} if replayed else None,
    )


def as_raw_response(status: int, content: bytes, replayed: bool) -> Response:
    """`as_response` for a body already encoded as JSON."""
    return Response(
        content,
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE if status >= 400 else "application/json",
        headers={"Idempotent-Replayed": "true"} if replayed else None,
    )
