"""Who hears of pulse survey waves (registered with the handlers on import): everyone asked when a
wave opens, and those who have not answered when it is about to close."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.notifications.delivery import notify
from domain.notifications.handlers import handles
from domain.people.models import Account
from domain.shared.clock import Clock
from domain.surveys.events import WaveEvent, WaveOpened, WaveReminded
from domain.surveys.models import SurveyInvitation


async def _tell(session: AsyncSession, event: WaveEvent, clock: Clock, kind: str, *, unanswered: bool) -> None:
    asked = (
        select(Account.id)
        .join(SurveyInvitation, SurveyInvitation.employee_id == Account.employee_id)
        .where(SurveyInvitation.wave_id == event.wave_id, Account.is_active.is_(True))
    )
    if unanswered:
        asked = asked.where(SurveyInvitation.answered_at.is_(None))
    await notify(
        session,
        clock=clock,
        kind=kind,
        readers=list(await session.scalars(asked)),
        subject_type="survey_wave",
        subject_id=event.wave_id,
        params={"title": event.title, "closes_on": event.closes_on.isoformat()},
    )


@handles(WaveOpened)
async def wave_opened(session: AsyncSession, event: WaveOpened, clock: Clock) -> None:
    await _tell(session, event, clock, "surveys.wave_opened", unanswered=False)


@handles(WaveReminded)
async def wave_reminded(session: AsyncSession, event: WaveReminded, clock: Clock) -> None:
    await _tell(session, event, clock, "surveys.wave_reminded", unanswered=True)
