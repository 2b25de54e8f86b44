"""What the published contract says a path supports, for answers the router cannot give alone:

- the `Allow` header of a 405 lists every method of the path, not just those of the first route
  that happened to match (each method is its own route);
- a fixed path wins over a templated one: `PATCH /transfers/stats` is a 405 (stats is read with
  GET), not a 422 from `PATCH /transfers/{transfer_id}` complaining that "stats" is no id.

Built once per app from its OpenAPI document (the routes as clients see them) and consulted only
when a request has already failed, so the happy path pays nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fastapi import FastAPI
from starlette.routing import compile_path

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, slots=True)
class PathTemplate:
    pattern: re.Pattern[str]
    # how many segments are fixed text: the more, the more specific (`/transfers/stats` beats `/transfers/{id}`)
    fixed_segments: int
    methods: frozenset[str]


def _template(path: str, operations: dict[str, Any]) -> PathTemplate:
    pattern, _, _ = compile_path(path)
    methods = frozenset(method.upper() for method in operations if method in HTTP_METHODS)
    fixed = sum(1 for segment in path.split("/") if segment and "{" not in segment)
    return PathTemplate(pattern=pattern, fixed_segments=fixed, methods=methods)


class RouteTable:
    def __init__(self, openapi: dict[str, Any]) -> None:
        self._templates = [_template(path, operations) for path, operations in openapi.get("paths", {}).items()]
        self._most_specific = lru_cache(maxsize=1024)(self._find_most_specific)

    def _find_most_specific(self, path: str) -> tuple[PathTemplate, ...]:
        matching = [t for t in self._templates if t.pattern.match(path)]
        if not matching:
            return ()
        best = max(t.fixed_segments for t in matching)
        return tuple(t for t in matching if t.fixed_segments == best)

    def allowed_methods(self, path: str) -> list[str] | None:
        """The methods of the most specific path templates matching `path`; None when none does."""
        templates = self._most_specific(path)
        if not templates:
            return None
        return sorted(set().union(*(t.methods for t in templates)))


def route_table(app: FastAPI) -> RouteTable:
    table: RouteTable | None = getattr(app.state, "route_table", None)
    if table is None:
        table = RouteTable(app.openapi())
        app.state.route_table = table
    return table
