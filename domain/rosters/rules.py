"""The rules a roster must keep, as pure functions: the legal protections a person's care profile
earns, their own stated needs and approved arrangements, the women's late-shift share per store and
week, and the company's rules on rest. No I/O: the caller passes the placements, each person's
constraints (domain/care/protections.py, already without reasons) and the policy.

A violation names the rule, the placement and, for a care rule, the day it ends, never the reason
("care rule: no night work for this person until 2027-05-01"). Legal protections and the person's
own constraints cannot be overridden; company rules can, by HR with a reason (`overridable`).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from domain.care.protections import Constraint, Kind

DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Shift:
    """A shift template: local start and end (an end at or before the start crosses midnight)."""

    code: str
    starts: time
    ends: time
    break_minutes: int = 0

    @property
    def crosses_midnight(self) -> bool:
        return self.ends <= self.starts

    def span(self, day: date) -> tuple[datetime, datetime]:
        """The shift's local, naive start and end when it starts on `day`."""
        start = datetime.combine(day, self.starts)
        end = datetime.combine(day + DAY if self.crosses_midnight else day, self.ends)
        return start, end

    @property
    def paid_minutes(self) -> int:
        start, end = self.span(date(2000, 1, 3))
        return int((end - start).total_seconds() // 60) - self.break_minutes


@dataclass(frozen=True, slots=True)
class Placement:
    """One person on one shift, starting on `day` (the store's local date)."""

    person: Hashable
    day: date
    shift: Shift

    @property
    def span(self) -> tuple[datetime, datetime]:
        return self.shift.span(self.day)


@dataclass(frozen=True, slots=True)
class Person:
    """What the rules need of a person: whether the women's share counts them, and the constraints
    holding in the roster's dates (reasons already stripped)."""

    female: bool = False
    constraints: tuple[Constraint, ...] = ()

    def holding(self, kind: Kind, day: date) -> Constraint | None:
        return next((c for c in self.constraints if c.rule.kind is kind and c.start <= day <= c.end), None)


@dataclass(frozen=True, slots=True)
class RosterPolicy:
    night_start: time = time(22, 0)
    night_end: time = time(6, 0)
    standard_day_minutes: int = 480
    standard_week_minutes: int = 2400
    late_after: time = time(22, 0)
    women_late_share_max: Decimal = Decimal("0.10")
    min_rest_minutes: int = 11 * 60
    max_consecutive_days: int = 6


class Rule(StrEnum):
    OVERLAP = "roster.overlap"
    NO_NIGHT_WORK = "care.no_night_work"
    NO_EXTENDED_DAY = "care.no_extended_hours"
    NO_EXTENDED_WEEK = "care.no_extended_week"
    SHIFT_ENDS_BY = "care.shift_ends_by"
    DAY_WINDOW = "care.day_window"
    REDUCED_DAY = "care.reduced_day"
    WOMEN_LATE_SHARE = "roster.women_late_share"
    MIN_REST = "roster.min_rest"
    CONSECUTIVE_DAYS = "roster.consecutive_days"


# company rules HR may override with a reason; the others are the law or the person's own need
OVERRIDABLE = frozenset({Rule.MIN_REST, Rule.CONSECUTIVE_DAYS})


@dataclass(frozen=True, slots=True)
class Violation:
    rule: Rule
    placements: tuple[Placement, ...]
    until: date | None = None
    numbers: Mapping[str, int | str] = field(default_factory=dict)

    @property
    def overridable(self) -> bool:
        return self.rule in OVERRIDABLE


def _touches_night(placement: Placement, policy: RosterPolicy) -> bool:
    """Whether the shift overlaps the night window on any night it spans."""
    start, end = placement.span
    for offset in (-1, 0, 1):
        night_day = placement.day + timedelta(days=offset)
        night_from = datetime.combine(night_day, policy.night_start)
        night_to = datetime.combine(
            night_day + DAY if policy.night_end <= policy.night_start else night_day, policy.night_end
        )
        if start < night_to and night_from < end:
            return True
    return False


def is_late(shift: Shift, policy: RosterPolicy) -> bool:
    """A late shift ends after the late hour (22:00 by default), or crosses midnight."""
    return shift.crosses_midnight or shift.ends > policy.late_after


def _care_violations(placement: Placement, person: Person, policy: RosterPolicy) -> list[Violation]:
    found: list[Violation] = []
    day, shift = placement.day, placement.shift
    if (held := person.holding(Kind.NO_NIGHT_WORK, day)) and _touches_night(placement, policy):
        found.append(Violation(Rule.NO_NIGHT_WORK, (placement,), until=held.end))
    if (held := person.holding(Kind.NO_EXTENDED_HOURS, day)) and shift.paid_minutes > policy.standard_day_minutes:
        found.append(Violation(Rule.NO_EXTENDED_DAY, (placement,), until=held.end))
    held = person.holding(Kind.SHIFT_ENDS_BY, day)
    if held and held.rule.ends is not None and (shift.crosses_midnight or shift.ends > held.rule.ends):
        found.append(Violation(Rule.SHIFT_ENDS_BY, (placement,), until=held.end))
    held = person.holding(Kind.DAY_WINDOW, day)
    if (
        held
        and held.rule.starts is not None
        and held.rule.ends is not None
        and (shift.crosses_midnight or shift.starts < held.rule.starts or shift.ends > held.rule.ends)
    ):
        found.append(Violation(Rule.DAY_WINDOW, (placement,), until=held.end))
    held = person.holding(Kind.REDUCED_DAY, day)
    if held and held.rule.minutes is not None and shift.paid_minutes > policy.standard_day_minutes - held.rule.minutes:
        found.append(Violation(Rule.REDUCED_DAY, (placement,), until=held.end))
    return found


def _week_violations(mine: Sequence[Placement], person: Person, policy: RosterPolicy) -> list[Violation]:
    """No extended hours over the week: a protected person works at most the standard week."""
    protected = [p for p in mine if person.holding(Kind.NO_EXTENDED_HOURS, p.day)]
    total = sum(p.shift.paid_minutes for p in mine)
    if not protected or total <= policy.standard_week_minutes:
        return []
    until = max(c.end for c in person.constraints if c.rule.kind is Kind.NO_EXTENDED_HOURS)
    return [
        Violation(
            Rule.NO_EXTENDED_WEEK,
            tuple(mine),
            until=until,
            numbers={"week_minutes": total, "limit_minutes": policy.standard_week_minutes},
        )
    ]


def _company_violations(mine: Sequence[Placement], policy: RosterPolicy) -> list[Violation]:
    found: list[Violation] = []
    ordered = sorted(mine, key=lambda p: p.span)
    for before, after in itertools.pairwise(ordered):
        rest = (after.span[0] - before.span[1]).total_seconds() / 60
        if 0 <= rest < policy.min_rest_minutes:
            found.append(
                Violation(
                    Rule.MIN_REST,
                    (before, after),
                    numbers={"rest_minutes": int(rest), "minimum_minutes": policy.min_rest_minutes},
                )
            )
    days = sorted({p.day for p in mine})
    run: list[date] = []
    for day in days:
        run = [*run, day] if run and day - run[-1] == DAY else [day]
        if len(run) == policy.max_consecutive_days + 1:
            found.append(
                Violation(
                    Rule.CONSECUTIVE_DAYS,
                    tuple(p for p in ordered if run[0] <= p.day <= run[-1]),
                    numbers={"days": len(run), "maximum_days": policy.max_consecutive_days},
                )
            )
    return found


def women_late_share(
    placements: Iterable[Placement], people: Mapping[Any, Person], policy: RosterPolicy
) -> Violation | None:
    """Late shifts worked by women are at most the policy's share (10 %) of all late shifts in the
    store's roster week; exactly the share is allowed. The violation lists the women's late
    placements, the ones that push it over."""
    late = [p for p in placements if is_late(p.shift, policy)]
    women = [p for p in late if people[p.person].female]
    if not late or Decimal(len(women)) <= policy.women_late_share_max * len(late):
        return None
    allowed = int(policy.women_late_share_max * len(late))
    return Violation(
        Rule.WOMEN_LATE_SHARE,
        tuple(sorted(women, key=lambda p: (p.day, p.shift.starts, str(p.person)))),
        numbers={"late_shifts": len(late), "by_women": len(women), "allowed": allowed},
    )


def check(placements: Iterable[Placement], people: Mapping[Any, Person], policy: RosterPolicy) -> list[Violation]:
    """Every rule the roster breaks; an empty list means it may be published."""
    placed = list(placements)
    by_person: dict[Hashable, list[Placement]] = defaultdict(list)
    for placement in placed:
        by_person[placement.person].append(placement)
    found: list[Violation] = []
    for person_id, mine in by_person.items():
        person = people[person_id]
        ordered = sorted(mine, key=lambda p: p.span)
        for before, after in itertools.pairwise(ordered):
            if after.span[0] < before.span[1]:
                found.append(Violation(Rule.OVERLAP, (before, after)))
        for placement in ordered:
            found.extend(_care_violations(placement, person, policy))
        found.extend(_week_violations(ordered, person, policy))
        found.extend(_company_violations(ordered, policy))
    share = women_late_share(placed, people, policy)
    if share is not None:
        found.append(share)
    return found
