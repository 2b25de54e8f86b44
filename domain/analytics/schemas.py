"""What the analytics endpoints answer: a figure's series, ready for a chart, one point per period
and group, each with the numerator and denominator it was computed from (or suppressed)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from domain.analytics.rules import SMALLEST_MINIMUM, Granularity
from domain.shared.schemas import InputModel

SexGroup = Literal["women", "others"]


class SeriesGroup(BaseModel):
    unit_id: uuid.UUID | None = Field(None, description="The department (its sub-departments included); none: all")
    unit_code: str | None = None
    unit_name: str | None = None
    sex: SexGroup | None = Field(
        None,
        description="women: sex recorded as female (or a pregnancy or nursing on file) in a care profile shared by "
        "consent; others: everyone else, men and those who recorded nothing",
    )


class SeriesPoint(BaseModel):
    period: str = Field(description="2026-W05 (an ISO week), 2026-11, 2026-Q4 or 2026")
    group: SeriesGroup
    measure: str | None = Field(
        None, description="Which of the figure's measures (a figure with several, e.g. 6 and 12 months); null: its one"
    )
    value: str | None = Field(
        description="numerator / denominator to four places; null when suppressed or nobody is counted. A count "
        "(e.g. deflections) is the count as text, an amount of money a decimal string in the figure's currency, "
        "credits a decimal string: the figure says which"
    )
    numerator: int | None = Field(description="null when suppressed, or when the value is an amount")
    denominator: int | None = Field(
        description="The people counted (or what the figure says: tickets, ratings); null when suppressed or when "
        "the value is a count"
    )
    suppressed: bool = Field(
        description="The group is smaller than the minimum, or shown beside an overlapping group it would reveal "
        "someone of"
    )
    flagged: bool = Field(description="The value is on the wrong side of the figure's threshold")


class FigureSeries(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    figure: str
    period_from: date = Field(alias="from")
    period_to: date = Field(alias="to")
    granularity: Granularity
    group_by: list[str]
    threshold: str | None = Field(description="The value a point is flagged beyond, e.g. 0.2000")
    direction: Literal["below", "above"] | None = Field(description="Flagged below or above the threshold")
    minimum_group: int = Field(description="Groups smaller than this are suppressed")
    points: list[SeriesPoint]
    as_of: datetime | None = Field(
        None,
        description="When the oldest period shown was computed by the nightly roll-up (closed months, quarters "
        "and years, and those to date); null when every period was computed for this request",
    )


class FlagRead(BaseModel):
    id: uuid.UUID
    figure: str
    group: SeriesGroup
    employee_id: uuid.UUID | None = Field(None, description="The person a figure about one person concerns")
    employee_name: str | None = None
    threshold: str
    direction: Literal["below", "above"]
    value: str = Field(description="The figure at the latest evaluation")
    trend: list[str] = Field(description="The figure at each evaluation since the flag was raised, oldest first")
    raised_on: date = Field(description="The day whose figure raised it")
    raised_at: datetime


CSV_COLUMNS = (
    "period",
    "measure",
    "unit_id",
    "unit_code",
    "unit_name",
    "sex",
    "value",
    "numerator",
    "denominator",
    "suppressed",
    "flagged",
)


def csv_rows(series: FigureSeries) -> list[list[str]]:
    """The same points as the JSON, a row each, in CSV_COLUMNS' order."""
    rows = [list(CSV_COLUMNS)]
    for point in series.points:
        group = point.group
        rows.append(
            [
                point.period,
                point.measure or "",
                str(group.unit_id or ""),
                group.unit_code or "",
                group.unit_name or "",
                group.sex or "",
                point.value or "",
                "" if point.numerator is None else str(point.numerator),
                "" if point.denominator is None else str(point.denominator),
                "true" if point.suppressed else "false",
                "true" if point.flagged else "false",
            ]
        )
    return rows


SHARE = r"^(0(\.\d{1,4})?|1(\.0{1,4})?)$"
Share = Annotated[str, Field(pattern=SHARE, description="A share from 0 to 1, at most four places, e.g. '0.2'")]


class AnalyticsSettingsRead(BaseModel):
    minimum_group: int = Field(
        description="Groups (people, or respondents of a survey) smaller than this are not shown"
    )
    frontline_days: int = Field(description="Days at a store or project in twelve months that count as having gone")
    participation_below: str = Field(description="Participation is flagged below this share")
    satisfaction_below: str = Field(description="Satisfaction (answers of 4 or 5) is flagged below this share")
    attrition_above: str = Field(description="Leavers within 12 months of a posting's end are flagged above this share")
    turnover_above: str = Field(description="A store's leavers over a year, of its headcount, flagged above this share")
    late_shift_share_above: str = Field(description="Women's share of a store's late shifts, flagged above this")
    leader_days_below: int = Field(description="A leader's or manager's frontline days in a year, flagged below this")
    version: int = Field(description="0 while the defaults hold; send it back when saving")
    updated_at: datetime | None


class AnalyticsSettingsUpdate(InputModel):
    minimum_group: int = Field(ge=SMALLEST_MINIMUM, le=100, examples=[5], description="At least 3")
    frontline_days: int = Field(ge=1, le=365, examples=[20])
    participation_below: Share = Field(examples=["0.2"])
    satisfaction_below: Share = Field(examples=["0.6"])
    attrition_above: Share = Field(examples=["0.15"])
    turnover_above: Share = Field(examples=["0.3"])
    late_shift_share_above: Share = Field(examples=["0.1"])
    leader_days_below: int = Field(ge=0, le=366, examples=[30])
    version: int = Field(ge=0, description="The version read (0 for the defaults)")


class LeaderDaysRead(BaseModel):
    """One leader's or department head's frontline days in a year: a named list, since they answer
    for going to the frontline themselves (not a figure about people's answers, so not suppressed)."""

    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    local_name: str | None = None
    home_unit_id: uuid.UUID
    home_unit_code: str
    home_unit_name: str
    roles: list[str] = Field(description="leader, dept_head, or both")
    days: int = Field(
        description="Distinct days in the year (to today for the current year) on secondment at a store or "
        "project, or with an accepted clock-in at a store"
    )
    flagged: bool = Field(description="Fewer days than HR's `leader_days_below` (30)")


class CategoryTimes(BaseModel):
    category: str
    tickets: int = Field(description="The category's tickets raised in the range that were answered (or resolved)")
    median_minutes: float = Field(
        description="The median wall-clock minutes from raising to the first answer (or to resolution)"
    )


class SlowestCategories(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    period_from: date = Field(alias="from")
    period_to: date = Field(alias="to")
    first_response: list[CategoryTimes] = Field(description="The slowest to a first answer, slowest first")
    resolution: list[CategoryTimes] = Field(description="The slowest to resolution, slowest first")
    as_of: datetime | None = Field(
        None,
        description="When the oldest whole month read from the nightly roll-up was computed; null when "
        "every ticket was counted for this request (the range's other days always are)",
    )


class ReasonCount(BaseModel):
    period: str
    group: SeriesGroup
    reason: str = Field(description="The reason's key, e.g. commute")
    text: str
    local_text: str | None
    chosen: int = Field(description="Respondents of the group who chose it")
    unsatisfied: int = Field(description="Of those, how many answered the headline question 1 to 3")


class SatisfactionSeries(FigureSeries):
    reasons: list[ReasonCount] = Field(
        description="Per shown point, the three reasons most chosen by the unsatisfied (then by all)"
    )


class SurveyCommentRead(BaseModel):
    period: str = Field(description="The month the wave opened")
    text: str
    reason: str | None


class SurveyCommentsRead(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    period_from: date = Field(alias="from")
    period_to: date = Field(alias="to")
    unit_id: uuid.UUID | None
    respondents: int | None = Field(description="Answers of the group in the range; null when suppressed")
    suppressed: bool = Field(description="Fewer respondents than the minimum group: no comment is shown")
    comments: list[SurveyCommentRead]
