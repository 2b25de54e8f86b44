"""Pure rules of the org tree: which unit may sit under which, moves, paths, locations."""

from __future__ import annotations

import uuid
import zoneinfo
from functools import lru_cache

from domain.org.models import OrgUnitKind
from domain.shared.i18n import Message, _

# What each kind is called in a sentence (the slug itself never changes with the language).
KIND_NAMES: dict[OrgUnitKind, Message] = {
    OrgUnitKind.HEADQUARTERS: _("headquarters"),
    OrgUnitKind.DEPARTMENT: _("department"),
    OrgUnitKind.REGION: _("region"),
    OrgUnitKind.STORE: _("store"),
    OrgUnitKind.PROJECT: _("project"),
}


def kind_name(kind: OrgUnitKind) -> Message:
    return KIND_NAMES[kind]


ALLOWED_PARENTS: dict[OrgUnitKind, frozenset[OrgUnitKind]] = {
    OrgUnitKind.HEADQUARTERS: frozenset(),
    OrgUnitKind.DEPARTMENT: frozenset({OrgUnitKind.HEADQUARTERS, OrgUnitKind.DEPARTMENT}),
    OrgUnitKind.REGION: frozenset({OrgUnitKind.HEADQUARTERS, OrgUnitKind.REGION}),
    OrgUnitKind.STORE: frozenset({OrgUnitKind.HEADQUARTERS, OrgUnitKind.REGION}),
    OrgUnitKind.PROJECT: frozenset({OrgUnitKind.HEADQUARTERS, OrgUnitKind.DEPARTMENT, OrgUnitKind.REGION}),
}

# Stores and projects are places people punch in at: they need a location and a geofence.
LOCATED_KINDS = frozenset({OrgUnitKind.STORE, OrgUnitKind.PROJECT})


def parent_problem(kind: OrgUnitKind, parent_kind: OrgUnitKind | None) -> Message | None:
    """Why `kind` may not sit under `parent_kind`, or None when it may."""
    allowed = ALLOWED_PARENTS[kind]
    if parent_kind is None:
        return None if not allowed else _("A {kind} needs a parent unit.", kind=kind_name(kind))
    if parent_kind not in allowed:
        names = tuple(kind_name(k) for k in sorted(allowed)) or _("no parent")
        return _(
            "A {kind} cannot sit under a {parent_kind}; allowed: {names}.",
            kind=kind_name(kind),
            parent_kind=kind_name(parent_kind),
            names=names,
        )
    return None


def child_path(parent_path: str | None, unit_id: uuid.UUID) -> str:
    return f"{parent_path or '/'}{unit_id.hex}/"


def ancestry(path: str) -> list[str]:
    """The paths of the unit at `path` and of every unit above it, top first ("/a/b/" gives
    "/a/", "/a/b/"): the units whose grants reach it."""
    parts = [part for part in path.split("/") if part]
    return ["/" + "/".join(parts[: depth + 1]) + "/" for depth in range(len(parts))]


def is_within(path: str, ancestor_path: str) -> bool:
    """True when the unit at `path` is the unit at `ancestor_path` or one of its descendants."""
    return path.startswith(ancestor_path)


def move_problem(unit_path: str, new_parent_path: str | None) -> Message | None:
    """A unit cannot move under itself or under one of its own descendants (it would make a cycle)."""
    if new_parent_path is not None and is_within(new_parent_path, unit_path):
        return _("A unit cannot be moved under itself or one of its descendants.")
    return None


def location_problem(
    kind: OrgUnitKind, latitude: float | None, longitude: float | None, radius_m: int | None
) -> tuple[str, Message] | None:
    """(field, reason) when a located kind lacks its location or geofence."""
    if kind not in LOCATED_KINDS:
        return None
    for field, value in (("latitude", latitude), ("longitude", longitude), ("geofence_radius_m", radius_m)):
        if value is None:
            return field, _(
                "A {kind} needs a location and a geofence radius; {field} is missing.",
                kind=kind_name(kind),
                field=field,
            )
    return None


@lru_cache(maxsize=1)
def known_timezones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_known_timezone(name: str) -> bool:
    return name in known_timezones()
