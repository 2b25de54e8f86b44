"""Care profile, consent, access log, constraint, policy and arrangement models.

Sensitive values never appear in validation messages: the checks here name the field and the rule
("must not be in the future"), never the value sent."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from domain.care.models import ArrangementStatus, Category
from domain.care.protections import Basis, Kind, Policy
from domain.shared.schemas import ClockTime, InputModel, IsoDate, OutputModel
from domain.transfers.models import Approver
from domain.transfers.rules import Decision

Text200 = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200)]
Notes = Annotated[str, StringConstraints(strict=True, max_length=4000)]
Latitude = Annotated[float, Field(strict=True, ge=-90, le=90)]
Longitude = Annotated[float, Field(strict=True, ge=-180, le=180)]
Purpose = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=3, max_length=500)]
Comment = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=2000)]
MonthText = Annotated[str, StringConstraints(strict=True, pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]


SexValue = Literal["female", "male"]


class Home(InputModel):
    address: Text200 = Field(examples=["上海市浦东新区世纪大道100号"])
    latitude: Latitude = Field(examples=[31.2304])
    longitude: Longitude = Field(examples=[121.4737])


class Child(InputModel):
    birth_month: MonthText = Field(description="YYYY-MM", examples=["2019-09"])
    school_name: Text200 | None = None
    school_latitude: Latitude | None = None
    school_longitude: Longitude | None = None


class Pregnancy(InputModel):
    due_date: IsoDate = Field(description="Expected date of birth", examples=["2027-05-01"])


class BirthRecord(InputModel):
    born_on: IsoDate = Field(description="The baby's date of birth")
    babies: int = Field(default=1, strict=True, ge=1, le=6, description="Babies of this birth (twins: 2)")


class Nursing(InputModel):
    births: list[BirthRecord] = Field(min_length=1, max_length=6)


class Safety(InputModel):
    latest_shift_end: ClockTime | None = Field(
        default=None, description="No shift ending after this local time (e.g. 22:00)", examples=["22:00"]
    )
    max_commute_km: float | None = Field(
        default=None, strict=True, ge=0.1, le=500, description="Longest commute the person accepts", examples=[5.0]
    )


class CareProfileData(BaseModel):
    """The categories; each needs the person's consent before it is stored."""

    sex: SexValue | None = Field(default=None, description="As recorded for labour-law purposes")
    home: Home | None = None
    children: list[Child] | None = Field(default=None, max_length=10)
    pregnancy: Pregnancy | None = None
    nursing: Nursing | None = None
    safety: Safety | None = None
    notes: Notes | None = Field(default=None, description="Free text for HR")


class CareProfileUpdate(CareProfileData, InputModel):
    """The categories sent are replaced (null clears one, keeping its consent); those left out stay."""


class ConsentRead(OutputModel):
    category: Category
    given_at: datetime


class CareProfileRead(CareProfileData):
    employee_id: uuid.UUID
    consents: list[ConsentRead]
    updated_at: datetime | None = Field(description="When a category last changed; None while empty")


class ConsentGrant(InputModel):
    categories: list[Category] = Field(min_length=1, max_length=len(Category))


class ConsentsRead(BaseModel):
    consents: list[ConsentRead]


class AccessEntryRead(OutputModel):
    id: int
    read_at: datetime
    reader_account_id: uuid.UUID | None
    reader_name: str
    categories: list[Category]
    purpose: str


class ConstraintRead(BaseModel):
    kind: Kind
    basis: Basis = Field(description="law, an approved arrangement, or the person's own stated need; never why")
    start: date = Field(description="First day it holds (within the range asked)")
    end: date = Field(description="Last day it holds (within the range asked)")
    minutes: int | None = None
    starts: ClockTime | None = None
    ends: ClockTime | None = None
    count: int | None = None
    km: Decimal | None = None
    text: str = Field(description="The constraint for people, in the reader's language")


class ConstraintsRead(BaseModel):
    employee_id: uuid.UUID
    period_from: date
    period_to: date
    constraints: list[ConstraintRead]


class CareExport(BaseModel):
    """Everything the system holds about the person's care: the profile, consents, HR's reads and the
    constraints in force, as one document (PIPL: the right to a copy)."""

    exported_at: datetime
    profile: CareProfileRead
    access_log: list[AccessEntryRead]
    constraints: list[ConstraintRead]


class PolicyRead(Policy):
    version: int = Field(description="0: the defaults (China's rules), never changed")
    created_at: datetime | None


class PolicyUpdate(Policy):
    pass


class ArrangementCreate(InputModel):
    """Any combination of a reduced day, remote days and a daily window; dates inclusive."""

    start_date: IsoDate
    end_date: IsoDate
    reduced_minutes: int = Field(default=0, strict=True, ge=0, le=240, description="Minutes less per working day")
    remote_days_per_week: int = Field(default=0, strict=True, ge=0, le=5)
    window_start: ClockTime | None = Field(
        default=None, description="Local time the working day starts", examples=["09:30"]
    )
    window_end: ClockTime | None = Field(
        default=None, description="Local time the working day ends", examples=["16:30"]
    )


class ArrangementStep(InputModel):
    name: Text200
    approver: Literal[Approver.HOME_DEPARTMENT, Approver.HR]


class ArrangementChainRead(BaseModel):
    steps: list[ArrangementStep]
    updated_at: datetime | None
    is_default: bool


class ArrangementChainUpdate(InputModel):
    steps: list[ArrangementStep] = Field(min_length=1, max_length=5)


class ArrangementTrailRead(OutputModel):
    step: int | None
    step_name: str | None
    action: str
    actor_account_id: uuid.UUID | None
    actor_name: str | None
    comment: str | None
    at: datetime


class ArrangementRead(OutputModel):
    id: uuid.UUID
    employee_id: uuid.UUID
    employee_name: str
    employee_local_name: str | None
    requested_by: uuid.UUID
    start_date: date
    end_date: date
    reduced_minutes: int
    remote_days_per_week: int
    window_start: ClockTime | None
    window_end: ClockTime | None
    status: ArrangementStatus
    steps: list[ArrangementStep]
    current_step: int | None
    current_step_since: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime
    decided_at: datetime | None
    trail: list[ArrangementTrailRead]


class ArrangementDecision(InputModel):
    step: int = Field(strict=True, ge=0, description="The step being decided, as the decider saw it")
    decision: Literal[Decision.APPROVE, Decision.REJECT]
    comment: Comment | None = Field(default=None, description="Required to reject")
