"""Pulse surveys: HR writes and activates them; people on postings answer each wave once; nobody
reads an answer with a name on it."""

from __future__ import annotations

import uuid

from fastapi import status
from fastapi.responses import JSONResponse

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.idempotency import ReplayableDep
from api.v1.responses import problems
from domain.surveys import answers, definitions
from domain.surveys.schemas import AnswerCreate, AnswerRead, MySurvey, SurveyRead, SurveyWrite, WaveRead

router = Router(tags=["surveys"])
me = Router(prefix="/me", tags=["me"])
SURVEYS = "/surveys"


@router.post(
    SURVEYS,
    operation_id="surveys-create",
    status_code=status.HTTP_201_CREATED,
    response_model=SurveyRead,
    responses=problems(401, 403, 422),
    summary="Write a pulse survey (HR): scales, reasons, an optional comment, and when waves go out",
)
async def create_survey(body: SurveyWrite, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> SurveyRead:
    """Creates a draft survey: 1 to 10 questions answered 1 to 5 (the first is the headline the satisfaction
    figure counts: 4 or 5 is satisfied), single-choice reasons (mentor support, fair targets, commute, family,
    safety, workload unless given), an optional comment question, the days between waves (28 unless given),
    the days a wave stays open (7) and whether people are also asked when their posting ends. Nothing is sent
    until it is activated. Keys must be distinct (422). HR and administrators only (403)."""
    return await definitions.create_survey(session, actor=actor, clock=clock, data=body)


@router.get(
    SURVEYS,
    operation_id="surveys-list",
    response_model=list[SurveyRead],
    responses=problems(401, 404),
    summary="Every pulse survey, newest first (HR, administrators, leaders)",
)
async def list_surveys(actor: CurrentActor, session: SessionDep) -> list[SurveyRead]:
    """Lists drafts, the active survey and retired ones, newest first. HR, administrators and leaders read them;
    anyone else gets 404."""
    return await definitions.list_surveys(session, actor=actor)


@router.get(
    f"{SURVEYS}/{{survey_id}}",
    operation_id="surveys-get",
    response_model=SurveyRead,
    responses=problems(401, 404),
)
async def get_survey(survey_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> SurveyRead:
    """Returns one survey with its questions, cadence and status. HR, administrators and leaders read it; for
    anyone else, and for an unknown id, it answers 404."""
    return await definitions.get_survey(session, actor=actor, survey_id=survey_id)


@router.put(
    f"{SURVEYS}/{{survey_id}}",
    operation_id="surveys-update",
    response_model=SurveyRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Change a draft survey (HR), with the version read",
)
async def update_survey(
    survey_id: uuid.UUID, body: SurveyWrite, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> SurveyRead:
    """Replaces a draft's questions and schedule. Send the `version` read: a change made meanwhile answers 409
    `survey.version_conflict`. An active or retired survey answers 409 `survey.not_draft`: its questions are
    frozen so that every answer of a survey answers the same questions; write a new survey instead."""
    return await definitions.update_survey(session, actor=actor, clock=clock, survey_id=survey_id, data=body)


@router.post(
    f"{SURVEYS}/{{survey_id}}/activate",
    operation_id="surveys-activate",
    response_model=SurveyRead,
    responses=problems(401, 403, 404, 409),
    summary="Start sending a survey's waves (HR); the survey in force is retired",
)
async def activate_survey(
    survey_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> SurveyRead:
    """Makes the survey the one in force: the worker opens its first wave at its next pass, then one every
    `cadence_days`. One survey is active at a time: the one in force is retired (its open wave still closes on
    its day). Activating the active survey changes nothing; a retired one answers 409 `survey.retired`, and
    one activated by someone else at the same moment 409 `survey.activated_meanwhile`."""
    return await definitions.activate_survey(session, actor=actor, clock=clock, survey_id=survey_id)


@router.post(
    f"{SURVEYS}/{{survey_id}}/retire",
    operation_id="surveys-retire",
    response_model=SurveyRead,
    responses=problems(401, 403, 404),
    summary="Stop a survey's waves (HR); its answers stay in the figures",
)
async def retire_survey(survey_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> SurveyRead:
    """No wave opens after this; an open wave still takes answers to its last day and then closes, and every
    answer stays in the satisfaction figure. Retiring a retired survey changes nothing."""
    return await definitions.retire_survey(session, actor=actor, clock=clock, survey_id=survey_id)


@router.get(
    f"{SURVEYS}/{{survey_id}}/waves",
    operation_id="surveys-waves",
    response_model=list[WaveRead],
    responses=problems(401, 404),
    summary="A survey's waves with how many were asked and answered",
)
async def list_waves(survey_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> list[WaveRead]:
    """Newest first: the day each wave opened, its last day, how many people were asked and how many answered
    (never who answered what), and whether it is closed (only closed waves count in the figures). HR,
    administrators and leaders read them; anyone else gets 404."""
    return await definitions.list_waves(session, actor=actor, survey_id=survey_id)


@me.get(
    "/surveys",
    operation_id="me-surveys",
    response_model=list[MySurvey],
    responses=problems(401),
    summary="The pulse surveys waiting for my answer (and those I answered, while open)",
)
async def my_surveys(actor: CurrentActor, session: SessionDep, clock: ClockDep) -> list[MySurvey]:
    """The waves I was asked in that still take answers, the soonest to close first: the questions, the posting
    asked about, the last day, and when I answered if I did. What I answered is not kept with my name."""
    return await answers.my_surveys(session, actor=actor, clock=clock)


@me.post(
    "/surveys/{wave_id}/answer",
    operation_id="me-answerSurvey",
    status_code=status.HTTP_201_CREATED,
    response_model=AnswerRead,
    responses=problems(401, 404, 409, 422),
    summary="Answer a pulse survey wave, once; the answer is kept without my name",
)
async def answer_survey(
    wave_id: uuid.UUID,
    body: AnswerCreate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> AnswerRead | JSONResponse:
    """Records my answer: every scale question 1 to 5 by key, optionally one of the survey's reasons and a
    comment if the survey asks for one (only HR reads comments, and only of groups of at least 5). The answer is
    stored without my name, account or time; only the fact that I answered is kept, for reminders. 404 unless I
    was asked in the wave; 409 `survey.wave_closed` after its last day, `survey.already_answered` for a second
    answer; 422 for an answer that does not fit the survey (nothing is written). Send an `Idempotency-Key`
    header to retry safely: a retry with the same key and body replays the first answer."""

    async def action() -> AnswerRead:
        return await answers.answer(session, actor=actor, clock=clock, wave_id=wave_id, data=body)

    return await once.answer(body, action, status=201)
