"""The APIRouter every context's routes hang on, gated by the first segment of its paths.

FastAPI (0.165) finds a request's route by asking each included router in turn, and each router
tries every one of its routes' patterns: with some fifty routers and four hundred routes, a path
served by a late router (the knowledge base, mounted last) spent about a millisecond on pattern
matching before any of its own work. A router whose routes all start with a fixed segment
("/tickets/...", "/knowledge/...") now answers "not mine" with one set lookup when the request's
path holds none of those segments; it still matches as before when it does. A router with a
route that starts with a parameter is never gated. The gate only ever says no to a path that no
route of the router could match, so which route serves a request does not change (a test
compares every documented path with and without the gate)."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.routing import BaseRoute, Match
from starlette.types import Scope


class Router(APIRouter):
    _heads_of: tuple[int, frozenset[str] | None] = (-1, None)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        heads = self.heads()
        if heads is not None and heads.isdisjoint(scope["path"].split("/")):
            return Match.NONE, {}
        return super().matches(scope)

    def heads(self) -> frozenset[str] | None:
        """The first path segment of each route; None when a route's first segment is not fixed
        text (then every path is tried). Recomputed when routes are added."""
        count, heads = self._heads_of
        if count != len(self.routes):
            heads = _first_segments(self.routes)
            self._heads_of = (len(self.routes), heads)
        return heads


def _first_segments(routes: list[BaseRoute]) -> frozenset[str] | None:
    heads: set[str] = set()
    for route in routes:
        path = getattr(route, "path", None)
        if not isinstance(path, str):
            return None
        head = path.lstrip("/").split("/", 1)[0]
        if not head or "{" in head:
            return None
        heads.add(head)
    return frozenset(heads)
