"""Declared problem responses, so generated clients get typed errors for every operation."""

from __future__ import annotations

from typing import Any

from fastapi import Query

from api.errors import Problem
from domain.shared.pagination import DEFAULT_LIMIT, MAX_LIMIT
from domain.shared.schemas import NO_NUL_PATTERN

DESCRIPTIONS = {
    400: "Malformed request (e.g. invalid JSON)",
    401: "Missing, invalid or expired credentials",
    403: "The role does not allow this action",
    404: "No such object, or outside the caller's scope",
    409: "Conflicts with the current state",
    413: "Request body too large",
    415: "Unsupported content type",
    422: "Invalid input; `errors` lists field paths",
    429: "Too many requests; see Retry-After",
    503: "Temporarily unavailable; see Retry-After",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": Problem, "description": DESCRIPTIONS[status]} for status in statuses}


LimitQuery = Query(ge=1, le=MAX_LIMIT, description="Page size")
CursorQuery = Query(max_length=512, pattern=NO_NUL_PATTERN, description="The `next_cursor` of the previous page")
SearchQuery = Query(min_length=1, max_length=100, pattern=NO_NUL_PATTERN, description="Case-insensitive text search")
DEFAULT_PAGE_SIZE = DEFAULT_LIMIT
