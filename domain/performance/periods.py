"""Month-end: HR closes a month and everyone's score is frozen in an append-only record; values and
targets for a closed month are refused until HR reopens it (both audited). Closing again after a
reopening freezes a new closing beside the old one; nothing frozen is ever edited.

A month closes (and its pools lock, domain/pools/settlement.py) only once it has ended in the
organisation's time zone: on 1 April at the headquarters, not on 31 March in UTC. HR may close early
with an explicit override and a written reason, kept in the audit trail."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.queries import organisation_timezone, organisation_today
from domain.performance import events as period_events
from domain.performance import live_rankings, rankings
from domain.performance.models import FrozenScore, PerformancePeriod, ScorecardTemplate
from domain.performance.month_score import MonthScore
from domain.performance.month_scores import collector_paused, month_score_stream
from domain.performance.schemas import EarlyClose, PeriodRead, Ranking
from domain.performance.scoring import Month
from domain.shared import audit, events
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.bulk import append_rows
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, DomainError, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import Message, _
from domain.shared.upsert import upsert_into

_FREEZE_BATCH = 5_000
OPEN = "open"
CLOSED = "closed"


class PeriodClosed(DomainError):
    status = 409
    slug = "performance.period_closed"
    title = _("The period is closed")


def _require_hr(actor: Actor) -> None:
    require_role(
        actor, Role.HR, Role.ADMIN, refusal=_("Only HR closes and reopens periods."), slug="performance.hr_only"
    )


async def closed_months(session: AsyncSession, first: date, last: date) -> set[str]:
    """The closed months among those that the days first..last touch."""
    return await closed_periods(session, {f"{first.year:04d}-{first.month:02d}", f"{last.year:04d}-{last.month:02d}"})


async def closed_periods(session: AsyncSession, periods: set[str] | None = None) -> set[str]:
    """The closed months among `periods` (texts such as 2026-11), or all of them (None)."""
    query = select(PerformancePeriod.period).where(PerformancePeriod.status == CLOSED)
    if periods is not None:
        query = query.where(PerformancePeriod.period.in_(periods))
    return set((await session.scalars(query)).all())


async def refuse_if_closed(session: AsyncSession, month: Month, *, field: str) -> None:
    if await closed_months(session, month.first, month.last):
        raise PeriodClosed(
            _("{month} is closed: its scores are frozen. HR can reopen it.", month=month),
            period=str(month),
            field=field,
        )


async def require_ended(
    session: AsyncSession, clock: Clock, month: Month, override: EarlyClose | None, *, slug: str, action: Message
) -> dict[str, object]:
    """Nothing when the month has ended in the organisation's time zone; else 409 `slug`, unless
    `override` asks for it early with a reason (422 `period.reason_required` without one). Returns
    what the audit entry of the action keeps: the override and its reason, if any."""
    today = await organisation_today(session, clock)
    if today > month.last:
        return {}
    if override is None or not override.early:
        opens = month.last + timedelta(days=1)
        zone = await organisation_timezone(session)
        raise Conflict(
            _(
                "{month} ends on {last} ({key}); it can {action} from {opens}. HR may {action} early with a "
                "reason (early: true).",
                month=month,
                last=month.last,
                key=zone.key,
                action=action,
                opens=opens,
            ),
            slug=slug,
            ends_on=month.last.isoformat(),
            timezone=zone.key,
        )
    if override.reason is None:
        raise InvalidInput(
            _("Say why {month} must {action} before it has ended.", month=month, action=action),
            field="body.reason",
            slug="period.reason_required",
        )
    return {"early": True, "reason": override.reason, "organisation_today": today.isoformat()}


async def _insert_if_absent(session: AsyncSession, month: Month, now: datetime) -> None:
    """The month's row, open, unless it exists: racing writers both insert-or-skip, then lock it."""
    connection = await session.connection()
    insert = upsert_into(PerformancePeriod, connection.dialect.name)
    await connection.execute(
        insert.values(period=str(month), status=OPEN, closings=0, changed_at=now).on_conflict_do_nothing()
    )


async def last_closer(session: AsyncSession, month: Month) -> uuid.UUID | None:
    """Who closed the month last (None if nobody has); kept when the month is reopened."""
    return await session.scalar(select(PerformancePeriod.closed_by).where(PerformancePeriod.period == str(month)))


async def _period(session: AsyncSession, month: Month, *, lock: bool) -> PerformancePeriod | None:
    query = select(PerformancePeriod).where(PerformancePeriod.period == str(month))
    return await session.scalar(query.with_for_update() if lock else query)


def _read(month: Month, row: PerformancePeriod | None, frozen: int = 0) -> PeriodRead:
    return PeriodRead(
        period=str(month),
        status=row.status if row else OPEN,
        closings=row.closings if row else 0,
        changed_at=row.changed_at if row else None,
        frozen_scores=frozen,
    )


async def get_period(session: AsyncSession, *, actor: Actor, period: str) -> PeriodRead:
    if actor.is_client:
        raise Forbidden(_("Periods are read by people."), slug="auth.client_only")
    month = Month.parse(period)
    row = await _period(session, month, lock=False)
    frozen = 0
    if row is not None and row.status == CLOSED:
        frozen = (
            await session.scalar(
                select(func.count())
                .select_from(FrozenScore)
                .where(FrozenScore.period == str(month), FrozenScore.closing == row.closings)
            )
            or 0
        )
    return _read(month, row, frozen)


async def close_period(
    session: AsyncSession, *, actor: Actor, clock: Clock, period: str, override: EarlyClose | None = None
) -> PeriodRead:
    """Freeze every active employee's score for the month, once it has ended (or early, with HR's
    reason). Closing a closed month is a 409."""
    _require_hr(actor)
    month = Month.parse(period)
    early = await require_ended(session, clock, month, override, slug="performance.period_not_ended", action=_("close"))
    now = clock.now()
    # the row first (racing closers both insert-or-skip), then its lock: one closes, the other gets 409
    await _insert_if_absent(session, month, now)
    row = await _period(session, month, lock=True)
    assert row is not None
    if row.status == CLOSED:
        raise Conflict(_("{month} is closed already.", month=month), slug="performance.period_closed")
    row.status = CLOSED
    row.closings += 1
    row.changed_at = now
    row.changed_by = actor.account_id
    row.closed_by = actor.account_id
    cohorts = rankings.ClosingCohorts()
    with collector_paused():
        scores = await month_score_stream(session, month)
        frozen = await _freeze(session, str(month), row.closings, now, cohorts.watch(scores))
        await rankings.rank_closing(session, str(month), row.closings, cohorts, now)
    await events.record(
        session,
        period_events.PeriodClosed(period=str(month), closing=row.closings, frozen_scores=frozen, early=bool(early)),
        actor=actor,
        clock=clock,
        action="performance_period.closed",
        changes={"closing": row.closings, "frozen_scores": frozen, **early},
    )
    return _read(month, row, frozen)


async def _freeze(session: AsyncSession, period: str, closing: int, now: datetime, scores: Iterator[MonthScore]) -> int:
    """Appends the month's scores in bulk as they are computed (domain/shared/bulk.py); returns how
    many. Breakdowns go as the JSON text the scorer wrote."""
    table: Table = FrozenScore.__table__  # type: ignore[assignment]
    rows = (
        (period, closing, s.employee_id, s.score, s.complete, s.breakdown_json, _codes(s.template_codes), now)
        for s in scores
    )
    return await append_rows(session, table, _FROZEN_COLUMNS, rows)


_FROZEN_COLUMNS = (
    "period",
    "closing",
    "employee_id",
    "score",
    "complete",
    "breakdown",
    "template_codes",
    "frozen_at",
)


@lru_cache(maxsize=64)
def _codes(template_codes: tuple[str, ...]) -> str:
    """The frozen_scores.template_codes text: space-delimited, with a space at each end."""
    return f" {' '.join(template_codes)} "


async def reopen_period(session: AsyncSession, *, actor: Actor, clock: Clock, period: str) -> PeriodRead:
    _require_hr(actor)
    month = Month.parse(period)
    row = await _period(session, month, lock=True)
    if row is None or row.status != CLOSED:
        raise Conflict(_("{month} is not closed.", month=month), slug="performance.period_open")
    row.status = OPEN
    row.changed_at = clock.now()
    row.changed_by = actor.account_id
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="performance_period.reopened",
        entity_type="performance_period",
        entity_id=str(month),
        changes={"closing_reopened": row.closings},
    )
    return _read(month, row)


async def ranking(
    session: AsyncSession, *, actor: Actor, clock: Clock, period: str, template: str, limit: int, cursor: str | None
) -> Ranking:
    """HR ranks a cohort: everyone whose month used the scorecard `template` and has a score, a page at
    a time. A closed month ranks its frozen scores (the latest closing); an open one its live
    scores as last ranked (minutes old at most: `as_of`)."""
    require_role(
        actor,
        Role.HR,
        Role.ADMIN,
        Role.LEADER,
        refusal=_("Only HR, leaders and administrators rank cohorts."),
        slug="performance.hr_only",
    )
    month = Month.parse(period)
    if not await session.scalar(select(ScorecardTemplate.id).where(ScorecardTemplate.code == template)):
        raise NotFound(_("No scorecard template '{template}'.", template=template), slug="scorecard.not_found")
    row = await _period(session, month, lock=False)
    with collector_paused():
        if row is not None and row.status == CLOSED:
            return await rankings.frozen_page(
                session, clock=clock, month=month, period_row=row, template=template, limit=limit, cursor=cursor
            )
        return await live_rankings.live_page(
            session, clock=clock, month=month, template=template, limit=limit, cursor=cursor
        )
