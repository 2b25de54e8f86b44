"""Mission analytics: each figure as a series ready for a chart (JSON) or a spreadsheet (CSV)."""

from __future__ import annotations

import csv
import io
import uuid
from typing import Annotated, Any, Literal

from fastapi import Query, Response

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.v1.responses import problems
from domain.analytics import care_arrangements as care_arrangements_figure
from domain.analytics import collaboration as collaboration_figures
from domain.analytics import flags as analytics_flags
from domain.analytics import growth as growth_figure
from domain.analytics import late_shifts as late_shifts_figure
from domain.analytics import leader_days as leader_days_figure
from domain.analytics import participation as participation_figure
from domain.analytics import retention as retention_figure
from domain.analytics import satisfaction as satisfaction_figure
from domain.analytics import settings as analytics_settings
from domain.analytics import turnover as turnover_figure
from domain.analytics.rules import Granularity
from domain.analytics.schemas import (
    AnalyticsSettingsRead,
    AnalyticsSettingsUpdate,
    FigureSeries,
    FlagRead,
    LeaderDaysRead,
    SatisfactionSeries,
    SlowestCategories,
    SurveyCommentsRead,
    csv_rows,
)
from domain.shared.schemas import IsoDate

router = Router(prefix="/analytics", tags=["analytics"])

# the query every figure takes
FromQuery = Annotated[IsoDate, Query(alias="from", description="The first day, inclusive")]
ToQuery = Annotated[IsoDate, Query(alias="to", description="The last day, inclusive (at most three years on)")]
GranularityQuery = Annotated[Granularity, Query(description="The periods the range is cut into")]
FormatQuery = Annotated[Literal["json", "csv"], Query(alias="format", description="json (default) or csv")]

Grouping = Literal["department", "sex"]
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"text/csv": {"schema": {"type": "string"}}},
        "description": "The series; with format=csv one row per point, the same columns",
    }
}


def answer(series: FigureSeries, output: Literal["json", "csv"]) -> Any:
    if output == "json":
        return series
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(csv_rows(series))
    filename = f"{series.figure}-{series.period_from}-{series.period_to}.csv"
    return Response(
        "\ufeff" + buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(
    "/participation",
    operation_id="analytics-participation",
    response_model=FigureSeries,
    response_model_by_alias=True,
    responses={**problems(401, 404, 422), **CSV_RESPONSE},
    summary="Head-office participation at the frontline, by period, department and sex",
)
async def participation(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: FromQuery,
    period_to: ToQuery,
    group_by: Annotated[list[Grouping] | None, Query(description="department, sex, or both (repeat the key)")] = None,
    granularity: GranularityQuery = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this department's subtree")] = None,
    output: FormatQuery = "json",
) -> Any:
    """For each period, the share of head-office staff (home in a department, not left, hired by the
    period's last day) with at least 20 days at a store or frontline project in the twelve months up to
    that day, with the people counted and those who went. Groups of fewer than 5 people are suppressed,
    and so is a group shown beside an overlapping one it would reveal someone of (a department and a
    sub-department, a department's women and the rest). A point below 20 % is `flagged`. HR, leaders
    and administrators read every department; a department head the departments under their grant; a
    store manager sees no department; anyone else gets 404, as does a `unit_id` outside the reader's
    sight."""
    series = await participation_figure.participation(
        session,
        actor=actor,
        clock=clock,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by or [],
        granularity=granularity,
        unit_id=unit_id,
    )
    return answer(series, output)


@router.get(
    "/satisfaction",
    operation_id="analytics-satisfaction",
    response_model=SatisfactionSeries,
    response_model_by_alias=True,
    responses={**problems(401, 404, 422), **CSV_RESPONSE},
    summary="Satisfaction with frontline postings from pulse surveys, with the reasons people give",
)
async def satisfaction(
    actor: CurrentActor,
    session: SessionDep,
    period_from: FromQuery,
    period_to: ToQuery,
    group_by: Annotated[
        list[Literal["department", "store", "sex"]] | None,
        Query(description="department or store (the posting's), and/or sex (repeat the key)"),
    ] = None,
    granularity: GranularityQuery = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this department's or region's subtree")] = None,
    output: FormatQuery = "json",
) -> Any:
    """For each period (by the day a pulse survey wave opened; closed waves only, so no figure moves while
    people answer), the share of answers of 4 or 5 to the survey's headline question, with the answers counted
    and the satisfied. Grouped by the respondent's home department, or by the store or project of the posting
    (with its region), and by sex. Groups of fewer than 5 respondents (HR's setting, never below 3) are
    suppressed, and so is a group beside an overlapping one it would reveal someone of. `reasons` gives, for
    each shown point, the three reasons most chosen by those who answered 1 to 3. A point below 60 % is
    `flagged`. department and store together answer 422 `analytics.grouping_conflict`. Who reads what is as for
    participation (store managers read their stores); others get 404. The CSV holds the points."""
    series = await satisfaction_figure.satisfaction(
        session,
        actor=actor,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by or [],
        granularity=granularity,
        unit_id=unit_id,
    )
    return answer(series, output)


@router.get(
    "/satisfaction/comments",
    operation_id="analytics-satisfactionComments",
    response_model=SurveyCommentsRead,
    response_model_by_alias=True,
    responses=problems(401, 403, 404, 422),
    summary="Pulse survey comments of a group (HR only, groups of at least 5 respondents)",
)
async def satisfaction_comments(
    actor: CurrentActor,
    session: SessionDep,
    period_from: FromQuery,
    period_to: ToQuery,
    unit_id: Annotated[
        uuid.UUID | None, Query(description="A department (its people) or a store or region (its postings)")
    ] = None,
) -> SurveyCommentsRead:
    """The comments of closed waves opened in the range, of everyone or of one unit's respondents, with the
    reason each chose, in no meaningful order and without names. When the group has fewer respondents than the
    minimum (5 unless HR set otherwise), no comment is shown and `suppressed` is true. HR only: others who read
    analytics get 403 `analytics.comments_hr_only`; anyone else 404."""
    return await satisfaction_figure.comments(
        session, actor=actor, period_from=period_from, period_to=period_to, unit_id=unit_id
    )


@router.get(
    "/flags",
    operation_id="analytics-flags",
    response_model=list[FlagRead],
    responses=problems(401, 404),
    summary="Open flags on the mission figures, newest first",
)
async def flags(actor: CurrentActor, session: SessionDep) -> list[FlagRead]:
    """Lists the flags the worker raised and has not cleared: which figure, for which group (a
    department, or head office as a whole; women's participation on its own), the threshold it
    crossed, the figure at the latest evaluation and at each one since it was raised (`trend`). The
    worker evaluates once a day, raises a flag the first day a figure crosses its threshold (HR and
    the department's head are told once) and clears it the first day it recovers. HR, leaders and
    administrators see every flag; a department head those of the departments under their grant;
    anyone else gets 404."""
    return await analytics_flags.open_flags(session, actor=actor)


@router.get(
    "/settings",
    operation_id="analytics-settings",
    response_model=AnalyticsSettingsRead,
    responses=problems(401, 404),
    summary="The thresholds the mission figures are held to",
)
async def read_settings(actor: CurrentActor, session: SessionDep) -> AnalyticsSettingsRead:
    """Returns the smallest group a figure is shown for, the frontline days that count as having gone,
    and each flag's threshold (shares from 0 to 1). Whoever reads analytics reads them; anyone else
    gets 404."""
    return await analytics_settings.read_settings(session, actor=actor)


@router.put(
    "/settings",
    operation_id="analytics-saveSettings",
    response_model=AnalyticsSettingsRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Change the thresholds (HR), with the version read",
)
async def save_settings(
    body: AnalyticsSettingsUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> AnalyticsSettingsRead:
    """Saves every threshold at once. Send the `version` you read (0 while the defaults hold): a save
    made meanwhile answers 409 `analytics.settings_changed`. The smallest group may not go below 3.
    New thresholds apply to what is read from now on and to the next nightly evaluation, which
    clears open flags whose figure is within them. HR and administrators only (403 for others who
    read analytics)."""
    return await analytics_settings.save_settings(session, actor=actor, clock=clock, data=body)


@router.get(
    "/late-shifts",
    operation_id="analytics-lateShifts",
    response_model=FigureSeries,
    response_model_by_alias=True,
    responses={**problems(401, 404, 422), **CSV_RESPONSE},
    summary="Women's share of late shifts in published rosters, by period, region and store",
)
async def late_shifts(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: FromQuery,
    period_to: ToQuery,
    group_by: Annotated[
        list[Literal["region", "store"]] | None, Query(description="region, store, or both (repeat the key)")
    ] = None,
    granularity: GranularityQuery = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this region's or store's subtree")] = None,
    output: FormatQuery = "json",
) -> Any:
    """For each period, late shifts worked by women over all late shifts (`numerator` of
    `denominator`, shifts) in published rosters, by shift date: a late shift ends after the roster
    rules' late hour (22:00) or crosses midnight; women are those the roster cap counts (sex female,
    or a pregnancy or nursing on file, shared by consent). All stores together, or each region and
    store. A group whose late shifts were worked by fewer than 5 people is suppressed, and so is a
    store or region that would reveal one beside its region or the whole. A point above 10 % is
    `flagged`. HR, leaders and administrators read every store; a store manager the stores under
    their grant; anyone else gets 404, as does a `unit_id` outside the reader's sight."""
    series = await late_shifts_figure.late_shifts(
        session,
        actor=actor,
        clock=clock,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by or [],
        granularity=granularity,
        unit_id=unit_id,
    )
    return answer(series, output)


@router.get(
    "/care-arrangements",
    operation_id="analytics-careArrangements",
    response_model=FigureSeries,
    response_model_by_alias=True,
    responses={**problems(401, 404, 422), **CSV_RESPONSE},
    summary="Flexible arrangements requested, granted and refused, and protections in force",
)
async def care_arrangements(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: FromQuery,
    period_to: ToQuery,
    group_by: Annotated[
        list[Literal["department", "store"]] | None,
        Query(description="department: each department; store: each region, store and project (of its staff)"),
    ] = None,
    granularity: GranularityQuery = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this unit's subtree")] = None,
    output: FormatQuery = "json",
) -> Any:
    """For each period, by `measure`: flexible arrangements requested in it (by request date) and
    how they stand now (`granted`, `refused`, `pending`, `withdrawn`), `granted_share` of those
    decided, and the people with each legal protection in force on the period's last day
    (`in_force.no_night_work`, `in_force.protected_time` for nursing time, ...). A count is in
    `value` and `numerator`. Counts of 1 to 4 are suppressed (they are about pregnancy and
    nursing), and so is a count a shown total less its shown parts would give. Grouped as a whole,
    by department (`group_by=department`) or by the region, store or project staff belong to
    (`group_by=store`). HR, leaders and administrators read all; a department
    head or store manager the people whose home is under their grant; anyone else gets 404, as does
    a `unit_id` outside the reader's sight."""
    series = await care_arrangements_figure.care_arrangements(
        session,
        actor=actor,
        clock=clock,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by or [],
        granularity=granularity,
        unit_id=unit_id,
    )
    return answer(series, output)


@router.get(
    "/leader-days",
    operation_id="analytics-leaderDays",
    response_model=list[LeaderDaysRead],
    responses={
        **problems(401, 404, 422),
        200: {
            "content": {"text/csv": {"schema": {"type": "string"}}},
            "description": "One row per leader; with format=csv the same columns",
        },
    },
    summary="Frontline days of each leader and department head in a year",
)
async def leader_days(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    year: Annotated[int, Query(ge=2000, le=9999, description="The calendar year (to today for the current one)")],
    unit_id: Annotated[uuid.UUID | None, Query(description="Only leaders whose home is in this unit's subtree")] = None,
    output: FormatQuery = "json",
) -> Any:
    """One row per person holding the leader role or a department head grant whose home is head
    office: their distinct days in the year on secondment at a store or project, or with a clock-in
    that counts at a store, and `flagged` under HR's `leader_days_below` (30). A named list, not
    suppressed: leaders answer for it. HR, leaders and administrators read everyone; a department
    head the leaders and heads whose home is under their grant; anyone else gets 404, as does a
    `unit_id` outside the reader's sight; a year after this one is 422 `analytics.year_out_of_range`."""
    rows = await leader_days_figure.leader_days(session, actor=actor, clock=clock, year=year, unit_id=unit_id)
    if output == "json":
        return rows
    return Response(
        leader_days_figure.leader_days_csv(rows, actor.language),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="leader-days-{year}.csv"'},
    )


@router.get(
    "/collaboration",
    operation_id="analytics-collaboration",
    response_model=FigureSeries,
    response_model_by_alias=True,
    responses={**problems(401, 404, 422), **CSV_RESPONSE},
    summary="Ticket compliance, ratings and deflections per owning department, by period",
)
async def collaboration(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: FromQuery,
    period_to: ToQuery,
    granularity: Annotated[
        Granularity, Query(description="The periods the range is cut into (week: ISO weeks)")
    ] = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this department's subtree")] = None,
    output: FormatQuery = "json",
) -> Any:
    """For each period and owning department (with its sub-departments; and the whole for readers
    who see it), four `measure`s of the need tickets raised in the period, counted as GET
    /tickets/stats counts them: `first_response_compliance` (answered within target, of those
    answered or past their due time), `resolution_compliance` (resolved within target, of those
    resolved), `average_rating` (the ratings' sum over their count; fewer than 5 ratings, or a
    group that would reveal them, is suppressed) and `deflections` (tickets a knowledge article
    made unnecessary, for the article's department: the count, no denominator). HR, leaders and
    administrators read every department; a department head the departments under their grant; a
    store manager sees no department; anyone else gets 404, as does a `unit_id` outside the
    reader's sight; a bad range is 422."""
    series = await collaboration_figures.collaboration(
        session,
        actor=actor,
        now=clock.now(),
        period_from=period_from,
        period_to=period_to,
        granularity=granularity,
        unit_id=unit_id,
    )
    return answer(series, output)


@router.get(
    "/slowest-categories",
    operation_id="analytics-slowestCategories",
    response_model=SlowestCategories,
    response_model_by_alias=True,
    responses=problems(401, 404, 422),
    summary="The ticket categories slowest to a first answer and to resolution",
)
async def slowest_categories(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: FromQuery,
    period_to: ToQuery,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only tickets this department's subtree owns")] = None,
    limit: Annotated[int, Query(ge=1, le=50, description="How many categories in each list")] = 5,
) -> SlowestCategories:
    """Of the need tickets raised in the range and owned by departments in the reader's sight, the
    `limit` categories with the longest median wall-clock minutes from raising to the first answer,
    and to resolution, slowest first, each with the tickets the median is taken over; whole closed
    months come from the nightly roll-up (`as_of`), the other days from the tickets. Readers as for
    the collaboration figure: HR, leaders and administrators every department, a department head
    theirs; anyone else gets 404, as does a `unit_id` outside the reader's sight; a bad range is 422."""
    return await collaboration_figures.slowest_categories(
        session,
        actor=actor,
        clock=clock,
        period_from=period_from,
        period_to=period_to,
        unit_id=unit_id,
        limit=limit,
    )


@router.get(
    "/pool-payouts",
    operation_id="analytics-poolPayouts",
    response_model=FigureSeries,
    response_model_by_alias=True,
    responses={**problems(401, 404, 422), **CSV_RESPONSE},
    summary="What settled pools paid the frontline and the back office, by period",
)
async def pool_payouts(
    actor: CurrentActor,
    session: SessionDep,
    period_from: FromQuery,
    period_to: ToQuery,
    group_by: Annotated[
        list[Literal["department"]] | None, Query(description="department: also each recipient's home department")
    ] = None,
    granularity: Annotated[
        Granularity, Query(description="The periods the range is cut into (week: ISO weeks)")
    ] = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only recipients whose home is this subtree")] = None,
    currency: Annotated[str, Query(pattern=r"^[A-Z]{3}$", description="The pools' currency")] = "CNY",
    output: FormatQuery = "json",
) -> Any:
    """For each period, what the pools settled (locked) in it paid, net of later corrections, in
    `currency`: `measure` `frontline` or `back_office`, `value` the amount as a decimal string,
    `denominator` the people paid (numerator null). A side paid to fewer than 5 people in a group,
    or beside an overlapping group it would reveal, is suppressed. HR, leaders and administrators
    read the whole and every department; a department head the payouts to people of the departments
    under their grant; anyone else gets 404, as does a `unit_id` outside the reader's sight; a bad
    range or currency is 422."""
    series = await collaboration_figures.pool_payouts(
        session,
        actor=actor,
        period_from=period_from,
        period_to=period_to,
        granularity=granularity,
        group_by=group_by or [],
        unit_id=unit_id,
        currency=currency,
    )
    return answer(series, output)


@router.get(
    "/growth",
    operation_id="analytics-growth",
    response_model=FigureSeries,
    response_model_by_alias=True,
    responses={**problems(401, 404, 422), **CSV_RESPONSE},
    summary="Promotion eligibility and training credits, by period, department and sex",
)
async def growth(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: FromQuery,
    period_to: ToQuery,
    group_by: Annotated[list[Grouping] | None, Query(description="department, sex, or both (repeat the key)")] = None,
    granularity: Annotated[
        Granularity, Query(description="month, quarter or year (credits count in months)")
    ] = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this department's subtree")] = None,
    rule: Annotated[
        str | None, Query(max_length=32, description="One eligibility rule's code; none: any active rule")
    ] = None,
    output: FormatQuery = "json",
) -> Any:
    """For each period, counted on its last day: `eligible`, the share of the people on the books
    then whom a promotion rule applies to who meet it (any active rule, or `rule`), and `credits`,
    the training credits counting in the period's months (`value` the total, `numerator` the people
    with credits, `denominator` the people counted). Calendar periods under the active rules are
    read from the nightly roll-ups (`as_of`). Groups of fewer than 5 people, and groups that would reveal
    someone beside an overlapping one, are suppressed. HR, leaders and administrators read every
    department; a department head the departments under their grant; anyone else gets 404, as do a
    `unit_id` outside the reader's sight and an unknown `rule`; weeks and bad ranges are 422."""
    series = await growth_figure.growth(
        session,
        actor=actor,
        clock=clock,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by or [],
        granularity=granularity,
        unit_id=unit_id,
        rule_code=rule,
    )
    return answer(series, output)


@router.get(
    "/retention",
    operation_id="analytics-retention",
    response_model=FigureSeries,
    response_model_by_alias=True,
    responses={**problems(401, 404, 422), **CSV_RESPONSE},
    summary="Head-office leavers within 6 and 12 months after a frontline posting, and of those who did not go",
)
async def retention(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: FromQuery,
    period_to: ToQuery,
    group_by: Annotated[list[Grouping] | None, Query(description="department, sex, or both (repeat the key)")] = None,
    granularity: GranularityQuery = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this department's subtree")] = None,
    output: FormatQuery = "json",
) -> Any:
    """Four measures per period and group (`measure`). `after_posting_6m` and `after_posting_12m`: of
    the head-office people (home in a department) whose secondment at a store or frontline project
    ended in the period (its last day in it; cancelled ones not counted; someone whose postings ended
    twice counted once), the share who left (a status change to `left`) after the posting began and
    within 183 or 365 days of its last day. `not_gone_6m` and `not_gone_12m`, to compare: of the
    head-office people on the books on the period's last day with no day at the frontline in the
    twelve months up to it, the share who left within 183 or 365 days after that day. Leavers are
    counted up to today: for a recent period the months are not over and the shares are the leavers
    so far. Groups of fewer than 5 people are suppressed, and so is a group shown beside an
    overlapping one it would reveal someone of. An `after_posting_12m` point above 15 % is `flagged`.
    HR, leaders and administrators read every department; a department head the departments under
    their grant; a store manager sees no department; anyone else gets 404, as does a `unit_id`
    outside the reader's sight."""
    series = await retention_figure.retention(
        session,
        actor=actor,
        clock=clock,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by or [],
        granularity=granularity,
        unit_id=unit_id,
    )
    return answer(series, output)


@router.get(
    "/turnover",
    operation_id="analytics-turnover",
    response_model=FigureSeries,
    response_model_by_alias=True,
    responses={**problems(401, 404, 422), **CSV_RESPONSE},
    summary="Store staff turnover: leavers over the people on the books, by period, region, store and sex",
)
async def turnover(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: FromQuery,
    period_to: ToQuery,
    group_by: Annotated[
        list[Literal["store", "sex"]] | None, Query(description="store (regions and stores), sex, or both")
    ] = None,
    granularity: GranularityQuery = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this region's or store's subtree")] = None,
    output: FormatQuery = "json",
) -> Any:
    """For each period, of the people at home in a store on the books at any time in it (hired by its
    last day, not left before its first), the share who left in it (a status change to `left`
    effective on one of its days, counted up to today), for all stores together, or with
    `group_by=store` each region (its stores) and each store. Groups of fewer than 5 people are
    suppressed, and so is a group shown beside an overlapping one it would reveal someone of. A point
    above 30 % is `flagged` (the threshold is the one a store's twelve months are held to; the nightly
    flag reads those). HR, leaders and administrators read every store; a store manager the stores
    under their grant; anyone else, a department head among them, gets 404, as does a `unit_id`
    outside the reader's sight."""
    series = await turnover_figure.turnover(
        session,
        actor=actor,
        clock=clock,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by or [],
        granularity=granularity,
        unit_id=unit_id,
    )
    return answer(series, output)
