"""The training-effect report (效果评估) of a course, for HR and leaders: for each metric the course
is linked to and each population scored on it, the points of the people who passed the course in
the months before and after, against everyone else of that population over the same months
(`effect_rules.training_effect`). Points come from closed months only (the latest closing's frozen
scores), so the report does not move while a month is still being entered."""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import Text, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance.models import FrozenScore, MetricDefinition, PerformancePeriod
from domain.performance.months import Month
from domain.performance.schemas import Population
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.i18n import _
from domain.training.catalog import get_course
from domain.training.effect_rules import EffectFigures, month_index, training_effect
from domain.training.models import TrainingCompletion
from domain.training.schemas import MetricEffect, TrainingEffect

# (metric, population) -> person -> month index -> [sum of points x days, days]
_Points = dict[tuple[str, str], dict[uuid.UUID, dict[int, list[Decimal]]]]


async def course_effect(session: AsyncSession, *, actor: Actor, code: str, months: int = 3) -> TrainingEffect:
    require_role(
        actor,
        Role.HR,
        Role.LEADER,
        Role.ADMIN,
        refusal=_("Training effect is for HR and leaders."),
        slug="training.forbidden",
    )
    course = await get_course(session, code)
    passed = await session.execute(
        select(TrainingCompletion.employee_id, func.min(TrainingCompletion.completed_on))
        .where(TrainingCompletion.course_code == code, TrainingCompletion.earned_centi > 0)
        .group_by(TrainingCompletion.employee_id)
    )
    started = {employee_id: month_index(day.year, day.month) for employee_id, day in passed}
    metrics = list(course.effect_metrics)
    names = dict(
        (
            await session.execute(
                select(MetricDefinition.code, MetricDefinition.name).where(MetricDefinition.code.in_(metrics))
            )
        ).all()
    )
    points = await _points(session, metrics, started, months) if started and metrics else {}
    lines = []
    for metric in metrics:
        for population in Population:
            people = points.get((metric, population.value))
            if people is None:
                continue
            history = {
                person: {m: total / days for m, (total, days) in by_month.items() if days}
                for person, by_month in people.items()
            }
            lines.append(
                _line(metric, names.get(metric, metric), population, training_effect(history, started, months))
            )
    return TrainingEffect(course_code=code, months=months, passed=len(started), metrics=lines)


async def _points(session: AsyncSession, metrics: list[str], started: dict[uuid.UUID, int], months: int) -> _Points:
    """Each person's points per closed month on the metrics, by population (a month split between
    units weighs each part's points by its days), read from the scores frozen in the months any
    participant's windows cover."""
    first, last = min(started.values()) - months, max(started.values()) + months
    closed = await session.execute(
        select(PerformancePeriod.period, PerformancePeriod.closings).where(PerformancePeriod.status == "closed")
    )
    periods = {}
    for period, closings in closed:
        month = Month.parse(period)
        if first <= month_index(month.year, month.month) <= last:
            periods[period] = (month_index(month.year, month.month), closings)
    wanted = set(metrics)
    # a coarse filter the database applies to the stored text (the quoted code appears in every
    # breakdown that scores the metric), exact in `_add`: scorecards may have changed since
    naming = [cast(FrozenScore.breakdown, Text).contains(f'"{code}"', autoescape=True) for code in metrics]
    points: _Points = defaultdict(lambda: defaultdict(dict))
    for period, (index, closing) in sorted(periods.items()):
        documents = await session.execute(
            select(FrozenScore.employee_id, FrozenScore.breakdown).where(
                FrozenScore.period == period, FrozenScore.closing == closing, or_(*naming)
            )
        )
        for employee_id, document in documents:
            _add(points, employee_id, index, document, wanted)
    return points


def _add(points: _Points, employee_id: uuid.UUID, index: int, document: dict[str, Any], wanted: set[str]) -> None:
    # the breakdown is read as stored (a dict), not validated into models: a cohort can be large
    for part in document.get("parts", []):
        days = Decimal(part.get("days") or 0)
        for line in part.get("metrics", []):
            if line.get("metric_code") in wanted and line.get("points") is not None and days:
                held = points[(line["metric_code"], part["population"])][employee_id].setdefault(
                    index, [Decimal(0), Decimal(0)]
                )
                held[0] += Decimal(line["points"]) * days
                held[1] += days


def _line(metric: str, name: str, population: Population, figures: EffectFigures) -> MetricEffect:
    def text(value: Decimal | None) -> str | None:
        return None if value is None else format(value, "f")

    return MetricEffect(
        metric_code=metric,
        metric_name=name,
        population=population,
        participants=figures.participants,
        participants_before=text(figures.participants_before),
        participants_after=text(figures.participants_after),
        participants_change=text(figures.participants_change),
        comparison=figures.comparison,
        comparison_change=text(figures.comparison_change),
        effect=text(figures.effect),
    )
