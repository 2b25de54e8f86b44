"""What the analytics endpoints answer: a figure's series, ready for a chart, one point per period
and group, each with the numerator and denominator it was computed from (or suppressed)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from domain.analytics.rules import Granularity

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
    period: str = Field(description="2026-11, 2026-Q4 or 2026")
    group: SeriesGroup
    value: str | None = Field(
        description="numerator / denominator to four places; null when suppressed or nobody is counted"
    )
    numerator: int | None = Field(description="null when suppressed")
    denominator: int | None = Field(description="The people counted; null when suppressed")
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


class FlagRead(BaseModel):
    id: uuid.UUID
    figure: str
    group: SeriesGroup
    threshold: str
    direction: Literal["below", "above"]
    value: str = Field(description="The figure at the latest evaluation")
    trend: list[str] = Field(description="The figure at each evaluation since the flag was raised, oldest first")
    raised_on: date = Field(description="The day whose figure raised it")
    raised_at: datetime


CSV_COLUMNS = (
    "period",
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
