"""Accounts and their role grants (administrators and HR)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import status

from api.deps import ClockDep, CurrentActor, HashingDep, SessionDep
from api.gated_router import Router
from api.problem_types import ServiceUnavailableProblem
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.auth import accounts
from domain.people.schemas import AccountCreate, AccountRead, AccountUpdate, RoleGrantCreate
from domain.shared.pagination import Page, Slice

router = Router(prefix="/accounts", tags=["accounts"])


@router.get("", operation_id="accounts-list", response_model=Page[AccountRead], responses=problems(401, 403, 422))
async def list_accounts(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[AccountRead]:
    """Lists sign-in accounts with their role grants, oldest first.
    HR and administrators only (403 for anyone else).
    """
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
    """Creates a sign-in account for an employee, for an e-mail, or both, with its first password.
    HR and administrators; only an administrator may include the `admin` role (403). Without `grants`, an
    employee's account gets `employee` over the employee's home unit (an e-mail-only account gets none). The
    employee must exist (422) and have no account yet (409); the e-mail must not sign in to another account
    (409). The account and each grant are written to the audit trail. Password hashing is bounded: when too
    many run at once the answer is 503 with Retry-After.
    """
    return await accounts.create_account(session, actor=actor, clock=clock, hashing=hashing, data=body)


@router.get(
    "/{account_id}", operation_id="accounts-get", response_model=AccountRead, responses=problems(401, 403, 404, 422)
)
async def get_account(account_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> AccountRead:
    """Reads one account with its role grants.
    HR and administrators only (403 for anyone else); an unknown id answers 404.
    """
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
    """Changes an account's e-mail, language, active flag or password; only the fields sent change.
    HR and administrators; an administrator's account only an administrator may change (403). Deactivating the
    account or setting a new password ends all of its sessions (refresh tokens stop working; an access token
    already issued lasts until it expires). An account without an employee cannot lose its e-mail (422); an
    e-mail used by another account answers 409. Changes are audited (passwords never appear). Password hashing
    is bounded: 503 with Retry-After when too many run at once.
    """
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
    """Grants the account a role over an org unit, which reaches that unit and its whole subtree.
    HR and administrators; only an administrator grants `admin` or changes an administrator's account (403).
    An unknown unit answers 422, a grant the account already holds 409. Audited. Tokens carry the grants, so
    the holder gets the new role at their next sign-in or token refresh.
    """
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
    """Removes one role grant from the account and returns the account with the grants it keeps.
    HR and administrators; only an administrator revokes `admin` or changes an administrator's account (403).
    A grant that is not on this account answers 404. Audited. Tokens already issued keep the role until the
    holder's next token refresh (at most one access-token lifetime).
    """
    return await accounts.revoke_grant(session, actor=actor, clock=clock, account_id=account_id, grant_id=grant_id)
