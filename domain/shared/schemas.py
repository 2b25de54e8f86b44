"""Building blocks for input and output models.

Inputs forbid unknown fields and refuse type coercion ("12" is not 12), so a client bug surfaces
as a clear 422 rather than silently stored data.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)


def refuse_unstorable_text(value: Any) -> Any:
    """Text the database cannot store (U+0000, lone surrogates) is refused at the edge, not at the database."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("text must not contain NUL characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text must be valid Unicode") from None
    if isinstance(value, list):
        for item in value:
            refuse_unstorable_text(item)
    return value


class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul_characters(cls, value: Any) -> Any:
        return refuse_unstorable_text(value)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _iso_date_text(value: Any) -> Any:
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.match(value)):
        return value
    raise ValueError("must be a date as YYYY-MM-DD")


def _iso_datetime_text(value: Any) -> Any:
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATETIME.match(value)):
        return value
    raise ValueError("must be an ISO 8601 timestamp with an offset, e.g. 2026-03-02T09:00:00+08:00")


EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


def _plausible(value: date) -> date:
    """Days an HR system can reason about (and compute a day either side of without overflow)."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"must be between {EARLIEST.isoformat()} and {LATEST.isoformat()}")
    return value


# Dates and timestamps only as ISO text (numbers are not silently read as Unix times), within
# years an HR system can reason about.
IsoDate = Annotated[date, BeforeValidator(_iso_date_text), AfterValidator(_plausible)]
IsoDateTime = Annotated[AwareDatetime, BeforeValidator(_iso_datetime_text), AfterValidator(_plausible)]
# Free text in query strings: no NUL characters.
NO_NUL_PATTERN = r"^[^\x00]*$"


class OutputModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


BusinessCode = Annotated[
    str,
    StringConstraints(strict=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$", min_length=1, max_length=32),
]
DisplayName = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(strict=True, max_length=500)]
Email = Annotated[
    str,
    StringConstraints(
        strict=True, strip_whitespace=True, to_lower=True, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
    ),
]
Phone = Annotated[str, StringConstraints(strict=True, pattern=r"^\+?[0-9 ()-]{3,32}$")]
Latitude = Annotated[float, Field(strict=True, ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float, Field(strict=True, ge=-180, le=180, allow_inf_nan=False)]
GeofenceRadius = Annotated[int, Field(strict=True, ge=50, le=3000, description="Geofence radius in metres")]
Password = Annotated[str, StringConstraints(strict=True, min_length=10, max_length=128)]
