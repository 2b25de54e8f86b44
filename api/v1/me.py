"""The signed-in person's own view."""

from __future__ import annotations

from fastapi import APIRouter, Request, status

from api import request_context
from api.deps import ClockDep, CurrentActor, HashingDep, SessionDep
from api.problem_types import ServiceUnavailableProblem
from api.v1.responses import problems
from domain.auth import commands, queries
from domain.auth.schemas import MeRead, MeUpdate, PasswordChange

router = APIRouter(prefix="/me", tags=["me"])


@router.get("", operation_id="me-get", response_model=MeRead, responses=problems(401, 404))
async def get_me(actor: CurrentActor, session: SessionDep) -> MeRead:
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
    await commands.change_own_password(
        session,
        clock=clock,
        hashing=hashing,
        actor=actor,
        current_password=body.current_password,
        new_password=body.new_password,
    )
