"""The stories context's rules as plain functions (no I/O): who an audience reaches, how tags are
kept, when reports hold a post for review, and whether a story may be published."""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_TAGS = 10
MAX_TAG_LENGTH = 20
# Distinct reports since HR last decided that take a published post off the board for review.
REPORTS_TO_HOLD = 3
MAX_PHOTOS = 6
MAX_PHOTO_BYTES = 5 * 1024 * 1024

# C0 controls other than tab and line feed, DEL and the C1 controls: never meant in typed text.
_BODY_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class AudienceKind(enum.StrEnum):
    EVERYONE = "everyone"
    HEAD_OFFICE = "head_office"  # home unit is not a store or project
    DEPARTMENT = "department"  # home unit in the department's subtree
    REGION = "region"  # home unit or an assignment in force in the region's subtree


class ReactionKind(enum.StrEnum):
    LIKE = "like"
    APPLAUSE = "applause"
    INSPIRED = "inspired"


@dataclass(frozen=True, slots=True)
class Target:
    """One audience with its unit's materialised path (None for everyone and head office)."""

    kind: AudienceKind
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Standing:
    """Where a person stands for audiences: home unit's path, whether it is frontline (a store or
    a project), and the paths of the units of their assignments in force today."""

    home_path: str
    home_frontline: bool
    assignment_paths: tuple[str, ...] = ()


def reaches(target: Target, standing: Standing) -> bool:
    if target.kind is AudienceKind.EVERYONE:
        return True
    if target.kind is AudienceKind.HEAD_OFFICE:
        return not standing.home_frontline
    assert target.path is not None
    if target.kind is AudienceKind.DEPARTMENT:
        return standing.home_path.startswith(target.path)
    return any(path.startswith(target.path) for path in (standing.home_path, *standing.assignment_paths))


def in_audience(targets: Iterable[Target], standing: Standing) -> bool:
    """A list of audiences is their union."""
    return any(reaches(target, standing) for target in targets)


def has_control_characters(text: str, *, multiline: bool) -> bool:
    return (_BODY_CONTROLS if multiline else _LINE_CONTROLS).search(text) is not None


def normalise_tags(tags: Sequence[str]) -> list[str]:
    """Tags as kept: trimmed, lower-cased (case-folded Latin; Chinese unchanged), blanks dropped,
    duplicates dropped keeping the first, in the order given."""
    kept: list[str] = []
    for tag in tags:
        value = " ".join(tag.split()).lower()
        if value and value not in kept:
            kept.append(value)
    return kept


def needs_review(report_count: int, reports_reviewed: int) -> bool:
    """Whether the reports since HR's last decision hold a published post for review."""
    return report_count - reports_reviewed >= REPORTS_TO_HOLD


def missing_consent(consents: dict[uuid.UUID, str]) -> list[uuid.UUID]:
    """The featured people who have not given consent (pending or refused), in a stable order."""
    return sorted((person for person, answer in consents.items() if answer != "given"), key=str)
