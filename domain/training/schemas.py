"""Course, plan, completion, ledger and credit-balance models. Credits travel as decimal strings
with up to two places ("2", "1.5", "3.25"); they are hundredths inside."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from domain.performance.schemas import MetricCode, Population
from domain.shared.i18n import _
from domain.shared.money import CURRENCY_PATTERN
from domain.shared.schemas import BusinessCode, DisplayName, InputModel, IsoDate, OutputModel
from domain.training.rules import CreditCategory, Delivery, Level

CREDITS_PATTERN = r"^\d{1,4}(\.\d{1,2})?$"
SIGNED_CREDITS_PATTERN = r"^-?\d{1,4}(\.\d{1,2})?$"
CreditsText = Annotated[str, StringConstraints(strict=True, pattern=CREDITS_PATTERN)]
SignedCreditsText = Annotated[str, StringConstraints(strict=True, pattern=SIGNED_CREDITS_PATTERN)]
Reason = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=3, max_length=500)]
MAX_COMPLETIONS = 5_000


def to_centi(text: str) -> int:
    return int(Decimal(text) * 100)


def _weight_in_range(text: str) -> str:
    if not Decimal("0.5") <= Decimal(text) <= Decimal("3"):
        raise ValueError(_("must be between 0.5 and 3"))
    return text


Weight = Annotated[str, StringConstraints(strict=True, pattern=r"^\d(\.\d{1,2})?$"), AfterValidator(_weight_in_range)]


class CourseUpdate(InputModel):
    title: DisplayName
    local_title: DisplayName | None = None
    category: CreditCategory
    delivery: Delivery
    base_credits: CreditsText = Field(examples=["2"], description="Credits before the weight")
    weight: Weight = Field(default="1", examples=["1.5"], description="0.5 to 3; strategic or hard courses earn more")
    pass_mark: int = Field(default=60, strict=True, ge=0, le=100, description="Exam score a classroom course needs")
    skills: list[BusinessCode] = Field(default_factory=list, max_length=20, description="Skills the course builds")
    effect_metrics: list[MetricCode] = Field(
        default_factory=list,
        max_length=10,
        description="Performance metrics the course should move: the training-effect report compares them",
    )
    active_from: IsoDate
    active_to: IsoDate | None = None
    version: int | None = Field(default=None, description="The version read, when changing a course")

    @model_validator(mode="after")
    def _dates(self) -> CourseUpdate:
        if self.active_to is not None and self.active_to < self.active_from:
            raise ValueError(_("active_to must not be before active_from"))
        return self


class CourseRead(OutputModel):
    code: str
    title: str
    local_title: str | None
    category: CreditCategory
    delivery: Delivery
    base_credits: str
    weight: str
    credits: str = Field(description="What a completion that meets the rule earns (base x weight)")
    pass_mark: int
    skills: list[str]
    effect_metrics: list[str]
    active_from: date
    active_to: date | None
    version: int


class CategoryShare(BaseModel):
    model_config = ConfigDict(extra="forbid")

    share_percent: int = Field(strict=True, ge=0, le=100)
    minimum: CreditsText = "0"


class PlanUpdate(InputModel):
    """The credits a population is expected to earn in a year and how they divide by category."""

    total: CreditsText = Field(examples=["60"])
    required: CategoryShare = CategoryShare(share_percent=40)
    elective: CategoryShare = CategoryShare(share_percent=30)
    practice: CategoryShare = CategoryShare(share_percent=30)
    version: int | None = Field(default=None, description="The version read, when changing a plan")

    @model_validator(mode="after")
    def _shares(self) -> PlanUpdate:
        if self.required.share_percent + self.elective.share_percent + self.practice.share_percent != 100:
            raise ValueError(_("the category shares must add up to 100"))
        return self


class PlanCategoryRead(BaseModel):
    category: CreditCategory
    share_percent: int
    expected: str
    minimum: str


class PlanRead(BaseModel):
    population: str
    year: int
    total: str
    categories: list[PlanCategoryRead]
    version: int


class CompletionIn(BaseModel):
    """One completion as the learning platform reports it: the fields its course's delivery needs."""

    model_config = ConfigDict(extra="forbid")

    external_id: str = Field(min_length=1, max_length=128, pattern=r"^[^\x00]+$", description="The platform's id")
    employee_no: str = Field(min_length=1, max_length=32, pattern=r"^[^\x00]+$")
    course_code: str = Field(min_length=1, max_length=32, pattern=r"^[^\x00]+$")
    completed_on: IsoDate
    completion_percent: int | None = Field(default=None, strict=True, ge=0, le=100)
    exam_score: int | None = Field(default=None, strict=True, ge=0, le=100)
    attended: bool | None = Field(default=None, strict=True)
    mentor_score: int | None = Field(default=None, strict=True, ge=0, le=10)


class CompletionBatch(BaseModel):
    """The envelope: completions are checked one by one afterwards, so one bad line sinks nothing."""

    model_config = ConfigDict(extra="forbid")

    completions: list[dict[str, object]] = Field(min_length=1, max_length=MAX_COMPLETIONS)


class CompletionBatchDocumented(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        title="CompletionBatch",
        json_schema_extra={
            "examples": [
                {
                    "completions": [
                        {
                            "external_id": "LMS-889120",
                            "employee_no": "E0102",
                            "course_code": "FRESH-101",
                            "completed_on": "2026-12-03",
                            "completion_percent": 100,
                            "exam_score": 86,
                        }
                    ]
                }
            ]
        },
    )

    completions: list[CompletionIn] = Field(min_length=1, max_length=MAX_COMPLETIONS)


class SignInLine(BaseModel):
    model_config = ConfigDict(extra="forbid")

    employee_id: uuid.UUID
    attended: bool = Field(strict=True)
    exam_score: int | None = Field(default=None, strict=True, ge=0, le=100)


class ClassroomSignIn(InputModel):
    """A classroom session's sign-in list: who attended and their exam scores."""

    session_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
    held_on: IsoDate
    attendees: list[SignInLine] = Field(min_length=1, max_length=500)


class PracticeScore(InputModel):
    """A mentor's score (0-10) of a person's on-the-job practice of a course."""

    employee_id: uuid.UUID
    completed_on: IsoDate
    score: int = Field(strict=True, ge=0, le=10)
    note: str = Field(default="", max_length=500)


class CompletionRef(BaseModel):
    index: int
    external_id: str | None


class CompletionRejection(CompletionRef):
    reason: str = Field(description="Stable slug, e.g. course.not_found, employee.not_found, completed_on.future")
    detail: str
    field: str | None = Field(default=None, description="The offending field, e.g. completions.3.exam_score")


class CompletionIngestResult(BaseModel):
    """Every completion is accounted for: accepted (not listed), duplicate, conflict or rejected."""

    received: int
    accepted: int
    credited: int = Field(description="Accepted completions that raised someone's credits")
    duplicates: list[CompletionRef]
    conflicts: list[CompletionRef] = Field(description="Sent before with other content: not applied")
    rejected: list[CompletionRejection]


class CompletionRead(BaseModel):
    id: uuid.UUID
    employee_id: uuid.UUID
    course_code: str
    completed_on: date
    earned: str
    credited: str = Field(description="What it added to the person's credits (a retake adds only its gain)")
    rule: str
    met: bool


class CreditEntryRead(BaseModel):
    id: uuid.UUID
    kind: str = Field(description="award, revocation or correction")
    category: CreditCategory
    course_code: str | None
    course_title: str | None
    credits: str
    rule: str | None
    reason: str | None
    completion_id: uuid.UUID | None
    revokes_id: uuid.UUID | None
    counts_in: str = Field(description="The month it counts in (YYYY-MM)")
    recorded_at: datetime


class Revocation(InputModel):
    entry_id: uuid.UUID = Field(description="The award to take back")
    reason: Reason


class Correction(InputModel):
    category: CreditCategory
    credits: SignedCreditsText = Field(description="Credits to add (negative: to remove)")
    reason: Reason

    @model_validator(mode="after")
    def _not_zero(self) -> Correction:
        if Decimal(self.credits) == 0:
            raise ValueError(_("a correction must change the balance"))
        return self


class CategoryBalance(BaseModel):
    category: CreditCategory
    earned: str = Field(description="Credits counted in the year")
    expected: str | None = Field(description="The plan's share for the year; null without a plan")
    minimum: str | None
    minimum_met: bool | None


class LevelRead(BaseModel):
    level: Level
    monthly_allowance: str | None = Field(description="Decimal string in the allowance currency")
    currency: str


class NextLevel(BaseModel):
    level: Level
    credits_missing: str


class SkillCredits(BaseModel):
    skill_code: str
    credits: str


class CreditSummary(BaseModel):
    """A person's credits: the balance and level, the year by category against the plan, by skill."""

    employee_id: uuid.UUID
    year: int
    balance: str = Field(description="All credits ever counted, less revocations and corrections")
    year_total: str
    level: LevelRead
    next_level: NextLevel | None
    plan_population: str | None
    by_category: list[CategoryBalance]
    by_skill: list[SkillCredits]
    ledger: list[CreditEntryRead] = Field(description="The latest 100 entries, newest first")


class AllowanceLineRead(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    level: Level
    balance: str = Field(description="Credits at the month's end")
    amount: str


class BonusLineRead(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    unit_id: uuid.UUID
    unit_code: str
    basis: str
    days: int
    sales: str
    target: str = Field(description="As it applies to the days (personal) or the store's month (store)")
    excess: str
    modifier_percent: int = Field(description="Added for the year's training credits")
    amount: str
    capped: bool


class AllowanceMonthRead(BaseModel):
    month: str
    status: str = Field(description="calculated, or approved (locked)")
    people: int
    total: str = Field(description="Training allowances")
    bonus_total: str = Field(description="Frontline contribution bonuses")
    currency: str
    policy_version: int = Field(description="The training policy the levels and amounts came from")
    version: int
    calculated_at: datetime
    approved_at: datetime | None
    lines: list[AllowanceLineRead] | None = Field(default=None, description="Everyone paid, by employee number")
    bonus_lines: list[BonusLineRead] | None = Field(default=None, description="Each bonus and its working")


class AllowanceApproval(InputModel):
    version: int = Field(description="The version reviewed")


class MyAllowance(BaseModel):
    month: str
    level: Level
    balance: str
    amount: str = Field(description="Training allowance (学分津贴)")
    bonus: str = Field(description="Frontline contribution bonus (一线贡献奖金)")
    currency: str
    status: str = Field(description="calculated (pending approval) or approved")


class PersonProgress(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    balance: str
    level: Level
    year_total: str
    by_category: dict[str, str] = Field(description="The year's credits by category")
    next_level_missing: str | None = Field(description="Credits still needed for the next level; null at the top")


class GroupParticipation(BaseModel):
    unit_id: uuid.UUID | None = Field(description="The department or region (stores roll up to theirs)")
    unit_code: str | None
    unit_name: str | None
    people: int = Field(description="Active people whose home unit lies there")
    participants: int = Field(description="Of them, those with at least one completion in the year")
    participation_percent: str | None


class CourseStats(BaseModel):
    course_code: str
    course_title: str
    people: int = Field(description="People with a completion of the course in the year")
    passed: int = Field(description="Of them, those whose completion met the rule")
    completion_percent: str | None
    average_exam_score: str | None


class TrainingDashboard(BaseModel):
    year: int
    people: int
    participants: int
    participation_percent: str | None
    by_group: list[GroupParticipation]
    by_course: list[CourseStats]


class BonusRuleUpdate(InputModel):
    """The frontline contribution bonus of a population (一线贡献奖金)."""

    basis: Literal["personal", "store"] = Field(
        description="personal: my own sales on my days there; store: the store's, pro-rated by my days"
    )
    metric_code: str = Field(
        min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$",
        description="The metric whose monthly target (mine, or the store's nearest) the sales must beat",
    )  # fmt: skip
    rate_percent: str = Field(pattern=r"^\d{1,2}(\.\d{1,2})?$", examples=["1"], description="Share of the excess")
    cap: str = Field(pattern=r"^\d{1,9}(\.\d{1,2})?$", description="Most paid to a person for one stay in a month")
    currency: str = Field(default="CNY", pattern=CURRENCY_PATTERN)
    modifier_step_percent: int = Field(
        default=1, strict=True, ge=0, le=10, description="Added per 10 credits of the year"
    )
    modifier_cap_percent: int = Field(default=10, strict=True, ge=0, le=100)
    active: bool = True
    version: int | None = Field(default=None, description="The version read, when changing a rule")


class BonusRuleRead(BaseModel):
    population: Population
    basis: str
    metric_code: str
    rate_percent: str
    cap: str
    currency: str
    modifier_step_percent: int
    modifier_cap_percent: int
    active: bool
    version: int


class MetricEffect(BaseModel):
    """One linked metric in one population: the participants' change against the comparison's."""

    metric_code: str
    metric_name: str
    population: Population
    participants: int = Field(description="Participants with points both before and after the month they passed")
    participants_before: str | None = Field(description="Their mean points in the months before")
    participants_after: str | None = Field(description="Their mean points in the months after")
    participants_change: str | None
    comparison: int = Field(description="Non-participants of the population compared over the same months")
    comparison_change: str | None = Field(description="Their mean change, cohort by cohort (the month of passing)")
    effect: str | None = Field(description="The participants' change less the comparison's, in points")


class TrainingEffect(BaseModel):
    """效果评估: did the course move the metrics it was meant to? Points come from closed months."""

    course_code: str
    months: int = Field(description="Months compared on each side of the month a participant passed")
    passed: int = Field(description="People who have passed the course")
    metrics: list[MetricEffect]
