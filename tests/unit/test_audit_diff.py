import enum
import uuid
from datetime import UTC, date, datetime

from domain.org.models import OrgUnitKind
from domain.shared.audit import changed_fields


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


def test_only_differing_fields_appear():
    before = {"name": "Old", "code": "S1", "radius": 100}
    after = {"name": "New", "code": "S1", "radius": 100}
    assert changed_fields(before, after) == {"name": {"before": "Old", "after": "New"}}


def test_identical_snapshots_have_no_changes():
    snapshot = {"id": uuid.uuid4(), "at": datetime(2026, 3, 2, tzinfo=UTC), "kind": OrgUnitKind.STORE}
    assert changed_fields(snapshot, dict(snapshot)) == {}


def test_values_become_json_safe():
    unit_a, unit_b = uuid.uuid4(), uuid.uuid4()
    before = {
        "parent_id": unit_a,
        "kind": OrgUnitKind.REGION,
        "starts_on": date(2026, 3, 1),
        "updated_at": datetime(2026, 3, 2, 1, 0, tzinfo=UTC),
        "colour": Colour.RED,
    }
    after = {
        "parent_id": unit_b,
        "kind": OrgUnitKind.STORE,
        "starts_on": date(2026, 3, 2),
        "updated_at": datetime(2026, 3, 2, 2, 30, tzinfo=UTC),
        "colour": Colour.BLUE,
    }
    assert changed_fields(before, after) == {
        "colour": {"before": "red", "after": "blue"},
        "kind": {"before": "region", "after": "store"},
        "parent_id": {"before": str(unit_a), "after": str(unit_b)},
        "starts_on": {"before": "2026-03-01", "after": "2026-03-02"},
        "updated_at": {"before": "2026-03-02T01:00:00+00:00", "after": "2026-03-02T02:30:00+00:00"},
    }


def test_enum_and_its_value_are_not_a_change():
    assert changed_fields({"kind": OrgUnitKind.STORE}, {"kind": "store"}) == {}


def test_uuid_and_its_string_are_not_a_change():
    unit = uuid.uuid4()
    assert changed_fields({"id": unit}, {"id": str(unit)}) == {}


def test_creation_diff_from_empty():
    unit = uuid.uuid4()
    diff = changed_fields({}, {"id": unit, "name": "Store 1", "address": None})
    assert diff == {
        "id": {"before": None, "after": str(unit)},
        "name": {"before": None, "after": "Store 1"},
    }


def test_deletion_diff_to_empty():
    diff = changed_fields({"name": "Store 1", "kind": OrgUnitKind.STORE}, {})
    assert diff == {
        "kind": {"before": "store", "after": None},
        "name": {"before": "Store 1", "after": None},
    }


def test_fields_present_on_one_side_only():
    diff = changed_fields({"a": 1}, {"b": 2})
    assert diff == {"a": {"before": 1, "after": None}, "b": {"before": None, "after": 2}}


def test_result_is_sorted_by_field_name():
    diff = changed_fields({}, {"zeta": 1, "alpha": 2, "mu": 3})
    assert list(diff) == ["alpha", "mu", "zeta"]
