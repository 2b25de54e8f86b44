"""Declared problem responses, so generated clients get typed errors for every operation."""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce
from operator import or_
from typing import Any

from fastapi import Query

from api.errors import Problem
from api.problem_types import RateLimitedProblem, TypedProblem
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


# Problem types any route answering with the status may give (integration clients are rate limited
# wherever they are let in).
DEFAULT_TYPED: dict[int, tuple[type[TypedProblem], ...]] = {429: (RateLimitedProblem,)}


def problems(*statuses: int, typed: Iterable[type[TypedProblem]] = ()) -> dict[int | str, dict[str, Any]]:
    """The route's problem answers. `typed` names the problem types with members of their own the
    route can answer with; each is declared beside the plain Problem under its status, so generated
    clients type their members (api/problem_types.py)."""
    by_status: dict[int, list[type[Problem]]] = {}
    for problem in typed:
        by_status.setdefault(problem.status_code, []).append(problem)
    for status, defaults in DEFAULT_TYPED.items():
        if status in statuses and status not in by_status:
            by_status[status] = list(defaults)
    unknown = set(by_status) - set(statuses)
    assert not unknown, f"typed problems for undeclared statuses {unknown}"
    return {
        status: {"model": _one_of(*by_status.get(status, []), Problem), "description": DESCRIPTIONS[status]}
        for status in statuses
    }


def _one_of(*models: type[Problem]) -> Any:
    return models[0] if len(models) == 1 else reduce(or_, models)


LimitQuery = Query(ge=1, le=MAX_LIMIT, description="Page size")
CursorQuery = Query(max_length=512, pattern=NO_NUL_PATTERN, description="The `next_cursor` of the previous page")
SearchQuery = Query(min_length=1, max_length=100, pattern=NO_NUL_PATTERN, description="Case-insensitive text search")
DEFAULT_PAGE_SIZE = DEFAULT_LIMIT
