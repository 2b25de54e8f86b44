"""Eligibility rules as HR writes them, and what a person (or HR) reads of where they stand."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, model_validator

from domain.growth.conditions import Aggregate
from domain.recognition.schemas import ArchiveCard
from domain.shared.actor import Role
from domain.shared.i18n import _
from domain.shared.schemas import BusinessCode, DisplayName, InputModel, IsoDate
from domain.training.rules import CreditCategory
from domain.training.schemas import CreditsText

Window = Annotated[int, Field(strict=True, ge=1, le=120, description="Months back from today (at least 1)")]


class FrontlineTime(InputModel):
    """Days at a store or project (by effective-dated assignments) within the window."""

    kind: Literal["frontline_time"]
    min_days: int = Field(strict=True, ge=1, le=3650, examples=[180], description="180 days is 6 months")
    window_months: Window | None = Field(default=None, examples=[36], description="e.g. 36: the last 3 years")
    this_year: bool = Field(
        default=False, strict=True, description="Count the calendar year so far instead (the leaders' 30 days a year)"
    )

    @model_validator(mode="after")
    def _one_window(self) -> FrontlineTime:
        if (self.window_months is None) == (not self.this_year):
            raise ValueError(_("give either window_months or this_year"))
        return self


class FrontlinePerformance(InputModel):
    """The person's percentile in the closed months they spent frontline days in, within the window."""

    kind: Literal["frontline_performance"]
    top_percent: int = Field(strict=True, ge=1, le=99, examples=[30], description="30: the top 30 % of the cohort")
    aggregate: Aggregate = Field(default=Aggregate.BEST, description="Which month counts: best, average or latest")
    window_months: Window = 36


class Credits(InputModel):
    """Training credits counted within the window, optionally only some categories or skills."""

    kind: Literal["credits"]
    min_credits: CreditsText = Field(examples=["50"])
    window_months: Window = 24
    categories: list[CreditCategory] = Field(default_factory=list, description="Only these categories (none: all)")
    skills: list[BusinessCode] = Field(
        default_factory=list, max_length=20, description="Only courses building one of these skills, e.g. management"
    )


Condition = Annotated[FrontlineTime | FrontlinePerformance | Credits, Field(discriminator="kind")]


class RuleUpdate(InputModel):
    title: DisplayName = Field(examples=["Department manager"])
    local_title: DisplayName | None = Field(default=None, examples=["部门经理"])
    target: DisplayName = Field(description="The role or title the rule opens the way to")
    applies_to_roles: list[Role] = Field(
        default_factory=list, description="Who is evaluated: holders of these roles (none: every active employee)"
    )
    conditions: list[Condition] = Field(min_length=1, max_length=10, description="All must be met")
    active: bool = Field(default=True, strict=True)
    version: int | None = Field(default=None, description="The version read, when changing a rule")


class RuleRead(BaseModel):
    code: str
    title: str
    local_title: str | None
    target: str
    applies_to_roles: list[Role]
    conditions: list[Condition]
    active: bool
    version: int
    updated_at: datetime


class ConditionStatus(BaseModel):
    kind: Literal["frontline_time", "frontline_performance", "credits"]
    met: bool
    figure: str | None = Field(description="Days, percentile or credits now (None: no data yet)")
    needed: str = Field(description="What the condition needs, in the same unit")
    summary: str = Field(description="In words, e.g. '132 of 180 days (4 months 12 days of 6 months)'")


class RuleStanding(BaseModel):
    rule_code: str
    title: str
    local_title: str | None
    target: str
    eligible: bool
    close: bool = Field(description="Not yet, but at 80 % or more of every condition")
    conditions: list[ConditionStatus]


class EligibilityEntry(RuleStanding):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str


MenteeState = Literal["thriving", "steady", "struggling"]
Notes = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=4000)]


class MentorAssign(InputModel):
    mentor_id: uuid.UUID = Field(description="A head-office employee, not the secondee")


class MentorCandidate(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    unit_name: str
    same_department: bool = Field(description="In the secondee's own department")
    hire_date: date
    mentees: int = Field(description="Secondees they mentor now")


class PracticeScoreIn(InputModel):
    course_code: BusinessCode = Field(description="A practice course")
    score: int = Field(strict=True, ge=0, le=10, description="0-10; 8 or more earns the practice credits")


class CheckInCreate(InputModel):
    held_on: IsoDate
    notes: Notes
    mentee_state: MenteeState
    practice: PracticeScoreIn | None = None


class CheckInMenteePart(InputModel):
    """The mentee's side of a check-in: their own notes and how useful the support was."""

    mentee_notes: Notes | None = None
    support_rating: int | None = Field(default=None, strict=True, ge=1, le=5)


class CheckInRead(BaseModel):
    id: uuid.UUID
    held_on: date
    notes: str
    mentee_state: MenteeState
    practice_course_code: str | None
    practice_score: int | None
    mentee_notes: str | None
    support_rating: int | None
    created_at: datetime


class MentorshipRead(BaseModel):
    id: uuid.UUID
    transfer_id: uuid.UUID
    mentee_id: uuid.UUID
    mentee_name: str
    mentor_id: uuid.UUID
    mentor_name: str
    starts_on: date
    ends_on: date | None = Field(description="The secondment's last day (moved by early returns and extensions)")
    next_check_in_due: date | None = Field(description="A week after the last check-in (None once the posting ended)")
    check_ins: list[CheckInRead]


class ArchiveMetric(BaseModel):
    metric_code: str
    metric_name: str
    value: str | None
    target: str | None
    points: str | None


class ArchiveMonth(BaseModel):
    """A closed month's score of the part spent at the posting's unit (frozen at the closing)."""

    period: str
    days: int
    score: str | None
    metrics: list[ArchiveMetric]


class ArchivePosting(BaseModel):
    unit_id: uuid.UUID
    unit_code: str
    unit_name: str
    unit_kind: str
    kind: str = Field(description="secondment or permanent")
    starts_on: date
    ends_on: date | None = Field(description="The last day (None: open-ended)")
    transfer_id: uuid.UUID | None
    months: list[ArchiveMonth]


class ArchiveCredits(BaseModel):
    balance: str
    level: str


class ArchiveTickets(BaseModel):
    raised: int = Field(description="Need tickets the person raised")
    resolved: int = Field(description="Need tickets the person resolved for the frontline")


class GrowthArchive(BaseModel):
    """One timeline of a person's growth: postings with their closed months, credits and level,
    tickets, mentoring, where they stand on the promotion rules, and the recognition they received."""

    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    postings: list[ArchivePosting]
    credits: ArchiveCredits
    tickets: ArchiveTickets
    mentorships: list[MentorshipRead]
    eligibility: list[RuleStanding]
    recognition: list[ArchiveCard] = Field(
        description="Recognition cards received, newest first (the latest 200); private ones only for those who "
        "may read them"
    )


class FeedbackWrite(InputModel):
    text: Notes = Field(description="The receiving store manager's feedback on the secondee")


class FeedbackRead(BaseModel):
    transfer_id: uuid.UUID
    text: str
    written_at: datetime


class SummaryWrite(InputModel):
    summary: Notes = Field(description="The mentor's summary of the posting, for the growth report")


class ReportResult(BaseModel):
    metric_code: str
    metric_name: str
    months: int = Field(description="Closed months with a value")
    value: str | None = Field(description="The months' mean value")
    target: str | None = Field(description="The months' mean target")
    achievement: str | None = Field(description="Percent of target (target / value where lower is better)")
    verdict: Literal["strength", "on_target", "gap", "no_target"]


class RecommendedCourse(BaseModel):
    code: str
    title: str
    local_title: str | None
    metrics: list[str] = Field(description="The gaps it is meant to close")


class GrowthReportRead(BaseModel):
    """成长报告: what a posting achieved against its targets, its strengths (110 % of target or more)
    and gaps (under target), the store manager's feedback, the mentor's summary and the courses
    that address the gaps."""

    transfer_id: uuid.UUID
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    unit_code: str
    unit_name: str
    starts_on: date
    ends_on: date
    months: list[str]
    results: list[ReportResult]
    strengths: list[str]
    gaps: list[str]
    store_feedback: str | None
    mentor_name: str | None
    mentor_summary: str | None
    recommended_courses: list[RecommendedCourse]
    written_at: datetime
