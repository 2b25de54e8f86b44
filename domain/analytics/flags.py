"""Flags: the worker evaluates each flagged figure once a day (the first worker to claim the day
does it), raises a flag for a group whose figure is on the wrong side of its threshold, and clears
it on the first evaluation that finds the figure recovered. A new flag is announced once (the
unit's heads and HR are told); the partial unique index on open flags lets only one of two racing
raises through. A group absent from a day's readings (suppressed, or nobody counted) is neither
raised nor cleared: its figure is not shown.

Each figure says what it reads (`Reading`: a group's value and the threshold it is held to) and is
listed in `FLAGGED`; this module only compares, remembers and announces."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Collection
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics import late_shifts, leader_days, participation, retention, satisfaction, turnover
from domain.analytics.events import FlagRaised
from domain.analytics.models import AnalyticsEvaluation, AnalyticsFlag
from domain.analytics.readings import Reading
from domain.analytics.schemas import FlagRead, SeriesGroup
from domain.analytics.sight import sight_of
from domain.org.models import OrgUnit
from domain.org.queries import organisation_today
from domain.people.models import Employee
from domain.shared import events
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.upsert import upsert

TREND_LENGTH = 12  # evaluations kept on a flag, newest last

Readings = Callable[[AsyncSession, date], Awaitable[list[Reading]]]

# every flagged figure and what it reads for the day before the evaluation
FLAGGED: dict[str, Readings] = {
    participation.FIGURE: participation.readings,
    retention.FIGURE: retention.readings,
    turnover.FIGURE: turnover.readings,
    satisfaction.FIGURE: satisfaction.readings,
    late_shifts.FIGURE: late_shifts.readings,
    leader_days.FIGURE: leader_days.readings,
}


async def evaluate_flags(database: Database, clock: Clock, figures: Collection[str] | None = None) -> int:
    """Once a day per figure (all, or those named): flags raised or cleared; returns how many changed."""
    changed = 0
    for figure, readings in FLAGGED.items():
        if figures is not None and figure not in figures:
            continue
        async with database.session_scope() as session:
            today = await organisation_today(session, clock)
            if not await _claim(session, clock, figure, today):
                continue
            last_day = today - timedelta(days=1)
            changed += await _compare(session, clock, figure, await readings(session, last_day), last_day)
    return changed


async def _compare(session: AsyncSession, clock: Clock, figure: str, found: list[Reading], last_day: date) -> int:
    opened = {
        flag.group_key: flag
        for flag in await session.scalars(
            select(AnalyticsFlag).where(AnalyticsFlag.figure == figure, AnalyticsFlag.cleared_at.is_(None))
        )
    }
    changed = 0
    for reading in found:
        point = {"on": str(last_day), "value": str(reading.value)}
        flag = opened.get(reading.group_key)
        if flag is not None:
            flag.trend = [*flag.trend, point][-TREND_LENGTH:]
            if not reading.threshold.breached(reading.value):
                flag.cleared_at = clock.now()
                changed += 1
            continue
        if not reading.threshold.breached(reading.value):
            continue
        flag_id = await _raise(session, clock, figure=figure, reading=reading, point=point, raised_on=last_day)
        if flag_id is not None:
            events.announce(
                session,
                FlagRaised(
                    flag_id=flag_id,
                    figure=figure,
                    unit_id=reading.unit_id,
                    sex=reading.sex,
                    employee_id=reading.employee_id,
                    value=str(reading.value),
                    threshold=str(reading.threshold.value),
                    direction=reading.threshold.direction.value,
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
    session: AsyncSession, clock: Clock, *, figure: str, reading: Reading, point: dict[str, str], raised_on: date
) -> uuid.UUID | None:
    """The new flag's id; None when an open flag for the group exists (another worker raised it)."""
    table = AnalyticsFlag.__table__
    inserted = await session.execute(
        (await upsert(session, table))
        .values(
            id=uuid.uuid4(),
            figure=figure,
            group_key=reading.group_key,
            unit_id=reading.unit_id,
            sex=reading.sex,
            employee_id=reading.employee_id,
            direction=reading.threshold.direction.value,
            threshold=str(reading.threshold.value),
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
    a department head or store manager those of the units under their grants; anyone else 404."""
    sight = await sight_of(session, actor)
    rows = await session.execute(
        select(AnalyticsFlag, OrgUnit, Employee.full_name, Employee.local_name)
        .outerjoin(OrgUnit, OrgUnit.id == AnalyticsFlag.unit_id)
        .outerjoin(Employee, Employee.id == AnalyticsFlag.employee_id)
        .where(AnalyticsFlag.cleared_at.is_(None))
        .order_by(AnalyticsFlag.raised_at.desc(), AnalyticsFlag.id)
    )
    found: list[FlagRead] = []
    for flag, unit, full_name, local_name in rows:
        if sight.paths is not None and (unit is None or not sight.covers(unit.path)):
            continue
        found.append(
            FlagRead(
                id=flag.id,
                figure=flag.figure,
                group=SeriesGroup(
                    unit_id=unit.id if unit else None,
                    unit_code=unit.code if unit else None,
                    unit_name=unit.name if unit else None,
                    sex=flag.sex,
                ),
                employee_id=flag.employee_id,
                employee_name=local_name or full_name,
                threshold=flag.threshold,
                direction=flag.direction,
                value=flag.trend[-1]["value"],
                trend=[point["value"] for point in flag.trend],
                raised_on=flag.raised_on,
                raised_at=flag.raised_at,
            )
        )
    return found
