"""Metric definitions, scorecard templates, targets and the organisation's template rules, as HR
manages them and everyone may read them (the rules of the game are public)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, field_validator, model_validator

from domain.shared.i18n import _
from domain.shared.schemas import InputModel

DECIMAL = r"^-?\d{1,12}(\.\d{1,6})?$"
PERCENT = r"^\d{1,3}(\.\d{1,4})?$"
DecimalText = Annotated[str, Field(pattern=DECIMAL, description="Decimal string, e.g. '4.5'")]
Percent = Annotated[str, Field(pattern=PERCENT, description="Decimal percent string, e.g. '40' or '12.5'")]
MetricCode = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")]
TemplateCode = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")]
Month = Annotated[str, Field(pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$", description="A month, e.g. 2026-11")]
Comment = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=2000)]


class Side(enum.StrEnum):
    HQ = "hq"
    STORE = "store"
    SUPPORT = "support"


class Source(enum.StrEnum):
    MANUAL = "manual"
    PUSHED = "pushed"
    SALES = "sales"
    TICKETS = "tickets"
    TRAINING = "training"
    FRONTLINE_DAYS = "frontline_days"


class Direction(enum.StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class Population(enum.StrEnum):
    SECONDED = "seconded"
    STORE = "store"
    SUPPORT = "support"


class TargetScoring(InputModel):
    """100 points at target, linear, clamped to 0 and to the cap."""

    method: Literal["target"]
    cap: DecimalText = Field(default="120", description="Most points a metric can give, at least 100")


class Band(InputModel):
    threshold: DecimalText
    points: DecimalText


class BandsScoring(InputModel):
    """A banded table: the points of the band the value falls in (see rules.band_points)."""

    method: Literal["bands"]
    bands: list[Band] = Field(min_length=1, max_length=20)
    cap: DecimalText = Field(default="100")


class RatingScoring(InputModel):
    """A rating scale mapped linearly onto 0-100 (1-5 by default)."""

    method: Literal["rating"]
    scale_min: DecimalText = "1"
    scale_max: DecimalText = "5"

    @model_validator(mode="after")
    def _scale(self) -> RatingScoring:
        if Decimal(self.scale_max) <= Decimal(self.scale_min):
            raise ValueError(_("scale_max must be above scale_min"))
        return self


Scoring = Annotated[TargetScoring | BandsScoring | RatingScoring, Field(discriminator="method")]

VOLUME_BASED = (
    "A count of work done (sales, visits, tickets closed) whose target shrinks with the person's available "
    "hours: for days under an approved flexible arrangement or a legal protection the target is multiplied "
    "by available over standard hours"
)


class MetricDefinitionCreate(InputModel):
    code: MetricCode
    name: str = Field(min_length=1, max_length=200)
    unit: str = Field(min_length=1, max_length=32, description="e.g. %, points, CNY, minutes")
    side: Side
    source: Source
    direction: Direction
    scoring: Scoring
    volume_based: bool = Field(default=False, strict=True, description=VOLUME_BASED)


class MetricDefinitionUpdate(InputModel):
    """Code and side are fixed once templates use them; a new metric is a new definition."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    unit: str | None = Field(default=None, min_length=1, max_length=32)
    source: Source | None = None
    direction: Direction | None = None
    scoring: Scoring | None = None
    volume_based: bool | None = Field(default=None, strict=True, description=VOLUME_BASED)
    active: bool | None = None


class MetricDefinitionRead(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    unit: str
    side: Side
    source: Source
    direction: Direction
    scoring: TargetScoring | BandsScoring | RatingScoring
    volume_based: bool = Field(description=VOLUME_BASED)
    active: bool
    created_at: datetime
    updated_at: datetime


class TemplateLine(InputModel):
    metric_code: MetricCode
    weight: Percent


class TemplateCreate(InputModel):
    code: TemplateCode
    name: str = Field(min_length=1, max_length=200)
    population: Population
    lines: list[TemplateLine] = Field(min_length=1, max_length=30)


class TemplateUpdate(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    lines: list[TemplateLine] | None = Field(default=None, min_length=1, max_length=30)
    active: bool | None = None


class TemplateLineRead(BaseModel):
    metric_code: str
    metric_name: str
    side: Side
    weight: str


class TemplateRead(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    population: Population
    lines: list[TemplateLineRead]
    frontline_weight: str = Field(description="Total weight of store-side metrics, in percent")
    active: bool
    created_at: datetime
    updated_at: datetime


class TemplateRulesSettings(InputModel):
    """The organisation's rules a template must satisfy (defaults reflect the mission)."""

    seconded_min_frontline_weight: Percent = "30"
    support_frontline_satisfaction_min_weight: Percent = "20"
    support_frontline_satisfaction_max_weight: Percent = "30"
    frontline_satisfaction_metrics: list[MetricCode] = Field(
        default_factory=lambda: ["frontline_satisfaction"], min_length=1, max_length=20
    )

    @field_validator("frontline_satisfaction_metrics")
    @classmethod
    def _distinct(cls, codes: list[str]) -> list[str]:
        if len(set(codes)) != len(codes):
            raise ValueError(_("list each metric once"))
        return codes


class TargetSet(InputModel):
    metric_code: MetricCode
    unit_id: uuid.UUID | None = Field(default=None, description="A unit (with its subtree); or employee_id")
    employee_id: uuid.UUID | None = None
    period: Month
    value: DecimalText

    @model_validator(mode="after")
    def _one_subject(self) -> TargetSet:
        if (self.unit_id is None) == (self.employee_id is None):
            raise ValueError(_("give exactly one of unit_id and employee_id"))
        return self


class TargetRead(BaseModel):
    id: uuid.UUID
    metric_code: str
    unit_id: uuid.UUID | None
    employee_id: uuid.UUID | None
    period: str
    value: str
    updated_at: datetime


class ValueEntry(InputModel):
    """A manual value (e.g. a store manager's rating) for one person, metric and month. The metric
    must be on the person's scorecard for the part of the month the writer answers for, and the
    value on the metric's scale."""

    metric_code: MetricCode
    employee_id: uuid.UUID
    period: Month
    value: DecimalText
    comment: Comment | None = Field(
        default=None,
        description="Why this value, written to the person: they see it with their score, as HR does. "
        "Entering the value again without one clears it.",
    )


class ValueRead(BaseModel):
    metric_code: str
    employee_id: uuid.UUID
    period: str
    value: str
    source: str
    comment: str | None
    entered_by: uuid.UUID | None
    updated_at: datetime


class HoursKind(enum.StrEnum):
    """What shortened a day (never why: the reason stays in the care profile)."""

    PROTECTED_TIME = "protected_time"
    REDUCED_DAY = "reduced_day"
    DAY_WINDOW = "day_window"


class TargetStretch(BaseModel):
    """Working days in [start, end] (rest days between them included in the dates) on which the
    person had `available_minutes` of the `standard_minutes` day."""

    start: date
    end: date
    available_minutes: int
    standard_minutes: int
    kinds: list[HoursKind]


class MetricScore(BaseModel):
    metric_code: str
    metric_name: str
    side: Side
    source: Source
    weight: str
    value: str | None = Field(description="None while no value has arrived for the period")
    target: str | None
    points: str | None
    note: str | None = Field(default=None, description="Why points are missing, e.g. no value yet, no target")
    # the next four are present only on a volume-based line whose target was pro-rated for the
    # person's available hours (absent, not null, elsewhere: most documents stay as they were)
    target_as_set: str | None = Field(
        default=None,
        exclude_if=lambda value: value is None,
        description="The target as set, before pro-rating; `target` is what the value was scored against",
    )
    target_factor: str | None = Field(
        default=None,
        exclude_if=lambda value: value is None,
        description="Available over standard working hours in the month (4 places): the target as set x this",
    )
    target_adjustment: str | None = Field(
        default=None,
        exclude_if=lambda value: value is None,
        description="The pro-rating in words, in the reader's language, e.g. 'target 90 x 0.875: reduced day "
        "7 h of 8 h, 2026-12-01..2026-12-31' (frozen scores keep it in English; `target_stretches` holds the "
        "same facts)",
    )
    target_stretches: list[TargetStretch] | None = Field(
        default=None,
        exclude_if=lambda value: value is None,
        description="The short days behind the factor, as runs of working days with the same hours",
    )
    comment: str | None = Field(
        default=None,
        # absent rather than null: a comment is words to one reader, not part of the score that the
        # month-end freezes (whose documents therefore stay as the scorer writes them)
        exclude_if=lambda comment: comment is None,
        description="What the person who entered the value wrote; present only for the person and HR, "
        "and only where there is one",
    )


class ScorePart(BaseModel):
    """The part of the month spent at one unit, scored with that part's scorecard."""

    unit_id: uuid.UUID
    unit_code: str
    unit_name: str
    days: int
    population: Population
    template_code: str | None
    score: str | None = Field(description="Over the metrics with values so far (weights re-normalised)")
    metrics: list[MetricScore]
    missing: list[str] = Field(description="Metrics without points yet")


class EmployeeScore(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    period: str
    score: str | None = Field(description="The parts' scores weighted by days (parts without a score left out)")
    complete: bool = Field(description="True when every metric of every part has points")
    parts: list[ScorePart]


class EarlyClose(InputModel):
    """HR's explicit override to close a month (or lock its pool) before it has ended in the
    organisation's time zone: the reason is required and kept in the audit trail."""

    early: bool = Field(default=False, strict=True, description="Close before the period has ended")
    reason: Comment | None = Field(default=None, description="Why it cannot wait (required with early)")


class PeriodRead(BaseModel):
    period: str
    status: Literal["open", "closed"]
    closings: int = Field(description="How many times the month was closed (a reopening keeps earlier closings)")
    changed_at: datetime | None
    frozen_scores: int = Field(description="Scores frozen by the current closing (0 while open)")


class RankingEntry(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    score: str
    rank: int = Field(description="Competition ranking: ties share a rank, the next rank skips (1, 2, 2, 4)")
    percentile: str = Field(description="100 x (below + (equal - 1) / 2) / (n - 1); 100 for a cohort of one")


class Ranking(BaseModel):
    period: str
    template_code: str
    source: Literal["frozen", "live"] = Field(description="frozen once the month is closed, else live scores")
    cohort: int = Field(description="People with a score whose month used this scorecard")
    entries: list[RankingEntry] = Field(description="One page of the cohort, by rank (ties by employee number)")
    as_of: datetime | None = Field(
        default=None,
        description="When a live ranking was ranked: an open month is ranked anew every few minutes "
        "(at most 10 minutes old); absent for a closed month's frozen ranking.",
    )
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` to get the next page; absent on the last page."
    )


class MyBand(BaseModel):
    """Where my score stood in a closed month, never anyone's score (mine included: that is in my
    performance page)."""

    period: str
    band: Literal["top_10", "top_30", "top_50", "other"] = Field(
        description="top_10: at or above the 90th percentile; top_30: the 70th; top_50: the 50th; other"
    )
