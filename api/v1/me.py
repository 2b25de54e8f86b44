"""The signed-in person's own view."""

from __future__ import annotations

from fastapi import Request, status

from api import request_context
from api.deps import ClockDep, CurrentActor, HashingDep, SessionDep
from api.gated_router import Router
from api.problem_types import ServiceUnavailableProblem
from api.v1.responses import problems
from domain.auth import commands, queries
from domain.auth.schemas import MeRead, MeUpdate, PasswordChange

router = Router(prefix="/me", tags=["me"])


@router.get("", operation_id="me-get", response_model=MeRead, responses=problems(401, 404))
async def get_me(actor: CurrentActor, session: SessionDep) -> MeRead:
    """Who the caller is: their account, employee record (if any), role grants and language.
    Each grant names the role and the org unit it reaches (with its whole subtree); `sees_everyone` is true
    for HR, leaders and administrators. For people signed in; an account that no longer exists (or a machine
    client's token) answers 404.
    """
    return await queries.describe_me(session, actor=actor)


@router.patch(
    "",
    operation_id="me-update",
    response_model=MeRead,
    responses=problems(401, 404, 422),
    summary="Change my own settings: the language my texts are written in",
)
async def update_me(
    request: Request, body: MeUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> MeRead:
    """Changes the caller's own settings; today only the language their texts are written in.
    Send `language` as `zh-CN` or `en`, or null to return to the organisation's default. This answer is
    already in the new language, and later ones are once the next token (sign-in or refresh) carries it; a
    request whose `Accept-Language` names zh-CN or en is answered in that language instead. A real change is
    written to the audit trail.
    """
    if "language" in body.model_fields_set:  # this answer already speaks it (later ones: the next token)
        request_context.settle_language(body.language or request.app.state.settings.default_language)
    return await commands.update_me(session, actor=actor, clock=clock, data=body)


@router.put(
    "/password",
    operation_id="me-changePassword",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401, 404, 422, 503, typed=(ServiceUnavailableProblem,)),
    summary="Change my password; my other sessions end",
)
async def change_password(
    body: PasswordChange, actor: CurrentActor, session: SessionDep, clock: ClockDep, hashing: HashingDep
) -> None:
    """Changes the caller's own password after checking the current one.
    A wrong current password, or a new one equal to it, answers 422 and changes nothing. On success every
    other session of the account ends (their refresh tokens stop working); the session making the change stays
    signed in. The change is audited (the password itself never is). Password hashing is bounded: when too
    many run at once the answer is 503 with Retry-After.
    """
    await commands.change_own_password(
        session,
        clock=clock,
        hashing=hashing,
        actor=actor,
        current_password=body.current_password,
        new_password=body.new_password,
    )
