"""Live scores of a month, for everyone at once (month-end closing, rankings, pool measures) or for
a chosen few (one person's own page, through `scoring.score_of`): the one implementation of the
scoring rule.

A person's month is cut into parts by assigned days (home unit, stores, projects), each part is
scored with its population's scorecard, and the parts are weighted by days, so a seconded employee's
frontline weeks count for exactly what they were.

Which scorecard: a part at a store or project is `store` for store staff and `seconded` for
head-office staff; a part anywhere else is `support`. The active template of that population with
the first code is used. Where values come from, per metric source:
- manual / pushed: the person's own value for the month, else (store-side metrics) the value of the
  part's store for the month;
- sales: store-side metrics take the part's store sales for the month, others the person's own
  (none where the month's sales are in several currencies, which cannot be added up);
- tickets: the average frontline rating of tickets the person resolved in the month;
- training: the credits the person earned in the month (awards less revocations and corrections
  counted in it, domain/training); none is 0, since the ledger is the whole record.
- frontline_days: the days the person spent at a store or project from January 1st to the month's
  end (by the placement rule, home days at a store included); the leaders' rule of 30 a year.
Targets: the person's own for the month, else the nearest unit up from the part's unit. A
volume-based metric's target is multiplied by the person's available over standard hours where an
approved flexible arrangement or a legal protection shortened their days
(`domain.performance.volume_targets`); their line says so.

The month's inputs are read for all the people asked about in a handful of queries (assignments
overlapping the month, units, templates, metrics, values, targets, sales sums per store and per
employee, ticket rating averages per employee), not six per person (`month_inputs`), and each person
is scored in memory with the pure rules (`domain.performance.rules`, through `month_scorer`).

Values stay in micro-units (integers) until a metric line is scored, and a metric line is scored once
per distinct (line, value, target): a store's value and a region's target are shared by everyone in
that store, ratings and percentages repeat, so most lines are a dictionary hit. The few people
with pro-rated volume targets (read once per computation, for the people scored) have those lines
scored for them alone.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Collection, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance.month_inputs import is_few, load_inputs, load_people
from domain.performance.month_score import MonthScore
from domain.performance.month_scorer import MonthScorer
from domain.performance.months import Month


async def month_scores(
    session: AsyncSession,
    month: Month,
    *,
    employee_ids: Collection[uuid.UUID] | None = None,
    breakdowns: bool = True,
) -> list[MonthScore]:
    """The live scores of `month` for the active employees (or exactly the employees `employee_ids`
    names, whatever their status), ordered by employee number. No authorization: callers check it.

    `breakdowns=False` skips building the per-metric breakdown (rankings need only the score and
    the templates used). Raises `InvalidInput` for a metric with an unreadable scoring rule.
    """
    pause: AbstractContextManager[None] = nullcontext() if is_few(employee_ids) else collector_paused()
    with pause:
        return list(await month_score_stream(session, month, employee_ids=employee_ids, breakdowns=breakdowns))


async def month_score_stream(
    session: AsyncSession,
    month: Month,
    *,
    employee_ids: Collection[uuid.UUID] | None = None,
    breakdowns: bool = True,
) -> Iterator[MonthScore]:
    """`month_scores` as an iterator: the inputs are read now, each person is scored as the iterator
    reaches them, so a caller can write scores while later ones are still being computed (month-end
    streams them into COPY: the database stores one batch while Python scores the next)."""
    if employee_ids is not None and not employee_ids:
        return iter(())
    people = await load_people(session, employee_ids)
    inputs = await load_inputs(session, month, employee_ids, people)
    scorer = MonthScorer(inputs, month, breakdowns)
    return (scorer.score(*person) for person in people)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector around bulk month-end work.

    Scoring 100,000 people allocates millions of small objects that hold no cycles (reference
    counting frees them). The cyclic collector runs on allocation counts and each older-generation
    pass walks the whole heap, so it ran again and again over the same live objects: with it paused
    a 80,000-person ranking took half the time. It is switched back on at the end (if it was on:
    nested or concurrent pauses leave it to the outermost), and anything cyclic is collected then.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
