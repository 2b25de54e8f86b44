"""Pure rules of transfers: the approval state machine, who may decide a step, periods and overlap."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.org.rules import is_within
from domain.shared.actor import Role
from domain.shared.i18n import Message, _
from domain.transfers.models import Approver, TransferKind, TransferStatus

MAX_BACKDATE = timedelta(days=30)

APPROVER_ROLE: dict[Approver, Role] = {
    Approver.HOME_DEPARTMENT: Role.DEPT_HEAD,
    Approver.HR: Role.HR,
    Approver.LEADER_OVER_DESTINATION: Role.LEADER,
    Approver.DESTINATION_MANAGER: Role.STORE_MANAGER,
}

# employee request -> department review -> HR approval -> leader sign-off
DEFAULT_CHAIN: list[dict[str, str]] = [
    {"name": "Department review", "approver": Approver.HOME_DEPARTMENT.value},
    {"name": "HR approval", "approver": Approver.HR.value},
    {"name": "Leader sign-off", "approver": Approver.LEADER_OVER_DESTINATION.value},
]


class Decision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    RETURN = "return"


@dataclass(frozen=True, slots=True)
class Position:
    status: TransferStatus
    current_step: int | None


class TransitionRefused(ValueError):
    """A move the request's state does not allow; `message` says why, for the person."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def decide(position: Position, decision: Decision, step_count: int) -> Position:
    """Where a request stands after the current step's decision."""
    if position.status != TransferStatus.IN_REVIEW or position.current_step is None:
        raise TransitionRefused(
            _("A request that is {status} has no step waiting for a decision.", status=position.status.value)
        )
    if decision == Decision.REJECT:
        return Position(TransferStatus.REJECTED, None)
    if decision == Decision.RETURN:
        # Back to the requester; on resubmission the chain restarts at this very step.
        return Position(TransferStatus.RETURNED, position.current_step)
    if position.current_step + 1 >= step_count:
        return Position(TransferStatus.APPROVED, None)
    return Position(TransferStatus.IN_REVIEW, position.current_step + 1)


def resubmit(position: Position) -> Position:
    if position.status != TransferStatus.RETURNED:
        raise TransitionRefused(_("Only a request returned for changes can be resubmitted."))
    return Position(TransferStatus.IN_REVIEW, position.current_step)


def withdraw(position: Position) -> Position:
    if position.status not in (TransferStatus.IN_REVIEW, TransferStatus.RETURNED):
        raise TransitionRefused(
            _("A request that is {status} can no longer be withdrawn.", status=position.status.value)
        )
    return Position(TransferStatus.WITHDRAWN, None)


def cancel(position: Position, *, start_date: date, today: date) -> Position:
    if position.status != TransferStatus.APPROVED:
        raise TransitionRefused(_("Only an approved transfer can be cancelled."))
    if start_date <= today:
        raise TransitionRefused(_("The transfer has already started; request an early return instead."))
    return Position(TransferStatus.CANCELLED, None)


def may_decide(
    approver: Approver,
    grants: list[tuple[Role, str]],
    *,
    employee_home_path: str,
    destination_path: str,
) -> bool:
    """Whether grants (role, unit path) reach the step's decider."""
    role = APPROVER_ROLE[approver]
    for held, path in grants:
        if held != role:
            continue
        if approver == Approver.HR:
            return True
        if approver == Approver.HOME_DEPARTMENT and is_within(employee_home_path, path):
            return True
        if approver in (Approver.LEADER_OVER_DESTINATION, Approver.DESTINATION_MANAGER) and is_within(
            destination_path, path
        ):
            return True
    return False


@dataclass(frozen=True, slots=True)
class DeciderCandidate:
    """An active account holding an approver role on a unit (one row per grant)."""

    account_id: uuid.UUID
    employee_id: uuid.UUID | None
    full_name: str | None
    role: Role
    path: str


@dataclass(frozen=True, slots=True)
class Parties:
    """What decides who may decide a request's steps: where the employee and the destination sit,
    and who must not decide (the requester and the employee)."""

    employee_home_path: str
    destination_path: str
    requested_by: uuid.UUID
    employee_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class StepDeciders:
    """Who may decide a step. `escalated`: nobody holds the step's own role for this request (grants
    changed after it was submitted), so HR decides it instead of letting it stick unseen."""

    people: list[DeciderCandidate]
    escalated: bool


def eligible_deciders(
    approver: Approver, candidates: Iterable[DeciderCandidate], parties: Parties
) -> list[DeciderCandidate]:
    """The candidates whose grant reaches the step, never the requester or the employee themselves."""
    found: dict[uuid.UUID, DeciderCandidate] = {}
    for candidate in candidates:
        own = candidate.account_id == parties.requested_by or candidate.employee_id == parties.employee_id
        if own or candidate.account_id in found:
            continue
        if may_decide(
            approver,
            [(candidate.role, candidate.path)],
            employee_home_path=parties.employee_home_path,
            destination_path=parties.destination_path,
        ):
            found[candidate.account_id] = candidate
    return list(found.values())


def step_deciders(approver: Approver, candidates: list[DeciderCandidate], parties: Parties) -> StepDeciders:
    """The step's own deciders; when there are none, HR's (other than the requester and the employee)."""
    own = eligible_deciders(approver, candidates, parties)
    if own or approver == Approver.HR:
        return StepDeciders(own, escalated=False)
    return StepDeciders(eligible_deciders(Approver.HR, candidates, parties), escalated=True)


def steps_without_decider(
    steps: list[dict[str, str]], candidates: list[DeciderCandidate], parties: Parties, *, from_step: int = 0
) -> list[int]:
    """The positions (from `from_step` on) that nobody but the requester or the employee could decide:
    such a request would stick, so it is refused when submitted."""
    return [
        position
        for position in range(from_step, len(steps))
        if not eligible_deciders(Approver(steps[position]["approver"]), candidates, parties)
    ]


def period_end(kind: TransferKind, end_date: date | None) -> date | None:
    """The exclusive end of the assignment an approved request creates (None: open-ended)."""
    if kind == TransferKind.PERMANENT or end_date is None:
        return None
    return end_date + timedelta(days=1)


def permanent_end(valid_from: date, permanent_starts: Iterable[date]) -> date | None:
    """A permanent placement lasts until the next permanent move starts (open-ended when none
    follows): approving a move closes the earlier placement on the move's start date, and
    cancelling the move gives the placement back its days up to whichever live move comes next."""
    return min((start for start in permanent_starts if start > valid_from), default=None)


def overlaps(start_a: date, end_a: date | None, start_b: date, end_b: date | None) -> bool:
    """Half-open ranges [start, end) with None as open-ended."""
    return (end_b is None or start_a < end_b) and (end_a is None or start_b < end_a)


def period_problem(
    kind: TransferKind, start_date: date, end_date: date | None, today: date
) -> tuple[str, Message] | None:
    """(the field at fault, why) when a request's period breaks a rule, else None."""
    if kind == TransferKind.SECONDMENT and end_date is None:
        return "end_date", _("A secondment needs a planned end date.")
    if kind == TransferKind.SECONDMENT and end_date is not None and end_date <= start_date:
        return "end_date", _("A secondment's end date must be after its start date.")
    if start_date < today - MAX_BACKDATE:
        return "start_date", _("A request cannot start more than 30 days in the past.")
    return None
