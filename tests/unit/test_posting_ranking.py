"""Ranking open postings for a frontline seeker: a care rule excludes (checked against every day
independently), busy dates exclude, distance only orders; the order is deterministic and a store
coming closer never falls behind; the SQL prefilter's box holds the whole circle."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from domain.care.protections import UNBOUNDED_END, UNBOUNDED_START, Basis, Constraint, Kind
from domain.care.protections import Rule as CareRule
from domain.postings.ranking import (
    GENERIC_DAY_SHIFT,
    Point,
    PostingFacts,
    Ranking,
    Seeker,
    bounding_box,
    rank,
)
from domain.rosters.rules import Person, Placement, RosterPolicy, Rule, Shift, check
from domain.shared.geo import EARTH_RADIUS_M, haversine_m

POLICY = RosterPolicy()
FAST = settings(max_examples=50, deadline=None)
MONDAY = date(2026, 3, 2)
PEOPLE_SQUARE = Point(31.2304, 121.4737)
EARLY = Shift("早班", time(6, 0), time(14, 0))
MIDDLE = Shift("中班", time(10, 0), time(18, 0))
LATE = Shift("晚班", time(14, 0), time(22, 30), break_minutes=30)
NO_NIGHT = CareRule(Kind.NO_NIGHT_WORK, Basis.LAW, starts=time(22, 0), ends=time(6, 0))
COMPANY_RULES = {Rule.OVERLAP, Rule.MIN_REST, Rule.CONSECUTIVE_DAYS, Rule.WOMEN_LATE_SHARE}


def offset(point: Point, north_km: float, east_km: float) -> Point:
    """A point about so many km north and east (good enough for fixtures; tests measure with haversine)."""
    lat = point.lat + math.degrees(north_km * 1000 / EARTH_RADIUS_M)
    lon = point.lon + math.degrees(east_km * 1000 / EARTH_RADIUS_M) / math.cos(math.radians(point.lat))
    return Point(lat, lon)


def posting(key: str, point: Point = PEOPLE_SQUARE, **changes: object) -> PostingFacts:
    base = PostingFacts(
        key=key,
        point=point,
        start=MONDAY,
        end=MONDAY + timedelta(days=13),
        shifts=(EARLY, MIDDLE),
        day_shifts_only=False,
        tags=frozenset(),
        skills=frozenset(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def seeker(**changes: object) -> Seeker:
    base = Seeker(home=PEOPLE_SQUARE, schools=(), person=Person(), skills=frozenset(), busy=(), parent=False)
    return replace(base, **changes)  # type: ignore[arg-type]


def keys(ranking: Ranking) -> list[object]:
    return [m.key for m in ranking.matches]


# --- examples -------------------------------------------------------------------------------------


def test_a_late_shift_excludes_a_posting_for_a_nursing_mother_and_day_shifts_rank_with_a_reason() -> None:
    mother = seeker(person=Person(female=True, constraints=(Constraint(NO_NIGHT, MONDAY, date(2027, 1, 31)),)))
    ranking = rank([posting("late", shifts=(EARLY, LATE)), posting("day")], mother, POLICY)
    assert keys(ranking) == ["day"]
    assert dict(ranking.excluded) == {"care_rule": 1, "dates_overlap": 0}
    [day] = ranking.matches
    assert day.reasons == ("near_home", "no_skills_required", "early_and_middle_shifts")
    assert day.home_km == 0.0 and day.school_km is None and day.within_radius is True


def test_a_protection_starting_midway_through_the_posting_still_excludes_it() -> None:
    later = Person(constraints=(Constraint(NO_NIGHT, MONDAY + timedelta(days=10), MONDAY + timedelta(days=40)),))
    ended = Person(constraints=(Constraint(NO_NIGHT, MONDAY - timedelta(days=40), MONDAY - timedelta(days=1)),))
    late = posting("late", shifts=(LATE,))
    assert rank([late], seeker(person=later), POLICY).excluded["care_rule"] == 1
    assert keys(rank([late], seeker(person=ended), POLICY)) == ["late"]


def test_a_constraint_ending_midway_is_checked_again_with_what_holds_after() -> None:
    """The rules read the first constraint of a kind that holds; when a lenient one ends inside the
    posting, the stricter one behind it decides the remaining days."""
    lenient = Constraint(
        CareRule(Kind.SHIFT_ENDS_BY, Basis.PERSONAL, ends=time(23, 0)), MONDAY, MONDAY + timedelta(days=5)
    )
    strict = Constraint(CareRule(Kind.SHIFT_ENDS_BY, Basis.PERSONAL, ends=time(20, 0)), UNBOUNDED_START, UNBOUNDED_END)
    ranking = rank([posting("late", shifts=(LATE,))], seeker(person=Person(constraints=(lenient, strict))), POLICY)
    assert ranking.excluded["care_rule"] == 1


def test_day_shifts_only_without_templates_is_checked_as_nine_to_five_with_an_hour_break() -> None:
    generic = posting("generic", shifts=(), day_shifts_only=True)
    unknown = posting("unknown", shifts=())
    assert GENERIC_DAY_SHIFT.paid_minutes == 420

    def person(rule: CareRule) -> Seeker:
        return seeker(person=Person(constraints=(Constraint(rule, UNBOUNDED_START, UNBOUNDED_END),)))

    one_hour_less = person(CareRule(Kind.REDUCED_DAY, Basis.ARRANGEMENT, minutes=60))  # 420 allowed
    two_hours_less = person(CareRule(Kind.REDUCED_DAY, Basis.ARRANGEMENT, minutes=120))  # 360 allowed
    school_window = person(CareRule(Kind.DAY_WINDOW, Basis.ARRANGEMENT, starts=time(9, 30), ends=time(16, 30)))
    assert keys(rank([generic], one_hour_less, POLICY)) == ["generic"]
    assert rank([generic], two_hours_less, POLICY).excluded["care_rule"] == 1
    assert rank([generic], school_window, POLICY).excluded["care_rule"] == 1
    # no templates and no promise: nothing to check, and no "early shifts" reason either
    [explained] = rank([unknown], school_window, POLICY).matches
    assert "early_and_middle_shifts" not in explained.reasons
    [explained] = rank([generic], seeker(), POLICY).matches
    assert "early_and_middle_shifts" in explained.reasons


def test_the_women_late_share_and_company_rules_do_not_exclude_a_posting() -> None:
    woman = seeker(person=Person(female=True))
    assert keys(rank([posting("late", shifts=(LATE,))], woman, POLICY)) == ["late"]


def test_busy_dates_exclude_and_a_care_rule_is_counted_first() -> None:
    protected = Person(constraints=(Constraint(NO_NIGHT, UNBOUNDED_START, UNBOUNDED_END),))
    busy = ((MONDAY + timedelta(days=13), MONDAY + timedelta(days=20)),)
    postings = [
        posting("overlaps"),
        posting("after", start=MONDAY + timedelta(days=21), end=MONDAY + timedelta(days=30)),
        posting("both", shifts=(LATE,)),
    ]
    ranking = rank(postings, seeker(person=protected, busy=busy), POLICY)
    assert keys(ranking) == ["after"]
    assert dict(ranking.excluded) == {"care_rule": 1, "dates_overlap": 1}


def test_nearby_postings_come_first_then_the_nearest_then_skills_and_family_friendly_tags() -> None:
    parent = seeker(
        home=PEOPLE_SQUARE, schools=(offset(PEOPLE_SQUARE, 8, 0),), skills=frozenset({"cashier"}), parent=True
    )
    postings = [
        posting("far_full_match", offset(PEOPLE_SQUARE, 0, 20), skills=frozenset({"cashier"})),
        posting("near_home_no_skills", offset(PEOPLE_SQUARE, 0, 2.5), skills=frozenset({"butcher"})),
        posting("near_school", offset(PEOPLE_SQUARE, 8.5, 0), tags=frozenset({"commute_time_flexible"})),
        posting("mid", offset(PEOPLE_SQUARE, -5, 0), shifts=(LATE,)),
    ]
    ranking = rank(postings, parent, POLICY)
    assert keys(ranking) == ["near_school", "near_home_no_skills", "mid", "far_full_match"]
    near_school, near_home, mid, far = ranking.matches
    assert near_school.reasons == (
        "near_school",
        "no_skills_required",
        "flexible_commute_for_parent",
        "early_and_middle_shifts",
    )
    assert near_school.flexible_commute and near_school.within_radius
    assert near_home.skills_missing == ("butcher",) and near_home.skills_matched == ()
    assert mid.within_radius is False and "early_and_middle_shifts" not in mid.reasons
    assert far.reasons == ("skills_full_match", "early_and_middle_shifts")
    # the flexible-commute bonus is for parents only; the tag is still reported
    [alone] = rank([postings[2]], replace(parent, parent=False), POLICY).matches
    assert alone.flexible_commute and "flexible_commute_for_parent" not in alone.reasons
    assert alone.score == near_school.score - 10


def test_without_locations_on_file_postings_rank_by_skills_and_tags_alone() -> None:
    nowhere = seeker(home=None, skills=frozenset({"cashier", "forklift"}))
    postings = [
        posting("b_partial", offset(PEOPLE_SQUARE, 1, 0), skills=frozenset({"cashier", "butcher"})),
        posting("a_full", offset(PEOPLE_SQUARE, 40, 0), skills=frozenset({"cashier", "forklift"})),
        posting("c_partial", offset(PEOPLE_SQUARE, 2, 0), skills=frozenset({"cashier", "butcher"})),
    ]
    ranking = rank(postings, nowhere, POLICY)
    assert keys(ranking) == ["a_full", "b_partial", "c_partial"]  # the tie broken by key
    for match in ranking.matches:
        assert match.home_km is None and match.school_km is None and match.within_radius is None
        assert match.reasons[0] == "no_location_on_file"
    assert ranking.matches[0].reasons == ("no_location_on_file", "skills_full_match", "early_and_middle_shifts")
    assert ranking.matches[1].skills_matched == ("cashier",) and ranking.matches[1].skills_missing == ("butcher",)


@pytest.mark.parametrize("radius", [0.0, -1.0, 50.000001, math.nan, math.inf])
def test_the_radius_is_more_than_zero_and_at_most_fifty_km(radius: float) -> None:
    with pytest.raises(ValueError):
        rank([], seeker(), POLICY, radius_km=radius)
    with pytest.raises(ValueError):
        bounding_box(PEOPLE_SQUARE, radius)


def test_bad_points_and_dates_are_refused_and_fifty_km_is_allowed() -> None:
    assert rank([posting("a")], seeker(), POLICY, radius_km=50).matches[0].within_radius
    for lat, lon in ((90.1, 0.0), (0.0, 180.5), (math.nan, 0.0)):
        with pytest.raises(ValueError):
            Point(lat, lon)
    with pytest.raises(ValueError):
        posting("backwards", start=MONDAY, end=MONDAY - timedelta(days=1))


# --- properties -----------------------------------------------------------------------------------

times = st.integers(0, 47).map(lambda half_hours: time(half_hours // 2, 30 * (half_hours % 2)))


@st.composite
def shifts(draw: st.DrawFn) -> Shift:
    starts = draw(st.integers(0, 47)) * 30
    length = draw(st.integers(8, 24)) * 30  # 4 to 12 hours
    ends = (starts + length) % (24 * 60)
    return Shift(
        f"s{starts}-{length}",
        time(starts // 60, starts % 60),
        time(ends // 60, ends % 60),
        break_minutes=draw(st.sampled_from([0, 30, 60])),
    )


@st.composite
def care_rules(draw: st.DrawFn) -> CareRule:
    kind = draw(
        st.sampled_from(
            [Kind.NO_NIGHT_WORK, Kind.NO_EXTENDED_HOURS, Kind.SHIFT_ENDS_BY, Kind.DAY_WINDOW, Kind.REDUCED_DAY]
        )
    )
    if kind is Kind.NO_NIGHT_WORK:
        return NO_NIGHT
    if kind is Kind.NO_EXTENDED_HOURS:
        return CareRule(kind, Basis.LAW)
    if kind is Kind.SHIFT_ENDS_BY:
        return CareRule(kind, Basis.PERSONAL, ends=draw(times))
    if kind is Kind.DAY_WINDOW:
        first, second = sorted([draw(times), draw(times)])
        return CareRule(kind, Basis.ARRANGEMENT, starts=first, ends=second)
    return CareRule(kind, Basis.ARRANGEMENT, minutes=draw(st.sampled_from([30, 60, 120])))


@st.composite
def constraints(draw: st.DrawFn) -> Constraint:
    rule = draw(care_rules())
    if draw(st.integers(0, 3)) == 0:  # a stated need holds from and until any date
        return Constraint(rule, UNBOUNDED_START, UNBOUNDED_END)
    # mostly bounded, to begin or end inside the postings' dates
    start = MONDAY + timedelta(days=draw(st.integers(-20, 80)))
    end = start + timedelta(days=draw(st.integers(0, 30)))
    return Constraint(rule, start, end)


points_nearby = st.builds(
    lambda north, east: offset(PEOPLE_SQUARE, north, east), st.floats(-15, 15), st.floats(-15, 15)
)
skill_names = st.frozensets(st.sampled_from(["cashier", "butcher", "forklift", "bakery"]), max_size=3)


@st.composite
def postings_lists(draw: st.DrawFn) -> list[PostingFacts]:
    count = draw(st.integers(0, 8))
    found = []
    for number in range(count):
        start = MONDAY + timedelta(days=draw(st.integers(0, 60)))
        found.append(
            PostingFacts(
                key=f"P{number:02d}",
                point=draw(points_nearby),
                start=start,
                end=start + timedelta(days=draw(st.integers(0, 30))),
                shifts=tuple(draw(st.lists(shifts(), max_size=3))),
                day_shifts_only=draw(st.booleans()),
                tags=draw(st.frozensets(st.sampled_from(["commute_time_flexible", "weekend"]))),
                skills=draw(skill_names),
            )
        )
    return found


@st.composite
def seekers(draw: st.DrawFn) -> Seeker:
    busy = []
    for _ in range(draw(st.integers(0, 2))):
        first = MONDAY + timedelta(days=draw(st.integers(0, 90)))
        busy.append((first, first + timedelta(days=draw(st.integers(0, 10)))))
    return Seeker(
        home=draw(st.none() | points_nearby),
        schools=tuple(draw(st.lists(points_nearby, max_size=2))),
        person=Person(female=draw(st.booleans()), constraints=tuple(draw(st.lists(constraints(), max_size=3)))),
        skills=draw(skill_names),
        busy=tuple(busy),
        parent=draw(st.booleans()),
    )


def breaks_care_on_some_day(facts: PostingFacts, person: Person) -> bool:
    """The oracle: every shift on every day of the posting, one by one."""
    checked = facts.shifts or ((GENERIC_DAY_SHIFT,) if facts.day_shifts_only else ())
    day = facts.start
    while day <= facts.end:
        for shift in checked:
            if any(v.rule not in COMPANY_RULES for v in check([Placement("x", day, shift)], {"x": person}, POLICY)):
                return True
        day += timedelta(days=1)
    return False


@FAST
@given(postings=postings_lists(), who=seekers())
def test_a_posting_breaking_a_protection_is_never_matched_and_each_posting_is_counted_once(
    postings: list[PostingFacts], who: Seeker
) -> None:
    ranking = rank(postings, who, POLICY)
    matched = keys(ranking)
    assert len(matched) == len(set(matched))
    assert len(matched) + sum(ranking.excluded.values()) == len(postings)
    breaking = {p.key for p in postings if breaks_care_on_some_day(p, who.person)}
    overlapping = {
        p.key for p in postings if any(p.start <= last and first <= p.end for first, last in who.busy)
    } - breaking
    assert not breaking & set(matched)
    assert ranking.excluded["care_rule"] == len(breaking)
    assert ranking.excluded["dates_overlap"] == len(overlapping)
    assert set(matched) == {p.key for p in postings} - breaking - overlapping


@FAST
@given(postings=postings_lists(), who=seekers(), radius=st.floats(0.5, 50))
def test_the_ranking_is_deterministic_sorted_and_its_distances_are_haversine(
    postings: list[PostingFacts], who: Seeker, radius: float
) -> None:
    ranking = rank(postings, who, POLICY, radius_km=radius)
    assert ranking == rank(list(reversed(postings)), who, POLICY, radius_km=radius)
    order = [(-m.score, str(m.key)) for m in ranking.matches]
    assert order == sorted(order)
    by_key = {p.key: p for p in postings}
    for match in ranking.matches:
        place = by_key[match.key].point
        if who.home is None:
            assert match.home_km is None
        else:
            assert match.home_km is not None
            exact = haversine_m(who.home.lat, who.home.lon, place.lat, place.lon)
            assert abs(match.home_km * 1000 - exact) <= 1.0
        if not who.schools:
            assert match.school_km is None
        else:
            assert match.school_km is not None
            exact = min(haversine_m(s.lat, s.lon, place.lat, place.lon) for s in who.schools)
            assert abs(match.school_km * 1000 - exact) <= 1.0
        if who.home is None and not who.schools:
            assert match.within_radius is None and "no_location_on_file" in match.reasons
        else:
            nearest = min(d for d in (match.home_km, match.school_km) if d is not None)
            if abs(nearest - radius) > 0.001:  # rounding to the metre decides nothing here
                assert match.within_radius is (nearest <= radius)
    # every nearby posting outranks every distant one
    tiers = [m.within_radius for m in ranking.matches if m.within_radius is not None]
    assert tiers == sorted(tiers, reverse=True)


def _km(a: Point, b: Point) -> float:
    return haversine_m(a.lat, a.lon, b.lat, b.lon) / 1000


def position(ranking: Ranking, key: object) -> int:
    return keys(ranking).index(key)


@FAST
@given(
    postings=postings_lists().filter(bool),
    pick=st.integers(0, 7),
    home=points_nearby,
    moved=points_nearby,
    skills=skill_names,
    parent=st.booleans(),
)
def test_moving_home_closer_to_a_posting_never_puts_it_behind_one_that_did_not_come_closer(
    postings: list[PostingFacts], pick: int, home: Point, moved: Point, skills: frozenset[str], parent: bool
) -> None:
    target = postings[pick % len(postings)]
    assume(_km(moved, target.point) <= _km(home, target.point))
    before = rank(postings, seeker(home=home, skills=skills, parent=parent), POLICY)
    after = rank(postings, seeker(home=moved, skills=skills, parent=parent), POLICY)
    for other in postings:
        if other is target or _km(moved, other.point) < _km(home, other.point):
            continue  # that one came closer too; nothing is promised between the two
        if position(before, target.key) < position(before, other.key):
            assert position(after, target.key) < position(after, other.key)


@FAST
@given(
    postings=postings_lists().filter(bool),
    pick=st.integers(0, 7),
    towards=st.floats(0, 1),
    data=st.data(),
)
def test_moving_home_closer_to_a_posting_never_lowers_its_rank_position(
    postings: list[PostingFacts], pick: int, towards: float, data: st.DataObject
) -> None:
    """Other things equal: stores on one meridian, the chosen one north of home and the others south,
    so walking north towards it takes the seeker away from every other."""
    home = PEOPLE_SQUARE
    target_at = Point(home.lat + data.draw(st.floats(0.0, 0.2)), home.lon)
    placed = [
        replace(
            p,
            point=target_at if n == pick % len(postings) else Point(home.lat - data.draw(st.floats(0, 0.2)), home.lon),
        )
        for n, p in enumerate(postings)
    ]
    target = placed[pick % len(placed)]
    moved = Point(home.lat + towards * (target_at.lat - home.lat), home.lon)
    before = rank(placed, seeker(home=home), POLICY)
    after = rank(placed, seeker(home=moved), POLICY)
    assert position(after, target.key) <= position(before, target.key)


def destination(start: Point, bearing_deg: float, distance_m: float) -> Point:
    """The point `distance_m` from `start` along the great circle with the bearing (spherical Earth)."""
    angle = distance_m / EARTH_RADIUS_M
    phi1, lambda1, theta = math.radians(start.lat), math.radians(start.lon), math.radians(bearing_deg)
    sin_phi2 = math.sin(phi1) * math.cos(angle) + math.cos(phi1) * math.sin(angle) * math.cos(theta)
    phi2 = math.asin(max(-1.0, min(1.0, sin_phi2)))
    lambda2 = lambda1 + math.atan2(
        math.sin(theta) * math.sin(angle) * math.cos(phi1), math.cos(angle) - math.sin(phi1) * math.sin(phi2)
    )
    lon = (math.degrees(lambda2) + 540.0) % 360.0 - 180.0
    return Point(max(-90.0, min(90.0, math.degrees(phi2))), max(-180.0, min(180.0, lon)))


latitudes = st.floats(-90, 90) | st.floats(89.0, 90) | st.floats(-90, -89.0)
longitudes = st.floats(-180, 180) | st.floats(179.0, 180) | st.floats(-180, -179.0)


@settings(max_examples=100, deadline=None)
@given(
    lat=latitudes,
    lon=longitudes,
    radius=st.floats(0.001, 50),
    bearing=st.floats(0, 360),
    fraction=st.floats(0, 1) | st.just(1.0),
)
def test_every_point_within_the_radius_lies_inside_the_bounding_box(
    lat: float, lon: float, radius: float, bearing: float, fraction: float
) -> None:
    centre = Point(lat, lon)
    there = destination(centre, bearing, fraction * radius * 1000)
    assume(haversine_m(lat, lon, there.lat, there.lon) <= radius * 1000)
    min_lat, max_lat, min_lon, max_lon = bounding_box(centre, radius)
    assert -90 <= min_lat <= there.lat <= max_lat <= 90
    assert -180 <= min_lon <= there.lon <= max_lon <= 180


def test_the_box_is_tight_in_town_and_widened_at_the_poles_and_the_antimeridian() -> None:
    min_lat, max_lat, min_lon, max_lon = bounding_box(PEOPLE_SQUARE, 3)
    assert max_lat - min_lat == pytest.approx(2 * 3000 / EARTH_RADIUS_M * 180 / math.pi, rel=1e-4)
    assert max_lon - min_lon == pytest.approx((max_lat - min_lat) / math.cos(math.radians(31.2304)), rel=1e-3)
    assert bounding_box(Point(89.99, 10), 5)[2:] == (-180.0, 180.0)
    assert bounding_box(Point(89.99, 10), 5)[1] == 90.0
    assert bounding_box(Point(-17.8, 179.99), 5)[2:] == (-180.0, 180.0)
    assert bounding_box(Point(-17.8, -179.99), 5)[2:] == (-180.0, 180.0)
