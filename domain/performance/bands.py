"""Performance bands: where a score stood in its closed month, never the score. Two readers: others'
screens (a posting's applicant list: top 10 %, top 30 %, middle, bottom 30 %, the latest month) and
the person themself (`my_bands`: top 10 % / 30 % / 50 % / other, month by month; only their own).
The percentile is the mid-rank one of `rules.rank`, over everyone scored that month."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from decimal import Decimal

from sqlalchemy import Numeric, case, cast, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance import rules
from domain.performance.models import FrozenScore, PerformancePeriod
from domain.performance.schemas import MyBand
from domain.shared.actor import Actor
from domain.shared.errors import NotFound
from domain.shared.i18n import _


def band(percentile: Decimal) -> str:
    if percentile >= 90:
        return "top_10"
    if percentile >= 70:
        return "top_30"
    if percentile > 30:
        return "middle"
    return "bottom_30"


async def latest_bands(session: AsyncSession, employee_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each person's band in the latest of the last three closed months they were scored in (absent:
    not scored then). Reads each month's scores whole (the cohort decides the band)."""
    if not employee_ids:
        return {}
    closed = await session.execute(
        select(PerformancePeriod.period, PerformancePeriod.closings)
        .where(PerformancePeriod.status == "closed")
        .order_by(PerformancePeriod.period.desc())
        .limit(3)
    )
    found: dict[uuid.UUID, str] = {}
    wanted = set(employee_ids)
    for period, closing in closed:
        scored = await session.execute(
            select(FrozenScore.employee_id, FrozenScore.score).where(
                FrozenScore.period == period, FrozenScore.closing == closing, FrozenScore.score.is_not(None)
            )
        )
        scores = {employee_id: Decimal(score) for employee_id, score in scored if score is not None}
        mine = (wanted - set(found)) & set(scores)
        if mine:
            standings = rules.rank(scores)
            found.update({employee_id: band(standings[employee_id].percentile) for employee_id in mine})
        if not wanted - set(found):
            break
    return found


def own_band(percentile: Decimal) -> str:
    """The band a person reads of themself: top 10 %, top 30 %, top 50 % or other."""
    if percentile >= 90:
        return "top_10"
    if percentile >= 70:
        return "top_30"
    if percentile >= 50:
        return "top_50"
    return "other"


def mid_rank_percentile(below: int, equal: int, cohort: int) -> Decimal:
    """`rules.rank`'s percentile from counts: 100 (2 below + equal - 1) / (2 (n - 1)), 100 alone."""
    if cohort <= 1:
        return Decimal(100)
    return Decimal(100) * Decimal(2 * below + equal - 1) / Decimal(2 * (cohort - 1))


async def my_bands(session: AsyncSession, employee_id: uuid.UUID, months: int = 12) -> list[tuple[str, str]]:
    """(month, band) for the latest `months` closed months the person was scored in, newest first.
    Each month is counted in the database (how many scored below, alike, in all): no one else's
    score leaves it."""
    closed = await session.execute(
        select(PerformancePeriod.period, PerformancePeriod.closings)
        .where(PerformancePeriod.status == "closed")
        .order_by(PerformancePeriod.period.desc())
        .limit(months)
    )
    found = []
    for period, closing in closed:
        mine = await session.scalar(
            select(FrozenScore.score).where(
                FrozenScore.period == period, FrozenScore.closing == closing, FrozenScore.employee_id == employee_id
            )
        )
        if mine is None:
            continue
        value, own = cast(FrozenScore.score, Numeric), cast(literal(mine), Numeric)
        below, equal, cohort = (
            await session.execute(
                select(
                    func.sum(case((value < own, 1), else_=0)),
                    func.sum(case((value == own, 1), else_=0)),
                    func.count(),
                ).where(FrozenScore.period == period, FrozenScore.closing == closing, FrozenScore.score.is_not(None))
            )
        ).one()
        found.append((period, own_band(mid_rank_percentile(int(below or 0), int(equal or 0), int(cohort)))))
    return found


async def bands_for_me(session: AsyncSession, *, actor: Actor, months: int = 12) -> list[MyBand]:
    if actor.employee_id is None:
        raise NotFound(_("This account is not an employee."), slug="employee.not_found")
    return [MyBand(period=period, band=band) for period, band in await my_bands(session, actor.employee_id, months)]
