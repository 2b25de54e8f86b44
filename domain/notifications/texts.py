"""Values a notification keeps in JSON and renders in each reader's language.

A notification is rendered when it is read, so each value is kept in a form every language can
render: a fixed label (translated), a name with its Chinese form, a date, a moment in a place's zone,
a list. Plain strings and numbers are kept as they are (numbers are formatted per language)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from domain.shared.i18n import CHINESE, N_, LocalTime, Message, render

__all__ = ["N_", "day", "decode", "label", "listed", "local_time", "named", "render_text", "render_value"]


def label(msgid: str) -> dict[str, str]:
    return {"$text": msgid}


def named(name: str, local_name: str | None = None) -> dict[str, str | None]:
    """A person's or a place's name: the Chinese form for Chinese readers when there is one."""
    return {"$name": name, "$local": local_name}


def day(value: date) -> dict[str, str]:
    return {"$date": value.isoformat()}


def local_time(at: datetime, zone: str) -> dict[str, str]:
    return {"$time": at.isoformat(), "$zone": zone}


def listed(values: list[Any]) -> dict[str, list[Any]]:
    return {"$list": values}


def decode(value: Any, language: str) -> Any:
    """A kept value as `render` formats it for `language`."""
    if not isinstance(value, dict):
        return value
    if "$text" in value:
        return Message(value["$text"])
    if "$name" in value:
        return value["$local"] if language == CHINESE and value.get("$local") else value["$name"]
    if "$date" in value:
        return date.fromisoformat(value["$date"])
    if "$time" in value:
        return LocalTime(datetime.fromisoformat(value["$time"]), value["$zone"])
    if "$list" in value:
        separator = "、" if language == CHINESE else ", "
        return separator.join(render_value(item, language) for item in value["$list"])
    return value


def render_value(value: Any, language: str) -> str:
    decoded = decode(value, language)
    return render(Message("{value}", {"value": decoded}), language)


def render_text(msgid: str, params: dict[str, Any], language: str) -> str:
    return render(Message(msgid, {name: decode(value, language) for name, value in params.items()}), language)
