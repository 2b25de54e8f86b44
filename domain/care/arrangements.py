"""Flexible arrangements: the person asks for a reduced day, remote days or a daily window for a
period; the configured chain (by default the department head, then HR) decides step by step, with
the same inbox, trail and notifications as transfers. Once approved, expected hours (attendance) and
volume targets (performance) follow it. The legal protections need no request: they apply by rule.

Like transfers: nobody decides their own request, a decision applies to the version its decider saw
(two approvers racing produce one decision and one 409), and one person's arrangements never overlap
(checked under a row lock on the person)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.auth.scopes import require_person
from domain.care.availability import policy_in_force
from domain.care.events import ArrangementDecided, ArrangementSubmitted, ArrangementWithdrawn
from domain.care.models import ArrangementChain, ArrangementStatus, ArrangementTrailEntry, FlexibleArrangement
from domain.care.profile import own_employee
from domain.care.protections import minutes_between
from domain.care.schemas import (
    ArrangementChainRead,
    ArrangementChainUpdate,
    ArrangementCreate,
    ArrangementDecision,
    ArrangementRead,
    ArrangementStep,
    ArrangementTrailRead,
)
from domain.org.models import OrgUnit
from domain.org.queries import organisation_today
from domain.people.models import Employee
from domain.shared import audit, events
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.json_fields import list_item_text
from domain.shared.pagination import (
    DEFAULT_LIMIT,
    Slice,
    after_keys,
    cursor_date,
    cursor_uuid,
    decode_cursor,
    slice_of,
)
from domain.transfers import rules
from domain.transfers.access import (
    WaitingStep,
    decider_candidates,
    grant_paths,
    lock_employee,
    nobody_decides,
    waiting_on,
)
from domain.transfers.models import Approver

CHAIN_ROW = 1
MAX_BACKDATE = timedelta(days=30)
MAX_LENGTH_DAYS = 366
DEFAULT_CHAIN: list[dict[str, str]] = [
    {"name": "Department review", "approver": Approver.HOME_DEPARTMENT.value},
    {"name": "HR approval", "approver": Approver.HR.value},
]
_LIVE = (ArrangementStatus.IN_REVIEW.value, ArrangementStatus.APPROVED.value)


async def chain_steps(session: AsyncSession) -> list[dict[str, str]]:
    row = await session.get(ArrangementChain, CHAIN_ROW)
    return [dict(step) for step in (row.steps if row else DEFAULT_CHAIN)]


async def get_chain(session: AsyncSession, *, actor: Actor) -> ArrangementChainRead:
    """Anyone signed in reads the chain: a person sees who decides before asking."""
    require_person(actor)
    row = await session.get(ArrangementChain, CHAIN_ROW)
    return ArrangementChainRead(
        steps=[ArrangementStep.model_validate(s) for s in (row.steps if row else DEFAULT_CHAIN)],
        updated_at=row.updated_at if row else None,
        is_default=row is None,
    )


async def set_chain(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: ArrangementChainUpdate
) -> ArrangementChainRead:
    require_role(actor, Role.ADMIN, refusal=_("Only administrators configure approval chains."))
    steps = [step.model_dump(mode="json") for step in data.steps]
    row = await session.get(ArrangementChain, CHAIN_ROW, with_for_update=True)
    before = row.steps if row else DEFAULT_CHAIN
    if row is None:
        try:  # the first setting: two at once both find no row to lock, and one insert loses
            async with session.begin_nested():
                session.add(
                    ArrangementChain(id=CHAIN_ROW, steps=steps, updated_at=clock.now(), updated_by=actor.account_id)
                )
                await session.flush()
        except IntegrityError:
            raise Conflict(
                _("The chain was changed meanwhile; reload it and try again."),
                slug="arrangement.chain_changed_concurrently",
            ) from None
    else:
        row.steps = steps
        row.updated_at = clock.now()
        row.updated_by = actor.account_id
        await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="arrangement_chain.updated",
        entity_type="arrangement_chain",
        entity_id=str(CHAIN_ROW),
        changes={"steps": {"before": before, "after": steps}},
    )
    return await get_chain(session, actor=actor)


async def _home_paths(session: AsyncSession, employee_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each person's home unit path, for many people in one read."""
    rows = await session.execute(
        select(Employee.id, OrgUnit.path)
        .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
        .where(Employee.id.in_(employee_ids))
    )
    return {employee_id: path for employee_id, path in rows}


def _parties(arrangement: FlexibleArrangement, home_path: str) -> rules.Parties:
    """An arrangement has no destination: its deciders are found where the person belongs."""
    return rules.Parties(
        employee_home_path=home_path,
        destination_path=home_path,
        requested_by=arrangement.requested_by,
        employee_id=arrangement.employee_id,
    )


async def _parties_of(session: AsyncSession, arrangement: FlexibleArrangement) -> rules.Parties:
    return _parties(arrangement, (await _home_paths(session, {arrangement.employee_id}))[arrangement.employee_id])


async def current_deciders(
    session: AsyncSession, arrangement: FlexibleArrangement, step: int | None = None
) -> rules.StepDeciders:
    """Who may decide the step the arrangement waits at, or `step` (HR, when nobody holds its role)."""
    at = arrangement.current_step if step is None else step
    assert at is not None
    approver = Approver(arrangement.steps[at]["approver"])
    candidates = await decider_candidates(session, {approver})
    return rules.step_deciders(approver, candidates, await _parties_of(session, arrangement))


async def _views(session: AsyncSession, arrangements: list[FlexibleArrangement]) -> list[ArrangementRead]:
    """Arrangements as the API shows them, names and trails read once for all of them."""
    if not arrangements:
        return []
    names = {
        row.id: row
        for row in await session.execute(
            select(Employee.id, Employee.full_name, Employee.local_name).where(
                Employee.id.in_({a.employee_id for a in arrangements})
            )
        )
    }
    trails: dict[uuid.UUID, list[ArrangementTrailRead]] = defaultdict(list)
    for entry in await session.scalars(
        select(ArrangementTrailEntry)
        .where(ArrangementTrailEntry.arrangement_id.in_([a.id for a in arrangements]))
        .order_by(ArrangementTrailEntry.id)
    ):
        trails[entry.arrangement_id].append(ArrangementTrailRead.model_validate(entry))
    return [
        ArrangementRead(
            id=arrangement.id,
            employee_id=arrangement.employee_id,
            employee_name=names[arrangement.employee_id].full_name,
            employee_local_name=names[arrangement.employee_id].local_name,
            requested_by=arrangement.requested_by,
            start_date=arrangement.start_date,
            end_date=arrangement.end_date,
            reduced_minutes=arrangement.reduced_minutes,
            remote_days_per_week=arrangement.remote_days_per_week,
            window_start=arrangement.window_start,
            window_end=arrangement.window_end,
            status=ArrangementStatus(arrangement.status),
            steps=[ArrangementStep.model_validate(s) for s in arrangement.steps],
            current_step=arrangement.current_step,
            current_step_since=arrangement.current_step_since,
            version=arrangement.version,
            created_at=arrangement.created_at,
            updated_at=arrangement.updated_at,
            decided_at=arrangement.decided_at,
            trail=trails[arrangement.id],
        )
        for arrangement in arrangements
    ]


async def _view(session: AsyncSession, arrangement: FlexibleArrangement) -> ArrangementRead:
    return (await _views(session, [arrangement]))[0]


async def _actor_name(session: AsyncSession, actor: Actor) -> str | None:
    if actor.employee_id is None:
        return None
    return await session.scalar(select(Employee.full_name).where(Employee.id == actor.employee_id))


async def _trail(
    session: AsyncSession,
    arrangement: FlexibleArrangement,
    actor: Actor,
    clock: Clock,
    action: str,
    step: int | None,
    comment: str | None = None,
) -> None:
    session.add(
        ArrangementTrailEntry(
            arrangement_id=arrangement.id,
            step=step,
            step_name=arrangement.steps[step]["name"] if step is not None else None,
            action=action,
            actor_account_id=actor.account_id,
            actor_name=await _actor_name(session, actor),
            comment=comment,
            at=clock.now(),
        )
    )


async def _check_terms(session: AsyncSession, clock: Clock, data: ArrangementCreate) -> None:
    """Terms a person could not mean, each refused with its field; nothing is stored."""
    if data.end_date < data.start_date:
        raise InvalidInput(
            _("The end date must not be before the start date."), field="body.end_date", slug="validation.invalid_range"
        )
    if (data.end_date - data.start_date).days + 1 > MAX_LENGTH_DAYS:
        raise InvalidInput(
            _("An arrangement lasts at most 366 days; ask again to renew it."),
            field="body.end_date",
            slug="arrangement.too_long",
        )
    if data.start_date < await organisation_today(session, clock) - MAX_BACKDATE:
        raise InvalidInput(
            _("An arrangement cannot start more than 30 days in the past."),
            field="body.start_date",
            slug="arrangement.too_far_back",
        )
    if not (data.reduced_minutes or data.remote_days_per_week or data.window_start or data.window_end):
        raise InvalidInput(
            _("Ask for at least one change: a reduced day, remote days or a daily window."),
            field="body",
            slug="arrangement.empty",
        )
    if (data.window_start is None) != (data.window_end is None):
        field = "body.window_end" if data.window_end is None else "body.window_start"
        raise InvalidInput(_("A daily window needs both a start and an end."), field=field, slug="arrangement.window")
    policy, _version = await policy_in_force(session)
    if data.reduced_minutes >= policy.standard_day_minutes:
        raise InvalidInput(
            _("A reduced day must leave some of the working day."),
            field="body.reduced_minutes",
            slug="arrangement.reduced_too_much",
        )
    if data.window_start is not None and data.window_end is not None:
        held = minutes_between(data.window_start, data.window_end)
        remaining = policy.standard_day_minutes - data.reduced_minutes
        if held <= 0:
            raise InvalidInput(
                _("The window must end after it starts, on the same day."),
                field="body.window_end",
                slug="arrangement.window",
            )
        if held < remaining:
            raise InvalidInput(
                _(
                    "The window holds {held} minutes but the day still needs {remaining}; "
                    "ask for a reduced day as well, or widen the window.",
                    held=held,
                    remaining=remaining,
                ),
                field="body.window_end",
                slug="arrangement.window_too_short",
                held_minutes=held,
                remaining_minutes=remaining,
            )


async def submit(session: AsyncSession, *, actor: Actor, clock: Clock, data: ArrangementCreate) -> ArrangementRead:
    employee_id = own_employee(actor)
    await _check_terms(session, clock, data)
    await lock_employee(session, employee_id)
    overlapping = await session.scalar(
        select(FlexibleArrangement.id).where(
            FlexibleArrangement.employee_id == employee_id,
            FlexibleArrangement.status.in_(_LIVE),
            FlexibleArrangement.start_date <= data.end_date,
            FlexibleArrangement.end_date >= data.start_date,
        )
    )
    if overlapping is not None:
        raise Conflict(
            _("You already have an arrangement for some of these days; withdraw it or choose other dates."),
            slug="arrangement.overlap",
            conflicting_arrangement_id=str(overlapping),
            errors=[
                {
                    "field": "body.start_date",
                    "message": _("overlaps another arrangement"),
                    "type": "arrangement.overlap",
                }
            ],
        )
    steps = await chain_steps(session)
    now = clock.now()
    arrangement = FlexibleArrangement(
        employee_id=employee_id,
        requested_by=actor.account_id,
        start_date=data.start_date,
        end_date=data.end_date,
        reduced_minutes=data.reduced_minutes,
        remote_days_per_week=data.remote_days_per_week,
        window_start=data.window_start,
        window_end=data.window_end,
        status=ArrangementStatus.IN_REVIEW.value,
        steps=steps,
        current_step=0,
        current_step_since=now,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(arrangement)
    await session.flush()
    candidates = await decider_candidates(session, {Approver(step["approver"]) for step in steps})
    parties = await _parties_of(session, arrangement)
    stuck = rules.steps_without_decider(steps, candidates, parties)
    if stuck and not rules.eligible_deciders(Approver.HR, candidates, parties):
        raise Conflict(
            _("Nobody could decide this request (step {step}); ask HR to assign the approvers.", step=stuck[0]),
            slug="arrangement.no_decider",
        )
    await _trail(session, arrangement, actor, clock, "submitted", None)
    await events.record(
        session,
        ArrangementSubmitted.of(arrangement, actor.account_id),
        actor=actor,
        clock=clock,
        changes={
            "start_date": data.start_date.isoformat(),
            "end_date": data.end_date.isoformat(),
            "reduced_minutes": data.reduced_minutes,
            "remote_days_per_week": data.remote_days_per_week,
            "window": None
            if data.window_start is None or data.window_end is None
            else f"{data.window_start:%H:%M}-{data.window_end:%H:%M}",
        },
    )
    await session.flush()
    return await _view(session, arrangement)


async def _may_see(session: AsyncSession, actor: Actor, arrangement: FlexibleArrangement) -> bool:
    if actor.is_client:
        return False
    if actor.employee_id == arrangement.employee_id or actor.account_id == arrangement.requested_by:
        return True
    if actor.has_role(Role.HR):
        return True
    if not actor.has_role(Role.DEPT_HEAD):
        return False
    parties = await _parties_of(session, arrangement)
    return rules.may_decide(
        Approver.HOME_DEPARTMENT,
        await grant_paths(session, actor),
        employee_home_path=parties.employee_home_path,
        destination_path=parties.destination_path,
    )


async def _visible(session: AsyncSession, actor: Actor, arrangement_id: uuid.UUID) -> FlexibleArrangement:
    arrangement = await session.get(FlexibleArrangement, arrangement_id)
    if arrangement is None or not await _may_see(session, actor, arrangement):
        raise NotFound(
            _("No arrangement {arrangement_id}.", arrangement_id=arrangement_id), slug="arrangement.not_found"
        )
    return arrangement


async def get_arrangement(session: AsyncSession, *, actor: Actor, arrangement_id: uuid.UUID) -> ArrangementRead:
    return await _view(session, await _visible(session, actor, arrangement_id))


async def _move(session: AsyncSession, arrangement: FlexibleArrangement, clock: Clock, **values: Any) -> None:
    """Applies a change only to the version read; a concurrent change makes it a 409."""
    now = clock.now()
    moved = await session.execute(
        update(FlexibleArrangement)
        .where(FlexibleArrangement.id == arrangement.id, FlexibleArrangement.version == arrangement.version)
        .values(version=arrangement.version + 1, updated_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(
            _("The request changed while you were deciding; reload it."), slug="arrangement.changed_concurrently"
        )
    await session.refresh(arrangement)


async def decide(
    session: AsyncSession, *, actor: Actor, clock: Clock, arrangement_id: uuid.UUID, decision: ArrangementDecision
) -> ArrangementRead:
    arrangement = await _visible(session, actor, arrangement_id)
    if actor.employee_id == arrangement.employee_id or actor.account_id == arrangement.requested_by:
        raise Forbidden(_("Nobody decides a step of their own request."), slug="arrangement.own_request")
    if arrangement.status != ArrangementStatus.IN_REVIEW.value or arrangement.current_step is None:
        raise Conflict(
            _("The request is {status}; no step is waiting.", status=arrangement.status),
            slug="arrangement.not_awaiting_decision",
        )
    if decision.step != arrangement.current_step:
        raise Conflict(
            _(
                "Step {step} is not the one waiting; the request is at step {current_step}.",
                step=decision.step,
                current_step=arrangement.current_step,
            ),
            slug="arrangement.step_mismatch",
            current_step=arrangement.current_step,
        )
    step = arrangement.steps[arrangement.current_step]
    parties = await _parties_of(session, arrangement)
    own_role = rules.may_decide(
        Approver(step["approver"]),
        await grant_paths(session, actor),
        employee_home_path=parties.employee_home_path,
        destination_path=parties.destination_path,
    )
    escalated = not own_role and actor.has_role(Role.HR) and (await current_deciders(session, arrangement)).escalated
    if not own_role and not escalated:
        raise Forbidden(
            _("The step '{step}' is not yours to decide.", step=step["name"]), slug="arrangement.not_your_step"
        )
    if decision.decision == rules.Decision.REJECT and decision.comment is None:
        raise InvalidInput(
            _("Say why: a comment is required to reject a request."), field="body.comment", slug="validation.required"
        )
    decided_step = arrangement.current_step
    now = clock.now()
    if decision.decision == rules.Decision.REJECT:
        await _move(
            session,
            arrangement,
            clock,
            status=ArrangementStatus.REJECTED.value,
            current_step=None,
            current_step_since=None,
            decided_at=now,
        )
        action = "rejected"
    elif decided_step + 1 >= len(arrangement.steps):
        await _move(
            session,
            arrangement,
            clock,
            status=ArrangementStatus.APPROVED.value,
            current_step=None,
            current_step_since=None,
            decided_at=now,
        )
        action = "approved"
    else:
        await _move(session, arrangement, clock, current_step=decided_step + 1, current_step_since=now)
        action = "approved"
    await _trail(session, arrangement, actor, clock, action, decided_step, decision.comment)
    await events.record(
        session,
        ArrangementDecided.of(
            arrangement, actor.account_id, step=decided_step, step_name=step["name"], decision=decision.decision.value
        ),
        actor=actor,
        clock=clock,
        action=f"arrangement.{action}",
        changes={
            "status": {"before": ArrangementStatus.IN_REVIEW.value, "after": arrangement.status},
            "step": {"before": decided_step, "after": arrangement.current_step},
            **({"escalated_to_hr": True} if escalated else {}),
        },
    )
    await session.flush()
    return await _view(session, arrangement)


async def withdraw(session: AsyncSession, *, actor: Actor, clock: Clock, arrangement_id: uuid.UUID) -> ArrangementRead:
    """The person withdraws a request still in review, or an approved one that has not started."""
    arrangement = await _visible(session, actor, arrangement_id)
    if actor.employee_id != arrangement.employee_id and actor.account_id != arrangement.requested_by:
        raise Forbidden(_("Only the person who asked withdraws a request."), slug="arrangement.not_yours")
    today = await organisation_today(session, clock)
    live = arrangement.status == ArrangementStatus.IN_REVIEW.value or (
        arrangement.status == ArrangementStatus.APPROVED.value and arrangement.start_date > today
    )
    if not live:
        raise Conflict(
            _("A request that is {status} or already started can no longer be withdrawn.", status=arrangement.status),
            slug="arrangement.invalid_state",
        )
    before = arrangement.status
    await _move(
        session,
        arrangement,
        clock,
        status=ArrangementStatus.WITHDRAWN.value,
        current_step=None,
        current_step_since=None,
    )
    await _trail(session, arrangement, actor, clock, "withdrawn", None)
    await events.record(
        session,
        ArrangementWithdrawn.of(arrangement, actor.account_id),
        actor=actor,
        clock=clock,
        changes={"status": {"before": before, "after": arrangement.status}},
    )
    await session.flush()
    return await _view(session, arrangement)


async def my_arrangements(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[ArrangementRead]:
    """Mine, latest start first."""
    employee_id = own_employee(actor)
    order = (FlexibleArrangement.start_date, FlexibleArrangement.id)
    query = (
        select(FlexibleArrangement)
        .where(FlexibleArrangement.employee_id == employee_id)
        .order_by(*(column.desc() for column in order))
        .limit(limit + 1)
    )
    if cursor is not None:
        day, last = decode_cursor(cursor, arity=2)
        query = query.where(after_keys(order, [cursor_date(day), cursor_uuid(last)], descending=[True, True]))
    page = slice_of(list(await session.scalars(query)), limit, lambda row: [row.start_date.isoformat(), str(row.id)])
    return Slice(items=await _views(session, page.items), next_cursor=page.next_cursor)


async def inbox(session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT) -> list[ArrangementRead]:
    """Arrangement steps waiting on this actor, oldest first: those its grants decide where the person
    belongs, and for HR those nobody else can (transfers.access.waiting_on), in one query."""
    if actor.is_client or not actor.has_role(Role.DEPT_HEAD, Role.HR):
        return []
    home = aliased(OrgUnit, name="home_unit")
    approver = list_item_text(FlexibleArrangement.steps, FlexibleArrangement.current_step, "approver")
    stuck = None
    if actor.has_role(Role.HR):
        in_review = await session.execute(
            select(
                FlexibleArrangement.id,
                approver,
                home.path,
                FlexibleArrangement.requested_by,
                FlexibleArrangement.employee_id,
            )
            .join(Employee, Employee.id == FlexibleArrangement.employee_id)
            .join(home, home.id == Employee.home_unit_id)
            .where(FlexibleArrangement.status == ArrangementStatus.IN_REVIEW.value)
        )
        steps = [
            WaitingStep(key, Approver(step), rules.Parties(path, path, requested_by, employee_id))
            for key, step, path, requested_by, employee_id in in_review
        ]
        stuck = FlexibleArrangement.id.in_(await nobody_decides(session, steps))
    waiting = list(
        await session.scalars(
            select(FlexibleArrangement)
            .join(Employee, Employee.id == FlexibleArrangement.employee_id)
            .join(home, home.id == Employee.home_unit_id)
            .where(
                FlexibleArrangement.status == ArrangementStatus.IN_REVIEW.value,
                FlexibleArrangement.requested_by != actor.account_id,
                FlexibleArrangement.employee_id != (actor.employee_id or uuid.UUID(int=0)),
                waiting_on(
                    await grant_paths(session, actor),
                    approver=approver,
                    home_path=home.path,
                    destination_path=home.path,
                    stuck=stuck,
                ),
            )
            .order_by(FlexibleArrangement.current_step_since, FlexibleArrangement.id)
            .limit(limit)
        )
    )
    return await _views(session, waiting)
