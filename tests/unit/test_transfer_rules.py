import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.org.rules import child_path
from domain.shared.actor import Role
from domain.shared.i18n import _
from domain.transfers.models import Approver, TransferKind, TransferStatus
from domain.transfers.rules import (
    APPROVER_ROLE,
    DEFAULT_CHAIN,
    DeciderCandidate,
    Decision,
    Parties,
    Position,
    TransitionRefused,
    cancel,
    decide,
    eligible_deciders,
    may_decide,
    overlaps,
    period_end,
    period_problem,
    resubmit,
    step_deciders,
    steps_without_decider,
    withdraw,
)

S = TransferStatus
TODAY = date(2026, 3, 2)
TERMINAL = [S.APPROVED, S.REJECTED, S.WITHDRAWN, S.CANCELLED]
OPEN = [S.IN_REVIEW, S.RETURNED]


def _terminal_position(status: TransferStatus) -> Position:
    return Position(status, None)


# --- the default chain and who decides each approver ------------------------------------------


def test_default_chain_is_department_then_hr_then_leader():
    assert [step["approver"] for step in DEFAULT_CHAIN] == [
        Approver.HOME_DEPARTMENT.value,
        Approver.HR.value,
        Approver.LEADER_OVER_DESTINATION.value,
    ]
    assert [step["name"] for step in DEFAULT_CHAIN] == ["Department review", "HR approval", "Leader sign-off"]


def test_every_approver_has_a_deciding_role():
    assert APPROVER_ROLE == {
        Approver.HOME_DEPARTMENT: Role.DEPT_HEAD,
        Approver.HR: Role.HR,
        Approver.LEADER_OVER_DESTINATION: Role.LEADER,
        Approver.DESTINATION_MANAGER: Role.STORE_MANAGER,
    }
    for step in DEFAULT_CHAIN:
        assert Approver(step["approver"]) in APPROVER_ROLE


# --- decide -------------------------------------------------------------------------------------


def test_approving_a_middle_step_moves_to_the_next_step():
    assert decide(Position(S.IN_REVIEW, 0), Decision.APPROVE, 3) == Position(S.IN_REVIEW, 1)
    assert decide(Position(S.IN_REVIEW, 1), Decision.APPROVE, 3) == Position(S.IN_REVIEW, 2)


def test_approving_the_last_step_approves_the_request():
    assert decide(Position(S.IN_REVIEW, 2), Decision.APPROVE, 3) == Position(S.APPROVED, None)


def test_a_single_step_chain_is_approved_by_one_approval():
    assert decide(Position(S.IN_REVIEW, 0), Decision.APPROVE, 1) == Position(S.APPROVED, None)


@pytest.mark.parametrize("step", [0, 1, 2])
def test_rejecting_at_any_step_ends_the_request(step):
    assert decide(Position(S.IN_REVIEW, step), Decision.REJECT, 3) == Position(S.REJECTED, None)


@pytest.mark.parametrize("step", [0, 1, 2])
def test_returning_keeps_the_step_and_resubmitting_comes_back_to_it(step):
    returned = decide(Position(S.IN_REVIEW, step), Decision.RETURN, 3)
    assert returned == Position(S.RETURNED, step)
    assert resubmit(returned) == Position(S.IN_REVIEW, step)


@pytest.mark.parametrize("decision", list(Decision))
def test_a_returned_request_waits_for_the_requester_not_a_decider(decision):
    with pytest.raises(TransitionRefused, match="returned"):
        decide(Position(S.RETURNED, 1), decision, 3)


@pytest.mark.parametrize("status", TERMINAL)
@pytest.mark.parametrize("decision", list(Decision))
def test_a_finished_request_takes_no_decision(status, decision):
    with pytest.raises(TransitionRefused, match=status.value):
        decide(_terminal_position(status), decision, 3)


@pytest.mark.parametrize("status", TERMINAL)
def test_a_finished_request_cannot_be_resubmitted_or_withdrawn(status):
    position = _terminal_position(status)
    with pytest.raises(TransitionRefused):
        resubmit(position)
    with pytest.raises(TransitionRefused, match="can no longer be withdrawn"):
        withdraw(position)


def test_a_request_still_in_review_cannot_be_resubmitted():
    with pytest.raises(TransitionRefused, match="returned for changes"):
        resubmit(Position(S.IN_REVIEW, 0))


# --- withdraw and cancel --------------------------------------------------------------------------


@pytest.mark.parametrize("status", OPEN)
def test_a_request_in_flight_can_be_withdrawn(status):
    assert withdraw(Position(status, 1)) == Position(S.WITHDRAWN, None)


def test_an_approved_transfer_starting_tomorrow_can_be_cancelled():
    cancelled = cancel(Position(S.APPROVED, None), start_date=TODAY + timedelta(days=1), today=TODAY)
    assert cancelled == Position(S.CANCELLED, None)


@pytest.mark.parametrize("start", [TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=60)])
def test_a_transfer_that_has_started_cannot_be_cancelled(start):
    with pytest.raises(TransitionRefused, match="already started"):
        cancel(Position(S.APPROVED, None), start_date=start, today=TODAY)


@pytest.mark.parametrize(
    "position",
    [
        Position(S.IN_REVIEW, 0),
        Position(S.RETURNED, 0),
        Position(S.REJECTED, None),
        Position(S.WITHDRAWN, None),
        Position(S.CANCELLED, None),
    ],
)
def test_only_an_approved_transfer_can_be_cancelled(position):
    with pytest.raises(TransitionRefused, match="Only an approved transfer"):
        cancel(position, start_date=TODAY + timedelta(days=10), today=TODAY)


# --- the state machine under random sequences -----------------------------------------------------

ACTIONS = ["approve", "reject", "return", "resubmit", "withdraw", "cancel"]
ALLOWED_FROM: dict[str, set[TransferStatus]] = {
    "approve": {S.IN_REVIEW},
    "reject": {S.IN_REVIEW},
    "return": {S.IN_REVIEW},
    "resubmit": {S.RETURNED},
    "withdraw": {S.IN_REVIEW, S.RETURNED},
    "cancel": {S.APPROVED},
}


def _apply(action: str, position: Position, step_count: int) -> Position:
    if action == "resubmit":
        return resubmit(position)
    if action == "withdraw":
        return withdraw(position)
    if action == "cancel":
        return cancel(position, start_date=TODAY + timedelta(days=7), today=TODAY)
    return decide(position, Decision(action), step_count)


@settings(max_examples=150, deadline=None)
@given(step_count=st.integers(min_value=1, max_value=8), actions=st.lists(st.sampled_from(ACTIONS), max_size=30))
def test_any_sequence_of_actions_respects_the_chain(step_count, actions):
    position = Position(S.IN_REVIEW, 0)
    approvals = 0
    for action in actions:
        before = position
        if before.status not in ALLOWED_FROM[action]:
            with pytest.raises(TransitionRefused):
                _apply(action, before, step_count)
            continue
        position = _apply(action, before, step_count)
        if action == "approve":
            approvals += 1
        if position.status in OPEN:
            # Never outside the chain, and only approvals move it forward.
            assert position.current_step is not None
            assert 0 <= position.current_step < step_count
            assert position.current_step == approvals
        else:
            assert position.current_step is None
        if action in ("return", "resubmit"):
            assert position.current_step == before.current_step
        if position.status == S.APPROVED:
            assert approvals == step_count
    if position.status in TERMINAL:
        for action in ACTIONS:
            if position.status != S.APPROVED or action != "cancel":
                with pytest.raises(TransitionRefused):
                    _apply(action, position, step_count)


@settings(max_examples=30, deadline=None)
@given(step_count=st.integers(min_value=1, max_value=8))
def test_approving_every_step_in_order_approves_after_exactly_step_count_approvals(step_count):
    position = Position(S.IN_REVIEW, 0)
    for step in range(step_count):
        assert position == Position(S.IN_REVIEW, step)
        position = decide(position, Decision.APPROVE, step_count)
    assert position == Position(S.APPROVED, None)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), step_count=st.integers(min_value=1, max_value=8))
def test_a_return_then_resubmit_resumes_at_the_returning_step_not_step_zero(data, step_count):
    returned_at = data.draw(st.integers(min_value=0, max_value=step_count - 1))
    position = Position(S.IN_REVIEW, 0)
    for _step in range(returned_at):
        position = decide(position, Decision.APPROVE, step_count)
    position = resubmit(decide(position, Decision.RETURN, step_count))
    assert position == Position(S.IN_REVIEW, returned_at)
    remaining = 0
    while position.status == S.IN_REVIEW:
        position = decide(position, Decision.APPROVE, step_count)
        remaining += 1
    assert position.status == S.APPROVED
    assert remaining == step_count - returned_at


# --- overlaps -----------------------------------------------------------------------------------------

WINDOW_START = date(2026, 1, 1)
days = st.integers(min_value=0, max_value=60).map(lambda n: WINDOW_START + timedelta(days=n))


@st.composite
def ranges(draw: st.DrawFn) -> tuple[date, date | None]:
    """A non-empty half-open range [start, end), end None meaning open-ended."""
    start = draw(days)
    length = draw(st.none() | st.integers(min_value=1, max_value=30))
    return start, None if length is None else start + timedelta(days=length)


def _covers(rng: tuple[date, date | None], day: date) -> bool:
    start, end = rng
    return start <= day and (end is None or day < end)


@settings(max_examples=100, deadline=None)
@given(a=ranges(), b=ranges())
def test_overlap_is_symmetric(a, b):
    assert overlaps(*a, *b) == overlaps(*b, *a)


@settings(max_examples=100, deadline=None)
@given(a=ranges(), b=ranges())
def test_ranges_overlap_exactly_when_they_share_a_day(a, b):
    # Every finite range ends within 91 days of the window start; an open range beyond it reaches there too.
    horizon = [WINDOW_START + timedelta(days=n) for n in range(120)]
    shared = any(_covers(a, d) and _covers(b, d) for d in horizon)
    assert overlaps(*a, *b) == shared


@settings(max_examples=60, deadline=None)
@given(a=ranges())
def test_a_range_overlaps_itself(a):
    assert overlaps(*a, *a)


@settings(max_examples=60, deadline=None)
@given(start=days, middle=st.integers(min_value=1, max_value=30), end=st.none() | st.integers(1, 30))
def test_back_to_back_ranges_do_not_overlap(start, middle, end):
    boundary = start + timedelta(days=middle)
    later_end = None if end is None else boundary + timedelta(days=end)
    assert not overlaps(start, boundary, boundary, later_end)
    assert not overlaps(boundary, later_end, start, boundary)


@settings(max_examples=100, deadline=None)
@given(start=days, other=ranges())
def test_an_open_ended_range_overlaps_everything_that_reaches_past_its_start(start, other):
    other_start, other_end = other
    reaches_past_start = other_end is None or other_end > start
    assert overlaps(start, None, other_start, other_end) == reaches_past_start


def test_two_open_ended_ranges_always_overlap():
    assert overlaps(date(2026, 1, 1), None, date(2030, 1, 1), None)


def test_a_range_ending_the_day_before_another_starts_does_not_overlap():
    assert not overlaps(date(2026, 3, 1), date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 20))


# --- may_decide -------------------------------------------------------------------------------------------

HQ = child_path(None, uuid.UUID(int=1))
SALES = child_path(HQ, uuid.UUID(int=2))
SALES_TEAM = child_path(SALES, uuid.UUID(int=3))
NORTH = child_path(HQ, uuid.UUID(int=4))
STORE_7 = child_path(NORTH, uuid.UUID(int=5))
SOUTH = child_path(HQ, uuid.UUID(int=6))


@pytest.mark.parametrize("grant_path", [HQ, SALES_TEAM, SOUTH])
@pytest.mark.parametrize(("home", "destination"), [(SALES_TEAM, STORE_7), (NORTH, SOUTH), (HQ, HQ)])
def test_hr_decides_whatever_the_paths(grant_path, home, destination):
    assert may_decide(Approver.HR, [(Role.HR, grant_path)], employee_home_path=home, destination_path=destination)


@pytest.mark.parametrize(
    ("grant_path", "home", "expected"),
    [
        (SALES, SALES_TEAM, True),
        (SALES, SALES, True),
        (HQ, SALES_TEAM, True),
        (SALES_TEAM, SALES, False),
        (NORTH, SALES_TEAM, False),
    ],
)
def test_dept_head_decides_only_over_the_employees_home_unit(grant_path, home, expected):
    allowed = may_decide(
        Approver.HOME_DEPARTMENT, [(Role.DEPT_HEAD, grant_path)], employee_home_path=home, destination_path=STORE_7
    )
    assert allowed is expected


def test_dept_head_over_the_destination_only_does_not_decide_the_home_step():
    assert not may_decide(
        Approver.HOME_DEPARTMENT, [(Role.DEPT_HEAD, NORTH)], employee_home_path=SALES_TEAM, destination_path=STORE_7
    )


@pytest.mark.parametrize(
    ("approver", "role"),
    [(Approver.LEADER_OVER_DESTINATION, Role.LEADER), (Approver.DESTINATION_MANAGER, Role.STORE_MANAGER)],
)
@pytest.mark.parametrize(
    ("grant_path", "destination", "expected"),
    [
        (NORTH, STORE_7, True),
        (STORE_7, STORE_7, True),
        (HQ, STORE_7, True),
        (SOUTH, STORE_7, False),
        (STORE_7, NORTH, False),
    ],
)
def test_destination_deciders_decide_only_over_the_destination(approver, role, grant_path, destination, expected):
    allowed = may_decide(approver, [(role, grant_path)], employee_home_path=SALES_TEAM, destination_path=destination)
    assert allowed is expected


@pytest.mark.parametrize("approver", [Approver.LEADER_OVER_DESTINATION, Approver.DESTINATION_MANAGER])
def test_destination_deciders_are_not_reached_through_the_home_unit(approver):
    role = APPROVER_ROLE[approver]
    assert not may_decide(approver, [(role, SALES)], employee_home_path=SALES_TEAM, destination_path=STORE_7)


@pytest.mark.parametrize(("approver", "role"), [(a, r) for a in Approver for r in Role if r != APPROVER_ROLE[a]])
def test_a_role_that_is_not_the_approvers_never_decides(approver, role):
    # The grant sits at the root, so its path covers everyone; only the role is wrong.
    assert not may_decide(approver, [(role, HQ)], employee_home_path=SALES_TEAM, destination_path=STORE_7)


@pytest.mark.parametrize("approver", list(Approver))
def test_no_grants_decide_nothing(approver):
    assert not may_decide(approver, [], employee_home_path=SALES_TEAM, destination_path=STORE_7)


def test_any_one_matching_grant_among_several_is_enough():
    grants = [(Role.LEADER, HQ), (Role.DEPT_HEAD, NORTH), (Role.DEPT_HEAD, SALES)]
    assert may_decide(Approver.HOME_DEPARTMENT, grants, employee_home_path=SALES_TEAM, destination_path=STORE_7)


# --- period_end and period_problem ----------------------------------------------------------------------


def test_a_secondment_assignment_runs_through_its_last_day():
    assert period_end(TransferKind.SECONDMENT, date(2026, 5, 31)) == date(2026, 6, 1)


def test_a_permanent_transfer_has_no_end_even_if_one_was_given():
    assert period_end(TransferKind.PERMANENT, date(2026, 5, 31)) is None
    assert period_end(TransferKind.PERMANENT, None) is None


def test_a_secondment_needs_a_planned_end():
    assert period_problem(TransferKind.SECONDMENT, TODAY, None, TODAY) == (
        "end_date",
        _("A secondment needs a planned end date."),
    )


@pytest.mark.parametrize("end", [TODAY, TODAY - timedelta(days=1)])
def test_a_secondment_must_end_after_it_starts(end):
    assert period_problem(TransferKind.SECONDMENT, TODAY, end, TODAY) == (
        "end_date",
        _("A secondment's end date must be after its start date."),
    )


def test_a_secondment_ending_the_day_after_it_starts_is_fine():
    assert period_problem(TransferKind.SECONDMENT, TODAY, TODAY + timedelta(days=1), TODAY) is None


def test_a_permanent_transfer_needs_no_end():
    assert period_problem(TransferKind.PERMANENT, TODAY, None, TODAY) is None


@pytest.mark.parametrize("kind", [TransferKind.SECONDMENT, TransferKind.PERMANENT])
def test_starting_exactly_30_days_ago_is_allowed(kind):
    start = TODAY - timedelta(days=30)
    assert period_problem(kind, start, start + timedelta(days=60), TODAY) is None


@pytest.mark.parametrize("kind", [TransferKind.SECONDMENT, TransferKind.PERMANENT])
def test_starting_31_days_ago_is_refused(kind):
    start = TODAY - timedelta(days=31)
    assert period_problem(kind, start, start + timedelta(days=60), TODAY) == (
        "start_date",
        _("A request cannot start more than 30 days in the past."),
    )


@settings(max_examples=80, deadline=None)
@given(offset=st.integers(min_value=-400, max_value=400))
def test_a_permanent_transfer_is_refused_only_when_backdated_past_30_days(offset):
    start = TODAY + timedelta(days=offset)
    problem = period_problem(TransferKind.PERMANENT, start, None, TODAY)
    assert (problem is not None) == (offset < -30)


# --- who is left to decide a step ------------------------------------------------------------------

HQ_PATH = child_path(None, uuid.uuid4())
OPS_PATH = child_path(HQ_PATH, uuid.uuid4())
STORE_PATH = child_path(child_path(HQ_PATH, uuid.uuid4()), uuid.uuid4())


def _candidate(
    role: Role, path: str, *, account: uuid.UUID | None = None, employee: uuid.UUID | None = None
) -> DeciderCandidate:
    return DeciderCandidate(
        account_id=account or uuid.uuid4(), employee_id=employee or uuid.uuid4(), full_name=None, role=role, path=path
    )


def _parties(requested_by: uuid.UUID, employee_id: uuid.UUID) -> Parties:
    return Parties(
        employee_home_path=OPS_PATH, destination_path=STORE_PATH, requested_by=requested_by, employee_id=employee_id
    )


def test_the_requester_and_the_employee_never_decide_and_their_steps_are_found():
    hr_account, employee = uuid.uuid4(), uuid.uuid4()
    only_hr = _candidate(Role.HR, HQ_PATH, account=hr_account)
    head = _candidate(Role.DEPT_HEAD, OPS_PATH)
    leader = _candidate(Role.LEADER, HQ_PATH)
    parties = _parties(hr_account, employee)
    assert eligible_deciders(Approver.HR, [only_hr], parties) == []
    assert steps_without_decider(DEFAULT_CHAIN, [only_hr, head, leader], parties) == [1]
    other_hr = _candidate(Role.HR, HQ_PATH)
    assert steps_without_decider(DEFAULT_CHAIN, [only_hr, other_hr, head, leader], parties) == []
    # the employee holding the leader role does not count either
    own_leader = _candidate(Role.LEADER, HQ_PATH, employee=employee)
    assert steps_without_decider(DEFAULT_CHAIN, [other_hr, head, own_leader], parties) == [2]
    assert steps_without_decider(DEFAULT_CHAIN, [other_hr, own_leader], parties, from_step=1) == [2]


def test_a_step_without_its_own_decider_goes_to_hr():
    requester, employee = uuid.uuid4(), uuid.uuid4()
    hr = _candidate(Role.HR, HQ_PATH)
    head_elsewhere = _candidate(Role.DEPT_HEAD, STORE_PATH)
    escalated = step_deciders(Approver.HOME_DEPARTMENT, [hr, head_elsewhere], _parties(requester, employee))
    assert escalated.escalated and escalated.people == [hr]
    head = _candidate(Role.DEPT_HEAD, OPS_PATH)
    own = step_deciders(Approver.HOME_DEPARTMENT, [hr, head], _parties(requester, employee))
    assert not own.escalated and own.people == [head]
    # HR's own step has no one to escalate to: it stays HR's, empty
    assert step_deciders(Approver.HR, [], _parties(requester, employee)).escalated is False


@given(st.lists(st.sampled_from([Role.HR, Role.DEPT_HEAD, Role.LEADER, Role.STORE_MANAGER]), max_size=8), st.booleans())
def test_nobody_ever_decides_their_own_request(roles: list[Role], employee_holds_roles: bool):
    requester, employee = uuid.uuid4(), uuid.uuid4()
    candidates = [
        _candidate(
            role,
            HQ_PATH,
            account=requester if i % 2 else None,
            employee=employee if employee_holds_roles and i % 3 == 0 else None,
        )
        for i, role in enumerate(roles)
    ]
    for approver in Approver:
        chosen = step_deciders(approver, candidates, _parties(requester, employee))
        assert all(p.account_id != requester and p.employee_id != employee for p in chosen.people)
