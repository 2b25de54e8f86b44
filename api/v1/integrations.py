"""Integration clients (administrators): create with scopes and unit limits, rotate, revoke."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Response, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.auth import clients
from domain.auth.client_schemas import ClientCreate, ClientRead, ClientUpdate, ClientWithSecret, SecretRotation
from domain.shared.pagination import Page, Slice

router = Router(prefix="/integration-clients", tags=["integrationClients"])


@router.get(
    "", operation_id="integrationClients-list", response_model=Page[ClientRead], responses=problems(401, 403, 422)
)
async def list_clients(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[ClientRead]:
    """Lists machine clients (ERP, POS, HR and learning systems), oldest first, revoked ones included.
    Administrators only (403 for anyone else). Each client shows its scopes, the org units it is limited to
    (null: the whole organisation), its per-minute rate limit and the secrets that still work; secrets
    themselves are never shown again.
    """
    return await clients.list_clients(session, actor=actor, clock=clock, limit=limit, cursor=cursor)


@router.post(
    "",
    operation_id="integrationClients-create",
    status_code=status.HTTP_201_CREATED,
    response_model=ClientWithSecret,
    responses=problems(401, 403, 422),
    summary="Create a client; its secret is in this answer only",
)
async def create_client(
    body: ClientCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep, response: Response
) -> ClientWithSecret:
    """Creates a machine client with its scopes, optional org-unit limits and rate limit.
    Administrators only (403). The answer carries `client_secret` (sent with `Cache-Control: no-store`): it is
    shown this once and only its hash is kept. The `id` is the client_id for the client_credentials grant of
    POST /auth/token. `unit_ids` limits the client to those units' subtrees; unknown units answer 422.
    Audited.
    """
    response.headers["Cache-Control"] = "no-store"
    return await clients.create_client(session, actor=actor, clock=clock, data=body)


@router.get(
    "/{client_id}",
    operation_id="integrationClients-get",
    response_model=ClientRead,
    responses=problems(401, 403, 404, 422),
)
async def get_client(client_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> ClientRead:
    """Reads one machine client with its secrets that still work (ids and expiry, never the secret itself).
    Administrators only (403); an unknown id answers 404.
    """
    return await clients.get_client(session, actor=actor, clock=clock, client_id=client_id)


@router.patch(
    "/{client_id}",
    operation_id="integrationClients-update",
    response_model=ClientRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Change name, scopes, units or rate limit (new tokens carry the change)",
)
async def update_client(
    client_id: uuid.UUID, body: ClientUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ClientRead:
    """Changes a client's name, scopes, org-unit limits or rate limit; only the fields sent change.
    Administrators only (403). Scope and unit changes reach the tokens issued afterwards (tokens already
    issued keep theirs until they expire); a new rate limit counts from the next request. `unit_ids: null`
    lifts the unit limits; `scopes`, `name` and `rate_limit_per_minute` cannot be null (422). A revoked client
    cannot be changed (409). Audited.
    """
    return await clients.update_client(session, actor=actor, clock=clock, client_id=client_id, data=body)


@router.post(
    "/{client_id}/secrets",
    operation_id="integrationClients-rotateSecret",
    status_code=status.HTTP_201_CREATED,
    response_model=ClientWithSecret,
    responses=problems(401, 403, 404, 409, 422),
    summary="Issue a new secret; the current ones keep working through the grace period",
)
async def rotate_secret(
    client_id: uuid.UUID,
    body: SecretRotation,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    response: Response,
) -> ClientWithSecret:
    """Issues a new secret for the client; the ones in use keep working until the grace period ends.
    Administrators only (403). `grace_period_minutes` (default one day; 0 ends the old secrets now) never
    lengthens a shorter end set by an earlier rotation. The new secret is in this answer only, sent with
    `Cache-Control: no-store`. A revoked client gets no new secret (409). Audited.
    """
    response.headers["Cache-Control"] = "no-store"
    return await clients.rotate_secret(session, actor=actor, clock=clock, client_id=client_id, data=body)


@router.post(
    "/{client_id}/revoke",
    operation_id="integrationClients-revoke",
    response_model=ClientRead,
    responses=problems(401, 403, 404, 422),
    summary="Revoke: its tokens stop working at once, its secrets for good",
)
async def revoke_client(client_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> ClientRead:
    """Revokes a machine client: its tokens stop working at its next request, its secrets for good.
    Administrators only (403). Revoking is final and revoking twice changes nothing; the client and its audit
    history remain readable. Audited.
    """
    return await clients.revoke_client(session, actor=actor, clock=clock, client_id=client_id)
