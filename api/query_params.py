"""Unknown query parameters are a 422: a client that misspells a filter (`?stauts=open`) must learn
it, not silently get everything. The parameters an operation takes are read once from the app's own
OpenAPI document (dependencies' parameters included), so the rule and the contract cannot differ.
The clock-in lane (POST /clock-ins, api/v1/clock_ins.py) takes no query parameters and bypasses
dependencies; it is the one operation this does not reach."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute


def _known(app: FastAPI) -> dict[tuple[str, str], frozenset[str]]:
    known: dict[tuple[str, str], frozenset[str]] | None = getattr(app.state, "query_parameters", None)
    if known is None:
        known = {
            (method.upper(), path): frozenset(
                p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"
            )
            for path, methods in app.openapi()["paths"].items()
            for method, operation in methods.items()
        }
        app.state.query_parameters = known
    return known


def refusing_unknown_query(prefix: str) -> Callable[[Request], Awaitable[None]]:
    """The dependency for routers included under `prefix` (a route's own path omits it)."""

    async def refuse_unknown_query(request: Request) -> None:
        if request.query_params:
            _check(request, prefix)

    return refuse_unknown_query


def _check(request: Request, prefix: str) -> None:
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    allowed = _known(request.app).get((request.method, prefix + route.path_format))
    if allowed is None:  # an operation left out of the document (none today) is not second-guessed
        return
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise RequestValidationError(
            [
                {
                    "type": "extra_forbidden",
                    "loc": ("query", name),
                    "msg": "Extra inputs are not permitted",
                    "input": None,
                }
                for name in unknown
            ]
        )
