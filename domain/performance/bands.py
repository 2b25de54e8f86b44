"""A person's performance band for others' screens (a posting's applicant list): where their score
stood in the latest closed month, as a coarse band (top 10 %, top 30 %, middle, bottom 30 %), never
the score. The percentile is the mid-rank one of `rules.rank`, over everyone scored that month."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance import rules
from domain.performance.models import FrozenScore, PerformancePeriod


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
