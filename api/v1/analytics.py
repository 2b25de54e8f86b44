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
from domain.analytics import flags as analytics_flags
from domain.analytics import participation as participation_figure
from domain.analytics import settings as analytics_settings
from domain.analytics.rules import Granularity
from domain.analytics.schemas import AnalyticsSettingsRead, AnalyticsSettingsUpdate, FigureSeries, FlagRead, csv_rows
from domain.shared.schemas import IsoDate

router = Router(prefix="/analytics", tags=["analytics"])

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
    period_from: Annotated[IsoDate, Query(alias="from", description="The first day, inclusive")],
    period_to: Annotated[IsoDate, Query(alias="to", description="The last day, inclusive (at most three years on)")],
    group_by: Annotated[list[Grouping] | None, Query(description="department, sex, or both (repeat the key)")] = None,
    granularity: Annotated[Granularity, Query(description="The periods the range is cut into")] = Granularity.MONTH,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this department's subtree")] = None,
    output: Annotated[Literal["json", "csv"], Query(alias="format", description="json (default) or csv")] = "json",
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
        period_from=period_from,
        period_to=period_to,
        group_by=group_by or [],
        granularity=granularity,
        unit_id=unit_id,
    )
    return answer(series, output)


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
