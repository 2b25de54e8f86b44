"""Skill, posting and match models. A match's distances and reasons are the seeker's own: they are
answered to her alone and never stored."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from domain.postings.models import ApplicationStatus, PostingStatus
from domain.shared.schemas import BusinessCode, DisplayName, InputModel, IsoDate, OutputModel

Tag = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]{0,31}$")]
Description = Annotated[str, StringConstraints(strict=True, max_length=4000)]


class RequiredCourse(InputModel):
    course_code: BusinessCode
    pass_mark: int = Field(default=90, strict=True, ge=0, le=100, description="Score out of 100 to reach")


class CourseReadinessRead(OutputModel):
    course_code: str
    course_title: str
    pass_mark: int
    best_score: int | None = Field(description="The best score so far (exam, or a practice score x 10)")
    done: bool


class ReadinessRead(OutputModel):
    """Whether the required courses are passed: what is left, course by course."""

    complete: bool
    courses: list[CourseReadinessRead]


class PostingCreate(InputModel):
    unit_id: uuid.UUID
    title: DisplayName
    description: Description = ""
    start_date: IsoDate
    end_date: IsoDate
    template_ids: list[uuid.UUID] = Field(default_factory=list, max_length=10, description="The store's shifts")
    day_shifts_only: bool = False
    hours_per_week: int = Field(strict=True, ge=1, le=60)
    headcount: int = Field(strict=True, ge=1, le=500)
    skills: list[BusinessCode] = Field(default_factory=list, max_length=20)
    tags: list[Tag] = Field(
        default_factory=list, max_length=10, examples=[["commute_time_flexible", "suits_parents", "mentor_available"]]
    )
    eligible_unit_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=50, description="Departments whose people may apply; empty: everyone"
    )
    required_courses: list[RequiredCourse] = Field(
        default_factory=list, max_length=10, description="Courses to pass (default mark 90) before the posting starts"
    )

    @model_validator(mode="after")
    def _dates(self) -> PostingCreate:
        if self.end_date < self.start_date:
            raise ValueError("end_date must not be before start_date")
        if (self.end_date - self.start_date).days > 366:
            raise ValueError("a posting lasts at most 366 days")
        return self


class PostingVersion(InputModel):
    version: int = Field(strict=True, ge=1)


class PostingRead(OutputModel):
    id: uuid.UUID
    unit_id: uuid.UUID
    unit_name: str
    time_zone: str
    title: str
    description: str
    start_date: date
    end_date: date
    template_ids: list[uuid.UUID]
    shift_codes: list[str]
    day_shifts_only: bool
    hours_per_week: int
    headcount: int
    taken: int
    skills: list[str]
    tags: list[str]
    eligible_unit_ids: list[uuid.UUID]
    required_courses: list[RequiredCourse]
    status: PostingStatus
    version: int
    opened_at: datetime | None
    created_at: datetime


class PostingMatch(OutputModel):
    posting: PostingRead
    score: float
    home_km: float | None = Field(description="Great-circle distance from my home; never shown to anyone else")
    school_km: float | None = Field(description="From my nearest child's school")
    within_radius: bool | None = Field(description="None: no home or school on file")
    skills_matched: list[str]
    skills_missing: list[str]
    reasons: list[str]
    readiness: ReadinessRead | None = Field(description="My progress on the required courses; null: none required")


class PostingMatches(OutputModel):
    radius_km: float
    located: bool = Field(description="Whether a home or school location was on file to measure from")
    matches: list[PostingMatch]
    excluded: dict[str, int] = Field(description="Postings left out, by reason (care_rule, dates_overlap)")


class ApplicationCreate(InputModel):
    note: Description | None = Field(default=None, description="A word for the approvers")


class ApplicationRead(OutputModel):
    """What a posting's planners see of an applicant: never a home, a school or a distance."""

    id: uuid.UUID
    posting_id: uuid.UUID
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    department: str
    skills: list[str]
    performance_band: str | None = Field(
        description="top_10, top_30, middle or bottom_30 in the latest closed month; null: not scored"
    )
    readiness: ReadinessRead | None = Field(description="The required courses passed and left; null: none required")
    transfer_id: uuid.UUID
    status: ApplicationStatus
    created_at: datetime
