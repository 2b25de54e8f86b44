"""SLA clocks for need tickets: when a first response or a resolution falls due, and how late it is.

- A clock runs on wall-clock time, or on a head-office department's business hours: weekly opening
  intervals and whole-day holidays, in the department's IANA time zone. Local opening times are turned
  into instants day by day with zoneinfo, so a 09:00-18:00 day is nine real hours on a DST day too.
- Opening intervals are half-open, [opens, closes): a clock started at exactly closing time waits for
  the next opening, and a target that runs out exactly at closing time falls due at closing time.
- The resolution clock stops while the ticket waits on the requester (a Pause); only the working time
  inside a pause is taken off, so a pause over a night costs the ticket nothing.
- Escalations fire at 75%, 100% and 150% of a target, compared exactly (integer microseconds).

Everything here is pure: instants in, instants out, no clock reads and no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import IntEnum
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_FIRST_RESPONSE_TARGET = timedelta(hours=2)
DEFAULT_RESOLUTION_TARGET = timedelta(hours=24)

# An interval may close at midnight ("24:00" in JSON): `time` cannot hold 24:00, so time.max stands for it.
END_OF_DAY = time.max

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CLOCK_TEXT = re.compile(r"(\d{2}):(\d{2})")
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_ZERO = timedelta(0)
_ONE_DAY = timedelta(days=1)

Interval = tuple[time, time]
Window = tuple[datetime, datetime]


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """A department's working week in its own time zone. Validated on construction, so a calendar
    that exists is one the clock functions can trust.

    `weekly` maps weekday (0 = Monday) to its opening intervals [opens, closes) in local time, whole
    minutes, sorted and non-overlapping; a missing weekday is closed. `END_OF_DAY` closes at midnight.
    Empty weekdays are dropped and intervals sorted, so equal calendars compare equal.
    """

    timezone: str
    weekly: dict[int, tuple[Interval, ...]]
    holidays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        _load_zone(self.timezone)
        if not isinstance(self.weekly, dict):
            raise ValueError("weekly must be a dict from weekday (0 = Monday) to opening intervals")
        weekly: dict[int, tuple[Interval, ...]] = {}
        for weekday, intervals in self.weekly.items():
            if not isinstance(weekday, int) or isinstance(weekday, bool) or not 0 <= weekday <= 6:
                raise ValueError(f"weekday must be an int from 0 (Monday) to 6 (Sunday), got {weekday!r}")
            checked = _checked_intervals(WEEKDAY_NAMES[weekday], intervals)
            if checked:
                weekly[weekday] = checked
        weekly = dict(sorted(weekly.items()))
        holidays = frozenset(self.holidays)
        for holiday in holidays:
            if not isinstance(holiday, date) or isinstance(holiday, datetime):
                raise ValueError(f"holidays must be dates, got {holiday!r}")
        # Copies, so the caller's dict cannot change a frozen calendar behind its back.
        object.__setattr__(self, "weekly", weekly)
        object.__setattr__(self, "holidays", holidays)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def has_opening_hours(self) -> bool:
        return bool(self.weekly)

    @classmethod
    def from_json(cls, timezone: str, weekly: dict[str, list[list[str]]], holidays: list[str]) -> BusinessCalendar:
        """Parse the stored/API form: {"mon": [["09:00", "18:00"], ...]}, ["2026-10-01", ...].

        Raises ValueError naming the offending day, interval, text or time zone.
        """
        if not isinstance(timezone, str):
            raise ValueError(f"timezone must be a string, got {timezone!r}")
        if not isinstance(weekly, dict):
            raise ValueError(f"weekly must be an object keyed by {', '.join(WEEKDAY_NAMES)}")
        if not isinstance(holidays, list):
            raise ValueError("holidays must be a list of YYYY-MM-DD dates")
        parsed: dict[int, tuple[Interval, ...]] = {}
        for day_name, pairs in weekly.items():
            if day_name not in WEEKDAY_NAMES:
                raise ValueError(f"unknown day {day_name!r}: use one of {', '.join(WEEKDAY_NAMES)}")
            if not isinstance(pairs, list):
                raise ValueError(f"{day_name}: opening hours must be a list of [start, end] pairs")
            intervals: list[Interval] = []
            for pair in pairs:
                if not isinstance(pair, list | tuple) or len(pair) != 2:
                    raise ValueError(f"{day_name}: each opening interval must be a [start, end] pair, got {pair!r}")
                intervals.append((_parse_clock(day_name, pair[0], closing=False), _parse_clock(day_name, pair[1])))
            parsed[WEEKDAY_NAMES.index(day_name)] = tuple(intervals)
        return cls(timezone=timezone, weekly=parsed, holidays=frozenset(_parse_date(text) for text in holidays))

    def to_json(self) -> dict[str, object]:
        """The form from_json reads: days in week order, intervals as HH:MM, holidays sorted."""
        return {
            "timezone": self.timezone,
            "weekly": {
                WEEKDAY_NAMES[weekday]: [[_format_clock(opens), _format_clock(closes)] for opens, closes in intervals]
                for weekday, intervals in sorted(self.weekly.items())
            },
            "holidays": [holiday.isoformat() for holiday in sorted(self.holidays)],
        }


@dataclass(frozen=True, slots=True)
class Pause:
    """A stretch in which the ticket waits on the requester; `ended_at` None means still waiting."""

    started_at: datetime
    ended_at: datetime | None

    def __post_init__(self) -> None:
        _require_aware("started_at", self.started_at)
        if self.ended_at is not None:
            _require_aware("ended_at", self.ended_at)
            if self.ended_at < self.started_at:
                raise ValueError("a pause cannot end before it starts")


class Level(IntEnum):
    """Escalation thresholds, in percent of the target."""

    WARN = 75
    BREACH = 100
    ESCALATE = 150


def add_working_time(start: datetime, duration: timedelta, calendar: BusinessCalendar | None) -> datetime:
    """The UTC instant at which `duration` of working time has run since `start`.

    Outside opening hours the clock waits for the next opening, so a zero duration gives `start` when
    open and the next opening otherwise. Raises ValueError for a calendar with no opening hours, which
    would never let any time run.
    """
    start = _as_utc("start", start)
    if duration < _ZERO:
        raise ValueError("duration cannot be negative")
    if calendar is None:
        return start + duration
    if not calendar.has_opening_hours:
        raise ValueError("the calendar has no opening hours, so working time never runs")
    remaining = duration
    for opens, closes in _opening_windows(calendar, start, until=None):
        available = closes - opens
        if remaining <= available:
            return opens + remaining
        remaining -= available
    raise AssertionError("unreachable: a calendar with opening hours opens again")  # pragma: no cover


def working_time_between(start: datetime, end: datetime, calendar: BusinessCalendar | None) -> timedelta:
    """Working time inside [start, end); zero when end <= start. Inverse of add_working_time."""
    start = _as_utc("start", start)
    end = _as_utc("end", end)
    if end <= start:
        return _ZERO
    if calendar is None:
        return end - start
    total = _ZERO
    for opens, closes in _opening_windows(calendar, start, until=end):
        total += min(closes, end) - opens
    return total


def elapsed(
    start: datetime, now: datetime, calendar: BusinessCalendar | None, pauses: Sequence[Pause] = ()
) -> timedelta:
    """Working time the clock has run from `start` to `now`, less the working time spent paused.

    Pauses are clipped to [start, now] (an open pause runs to `now`) and overlapping pauses count once.
    """
    start = _as_utc("start", start)
    now = _as_utc("now", now)
    total = working_time_between(start, now, calendar)
    for paused_from, paused_until in _merged_pauses(pauses, start, now):
        total -= working_time_between(paused_from, paused_until, calendar)
    return total


def due_at(
    start: datetime, target: timedelta, calendar: BusinessCalendar | None, pauses: Sequence[Pause] = ()
) -> datetime:
    """When `target` of unpaused working time will have run: each closed pause pushes the due time later
    by the working time inside it. An open pause has no end yet, so the due time is unknown: ValueError.
    """
    start = _as_utc("start", start)
    if target < _ZERO:
        raise ValueError("target cannot be negative")
    if any(pause.ended_at is None for pause in pauses):
        raise ValueError("due_at needs closed pauses: while a pause is open the due time is not known")
    cursor, remaining = start, target
    for paused_from, paused_until in _merged_pauses(pauses, start, None):
        worked = working_time_between(cursor, paused_from, calendar)
        if remaining <= worked and worked > _ZERO:
            return add_working_time(cursor, remaining, calendar)
        remaining -= worked
        cursor = paused_until
    return add_working_time(cursor, remaining, calendar)


def reached_levels(elapsed_time: timedelta, target: timedelta) -> list[Level]:
    """Escalation levels whose threshold `elapsed_time` has reached, lowest first."""
    _require_positive_target(target)
    return [level for level in Level if elapsed_time * 100 >= target * level.value]


def next_level_at(
    spent: timedelta, target: timedelta, now: datetime, calendar: BusinessCalendar | None
) -> datetime | None:
    """When a clock that is running at `now`, having used `spent` of `target`, reaches its next
    escalation level; None when every level is reached or the calendar never opens.

    It assumes the clock keeps running: a pause can only make the level come later, so the answer is
    never late, which is what lets the escalation job look only at tickets whose moment has come.
    """
    _require_positive_target(target)
    if calendar is not None and not calendar.has_opening_hours:
        return None
    microsecond = timedelta(microseconds=1)
    spent_us, target_us = spent // microsecond, target // microsecond
    for level in Level:
        # the least whole microseconds t with t * 100 >= target * level, as reached_levels compares
        needed_us = -(-target_us * level.value // 100)
        if spent_us < needed_us:
            return add_working_time(_as_utc("now", now), (needed_us - spent_us) * microsecond, calendar)
    return None


def is_at_risk(elapsed_time: timedelta, target: timedelta) -> bool:
    """At least 75% of the target used, not yet breached: the moment to warn."""
    return reached_levels(elapsed_time, target)[-1:] == [Level.WARN]


def is_breached(elapsed_time: timedelta, target: timedelta) -> bool:
    """The whole target used: the SLA is missed."""
    return Level.BREACH in reached_levels(elapsed_time, target)


def _opening_windows(calendar: BusinessCalendar, after: datetime, until: datetime | None) -> Iterator[Window]:
    """Opening intervals as UTC windows, in order, non-overlapping, clipped to start no earlier than `after`.

    Local times are converted on their own day, so DST shifts land where they should. A local time in a
    DST gap maps past the gap (zoneinfo fold=0); should that make windows overlap, the later one is
    clipped, so no working time is ever counted twice. With `until` the walk stops there; without it the
    walk is endless, which the callers bound by asking for a finite amount of working time.
    """
    zone = calendar.zone
    # The day before too: an interval closing at midnight belongs to the previous local day.
    day = after.astimezone(zone).date() - _ONE_DAY
    last_day = None if until is None else until.astimezone(zone).date()
    floor = after
    while last_day is None or day <= last_day:
        if day not in calendar.holidays:
            for opens_local, closes_local in calendar.weekly.get(day.weekday(), ()):
                opens = max(_local_instant(day, opens_local, zone), floor)
                closes = _local_instant(day, closes_local, zone)
                if until is not None and opens >= until:
                    return
                if closes > opens:
                    yield opens, closes
                    floor = closes
        day += _ONE_DAY


def _local_instant(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a local wall-clock time on a local day (END_OF_DAY is the next midnight)."""
    if clock == END_OF_DAY:
        return datetime.combine(day + _ONE_DAY, time(0), tzinfo=zone).astimezone(UTC)
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def _merged_pauses(pauses: Sequence[Pause], lower: datetime, upper: datetime | None) -> list[Window]:
    """Pauses clipped to [lower, upper] and merged where they overlap or touch, in order."""
    clipped: list[Window] = []
    for pause in pauses:
        paused_from = max(_as_utc("started_at", pause.started_at), lower)
        if pause.ended_at is None:
            if upper is None:  # pragma: no cover - due_at refuses open pauses before asking
                raise ValueError("an open pause has no end")
            paused_until = upper
        else:
            paused_until = _as_utc("ended_at", pause.ended_at)
        if upper is not None:
            paused_until = min(paused_until, upper)
        if paused_until > paused_from:
            clipped.append((paused_from, paused_until))
    merged: list[Window] = []
    for paused_from, paused_until in sorted(clipped):
        if merged and paused_from <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], paused_until))
        else:
            merged.append((paused_from, paused_until))
    return merged


def _checked_intervals(day_name: str, intervals: Sequence[Interval]) -> tuple[Interval, ...]:
    if not isinstance(intervals, tuple | list):
        raise ValueError(f"{day_name}: opening hours must be a tuple of (opens, closes) pairs, got {intervals!r}")
    for interval in intervals:
        if not isinstance(interval, tuple) or len(interval) != 2:
            raise ValueError(f"{day_name}: each opening interval must be an (opens, closes) pair, got {interval!r}")
        for clock in interval:
            if not isinstance(clock, time) or clock.tzinfo is not None:
                raise ValueError(f"{day_name}: opening times must be naive local times, got {clock!r}")
            if clock != END_OF_DAY and (clock.second or clock.microsecond):
                raise ValueError(f"{day_name}: opening times must be whole minutes, got {clock.isoformat()}")
    ordered = tuple(sorted(intervals))
    for opens, closes in ordered:
        if opens == END_OF_DAY:
            raise ValueError(f"{day_name}: an interval cannot open at 24:00")
        if closes <= opens:
            raise ValueError(
                f"{day_name}: interval {_format_clock(opens)}-{_format_clock(closes)} must end after it starts"
            )
    for (earlier_opens, earlier_closes), (later_opens, later_closes) in pairwise(ordered):
        if later_opens < earlier_closes:
            raise ValueError(
                f"{day_name}: intervals {_format_clock(earlier_opens)}-{_format_clock(earlier_closes)} and "
                f"{_format_clock(later_opens)}-{_format_clock(later_closes)} overlap"
            )
    return ordered


def _load_zone(name: str) -> ZoneInfo:
    if not isinstance(name, str) or not name:
        raise ValueError(f"unknown time zone {name!r}: use an IANA name such as 'Asia/Shanghai'")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {name!r}: use an IANA name such as 'Asia/Shanghai'") from None


def _parse_clock(day_name: str, text: object, *, closing: bool = True) -> time:
    """HH:MM, 00:00-23:59; a closing time may also be 24:00 (midnight at the end of the day)."""
    match = _CLOCK_TEXT.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"{day_name}: bad time {text!r}, expected HH:MM")
    hour, minute = int(match[1]), int(match[2])
    if closing and hour == 24 and minute == 0:
        return END_OF_DAY
    if hour > 23 or minute > 59:
        raise ValueError(f"{day_name}: bad time {text!r}, expected HH:MM from 00:00 to 23:59 (24:00 only to close)")
    return time(hour, minute)


def _format_clock(clock: time) -> str:
    return "24:00" if clock == END_OF_DAY else clock.strftime("%H:%M")


def _parse_date(text: object) -> date:
    if isinstance(text, str) and _DATE_TEXT.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"bad holiday date {text!r}, expected YYYY-MM-DD")


def _require_aware(name: str, moment: datetime) -> None:
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {moment!r}")


def _as_utc(name: str, moment: datetime) -> datetime:
    _require_aware(name, moment)
    return moment.astimezone(UTC)


def _require_positive_target(target: timedelta) -> None:
    if target <= _ZERO:
        raise ValueError("target must be longer than zero")
