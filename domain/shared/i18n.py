"""Texts for people, in their language: problem titles and details, notifications, CSV headers.

A text is written once, in English, as a `Message` (`_("No ticket {ticket_id}.", ticket_id=...)`):
the English text is the message id, the values fill its `{placeholders}` when the text is rendered
for a reader's language. Catalogues (gettext .po files read with Babel, one per context) live in
domain/shared/locale/<language>/<context>.po; English needs none. Rendering formats the values for
the language: numbers and dates as the language writes them, and a `LocalTime` in its place's zone,
named. Slugs, field names and enum values never change with the language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, get_timezone_location
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

ENGLISH = "en"
CHINESE = "zh-CN"
SUPPORTED_LANGUAGES = (CHINESE, ENGLISH)
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_PLACEHOLDER = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")


@dataclass(frozen=True, slots=True)
class LocalTime:
    """A moment shown in a place's time zone, with the zone named (a store's, a department's)."""

    at: datetime
    zone: str


@dataclass(frozen=True, slots=True)
class Sentences:
    """Texts shown one after another, each a sentence of its own (several reasons for one refusal)."""

    items: tuple[str | Message, ...]


@dataclass(frozen=True, slots=True)
class Message:
    """A text to render in the reader's language; `str()` renders English (logs, tests)."""

    msgid: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self, ENGLISH)


def _(msgid: str, /, **params: Any) -> Message:
    """Marks a text for the catalogues (the extractor looks for `_`) and carries its values."""
    return Message(msgid, params)


def N_(msgid: str, /) -> str:
    """Marks a text for the catalogues without making a Message (a text rendered later, by its id)."""
    return msgid


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def negotiate(accept_language: str | None, fallback: str) -> str:
    """The supported language an Accept-Language header prefers (q-values honoured), else `fallback`."""
    if not accept_language:
        return fallback
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _sep, parameters = part.strip().partition(";")
        quality = 1.0
        for parameter in parameters.split(";"):
            name, _eq, value = parameter.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag.strip().lower()))
    for _quality, _position, tag in sorted(ranked):
        if tag == "*":
            return fallback
        primary = tag.split("-")[0]
        if primary == "zh" and tag not in ("zh-tw", "zh-hk", "zh-hant", "zh-mo"):
            return CHINESE
        if primary == "en":
            return ENGLISH
    return fallback


def supported(language: str | None, fallback: str = ENGLISH) -> str:
    """`language` if it is one we speak (case-insensitive), else `fallback`."""
    for known in SUPPORTED_LANGUAGES:
        if language is not None and language.lower() == known.lower():
            return known
    return fallback


@cache
def catalogue(language: str) -> Mapping[str, str]:
    """msgid -> translation for a language, from every .po file of its folder (read once)."""
    if language == ENGLISH:
        return {}
    folder = LOCALE_DIR / language.replace("-", "_")
    found: dict[str, str] = {}
    for path in sorted(folder.glob("*.po")):
        with path.open("rb") as handle:
            for entry in read_po(handle, locale=language.replace("-", "_")):
                if entry.id and isinstance(entry.id, str) and isinstance(entry.string, str) and entry.string:
                    found[entry.id] = entry.string
    return found


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language.replace("-", "_"))


def _value(value: Any, language: str) -> str:
    locale = _locale(language)
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, LocalTime):
        zone = ZoneInfo(value.zone)
        moment = format_datetime(value.at.astimezone(zone), "short" if language == ENGLISH else "medium", locale=locale)
        return f"{moment} ({get_timezone_location(zone, locale=locale)})"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float | Decimal):
        return format_decimal(value, locale=locale, decimal_quantization=False)
    if isinstance(value, datetime):
        return format_datetime(value, "medium", tzinfo=ZoneInfo("UTC"), locale=locale)
    if isinstance(value, date):
        return format_date(value, "medium", locale=locale)
    if isinstance(value, Sentences):
        return ("" if language == CHINESE else " ").join(render(item, language) for item in value.items)
    if isinstance(value, tuple | list):  # a list of values, joined as the language lists things
        return ("、" if language == CHINESE else ", ").join(_value(item, language) for item in value)
    return str(value)


def render(text: str | Message, language: str) -> str:
    """The text in `language` (English where the catalogue has no entry), its values formatted."""
    if not isinstance(text, Message):
        return text
    pattern = catalogue(language).get(text.msgid, text.msgid) if language != ENGLISH else text.msgid
    if not text.params:
        return pattern
    values = {name: _value(value, language) for name, value in text.params.items()}
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not break the answer
        return text.msgid.format(**values)
