"""Integration clients (administrators): create with scopes and unit limits, rotate, revoke."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Response, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.auth import clients
from domain.auth.client_schemas import ClientCreate, ClientRead, ClientUpdate, ClientWithSecret, SecretRotation
from domain.shared.pagination import Page, Slice

router = APIRouter(prefix="/integration-clients", tags=["integrationClients"])


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
    response.headers["Cache-Control"] = "no-store"
    return await clients.create_client(session, actor=actor, clock=clock, data=body)


@router.get(
    "/{client_id}",
    operation_id="integrationClients-get",
    response_model=ClientRead,
    responses=problems(401, 403, 404, 422),
)
async def get_client(client_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> ClientRead:
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
    return await clients.revoke_client(session, actor=actor, clock=clock, client_id=client_id)
