"""The audit trail, read-only, for HR and administrators."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query

from api.deps import CurrentActor, SessionDep
from api.gated_router import Router
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.shared import audit
from domain.shared.audit import AuditEntry, AuditEntryRead
from domain.shared.pagination import Page, Slice
from domain.shared.schemas import NO_NUL_PATTERN, IsoDateTime

router = Router(prefix="/audit", tags=["audit"])


@router.get("", operation_id="audit-list", response_model=Page[AuditEntryRead], responses=problems(401, 403, 422))
async def list_audit_entries(
    actor: CurrentActor,
    session: SessionDep,
    entity_type: Annotated[str | None, Query(max_length=64, pattern=NO_NUL_PATTERN)] = None,
    entity_id: Annotated[str | None, Query(max_length=64, pattern=NO_NUL_PATTERN)] = None,
    actor_id: uuid.UUID | None = None,
    action: Annotated[str | None, Query(max_length=64, pattern=NO_NUL_PATTERN)] = None,
    occurred_from: Annotated[
        IsoDateTime | None, Query(alias="from", description="Inclusive, ISO 8601 with offset")
    ] = None,
    occurred_to: Annotated[IsoDateTime | None, Query(alias="to", description="Exclusive, ISO 8601 with offset")] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[AuditEntry]:
    """Lists audit entries, newest first: who changed what, when, and through which request.
    HR and administrators only (403 for anyone else). Every filter is an exact match; `from` is inclusive and
    `to` exclusive. Entries are never changed or deleted by the application. `request_id` ties an entry to the
    `X-Request-ID` of the request that made it.
    """
    return await audit.list_entries(
        session,
        actor=actor,
        entity_type=entity_type,
        entity_id=entity_id,
        actor_id=actor_id,
        action=action,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
        limit=limit,
        cursor=cursor,
    )
