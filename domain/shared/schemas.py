"""Building blocks for input and output models.

Inputs forbid unknown fields and refuse type coercion ("12" is not 12, 0 is not false), so a
client bug surfaces as a clear 422 rather than silently stored data.
"""

from __future__ import annotations

import re
import types
from datetime import UTC, date, datetime, time
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    Strict,
    StringConstraints,
    WithJsonSchema,
    field_validator,
)

from domain.shared.i18n import _


def refuse_unstorable_text(value: Any) -> Any:
    """Text the database cannot store (U+0000, lone surrogates) is refused at the edge, not at the database."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError(_("text must not contain NUL characters"))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(_("text must be valid Unicode")) from None
    if isinstance(value, list):
        for item in value:
            refuse_unstorable_text(item)
    return value


def _is_of(annotation: Any, kind: type) -> bool:
    """`kind`, Annotated[kind, ...], kind | None (exactly: a bool is no int here)."""
    if annotation is kind:
        return True
    origin = get_origin(annotation)
    if origin is Annotated:
        return _is_of(get_args(annotation)[0], kind)
    if origin in (Union, types.UnionType):
        return any(_is_of(arg, kind) for arg in get_args(annotation) if arg is not type(None))
    return False


def _refuse_boolean(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError(_("must be a whole number, not true or false"))
    return value


_NO_BOOLEAN = BeforeValidator(_refuse_boolean)


def refuse_unconvertible_instant(value: Any) -> Any:
    """An aware datetime that cannot be expressed in UTC (year 1 with a positive offset, year 9999
    with a negative one) is refused here, not met as an OverflowError later."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        try:
            value.astimezone(UTC)
        except OverflowError:
            raise ValueError(_("is out of range (it cannot be expressed in UTC)")) from None
    return value


class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Every boolean field of an input is strict: pydantic would read 0, 1, "yes" and "off"
        as booleans, and a client sending them has a bug to learn about."""
        super().__pydantic_init_subclass__(**kwargs)
        loose = [
            field
            for field in cls.model_fields.values()
            if _is_of(field.annotation, bool) and not any(isinstance(m, Strict) for m in field.metadata)
        ]
        for field in loose:
            field.metadata.append(Strict())
        # and pydantic reads true as 1 for an integer (a bonus rule was saved with "version": true)
        counts = [field for field in cls.model_fields.values() if _is_of(field.annotation, int)]
        for field in counts:
            if _NO_BOOLEAN not in field.metadata:
                field.metadata.append(_NO_BOOLEAN)
        if loose or counts:
            cls.model_rebuild(force=True)

    @field_validator("*", mode="after")
    @classmethod
    def _storable_values(cls, value: Any) -> Any:
        return refuse_unconvertible_instant(refuse_unstorable_text(value))


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _iso_date_text(value: Any) -> Any:
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.match(value)):
        return value
    raise ValueError(_("must be a date as YYYY-MM-DD"))


def _iso_datetime_text(value: Any) -> Any:
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATETIME.match(value)):
        return value
    raise ValueError(_("must be an ISO 8601 timestamp with an offset, e.g. 2026-03-02T09:00:00+08:00"))


EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


def plausible(value: date) -> date:
    """Days an HR system can reason about (and compute a day either side of, or convert to UTC,
    without overflow)."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValueError(
            _("must be between {earliest} and {latest}", earliest=EARLIEST.isoformat(), latest=LATEST.isoformat())
        )
    return value


# Dates and timestamps only as ISO text (numbers are not silently read as Unix times), within
# years an HR system can reason about.
IsoDate = Annotated[date, BeforeValidator(_iso_date_text), AfterValidator(plausible)]
IsoDateTime = Annotated[AwareDatetime, BeforeValidator(_iso_datetime_text), AfterValidator(plausible)]
# Free text in query strings: no NUL characters.
NO_NUL_PATTERN = r"^[^\x00]*$"


def _true_or_false(value: object) -> object:
    """Query strings say `true` or `false`; pydantic alone would also read 0, 1, yes, on."""
    if isinstance(value, str) and value not in ("true", "false"):
        raise ValueError(_("Input should be true or false"))
    return value


_CLOCK_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _clock_time_text(value: Any) -> Any:
    if isinstance(value, time) and value.tzinfo is None and not value.second and not value.microsecond:
        return value
    if isinstance(value, str) and _CLOCK_TIME.match(value):
        return time(int(value[:2]), int(value[3:]))
    raise ValueError(_("must be a local time as HH:MM, e.g. 09:30"))


# A time of day on a local clock (no zone, whole minutes), written HH:MM in both directions.
ClockTime = Annotated[
    time,
    BeforeValidator(_clock_time_text),
    PlainSerializer(lambda value: value.strftime("%H:%M"), return_type=str),
    WithJsonSchema({"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "examples": ["09:30"]}),
]


# A boolean query parameter: exactly `true` or `false`.
QueryBool = Annotated[bool, BeforeValidator(_true_or_false)]


class OutputModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


BusinessCode = Annotated[
    str,
    StringConstraints(strict=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$", min_length=1, max_length=32),
]
DisplayName = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(strict=True, max_length=500)]
# The languages texts are written in for a person (domain.shared.i18n.SUPPORTED_LANGUAGES).
Language = Literal["zh-CN", "en"]
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
