"""Reading a JSON request body by hand (token requests, the clock-in lane) with the answers
FastAPI's own parsing gives: JSON that is not JSON, not UTF-8, or nested too deep for the parser
(a RecursionError, which is no ValueError) is a 400 `request.malformed_json`, never a 500."""

from __future__ import annotations

import json
from typing import Any

from domain.shared.errors import DomainError
from domain.shared.i18n import _

# What json.loads raises for a body it cannot read: JSONDecodeError is a ValueError.
UNREADABLE_JSON = (ValueError, UnicodeDecodeError, RecursionError)


class MalformedJson(DomainError):
    status = 400
    slug = "request.malformed_json"
    title = _("Malformed JSON")

    def __init__(self) -> None:
        super().__init__("The request body is not valid JSON.")


def read_json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except UNREADABLE_JSON as exc:
        raise MalformedJson from exc
