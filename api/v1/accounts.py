"""Accounts and their role grants (administrators and HR)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, status

from api.deps import ClockDep, CurrentActor, HashingDep, SessionDep
from api.problem_types import ServiceUnavailableProblem
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.auth import accounts
from domain.people.schemas import AccountCreate, AccountRead, AccountUpdate, RoleGrantCreate
from domain.shared.pagination import Page, Slice

router = APIRouter(prefix="/accounts", tags=["accounts"])


@router.get("", operation_id="accounts-list", response_model=Page[AccountRead], responses=problems(401, 403, 422))
async def list_accounts(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[AccountRead]:
    return await accounts.list_accounts(session, actor=actor, limit=limit, cursor=cursor)


@router.post(
    "",
    operation_id="accounts-create",
    status_code=status.HTTP_201_CREATED,
    response_model=AccountRead,
    responses=problems(401, 403, 409, 422, 503, typed=(ServiceUnavailableProblem,)),
)
async def create_account(
    body: AccountCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep, hashing: HashingDep
) -> AccountRead:
    return await accounts.create_account(session, actor=actor, clock=clock, hashing=hashing, data=body)


@router.get(
    "/{account_id}", operation_id="accounts-get", response_model=AccountRead, responses=problems(401, 403, 404, 422)
)
async def get_account(account_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> AccountRead:
    return await accounts.get_account(session, actor=actor, account_id=account_id)


@router.patch(
    "/{account_id}",
    operation_id="accounts-update",
    response_model=AccountRead,
    responses=problems(401, 403, 404, 409, 422, 503, typed=(ServiceUnavailableProblem,)),
)
async def update_account(
    account_id: uuid.UUID,
    body: AccountUpdate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    hashing: HashingDep,
) -> AccountRead:
    return await accounts.update_account(
        session, actor=actor, clock=clock, hashing=hashing, account_id=account_id, data=body
    )


@router.post(
    "/{account_id}/grants",
    operation_id="accounts-grantRole",
    status_code=status.HTTP_201_CREATED,
    response_model=AccountRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def grant_role(
    account_id: uuid.UUID, body: RoleGrantCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> AccountRead:
    return await accounts.grant_role(session, actor=actor, clock=clock, account_id=account_id, data=body)


@router.delete(
    "/{account_id}/grants/{grant_id}",
    operation_id="accounts-revokeGrant",
    response_model=AccountRead,
    responses=problems(401, 403, 404, 422),
)
async def revoke_grant(
    account_id: uuid.UUID, grant_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> AccountRead:
    return await accounts.revoke_grant(session, actor=actor, clock=clock, account_id=account_id, grant_id=grant_id)
