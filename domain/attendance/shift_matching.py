"""Reading one person's clock-in punches against their planned shifts: which shift each stretch of
work belongs to, and whether the person came late, left early, missed the shift or worked unplanned.

Pure: the caller passes the planned shifts as aware instants (`planned` converts a roster placement
with the store's zone), the punches of one person at one store, the store's zone (for the local day
of unplanned work) and the clock's `now`. All instants are kept in UTC, so arithmetic across a clock
change is real elapsed time. Minutes are whole minutes, seconds dropped, as every view shows them.

- Punches pair as the timesheet pairs them (`domain.attendance.rules.worked_days`): an `in` with the
  next `out`. An `in` followed by another `in` has lost its `out`; an `out` with no open `in` has lost
  its `in`. Each pair, whole or half, belongs to exactly one row of the answer and is never split.
- A whole pair belongs to the planned shift it overlaps most (ties: the start nearer its `in`, then the
  earlier shift); overlapping none, to the shift whose start is nearest its `in` within
  `window_minutes` either way (in at 06:30 and out at 06:50 for a 07:00 shift is that shift). An `in`
  alone goes to the nearest start within the window or to the shift it falls inside; an `out` alone
  likewise by the shift's end. A pair belonging to no shift is a row of its own: `unplanned`, planned
  0, on the store-local day of its first punch.
- late: the first `in` more than `grace_minutes` after the start; `late_minutes` counts from the start,
  not from the end of the grace. left_early: once the shift has ended, its last punch is an `out` more
  than `grace_minutes` before the end (an `out` for a break mid-shift is not leaving early).
  missed: no punch at all and the shift has ended; a shift still to come carries no flag.
  no_out: an `in` whose `out` is known to be missing (another `in` came, or the shift has ended).
  no_in: an `out` with no `in` before it.
- Protected time (the nursing hour) is work time the person spends away. It excuses lateness first,
  then leaving early (`late_minutes`/`early_minutes` and the flags show only what it does not cover),
  and counts as worked: `protected_minutes` on the row is what was credited, the shift's protected
  time but at most the part of the shift's span no pair covered (so staying the whole shift earns
  nothing twice), and only if some time was punched on that shift (a missed shift credits nothing).
- worked_minutes = real time between each pair's `in` and `out` (not clipped to the shift: arriving
  early is real presence) + the protected minutes credited. A half pair adds no time.
- planned_minutes is the template's paid minutes, also on the days a clock change makes the span an
  hour shorter or longer: a 00:00-08:00 shift on New York's spring-forward day plans 480 and, worked in
  full, works the 420 minutes that really passed (540 on the fall-back day).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

from domain.attendance.rules import PunchKind
from domain.rosters.rules import Shift

MINUTE = timedelta(minutes=1)


class ShiftFlag(StrEnum):
    LATE = "late"
    LEFT_EARLY = "left_early"
    MISSED = "missed"
    NO_IN = "no_in"
    NO_OUT = "no_out"
    UNPLANNED = "unplanned"


def _utc(value: datetime, name: str) -> datetime:
    """Aware instants only: a naive time has no place on a time line shared by stores in many zones."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")
    return value.astimezone(UTC)


def _minutes(delta: timedelta) -> int:
    return max(delta // MINUTE, 0)


@dataclass(frozen=True, slots=True)
class PlannedShift:
    """One planned shift of the person: the local day it starts on, and its span as UTC instants."""

    day: date
    code: str
    starts: datetime
    ends: datetime
    paid_minutes: int
    protected_minutes: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", _utc(self.starts, "starts"))
        object.__setattr__(self, "ends", _utc(self.ends, "ends"))
        if self.ends < self.starts:
            raise ValueError("a shift cannot end before it starts")
        if self.protected_minutes < 0:
            raise ValueError("protected_minutes cannot be negative")

    @property
    def span_minutes(self) -> int:
        """Real minutes from start to end (an hour fewer or more across a clock change)."""
        return _minutes(self.ends - self.starts)


def _instant(local: datetime, tz: tzinfo) -> datetime:
    """Store-local wall time to a UTC instant, PEP 495 style with fold=0: an ambiguous time (autumn)
    is its first occurrence, a time in the spring gap is read with the offset before the gap."""
    return local.replace(tzinfo=tz, fold=0).astimezone(UTC)


def planned(placement_day: date, shift: Shift, tz: tzinfo, protected_minutes: int = 0) -> PlannedShift:
    """The placement's shift as instants in the store's zone (a ZoneInfo). A span lying wholly in the
    spring gap (02:30-03:00 in New York) did not happen: its end is held at its start, zero long."""
    local_start, local_end = shift.span(placement_day)
    starts = _instant(local_start, tz)
    ends = max(_instant(local_end, tz), starts)
    return PlannedShift(
        day=placement_day,
        code=shift.code,
        starts=starts,
        ends=ends,
        paid_minutes=shift.paid_minutes,
        protected_minutes=protected_minutes,
    )


@dataclass(frozen=True, slots=True)
class Punch:
    """One punch of the person: `in` or `out` (a PunchKind or its text) at an aware instant."""

    kind: PunchKind | str
    at: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", PunchKind(self.kind))
        object.__setattr__(self, "at", _utc(self.at, "at"))


@dataclass(frozen=True, slots=True)
class DayPlan:
    """A planned shift as it was worked, or a stretch of unplanned work (code None, planned 0).
    `protected_minutes` is the protected time credited, already inside `worked_minutes`."""

    day: date
    code: str | None
    planned_minutes: int
    worked_minutes: int
    flags: tuple[ShiftFlag, ...]
    late_minutes: int
    early_minutes: int
    first_in: datetime | None
    last_out: datetime | None
    protected_minutes: int = 0


@dataclass(frozen=True, slots=True)
class _Pair:
    in_at: datetime | None
    out_at: datetime | None
    closed: bool = False  # an `in` whose `out` is known missing: another `in` followed it

    @property
    def first(self) -> datetime:
        moment = self.in_at or self.out_at
        assert moment is not None
        return moment

    @property
    def elapsed(self) -> timedelta:
        if self.in_at is None or self.out_at is None:
            return timedelta(0)
        return self.out_at - self.in_at


def _pairs(punches: Sequence[Punch]) -> list[_Pair]:
    """The timesheet's pairing: sorted by time (equal times keep their order), an `in` with the next `out`."""
    found: list[_Pair] = []
    open_in: datetime | None = None
    for punch in sorted(punches, key=lambda p: p.at):
        if punch.kind == PunchKind.IN:
            if open_in is not None:
                found.append(_Pair(open_in, None, closed=True))
            open_in = punch.at
        elif open_in is not None:
            found.append(_Pair(open_in, punch.at))
            open_in = None
        else:
            found.append(_Pair(None, punch.at))
    if open_in is not None:
        found.append(_Pair(open_in, None))
    return found


def _overlap(pair: _Pair, shift: PlannedShift) -> timedelta:
    if pair.in_at is None or pair.out_at is None:
        return timedelta(0)
    return max(min(pair.out_at, shift.ends) - max(pair.in_at, shift.starts), timedelta(0))


def _owner(pair: _Pair, shifts: Sequence[PlannedShift], window: timedelta) -> int | None:
    """Index of the planned shift the pair belongs to, or None when it is unplanned work."""
    indexed = list(enumerate(shifts))
    if pair.in_at is not None and pair.out_at is not None:
        in_at = pair.in_at
        overlaps = {i: _overlap(pair, s) for i, s in indexed}
        most = max(overlaps.values(), default=timedelta(0))
        if most > timedelta(0):
            tied = [(abs(in_at - s.starts), s.starts, i) for i, s in indexed if overlaps[i] == most]
            return min(tied)[2]
        near = [(abs(in_at - s.starts), s.starts, i) for i, s in indexed if abs(in_at - s.starts) <= window]
    elif pair.in_at is not None:
        in_at = pair.in_at
        near = [
            (abs(in_at - s.starts), s.starts, i)
            for i, s in indexed
            if abs(in_at - s.starts) <= window or s.starts <= in_at < s.ends
        ]
    else:
        out_at = pair.first
        near = [
            (abs(out_at - s.ends), s.starts, i)
            for i, s in indexed
            if abs(out_at - s.ends) <= window or s.starts < out_at <= s.ends
        ]
    return min(near)[2] if near else None


def _ordered_flags(found: set[ShiftFlag]) -> tuple[ShiftFlag, ...]:
    return tuple(flag for flag in ShiftFlag if flag in found)


def _read_shift(shift: PlannedShift, mine: list[_Pair], *, grace: int, now: datetime) -> DayPlan:
    ended = shift.ends <= now
    if not mine:
        flags = {ShiftFlag.MISSED} if ended else set()
        return DayPlan(shift.day, shift.code, shift.paid_minutes, 0, _ordered_flags(flags), 0, 0, None, None)
    found: set[ShiftFlag] = set()
    first_in = min((p.in_at for p in mine if p.in_at is not None), default=None)
    last_out = max((p.out_at for p in mine if p.out_at is not None), default=None)
    elapsed = sum((p.elapsed for p in mine), timedelta(0))
    covered = sum((_overlap(p, shift) for p in mine), timedelta(0))
    credited = 0
    if elapsed > timedelta(0):
        credited = min(shift.protected_minutes, max(shift.span_minutes - _minutes(covered), 0))

    excuse = shift.protected_minutes
    late_minutes = 0
    if first_in is not None and first_in > shift.starts:
        raw = _minutes(first_in - shift.starts)
        used = min(excuse, raw)
        excuse -= used
        late_minutes = raw - used
    if late_minutes > grace:
        found.add(ShiftFlag.LATE)

    early_minutes = 0
    last = mine[-1]
    if ended and last.out_at is not None and last.out_at < shift.ends:
        raw = _minutes(shift.ends - last.out_at)
        early_minutes = raw - min(excuse, raw)
    if early_minutes > grace:
        found.add(ShiftFlag.LEFT_EARLY)

    if any(p.in_at is not None and p.out_at is None and (p.closed or ended) for p in mine):
        found.add(ShiftFlag.NO_OUT)
    if any(p.in_at is None for p in mine):
        found.add(ShiftFlag.NO_IN)
    return DayPlan(
        day=shift.day,
        code=shift.code,
        planned_minutes=shift.paid_minutes,
        worked_minutes=_minutes(elapsed) + credited,
        flags=_ordered_flags(found),
        late_minutes=late_minutes,
        early_minutes=early_minutes,
        first_in=first_in,
        last_out=last_out,
        protected_minutes=credited,
    )


def _read_unplanned(pair: _Pair, tz: tzinfo) -> DayPlan:
    found = {ShiftFlag.UNPLANNED}
    if pair.in_at is None:
        found.add(ShiftFlag.NO_IN)
    elif pair.out_at is None and pair.closed:
        found.add(ShiftFlag.NO_OUT)
    return DayPlan(
        day=pair.first.astimezone(tz).date(),
        code=None,
        planned_minutes=0,
        worked_minutes=_minutes(pair.elapsed),
        flags=_ordered_flags(found),
        late_minutes=0,
        early_minutes=0,
        first_in=pair.in_at,
        last_out=pair.out_at,
    )


def match(
    planned: Sequence[PlannedShift],
    punches: Sequence[Punch],
    *,
    tz: tzinfo,
    now: datetime,
    grace_minutes: int = 5,
    window_minutes: int = 120,
) -> list[DayPlan]:
    """One row per planned shift and one per stretch of unplanned work, sorted by day then start
    (an unplanned row by its first punch). The rules are in the module's docstring."""
    if grace_minutes < 0 or window_minutes < 0:
        raise ValueError("grace_minutes and window_minutes cannot be negative")
    now = _utc(now, "now")
    window = timedelta(minutes=window_minutes)
    owned: dict[int, list[_Pair]] = {}
    rows: list[tuple[date, datetime, DayPlan]] = []
    for pair in _pairs(punches):
        owner = _owner(pair, planned, window)
        if owner is None:
            row = _read_unplanned(pair, tz)
            rows.append((row.day, pair.first, row))
        else:
            owned.setdefault(owner, []).append(pair)
    for index, shift in enumerate(planned):
        rows.append((shift.day, shift.starts, _read_shift(shift, owned.get(index, []), grace=grace_minutes, now=now)))
    rows.sort(key=lambda row: (row[0], row[1]))
    return [row for _, _, row in rows]
