"""A pool as its members read it: its standing (models.PoolStanding), stored once per computation.

A draft pool is a live computation over its whole scope: a region's pool counts thousands of
people's days, scores and tickets (seconds on a big tenant), and every member opening "my pools"
computed it again. Members now read their own lines of the latest standing by key; the worker
recomputes a draft's standing when it is REFRESH_AFTER old, so members see figures at most
STALE_AFTER old (`as_of` says when); a member who finds none fresh (a new pool, a changed pool, the
worker away) computes it and stores it for the others. A calculated pool's standing is its
calculation, stored at its first reading. HR's own preview is always live.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, and_, delete, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.pools import preview
from domain.pools.models import Pool, PoolStanding, PoolStandingLine
from domain.pools.rules import PoolSide
from domain.pools.schemas import MemberLine, PoolPreview, PoolStatus
from domain.shared.bulk import append_rows
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.errors import DomainError
from domain.shared.upsert import upsert_into

log = logging.getLogger("frontline.pools")

STALE_AFTER = timedelta(minutes=10)
REFRESH_AFTER = timedelta(minutes=5)
# A standing that could not be computed (the scope is gone, the funding too large) keeps the worker
# from trying again every pass; members who read it compute the pool and get the problem.
_PROBLEM = "problem"


@dataclass(frozen=True)
class _Found:
    computed_at: datetime
    summary: dict[str, Any]
    lines: list[dict[str, Any]]


async def member_view(session: AsyncSession, pool: Pool, employee_id: uuid.UUID, now: datetime) -> PoolPreview:
    """The pool with only `employee_id`'s lines (none if they are not in it), from its standing."""
    found = await _latest(session, pool, employee_id)
    frozen = preview.is_frozen(pool)
    if found is not None and _PROBLEM not in found.summary and (frozen or found.computed_at > now - STALE_AFTER):
        lines = [MemberLine.model_validate(line) for line in found.lines]
        lines.sort(key=lambda line: line.side != PoolSide.FRONTLINE)
        return PoolPreview.model_validate({**found.summary, "members": []}).model_copy(
            update={"members": lines, "status": PoolStatus(pool.status), "source": "calculated" if frozen else "live"}
        )
    whole = await preview.current(session, pool, now)
    await store(session, pool, whole, (pool.calculated_at or now) if frozen else now)
    return whole.model_copy(update={"members": [line for line in whole.members if line.employee_id == employee_id]})


async def _latest(session: AsyncSession, pool: Pool, employee_id: uuid.UUID) -> _Found | None:
    """The latest standing of the pool's version with the person's lines, read in one statement
    (a standing replaced meanwhile cannot lose its lines between two reads)."""
    latest = (
        select(PoolStanding.id)
        .where(PoolStanding.pool_id == pool.id, PoolStanding.pool_version == pool.version)
        .order_by(PoolStanding.computed_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = (
        await session.execute(
            select(PoolStanding.computed_at, PoolStanding.summary, PoolStandingLine.line)
            .outerjoin(
                PoolStandingLine,
                and_(PoolStandingLine.standing_id == PoolStanding.id, PoolStandingLine.employee_id == employee_id),
            )
            .where(PoolStanding.id == latest)
        )
    ).all()
    if not rows:
        return None
    return _Found(rows[0].computed_at, rows[0].summary, [row.line for row in rows if row.line is not None])


async def store(session: AsyncSession, pool: Pool, whole: PoolPreview | None, computed_at: datetime) -> None:
    """Stores `whole` (None: the pool could not be computed) as the pool's standing at
    `computed_at`, unless a racing writer stored that moment, and drops the pool's older standings."""
    connection = await session.connection()
    standing_id = uuid.uuid4()
    summary = {_PROBLEM: True} if whole is None else whole.model_dump(mode="json", exclude={"members"})
    stored = await connection.execute(
        upsert_into(PoolStanding, connection.dialect.name)
        .values(id=standing_id, pool_id=pool.id, pool_version=pool.version, computed_at=computed_at, summary=summary)
        .on_conflict_do_nothing()
        .returning(PoolStanding.id)
    )
    if stored.first() is None:
        return
    if whole is not None:
        table: Table = PoolStandingLine.__table__  # type: ignore[assignment]
        rows = (
            (standing_id, line.employee_id, line.side.value, json.dumps(line.model_dump(mode="json")))
            for line in whole.members
        )
        await append_rows(session, table, ("standing_id", "employee_id", "side", "line"), rows)
    await session.execute(
        delete(PoolStanding).where(
            PoolStanding.pool_id == pool.id,
            PoolStanding.id != standing_id,
            or_(PoolStanding.pool_version != pool.version, PoolStanding.computed_at < computed_at),
        )
    )


async def refresh_standings(database: Database, clock: Clock) -> int:
    """Worker job: recomputes one draft pool whose standing of its version is missing or
    REFRESH_AFTER old (one per pass, so the passes between keep escalations on time); a pool another
    worker is computing is skipped (its row is held). Answers how many it recomputed."""
    now = clock.now()
    async with database.session_scope() as session:
        fresh = exists().where(
            PoolStanding.pool_id == Pool.id,
            PoolStanding.pool_version == Pool.version,
            PoolStanding.computed_at > now - REFRESH_AFTER,
        )
        pool = await session.scalar(
            select(Pool)
            .where(Pool.status == PoolStatus.DRAFT.value, ~fresh)
            .order_by(Pool.updated_at, Pool.id)
            .limit(1)
            .with_for_update(skip_locked=True, of=Pool)
        )
        if pool is None:
            return 0
        try:
            whole: PoolPreview | None = await preview.compute(session, pool, now)
        except DomainError as error:
            log.info("pool %s could not be computed for its members: %s", pool.id, error)
            whole = None
        await store(session, pool, whole, now)
        return 1
