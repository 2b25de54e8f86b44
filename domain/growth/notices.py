"""The worker tells people when they become eligible (晋升机会提醒): once per person, rule and
version of the rule. Every 5 minutes at most, a pass compares a watermark of the data eligibility
reads (the latest closing, credit, assignment change and rule edit, and today's date); when nothing
moved it ends there. The pass holds the watermark row (SKIP LOCKED: a second worker skips while the
first evaluates), evaluates every active rule for everyone, and inserts a notice per eligible person;
the notice's key lets only the first insert through, so no one hears twice, whichever worker runs."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.growth.eligibility import evaluate_all
from domain.growth.events import BecameEligible
from domain.growth.models import EligibilityNotice, EligibilityRule, EligibilityWatermark
from domain.org.queries import organisation_today
from domain.people.models import Assignment
from domain.performance.models import PerformancePeriod
from domain.shared import events
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.upsert import upsert
from domain.training.models import CreditEntry

WATERMARK_ID = 1
# how often the data is looked at (the watermark's reads scan the ledger and assignments)
CHECK_EVERY = timedelta(minutes=5)


async def _mark(session: AsyncSession, clock: Clock) -> str:
    parts = [str(await organisation_today(session, clock))]
    for column in (
        PerformancePeriod.changed_at,
        CreditEntry.recorded_at,
        Assignment.updated_at,
        EligibilityRule.updated_at,
    ):
        latest = await session.scalar(select(func.max(column)))
        parts.append(latest.isoformat() if latest is not None else "-")
    return " ".join(parts)


async def notify_eligibility(database: Database, clock: Clock) -> int:
    """Notices for everyone newly eligible; returns how many were told."""
    async with database.session_scope() as session:
        now = clock.now()
        row = await session.scalar(
            select(EligibilityWatermark)
            .where(EligibilityWatermark.id == WATERMARK_ID)
            .with_for_update(skip_locked=True)
        )
        if row is None and not await _claim_first(session, clock):
            return 0  # another worker holds the row: it is evaluating
        if row is not None and now - row.evaluated_at < CHECK_EVERY:
            return 0
        mark = await _mark(session, clock)
        if row is not None and row.mark == mark:
            row.evaluated_at = now
            return 0
        rules = list(await session.scalars(select(EligibilityRule).where(EligibilityRule.active.is_(True))))
        today = await organisation_today(session, clock)
        eligible = [e for e in await evaluate_all(session, today, rules) if e.eligible]
        told = 0
        if eligible:
            table: Table = EligibilityNotice.__table__  # type: ignore[assignment]
            insert = await upsert(session, table)
            now = clock.now()
            rows = [
                {
                    "rule_code": e.rule.code,
                    "rule_version": e.rule.version,
                    "employee_id": e.person.employee_id,
                    "notified_at": now,
                }
                for e in eligible
            ]
            new: set[tuple[str, uuid.UUID]] = set()
            for start in range(0, len(rows), 1000):
                inserted = await session.execute(
                    insert.on_conflict_do_nothing().returning(table.c.rule_code, table.c.employee_id),
                    rows[start : start + 1000],
                )
                new.update((code, employee_id) for code, employee_id in inserted)
            for e in eligible:
                if (e.rule.code, e.person.employee_id) in new:
                    events.announce(
                        session,
                        BecameEligible(
                            rule_code=e.rule.code,
                            rule_version=e.rule.version,
                            employee_id=e.person.employee_id,
                            title=e.rule.local_title or e.rule.title,
                            target=e.rule.target,
                        ),
                        clock=clock,
                    )
                    told += 1
        watermark = await session.get(EligibilityWatermark, WATERMARK_ID)
        assert watermark is not None
        watermark.mark = mark
        watermark.evaluated_at = now
        return told


async def _claim_first(session: AsyncSession, clock: Clock) -> bool:
    """Creates the watermark row (held, uncommitted, by this transaction); False if another worker did."""
    table: Table = EligibilityWatermark.__table__  # type: ignore[assignment]
    created = await session.execute(
        (await upsert(session, table))
        .values(id=WATERMARK_ID, mark="", evaluated_at=clock.now())
        .on_conflict_do_nothing()
        .returning(table.c.id)
    )
    return created.first() is not None
