"""The protections a care profile earns by law, and what a flexible arrangement changes, as pure
rules: no I/O, the policy passed in.

China's Special Rules on the Labour Protection of Female Employees (女职工劳动保护特别规定) are the
default policy: from the 7th month of pregnancy no extended hours and no night work, with rest
arranged within working hours; while nursing a baby under one year the same, plus one hour of
nursing time per working day (one more per additional baby of the same birth), counted as working
time; pregnancy check-ups in working hours count as working time. These need no request: they apply
by rule from the facts the person recorded.

What managers see is the constraint, never its reason: "no night work until 2027-05-01", not
"nursing". The reason stays in the care profile, which only the person and HR read.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from domain.shared.i18n import _
from domain.shared.schemas import ClockTime

MAX_RANGE_DAYS = 366


class Policy(BaseModel):
    """The numbers of the law in force; another jurisdiction configures its own (versioned, audited)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    night_start: ClockTime = Field(default=time(22, 0), description="Night work starts at this local time")
    night_end: ClockTime = Field(default=time(6, 0), description="Night work ends at this local time")
    pregnancy_weeks: int = Field(default=40, ge=36, le=44, description="A pregnancy's length from its start")
    pregnancy_protected_from_week: int = Field(
        default=28, ge=0, le=44, description="Week of pregnancy from which night work and extended hours end"
    )
    nursing_months: int = Field(default=12, ge=0, le=36, description="Nursing protections last this many months")
    nursing_minutes: int = Field(default=60, ge=0, le=240, description="Nursing time per working day, paid")
    nursing_minutes_per_extra_baby: int = Field(
        default=60, ge=0, le=240, description="More nursing time per working day for each additional baby"
    )
    standard_day_minutes: int = Field(default=480, ge=60, le=720, description="An ordinary working day")
    working_weekdays: tuple[int, ...] = Field(
        default=(0, 1, 2, 3, 4), description="Working days of the week, Monday = 0", min_length=1, max_length=7
    )
    checkups_count_as_work: bool = Field(default=True, description="Pregnancy check-ups are working time")

    @model_validator(mode="after")
    def _coherent(self) -> Policy:
        if len(set(self.working_weekdays)) != len(self.working_weekdays) or not all(
            0 <= d <= 6 for d in self.working_weekdays
        ):
            raise ValueError(_("working days are distinct days of the week, 0 (Monday) to 6"))
        if self.pregnancy_protected_from_week > self.pregnancy_weeks:
            raise ValueError(_("protection must start within the pregnancy's weeks"))
        return self


CHINA = Policy()


@dataclass(frozen=True, slots=True)
class Birth:
    born_on: date
    babies: int = 1


@dataclass(frozen=True, slots=True)
class Facts:
    """What the person recorded (with consent) that the rules read."""

    due_date: date | None = None
    births: tuple[Birth, ...] = ()
    latest_shift_end: time | None = None
    max_commute_km: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Terms:
    """An approved flexible arrangement, for [start, end] inclusive."""

    start: date
    end: date
    reduced_minutes: int = 0
    remote_days_per_week: int = 0
    window_start: time | None = None
    window_end: time | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def window_minutes(self) -> int | None:
        if self.window_start is None or self.window_end is None:
            return None
        return minutes_between(self.window_start, self.window_end)


class Kind(StrEnum):
    NO_NIGHT_WORK = "no_night_work"
    NO_EXTENDED_HOURS = "no_extended_hours"
    REST_WITHIN_HOURS = "rest_within_hours"
    PROTECTED_TIME = "protected_time"
    CHECKUPS_ARE_WORK = "checkups_are_work"
    SHIFT_ENDS_BY = "shift_ends_by"
    DAY_WINDOW = "day_window"
    REDUCED_DAY = "reduced_day"
    REMOTE_DAYS = "remote_days"
    MAX_COMMUTE = "max_commute"


class Basis(StrEnum):
    """Why a constraint holds, at the grain a manager may know: the law, an approved arrangement or
    the person's own stated need; never which fact (pregnancy, nursing, a child) lies behind it."""

    LAW = "law"
    ARRANGEMENT = "arrangement"
    PERSONAL = "personal"


@dataclass(frozen=True, slots=True)
class Rule:
    """One constraint on one day; `minutes`, `starts`, `ends`, `count`, `km` as the kind needs."""

    kind: Kind
    basis: Basis
    minutes: int | None = None
    starts: time | None = None
    ends: time | None = None
    count: int | None = None
    km: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Constraint:
    """A rule holding every day of [start, end] (inclusive)."""

    rule: Rule
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Day:
    """What holds on one day: the rules, and the minutes of ordinary work expected (0 on a rest day)."""

    day: date
    rules: frozenset[Rule] = field(default_factory=frozenset)
    standard_minutes: int = 0
    expected_minutes: int = 0


def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later (the month's last day where it is shorter: a baby
    born on 29 February turns one on 28 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def pregnancy_protected_from(due_date: date, policy: Policy) -> date:
    return due_date - timedelta(weeks=policy.pregnancy_weeks - policy.pregnancy_protected_from_week)


def pregnancy_start(due_date: date, policy: Policy) -> date:
    return due_date - timedelta(weeks=policy.pregnancy_weeks)


def nursing_ends(birth: Birth, policy: Policy) -> date:
    """The first day without nursing protections: the baby's first birthday by default."""
    return add_months(birth.born_on, policy.nursing_months)


UNBOUNDED_START = date.min
UNBOUNDED_END = date.max


def profile_periods(facts: Facts, policy: Policy) -> list[Constraint]:
    """The constraints the recorded facts earn, as date ranges (the person's own stated needs hold
    from and until any date). These, not the facts, are what rosters, attendance and scores read:
    they carry no reason, so they are stored in the clear beside the sealed profile."""
    found: list[Constraint] = []
    night = Rule(Kind.NO_NIGHT_WORK, Basis.LAW, starts=policy.night_start, ends=policy.night_end)
    extended = Rule(Kind.NO_EXTENDED_HOURS, Basis.LAW)
    if facts.due_date is not None:
        protected_from = pregnancy_protected_from(facts.due_date, policy)
        for rule in (night, extended, Rule(Kind.REST_WITHIN_HOURS, Basis.LAW)):
            found.append(Constraint(rule, protected_from, facts.due_date))
        if policy.checkups_count_as_work:
            found.append(
                Constraint(
                    Rule(Kind.CHECKUPS_ARE_WORK, Basis.LAW), pregnancy_start(facts.due_date, policy), facts.due_date
                )
            )
    for birth in facts.births:
        last = nursing_ends(birth, policy) - timedelta(days=1)
        if last < birth.born_on:
            continue
        minutes = policy.nursing_minutes + policy.nursing_minutes_per_extra_baby * max(birth.babies - 1, 0)
        for rule in (night, extended, Rule(Kind.PROTECTED_TIME, Basis.LAW, minutes=minutes)):
            found.append(Constraint(rule, birth.born_on, last))
    if facts.latest_shift_end is not None:
        found.append(
            Constraint(
                Rule(Kind.SHIFT_ENDS_BY, Basis.PERSONAL, ends=facts.latest_shift_end), UNBOUNDED_START, UNBOUNDED_END
            )
        )
    if facts.max_commute_km is not None:
        found.append(
            Constraint(Rule(Kind.MAX_COMMUTE, Basis.PERSONAL, km=facts.max_commute_km), UNBOUNDED_START, UNBOUNDED_END)
        )
    return found


def day_rules(periods: Iterable[Constraint], arrangements: Iterable[Terms], policy: Policy, day: date) -> Day:
    """Every constraint on `day` and the ordinary minutes expected of the person.

    Expected minutes: the policy's day on a working weekday, less protected (nursing) time, which is
    paid and off the floor, less an arrangement's reduction, and no more than its window holds.
    """
    rules: set[Rule] = set()
    protected = 0
    for period in periods:
        if not period.start <= day <= period.end:
            continue
        if period.rule.kind is Kind.PROTECTED_TIME:
            protected += period.rule.minutes or 0
        else:
            rules.add(period.rule)
    if protected:
        rules.add(Rule(Kind.PROTECTED_TIME, Basis.LAW, minutes=protected))
    reduced = 0
    window: int | None = None
    for terms in arrangements:
        if not terms.covers(day):
            continue
        if terms.reduced_minutes:
            reduced += terms.reduced_minutes
            rules.add(Rule(Kind.REDUCED_DAY, Basis.ARRANGEMENT, minutes=terms.reduced_minutes))
        if terms.remote_days_per_week:
            rules.add(Rule(Kind.REMOTE_DAYS, Basis.ARRANGEMENT, count=terms.remote_days_per_week))
        if terms.window_start is not None and terms.window_end is not None:
            rules.add(Rule(Kind.DAY_WINDOW, Basis.ARRANGEMENT, starts=terms.window_start, ends=terms.window_end))
            held = terms.window_minutes or 0
            window = held if window is None else min(window, held)
    standard = policy.standard_day_minutes if day.weekday() in policy.working_weekdays else 0
    expected = max(standard - protected - reduced, 0)
    if window is not None:
        expected = min(expected, window)
    return Day(day, frozenset(rules), standard, expected)


def days(start: date, end: date) -> Iterator[date]:
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)


def constraints(
    periods: Iterable[Constraint], arrangements: Iterable[Terms], policy: Policy, start: date, end: date
) -> list[Constraint]:
    """The constraints holding in [start, end], each rule as runs of consecutive days, ordered by
    start, then kind."""
    terms = list(arrangements)
    held = [p for p in periods if p.start <= end and p.end >= start]
    open_runs: dict[Rule, date] = {}
    found: list[Constraint] = []
    previous: frozenset[Rule] = frozenset()
    for day in days(start, end):
        today = day_rules(held, terms, policy, day).rules
        for rule in previous - today:
            found.append(Constraint(rule, open_runs.pop(rule), day - timedelta(days=1)))
        for rule in today - previous:
            open_runs[rule] = day
        previous = today
    found.extend(Constraint(rule, since, end) for rule, since in open_runs.items())
    return sorted(found, key=lambda c: (c.start, c.rule.kind.value, c.end, str(c.rule)))


@dataclass(frozen=True, slots=True)
class Stretch:
    """Consecutive working days with the same expected minutes below the standard day."""

    start: date
    end: date
    expected_minutes: int
    standard_minutes: int
    kinds: tuple[Kind, ...]


@dataclass(frozen=True, slots=True)
class TargetAdjustment:
    """How much of a month's standard hours a person had: a volume target is multiplied by `factor`.
    `stretches` say which days were short, and by how much, for the score's explanation."""

    factor: Decimal
    available_minutes: int
    standard_minutes: int
    stretches: tuple[Stretch, ...]


FACTOR_PLACES = Decimal("0.0001")
_REDUCING = (Kind.PROTECTED_TIME, Kind.REDUCED_DAY, Kind.DAY_WINDOW)


def target_adjustment(
    periods: Iterable[Constraint], arrangements: Iterable[Terms], policy: Policy, start: date, end: date
) -> TargetAdjustment | None:
    """Available over standard working minutes in [start, end]; None when nothing was short (the
    target stands as set). Two people with the same output per available hour then score alike."""
    terms = list(arrangements)
    held_periods = [p for p in periods if p.start <= end and p.end >= start]
    available = standard = 0
    stretches: list[Stretch] = []
    for day in days(start, end):
        held = day_rules(held_periods, terms, policy, day)
        available += held.expected_minutes
        standard += held.standard_minutes
        if held.expected_minutes >= held.standard_minutes:
            continue
        kinds = tuple(sorted({rule.kind for rule in held.rules if rule.kind in _REDUCING}, key=_REDUCING.index))
        last = stretches[-1] if stretches else None
        if (
            last is not None
            and last.expected_minutes == held.expected_minutes
            and last.standard_minutes == held.standard_minutes
            and last.kinds == kinds
            and all(
                between.weekday() not in policy.working_weekdays
                for between in days(last.end + timedelta(days=1), day - timedelta(days=1))
            )
        ):
            stretches[-1] = Stretch(last.start, day, last.expected_minutes, last.standard_minutes, kinds)
        else:
            stretches.append(Stretch(day, day, held.expected_minutes, held.standard_minutes, kinds))
    if standard == 0 or available == standard:
        return None
    factor = (Decimal(available) / Decimal(standard)).quantize(FACTOR_PLACES, rounding=ROUND_HALF_EVEN)
    return TargetAdjustment(factor, available, standard, tuple(stretches))
