"""A request's life: submitted, decided step by step, edited and resubmitted, withdrawn, cancelled,
and put into effect on final approval.

Every decision is checked here: who may decide which step (never one's own request), which state
allows what, and that a decision applies to the version of the request its decider saw, so two
approvers racing on one step produce one decision and one 409."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.queries import organisation_today
from domain.people.models import Assignment, AssignmentKind, EmployeeStatus
from domain.shared import audit, events, transfer_hooks
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.transfers import rules
from domain.transfers.access import (
    current_deciders,
    decider_candidates,
    get_visible,
    grant_paths,
    lock_employee,
    parties_of,
)
from domain.transfers.chains import chain_steps
from domain.transfers.events import (
    TransferApproved,
    TransferCancelled,
    TransferDecided,
    TransferRejected,
    TransferSubmitted,
    TransferWithdrawn,
)
from domain.transfers.models import (
    Approver,
    TrailAction,
    Transfer,
    TransferKind,
    TransferStatus,
    TransferTrailEntry,
)
from domain.transfers.queries import view_transfer
from domain.transfers.schemas import (
    CancelRequest,
    StepDecision,
    TransferCreate,
    TransferNote,
    TransferRead,
    TransferUpdate,
)
from domain.transfers.terms import assignment_of, check_overlap, secondment_periods, validated_terms


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


async def _require_deciders(session: AsyncSession, transfer: Transfer, *, from_step: int) -> None:
    """Every step still ahead needs someone other than the requester and the employee to decide it;
    otherwise the request would stick unseen, so it is refused with the step named."""
    candidates = await decider_candidates(session, {Approver(step["approver"]) for step in transfer.steps})
    stuck = rules.steps_without_decider(
        transfer.steps, candidates, await parties_of(session, transfer), from_step=from_step
    )
    if stuck:
        name = transfer.steps[stuck[0]]["name"]
        raise InvalidInput(
            _(
                "Nobody but the requester or the employee could decide the step '{name}', so the request would "
                "stick there. Ask a colleague who holds that role to file it, or an administrator to grant the "
                "role.",
                name=name,
            ),
            slug="transfer.no_decider",
            step=stuck[0],
            step_name=name,
        )


async def request_transfer(session: AsyncSession, *, actor: Actor, clock: Clock, data: TransferCreate) -> TransferRead:
    """Employees request for themselves; HR (and admins) may request on someone's behalf."""
    employee_id = data.employee_id or actor.employee_id
    if employee_id is None:
        raise InvalidInput(
            _("Name the employee the request is for."), field="body.employee_id", slug="validation.required"
        )
    if employee_id != actor.employee_id and not actor.has_role(Role.HR, Role.ADMIN):
        raise Forbidden(_("Only HR may request a transfer on someone else's behalf."))
    employee = await lock_employee(session, employee_id)
    if employee.status == EmployeeStatus.LEFT:
        raise InvalidInput(
            _("The employee has left the organisation."), field="body.employee_id", slug="transfer.employee_inactive"
        )
    destination, start, end = await validated_terms(
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
    await _require_deciders(session, transfer, from_step=0)
    session.add(transfer)
    await session.flush()
    session.add(_trail(transfer, actor, clock, TrailAction.SUBMITTED, None, None))
    await events.record(
        session,
        TransferSubmitted.of(transfer, actor.account_id),
        actor=actor,
        clock=clock,
        action="transfer.submitted",
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
        raise Conflict(
            _("The request changed while you were deciding; reload it."), slug="transfer.changed_concurrently"
        )
    await session.refresh(transfer)


def _refuse(exc: rules.TransitionRefused) -> Conflict:
    return Conflict(exc.message, slug="transfer.invalid_state")


async def decide_current_step(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, decision: StepDecision
) -> TransferRead:
    transfer = await get_visible(session, actor, clock, transfer_id)
    if actor.employee_id == transfer.employee_id or actor.account_id == transfer.requested_by:
        raise Forbidden(_("Nobody decides a step of their own request."), slug="transfer.own_request")
    if transfer.status != TransferStatus.IN_REVIEW or transfer.current_step is None:
        raise Conflict(
            _("The request is {status}; no step is waiting.", status=transfer.status.value),
            slug="transfer.not_awaiting_decision",
        )
    if decision.step < transfer.current_step:
        raise Conflict(
            _(
                "Step {step} has already been decided; the request is at step {current_step}.",
                step=decision.step,
                current_step=transfer.current_step,
            ),
            slug="transfer.step_already_decided",
            current_step=transfer.current_step,
        )
    if decision.step > transfer.current_step:
        raise Conflict(
            _(
                "Step {step} is not open yet; the request is at step {current_step}.",
                step=decision.step,
                current_step=transfer.current_step,
            ),
            slug="transfer.step_not_open",
            current_step=transfer.current_step,
        )
    step = transfer.steps[transfer.current_step]
    parties = await parties_of(session, transfer)
    own_role = rules.may_decide(
        Approver(step["approver"]),
        await grant_paths(session, actor),
        employee_home_path=parties.employee_home_path,
        destination_path=parties.destination_path,
    )
    # a step nobody else can decide (grants changed since submission) is HR's to decide
    escalated = not own_role and actor.has_role(Role.HR) and (await current_deciders(session, transfer)).escalated
    if not own_role and not escalated:
        raise Forbidden(
            _("The step '{step}' is not yours to decide.", step=step["name"]), slug="transfer.not_your_step"
        )
    if decision.decision != rules.Decision.APPROVE and decision.comment is None:
        raise InvalidInput(
            _("Say why: a comment is required to reject or return a request."),
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
    if position.status == TransferStatus.APPROVED:
        await transfer_hooks.run(session, transfer.id, actor, clock, transfer_hooks.Moment.APPROVING)
    await _move(session, transfer, clock, position, final=final)
    action = {
        rules.Decision.APPROVE: TrailAction.APPROVED,
        rules.Decision.REJECT: TrailAction.REJECTED,
        rules.Decision.RETURN: TrailAction.RETURNED,
    }[decision.decision]
    session.add(_trail(transfer, actor, clock, action, decision.comment, decided_step))
    if position.status == TransferStatus.APPROVED:
        await _put_into_effect(session, actor, clock, transfer)
    await events.record(
        session,
        TransferDecided.of(
            transfer,
            actor.account_id,
            step=decided_step,
            step_name=step["name"],
            decision=decision.decision.value,
            escalated_to_hr=escalated,
        ),
        actor=actor,
        clock=clock,
        action=f"transfer.{action.value}",
        changes={
            "status": {"before": TransferStatus.IN_REVIEW.value, "after": transfer.status.value},
            "step": {"before": decided_step, "after": transfer.current_step},
            **({"escalated_to_hr": True} if escalated else {}),
        },
    )
    if position.status == TransferStatus.APPROVED:
        events.announce(session, TransferApproved.of(transfer, actor.account_id), clock=clock)
    elif position.status == TransferStatus.REJECTED:
        events.announce(session, TransferRejected.of(transfer, actor.account_id), clock=clock)
        await transfer_hooks.run(session, transfer.id, actor, clock, transfer_hooks.Moment.REJECTED)
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)


async def _put_into_effect(session: AsyncSession, actor: Actor, clock: Clock, transfer: Transfer) -> None:
    """Final approval writes the effective-dated assignment (or moves the amended one)."""
    employee = await lock_employee(session, transfer.employee_id)
    now = clock.now()
    if transfer.kind in (TransferKind.SECONDMENT, TransferKind.PERMANENT):
        if transfer.kind == TransferKind.SECONDMENT:
            periods = await secondment_periods(session, employee.id, ignoring={transfer.id})
            check_overlap(periods, transfer.start_date, rules.period_end(transfer.kind, transfer.end_date))
        else:
            # A permanent move closes any earlier open-ended one on the day it starts
            # (cancelling the move opens it again: _give_back_closed_days).
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
    assignment = await assignment_of(session, transfer.amends_transfer_id)
    if assignment is None:
        raise Conflict(_("The secondment being amended no longer exists."), slug="transfer.not_amendable")
    before = assignment.valid_to
    if transfer.kind == TransferKind.EARLY_RETURN:
        assignment.valid_to = transfer.start_date
    else:
        periods = await secondment_periods(session, employee.id, ignoring={transfer.id, transfer.amends_transfer_id})
        check_overlap(periods, assignment.valid_from, rules.period_end(TransferKind.SECONDMENT, transfer.end_date))
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
    transfer = await get_visible(session, actor, clock, transfer_id)
    if not await _own_request(actor, transfer):
        raise Forbidden(_("Only the requester edits a request."), slug="transfer.not_requester")
    if transfer.status != TransferStatus.RETURNED:
        raise Conflict(_("Only a request returned for changes can be edited."), slug="transfer.invalid_state")
    changes = data.model_dump(exclude_unset=True)
    if "reason" in changes and changes["reason"] is None:
        raise InvalidInput(_("reason cannot be cleared."), field="body.reason", slug="validation.required")
    employee = await lock_employee(session, transfer.employee_id)
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
    destination, start, end = await validated_terms(
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
    transfer = await get_visible(session, actor, clock, transfer_id)
    if not await _own_request(actor, transfer):
        raise Forbidden(_("Only the requester resubmits a request."), slug="transfer.not_requester")
    try:
        position = rules.resubmit(rules.Position(transfer.status, transfer.current_step))
    except rules.TransitionRefused as exc:
        raise _refuse(exc) from exc
    await _require_deciders(session, transfer, from_step=position.current_step or 0)
    await _move(session, transfer, clock, position)
    session.add(_trail(transfer, actor, clock, TrailAction.RESUBMITTED, note.comment, transfer.current_step))
    await events.record(
        session,
        TransferSubmitted.of(transfer, actor.account_id, resubmitted=True),
        actor=actor,
        clock=clock,
        action="transfer.resubmitted",
        changes={"status": {"before": "returned", "after": "in_review"}},
    )
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)


async def withdraw(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, note: TransferNote
) -> TransferRead:
    """The requester (or the employee) withdraws a request until it is decided."""
    transfer = await get_visible(session, actor, clock, transfer_id)
    if not await _own_request(actor, transfer):
        raise Forbidden(_("Only the requester or the employee withdraws a request."), slug="transfer.not_requester")
    before = transfer.status
    waited_at = transfer.current_step
    try:
        position = rules.withdraw(rules.Position(transfer.status, transfer.current_step))
    except rules.TransitionRefused as exc:
        raise _refuse(exc) from exc
    await _move(session, transfer, clock, position, final=True)
    session.add(_trail(transfer, actor, clock, TrailAction.WITHDRAWN, note.comment, None))
    await events.record(
        session,
        TransferWithdrawn.of(transfer, actor.account_id, waited_at_step=waited_at),
        actor=actor,
        clock=clock,
        action="transfer.withdrawn",
        changes={"status": {"before": before.value, "after": "withdrawn"}},
    )
    await transfer_hooks.run(session, transfer.id, actor, clock, transfer_hooks.Moment.WITHDRAWN)
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)


async def withdraw_unfilled(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, comment: str
) -> None:
    """A request whose purpose is gone (the posting it applied to was filled by another) is
    withdrawn: trail, audit and the withdrawal event, in the name of whoever filled the posting.
    The transfer hooks do not run again (the caller is the one that asked)."""
    transfer = await session.get(Transfer, transfer_id)
    if transfer is None or transfer.status not in (TransferStatus.IN_REVIEW, TransferStatus.RETURNED):
        return
    before, waited_at = transfer.status, transfer.current_step
    position = rules.withdraw(rules.Position(transfer.status, transfer.current_step))
    await _move(session, transfer, clock, position, final=True)
    session.add(
        TransferTrailEntry(
            transfer_id=transfer.id,
            action=TrailAction.WITHDRAWN,
            step=None,
            step_name=None,
            actor_account_id=actor.account_id,
            comment=comment,
            occurred_at=clock.now(),
        )
    )
    await events.record(
        session,
        TransferWithdrawn.of(transfer, actor.account_id, waited_at_step=waited_at),
        actor=actor,
        clock=clock,
        action="transfer.withdrawn",
        changes={"status": {"before": before.value, "after": "withdrawn"}, "reason": comment},
    )


async def _give_back_closed_days(session: AsyncSession, actor: Actor, clock: Clock, transfer: Transfer) -> None:
    """Approving a permanent move closed the person's earlier open-ended placement on the move's start
    date; cancelling the move undoes that, so from that date she is where the earlier move put her,
    not back at her home unit. Each live permanent placement that ended on that date runs again
    until the next live permanent move starts (open-ended when none follows), audited like any other
    moved end. The caller holds the employee row lock, as approvals do, so a move approved at the
    same time closes the placement after this, never around it."""
    rows = await session.scalars(
        select(Assignment)
        .where(
            Assignment.employee_id == transfer.employee_id,
            Assignment.kind == AssignmentKind.PERMANENT,
            Assignment.cancelled_at.is_(None),
        )
        .execution_options(populate_existing=True)
    )
    placements = [row for row in rows if row.transfer_id != transfer.id]
    starts = [row.valid_from for row in placements]
    now = clock.now()
    for row in placements:
        if row.valid_to != transfer.start_date or row.valid_from >= transfer.start_date:
            continue
        before = row.valid_to
        row.valid_to = rules.permanent_end(row.valid_from, starts)
        if row.valid_to == before:
            continue
        row.updated_at = now
        await session.flush()
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="assignment.moved",
            entity_type="assignment",
            entity_id=row.id,
            changes=audit.changed_fields({"valid_to": before}, {"valid_to": row.valid_to}),
        )


async def cancel(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, data: CancelRequest
) -> TransferRead:
    """HR cancels an approved transfer that has not started; its assignment is marked cancelled, and
    a permanent move gives back the days it took from the placement it closed."""
    transfer = await get_visible(session, actor, clock, transfer_id)
    require_role(actor, Role.HR, refusal=_("Only HR cancels an approved transfer."))
    today = await organisation_today(session, clock)
    try:
        position = rules.cancel(
            rules.Position(transfer.status, transfer.current_step), start_date=transfer.start_date, today=today
        )
    except rules.TransitionRefused as exc:
        raise _refuse(exc) from exc
    if transfer.kind in (TransferKind.EARLY_RETURN, TransferKind.EXTENSION):
        raise Conflict(
            _("An approved amendment cannot be cancelled; request another amendment."), slug="transfer.invalid_state"
        )
    # taken before any assignment row, in the order approvals take it (no deadlock with them)
    await lock_employee(session, transfer.employee_id)
    await _move(session, transfer, clock, position)
    now = clock.now()
    await session.execute(
        update(Assignment)
        .where(Assignment.transfer_id == transfer.id, Assignment.cancelled_at.is_(None))
        .values(cancelled_at=now, updated_at=now)
    )
    if transfer.kind == TransferKind.PERMANENT:
        await _give_back_closed_days(session, actor, clock, transfer)
    session.add(_trail(transfer, actor, clock, TrailAction.CANCELLED, data.reason, None))
    await events.record(
        session,
        TransferCancelled.of(transfer, actor.account_id),
        actor=actor,
        clock=clock,
        action="transfer.cancelled",
        changes={"status": {"before": "approved", "after": "cancelled"}},
    )
    await transfer_hooks.run(session, transfer.id, actor, clock, transfer_hooks.Moment.CANCELLED)
    return await view_transfer(session, actor=actor, clock=clock, transfer_id=transfer.id)
