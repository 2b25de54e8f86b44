"""The routers' first-segment gate (api/gated_router.py) changes how fast a route is found, never
which: every documented path and method, and paths no route serves, are matched to the same route
with the gate as with every router asked in full."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from starlette.routing import BaseRoute, Match
from starlette.types import Scope

from api.gated_router import Router
from api.main import create_app
from api.settings import Settings
from api.v1 import knowledge

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ID = "3f2b8c1e-6a1d-4c3e-9b7a-2d5e8f0a1b2c"


def _app(tmp_path: Path) -> FastAPI:
    settings = Settings(
        env="test", var_dir=tmp_path, jwt_secret="x" * 40, database_url=f"sqlite+aiosqlite:///{tmp_path}/x.db"
    )
    return create_app(settings)


def _documented() -> list[tuple[str, str]]:
    spec = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    wanted: list[tuple[str, str]] = []
    for template, operations in spec["paths"].items():
        path = "/".join(SAMPLE_ID if part.startswith("{") else part for part in template.split("/"))
        wanted += [(method.upper(), path) for method in operations]
    return wanted


def _requests() -> list[tuple[str, str]]:
    documented = _documented()
    other_methods = [("PATCH", path) for _, path in documented]  # a partial match, then 405, where not served
    unknown = ["/api/v1/nowhere", "/api/v1/knowledge/nowhere", "/api/v1/tickets/x/y/z", "/", "/api/v1/me/x"]
    return documented + other_methods + [("GET", path) for path in unknown]


def _selected(app: FastAPI, method: str, path: str) -> tuple[Match, int | None]:
    """The first top-level route matching in full, else the first matching in part, as Starlette
    picks them."""
    scope = {"type": "http", "method": method, "path": path, "root_path": "", "query_string": b"", "headers": []}
    partial: int | None = None
    for index, route in enumerate(app.router.routes):
        match, _ = route.matches(dict(scope))
        if match == Match.FULL:
            return match, index
        if match == Match.PARTIAL and partial is None:
            partial = index
    return (Match.PARTIAL, partial) if partial is not None else (Match.NONE, None)


def test_the_gate_never_changes_which_route_serves_a_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _app(tmp_path)
    requests = _requests()
    gated = [_selected(app, method, path) for method, path in requests]
    monkeypatch.setattr(Router, "heads", lambda self: None)
    ungated = [_selected(app, method, path) for method, path in requests]
    assert gated == ungated
    assert all(_selected(app, method, path)[0] == Match.FULL for method, path in _documented())


def test_a_router_says_no_to_a_path_outside_its_segments_without_trying_its_routes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path)
    assert knowledge.router.heads() == frozenset({"knowledge", "tickets"})
    tried: list[BaseRoute] = []

    def trying(route: BaseRoute) -> Callable[[Scope], tuple[Match, Scope]]:
        def matches(scope: Scope) -> tuple[Match, Scope]:
            tried.append(route)
            return Match.NONE, {}

        return matches

    for route in knowledge.router.routes:
        monkeypatch.setattr(route, "matches", trying(route))
    assert _selected(app, "GET", "/healthz")[0] == Match.FULL  # the health router is mounted after it
    assert tried == []
