import uuid
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.people.assignments import covering, unit_on
from domain.people.models import Assignment, AssignmentKind
from domain.transfers.models import TransferKind
from domain.transfers.rules import period_end

HOME = uuid.UUID(int=100)
STORE = uuid.UUID(int=200)
PROJECT = uuid.UUID(int=300)
CREATED = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _assignment(
    unit_id: uuid.UUID,
    valid_from: date,
    valid_to: date | None,
    *,
    kind: AssignmentKind = AssignmentKind.SECONDMENT,
    cancelled_at: datetime | None = None,
    created_at: datetime = CREATED,
) -> Assignment:
    return Assignment(
        id=uuid.uuid4(),
        employee_id=uuid.UUID(int=1),
        unit_id=unit_id,
        kind=kind,
        valid_from=valid_from,
        valid_to=valid_to,
        cancelled_at=cancelled_at,
        created_at=created_at,
        updated_at=created_at,
    )


SECONDMENT = _assignment(STORE, date(2026, 3, 2), date(2026, 6, 1))


def test_without_assignments_a_person_is_at_home():
    assert covering([], date(2026, 3, 2)) is None
    assert unit_on(HOME, [], date(2026, 3, 2)) == HOME


def test_a_day_inside_the_assignment_is_spent_at_its_unit():
    assert covering([SECONDMENT], date(2026, 4, 15)) is SECONDMENT
    assert unit_on(HOME, [SECONDMENT], date(2026, 4, 15)) == STORE


def test_the_first_day_counts_and_the_day_before_is_home():
    assert unit_on(HOME, [SECONDMENT], date(2026, 3, 2)) == STORE
    assert unit_on(HOME, [SECONDMENT], date(2026, 3, 1)) == HOME


def test_valid_to_is_exclusive_so_that_day_is_back_home():
    assert unit_on(HOME, [SECONDMENT], date(2026, 5, 31)) == STORE
    assert unit_on(HOME, [SECONDMENT], date(2026, 6, 1)) == HOME
    assert covering([SECONDMENT], date(2026, 6, 1)) is None


def test_a_secondment_to_31_may_keeps_the_person_there_on_31_may():
    # The request says "to 31 May" (inclusive); the assignment it creates ends on the exclusive day after.
    row = _assignment(STORE, date(2026, 3, 2), period_end(TransferKind.SECONDMENT, date(2026, 5, 31)))
    assert unit_on(HOME, [row], date(2026, 5, 31)) == STORE
    assert unit_on(HOME, [row], date(2026, 6, 1)) == HOME


def test_a_cancelled_assignment_is_ignored():
    cancelled = _assignment(STORE, date(2026, 3, 2), date(2026, 6, 1), cancelled_at=CREATED + timedelta(days=3))
    assert covering([cancelled], date(2026, 4, 1)) is None
    assert unit_on(HOME, [cancelled], date(2026, 4, 1)) == HOME


def test_a_cancelled_newer_assignment_does_not_hide_the_live_one():
    live = _assignment(STORE, date(2026, 3, 2), None, kind=AssignmentKind.PERMANENT)
    cancelled = _assignment(
        PROJECT,
        date(2026, 4, 1),
        date(2026, 5, 1),
        cancelled_at=CREATED + timedelta(days=1),
        created_at=CREATED + timedelta(hours=1),
    )
    assert unit_on(HOME, [live, cancelled], date(2026, 4, 15)) == STORE


def test_an_open_ended_assignment_holds_indefinitely():
    permanent = _assignment(STORE, date(2026, 3, 2), None, kind=AssignmentKind.PERMANENT)
    assert unit_on(HOME, [permanent], date(2040, 12, 31)) == STORE
    assert unit_on(HOME, [permanent], date(2026, 3, 1)) == HOME


def test_a_secondment_inside_a_permanent_transfer_wins_while_it_lasts():
    permanent = _assignment(STORE, date(2026, 3, 2), None, kind=AssignmentKind.PERMANENT)
    secondment = _assignment(PROJECT, date(2026, 5, 1), date(2026, 6, 1), created_at=CREATED + timedelta(days=30))
    rows = [permanent, secondment]
    assert unit_on(HOME, rows, date(2026, 3, 1)) == HOME
    assert unit_on(HOME, rows, date(2026, 4, 30)) == STORE
    assert unit_on(HOME, rows, date(2026, 5, 1)) == PROJECT
    assert unit_on(HOME, rows, date(2026, 5, 31)) == PROJECT
    assert unit_on(HOME, rows, date(2026, 6, 1)) == STORE
    assert unit_on(HOME, rows, date(2027, 1, 1)) == STORE
    # The order rows arrive in does not matter.
    assert unit_on(HOME, list(reversed(rows)), date(2026, 5, 15)) == PROJECT


def test_a_secondment_booked_before_the_permanent_transfer_still_wins_inside_it():
    secondment = _assignment(PROJECT, date(2026, 5, 1), date(2026, 6, 1))
    permanent = _assignment(
        STORE, date(2026, 3, 2), None, kind=AssignmentKind.PERMANENT, created_at=CREATED + timedelta(days=10)
    )
    rows = [secondment, permanent]
    assert unit_on(HOME, rows, date(2026, 4, 1)) == STORE
    assert unit_on(HOME, rows, date(2026, 5, 15)) == PROJECT
    assert unit_on(HOME, rows, date(2026, 6, 1)) == STORE


def test_of_two_rows_starting_the_same_day_the_newer_one_wins():
    older = _assignment(STORE, date(2026, 3, 2), date(2026, 6, 1))
    newer = _assignment(PROJECT, date(2026, 3, 2), date(2026, 6, 1), created_at=CREATED + timedelta(minutes=5))
    assert covering([older, newer], date(2026, 4, 1)) is newer
    assert covering([newer, older], date(2026, 4, 1)) is newer


def test_an_early_return_brings_the_person_home_from_the_new_end():
    row = _assignment(STORE, date(2026, 3, 2), date(2026, 6, 1))
    row.valid_to = date(2026, 4, 1)
    assert unit_on(HOME, [row], date(2026, 3, 31)) == STORE
    assert unit_on(HOME, [row], date(2026, 4, 1)) == HOME


# --- properties ---------------------------------------------------------------------------------------

BASE = date(2026, 1, 1)
UNITS = [uuid.UUID(int=n) for n in range(1, 5)]  # never HOME


@st.composite
def assignment_lists(draw: st.DrawFn) -> list[Assignment]:
    count = draw(st.integers(min_value=0, max_value=6))
    # Distinct creation times, as rows written one after another have.
    minutes = draw(st.lists(st.integers(0, 10_000), min_size=count, max_size=count, unique=True))
    rows = []
    for minute in minutes:
        valid_from = BASE + timedelta(days=draw(st.integers(0, 60)))
        length = draw(st.none() | st.integers(1, 40))
        rows.append(
            _assignment(
                draw(st.sampled_from(UNITS)),
                valid_from,
                None if length is None else valid_from + timedelta(days=length),
                kind=AssignmentKind.PERMANENT if length is None else AssignmentKind.SECONDMENT,
                cancelled_at=draw(st.none() | st.just(CREATED + timedelta(days=1))),
                created_at=CREATED + timedelta(minutes=minute),
            )
        )
    return rows


def _live_and_covering(row: Assignment, day: date) -> bool:
    return row.cancelled_at is None and row.valid_from <= day and (row.valid_to is None or day < row.valid_to)


@settings(max_examples=100, deadline=None)
@given(rows=assignment_lists(), offset=st.integers(-5, 110))
def test_the_unit_is_home_or_that_of_a_live_assignment_covering_the_day(rows, offset):
    day = BASE + timedelta(days=offset)
    unit = unit_on(HOME, rows, day)
    candidates = [row for row in rows if _live_and_covering(row, day)]
    if candidates:
        assert unit in {row.unit_id for row in candidates}
    else:
        assert unit == HOME


@settings(max_examples=60, deadline=None)
@given(rows=assignment_lists(), offset=st.integers(-5, 110), seed=st.randoms(use_true_random=False))
def test_the_answer_does_not_depend_on_row_order(rows, offset, seed):
    day = BASE + timedelta(days=offset)
    shuffled = list(rows)
    seed.shuffle(shuffled)
    assert covering(shuffled, day) is covering(rows, day)
