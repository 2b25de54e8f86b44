"""The message of each field problem of a validation error, in the request's language.

Pydantic writes its messages in English, and English answers keep them. For other languages each
error type we meet in practice has a catalogue text here, filled from the error's `ctx` (limits,
allowed values); a validator of ours that raises `ValueError(_("..."))` carries its own text;
anything else keeps pydantic's English message, so a field problem always says something. The
field path and the error type never change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from domain.shared.i18n import ENGLISH, Message, _, render

Context = Mapping[str, Any]


def _expected(ctx: Context) -> Message:
    return _("Input should be {expected}.", expected=str(ctx.get("expected", "")))


_TEXTS: dict[str, Callable[[Context], Message]] = {
    "missing": lambda ctx: _("Field required."),
    "extra_forbidden": lambda ctx: _("Unknown field; this request does not take it."),
    "string_type": lambda ctx: _("Input should be a string."),
    "string_too_short": lambda ctx: _(
        "Should have at least {min_length} characters.", min_length=ctx.get("min_length", 0)
    ),
    "string_too_long": lambda ctx: _(
        "Should have at most {max_length} characters.", max_length=ctx.get("max_length", 0)
    ),
    "string_pattern_mismatch": lambda ctx: _(
        "Should match the pattern {pattern}.", pattern=str(ctx.get("pattern", ""))
    ),
    "too_short": lambda ctx: _("Should have at least {min_length} items.", min_length=ctx.get("min_length", 0)),
    "too_long": lambda ctx: _("Should have at most {max_length} items.", max_length=ctx.get("max_length", 0)),
    "greater_than": lambda ctx: _("Input should be greater than {gt}.", gt=ctx.get("gt")),
    "greater_than_equal": lambda ctx: _("Input should be greater than or equal to {ge}.", ge=ctx.get("ge")),
    "less_than": lambda ctx: _("Input should be less than {lt}.", lt=ctx.get("lt")),
    "less_than_equal": lambda ctx: _("Input should be less than or equal to {le}.", le=ctx.get("le")),
    "multiple_of": lambda ctx: _("Input should be a multiple of {multiple_of}.", multiple_of=ctx.get("multiple_of")),
    "enum": _expected,
    "literal_error": _expected,
    "uuid_parsing": lambda ctx: _("Input should be a valid UUID."),
    "uuid_type": lambda ctx: _("Input should be a valid UUID."),
    "int_parsing": lambda ctx: _("Input should be a valid integer."),
    "int_type": lambda ctx: _("Input should be a valid integer."),
    "int_from_float": lambda ctx: _("Input should be a valid integer, without a fractional part."),
    "float_parsing": lambda ctx: _("Input should be a valid number."),
    "float_type": lambda ctx: _("Input should be a valid number."),
    "finite_number": lambda ctx: _("Input should be a finite number."),
    "decimal_parsing": lambda ctx: _("Input should be a valid decimal."),
    "decimal_type": lambda ctx: _("Input should be a valid decimal."),
    "bool_parsing": lambda ctx: _("Input should be true or false."),
    "bool_type": lambda ctx: _("Input should be true or false."),
    "date_parsing": lambda ctx: _("Input should be a valid date (YYYY-MM-DD)."),
    "date_from_datetime_parsing": lambda ctx: _("Input should be a valid date (YYYY-MM-DD)."),
    "date_type": lambda ctx: _("Input should be a valid date (YYYY-MM-DD)."),
    "datetime_parsing": lambda ctx: _("Input should be a valid date and time (ISO 8601)."),
    "datetime_from_date_parsing": lambda ctx: _("Input should be a valid date and time (ISO 8601)."),
    "datetime_type": lambda ctx: _("Input should be a valid date and time (ISO 8601)."),
    "time_parsing": lambda ctx: _("Input should be a valid time (HH:MM)."),
    "timezone_aware": lambda ctx: _("Input should have a time zone offset."),
    "list_type": lambda ctx: _("Input should be a list."),
    "dict_type": lambda ctx: _("Input should be an object."),
    "model_type": lambda ctx: _("Input should be an object."),
    "model_attributes_type": lambda ctx: _("Input should be an object."),
    "json_invalid": lambda ctx: _("The body is not valid JSON."),
    "url_parsing": lambda ctx: _("Input should be a valid URL."),
    "url_scheme": lambda ctx: _("The URL scheme is not allowed."),
    "union_tag_invalid": lambda ctx: _(
        "Unknown {discriminator}; expected one of {expected_tags}.",
        discriminator=str(ctx.get("discriminator", "")).strip("'"),
        expected_tags=str(ctx.get("expected_tags", "")),
    ),
    "union_tag_not_found": lambda ctx: _(
        "The {discriminator} field is required.", discriminator=str(ctx.get("discriminator", "")).strip("'")
    ),
}


def field_message(error: Mapping[str, Any], language: str) -> str:
    """The message of one pydantic error in `language`: pydantic's own in English (what clients have
    always read), a catalogue text in other languages where we have one, else pydantic's own."""
    if language == ENGLISH:
        return str(error.get("msg", ""))
    return render(_field_text(error), language)


def _field_text(error: Mapping[str, Any]) -> str | Message:
    kind = str(error.get("type", ""))
    ctx: Context = error.get("ctx") or {}
    if kind in ("value_error", "assertion_error"):
        cause = ctx.get("error")
        reason = cause.args[0] if isinstance(cause, BaseException) and cause.args else None
        if isinstance(reason, Message):
            return reason
    text = _TEXTS.get(kind)
    return text(ctx) if text is not None else str(error.get("msg", ""))
