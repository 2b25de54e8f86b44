"""An open month's rankings as last ranked: scoring a national chain's cohort (90,000 people) took
seconds at every page, so a ranking is stored when ranked and its pages are read in order.

The worker ranks the open months (this one, and the last until it is closed) anew every
REFRESH_AFTER; a reader who finds no ranking younger than STALE_AFTER (the worker is away) ranks
the month itself. A ranking says when it was ranked (`as_of`); a cursor pages the ranking it
started, and the two latest rankings of a template are kept so that paging survives one refresh.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, Table, delete, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.queries import organisation_today
from domain.performance.models import LiveRank, LiveRanking, PerformancePeriod, ScorecardTemplate
from domain.performance.month_scores import month_scores
from domain.performance.rankings import (
    CLOSED,
    ClosingCohorts,
    Cohort,
    cursor_of,
    page_of,
    placed,
    places_after,
    stale_cursor,
)
from domain.performance.schemas import Ranking
from domain.performance.scoring import Month
from domain.shared.bulk import append_rows
from domain.shared.clock import Clock
from domain.shared.db import Database

REFRESH_AFTER = timedelta(minutes=5)
STALE_AFTER = timedelta(minutes=10)
KEPT = 2  # rankings kept per month and template: the latest, and the one a cursor may still page
# pg_try_advisory_xact_lock key of a month's ranking: this base plus yyyymm
LOCK_BASE = 7_240_311_200_000


async def live_page(
    session: AsyncSession, *, clock: Clock, month: Month, template: str, limit: int, cursor: str | None
) -> Ranking:
    """One page of an open month's ranking as last ranked; ranked now when none is under
    STALE_AFTER old. A cursor of a ranking since replaced twice is stale (422)."""
    period = str(month)
    if cursor is not None:
        ranking_id, after = cursor_of(cursor, "live")
        ranking = await session.get(LiveRanking, ranking_id)
        if ranking is None or (ranking.period, ranking.template_code) != (period, template):
            raise stale_cursor()
    else:
        after = 0
        ranking = await _latest(session, period, template)
        if ranking is None or ranking.ranked_at <= clock.now() - STALE_AFTER:
            ranked = await rank_month(session, month, clock.now(), also=template)
            ranking = ranked[template]
    entries = await places_after(session, LiveRank, [LiveRank.ranking_id == ranking.id], after, limit)
    return page_of(period, template, "live", ranking.id, ranking.cohort, entries, limit, as_of=ranking.ranked_at)


async def rank_month(
    session: AsyncSession, month: Month, now: datetime, *, also: str | None = None
) -> dict[str, LiveRanking]:
    """Scores the month once and stores the ranking of every scorecard template (an empty cohort
    too, so that a template nobody was scored with is not ranked again at each reading)."""
    cohorts = ClosingCohorts()
    for _score in cohorts.watch(await month_scores(session, month, breakdowns=False)):
        pass
    templates = set(await session.scalars(select(ScorecardTemplate.code))) | set(cohorts.cohorts)
    if also is not None:
        templates.add(also)
    return {
        template: await _store(session, str(month), template, cohorts.cohorts.get(template, {}), now)
        for template in sorted(templates)
    }


async def refresh_live_rankings(database: Database, clock: Clock) -> int:
    """Worker job: ranks anew one open month (this one, or the last until it is closed) whose
    rankings are REFRESH_AFTER old. On PostgreSQL a month another worker is ranking is skipped (an
    advisory lock), and the age is read again once the lock is held, so racing workers rank it once.
    Answers how many months it ranked."""
    now = clock.now()
    async with database.session_scope() as session:
        today = await organisation_today(session, clock)
        this = Month(today.year, today.month)
        if not await session.scalar(select(func.count()).select_from(ScorecardTemplate)):
            return 0
        for month in (this, this.previous):
            status = await session.scalar(
                select(PerformancePeriod.status).where(PerformancePeriod.period == str(month))
            )
            if status == CLOSED or await _fresh(session, month, now):
                continue
            if not await _claim(session, month) or await _fresh(session, month, now):
                continue
            await rank_month(session, month, now)
            return 1
    return 0


async def _fresh(session: AsyncSession, month: Month, now: datetime) -> bool:
    latest = await session.scalar(select(func.max(LiveRanking.ranked_at)).where(LiveRanking.period == str(month)))
    return latest is not None and latest > now - REFRESH_AFTER


async def _claim(session: AsyncSession, month: Month) -> bool:
    """Whether this worker ranks the month (until its transaction ends); SQLite writes one
    transaction at a time, so there it always does."""
    if (await session.connection()).dialect.name != "postgresql":
        return True
    key = LOCK_BASE + month.year * 100 + month.month
    return bool(await session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": key}))


def _newest_first(period: str, template: str, *columns: Any) -> Select[Any]:
    """A template's rankings of the month, the latest first."""
    return (
        select(*columns)
        .where(LiveRanking.period == period, LiveRanking.template_code == template)
        .order_by(LiveRanking.ranked_at.desc(), LiveRanking.id.desc())
    )


async def _latest(session: AsyncSession, period: str, template: str) -> LiveRanking | None:
    latest: LiveRanking | None = await session.scalar(_newest_first(period, template, LiveRanking).limit(1))
    return latest


async def _store(session: AsyncSession, period: str, template: str, cohort: Cohort, now: datetime) -> LiveRanking:
    """Stores one template's ranking and drops those older than the KEPT latest (their places go
    with them)."""
    entries = placed(cohort)
    ranking = LiveRanking(period=period, template_code=template, cohort=len(entries), ranked_at=now)
    session.add(ranking)
    await session.flush()
    table: Table = LiveRank.__table__  # type: ignore[assignment]
    rows = ((ranking.id, e.position, e.employee_id, e.score, e.rank, e.percentile) for e in entries)
    await append_rows(session, table, _RANK_COLUMNS, rows)
    kept = _newest_first(period, template, LiveRanking.id).limit(KEPT)
    await session.execute(  # their places go with them (ON DELETE CASCADE)
        delete(LiveRanking).where(
            LiveRanking.period == period, LiveRanking.template_code == template, LiveRanking.id.not_in(kept)
        )
    )
    return ranking


_RANK_COLUMNS = ("ranking_id", "position", "employee_id", "score", "rank", "percentile")
