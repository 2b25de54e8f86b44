"""What people see of requests: one request with its steps and trail, lists, and the approver's inbox."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.org.models import OrgUnit
from domain.people.models import Account, Employee
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.json_fields import list_item_text
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, timestamp_cursor
from domain.transfers import rules
from domain.transfers.access import (
    WaitingStep,
    current_deciders,
    get_visible,
    grant_paths,
    nobody_decides,
    visible_transfers,
    waiting_on,
)
from domain.transfers.models import (
    Approver,
    TrailAction,
    Transfer,
    TransferKind,
    TransferStatus,
    TransferTrailEntry,
)
from domain.transfers.schemas import (
    CurrentStep,
    PersonRef,
    StepView,
    TrailEntryRead,
    TransferRead,
    TransferSummary,
)

MAX_DECIDERS_LISTED = 20

Origin = aliased(OrgUnit, name="origin_unit")
Destination = aliased(OrgUnit, name="destination_unit")
# read beside each transfer, by joins: the employee's names and home unit, and both units' names
NAMED_COLUMNS = (
    Employee.full_name,
    Employee.home_unit_id,
    Origin.name,
    Origin.local_name,
    Destination.name,
    Destination.local_name,
)


def with_names(query: Any) -> Any:
    """`query` (over Transfer) joined to what a screen shows beside the ids: one query for a page."""
    return (
        query.add_columns(*NAMED_COLUMNS)
        .join(Employee, Employee.id == Transfer.employee_id)
        .join(Origin, Origin.id == Employee.home_unit_id)
        .join(Destination, Destination.id == Transfer.destination_unit_id)
    )


@dataclass(frozen=True, slots=True)
class Names:
    """The names a transfer is shown with (local names in Chinese characters, when recorded)."""

    employee_name: str
    origin_unit_id: uuid.UUID
    origin_unit_name: str
    origin_unit_local_name: str | None
    destination_unit_name: str
    destination_unit_local_name: str | None

    @classmethod
    def of(cls, row: Any) -> Names:
        """From the NAMED_COLUMNS of a row, in their order."""
        employee_name, home_unit_id, origin, origin_local, destination, destination_local = row
        return cls(employee_name, home_unit_id, origin, origin_local, destination, destination_local)

    def fields(self) -> dict[str, Any]:
        return {
            "employee_name": self.employee_name,
            "origin_unit_id": self.origin_unit_id,
            "origin_unit_name": self.origin_unit_name,
            "origin_unit_local_name": self.origin_unit_local_name,
            "destination_unit_name": self.destination_unit_name,
            "destination_unit_local_name": self.destination_unit_local_name,
        }


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
    transfer = await get_visible(session, actor, clock, transfer_id)
    names = Names.of(
        (await session.execute(with_names(select(Transfer.id)).where(Transfer.id == transfer.id))).one()[1:]
    )
    # the trail with each actor's names, in one query
    trail_rows = (
        await session.execute(
            select(TransferTrailEntry, Employee.full_name, Employee.local_name)
            .outerjoin(Account, Account.id == TransferTrailEntry.actor_account_id)
            .outerjoin(Employee, Employee.id == Account.employee_id)
            .where(TransferTrailEntry.transfer_id == transfer.id)
            .order_by(TransferTrailEntry.id)
        )
    ).all()
    trail = [entry for entry, _, _ in trail_rows]
    steps = _step_states(transfer, trail)
    current = None
    if transfer.status == TransferStatus.IN_REVIEW and transfer.current_step is not None:
        step = transfer.steps[transfer.current_step]
        since = transfer.current_step_since or transfer.submitted_at
        deciders = await current_deciders(session, transfer)
        current = CurrentStep(
            position=transfer.current_step,
            name=step["name"],
            approver=Approver(step["approver"]),
            waiting_since=since,
            waited_minutes=max(0, int((clock.now() - since).total_seconds() // 60)),
            deciders=[
                PersonRef(account_id=person.account_id, employee_id=person.employee_id, full_name=person.full_name)
                for person in deciders.people[:MAX_DECIDERS_LISTED]
            ],
            escalated_to_hr=deciders.escalated,
        )
    return TransferRead(
        id=transfer.id,
        employee_id=transfer.employee_id,
        requested_by=transfer.requested_by,
        kind=transfer.kind,
        destination_unit_id=transfer.destination_unit_id,
        **names.fields(),
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
        trail=[
            TrailEntryRead.model_validate(entry).model_copy(update={"actor_name": name, "actor_local_name": local_name})
            for entry, name, local_name in trail_rows
        ],
    )


def _summary(transfer: Transfer, names: Names) -> TransferSummary:
    step_name = (
        transfer.steps[transfer.current_step]["name"]
        if transfer.current_step is not None and transfer.status == TransferStatus.IN_REVIEW
        else None
    )
    return TransferSummary(
        id=transfer.id,
        employee_id=transfer.employee_id,
        kind=transfer.kind,
        destination_unit_id=transfer.destination_unit_id,
        **names.fields(),
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
        with_names(select(Transfer))
        .where(await visible_transfers(session, actor, clock))
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
        query = query.where(after_cursor(cursor, Transfer.submitted_at, Transfer.id))
    rows = (await session.execute(query)).all()
    page = rows[:limit]
    next_cursor = timestamp_cursor(page[-1][0].submitted_at, page[-1][0].id) if len(rows) > limit else None
    return Slice(items=[_summary(row[0], Names.of(row[1:])) for row in page], next_cursor=next_cursor)


# requests in review read at a time for HR's inbox (four default pages; at least one page)
INBOX_BATCH = 200


async def inbox(
    session: AsyncSession, *, actor: Actor, clock: Clock, limit: int = DEFAULT_LIMIT
) -> list[TransferSummary]:
    """Steps waiting on this actor, oldest first: those its grants decide, and for HR those nobody
    else can (access.waiting_on). Which steps nobody else can decide is worked out for the requests
    in review oldest first, a batch at a time, until the page is full: HR's inbox costs its page,
    not every request in review."""
    if not {g.role for g in actor.grants} & set(rules.APPROVER_ROLE.values()):
        return []
    approver = list_item_text(Transfer.steps, Transfer.current_step, "approver")
    grants = await grant_paths(session, actor)
    mine = [
        Transfer.status == TransferStatus.IN_REVIEW,
        Transfer.requested_by != actor.account_id,
        Transfer.employee_id != (actor.employee_id or uuid.UUID(int=0)),
    ]

    async def page(where: list[ColumnElement[bool]], stuck: ColumnElement[bool] | None, size: int) -> list[Any]:
        waiting = waiting_on(
            grants, approver=approver, home_path=Origin.path, destination_path=Destination.path, stuck=stuck
        )
        query = with_names(select(Transfer)).where(*mine, *where, waiting)
        return list((await session.execute(query.order_by(Transfer.current_step_since, Transfer.id).limit(size))).all())

    if not actor.has_role(Role.HR):
        rows = await page([], None, limit)
    else:
        rows, after = [], None
        batch = max(limit, INBOX_BATCH)
        while len(rows) < limit:
            in_review = (
                select(
                    Transfer.id,
                    approver,
                    Origin.path,
                    Destination.path,
                    Transfer.requested_by,
                    Transfer.employee_id,
                    Transfer.current_step_since,
                )
                .join(Employee, Employee.id == Transfer.employee_id)
                .join(Origin, Origin.id == Employee.home_unit_id)
                .join(Destination, Destination.id == Transfer.destination_unit_id)
                .where(*mine)
                .order_by(Transfer.current_step_since, Transfer.id)
                .limit(batch)
            )
            if after is not None:
                in_review = in_review.where(tuple_(Transfer.current_step_since, Transfer.id) > after)
            found = (await session.execute(in_review)).all()
            if not found:
                break
            steps = [
                WaitingStep(key, Approver(step), rules.Parties(home, destination, requested_by, employee_id))
                for key, step, home, destination, requested_by, employee_id, _since in found
            ]
            stuck = Transfer.id.in_(await nobody_decides(session, steps))
            rows += await page([Transfer.id.in_([step.key for step in steps])], stuck, limit - len(rows))
            if len(found) < batch:
                break
            after = (found[-1].current_step_since, found[-1].id)
    return [_summary(transfer, Names.of(named)) for transfer, *named in rows]
