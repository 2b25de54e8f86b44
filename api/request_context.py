"""The request id: accepted from X-Request-ID or created, returned on every response, and carried
into logs and audit rows. And the language the answer's texts are rendered in."""

from __future__ import annotations

import logging
import re
import uuid
from contextvars import ContextVar

from domain.shared.i18n import negotiate

REQUEST_ID_HEADER = "x-request-id"
_ACCEPTABLE = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
_language: ContextVar[str] = ContextVar("language", default="en")
# the language the request's Accept-Language named, if it named one we speak (it wins over the account's)
_asked_language: ContextVar[str | None] = ContextVar("asked_language", default=None)


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


def listen(accept_language: str | None, default: str) -> tuple[object, object]:
    """At the start of a request: the language Accept-Language names (if we speak it), else `default`
    until the caller is known. Returns the tokens `unlisten` takes."""
    asked = negotiate(accept_language, "") or None
    return _asked_language.set(asked), _language.set(asked or default)


def unlisten(tokens: tuple[object, object]) -> None:
    _asked_language.reset(tokens[0])  # type: ignore[arg-type]
    _language.reset(tokens[1])  # type: ignore[arg-type]


def settle_language(account_language: str) -> str:
    """Once the caller is known: the language Accept-Language named, else the account's (which the
    token carries, already defaulted from settings). Sets it for the answer and returns it."""
    language = _asked_language.get() or account_language
    _language.set(language)
    return language


class RequestIdLogFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id() or "-"
        return True
