"""HR's surveys: written as drafts, activated (one at a time: activating one retires the one in
force), retired. An active survey's questions are frozen, so every answer of a survey answers the
same questions; to ask something else, HR writes a new survey."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.surveys.access import require_keeper, require_reader
from domain.surveys.models import PulseSurvey, SurveyInvitation, SurveyStatus, SurveyWave
from domain.surveys.rules import share
from domain.surveys.schemas import QuestionRead, SurveyRead, SurveyWrite, WaveRead


def survey_read(row: PulseSurvey) -> SurveyRead:
    return SurveyRead(
        id=row.id,
        title=row.title,
        local_title=row.local_title,
        scales=[QuestionRead(**q) for q in row.scales],
        reasons=[QuestionRead(**q) for q in row.reasons],
        comment_prompt=row.comment_prompt,
        cadence_days=row.cadence_days,
        open_days=row.open_days,
        at_end=row.at_end,
        status=row.status,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        activated_at=row.activated_at,
        retired_at=row.retired_at,
    )


def _terms(data: SurveyWrite) -> dict[str, Any]:
    if data.open_days > data.cadence_days:
        raise InvalidInput(
            _("A wave cannot stay open longer than the days between waves."),
            field="body.open_days",
            slug="survey.open_too_long",
        )
    return {
        "title": data.title,
        "local_title": data.local_title,
        "scales": [q.model_dump() for q in data.scales],
        "reasons": [q.model_dump() for q in data.reasons],
        "comment_prompt": data.comment_prompt,
        "cadence_days": data.cadence_days,
        "open_days": data.open_days,
        "at_end": data.at_end,
    }


async def create_survey(session: AsyncSession, *, actor: Actor, clock: Clock, data: SurveyWrite) -> SurveyRead:
    require_keeper(actor)
    if data.version is not None:
        raise InvalidInput(_("A new survey has no version."), field="body.version", slug="survey.version_on_create")
    now = clock.now()
    row = PulseSurvey(
        **_terms(data),
        status=SurveyStatus.DRAFT,
        version=1,
        created_at=now,
        updated_at=now,
        created_by=actor.account_id,
    )
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="survey.created",
        entity_type="pulse_survey",
        entity_id=row.id,
        changes={"title": {"to": row.title}},
    )
    return survey_read(row)


async def _survey(session: AsyncSession, survey_id: uuid.UUID, *, lock: bool = False) -> PulseSurvey:
    query = select(PulseSurvey).where(PulseSurvey.id == survey_id)
    row = await session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NotFound(_("No such survey."), slug="survey.not_found")
    return row


async def get_survey(session: AsyncSession, *, actor: Actor, survey_id: uuid.UUID) -> SurveyRead:
    require_reader(actor)
    return survey_read(await _survey(session, survey_id))


async def list_surveys(session: AsyncSession, *, actor: Actor) -> list[SurveyRead]:
    """Newest first (an organisation keeps a handful)."""
    require_reader(actor)
    rows = await session.scalars(select(PulseSurvey).order_by(PulseSurvey.created_at.desc(), PulseSurvey.id))
    return [survey_read(row) for row in rows]


async def update_survey(
    session: AsyncSession, *, actor: Actor, clock: Clock, survey_id: uuid.UUID, data: SurveyWrite
) -> SurveyRead:
    """A draft only, with the version read."""
    require_keeper(actor)
    row = await _survey(session, survey_id, lock=True)
    if row.status is not SurveyStatus.DRAFT:
        raise Conflict(
            _("Only a draft survey can be changed; write a new survey to ask something else."),
            slug="survey.not_draft",
        )
    if data.version != row.version:
        raise Conflict(
            _("The survey was changed meanwhile (version {version}); reload it and try again.", version=row.version),
            slug="survey.version_conflict",
        )
    terms = _terms(data)
    before = {name: getattr(row, name) for name in terms}
    for name, value in terms.items():
        setattr(row, name, value)
    row.version += 1
    row.updated_at = clock.now()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="survey.updated",
        entity_type="pulse_survey",
        entity_id=row.id,
        changes=audit.changed_fields(before, terms),
    )
    return survey_read(row)


async def activate_survey(session: AsyncSession, *, actor: Actor, clock: Clock, survey_id: uuid.UUID) -> SurveyRead:
    """The first wave opens at the worker's next pass. The survey in force, if any, is retired (its
    open wave still closes on its day)."""
    require_keeper(actor)
    row = await _survey(session, survey_id, lock=True)
    if row.status is SurveyStatus.ACTIVE:
        return survey_read(row)
    if row.status is SurveyStatus.RETIRED:
        raise Conflict(_("A retired survey cannot be activated again."), slug="survey.retired")
    now = clock.now()
    await session.execute(
        update(PulseSurvey)
        .where(PulseSurvey.status == SurveyStatus.ACTIVE)
        .values(status=SurveyStatus.RETIRED, retired_at=now, updated_at=now)
    )
    try:
        async with session.begin_nested():
            row.status = SurveyStatus.ACTIVE
            row.activated_at = now
            row.updated_at = now
            await session.flush()  # the partial unique index refuses a second survey activated at once
    except IntegrityError:
        raise Conflict(
            _("Another survey was activated meanwhile; reload the surveys and try again."),
            slug="survey.activated_meanwhile",
        ) from None
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="survey.activated",
        entity_type="pulse_survey",
        entity_id=row.id,
        changes={"status": {"from": "draft", "to": "active"}},
    )
    return survey_read(row)


async def retire_survey(session: AsyncSession, *, actor: Actor, clock: Clock, survey_id: uuid.UUID) -> SurveyRead:
    require_keeper(actor)
    row = await _survey(session, survey_id, lock=True)
    if row.status is SurveyStatus.RETIRED:
        return survey_read(row)
    before = row.status.value
    row.status = SurveyStatus.RETIRED
    row.retired_at = row.updated_at = clock.now()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="survey.retired",
        entity_type="pulse_survey",
        entity_id=row.id,
        changes={"status": {"from": before, "to": "retired"}},
    )
    return survey_read(row)


async def list_waves(session: AsyncSession, *, actor: Actor, survey_id: uuid.UUID) -> list[WaveRead]:
    """Newest first, with how many were asked and answered."""
    require_reader(actor)
    await _survey(session, survey_id)
    answered = (
        select(SurveyInvitation.wave_id, func.count().label("answered"))
        .where(SurveyInvitation.answered_at.is_not(None))
        .group_by(SurveyInvitation.wave_id)
        .subquery()
    )
    rows = await session.execute(
        select(SurveyWave, func.coalesce(answered.c.answered, 0))
        .outerjoin(answered, answered.c.wave_id == SurveyWave.id)
        .where(SurveyWave.survey_id == survey_id)
        .order_by(SurveyWave.opened_on.desc())
    )
    return [
        WaveRead(
            id=wave.id,
            survey_id=wave.survey_id,
            opened_on=wave.opened_on,
            closes_on=wave.closes_on,
            invited=wave.invited,
            answered=count,
            response_rate=None if wave.invited == 0 else share(count, wave.invited),
            closed=wave.closed_at is not None,
        )
        for wave, count in rows
    ]
