"""Which open postings suit a frontline seeker, best first, and why: pure rules, no I/O.

A posting is an opening at a store for a date range with its shift templates. The seeker brings
their home and children's schools (points, read with consent), their skills, the dates they already
work elsewhere and their care constraints (already without reasons, as rosters read them).

Two things exclude a posting outright, counted by reason so the caller can say "2 hidden: they
break a care rule": a shift that would break one of the seeker's care rules (the law's protections,
an approved arrangement, their own stated need) on some day of the posting, and dates overlapping
work the seeker already has. Distance never excludes: a posting beyond the radius ranks lower.

The score (higher first; ties by the key as a string) adds:

- 100 when the store is within `radius_km` of home or of any school (so every nearby posting
  outranks every distant one: the rest adds at most 85);
- up to 40 for proximity, ``40 * r / (r + d)`` with ``d`` the nearest of home and school distances
  and ``r`` the radius: 40 at the door, 20 at the radius, falling smoothly beyond;
- up to 30 for skills, in proportion to the posting's skills the seeker has (30 when it asks none);
- 10 for a parent when the posting is tagged ``commute_time_flexible``;
- 5 when no shift is late (all end by the policy's late hour, none crosses midnight).

With no home and no school on file, the location terms are left out and the posting is ranked by
skills and tags alone, with the reason ``no_location_on_file``. Each term only grows as its input
improves, so a store coming closer never falls in the list behind a posting that did not.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from domain.care.protections import Constraint
from domain.rosters.rules import Person, Placement, RosterPolicy, Rule, Shift, check, is_late
from domain.shared.geo import EARTH_RADIUS_M, haversine_m

MAX_RADIUS_KM = 50.0
FLEXIBLE_COMMUTE_TAG = "commute_time_flexible"

# the day shift a posting promising day shifts only is checked as when it names no templates
GENERIC_DAY_SHIFT = Shift("day", time(9, 0), time(17, 0), break_minutes=60)

# rules about the whole roster or the company, not about this seeker's care: one placement alone
# is checked, so these say nothing about whether the posting suits them
_NOT_CARE = frozenset({Rule.OVERLAP, Rule.MIN_REST, Rule.CONSECUTIVE_DAYS, Rule.WOMEN_LATE_SHARE})
_SEEKER = "seeker"

NEARBY_POINTS = 100.0
PROXIMITY_POINTS = 40.0
SKILLS_POINTS = 30.0
FLEXIBLE_COMMUTE_POINTS = 10.0
NO_LATE_SHIFTS_POINTS = 5.0

CARE_RULE = "care_rule"
DATES_OVERLAP = "dates_overlap"
EXCLUSION_REASONS = (CARE_RULE, DATES_OVERLAP)

# a box edge is widened by this many degrees (about 1 cm) so rounding never drops a point on the radius
_BOX_PAD_DEG = 1e-7


@dataclass(frozen=True, slots=True)
class Point:
    lat: float
    lon: float

    def __post_init__(self) -> None:
        if not (-90.0 <= self.lat <= 90.0 and -180.0 <= self.lon <= 180.0):
            raise ValueError("a point needs a latitude in [-90, 90] and a longitude in [-180, 180]")


@dataclass(frozen=True, slots=True)
class PostingFacts:
    """What ranking reads of a posting. No shifts with `day_shifts_only` means a generic day shift;
    no shifts without it means nothing is known to check (the posting is not refused for it)."""

    key: Hashable
    point: Point
    start: date
    end: date
    shifts: tuple[Shift, ...]
    day_shifts_only: bool
    tags: frozenset[str]
    skills: frozenset[str]

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a posting ends on or after its start")

    @property
    def checked_shifts(self) -> tuple[Shift, ...]:
        if not self.shifts and self.day_shifts_only:
            return (GENERIC_DAY_SHIFT,)
        return self.shifts


@dataclass(frozen=True, slots=True)
class Seeker:
    """The caller as ranking sees them; `busy` holds inclusive date ranges of work they already have."""

    home: Point | None
    schools: tuple[Point, ...]
    person: Person
    skills: frozenset[str]
    busy: tuple[tuple[date, date], ...]
    parent: bool


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a posting sits where it does; `reasons` are stable codes the app words in its language."""

    key: Hashable
    score: float
    home_km: float | None
    school_km: float | None
    within_radius: bool | None
    skills_matched: tuple[str, ...]
    skills_missing: tuple[str, ...]
    flexible_commute: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ranking:
    """The postings that suit, best first, and how many were left out for each reason."""

    matches: tuple[Explanation, ...]
    excluded: Mapping[str, int]


def _check_radius(radius_km: float) -> None:
    if not 0.0 < radius_km <= MAX_RADIUS_KM:  # also refuses NaN
        raise ValueError(f"radius_km must be more than 0 and at most {MAX_RADIUS_KM:g}")


def bounding_box(point: Point, radius_km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) holding every point within `radius_km` of `point`, for an
    indexed SQL prefilter before the exact haversine distance.

    Latitudes are clamped to [-90, 90]. When the circle reaches a pole, or its longitudes would
    cross the antimeridian (beyond ±180), the box is widened to the full longitude range
    [-180, 180] rather than split in two: rare for stores, and still correct, only less selective.
    """
    _check_radius(radius_km)
    angle = radius_km * 1000.0 / EARTH_RADIUS_M  # the radius as an angle at the Earth's centre
    d_lat = math.degrees(angle) + _BOX_PAD_DEG
    min_lat, max_lat = max(-90.0, point.lat - d_lat), min(90.0, point.lat + d_lat)
    cos_lat = math.cos(math.radians(point.lat))
    if min_lat <= -90.0 or max_lat >= 90.0 or math.sin(angle) >= cos_lat:
        return min_lat, max_lat, -180.0, 180.0
    # the widest longitude on a spherical cap is where a meridian touches the circle
    d_lon = math.degrees(math.asin(math.sin(angle) / cos_lat)) + _BOX_PAD_DEG
    min_lon, max_lon = point.lon - d_lon, point.lon + d_lon
    if min_lon < -180.0 or max_lon > 180.0:
        return min_lat, max_lat, -180.0, 180.0
    return min_lat, max_lat, min_lon, max_lon


def _km(a: Point, b: Point) -> float:
    return haversine_m(a.lat, a.lon, b.lat, b.lon) / 1000.0


class _CareCheck:
    """Whether a posting's shifts break the seeker's care rules.

    The rules read a placement's shift and which constraints hold on its day, nothing else of the
    day, so within [start, end] it is enough to check each shift once per run of days with the same
    holding constraints: on `start` and on each day a constraint begins or ends inside the range.
    Results are shared between postings with the same shift and the same constraints holding.
    """

    def __init__(self, person: Person, policy: RosterPolicy) -> None:
        self._person = person
        self._policy = policy
        self._people = {_SEEKER: person}
        self._known: dict[tuple[Shift, tuple[Constraint, ...]], bool] = {}

    def _holding(self, day: date) -> tuple[Constraint, ...]:
        return tuple(c for c in self._person.constraints if c.start <= day <= c.end)

    def _breaks(self, shift: Shift, day: date, holding: tuple[Constraint, ...]) -> bool:
        key = (shift, holding)
        if key not in self._known:
            found = check([Placement(_SEEKER, day, shift)], self._people, self._policy)
            self._known[key] = any(v.rule not in _NOT_CARE for v in found)
        return self._known[key]

    def breaks(self, posting: PostingFacts) -> bool:
        shifts = posting.checked_shifts
        if not shifts or not self._person.constraints:
            return False
        first_days = {posting.start}
        for constraint in self._person.constraints:
            if posting.start < constraint.start <= posting.end:
                first_days.add(constraint.start)
            if posting.start <= constraint.end < posting.end:
                first_days.add(constraint.end + timedelta(days=1))
        for day in sorted(first_days):
            holding = self._holding(day)
            if holding and any(self._breaks(shift, day, holding) for shift in shifts):
                return True
        return False


def _overlaps_busy(posting: PostingFacts, busy: Sequence[tuple[date, date]]) -> bool:
    return any(posting.start <= last and first <= posting.end for first, last in busy)


def _explain(posting: PostingFacts, seeker: Seeker, policy: RosterPolicy, radius_km: float) -> Explanation:
    reasons: list[str] = []
    score = 0.0
    home_km = _km(seeker.home, posting.point) if seeker.home is not None else None
    school_km = min((_km(school, posting.point) for school in seeker.schools), default=None)
    within: bool | None = None
    nearest = min((d for d in (home_km, school_km) if d is not None), default=None)
    if nearest is None:
        reasons.append("no_location_on_file")
    else:
        near_home = home_km is not None and home_km <= radius_km
        near_school = school_km is not None and school_km <= radius_km
        within = near_home or near_school
        if near_home:
            reasons.append("near_home")
        if near_school:
            reasons.append("near_school")
        score += (NEARBY_POINTS if within else 0.0) + PROXIMITY_POINTS * radius_km / (radius_km + nearest)
    matched = tuple(sorted(posting.skills & seeker.skills))
    missing = tuple(sorted(posting.skills - seeker.skills))
    score += SKILLS_POINTS * (len(matched) / len(posting.skills) if posting.skills else 1.0)
    if not posting.skills:
        reasons.append("no_skills_required")
    elif not missing:
        reasons.append("skills_full_match")
    flexible = FLEXIBLE_COMMUTE_TAG in posting.tags
    if flexible and seeker.parent:
        score += FLEXIBLE_COMMUTE_POINTS
        reasons.append("flexible_commute_for_parent")
    shifts = posting.checked_shifts
    if shifts and not any(is_late(shift, policy) for shift in shifts):
        score += NO_LATE_SHIFTS_POINTS
        reasons.append("early_and_middle_shifts")
    return Explanation(
        key=posting.key,
        score=round(score, 6),
        home_km=round(home_km, 3) if home_km is not None else None,
        school_km=round(school_km, 3) if school_km is not None else None,
        within_radius=within,
        skills_matched=matched,
        skills_missing=missing,
        flexible_commute=flexible,
        reasons=tuple(reasons),
    )


def rank(postings: Sequence[PostingFacts], seeker: Seeker, policy: RosterPolicy, *, radius_km: float = 3.0) -> Ranking:
    """The postings that suit the seeker, best first (see the module docstring for the score), and
    the others counted once each under `care_rule` (checked first: a protection outranks the
    calendar) or `dates_overlap`. Distances are kilometres rounded to the metre."""
    _check_radius(radius_km)
    care = _CareCheck(seeker.person, policy)
    excluded = dict.fromkeys(EXCLUSION_REASONS, 0)
    explained: list[Explanation] = []
    for posting in postings:
        if care.breaks(posting):
            excluded[CARE_RULE] += 1
        elif _overlaps_busy(posting, seeker.busy):
            excluded[DATES_OVERLAP] += 1
        else:
            explained.append(_explain(posting, seeker, policy, radius_km))
    explained.sort(key=lambda e: (-e.score, str(e.key)))
    return Ranking(matches=tuple(explained), excluded=excluded)
