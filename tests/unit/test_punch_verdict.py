"""The verdict on a punch (domain/attendance/verdict.py), decided from facts alone: the same facts
and request give the same verdict whichever recorder read them."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.attendance.rules import MAX_BUFFER_M, Method
from domain.attendance.schemas import PunchCreate
from domain.attendance.verdict import PunchDecision, PunchFacts, PunchRefused, decide, timing
from domain.org.models import OrgUnitKind
from domain.people.models import EmployeeStatus
from domain.shared.errors import InvalidInput
from domain.shared.geo import haversine_m

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
STORE = uuid.UUID("11111111-1111-1111-1111-111111111111")
PERSON = uuid.UUID("22222222-2222-2222-2222-222222222222")
PUNCH = uuid.UUID("33333333-3333-3333-3333-333333333333")
EARLIER = uuid.UUID("44444444-4444-4444-4444-444444444444")
S1 = (31.2304, 121.4737)


def place(**change: Any) -> SimpleNamespace:
    values: dict[str, Any] = {
        "id": STORE,
        "name": "People's Square store",
        "kind": OrgUnitKind.STORE,
        "latitude": S1[0],
        "longitude": S1[1],
        "geofence_radius_m": 150,
        "timezone": "Asia/Shanghai",
        "bssid_known": False,
        "employee_status": EmployeeStatus.ACTIVE,
        "previous_id": None,
        "previous_kind": None,
        "previous_at": None,
        "previous_lat": None,
        "previous_lon": None,
        "previous_flags": None,
        "seen_sequence": 4,
        **change,
    }
    return SimpleNamespace(**values)


def verdict_on(
    facts_place: SimpleNamespace, *, assigned: bool = True, qr_window: int | None = None, **body: Any
) -> PunchDecision:
    data = PunchCreate.model_validate(
        {
            "kind": "in",
            "store_id": str(STORE),
            "lat": S1[0],
            "lon": S1[1],
            "accuracy_m": 10.0,
            "client_time": NOW.isoformat(),
            "device_id": "phone-1",
            **body,
        }
    )
    facts = PunchFacts(place=facts_place, day=date(2026, 3, 2), assigned=assigned, bssid=None, qr_window=qr_window)
    return decide(
        facts,
        data=data,
        max_accuracy_m=100.0,
        employee_id=PERSON,
        request_id="req-1",
        received_at=NOW,
        timing=timing(NOW, data),
        punch_id=PUNCH,
    )


def test_a_punch_at_the_door_is_accepted_as_the_persons_next_punch() -> None:
    decision = verdict_on(place())
    assert decision.punch.method == Method.GPS and decision.punch.flags == []
    assert decision.row["sequence"] == 5 and decision.row["id"] == PUNCH and decision.row["request_id"] == "req-1"
    assert decision.missing_out is None and decision.events == []


def test_refusals_come_in_order_place_then_person_then_fence() -> None:
    with pytest.raises(InvalidInput):
        verdict_on(place(kind=OrgUnitKind.DEPARTMENT, latitude=None), assigned=False, lat=0.0)
    with pytest.raises(PunchRefused) as not_assigned:
        verdict_on(place(), assigned=False, lat=0.0)
    assert not_assigned.value.slug == "clock_in.not_assigned"
    with pytest.raises(PunchRefused) as left:
        verdict_on(place(employee_status=EmployeeStatus.LEFT))
    assert left.value.slug == "clock_in.not_assigned"


def test_a_second_in_closes_the_first_as_missing_its_out_and_says_so_once() -> None:
    earlier = NOW - timedelta(hours=3)
    open_in = place(
        previous_id=EARLIER,
        previous_kind="in",
        previous_at=earlier,
        previous_lat=S1[0],
        previous_lon=S1[1],
        previous_flags=[],
    )
    decision = verdict_on(open_in)
    assert decision.missing_out == (EARLIER, ["missing_out"])
    assert [event["clock_in_id"] for event in decision.events] == [str(EARLIER)]
    already_closed = place(**{**vars(open_in), "previous_flags": ["missing_out"]})
    assert verdict_on(already_closed).missing_out is None


def test_an_unused_qr_window_proves_presence_indoors_where_the_fix_is_coarse() -> None:
    with pytest.raises(PunchRefused) as coarse:
        verdict_on(place(), accuracy_m=400.0)
    assert coarse.value.slug == "geofence.low_accuracy"
    decision = verdict_on(place(), accuracy_m=400.0, qr_window=123)
    assert decision.punch.method == Method.QR and decision.row["qr_window"] == 123


@given(north_m=st.floats(min_value=0, max_value=5_000), accuracy=st.floats(min_value=0, max_value=100))
def test_a_fix_is_refused_exactly_when_it_is_further_than_the_radius_and_its_buffer(
    north_m: float, accuracy: float
) -> None:
    lat = S1[0] + north_m / 111_194.93
    distance = haversine_m(S1[0], S1[1], lat, S1[1])
    if distance <= 150 + min(accuracy, MAX_BUFFER_M):
        decision = verdict_on(place(), lat=lat, accuracy_m=accuracy)
        assert decision.punch.method == Method.GPS and decision.row["distance_m"] == distance
    else:
        with pytest.raises(PunchRefused, match=r"punches count within 150 m"):
            verdict_on(place(), lat=lat, accuracy_m=accuracy)
