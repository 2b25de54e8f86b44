"""Satisfaction with frontline postings: the share of pulse survey answers of 4 or 5 on the
headline question, by period (the day the wave opened), department (the respondent's home, with
sub-departments) or store (the posting's unit, with its region), and sex; with the reasons
respondents chose, most chosen by the unsatisfied first. Flagged below 60 % (HR's setting).

Only answers of closed waves are read: a count that moved as each person answered would show each
answer. Groups of fewer than the minimum respondents are suppressed like any people figure, and so
are their reasons. Comments are read by HR alone, only of a group with the minimum respondents."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Integer, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics import cuts, rollups, rules
from domain.analytics.cuts import Department, Tally
from domain.analytics.inputs import check_grouping, check_range
from domain.analytics.readings import Reading
from domain.analytics.schemas import (
    ReasonCount,
    SatisfactionSeries,
    SurveyCommentRead,
    SurveyCommentsRead,
)
from domain.analytics.settings import Settings, settings_in_force
from domain.analytics.sight import narrowed, sight_of
from domain.org.models import OrgUnit, OrgUnitKind
from domain.shared.access import holds_role
from domain.shared.actor import Actor, Role
from domain.shared.errors import Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.surveys.models import PulseSurvey, SurveyResponse, SurveyWave
from domain.surveys.rules import SATISFIED

FIGURE = "satisfaction"
GROUPINGS = ("department", "store", "sex")
FLAG_WINDOW_DAYS = 91  # a flag reads the waves opened in the quarter up to the day
TOP_REASONS = 3


@dataclass(frozen=True)
class Answers:
    """Closed waves' answers of one period, counted per unit path and sex, and per reason."""

    tallies: list[Tally]
    reasons: dict[str, list[Tally]]  # reason -> (chosen by, of whom unsatisfied) per unit path and sex


async def answers(
    session: AsyncSession, first: date, last: date, *, by_store: bool, with_reasons: bool = True
) -> Answers:
    """Per the respondent's home unit (or the posting's unit, `by_store`) and sex: answers of 4 or 5
    of all answers; and per reason (`with_reasons`): the unsatisfied who chose it of all who chose it."""
    unit = OrgUnit.path
    cut = SurveyResponse.unit_id if by_store else SurveyResponse.home_unit_id
    satisfied = func.count().filter(SurveyResponse.score >= SATISFIED)
    unsatisfied = func.sum((SurveyResponse.score < SATISFIED).cast(Integer))
    base = (
        select(unit, SurveyResponse.woman)
        .select_from(SurveyResponse)
        .join(SurveyWave, SurveyWave.id == SurveyResponse.wave_id)
        .join(OrgUnit, OrgUnit.id == cut)
        .where(SurveyWave.closed_at.is_not(None), SurveyWave.opened_on >= first, SurveyWave.opened_on <= last)
    )
    rows = await session.execute(base.add_columns(satisfied, func.count()).group_by(unit, SurveyResponse.woman))
    tallies = [Tally(path, bool(woman), int(yes), int(total)) for path, woman, yes, total in rows]
    by_reason: dict[str, list[Tally]] = defaultdict(list)
    if not with_reasons:
        return Answers(tallies, {})
    chosen = await session.execute(
        base.add_columns(SurveyResponse.reason, unsatisfied, func.count())
        .where(SurveyResponse.reason.is_not(None))
        .group_by(unit, SurveyResponse.woman, SurveyResponse.reason)
    )
    for path, woman, reason, unhappy, total in chosen:
        by_reason[reason].append(Tally(path, bool(woman), int(unhappy or 0), int(total)))
    return Answers(tallies, dict(by_reason))


def _check(group_by: Sequence[str]) -> bool:
    """True when grouped by store; department and store are two ways of cutting, not one."""
    check_grouping(group_by, GROUPINGS)
    if "department" in group_by and "store" in group_by:
        raise InvalidInput(
            _("Group by department or by store, not both."),
            field="query.group_by",
            slug="analytics.grouping_conflict",
        )
    return "store" in group_by


async def _labels(session: AsyncSession) -> dict[str, tuple[str, str | None]]:
    """Each reason key's wording, the newest survey's where several use the key."""
    labels: dict[str, tuple[str, str | None]] = {}
    for reasons in await session.scalars(select(PulseSurvey.reasons).order_by(PulseSurvey.created_at)):
        for reason in reasons:
            labels[reason["key"]] = (reason["text"], reason.get("local_text"))
    return labels


async def satisfaction(
    session: AsyncSession,
    *,
    actor: Actor,
    period_from: date,
    period_to: date,
    group_by: Sequence[str] = (),
    granularity: rules.Granularity = rules.Granularity.MONTH,
    unit_id: uuid.UUID | None = None,
) -> SatisfactionSeries:
    sight = await narrowed(session, await sight_of(session, actor), unit_id)
    check_range(period_from, period_to)
    by_store = _check(group_by)
    settings = await settings_in_force(session)
    threshold = settings.threshold("satisfaction_below")
    units = await (cuts.frontline_units(session) if by_store else cuts.departments(session))
    grouping = ["department" if g == "store" else g for g in group_by]
    wanted = cuts.wanted_keys(grouping, units, sight)
    shown: dict[str, rollups.Points] = {}
    reason_cells: dict[tuple[str, str], dict[str, rules.Cell]] = defaultdict(dict)
    for period in rules.periods(period_from, period_to, granularity):
        found = await answers(session, period.first, period.last, by_store=by_store)
        cells, partitions = cuts.lattice(period.label, found.tallies, units)
        stored = rollups.from_cells(cells, partitions, settings.minimum_group)
        shown[period.label] = {(point.group, point.measure): point for point in stored}
        for reason, tallies in found.reasons.items():
            for cell in cuts.lattice(period.label, tallies, units)[0]:
                reason_cells[(cell.period, cell.group)][reason] = cell
    points = rollups.series(shown, wanted, threshold=threshold)
    labels = await _labels(session)
    keys = {(group.unit_id, group.sex): key for key, group in wanted}
    reasons: list[ReasonCount] = []
    for point in points:
        if point.suppressed or not point.denominator:
            continue
        chosen = reason_cells.get((point.period, keys[(point.group.unit_id, point.group.sex)]), {})
        ranked = sorted(chosen.items(), key=lambda item: (-item[1].numerator, -item[1].denominator, item[0]))
        for reason, cell in ranked[:TOP_REASONS]:
            if cell.denominator == 0:
                continue
            text, local_text = labels.get(reason, (reason, None))
            reasons.append(
                ReasonCount(
                    period=point.period,
                    group=point.group,
                    reason=reason,
                    text=text,
                    local_text=local_text,
                    chosen=cell.denominator,
                    unsatisfied=cell.numerator,
                )
            )
    return SatisfactionSeries(
        figure=FIGURE,
        period_from=period_from,
        period_to=period_to,
        granularity=granularity,
        group_by=list(dict.fromkeys(group_by)),
        threshold=str(threshold.value.quantize(Decimal("0.0001"))),
        direction=threshold.direction.value,
        minimum_group=settings.minimum_group,
        points=points,
        reasons=reasons,
    )


async def readings(session: AsyncSession, last_day: date) -> list[Reading]:
    """What the flags compare for `last_day`: the waves opened in the quarter up to it, for head
    office, each department and its women, and each store; suppressed groups left out."""
    settings = await settings_in_force(session)
    first = last_day - timedelta(days=FLAG_WINDOW_DAYS - 1)
    departments = await cuts.departments(session)
    at_home = await answers(session, first, last_day, by_store=False, with_reasons=False)
    found = _readings(at_home.tallies, departments, settings)
    stores = {u.id for u in await cuts.units_of(session, OrgUnitKind.STORE, OrgUnitKind.PROJECT)}
    at_stores = (await answers(session, first, last_day, by_store=True, with_reasons=False)).tallies
    found += _readings(at_stores, await cuts.frontline_units(session), settings, only=stores)
    return found


def _readings(
    tallies: list[Tally], units: list[Department], settings: Settings, *, only: set[uuid.UUID] | None = None
) -> list[Reading]:
    """A reading per shown group of the lattice; `only` these units and no women's cut (stores:
    head office and women's cuts come from the departments' lattice, regions from their stores)."""
    cells, partitions = cuts.lattice("", tallies, units)
    hidden = rules.suppressed(cells, partitions, settings.minimum_group)
    unit_of = {cuts.key(d, sex): d for d in units for sex in (None, "women")}
    found: list[Reading] = []
    for i, cell in enumerate(cells):
        value = rules.ratio(cell.numerator, cell.denominator)
        unit = unit_of.get(cell.group)
        if i in hidden or value is None or cell.group.endswith("|sex:others"):
            continue
        if only is not None and (unit is None or unit.id not in only or cell.group.endswith("|sex:women")):
            continue
        found.append(
            Reading(
                group_key=cell.group,
                value=value,
                threshold=settings.threshold("satisfaction_below"),
                unit_id=unit.id if unit else None,
                sex="women" if cell.group.endswith("|sex:women") else None,
            )
        )
    return found


async def comments(
    session: AsyncSession,
    *,
    actor: Actor,
    period_from: date,
    period_to: date,
    unit_id: uuid.UUID | None = None,
) -> SurveyCommentsRead:
    """HR's reading of the comments of closed waves opened in the range, of head office, a
    department's people or a store's postings: none shown for fewer than the minimum respondents."""
    sight = await narrowed(session, await sight_of(session, actor), unit_id)
    if not holds_role(actor, Role.HR):
        raise Forbidden(_("Only HR reads survey comments."), slug="analytics.comments_hr_only")
    check_range(period_from, period_to)
    settings = await settings_in_force(session)
    query = (
        select(SurveyResponse.comment, SurveyResponse.reason, SurveyWave.opened_on)
        .join(SurveyWave, SurveyWave.id == SurveyResponse.wave_id)
        .where(
            SurveyWave.closed_at.is_not(None), SurveyWave.opened_on >= period_from, SurveyWave.opened_on <= period_to
        )
    )
    if unit_id is not None:
        home = OrgUnit.__table__.alias("home")
        posting = OrgUnit.__table__.alias("posting")
        path = (sight.paths or ("",))[0]  # narrowed to the unit's subtree
        query = (
            query.join(home, home.c.id == SurveyResponse.home_unit_id)
            .join(posting, posting.c.id == SurveyResponse.unit_id)
            .where(home.c.path.startswith(path) | posting.c.path.startswith(path))
        )
    rows = (await session.execute(query.order_by(SurveyResponse.id))).all()
    respondents = len(rows)
    if respondents < settings.minimum_group:
        return SurveyCommentsRead(
            period_from=period_from,
            period_to=period_to,
            unit_id=unit_id,
            respondents=None,
            suppressed=respondents > 0,
            comments=[],
        )
    return SurveyCommentsRead(
        period_from=period_from,
        period_to=period_to,
        unit_id=unit_id,
        respondents=respondents,
        suppressed=False,
        comments=[
            SurveyCommentRead(period=opened_on.strftime("%Y-%m"), text=comment, reason=reason)
            for comment, reason, opened_on in rows
            if comment
        ],
    )
