"""Transfer use cases: request, decide step by step, edit and resubmit, withdraw, cancel.

Every decision is checked here: who may decide which step (never one's own request), which state
allows what, and that a decision applies to the version of the request its decider saw, so two
approvers racing on one step produce one decision and one 409.
"""

from __future__ import annotations

import statistics
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.service import organisation_timezone, organisation_today, subtree_paths
from domain.people.assignments import assignments_of, unit_on
from domain.people.models import Account, Assignment, AssignmentKind, Employee, EmployeeStatus, RoleGrant
from domain.people.scope import units_under, visible_employees
from domain.shared import audit, outbox
from domain.shared.actor import SUBTREE_READERS, Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.pagination import DEFAULT_LIMIT, Slice, cursor_datetime, cursor_uuid, decode_cursor, encode_cursor
from domain.transfers import rules
from domain.transfers.models import (
    Approver,
    TrailAction,
    Transfer,
    TransferChain,
    TransferKind,
    TransferStatus,
    TransferTrailEntry,
)
from domain.transfers.schemas import (
    CancelRequest,
    ChainRead,
    ChainStep,
    ChainUpdate,
    CurrentStep,
    DepartmentParticipation,
    PersonRef,
    StepDecision,
    StepView,
    TrailEntryRead,
    TransferCreate,
    TransferNote,
    TransferRead,
    TransferStats,
    TransferSummary,
    TransferUpdate,
)

LIVE = (TransferStatus.IN_REVIEW, TransferStatus.RETURNED)
PLACES = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)
MAX_DECIDERS_LISTED = 20


# --- chains -------------------------------------------------------------------------------------


async def chain_steps(session: AsyncSession, kind: TransferKind) -> list[dict[str, Any]]:
    row = await session.get(TransferChain, kind)
    return list(row.steps) if row else [dict(step) for step in rules.DEFAULT_CHAIN]


async def get_chain(session: AsyncSession, *, actor: Actor, kind: TransferKind) -> ChainRead:
    """Any signed-in person may read a chain: requesters see who will decide before they ask."""
    row = await session.get(TransferChain, kind)
    steps = row.steps if row else rules.DEFAULT_CHAIN
    return ChainRead(
        kind=kind,
        steps=[ChainStep.model_validate(s) for s in steps],
        updated_at=row.updated_at if row else None,
        is_default=row is None,
    )


async def set_chain(
    session: AsyncSession, *, actor: Actor, clock: Clock, kind: TransferKind, data: ChainUpdate
) -> ChainRead:
    if not actor.has_role(Role.ADMIN):
        raise Forbidden("Only administrators configure approval chains.")
    steps = [step.model_dump(mode="json") for step in data.steps]
    row = await session.get(TransferChain, kind)
    before = row.steps if row else rules.DEFAULT_CHAIN
    if row is None:
        row = TransferChain(kind=kind, steps=steps, updated_at=clock.now(), updated_by=actor.account_id)
        session.add(row)
    else:
        row.steps = steps
        row.updated_at = clock.now()
        row.updated_by = actor.account_id
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="transfer_chain.updated",
        entity_type="transfer_chain",
        entity_id=kind.value,
        changes={"steps": {"before": before, "after": steps}},
    )
    return await get_chain(session, actor=actor, kind=kind)


# --- visibility and lookups ---------------------------------------------------------------------


async def _visible_transfers(session: AsyncSession, actor: Actor, clock: Clock) -> ColumnElement[bool]:
    """The requester, the employee, anyone who sees the employee (home or assigned), and the managers
    of the destination see a request; HR, leaders and admins see all."""
    if actor.sees_everyone:
        return true()
    clauses: list[ColumnElement[bool]] = [Transfer.requested_by == actor.account_id]
    people_in_sight = select(Employee.id).where(await visible_employees(session, actor, clock))
    clauses.append(Transfer.employee_id.in_(people_in_sight))
    paths = await subtree_paths(session, actor.units_for(*SUBTREE_READERS))
    if paths:
        clauses.append(Transfer.destination_unit_id.in_(units_under(paths)))
    return or_(*clauses)


async def _get_visible(session: AsyncSession, actor: Actor, clock: Clock, transfer_id: uuid.UUID) -> Transfer:
    transfer = await session.scalar(
        select(Transfer).where(Transfer.id == transfer_id, await _visible_transfers(session, actor, clock))
    )
    if transfer is None:
        raise NotFound(f"No transfer request {transfer_id}.", slug="transfer.not_found")
    return transfer


async def _unit(session: AsyncSession, unit_id: uuid.UUID, field: str) -> OrgUnit:
    unit = await session.get(OrgUnit, unit_id)
    if unit is None:
        raise InvalidInput(f"No org unit {unit_id}.", field=field, slug="transfer.unknown_unit")
    return unit


async def _lock_employee(session: AsyncSession, employee_id: uuid.UUID) -> Employee:
    """Row lock on the employee: overlap checks and assignment writes for one person are serialised
    (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers)."""
    employee = await session.scalar(select(Employee).where(Employee.id == employee_id).with_for_update())
    if employee is None:
        raise NotFound(f"No employee {employee_id}.", slug="employee.not_found")
    return employee


async def _grant_paths(session: AsyncSession, actor: Actor) -> list[tuple[Role, str]]:
    if not actor.grants:
        return []
    paths = dict(
        (
            await session.execute(
                select(OrgUnit.id, OrgUnit.path).where(OrgUnit.id.in_({g.org_unit_id for g in actor.grants}))
            )
        ).all()
    )
    return [(g.role, paths[g.org_unit_id]) for g in actor.grants if g.org_unit_id in paths]


async def _paths(session: AsyncSession, *unit_ids: uuid.UUID) -> dict[uuid.UUID, str]:
    rows = await session.execute(select(OrgUnit.id, OrgUnit.path).where(OrgUnit.id.in_(unit_ids)))
    return dict(rows.all())


# --- periods and overlap ------------------------------------------------------------------------


async def _secondment_periods(
    session: AsyncSession, employee_id: uuid.UUID, *, ignoring: set[uuid.UUID]
) -> list[tuple[date, date | None]]:
    """Every secondment the person holds or has asked for, as [start, end) ranges."""
    periods: list[tuple[date, date | None]] = []
    for row in await assignments_of(session, employee_id):
        if row.kind == AssignmentKind.SECONDMENT and row.cancelled_at is None and row.transfer_id not in ignoring:
            periods.append((row.valid_from, row.valid_to))
    pending = await session.scalars(
        select(Transfer).where(
            Transfer.employee_id == employee_id,
            Transfer.status.in_(LIVE),
            Transfer.kind.in_((TransferKind.SECONDMENT, TransferKind.EXTENSION)),
        )
    )
    for transfer in pending:
        if transfer.id in ignoring or transfer.amends_transfer_id in ignoring:
            continue
        start = transfer.start_date
        if transfer.kind == TransferKind.EXTENSION and transfer.amends_transfer_id is not None:
            amended = await session.get(Transfer, transfer.amends_transfer_id)
            start = amended.start_date if amended else start
        periods.append((start, rules.period_end(TransferKind.SECONDMENT, transfer.end_date)))
    return periods


def _check_overlap(periods: list[tuple[date, date | None]], start: date, end: date | None) -> None:
    for other_start, other_end in periods:
        if rules.overlaps(start, end, other_start, other_end):
            last_day = f"{other_end - timedelta(days=1)}" if other_end else "open-ended"
            raise Conflict(
                f"The employee already has a secondment from {other_start} to {last_day} that overlaps this one.",
                slug="transfer.overlap",
                overlapping_from=other_start.isoformat(),
                overlapping_to=(other_end - timedelta(days=1)).isoformat() if other_end else None,
            )


async def _assignment_of(session: AsyncSession, transfer_id: uuid.UUID) -> Assignment | None:
    return await session.scalar(
        select(Assignment).where(Assignment.transfer_id == transfer_id, Assignment.cancelled_at.is_(None))
    )


# --- requesting ---------------------------------------------------------------------------------


def _required(value: Any, field: str, what: str) -> Any:
    if value is None:
        raise InvalidInput(
            f"{what} is required for this kind of request.", field=f"body.{field}", slug="validation.required"
        )
    return value


def _forbidden_field(value: Any, field: str, kind: TransferKind) -> None:
    if value is not None:
        raise InvalidInput(
            f"{field} does not apply to a {kind.value} request.",
            field=f"body.{field}",
            slug="transfer.field_not_applicable",
        )


async def _resolve_amended(
    session: AsyncSession,
    actor: Actor,
    clock: Clock,
    employee_id: uuid.UUID,
    amends: uuid.UUID,
    ignoring: set[uuid.UUID],
) -> tuple[Transfer, Assignment]:
    amended = await _get_visible(session, actor, clock, amends)
    assignment = await _assignment_of(session, amended.id)
    if (
        amended.employee_id != employee_id
        or amended.kind != TransferKind.SECONDMENT
        or amended.status != TransferStatus.APPROVED
        or assignment is None
    ):
        raise InvalidInput(
            "Only an approved secondment of the same employee can be returned from early or extended.",
            field="body.amends_transfer_id",
            slug="transfer.not_amendable",
        )
    pending = await session.scalar(
        select(Transfer.id)
        .where(
            Transfer.amends_transfer_id == amended.id,
            Transfer.status.in_(LIVE),
            Transfer.id.not_in(ignoring or {uuid.UUID(int=0)}),
        )
        .limit(1)
    )
    if pending is not None:
        raise Conflict(
            "This secondment already has an amendment waiting for approval.", slug="transfer.amendment_pending"
        )
    return amended, assignment


async def _validated_terms(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    employee: Employee,
    kind: TransferKind,
    destination_unit_id: uuid.UUID | None,
    amends_transfer_id: uuid.UUID | None,
    start_date: date | None,
    end_date: date | None,
    ignoring: set[uuid.UUID],
) -> tuple[uuid.UUID, date, date | None]:
    """Checks a request's terms; returns (destination, start_date, end_date) as stored."""
    today = await organisation_today(session, clock)
    if kind in (TransferKind.SECONDMENT, TransferKind.PERMANENT):
        _forbidden_field(amends_transfer_id, "amends_transfer_id", kind)
        destination = await _unit(
            session, _required(destination_unit_id, "destination_unit_id", "A destination"), "body.destination_unit_id"
        )
        start = _required(start_date, "start_date", "A start date")
        if kind == TransferKind.PERMANENT:
            _forbidden_field(end_date, "end_date", kind)
        if destination.kind not in PLACES:
            raise InvalidInput(
                f"The destination must be a store or a project, not a {destination.kind.value}.",
                field="body.destination_unit_id",
                slug="transfer.invalid_destination",
            )
        current = unit_on(employee.home_unit_id, await assignments_of(session, employee.id), start)
        if current == destination.id:
            raise InvalidInput(
                "The employee already works at the destination on the start date.",
                field="body.destination_unit_id",
                slug="transfer.same_unit",
            )
        problem = rules.period_problem(kind, start, end_date, today)
        if problem:
            raise InvalidInput(
                problem,
                field="body.end_date" if "end" in problem else "body.start_date",
                slug="transfer.invalid_period",
            )
        if kind == TransferKind.SECONDMENT:
            periods = await _secondment_periods(session, employee.id, ignoring=ignoring)
            _check_overlap(periods, start, rules.period_end(kind, end_date))
        return destination.id, start, end_date

    _forbidden_field(destination_unit_id, "destination_unit_id", kind)
    amended, assignment = await _resolve_amended(
        session,
        actor,
        clock,
        employee.id,
        _required(amends_transfer_id, "amends_transfer_id", "The secondment to amend"),
        ignoring,
    )
    assert assignment.valid_to is not None
    if kind == TransferKind.EARLY_RETURN:
        _forbidden_field(end_date, "end_date", kind)
        back = _required(start_date, "start_date", "The first day back")
        if not assignment.valid_from < back < assignment.valid_to:
            raise InvalidInput(
                f"The first day back must fall after {assignment.valid_from} and before {assignment.valid_to}.",
                field="body.start_date",
                slug="transfer.invalid_period",
            )
        if back < today - rules.MAX_BACKDATE:
            raise InvalidInput(
                "A request cannot start more than 30 days in the past.",
                field="body.start_date",
                slug="transfer.invalid_period",
            )
        return amended.destination_unit_id, back, None
    _forbidden_field(start_date, "start_date", kind)
    new_last_day = _required(end_date, "end_date", "The new last day")
    if new_last_day < assignment.valid_to:
        raise InvalidInput(
            f"An extension must end after the current last day, {assignment.valid_to - timedelta(days=1)}.",
            field="body.end_date",
            slug="transfer.invalid_period",
        )
    if assignment.valid_to <= today:
        raise InvalidInput(
            "The secondment has already ended; request a new one.",
            field="body.amends_transfer_id",
            slug="transfer.already_ended",
        )
    periods = await _secondment_periods(session, employee.id, ignoring=ignoring | {amended.id})
    _check_overlap(periods, assignment.valid_from, rules.period_end(TransferKind.SECONDMENT, new_last_day))
    return amended.destination_unit_id, assignment.valid_to, new_last_day


def _trail(
    transfer: Transfer, actor: Actor, clock: Clock, action: TrailAction, comment: str | None, step: int | None
) -> TransferTrailEntry:
    name = transfer.steps[step]["name"] if step is not None and step < len(transfer.steps) else None
    return TransferTrailEntry(
        transfer_id=transfer.id,
        action=action,
        step=step,
        step_name=name,
        actor_account_id=actor.account_id,
        comment=comment,
        occurred_at=clock.now(),
    )


def _event(transfer: Transfer, **extra: Any) -> dict[str, Any]:
    return {
        "transfer_id": str(transfer.id),
        "employee_id": str(transfer.employee_id),
        "kind": transfer.kind.value,
        "destination_unit_id": str(transfer.destination_unit_id),
        "status": transfer.status.value,
        "start_date": transfer.start_date.isoformat(),
        "end_date": transfer.end_date.isoformat() if transfer.end_date else None,
        **extra,
    }


async def request_transfer(session: AsyncSession, *, actor: Actor, clock: Clock, data: TransferCreate) -> TransferRead:
    """Employees request for themselves; HR (and admins) may request on someone's behalf."""
    employee_id = data.employee_id or actor.employee_id
    if employee_id is None:
        raise InvalidInput(
            "Name the employee the request is for.", field="body.employee_id", slug="validation.required"
        )
    if employee_id != actor.employee_id and not actor.has_role(Role.HR, Role.ADMIN):
        raise Forbidden("Only HR may request a transfer on someone else's behalf.")
    employee = await _lock_employee(session, employee_id)
    if employee.status == EmployeeStatus.LEFT:
        raise InvalidInput(
            "The employee has left the organisation.", field="body.employee_id", slug="transfer.employee_inactive"
        )
    destination, start, end = await _validated_terms(
        session,
        actor=actor,
        clock=clock,
        employee=employee,
        kind=data.kind,
        destination_unit_id=data.destination_unit_id,
        amends_transfer_id=data.amends_transfer_id,
        start_date=data.start_date,
        end_date=data.end_date,
        ignoring=set(),
    )
    now = clock.now()
    transfer = Transfer(
        employee_id=employee.id,
        requested_by=actor.account_id,
        kind=data.kind,
        destination_unit_id=destination,
        amends_transfer_id=data.amends_transfer_id,
        start_date=start,
        end_date=end,
        reason=data.reason,
        notes=data.notes,
        status=TransferStatus.IN_REVIEW,
        steps=await chain_steps(session, data.kind),
        current_step=0,
        current_step_since=now,
        version=1,
        submitted_at=now,
        created_at=now,
        updated_at=now,
    )
    session.add(transfer)
    await session.flush()
    session.add(_trail(transfer, actor, clock, TrailAction.SUBMITTED, None, None))
    outbox.append(session, clock=clock, topic="transfer.submitted", payload=_event(transfer))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="transfer.submitted",
        entity_type="transfer",
        entity_id=transfer.id,
        changes=audit.changed_fields(
            {},
            {
                "kind": transfer.kind,
                "employee_id": transfer.employee_id,
                "destination_unit_id": destination,
                "start_date": start,
                "end_date": end,
            },
        ),
    )
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)


async def _move(
    session: AsyncSession, transfer: Transfer, clock: Clock, position: rules.Position, *, final: bool = False
) -> None:
    """Applies a state change only to the version read; a concurrent change makes it a 409."""
    now = clock.now()
    values: dict[str, Any] = {
        "status": position.status,
        "current_step": position.current_step,
        "current_step_since": now if position.current_step is not None else None,
        "version": transfer.version + 1,
        "updated_at": now,
    }
    if final:
        values["decided_at"] = now
    moved = await session.execute(
        update(Transfer)
        .where(Transfer.id == transfer.id, Transfer.version == transfer.version)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict("The request changed while you were deciding; reload it.", slug="transfer.changed_concurrently")
    await session.refresh(transfer)


def _refuse(exc: rules.TransitionRefused) -> Conflict:
    return Conflict(str(exc).capitalize() + ".", slug="transfer.invalid_state")


async def decide_current_step(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, decision: StepDecision
) -> TransferRead:
    transfer = await _get_visible(session, actor, clock, transfer_id)
    if actor.employee_id == transfer.employee_id or actor.account_id == transfer.requested_by:
        raise Forbidden("Nobody decides a step of their own request.", slug="transfer.own_request")
    if transfer.status != TransferStatus.IN_REVIEW or transfer.current_step is None:
        raise Conflict(
            f"The request is {transfer.status.value}; no step is waiting.", slug="transfer.not_awaiting_decision"
        )
    if decision.step != transfer.current_step:
        raise Conflict(
            f"Step {decision.step} has already been decided; the request is at step {transfer.current_step}.",
            slug="transfer.step_already_decided",
            current_step=transfer.current_step,
        )
    step = transfer.steps[transfer.current_step]
    employee = await session.get(Employee, transfer.employee_id)
    assert employee is not None
    paths = await _paths(session, employee.home_unit_id, transfer.destination_unit_id)
    if not rules.may_decide(
        Approver(step["approver"]),
        await _grant_paths(session, actor),
        employee_home_path=paths[employee.home_unit_id],
        destination_path=paths[transfer.destination_unit_id],
    ):
        raise Forbidden(f"The step '{step['name']}' is not yours to decide.", slug="transfer.not_your_step")
    if decision.decision != rules.Decision.APPROVE and decision.comment is None:
        raise InvalidInput(
            "Say why: a comment is required to reject or return a request.",
            field="body.comment",
            slug="validation.required",
        )
    decided_step = transfer.current_step
    try:
        position = rules.decide(
            rules.Position(transfer.status, transfer.current_step), decision.decision, len(transfer.steps)
        )
    except rules.TransitionRefused as exc:
        raise _refuse(exc) from exc
    final = position.status in (TransferStatus.APPROVED, TransferStatus.REJECTED)
    await _move(session, transfer, clock, position, final=final)
    action = {
        rules.Decision.APPROVE: TrailAction.APPROVED,
        rules.Decision.REJECT: TrailAction.REJECTED,
        rules.Decision.RETURN: TrailAction.RETURNED,
    }[decision.decision]
    session.add(_trail(transfer, actor, clock, action, decision.comment, decided_step))
    outbox.append(
        session,
        clock=clock,
        topic="transfer.decided",
        payload=_event(transfer, step=decided_step, decision=decision.decision.value),
    )
    if position.status == TransferStatus.APPROVED:
        await _put_into_effect(session, actor, clock, transfer)
        outbox.append(session, clock=clock, topic="transfer.approved", payload=_event(transfer))
    elif position.status == TransferStatus.REJECTED:
        outbox.append(session, clock=clock, topic="transfer.rejected", payload=_event(transfer))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action=f"transfer.{action.value}",
        entity_type="transfer",
        entity_id=transfer.id,
        changes={
            "status": {"before": TransferStatus.IN_REVIEW.value, "after": transfer.status.value},
            "step": {"before": decided_step, "after": transfer.current_step},
        },
    )
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)


async def _put_into_effect(session: AsyncSession, actor: Actor, clock: Clock, transfer: Transfer) -> None:
    """Final approval writes the effective-dated assignment (or moves the amended one)."""
    employee = await _lock_employee(session, transfer.employee_id)
    now = clock.now()
    if transfer.kind in (TransferKind.SECONDMENT, TransferKind.PERMANENT):
        if transfer.kind == TransferKind.SECONDMENT:
            periods = await _secondment_periods(session, employee.id, ignoring={transfer.id})
            _check_overlap(periods, transfer.start_date, rules.period_end(transfer.kind, transfer.end_date))
        else:
            # A permanent move closes any earlier open-ended one on the day it starts.
            await session.execute(
                update(Assignment)
                .where(
                    Assignment.employee_id == employee.id,
                    Assignment.kind == AssignmentKind.PERMANENT,
                    Assignment.valid_to.is_(None),
                    Assignment.cancelled_at.is_(None),
                    Assignment.valid_from < transfer.start_date,
                )
                .values(valid_to=transfer.start_date, updated_at=now)
            )
        session.add(
            Assignment(
                employee_id=employee.id,
                unit_id=transfer.destination_unit_id,
                kind=AssignmentKind(transfer.kind.value),
                valid_from=transfer.start_date,
                valid_to=rules.period_end(transfer.kind, transfer.end_date),
                transfer_id=transfer.id,
                created_at=now,
                updated_at=now,
            )
        )
        await session.flush()
        return
    assert transfer.amends_transfer_id is not None
    assignment = await _assignment_of(session, transfer.amends_transfer_id)
    if assignment is None:
        raise Conflict("The secondment being amended no longer exists.", slug="transfer.not_amendable")
    before = assignment.valid_to
    if transfer.kind == TransferKind.EARLY_RETURN:
        assignment.valid_to = transfer.start_date
    else:
        periods = await _secondment_periods(session, employee.id, ignoring={transfer.id, transfer.amends_transfer_id})
        _check_overlap(periods, assignment.valid_from, rules.period_end(TransferKind.SECONDMENT, transfer.end_date))
        assignment.valid_to = rules.period_end(TransferKind.SECONDMENT, transfer.end_date)
    assignment.updated_at = now
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="assignment.moved",
        entity_type="assignment",
        entity_id=assignment.id,
        changes=audit.changed_fields({"valid_to": before}, {"valid_to": assignment.valid_to}),
    )


async def _own_request(actor: Actor, transfer: Transfer) -> bool:
    return transfer.requested_by == actor.account_id or transfer.employee_id == actor.employee_id


async def edit_returned(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, data: TransferUpdate
) -> TransferRead:
    transfer = await _get_visible(session, actor, clock, transfer_id)
    if not await _own_request(actor, transfer):
        raise Forbidden("Only the requester edits a request.", slug="transfer.not_requester")
    if transfer.status != TransferStatus.RETURNED:
        raise Conflict("Only a request returned for changes can be edited.", slug="transfer.invalid_state")
    changes = data.model_dump(exclude_unset=True)
    if "reason" in changes and changes["reason"] is None:
        raise InvalidInput("reason cannot be cleared.", field="body.reason", slug="validation.required")
    employee = await _lock_employee(session, transfer.employee_id)
    merged: dict[str, Any] = {
        "destination_unit_id": transfer.destination_unit_id
        if transfer.kind in (TransferKind.SECONDMENT, TransferKind.PERMANENT)
        else None,
        "start_date": transfer.start_date if transfer.kind != TransferKind.EXTENSION else None,
        "end_date": transfer.end_date,
    }
    merged.update({k: v for k, v in changes.items() if k in merged})
    before = {
        "destination_unit_id": transfer.destination_unit_id,
        "start_date": transfer.start_date,
        "end_date": transfer.end_date,
        "reason": transfer.reason,
        "notes": transfer.notes,
    }
    destination, start, end = await _validated_terms(
        session,
        actor=actor,
        clock=clock,
        employee=employee,
        kind=transfer.kind,
        destination_unit_id=merged["destination_unit_id"],
        amends_transfer_id=transfer.amends_transfer_id,
        start_date=merged["start_date"],
        end_date=merged["end_date"],
        ignoring={transfer.id},
    )
    transfer.destination_unit_id, transfer.start_date, transfer.end_date = destination, start, end
    if changes.get("reason") is not None:
        transfer.reason = changes["reason"]
    if "notes" in changes:
        transfer.notes = changes["notes"]
    transfer.updated_at = clock.now()
    diff = audit.changed_fields(
        before,
        {
            "destination_unit_id": transfer.destination_unit_id,
            "start_date": start,
            "end_date": end,
            "reason": transfer.reason,
            "notes": transfer.notes,
        },
    )
    await session.flush()
    if diff:
        session.add(_trail(transfer, actor, clock, TrailAction.EDITED, None, None))
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="transfer.edited",
            entity_type="transfer",
            entity_id=transfer.id,
            changes=diff,
        )
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)


async def resubmit(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, note: TransferNote
) -> TransferRead:
    transfer = await _get_visible(session, actor, clock, transfer_id)
    if not await _own_request(actor, transfer):
        raise Forbidden("Only the requester resubmits a request.", slug="transfer.not_requester")
    try:
        position = rules.resubmit(rules.Position(transfer.status, transfer.current_step))
    except rules.TransitionRefused as exc:
        raise _refuse(exc) from exc
    await _move(session, transfer, clock, position)
    session.add(_trail(transfer, actor, clock, TrailAction.RESUBMITTED, note.comment, transfer.current_step))
    outbox.append(session, clock=clock, topic="transfer.submitted", payload=_event(transfer, resubmitted=True))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="transfer.resubmitted",
        entity_type="transfer",
        entity_id=transfer.id,
        changes={"status": {"before": "returned", "after": "in_review"}},
    )
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)


async def withdraw(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, note: TransferNote
) -> TransferRead:
    """The requester (or the employee) withdraws a request until it is decided."""
    transfer = await _get_visible(session, actor, clock, transfer_id)
    if not await _own_request(actor, transfer):
        raise Forbidden("Only the requester or the employee withdraws a request.", slug="transfer.not_requester")
    before = transfer.status
    try:
        position = rules.withdraw(rules.Position(transfer.status, transfer.current_step))
    except rules.TransitionRefused as exc:
        raise _refuse(exc) from exc
    await _move(session, transfer, clock, position, final=True)
    session.add(_trail(transfer, actor, clock, TrailAction.WITHDRAWN, note.comment, None))
    outbox.append(session, clock=clock, topic="transfer.withdrawn", payload=_event(transfer))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="transfer.withdrawn",
        entity_type="transfer",
        entity_id=transfer.id,
        changes={"status": {"before": before.value, "after": "withdrawn"}},
    )
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)


async def cancel(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, data: CancelRequest
) -> TransferRead:
    """HR cancels an approved transfer that has not started; its assignment is marked cancelled."""
    transfer = await _get_visible(session, actor, clock, transfer_id)
    if not actor.has_role(Role.HR):
        raise Forbidden("Only HR cancels an approved transfer.")
    today = await organisation_today(session, clock)
    try:
        position = rules.cancel(
            rules.Position(transfer.status, transfer.current_step), start_date=transfer.start_date, today=today
        )
    except rules.TransitionRefused as exc:
        raise _refuse(exc) from exc
    if transfer.kind in (TransferKind.EARLY_RETURN, TransferKind.EXTENSION):
        raise Conflict(
            "An approved amendment cannot be cancelled; request another amendment.", slug="transfer.invalid_state"
        )
    await _move(session, transfer, clock, position)
    now = clock.now()
    await session.execute(
        update(Assignment)
        .where(Assignment.transfer_id == transfer.id, Assignment.cancelled_at.is_(None))
        .values(cancelled_at=now, updated_at=now)
    )
    session.add(_trail(transfer, actor, clock, TrailAction.CANCELLED, data.reason, None))
    outbox.append(session, clock=clock, topic="transfer.cancelled", payload=_event(transfer))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="transfer.cancelled",
        entity_type="transfer",
        entity_id=transfer.id,
        changes={"status": {"before": "approved", "after": "cancelled"}},
    )
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)


# --- reading ------------------------------------------------------------------------------------


async def _deciders(session: AsyncSession, transfer: Transfer, approver: Approver) -> list[PersonRef]:
    role = rules.APPROVER_ROLE[approver]
    employee = await session.get(Employee, transfer.employee_id)
    assert employee is not None
    paths = await _paths(session, employee.home_unit_id, transfer.destination_unit_id)
    rows = await session.execute(
        select(Account.id, Account.employee_id, Employee.full_name, OrgUnit.path)
        .join(RoleGrant, RoleGrant.account_id == Account.id)
        .join(OrgUnit, OrgUnit.id == RoleGrant.org_unit_id)
        .outerjoin(Employee, Employee.id == Account.employee_id)
        .where(RoleGrant.role == role, Account.is_active.is_(True))
        .order_by(Employee.full_name, Account.id)
    )
    found: dict[uuid.UUID, PersonRef] = {}
    for account_id, employee_id, full_name, path in rows:
        if account_id == transfer.requested_by or employee_id == transfer.employee_id or account_id in found:
            continue
        if rules.may_decide(
            approver,
            [(role, path)],
            employee_home_path=paths[employee.home_unit_id],
            destination_path=paths[transfer.destination_unit_id],
        ):
            found[account_id] = PersonRef(account_id=account_id, employee_id=employee_id, full_name=full_name)
        if len(found) >= MAX_DECIDERS_LISTED:
            break
    return list(found.values())


def _step_states(transfer: Transfer, trail: list[TransferTrailEntry]) -> list[StepView]:
    """Each step's state, from the trail: approvals only accumulate (a return never goes back
    past the returning step), so a step once approved stays approved whatever happens next."""
    approved = {e.step for e in trail if e.action == TrailAction.APPROVED}
    rejected = {e.step for e in trail if e.action == TrailAction.REJECTED}
    views = []
    for position, step in enumerate(transfer.steps):
        if position in approved or transfer.status == TransferStatus.APPROVED:
            state = "approved"
        elif position in rejected:
            state = "rejected"
        elif position == transfer.current_step and transfer.status == TransferStatus.IN_REVIEW:
            state = "current"
        elif position == transfer.current_step and transfer.status == TransferStatus.RETURNED:
            state = "returned"
        else:
            state = "pending"
        views.append(StepView(position=position, name=step["name"], approver=Approver(step["approver"]), state=state))
    return views


async def view_transfer(session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID) -> TransferRead:
    transfer = await _get_visible(session, actor, clock, transfer_id)
    employee = await session.get(Employee, transfer.employee_id)
    assert employee is not None
    trail = list(
        (
            await session.scalars(
                select(TransferTrailEntry)
                .where(TransferTrailEntry.transfer_id == transfer.id)
                .order_by(TransferTrailEntry.id)
            )
        ).all()
    )
    steps = _step_states(transfer, trail)
    current = None
    if transfer.status == TransferStatus.IN_REVIEW and transfer.current_step is not None:
        step = transfer.steps[transfer.current_step]
        since = transfer.current_step_since or transfer.submitted_at
        current = CurrentStep(
            position=transfer.current_step,
            name=step["name"],
            approver=Approver(step["approver"]),
            waiting_since=since,
            waited_minutes=max(0, int((clock.now() - since).total_seconds() // 60)),
            deciders=await _deciders(session, transfer, Approver(step["approver"])),
        )
    return TransferRead(
        id=transfer.id,
        employee_id=transfer.employee_id,
        employee_name=employee.full_name,
        requested_by=transfer.requested_by,
        kind=transfer.kind,
        destination_unit_id=transfer.destination_unit_id,
        amends_transfer_id=transfer.amends_transfer_id,
        start_date=transfer.start_date,
        end_date=transfer.end_date,
        reason=transfer.reason,
        notes=transfer.notes,
        status=transfer.status,
        version=transfer.version,
        submitted_at=transfer.submitted_at,
        decided_at=transfer.decided_at,
        steps=steps,
        current=current,
        trail=[TrailEntryRead.model_validate(e) for e in trail],
    )


def _summary(transfer: Transfer, employee_name: str) -> TransferSummary:
    step_name = (
        transfer.steps[transfer.current_step]["name"]
        if transfer.current_step is not None and transfer.status == TransferStatus.IN_REVIEW
        else None
    )
    return TransferSummary(
        id=transfer.id,
        employee_id=transfer.employee_id,
        employee_name=employee_name,
        kind=transfer.kind,
        destination_unit_id=transfer.destination_unit_id,
        start_date=transfer.start_date,
        end_date=transfer.end_date,
        status=transfer.status,
        current_step_name=step_name,
        waiting_since=transfer.current_step_since if step_name else None,
        submitted_at=transfer.submitted_at,
    )


async def list_transfers(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    employee_id: uuid.UUID | None = None,
    status: TransferStatus | None = None,
    kind: TransferKind | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[TransferSummary]:
    """Newest first; a person's history travels with them (filter by employee_id)."""
    query = (
        select(Transfer, Employee.full_name)
        .join(Employee, Employee.id == Transfer.employee_id)
        .where(await _visible_transfers(session, actor, clock))
        .order_by(Transfer.submitted_at.desc(), Transfer.id.desc())
        .limit(limit + 1)
    )
    if employee_id is not None:
        query = query.where(Transfer.employee_id == employee_id)
    if status is not None:
        query = query.where(Transfer.status == status)
    if kind is not None:
        query = query.where(Transfer.kind == kind)
    if cursor is not None:
        submitted, last_id = decode_cursor(cursor, arity=2)
        at, after_id = cursor_datetime(submitted), cursor_uuid(last_id)
        query = query.where(or_(Transfer.submitted_at < at, and_(Transfer.submitted_at == at, Transfer.id < after_id)))
    rows = (await session.execute(query)).all()
    page = rows[:limit]
    next_cursor = (
        encode_cursor([page[-1][0].submitted_at.isoformat(), str(page[-1][0].id)]) if len(rows) > limit else None
    )
    return Slice(items=[_summary(t, name) for t, name in page], next_cursor=next_cursor)


async def inbox(
    session: AsyncSession, *, actor: Actor, clock: Clock, limit: int = DEFAULT_LIMIT
) -> list[TransferSummary]:
    """Steps waiting on this actor, oldest first."""
    roles = {g.role for g in actor.grants} & set(rules.APPROVER_ROLE.values())
    if not roles:
        return []
    grants = await _grant_paths(session, actor)
    rows = (
        await session.execute(
            select(Transfer, Employee.full_name, Employee.home_unit_id)
            .join(Employee, Employee.id == Transfer.employee_id)
            .where(
                Transfer.status == TransferStatus.IN_REVIEW,
                Transfer.requested_by != actor.account_id,
                Transfer.employee_id != (actor.employee_id or uuid.UUID(int=0)),
            )
            .order_by(Transfer.current_step_since, Transfer.id)
        )
    ).all()
    paths = await _paths(session, *{r[2] for r in rows}, *{r[0].destination_unit_id for r in rows}) if rows else {}
    waiting = []
    for transfer, name, home_unit_id in rows:
        assert transfer.current_step is not None
        approver = Approver(transfer.steps[transfer.current_step]["approver"])
        if rules.may_decide(
            approver,
            grants,
            employee_home_path=paths[home_unit_id],
            destination_path=paths[transfer.destination_unit_id],
        ):
            waiting.append(_summary(transfer, name))
            if len(waiting) >= limit:
                break
    return waiting


async def transfer_stats(
    session: AsyncSession, *, actor: Actor, clock: Clock, period_from: date, period_to: date
) -> TransferStats:
    """Figures for HR over [from, to]: inclusive days in the organisation's time zone."""
    if not actor.has_role(Role.HR, Role.ADMIN, Role.LEADER):
        raise Forbidden("Only HR, leaders and administrators read transfer figures.")
    if period_to < period_from:
        raise InvalidInput("`to` must not be before `from`.", field="query.to", slug="validation.invalid_range")
    zone = await organisation_timezone(session)
    start = datetime.combine(period_from, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(period_to + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    submitted = (
        await session.scalars(select(Transfer).where(Transfer.submitted_at >= start, Transfer.submitted_at < end))
    ).all()
    decided = (
        await session.scalars(
            select(Transfer).where(
                Transfer.decided_at >= start,
                Transfer.decided_at < end,
                Transfer.status.in_((TransferStatus.APPROVED, TransferStatus.REJECTED, TransferStatus.CANCELLED)),
            )
        )
    ).all()
    approvals = [t for t in decided if t.status in (TransferStatus.APPROVED, TransferStatus.CANCELLED)]
    rejections = [t for t in decided if t.status == TransferStatus.REJECTED]
    waits = [(t.decided_at - t.submitted_at).total_seconds() / 86_400 for t in decided if t.decided_at]
    departments = (
        await session.scalars(select(OrgUnit).where(OrgUnit.kind == OrgUnitKind.DEPARTMENT).order_by(OrgUnit.code))
    ).all()
    seconded_ids = set(
        (
            await session.scalars(
                select(Assignment.employee_id).where(
                    Assignment.kind == AssignmentKind.SECONDMENT,
                    Assignment.cancelled_at.is_(None),
                    Assignment.valid_from <= period_to,
                    or_(Assignment.valid_to.is_(None), Assignment.valid_to > period_from),
                )
            )
        ).all()
    )
    participation = []
    for department in departments:
        people = set(
            (
                await session.scalars(
                    select(Employee.id).where(
                        Employee.status == EmployeeStatus.ACTIVE,
                        Employee.home_unit_id.in_(select(OrgUnit.id).where(OrgUnit.path.startswith(department.path))),
                    )
                )
            ).all()
        )
        seconded = len(people & seconded_ids)
        participation.append(
            DepartmentParticipation(
                department_id=department.id,
                code=department.code,
                name=department.name,
                active_employees=len(people),
                seconded=seconded,
                share=round(seconded / len(people), 4) if people else 0.0,
            )
        )
    return TransferStats(
        period_from=period_from,
        period_to=period_to,
        requests=len(submitted),
        approvals=len(approvals),
        rejections=len(rejections),
        median_days_to_decision=round(statistics.median(waits), 2) if waits else None,
        participation=participation,
    )
