"""The care profile (mine; HR's reads with a purpose), consents, my export and access log, the
constraints on a person, the protection policy, and flexible arrangements."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query, Response, status
from fastapi.responses import JSONResponse

from api.deps import ClockDep, CurrentActor, SealerDep, SessionDep
from api.gated_router import Router
from api.idempotency import ReplayableDep
from api.problem_types import (
    ArrangementOverlapProblem,
    ArrangementStepMismatchProblem,
    ArrangementWindowTooShortProblem,
)
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.care import arrangements, constraints, policy, profile
from domain.care.models import Category
from domain.care.schemas import (
    AccessEntryRead,
    ArrangementChainRead,
    ArrangementChainUpdate,
    ArrangementCreate,
    ArrangementDecision,
    ArrangementRead,
    CareExport,
    CareProfileRead,
    CareProfileUpdate,
    ConsentGrant,
    ConsentsRead,
    ConstraintsRead,
    PolicyRead,
    PolicyUpdate,
)
from domain.shared.pagination import Page
from domain.shared.schemas import IsoDate

me = Router(prefix="/me", tags=["care"])
employees = Router(prefix="/employees", tags=["care"])
router = Router(tags=["care"])

# sensitive answers are never kept by a browser or a proxy
PRIVATE = {"Cache-Control": "no-store"}


def _private(response: Response) -> None:
    response.headers.update(PRIVATE)


@me.get(
    "/care-profile",
    operation_id="careProfile-mine",
    response_model=CareProfileRead,
    responses=problems(401, 403, 422),
    summary="My care profile: every category I consented to, as I recorded it",
)
async def my_profile(
    actor: CurrentActor, session: SessionDep, sealer: SealerDep, response: Response
) -> CareProfileRead:
    """Returns my care profile: every category I consented to, as I recorded it, with my consents. Never
    cached (`Cache-Control: no-store`). Only an employee has a care profile (403 otherwise)."""
    _private(response)
    return await profile.my_profile(session, actor=actor, sealer=sealer)


@me.put(
    "/care-profile",
    operation_id="careProfile-update",
    response_model=CareProfileRead,
    responses=problems(401, 403, 409, 422),
    summary="Record or correct categories of my care profile (each needs my consent first)",
    description="The categories sent are replaced; `null` clears one (its consent stays); those left out "
    "stay as they are. A category without consent is refused (409 `care.consent_required`), nothing stored.",
)
async def update_my_profile(
    body: CareProfileUpdate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    sealer: SealerDep,
    response: Response,
) -> CareProfileRead:
    _private(response)
    return await profile.update_my_profile(session, actor=actor, clock=clock, sealer=sealer, data=body)


@me.post(
    "/care-profile/consents",
    operation_id="careProfile-consent",
    response_model=ConsentsRead,
    responses=problems(401, 403, 422),
    summary="Consent to keeping categories of my care profile, each on its own",
)
async def give_consent(body: ConsentGrant, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> ConsentsRead:
    """Records my consent to keep each category listed, each on its own; consents already given stay as they
    were. Only an employee has a care profile (403 otherwise); audited with the categories newly consented."""
    return await profile.give_consent(session, actor=actor, clock=clock, data=body)


@me.delete(
    "/care-profile/consents/{category}",
    operation_id="careProfile-withdraw",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401, 403, 422),
    summary="Withdraw consent to a category: its data is deleted (audited)",
)
async def withdraw_consent(
    category: Category, actor: CurrentActor, session: SessionDep, clock: ClockDep, sealer: SealerDep
) -> Response:
    """Withdraws my consent to a category: the category's data is deleted with it (not hidden), and the
    constraints it earned are worked out again. A category without consent or data changes nothing. Only an
    employee has a care profile (403 otherwise); audited."""
    await profile.withdraw_consent(session, actor=actor, clock=clock, sealer=sealer, category=category)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@me.get(
    "/care-profile/export",
    operation_id="careProfile-export",
    response_model=CareExport,
    responses=problems(401, 403, 422),
    summary="A copy of everything held about my care: profile, consents, HR's reads, constraints",
)
async def export(
    actor: CurrentActor, session: SessionDep, clock: ClockDep, sealer: SealerDep, response: Response
) -> CareExport:
    """Downloads everything held about my care as one JSON document (my right to a copy): my profile and
    consents, every HR read of it, and the constraints on me for the next 12 months. Never cached. Only an
    employee has a care profile (403 otherwise)."""
    _private(response)
    response.headers["Content-Disposition"] = 'attachment; filename="care-profile.json"'
    return await profile.export(session, actor=actor, clock=clock, sealer=sealer)


@me.get(
    "/care-profile/access-log",
    operation_id="careProfile-accessLog",
    response_model=Page[AccessEntryRead],
    responses=problems(401, 403, 422),
    summary="Who in HR read my care profile, when, which categories and why; newest first",
)
async def access_log(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Page[AccessEntryRead]:
    """Lists HR's reads of my care profile, newest first: who read it, when, which categories and the purpose
    they gave. Only an employee has a care profile (403 otherwise)."""
    found = await profile.my_access_log(session, actor=actor, limit=limit, cursor=cursor)
    return Page(items=found.items, next_cursor=found.next_cursor)


@employees.get(
    "/{employee_id}/care-profile",
    operation_id="careProfile-read",
    response_model=CareProfileRead,
    responses=problems(401, 403, 404, 422),
    summary="HR reads a person's care profile for a stated purpose (logged for the person)",
)
async def hr_read(
    employee_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    sealer: SealerDep,
    response: Response,
    purpose: Annotated[
        str | None, Query(max_length=500, pattern=r"^[^\x00]*$", description="Why HR reads it (required)")
    ] = None,
) -> CareProfileRead:
    """HR reads a person's care profile for a stated `purpose` (required, 422 without one); each read is
    logged for the person, with the reader, time, categories and purpose, in their access log. Only people
    holding the HR role, not administrators (403); an unknown person answers 404. Never cached."""
    _private(response)
    return await profile.hr_read(
        session, actor=actor, clock=clock, sealer=sealer, employee_id=employee_id, purpose=purpose
    )


@employees.get(
    "/{employee_id}/constraints",
    operation_id="employees-constraints",
    response_model=ConstraintsRead,
    responses=problems(401, 404, 422),
    summary="What holds for a person in a date range (no night work, a shorter day, ...), never why",
)
async def employee_constraints(
    employee_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    start: Annotated[IsoDate, Query(alias="from")],
    end: Annotated[IsoDate, Query(alias="to")],
) -> ConstraintsRead:
    """Lists what holds for a person between two dates (at most 366 days): the protections their care profile
    earns under the policy in force and their approved flexible arrangements, each with its dates and never
    the reason. That check-ups count as working time is shown only to the person and HR. The person, the
    managers who can see them, HR, leaders and administrators may read it; anyone else gets 404."""
    return await constraints.employee_constraints(
        session, actor=actor, clock=clock, employee_id=employee_id, start=start, end=end
    )


@router.get(
    "/care-policy",
    operation_id="carePolicy-get",
    response_model=PolicyRead,
    responses=problems(401, 403),
    summary="The protection policy in force (China's rules unless HR set another)",
)
async def get_policy(actor: CurrentActor, session: SessionDep) -> PolicyRead:
    """Returns the protection policy in force, with its version (0: China's rules, never changed) and when it
    was set. Every signed-in person may read it; integration clients are refused (403)."""
    return await policy.get_policy(session, actor=actor)


@router.put(
    "/care-policy",
    operation_id="carePolicy-set",
    response_model=PolicyRead,
    responses=problems(401, 403, 409, 422),
    summary="Set the protection policy's numbers as a new version (HR, administrators; audited)",
)
async def set_policy(
    body: PolicyUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep, sealer: SealerDep
) -> PolicyRead:
    """Sets the protection policy's numbers as a new version; every person's constraints are worked out again
    under it at once. There is no version check: the latest change wins, and of two changes at the same moment
    one answers 409. HR and administrators only (403 otherwise); audited with the policy before and after."""
    return await policy.set_policy(session, actor=actor, clock=clock, sealer=sealer, data=body)


@me.post(
    "/arrangements",
    operation_id="arrangements-request",
    status_code=status.HTTP_201_CREATED,
    response_model=ArrangementRead,
    responses=problems(401, 403, 409, 422, typed=(ArrangementOverlapProblem, ArrangementWindowTooShortProblem)),
    summary="Ask for a flexible arrangement: a reduced day, remote days, a daily window",
)
async def request_arrangement(
    body: ArrangementCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep, once: ReplayableDep
) -> ArrangementRead | JSONResponse:
    """Asks for a flexible arrangement of at most 366 days, starting no more than 30 days back: a reduced day,
    remote days a week and/or a daily window, which must hold what is left of the day (422). It may not
    overlap another of my arrangements in review or approved (409). The request goes through the configured
    chain (by default my department head, then HR), and the first step's deciders are notified; audited. Only
    an employee may ask (403 otherwise). A retry with the same `Idempotency-Key` gets the first answer
    again."""

    async def action() -> ArrangementRead:
        return await arrangements.submit(session, actor=actor, clock=clock, data=body)

    return await once.answer(body, action, status=201)


@me.get(
    "/arrangements",
    operation_id="arrangements-mine",
    response_model=Page[ArrangementRead],
    responses=problems(401, 403, 422),
    summary="My flexible arrangements, latest start first",
)
async def my_arrangements(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Page[ArrangementRead]:
    """Lists my flexible arrangements, latest start first, each with its steps and trail. Only an employee has
    arrangements (403 otherwise)."""
    found = await arrangements.my_arrangements(session, actor=actor, limit=limit, cursor=cursor)
    return Page(items=found.items, next_cursor=found.next_cursor)


@router.get(
    "/arrangements/{arrangement_id}",
    operation_id="arrangements-get",
    response_model=ArrangementRead,
    responses=problems(401, 404, 422),
    summary="One arrangement with its trail (the person, its deciders, HR)",
)
async def get_arrangement(arrangement_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> ArrangementRead:
    """Returns one flexible arrangement with its steps and trail. The person, whoever asked for it, HR and the
    department heads over the person's home unit may read it; anyone else gets 404."""
    return await arrangements.get_arrangement(session, actor=actor, arrangement_id=arrangement_id)


@router.post(
    "/arrangements/{arrangement_id}/steps/current/decision",
    operation_id="arrangements-decide",
    response_model=ArrangementRead,
    responses=problems(401, 403, 404, 409, 422, typed=(ArrangementStepMismatchProblem,)),
    summary="Approve or reject the step an arrangement waits at",
)
async def decide(
    arrangement_id: uuid.UUID,
    body: ArrangementDecision,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> ArrangementRead | JSONResponse:
    """Approves or rejects the step an arrangement waits at; send the step you saw (409 if the request has
    moved on or is no longer in review) and, to reject, a comment (422). The step's deciders decide it, and HR
    when nobody else could; nobody decides their own request (403). Two deciders racing get one decision and
    one 409. Audited; the next step's deciders, or the person once it is approved or rejected, are notified. A
    retry with the same `Idempotency-Key` gets the first answer again."""

    async def action() -> ArrangementRead:
        return await arrangements.decide(
            session, actor=actor, clock=clock, arrangement_id=arrangement_id, decision=body
        )

    return await once.answer(body, action, status=200)


@router.post(
    "/arrangements/{arrangement_id}/withdraw",
    operation_id="arrangements-withdraw",
    response_model=ArrangementRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Withdraw my arrangement (in review, or approved and not yet started)",
)
async def withdraw(
    arrangement_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ArrangementRead:
    """Withdraws my arrangement while it is in review, or approved and not yet started (409 otherwise). Only
    the person or whoever asked for it may withdraw it (403); anyone else who cannot see it gets 404. Audited;
    if it was waiting on a decision, that step's deciders are notified."""
    return await arrangements.withdraw(session, actor=actor, clock=clock, arrangement_id=arrangement_id)


@router.get(
    "/arrangement-chain",
    operation_id="arrangementChain-get",
    response_model=ArrangementChainRead,
    responses=problems(401, 403),
    summary="Who decides flexible arrangements, step by step",
)
async def get_chain(actor: CurrentActor, session: SessionDep) -> ArrangementChainRead:
    """Returns the steps that decide flexible arrangements, in order, each decided by the department head over
    the person's home unit or by HR; `is_default` is true while the default chain (department review, then HR
    approval) holds. Every signed-in person may read it; integration clients are refused (403)."""
    return await arrangements.get_chain(session, actor=actor)


@router.put(
    "/arrangement-chain",
    operation_id="arrangementChain-set",
    response_model=ArrangementChainRead,
    responses=problems(401, 403, 409, 422),
    summary="Configure who decides flexible arrangements (administrators)",
)
async def set_chain(
    body: ArrangementChainUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ArrangementChainRead:
    """Replaces the chain (one to five steps) that decides flexible arrangements submitted from now on;
    requests already submitted keep the steps they started with. Administrators only (403 otherwise);
    audited."""
    return await arrangements.set_chain(session, actor=actor, clock=clock, data=body)
