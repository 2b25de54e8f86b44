"""Punch input and the views built on punches."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.config import JsonDict

from domain.attendance.rules import Flag, Method, PunchKind
from domain.attendance.shift_matching import ShiftFlag
from domain.shared.schemas import InputModel, IsoDateTime, Latitude, Longitude, OutputModel

Bssid = Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9A-Fa-f]{2}([:.-]?[0-9A-Fa-f]{2}){5}$")]
IdempotencyKey = Annotated[str, StringConstraints(strict=True, pattern=r"^[\x21-\x7e]{1,255}$")]

EXPECTED_MINUTES = (
    "Ordinary minutes expected that day: the standard day, less protected time and any approved "
    "reduction, within an approved window; 0 on a rest day. The person's whole day: the same on each "
    "row of a day worked at several stores"
)
SHORT_MINUTES = (
    "max(expected - worked, 0): time missing, which an arrangement's own reduction never adds to. "
    "Worked counts the day at every store the view shows"
)


PUNCH_EXAMPLE: JsonDict = {
    "kind": "in",
    "store_id": "0b6e7c4a-5d1f-4c8e-9a3b-2f1d0c9e8a71",
    "lat": 31.2304,
    "lon": 121.4737,
    "accuracy_m": 12.5,
    "client_time": "2026-12-05T08:58:12+08:00",
    "device_id": "a1b2c3d4-phone",
    "wifi_bssid": "a4:5e:60:d2:1f:03",
}


class PunchCreate(InputModel):
    model_config = ConfigDict(json_schema_extra={"examples": [PUNCH_EXAMPLE]})

    kind: PunchKind
    store_id: uuid.UUID
    lat: Latitude = Field(examples=[31.2304])
    lon: Longitude = Field(examples=[121.4737])
    accuracy_m: Annotated[float, Field(strict=True, ge=0, le=100_000, allow_inf_nan=False)] = Field(examples=[12.5])
    client_time: IsoDateTime = Field(description="The phone's clock when the punch was made (offline punches)")
    device_id: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=128)]
    mock_location: Annotated[bool, Field(strict=True)] = Field(
        default=False, description="The phone's own mock-location flag"
    )
    wifi_bssid: Bssid | None = Field(default=None, description="The access point the phone is connected to")
    qr_token: Annotated[str, StringConstraints(strict=True, max_length=64)] | None = Field(
        default=None, description="The code shown on the store's clock-in screen"
    )


class PunchRead(OutputModel):
    id: uuid.UUID
    kind: PunchKind
    store_id: uuid.UUID
    store_name: str | None = None
    time_zone: str | None = Field(default=None, description="The store's IANA time zone")
    verdict: Literal["accepted"] = "accepted"
    method: Method
    punched_at: datetime
    punched_at_local: datetime | None = Field(
        default=None, description="The same moment in the store's time zone, with its offset"
    )
    received_at: datetime
    client_time: datetime
    offline: bool
    distance_m: float
    accuracy_m: float
    flags: list[Flag]
    review_status: str | None


class BatchPunch(PunchCreate):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"idempotency_key": "5f0c2a8e-punch-1", **PUNCH_EXAMPLE}]}
    )

    idempotency_key: IdempotencyKey


class PunchBatch(InputModel):
    """Punches the phone kept while offline, sent when it is back; each answered on its own."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"punches": [{"idempotency_key": "5f0c2a8e-punch-1", **PUNCH_EXAMPLE}]}]}
    )

    punches: list[BatchPunch] = Field(min_length=1, max_length=500)


class BatchItemResult(BaseModel):
    idempotency_key: str
    status: int = Field(description="The HTTP status this punch alone would have had")
    punch: PunchRead | None = None
    problem: dict[str, Any] | None = Field(default=None, description="The problem details when refused")


class BatchResult(BaseModel):
    results: list[BatchItemResult]


class AccessPointIn(InputModel):
    bssid: Bssid
    label: Annotated[str, StringConstraints(strict=True, max_length=100)] | None = None


class AccessPointsUpdate(InputModel):
    access_points: list[AccessPointIn] = Field(max_length=100)


class AccessPointRead(OutputModel):
    bssid: str
    label: str | None


class ClockQr(BaseModel):
    token: str
    valid_from: datetime
    refresh_at: datetime = Field(description="Show the next code from this moment")


class PunchReview(InputModel):
    decision: Literal["confirm", "reject"]
    reason: Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=2000)]


PLANNED_MINUTES = "Paid minutes of the published shifts that day; null when no published roster covers the day"


class ShiftOutcome(BaseModel):
    """How one planned shift went (or, `code` null, a stretch worked without a planned shift)."""

    code: str | None
    name: str | None
    starts_local: datetime | None = Field(description="The shift's start in the store's zone")
    ends_local: datetime | None
    planned_minutes: int
    worked_minutes: int = Field(description="Punched time, plus the protected (nursing) time it carries")
    protected_minutes: int = Field(description="Nursing time credited as worked")
    late_minutes: int
    early_minutes: int
    flags: list[ShiftFlag] = Field(description="late, left_early, missed, no_in, no_out, unplanned")


class AttendanceDay(BaseModel):
    date: date
    store_id: uuid.UUID
    store_name: str
    time_zone: str = Field(description="The store's IANA time zone")
    first_in: datetime | None
    first_in_local: datetime | None = Field(
        default=None, description="The same moment in the store's time zone, with its offset"
    )
    last_out: datetime | None
    last_out_local: datetime | None = Field(
        default=None, description="The same moment in the store's time zone, with its offset"
    )
    worked_minutes: int
    expected_minutes: int = Field(description=EXPECTED_MINUTES)
    short_minutes: int = Field(description=SHORT_MINUTES)
    flags: list[Flag]
    planned_minutes: int | None = Field(default=None, description=PLANNED_MINUTES)
    shifts: list[ShiftOutcome] = Field(default_factory=list)


class StoreAttendancePerson(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    present: bool
    first_in: datetime | None
    first_in_local: datetime | None = Field(
        default=None, description="The same moment in the store's time zone, with its offset"
    )
    last_punch: datetime | None
    last_punch_local: datetime | None = Field(
        default=None, description="The same moment in the store's time zone, with its offset"
    )
    worked_minutes: int
    expected_minutes: int = Field(description=EXPECTED_MINUTES)
    short_minutes: int = Field(description=SHORT_MINUTES)
    planned_minutes: int | None = Field(default=None, description=PLANNED_MINUTES)
    shifts: list[ShiftOutcome] = Field(default_factory=list)


class StoreAttendance(BaseModel):
    store_id: uuid.UUID
    store_name: str
    date: date
    timezone: str = Field(description="The store's IANA time zone (the same as time_zone)")
    time_zone: str = Field(description="The store's IANA time zone")
    in_now: list[StoreAttendancePerson]
    punched: list[StoreAttendancePerson]
    absent: list[StoreAttendancePerson]
    flagged: list[PunchRead]


class TimesheetRow(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    store_code: str
    store_name: str
    time_zone: str = Field(description="The store's IANA time zone")
    date: date
    first_in: datetime | None
    first_in_local: datetime | None = Field(
        default=None, description="The same moment in the store's time zone, with its offset"
    )
    last_out: datetime | None
    last_out_local: datetime | None = Field(
        default=None, description="The same moment in the store's time zone, with its offset"
    )
    worked_minutes: int
    expected_minutes: int = Field(description=EXPECTED_MINUTES)
    short_minutes: int = Field(description=SHORT_MINUTES)
    flags: list[Flag]
    planned_minutes: int | None = Field(default=None, description=PLANNED_MINUTES)
    late_minutes: int = 0
    early_minutes: int = 0
    shift_flags: list[ShiftFlag] = Field(default_factory=list, description="Every flag of the day's shifts")


class Timesheet(BaseModel):
    period_from: date
    period_to: date
    rows: list[TimesheetRow]
