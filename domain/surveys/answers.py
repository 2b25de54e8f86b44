"""A person's side: the waves open to them, and their answer, once per wave.

The answer is written without the person: the invitation records only that they answered (a
compare-and-set, so a retry or a second phone cannot answer twice) and the answer row holds the
groups it will be counted in, as they are now."""

from __future__ import annotations

import uuid

from sqlalchemy import exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.care.models import WomenShareMember
from domain.org.models import OrgUnit
from domain.org.queries import organisation_today
from domain.people.models import Employee
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.surveys import rules
from domain.surveys.models import PulseSurvey, SurveyInvitation, SurveyResponse, SurveyWave
from domain.surveys.schemas import AnswerCreate, AnswerRead, MySurvey, QuestionRead

PROBLEMS = {
    "missing": _("Every scale question needs an answer."),
    "unknown": _("The survey has no such question or reason."),
    "range": _("Answer each scale from 1 to 5."),
    "not_asked": _("This survey asks for no comment."),
}


async def my_surveys(session: AsyncSession, *, actor: Actor, clock: Clock) -> list[MySurvey]:
    """The waves I was asked in that still take answers, answered or not, the soonest to close first."""
    if actor.employee_id is None:
        return []
    today = await organisation_today(session, clock)
    rows = await session.execute(
        select(SurveyInvitation, SurveyWave, PulseSurvey, OrgUnit.name)
        .join(SurveyWave, SurveyWave.id == SurveyInvitation.wave_id)
        .join(PulseSurvey, PulseSurvey.id == SurveyWave.survey_id)
        .join(OrgUnit, OrgUnit.id == SurveyInvitation.unit_id)
        .where(
            SurveyInvitation.employee_id == actor.employee_id,
            SurveyWave.closed_at.is_(None),
            SurveyWave.closes_on >= today,
        )
        .order_by(SurveyWave.closes_on, SurveyWave.id)
    )
    return [
        MySurvey(
            wave_id=wave.id,
            title=survey.title,
            local_title=survey.local_title,
            stage=invitation.stage,
            unit_id=invitation.unit_id,
            unit_name=unit_name,
            scales=[QuestionRead(**q) for q in survey.scales],
            reasons=[QuestionRead(**q) for q in survey.reasons],
            comment_prompt=survey.comment_prompt,
            closes_on=wave.closes_on,
            answered_at=invitation.answered_at,
        )
        for invitation, wave, survey, unit_name in rows
    ]


async def answer(
    session: AsyncSession, *, actor: Actor, clock: Clock, wave_id: uuid.UUID, data: AnswerCreate
) -> AnswerRead:
    """404 unless I was asked in the wave; 409 once it is closed or I answered; 422 for an answer
    that does not fit the survey (nothing is written)."""
    found = None
    if actor.employee_id is not None:
        found = (
            await session.execute(
                select(SurveyInvitation, SurveyWave, PulseSurvey)
                .join(SurveyWave, SurveyWave.id == SurveyInvitation.wave_id)
                .join(PulseSurvey, PulseSurvey.id == SurveyWave.survey_id)
                .where(SurveyInvitation.wave_id == wave_id, SurveyInvitation.employee_id == actor.employee_id)
                # the wave's row is held until the answer is written: the worker's close waits for
                # it (or, closed first, is read here), so no answer lands in a closed wave
                .with_for_update(read=True, of=SurveyWave)
            )
        ).first()
    if found is None:
        raise NotFound(_("No such survey for you."), slug="survey.not_found")
    invitation, wave, survey = found
    if wave.closed_at is not None or wave.closes_on < await organisation_today(session, clock):
        raise Conflict(_("This survey wave has closed."), slug="survey.wave_closed")
    scale_keys = [q["key"] for q in survey.scales]
    problems = rules.answer_problems(
        scale_keys,
        [q["key"] for q in survey.reasons],
        survey.comment_prompt is not None,
        data.scores,
        data.reason,
        data.comment,
    )
    if problems:
        kind = problems[0][1]
        raise InvalidInput(
            PROBLEMS[kind],
            slug=f"survey.answer_{kind}",
            errors=[{"field": f, "message": PROBLEMS[k], "type": f"survey.answer_{k}"} for f, k in problems],
        )
    now = clock.now()
    won = await session.execute(
        update(SurveyInvitation)
        .where(
            SurveyInvitation.wave_id == wave_id,
            SurveyInvitation.employee_id == actor.employee_id,
            SurveyInvitation.answered_at.is_(None),
        )
        .values(answered_at=now)
        .returning(SurveyInvitation.wave_id)
    )
    if won.first() is None:
        raise Conflict(_("You already answered this survey wave."), slug="survey.already_answered")
    home_unit_id = await session.scalar(select(Employee.home_unit_id).where(Employee.id == actor.employee_id))
    woman = await session.scalar(select(exists().where(WomenShareMember.employee_id == actor.employee_id)))
    session.add(
        SurveyResponse(
            id=uuid.uuid4(),
            wave_id=wave_id,
            stage=invitation.stage,
            home_unit_id=home_unit_id,
            unit_id=invitation.unit_id,
            woman=bool(woman),
            score=data.scores[scale_keys[0]],
            scores={key: data.scores[key] for key in scale_keys},
            reason=data.reason,
            comment=data.comment,
        )
    )
    await session.flush()
    return AnswerRead(wave_id=wave_id, stage=invitation.stage, answered_at=now)
