"""Unknown query parameters are a 422: a client that misspells a filter (`?stauts=open`) must learn
it, not silently get everything. The parameters an operation takes are read once per app from its
routes' dependency trees, the source FastAPI writes the OpenAPI document from (a contract test checks
the two agree); building the whole document for it cost more than the rest of an app's start.
The clock-in lane (POST /clock-ins, api/v1/clock_ins.py) answers before routing, so it hands any
request with a query string to the route, which this refuses."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import BaseModel


def query_parameter_names(dependant: Dependant) -> frozenset[str]:
    """The query parameters a route reads, its dependencies' included (a model taken as query
    parameters stands for its fields)."""
    names: set[str] = set()
    pending = [dependant]
    while pending:
        current = pending.pop()
        for field in current.query_params:
            annotation = field.field_info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                names.update(info.alias or name for name, info in annotation.model_fields.items())
            else:
                names.add(field.alias)
        pending.extend(current.dependencies)
    return frozenset(names)


def _allowed(app: FastAPI, route: APIRoute) -> frozenset[str]:
    """Each route's names are worked out once per app, on its first request with a query."""
    known: dict[int, frozenset[str]] | None = getattr(app.state, "query_parameters", None)
    if known is None:
        known = app.state.query_parameters = {}
    names = known.get(id(route))
    if names is None:
        names = known[id(route)] = query_parameter_names(route.dependant)
    return names


async def refuse_unknown_query(request: Request) -> None:
    """The dependency every router is included with."""
    route = request.scope.get("route")
    if not request.query_params or not isinstance(route, APIRoute):
        return
    unknown = sorted(set(request.query_params) - _allowed(request.app, route))
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
