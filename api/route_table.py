"""What the published contract says a path supports, for answers the router cannot give alone:

- the `Allow` header of a 405 lists every method of the path, not just those of the first route
  that happened to match (each method is its own route);
- a fixed path wins over a templated one: `PATCH /transfers/stats` is a 405 (stats is read with
  GET), not a 422 from `PATCH /transfers/{transfer_id}` complaining that "stats" is no id;
- boolean query parameters are `true` or `false`, nothing else (pydantic would read 0, 1, yes, on).

Built once per app from its OpenAPI document (the routes as clients see them) and consulted only
when a request has a query string or has already failed, so the happy path pays nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.routing import compile_path

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
QUERY_BOOLEANS = {"true": True, "false": False}


@dataclass(frozen=True, slots=True)
class PathTemplate:
    pattern: re.Pattern[str]
    # how many segments are fixed text: the more, the more specific (`/transfers/stats` beats `/transfers/{id}`)
    fixed_segments: int
    methods: frozenset[str]
    boolean_queries: dict[str, frozenset[str]]  # method -> names of its boolean query parameters


def _is_boolean(schema: dict[str, Any]) -> bool:
    if schema.get("type") == "boolean":
        return True
    return any(_is_boolean(option) for option in schema.get("anyOf", []))


def _template(path: str, operations: dict[str, Any]) -> PathTemplate:
    pattern, _, _ = compile_path(path)
    methods = frozenset(method.upper() for method in operations if method in HTTP_METHODS)
    booleans = {
        method.upper(): frozenset(
            parameter["name"]
            for parameter in operation.get("parameters", [])
            if parameter.get("in") == "query" and _is_boolean(parameter.get("schema", {}))
        )
        for method, operation in operations.items()
        if method in HTTP_METHODS
    }
    fixed = sum(1 for segment in path.split("/") if segment and "{" not in segment)
    return PathTemplate(pattern=pattern, fixed_segments=fixed, methods=methods, boolean_queries=booleans)


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

    def boolean_queries(self, path: str, method: str) -> frozenset[str]:
        found: frozenset[str] = frozenset()
        for template in self._most_specific(path):
            found |= template.boolean_queries.get(method, frozenset())
        return found


def route_table(app: FastAPI) -> RouteTable:
    table: RouteTable | None = getattr(app.state, "route_table", None)
    if table is None:
        table = RouteTable(app.openapi())
        app.state.route_table = table
    return table


async def refuse_loose_booleans(request: Request) -> None:
    """An app-wide dependency: a boolean query parameter is `true` or `false` (a 422 otherwise)."""
    if not request.scope.get("query_string"):
        return
    names = route_table(request.app).boolean_queries(request.url.path, request.method)
    errors = [
        {
            "loc": ("query", name),
            "msg": "Input should be true or false",
            "type": "bool_parsing",
            "input": value,
        }
        for name, value in request.query_params.multi_items()
        if name in names and value not in QUERY_BOOLEANS
    ]
    if errors:
        raise RequestValidationError(errors)
