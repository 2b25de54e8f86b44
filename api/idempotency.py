"""Idempotency-Key handling at the edge: the first answer to a key is stored with the effect and
replayed to every retry with the same body (same status, same body)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from api.errors import PROBLEM_MEDIA_TYPE, domain_problem_body
from domain.shared import idempotency
from domain.shared.clock import Clock
from domain.shared.errors import DomainError

HEADER = "Idempotency-Key"
_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")


def require_key(key: str | None) -> str:
    if key is None:
        raise DomainError(
            f"Send an {HEADER} header (a UUID per punch is ideal) so retries are answered, not repeated.",
            slug="idempotency.key_required",
            title="Idempotency-Key required",
        )
    if not _KEY.fullmatch(key):
        raise DomainError(
            f"The {HEADER} must be 1-255 visible ASCII characters.", slug="idempotency.invalid_key", title="Bad key"
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
) -> tuple[int, Any, bool]:
    """(status, body, replayed). Refusals are stored too, so a retry gets the same refusal; the
    action's own writes are undone by a savepoint when it refuses."""
    try:
        stored = await idempotency.claim(
            session,
            owner_id=owner_id,
            key=key,
            fingerprint=idempotency.request_fingerprint(operation, body),
            now=clock.now(),
        )
    except DomainError as exc:  # the key belongs to another request: refuse this one, store nothing
        return exc.status, domain_problem_body(exc, instance), False
    if stored is not None:
        return stored.status_code, stored.body, True
    try:
        async with session.begin_nested():
            result = await action()
        status, answer = success_status, result.model_dump(mode="json")
    except DomainError as exc:
        status, answer = exc.status, domain_problem_body(exc, instance)
    await idempotency.complete(session, owner_id=owner_id, key=key, status_code=status, body=answer)
    return status, answer, False


def as_response(status: int, body: Any, replayed: bool) -> JSONResponse:
    return JSONResponse(
        body,
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE if status >= 400 else "application/json",
        headers={"Idempotent-Replayed": "true"} if replayed else None,
    )
