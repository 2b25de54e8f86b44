"""Checking a request's terms: destination, period, and one person's secondments never overlapping."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnitKind
from domain.org.queries import organisation_today
from domain.org.rules import kind_name
from domain.people.assignments import assignments_of, unit_on
from domain.people.models import Assignment, AssignmentKind, Employee
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput
from domain.shared.i18n import Message, _
from domain.transfers import rules
from domain.transfers.access import (
    get_visible,
    unit_or_invalid,
)
from domain.transfers.models import (
    Transfer,
    TransferKind,
    TransferStatus,
)

LIVE = (TransferStatus.IN_REVIEW, TransferStatus.RETURNED)
PLACES = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)
MAX_DECIDERS_LISTED = 20


async def secondment_periods(
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


def check_overlap(periods: list[tuple[date, date | None]], start: date, end: date | None) -> None:
    for other_start, other_end in periods:
        if rules.overlaps(start, end, other_start, other_end):
            last_day = other_end - timedelta(days=1) if other_end else _("open-ended")
            raise Conflict(
                _(
                    "The employee already has a secondment from {other_start} to {last_day} that overlaps this one.",
                    other_start=other_start,
                    last_day=last_day,
                ),
                slug="transfer.overlap",
                overlapping_from=other_start.isoformat(),
                overlapping_to=(other_end - timedelta(days=1)).isoformat() if other_end else None,
            )


async def assignment_of(session: AsyncSession, transfer_id: uuid.UUID) -> Assignment | None:
    return await session.scalar(
        select(Assignment).where(Assignment.transfer_id == transfer_id, Assignment.cancelled_at.is_(None))
    )


# --- requesting ---------------------------------------------------------------------------------


def _required(value: Any, field: str, what: Message) -> Any:
    if value is None:
        raise InvalidInput(
            _("{what} is required for this kind of request.", what=what),
            field=f"body.{field}",
            slug="validation.required",
        )
    return value


def _forbidden_field(value: Any, field: str, kind: TransferKind) -> None:
    if value is not None:
        raise InvalidInput(
            _("{field} does not apply to a {kind} request.", field=field, kind=kind.value),
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
    amended = await get_visible(session, actor, clock, amends)
    assignment = await assignment_of(session, amended.id)
    if (
        amended.employee_id != employee_id
        or amended.kind != TransferKind.SECONDMENT
        or amended.status != TransferStatus.APPROVED
        or assignment is None
    ):
        raise InvalidInput(
            _("Only an approved secondment of the same employee can be returned from early or extended."),
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
            _("This secondment already has an amendment waiting for approval."), slug="transfer.amendment_pending"
        )
    return amended, assignment


async def validated_terms(
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
        destination = await unit_or_invalid(
            session,
            _required(destination_unit_id, "destination_unit_id", _("A destination")),
            "body.destination_unit_id",
        )
        start = _required(start_date, "start_date", _("A start date"))
        if kind == TransferKind.PERMANENT:
            _forbidden_field(end_date, "end_date", kind)
        if destination.kind not in PLACES:
            raise InvalidInput(
                _("The destination must be a store or a project, not a {kind}.", kind=kind_name(destination.kind)),
                field="body.destination_unit_id",
                slug="transfer.invalid_destination",
            )
        current = unit_on(employee.home_unit_id, await assignments_of(session, employee.id), start)
        if current == destination.id:
            raise InvalidInput(
                _("The employee already works at the destination on the start date."),
                field="body.destination_unit_id",
                slug="transfer.same_unit",
            )
        problem = rules.period_problem(kind, start, end_date, today)
        if problem:
            field, reason = problem
            raise InvalidInput(reason, field=f"body.{field}", slug="transfer.invalid_period")
        if kind == TransferKind.SECONDMENT:
            periods = await secondment_periods(session, employee.id, ignoring=ignoring)
            check_overlap(periods, start, rules.period_end(kind, end_date))
        return destination.id, start, end_date

    _forbidden_field(destination_unit_id, "destination_unit_id", kind)
    amended, assignment = await _resolve_amended(
        session,
        actor,
        clock,
        employee.id,
        _required(amends_transfer_id, "amends_transfer_id", _("The secondment to amend")),
        ignoring,
    )
    assert assignment.valid_to is not None
    if kind == TransferKind.EARLY_RETURN:
        _forbidden_field(end_date, "end_date", kind)
        back = _required(start_date, "start_date", _("The first day back"))
        if not assignment.valid_from < back < assignment.valid_to:
            raise InvalidInput(
                _(
                    "The first day back must fall after {valid_from} and before {valid_to}.",
                    valid_from=assignment.valid_from,
                    valid_to=assignment.valid_to,
                ),
                field="body.start_date",
                slug="transfer.invalid_period",
            )
        if back < today - rules.MAX_BACKDATE:
            raise InvalidInput(
                _("A request cannot start more than 30 days in the past."),
                field="body.start_date",
                slug="transfer.invalid_period",
            )
        return amended.destination_unit_id, back, None
    _forbidden_field(start_date, "start_date", kind)
    new_last_day = _required(end_date, "end_date", _("The new last day"))
    if new_last_day < assignment.valid_to:
        raise InvalidInput(
            _(
                "An extension must end after the current last day, {last_day}.",
                last_day=assignment.valid_to - timedelta(days=1),
            ),
            field="body.end_date",
            slug="transfer.invalid_period",
        )
    if assignment.valid_to <= today:
        raise InvalidInput(
            _("The secondment has already ended; request a new one."),
            field="body.amends_transfer_id",
            slug="transfer.already_ended",
        )
    periods = await secondment_periods(session, employee.id, ignoring=ignoring | {amended.id})
    check_overlap(periods, assignment.valid_from, rules.period_end(TransferKind.SECONDMENT, new_last_day))
    return amended.destination_unit_id, assignment.valid_to, new_last_day
