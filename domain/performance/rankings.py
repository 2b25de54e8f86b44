"""Rankings of a cohort (everyone scored with a scorecard template in a month), a page at a time.

A closed month's cohort is ranked once and stored (`FrozenRanking`): when the month closes, or at
the first reading of a closing from before migration 0027. Its pages are then read in rank order:
a national chain's cohort is 90,000 people, and ranking them for every page cost seconds. An open
month's scores change: its rankings are kept as last ranked (live_rankings.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.people.models import Employee
from domain.performance import rules
from domain.performance.models import FrozenRank, FrozenRanking, FrozenScore, LiveRank, PerformancePeriod
from domain.performance.month_score import MonthScore
from domain.performance.schemas import EmployeeScore, Ranking
from domain.performance.scoring import Month
from domain.shared.bulk import append_rows, fetch_rows
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.shared.pagination import cursor_int, cursor_text, decode_cursor, encode_cursor
from domain.shared.upsert import upsert_into

CLOSED = "closed"
POSITIONS = 2**31  # places are numbered in 32 bits (frozen_ranks, live_ranks): none was ever past it
# employee -> (score, employee number, full name)
Cohort = dict[uuid.UUID, tuple[Decimal, str, str]]


@dataclass(frozen=True, slots=True)
class Placed:
    """One entry of a ranking, in list order (`position` from 1)."""

    position: int
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    score: str
    rank: int
    percentile: str


def placed(cohort: Cohort) -> list[Placed]:
    """The cohort in list order: by rank (`rules.rank`), ties by employee number."""
    standings = rules.rank({employee_id: score for employee_id, (score, _no, _name) in cohort.items()})
    entries = sorted(standings.items(), key=lambda item: (item[1].rank, cohort[item[0]][1]))
    return [
        Placed(
            position=position,
            employee_id=employee_id,
            employee_no=cohort[employee_id][1],
            full_name=cohort[employee_id][2],
            score=format(cohort[employee_id][0], "f"),
            rank=standing.rank,
            percentile=format(standing.percentile, "f"),
        )
        for position, (employee_id, standing) in enumerate(entries, start=1)
    ]


@dataclass(slots=True)
class ClosingCohorts:
    """Gathers each template's cohort from the scores a closing freezes, as they stream by."""

    cohorts: dict[str, Cohort] = field(default_factory=dict)

    def watch(self, scores: Iterable[MonthScore]) -> Iterator[MonthScore]:
        for score in scores:
            if score.score is not None:
                entry = (Decimal(score.score), score.employee_no, score.full_name)
                for code in score.template_codes:
                    self.cohorts.setdefault(code, {})[score.employee_id] = entry
            yield score


async def rank_closing(
    session: AsyncSession, period: str, closing: int, cohorts: ClosingCohorts, now: datetime
) -> None:
    """Stores the ranking of every template scored in the closing."""
    for template, cohort in cohorts.cohorts.items():
        await _store(session, period, closing, template, cohort, now)


async def _store(session: AsyncSession, period: str, closing: int, template: str, cohort: Cohort, now: datetime) -> int:
    """Stores one template's ranking unless a racing reader has (insert-or-skip on the ranking's
    key: the loser waits for the winner and keeps its rows); answers the cohort's size."""
    connection = await session.connection()
    insert = upsert_into(FrozenRanking, connection.dialect.name)
    entries = placed(cohort)
    stored = await connection.execute(
        insert.values(period=period, closing=closing, template_code=template, cohort=len(entries), ranked_at=now)
        .on_conflict_do_nothing()
        .returning(FrozenRanking.cohort)
    )
    if stored.first() is None:
        cohort_size = await session.scalar(_ranking_row(period, closing, template))
        return int(cohort_size or 0)
    table: Table = FrozenRank.__table__  # type: ignore[assignment]
    rows = ((period, closing, template, e.position, e.employee_id, e.score, e.rank, e.percentile) for e in entries)
    await append_rows(session, table, _RANK_COLUMNS, rows)
    return len(entries)


_RANK_COLUMNS = ("period", "closing", "template_code", "position", "employee_id", "score", "rank", "percentile")


def _ranking_row(period: str, closing: int, template: str) -> Any:
    return select(FrozenRanking.cohort).where(
        FrozenRanking.period == period, FrozenRanking.closing == closing, FrozenRanking.template_code == template
    )


async def _frozen_cohort(session: AsyncSession, period: str, closing: int, template: str) -> Cohort:
    """A closing's cohort for a template, read from its frozen scores."""
    frozen = await fetch_rows(
        session,
        select(FrozenScore.employee_id, FrozenScore.score, Employee.employee_no, Employee.full_name)
        .join(Employee, Employee.id == FrozenScore.employee_id)
        .where(
            FrozenScore.period == period,
            FrozenScore.closing == closing,
            FrozenScore.score.is_not(None),
            FrozenScore.template_codes.contains(f" {template} ", autoescape=True),
        ),
    )
    cohort: Cohort = {
        employee_id: (Decimal(score), number, name) for employee_id, score, number, name in frozen if score is not None
    }
    # scores frozen before migration 0007 carry no template codes: their breakdown tells
    legacy = await session.execute(
        select(FrozenScore.employee_id, FrozenScore.breakdown).where(
            FrozenScore.period == period, FrozenScore.closing == closing, FrozenScore.template_codes.is_(None)
        )
    )
    for employee_id, document in legacy:
        score = EmployeeScore.model_validate(document)
        if score.score is not None and any(part.template_code == template for part in score.parts):
            cohort[employee_id] = (Decimal(score.score), score.employee_no, score.full_name)
    return cohort


def _after(cursor: str | None, source: str, closing: int) -> int:
    """The position the page starts after. A cursor of another closing (the month was reopened or
    closed since) no longer points into this list."""
    if cursor is None:
        return 0
    ranking, position = cursor_of(cursor, source)
    if ranking != closing:
        raise stale_cursor()
    return position


def cursor_of(cursor: str, source: str) -> tuple[int, int]:
    """(the ranking a cursor pages, the position it starts after); a cursor of the other source
    (the month was closed or reopened since) is stale."""
    kind, ranking, position = decode_cursor(cursor, arity=3)
    if cursor_text(kind) != source or cursor_int(position) >= POSITIONS:
        raise stale_cursor()
    return cursor_int(ranking), cursor_int(position)


def stale_cursor() -> InvalidInput:
    return InvalidInput(
        _("The month was closed, reopened or ranked anew since this cursor was issued; start again without it."),
        field="query.cursor",
        slug="pagination.invalid_cursor",
    )


async def frozen_page(
    session: AsyncSession,
    *,
    clock: Clock,
    month: Month,
    period_row: PerformancePeriod,
    template: str,
    limit: int,
    cursor: str | None,
) -> Ranking:
    """One page of a closed month's ranking, from the stored ranking of its latest closing (ranked
    now if that closing predates stored rankings)."""
    period = str(month)
    closing = period_row.closings
    after = _after(cursor, "frozen", closing)
    cohort_size = await session.scalar(_ranking_row(period, closing, template))
    if cohort_size is None:
        cohort = await _frozen_cohort(session, period, closing, template)
        cohort_size = await _store(session, period, closing, template, cohort, clock.now())
    entries = await places_after(
        session,
        FrozenRank,
        [FrozenRank.period == period, FrozenRank.closing == closing, FrozenRank.template_code == template],
        after,
        limit,
    )
    return page_of(period, template, "frozen", closing, int(cohort_size), entries, limit)


async def places_after(
    session: AsyncSession,
    places: type[FrozenRank] | type[LiveRank],
    ranking: list[ColumnElement[bool]],
    after: int,
    limit: int,
) -> list[Placed]:
    """The places of a stored ranking (frozen or live) after `position`, one more than `limit`."""
    rows = await session.execute(
        select(
            places.position,
            places.employee_id,
            Employee.employee_no,
            Employee.full_name,
            places.score,
            places.rank,
            places.percentile,
        )
        .join(Employee, Employee.id == places.employee_id)
        .where(*ranking, places.position > after)
        .order_by(places.position)
        .limit(limit + 1)
    )
    return [Placed(*row) for row in rows]


def page_of(
    period: str,
    template: str,
    source: str,
    ranking: int,
    cohort: int,
    entries: list[Placed],
    limit: int,
    as_of: datetime | None = None,
) -> Ranking:
    """A page of `entries` (read with one more than `limit`, to tell whether more follow); the
    cursor names the ranking it pages (a closing, or a live ranking's id)."""
    more = len(entries) > limit
    shown = entries[:limit]
    return Ranking.model_validate(
        {
            "period": period,
            "template_code": template,
            "source": source,
            "cohort": cohort,
            "entries": [
                {
                    "employee_id": e.employee_id,
                    "employee_no": e.employee_no,
                    "full_name": e.full_name,
                    "score": e.score,
                    "rank": e.rank,
                    "percentile": e.percentile,
                }
                for e in shown
            ],
            "as_of": as_of,
            "next_cursor": encode_cursor([source, ranking, shown[-1].position]) if more and shown else None,
        }
    )
