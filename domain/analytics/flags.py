"""Flags: the worker evaluates each figure once a day (the first worker to claim the day does it),
raises a flag for a group whose figure is on the wrong side of its threshold, and clears it on the
first evaluation that finds the figure recovered. A new flag is announced once (its department's
head and HR are told); the partial unique index on open flags lets only one of two racing raises
through. Suppressed groups are neither raised nor cleared: their figure is not shown.

Participation is flagged per department and for head office as a whole, and women's participation
on its own cut (the others' share is not flagged: it is the rest of the department's)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics import cuts, participation, rules
from domain.analytics.events import FlagRaised
from domain.analytics.models import AnalyticsEvaluation, AnalyticsFlag
from domain.analytics.schemas import FlagRead, SeriesGroup
from domain.analytics.sight import sight_of
from domain.org.queries import organisation_today
from domain.shared import events
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.upsert import upsert

TREND_LENGTH = 12  # evaluations kept on a flag, newest last


async def evaluate_flags(database: Database, clock: Clock) -> int:
    """Once a day: flags raised or cleared for participation; returns how many changed."""
    async with database.session_scope() as session:
        today = await organisation_today(session, clock)
        if not await _claim(session, clock, participation.FIGURE, today):
            return 0
        last_day = today - timedelta(days=1)
        units = await cuts.departments(session)
        cells, partitions = cuts.lattice(str(last_day), await participation.tallies(session, last_day), units)
        hidden = rules.suppressed(cells, partitions)
        department_of = {cuts.key(d, sex): d for d in units for sex in (None, "women")}
        opened = {
            flag.group_key: flag
            for flag in await session.scalars(
                select(AnalyticsFlag).where(
                    AnalyticsFlag.figure == participation.FIGURE, AnalyticsFlag.cleared_at.is_(None)
                )
            )
        }
        threshold = participation.THRESHOLD
        changed = 0
        for i, cell in enumerate(cells):
            if i in hidden or cell.denominator == 0 or cell.group.endswith("|sex:others"):
                continue
            value = rules.ratio(cell.numerator, cell.denominator)
            point = {"on": str(last_day), "value": str(value)}
            flag = opened.get(cell.group)
            if flag is not None:
                flag.trend = [*flag.trend, point][-TREND_LENGTH:]
                if not threshold.breached(value):
                    flag.cleared_at = clock.now()
                    changed += 1
                continue
            if threshold.breached(value):
                department = department_of.get(cell.group)
                sex = "women" if cell.group.endswith("|sex:women") else None
                flag_id = await _raise(
                    session,
                    clock,
                    figure=participation.FIGURE,
                    group_key=cell.group,
                    unit_id=department.id if department else None,
                    sex=sex,
                    threshold=threshold,
                    point=point,
                    raised_on=last_day,
                )
                if flag_id is not None:
                    events.announce(
                        session,
                        FlagRaised(
                            flag_id=flag_id,
                            figure=participation.FIGURE,
                            unit_id=department.id if department else None,
                            sex=sex,
                            value=str(value),
                            threshold=str(threshold.value),
                            direction=threshold.direction.value,
                        ),
                        clock=clock,
                    )
                    changed += 1
        return changed


async def _claim(session: AsyncSession, clock: Clock, figure: str, today: date) -> bool:
    """Moves the figure's evaluation day on to `today` unless a worker already did (a read first:
    the worker asks every pass, and all but the first of the day end there)."""
    done = await session.scalar(select(AnalyticsEvaluation.evaluated_on).where(AnalyticsEvaluation.figure == figure))
    if done is not None and done >= today:
        return False
    table = AnalyticsEvaluation.__table__
    insert = await upsert(session, table)
    claimed = await session.execute(
        insert.values(figure=figure, evaluated_on=today, evaluated_at=clock.now())
        .on_conflict_do_update(
            index_elements=[table.c.figure],
            set_={"evaluated_on": insert.excluded.evaluated_on, "evaluated_at": insert.excluded.evaluated_at},
            where=table.c.evaluated_on < insert.excluded.evaluated_on,
        )
        .returning(table.c.figure)
    )
    return claimed.first() is not None


async def _raise(
    session: AsyncSession,
    clock: Clock,
    *,
    figure: str,
    group_key: str,
    unit_id: uuid.UUID | None,
    sex: str | None,
    threshold: rules.Threshold,
    point: dict[str, str],
    raised_on: Any,
) -> uuid.UUID | None:
    """The new flag's id; None when an open flag for the group exists (another worker raised it)."""
    table = AnalyticsFlag.__table__
    inserted = await session.execute(
        (await upsert(session, table))
        .values(
            id=uuid.uuid4(),
            figure=figure,
            group_key=group_key,
            unit_id=unit_id,
            sex=sex,
            direction=threshold.direction.value,
            threshold=str(threshold.value),
            trend=[point],
            raised_on=raised_on,
            raised_at=clock.now(),
        )
        .on_conflict_do_nothing(
            index_elements=[table.c.figure, table.c.group_key], index_where=table.c.cleared_at.is_(None)
        )
        .returning(table.c.id)
    )
    flag_id: uuid.UUID | None = inserted.scalar_one_or_none()
    return flag_id


async def open_flags(session: AsyncSession, *, actor: Actor) -> list[FlagRead]:
    """The open flags the reader may see, newest first: HR, leaders and administrators all of them;
    a department head those of the departments under their grants; anyone else 404."""
    sight = await sight_of(session, actor)
    units = {d.id: d for d in await cuts.departments(session)}
    flags = await session.scalars(
        select(AnalyticsFlag).where(AnalyticsFlag.cleared_at.is_(None)).order_by(AnalyticsFlag.raised_at.desc())
    )
    found: list[FlagRead] = []
    for flag in flags:
        department = units.get(flag.unit_id) if flag.unit_id else None
        if sight.paths is not None and (department is None or not sight.covers(department.path)):
            continue
        found.append(
            FlagRead(
                id=flag.id,
                figure=flag.figure,
                group=SeriesGroup(
                    unit_id=department.id if department else None,
                    unit_code=department.code if department else None,
                    unit_name=department.name if department else None,
                    sex=flag.sex,
                ),
                threshold=flag.threshold,
                direction=flag.direction,
                value=flag.trend[-1]["value"],
                trend=[point["value"] for point in flag.trend],
                raised_on=flag.raised_on,
                raised_at=flag.raised_at,
            )
        )
    return found
