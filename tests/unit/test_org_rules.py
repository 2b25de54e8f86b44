import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.org.models import OrgUnitKind
from domain.org.rules import (
    ancestry,
    child_path,
    is_known_timezone,
    is_within,
    location_problem,
    move_problem,
    parent_problem,
)

K = OrgUnitKind

ALLOWED = {
    (K.DEPARTMENT, K.HEADQUARTERS),
    (K.DEPARTMENT, K.DEPARTMENT),
    (K.REGION, K.HEADQUARTERS),
    (K.REGION, K.REGION),
    (K.STORE, K.HEADQUARTERS),
    (K.STORE, K.REGION),
    (K.PROJECT, K.HEADQUARTERS),
    (K.PROJECT, K.DEPARTMENT),
    (K.PROJECT, K.REGION),
}
ALL_PAIRS = [(kind, parent) for kind in K for parent in K]


@pytest.mark.parametrize(("kind", "parent"), sorted(ALLOWED))
def test_allowed_parent_has_no_problem(kind, parent):
    assert parent_problem(kind, parent) is None


@pytest.mark.parametrize(("kind", "parent"), sorted(set(ALL_PAIRS) - ALLOWED))
def test_disallowed_parent_is_refused_with_reason(kind, parent):
    problem = parent_problem(kind, parent)
    assert problem is not None
    text = str(problem)
    assert kind.value in text
    assert parent.value in text


def test_refusal_lists_the_allowed_parents():
    problem = parent_problem(K.STORE, K.DEPARTMENT)
    assert problem is not None
    text = str(problem)
    assert "allowed: headquarters, region." in text


def test_headquarters_cannot_sit_under_anything():
    problem = parent_problem(K.HEADQUARTERS, K.REGION)
    assert problem is not None
    text = str(problem)
    assert "no parent" in text


def test_only_headquarters_may_be_a_root():
    assert parent_problem(K.HEADQUARTERS, None) is None
    for kind in K:
        if kind is not K.HEADQUARTERS:
            problem = parent_problem(kind, None)
            assert problem is not None
            assert "needs a parent" in str(problem)


def test_child_path_of_root_and_nested():
    root_id, child_id = uuid.uuid4(), uuid.uuid4()
    root = child_path(None, root_id)
    assert root == f"/{root_id.hex}/"
    assert child_path(root, child_id) == f"/{root_id.hex}/{child_id.hex}/"


def test_siblings_with_shared_hex_prefix_are_not_within_each_other():
    a = uuid.UUID("12345678123456781234567812345678")
    b = uuid.UUID("12345678123456781234567812345679")
    root = child_path(None, uuid.uuid4())
    assert not is_within(child_path(root, a), child_path(root, b))
    assert not is_within(child_path(root, b), child_path(root, a))


uuid_chains = st.lists(st.uuids(), min_size=1, max_size=8, unique=True)


def build_paths(ids: list[uuid.UUID]) -> list[str]:
    paths: list[str] = []
    parent: str | None = None
    for unit_id in ids:
        parent = child_path(parent, unit_id)
        paths.append(parent)
    return paths


@given(uuid_chains)
def test_a_units_ancestry_is_the_chain_above_it_and_itself(ids):
    paths = build_paths(ids)
    for i, path in enumerate(paths):
        assert ancestry(path) == paths[: i + 1]


@given(uuid_chains)
def test_every_descendant_is_within_each_of_its_ancestors(ids):
    paths = build_paths(ids)
    for i, ancestor in enumerate(paths):
        for descendant in paths[i:]:
            assert is_within(descendant, ancestor)
        for higher in paths[:i]:
            assert not is_within(higher, ancestor)


@given(uuid_chains)
def test_path_depth_matches_chain_length(ids):
    paths = build_paths(ids)
    for depth, path in enumerate(paths, start=1):
        assert path.startswith("/")
        assert path.endswith("/")
        assert path.strip("/").split("/") == [u.hex for u in ids[:depth]]


@given(uuid_chains)
def test_a_unit_cannot_move_under_itself_or_any_descendant(ids):
    paths = build_paths(ids)
    for i, unit in enumerate(paths):
        for target in paths[i:]:
            assert move_problem(unit, target) is not None


@given(uuid_chains)
def test_a_unit_may_move_under_any_of_its_ancestors(ids):
    paths = build_paths(ids)
    for i, unit in enumerate(paths):
        for target in paths[:i]:
            assert move_problem(unit, target) is None


@given(st.lists(st.uuids(), min_size=2, max_size=12, unique=True), st.data())
def test_a_unit_may_move_into_an_unrelated_branch(ids, data):
    split = data.draw(st.integers(min_value=1, max_value=len(ids) - 1))
    root = child_path(None, uuid.uuid4())
    branch_a = [child_path(root, ids[0])]
    for unit_id in ids[1:split]:
        branch_a.append(child_path(branch_a[-1], unit_id))
    branch_b = [child_path(root, ids[split])]
    for unit_id in ids[split + 1 :]:
        branch_b.append(child_path(branch_b[-1], unit_id))
    for unit in branch_a:
        for target in branch_b:
            assert move_problem(unit, target) is None
            assert move_problem(target, unit) is None


def test_moving_to_the_root_is_allowed():
    assert move_problem(child_path(None, uuid.uuid4()), None) is None


@pytest.mark.parametrize("kind", [K.STORE, K.PROJECT])
def test_located_kinds_with_full_location_pass(kind):
    assert location_problem(kind, 31.23, 121.47, 200) is None


@pytest.mark.parametrize("kind", [K.STORE, K.PROJECT])
@pytest.mark.parametrize(
    ("lat", "lon", "radius", "field"),
    [
        (None, 121.47, 200, "latitude"),
        (31.23, None, 200, "longitude"),
        (31.23, 121.47, None, "geofence_radius_m"),
        (None, None, None, "latitude"),
    ],
)
def test_located_kinds_name_the_missing_field(kind, lat, lon, radius, field):
    problem = location_problem(kind, lat, lon, radius)
    assert problem is not None
    assert problem[0] == field
    assert field in str(problem[1])


def test_zero_coordinates_count_as_present():
    assert location_problem(K.STORE, 0.0, 0.0, 50) is None


@pytest.mark.parametrize("kind", [K.HEADQUARTERS, K.DEPARTMENT, K.REGION])
def test_unlocated_kinds_need_no_location(kind):
    assert location_problem(kind, None, None, None) is None


@pytest.mark.parametrize("name", ["UTC", "Asia/Shanghai", "Europe/Berlin", "America/New_York"])
def test_known_timezones(name):
    assert is_known_timezone(name)


@pytest.mark.parametrize("name", ["", "Mars/Olympus_Mons", "asia/shanghai", "Asia/Shanghai ", "+08:00"])
def test_unknown_timezones(name):
    assert not is_known_timezone(name)
