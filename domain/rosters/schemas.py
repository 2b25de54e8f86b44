"""Shift template, roster, rule check, suggestion, my shifts and shift swap models. A violation says
which rule, whose shift and until when; it never says why a care rule holds."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from domain.rosters.models import RosterStatus, SwapStatus
from domain.shared.schemas import BusinessCode, ClockTime, DisplayName, InputModel, IsoDate, OutputModel

Reason = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=3, max_length=500)]
Note = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, max_length=500)]
Headcount = Annotated[int, Field(strict=True, ge=0, le=200)]
MAX_ASSIGNMENTS = 3000


class ShiftTemplateCreate(InputModel):
    code: BusinessCode = Field(examples=["EARLY"])
    name: DisplayName = Field(examples=["早班"])
    starts: ClockTime = Field(description="Local start", examples=["07:00"])
    ends: ClockTime = Field(description="Local end; at or before the start, the shift crosses midnight")
    break_minutes: int = Field(default=0, strict=True, ge=0, le=240, description="Unpaid break")
    headcount: list[Headcount] = Field(
        min_length=7, max_length=7, description="People needed on each weekday, Monday first", examples=[[3] * 7]
    )


class ShiftTemplateUpdate(InputModel):
    """Times of a template some roster uses cannot change (make a new template instead)."""

    name: DisplayName
    starts: ClockTime
    ends: ClockTime
    break_minutes: int = Field(default=0, strict=True, ge=0, le=240)
    headcount: list[Headcount] = Field(min_length=7, max_length=7)
    active: bool = True


class ShiftTemplateRead(OutputModel):
    id: uuid.UUID
    store_id: uuid.UUID
    code: str
    name: str
    starts: ClockTime
    ends: ClockTime
    crosses_midnight: bool
    break_minutes: int
    paid_minutes: int
    headcount: list[int]
    late: bool = Field(description="Ends after the late hour of the roster rules (counts in the women's share)")
    active: bool


class AssignmentInput(InputModel):
    employee_id: uuid.UUID
    day: IsoDate = Field(description="The store's local date the shift starts on")
    template_id: uuid.UUID


class RosterUpdate(InputModel):
    """The whole week's assignments; `version` is the roster's version read (0: no roster yet)."""

    version: int = Field(strict=True, ge=0)
    assignments: list[AssignmentInput] = Field(max_length=MAX_ASSIGNMENTS)


class RosterCheckInput(InputModel):
    """Assignments to check without saving; left out, the roster as it stands."""

    assignments: list[AssignmentInput] | None = Field(default=None, max_length=MAX_ASSIGNMENTS)


class RosterVersion(InputModel):
    version: int = Field(strict=True, ge=1)


class SuggestInput(InputModel):
    version: int = Field(strict=True, ge=0, description="The draft's version read (0: no roster yet)")
    time_limit_seconds: int = Field(default=5, strict=True, ge=1, le=30)


OverridableRule = Literal["roster.min_rest", "roster.consecutive_days"]


class OverrideCreate(InputModel):
    employee_id: uuid.UUID
    rule: OverridableRule
    reason: Reason


class OverrideRead(OutputModel):
    id: uuid.UUID
    employee_id: uuid.UUID
    rule: str
    reason: str
    created_at: datetime


class RosterShiftRead(OutputModel):
    id: uuid.UUID | None = Field(description="None on a checked proposal not saved")
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    day: date
    template_id: uuid.UUID
    code: str
    name: str
    starts_at: datetime
    ends_at: datetime
    starts_local: datetime = Field(description="The start in the store's zone")
    ends_local: datetime
    time_zone: str
    paid_minutes: int
    protected_minutes: int = Field(description="Time off the floor on this shift counted as worked (nursing)")


class CoverageRead(OutputModel):
    day: date
    template_id: uuid.UUID
    code: str
    required: int
    rostered: int
    gap: int = Field(description="Required less rostered, never below 0")


class ViolationRead(OutputModel):
    rule: str = Field(description="Stable slug, e.g. care.no_night_work or roster.women_late_share")
    overridable: bool = Field(description="A company rule HR may waive with a reason")
    text: str
    until: date | None = Field(description="The last day a care rule holds")
    employee_ids: list[uuid.UUID]
    days: list[date]
    numbers: dict[str, int | str]


class EligibleRead(OutputModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    days: list[date] = Field(description="Days of the week the person may be rostered here")


class RosterRead(OutputModel):
    id: uuid.UUID | None = Field(description="None until the first save")
    store_id: uuid.UUID
    store_name: str
    time_zone: str
    week_start: date
    week_end: date
    status: RosterStatus
    version: int
    published_at: datetime | None
    shifts: list[RosterShiftRead]
    coverage: list[CoverageRead]
    gaps: list[CoverageRead]
    violations: list[ViolationRead]
    overrides: list[OverrideRead]
    eligible: list[EligibleRead]


class RosterCheck(OutputModel):
    publishable: bool
    violations: list[ViolationRead]
    coverage: list[CoverageRead]
    gaps: list[CoverageRead]


class UnfilledRead(OutputModel):
    day: date
    template_id: uuid.UUID
    code: str
    missing: int
    reasons: list[str] = Field(description="Rule slugs that kept the remaining people off this shift")


class SuggestionRead(OutputModel):
    roster: RosterRead
    added: int
    unfilled: list[UnfilledRead]
    solver: str
    optimal: bool


class MyShiftRead(RosterShiftRead):
    store_id: uuid.UUID
    store_name: str


class ShiftSwapCreate(InputModel):
    roster_shift_id: uuid.UUID
    note: Note | None = None


class SwapVersion(InputModel):
    version: int = Field(strict=True, ge=1)


class SwapDecision(InputModel):
    version: int = Field(strict=True, ge=1)
    decision: Literal["approve", "reject"]
    comment: Note | None = None


class ShiftSwapRead(OutputModel):
    id: uuid.UUID
    store_id: uuid.UUID
    store_name: str
    day: date
    template_id: uuid.UUID
    code: str
    name: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    offered_by: uuid.UUID
    offered_by_name: str
    taken_by: uuid.UUID | None
    taken_by_name: str | None
    status: SwapStatus
    note: str | None
    comment: str | None
    version: int
    created_at: datetime
