"""The request id: accepted from X-Request-ID or created, returned on every response, and carried
into logs and audit rows. And the language the answer's texts are rendered in."""

from __future__ import annotations

import logging
import re
import uuid
from contextvars import ContextVar

REQUEST_ID_HEADER = "x-request-id"
_ACCEPTABLE = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
_language: ContextVar[str] = ContextVar("language", default="en")


def current_request_id() -> str | None:
    return _request_id.get()


def accept_or_create(candidate: str | None) -> str:
    if candidate and _ACCEPTABLE.fullmatch(candidate):
        return candidate
    return uuid.uuid4().hex


def bind(request_id: str | None) -> object:
    return _request_id.set(request_id)


def unbind(token: object) -> None:
    _request_id.reset(token)  # type: ignore[arg-type]


def current_language() -> str:
    return _language.get()


def speak(language: str) -> object:
    """Sets the answer's language (from Accept-Language, then the caller's account)."""
    return _language.set(language)


def unspeak(token: object) -> None:
    _language.reset(token)  # type: ignore[arg-type]


class RequestIdLogFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id() or "-"
        return True
