"""The stories context's pure rules: who an audience reaches, tags, holding reported posts,
consent, and the text checks."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from domain.stories.rules import (
    REPORTS_TO_HOLD,
    AudienceKind,
    Standing,
    Target,
    has_control_characters,
    in_audience,
    missing_consent,
    needs_review,
    normalise_tags,
    reaches,
)

HQ = "/hq/"
OPS = "/hq/ops/"
EAST = "/hq/east/"
S1 = "/hq/east/s1/"
S3 = "/hq/west/s3/"

ops_staff = Standing(OPS, home_frontline=False)
seconded = Standing(OPS, home_frontline=False, assignment_paths=(S1,))
store_staff = Standing(S1, home_frontline=True)
west_staff = Standing(S3, home_frontline=True)


def test_each_kind_reaches_its_people() -> None:
    department, region = Target(AudienceKind.DEPARTMENT, OPS), Target(AudienceKind.REGION, EAST)
    head_office = Target(AudienceKind.HEAD_OFFICE)
    assert [reaches(department, s) for s in (ops_staff, seconded, store_staff, west_staff)] == [
        True,
        True,
        False,
        False,
    ]
    # a region reaches people by home or by an assignment in force; a department by home alone
    assert [reaches(region, s) for s in (ops_staff, seconded, store_staff, west_staff)] == [False, True, True, False]
    assert [reaches(head_office, s) for s in (ops_staff, seconded, store_staff, west_staff)] == [
        True,
        True,
        False,
        False,
    ]
    assert all(reaches(Target(AudienceKind.EVERYONE), s) for s in (ops_staff, store_staff, west_staff))
    # a sibling whose path shares a prefix of characters but not of units is not inside
    assert not reaches(Target(AudienceKind.DEPARTMENT, "/hq/op/"), ops_staff)


paths = st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=4).map(
    lambda parts: "/" + "/".join(parts) + "/"
)
targets = st.builds(Target, st.sampled_from(list(AudienceKind)), paths).map(
    lambda t: t if t.kind in (AudienceKind.DEPARTMENT, AudienceKind.REGION) else Target(t.kind)
)
standings = st.builds(Standing, paths, st.booleans(), st.lists(paths, max_size=3).map(tuple))


@given(st.lists(targets, max_size=5), st.lists(targets, max_size=5), standings)
def test_a_list_of_audiences_is_their_union(first: list[Target], second: list[Target], standing: Standing) -> None:
    assert in_audience(first + second, standing) == (in_audience(first, standing) or in_audience(second, standing))
    assert not in_audience([], standing)


@given(targets, standings, paths)
def test_a_region_reaches_whoever_a_department_there_reaches(target: Target, standing: Standing, path: str) -> None:
    if reaches(Target(AudienceKind.DEPARTMENT, path), standing):
        assert reaches(Target(AudienceKind.REGION, path), standing)


@given(st.lists(st.text(max_size=20), max_size=10))
def test_tags_are_kept_trimmed_lower_cased_and_once(tags: list[str]) -> None:
    kept = normalise_tags(tags)
    assert len(kept) == len(set(kept))
    assert all(tag and tag == tag.strip() and tag == tag.lower() for tag in kept)
    assert normalise_tags(kept) == kept


def test_tags_examples() -> None:
    assert normalise_tags(["Family", " family ", "", "家庭", "School  Run"]) == ["family", "家庭", "school run"]


@given(st.integers(0, 100), st.integers(0, 100))
def test_reports_since_the_last_review_hold_a_post(count: int, reviewed: int) -> None:
    assert needs_review(count, reviewed) == (count - reviewed >= REPORTS_TO_HOLD)


def test_publication_needs_everyone_featured_to_have_given_consent() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    assert missing_consent({}) == []
    assert missing_consent({a: "given", b: "pending", c: "refused"}) == sorted([b, c], key=str)


def test_control_characters() -> None:
    assert not has_control_characters("<script>alert(1)</script>\n\tok", multiline=True)
    assert has_control_characters("line\nbreak", multiline=False)
    for bad in ("\x00", "\x07", "\r", "\x1b[31m", "\x85"):
        assert has_control_characters(f"a{bad}b", multiline=True)
