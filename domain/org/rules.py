"""Pure rules of the org tree: which unit may sit under which, moves, paths, locations."""

from __future__ import annotations

import uuid
import zoneinfo
from functools import lru_cache

from domain.org.models import OrgUnitKind

ALLOWED_PARENTS: dict[OrgUnitKind, frozenset[OrgUnitKind]] = {
    OrgUnitKind.HEADQUARTERS: frozenset(),
    OrgUnitKind.DEPARTMENT: frozenset({OrgUnitKind.HEADQUARTERS, OrgUnitKind.DEPARTMENT}),
    OrgUnitKind.REGION: frozenset({OrgUnitKind.HEADQUARTERS, OrgUnitKind.REGION}),
    OrgUnitKind.STORE: frozenset({OrgUnitKind.HEADQUARTERS, OrgUnitKind.REGION}),
    OrgUnitKind.PROJECT: frozenset({OrgUnitKind.HEADQUARTERS, OrgUnitKind.DEPARTMENT, OrgUnitKind.REGION}),
}

# Stores and projects are places people punch in at: they need a location and a geofence.
LOCATED_KINDS = frozenset({OrgUnitKind.STORE, OrgUnitKind.PROJECT})


def parent_problem(kind: OrgUnitKind, parent_kind: OrgUnitKind | None) -> str | None:
    """Why `kind` may not sit under `parent_kind`, or None when it may."""
    allowed = ALLOWED_PARENTS[kind]
    if parent_kind is None:
        return None if not allowed else f"A {kind.value} needs a parent unit."
    if parent_kind not in allowed:
        names = ", ".join(sorted(k.value for k in allowed)) or "no parent"
        return f"A {kind.value} cannot sit under a {parent_kind.value}; allowed: {names}."
    return None


def child_path(parent_path: str | None, unit_id: uuid.UUID) -> str:
    return f"{parent_path or '/'}{unit_id.hex}/"


def is_within(path: str, ancestor_path: str) -> bool:
    """True when the unit at `path` is the unit at `ancestor_path` or one of its descendants."""
    return path.startswith(ancestor_path)


def move_problem(unit_path: str, new_parent_path: str | None) -> str | None:
    """A unit cannot move under itself or under one of its own descendants (it would make a cycle)."""
    if new_parent_path is not None and is_within(new_parent_path, unit_path):
        return "A unit cannot be moved under itself or one of its descendants."
    return None


def location_problem(
    kind: OrgUnitKind, latitude: float | None, longitude: float | None, radius_m: int | None
) -> tuple[str, str] | None:
    """(field, reason) when a located kind lacks its location or geofence."""
    if kind not in LOCATED_KINDS:
        return None
    for field, value in (("latitude", latitude), ("longitude", longitude), ("geofence_radius_m", radius_m)):
        if value is None:
            return field, f"A {kind.value} needs a location and a geofence radius; {field} is missing."
    return None


@lru_cache(maxsize=1)
def known_timezones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_known_timezone(name: str) -> bool:
    return name in known_timezones()
