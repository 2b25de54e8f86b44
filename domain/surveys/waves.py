"""The worker's side of pulse surveys, each pass: close the waves whose last day is over (their
answers then count), remind once those who have not answered two days before the last day, and
open the active survey's next wave when it is due, asking everyone on a frontline posting (settled
for a week) and those whose posting ended since the last wave.

Racing workers are safe: closing and reminding are compare-and-sets, and a wave is unique by
survey and day, so only the worker whose insert lands invites and announces."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today
from domain.people.models import Assignment, AssignmentKind, Employee, EmployeeStatus
from domain.shared import events
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.upsert import upsert
from domain.surveys import rules
from domain.surveys.events import WaveOpened, WaveReminded
from domain.surveys.models import PulseSurvey, SurveyInvitation, SurveyStatus, SurveyWave

FRONTLINE_KINDS = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)


async def run_waves(database: Database, clock: Clock) -> int:
    """Returns how many waves were closed, reminded or opened."""
    async with database.session_scope() as session:
        today = await organisation_today(session, clock)
        changed = await _close(session, clock, today)
    async with database.session_scope() as session:
        changed += await _remind(session, clock, today)
    async with database.session_scope() as session:
        changed += await _open(session, clock, today)
    return changed


async def _close(session: AsyncSession, clock: Clock, today: date) -> int:
    closed = await session.execute(
        update(SurveyWave)
        .where(SurveyWave.closed_at.is_(None), SurveyWave.closes_on < today)
        .values(closed_at=clock.now())
        .returning(SurveyWave.id)
    )
    return len(closed.all())


async def _remind(session: AsyncSession, clock: Clock, today: date) -> int:
    due = await session.execute(
        select(SurveyWave.id, SurveyWave.closes_on, PulseSurvey.title)
        .join(PulseSurvey, PulseSurvey.id == SurveyWave.survey_id)
        .where(
            SurveyWave.closed_at.is_(None),
            SurveyWave.reminded_at.is_(None),
            SurveyWave.closes_on >= today,
            SurveyWave.closes_on <= today + timedelta(days=rules.REMIND_DAYS_BEFORE_CLOSE),
            SurveyWave.opened_on < today,  # not on the day it opened
        )
    )
    reminded = 0
    for wave_id, closes_on, title in due.all():
        won = await session.execute(
            update(SurveyWave)
            .where(SurveyWave.id == wave_id, SurveyWave.reminded_at.is_(None))
            .values(reminded_at=clock.now())
            .returning(SurveyWave.id)
        )
        if won.first() is not None:
            events.announce(session, WaveReminded(wave_id=wave_id, title=title, closes_on=closes_on), clock=clock)
            reminded += 1
    return reminded


async def _open(session: AsyncSession, clock: Clock, today: date) -> int:
    survey = await session.scalar(select(PulseSurvey).where(PulseSurvey.status == SurveyStatus.ACTIVE))
    if survey is None:
        return 0
    last = await session.scalar(select(func.max(SurveyWave.opened_on)).where(SurveyWave.survey_id == survey.id))
    if not rules.wave_due(today, last, survey.cadence_days):
        return 0
    since = last or today - timedelta(days=survey.cadence_days)
    closes_on = rules.closes_on(today, survey.open_days)
    table = SurveyWave.__table__
    wave_id = uuid.uuid4()
    opened = await session.execute(
        (await upsert(session, table))
        .values(
            id=wave_id,
            survey_id=survey.id,
            opened_on=today,
            closes_on=closes_on,
            invited=0,
            created_at=clock.now(),
        )
        .on_conflict_do_nothing(index_elements=[table.c.survey_id, table.c.opened_on])
        .returning(table.c.id)
    )
    if opened.first() is None:
        return 0  # another worker opened it
    asked = rules.invitees(await _postings(session, today, since), opened_on=today, since=since, at_end=survey.at_end)
    if asked:
        await session.execute(
            insert(SurveyInvitation),
            [
                {"wave_id": wave_id, "employee_id": person, "stage": stage, "unit_id": unit}
                for person, (stage, unit) in asked.items()
            ],
        )
    await session.execute(update(SurveyWave).where(SurveyWave.id == wave_id).values(invited=len(asked)))
    events.announce(session, WaveOpened(wave_id=wave_id, title=survey.title, closes_on=closes_on), clock=clock)
    return 1


async def _postings(session: AsyncSession, today: date, since: date) -> list[rules.Posting]:
    """Frontline secondments (not cancelled) of people still on the books that were under way on
    `today` or ended on or after `since`."""
    rows = await session.execute(
        select(Assignment.employee_id, Assignment.unit_id, Assignment.valid_from, Assignment.valid_to)
        .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
        .join(Employee, Employee.id == Assignment.employee_id)
        .where(
            Assignment.kind == AssignmentKind.SECONDMENT,
            Assignment.cancelled_at.is_(None),
            OrgUnit.kind.in_(FRONTLINE_KINDS),
            Employee.status != EmployeeStatus.LEFT,
            Assignment.valid_from <= today,
            or_(Assignment.valid_to.is_(None), Assignment.valid_to > since),
        )
    )
    return [rules.Posting(*row) for row in rows]
