"""Pulse surveys' pure rules: when a wave is due, who is asked at which stage, when to remind, and
whether an answer fits its survey."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from domain.surveys.models import Stage

SCALE = range(1, 6)  # every scale question is answered 1 to 5
SATISFIED = 4  # an answer of 4 or 5 counts as satisfied
SETTLING_DAYS = 7  # a posting younger than this is not asked about yet
REMIND_DAYS_BEFORE_CLOSE = 2
COMMENT_LIMIT = 1000


def wave_due(today: date, last_opened: date | None, cadence_days: int) -> bool:
    """A first wave the day the survey is active; then one every `cadence_days`."""
    return last_opened is None or today >= last_opened + timedelta(days=cadence_days)


def closes_on(opened_on: date, open_days: int) -> date:
    """The last day answers are taken (inclusive)."""
    return opened_on + timedelta(days=open_days - 1)


def remind_due(today: date, last_day: date) -> bool:
    """Non-answerers are reminded once, two days before the last day (or at once, for a short wave)."""
    return today >= last_day - timedelta(days=REMIND_DAYS_BEFORE_CLOSE) and today <= last_day


@dataclass(frozen=True)
class Posting:
    """A frontline secondment: days [first, end), `end` None when open-ended."""

    employee_id: object
    unit_id: object
    first: date
    end: date | None


def invitees(
    postings: Iterable[Posting], *, opened_on: date, since: date, at_end: bool
) -> dict[object, tuple[Stage, object]]:
    """Who a wave opened on `opened_on` asks, and about which posting: those whose posting ended
    in [since, opened_on) (when the survey asks at the end) take precedence over those on a posting
    settled for SETTLING_DAYS; one invitation a person, about their latest such posting."""
    chosen: dict[object, tuple[Stage, object, date]] = {}
    for posting in postings:
        last_day = None if posting.end is None else posting.end - timedelta(days=1)
        if at_end and last_day is not None and since <= last_day < opened_on:
            stage = Stage.END
        elif posting.first <= opened_on - timedelta(days=SETTLING_DAYS) and (last_day is None or last_day >= opened_on):
            stage = Stage.DURING
        else:
            continue
        held = chosen.get(posting.employee_id)
        rank = (stage is Stage.END, posting.first)
        if held is None or rank > (held[0] is Stage.END, held[2]):
            chosen[posting.employee_id] = (stage, posting.unit_id, posting.first)
    return {person: (stage, unit) for person, (stage, unit, _first) in chosen.items()}


def answer_problems(
    scale_keys: Sequence[str],
    reason_keys: Sequence[str],
    comment_allowed: bool,
    scores: Mapping[str, int],
    reason: str | None,
    comment: str | None,
) -> list[tuple[str, str]]:
    """(field, what is wrong) for each way an answer does not fit its survey; empty when it fits."""
    problems: list[tuple[str, str]] = []
    for key in scale_keys:
        if key not in scores:
            problems.append((f"body.scores.{key}", "missing"))
    for key, value in scores.items():
        if key not in scale_keys:
            problems.append((f"body.scores.{key}", "unknown"))
        elif value not in SCALE:
            problems.append((f"body.scores.{key}", "range"))
    if reason is not None and reason not in reason_keys:
        problems.append(("body.reason", "unknown"))
    if comment is not None and not comment_allowed:
        problems.append(("body.comment", "not_asked"))
    return problems


def share(part: int, whole: int) -> str:
    """part / whole as text to four places, half up (whole > 0)."""
    return str((Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))
