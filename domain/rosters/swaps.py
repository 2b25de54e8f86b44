"""Shift swaps and cover: an employee offers a shift of a published roster, a colleague who may work
at the store that day takes it (the taker's rules are checked then), the store manager approves and
the shift moves, checked again. Nobody approves a swap they are part of."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.org.queries import subtree_paths
from domain.people.models import Employee
from domain.rosters import events
from domain.rosters.commands import refuse, save_keys
from domain.rosters.models import Roster, RosterShift, RosterStatus, ShiftSwap, ShiftTemplate, SwapStatus
from domain.rosters.policy import rules_in_force
from domain.rosters.schemas import ShiftSwapCreate, ShiftSwapRead, SwapDecision, SwapVersion
from domain.rosters.templates import planned_store
from domain.rosters.weeks import Key, Week, eligible_days, load_week, per_person, shift_of, violations
from domain.shared import events as recorder
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, timestamp_cursor

OPEN = (SwapStatus.OFFERED.value, SwapStatus.TAKEN.value)


def week_of(day: date, week_starts_on: int) -> date:
    return day - timedelta(days=(day.weekday() - week_starts_on) % 7)


def _not_found(swap_id: uuid.UUID) -> NotFound:
    return NotFound(_("No shift swap {swap_id}.", swap_id=swap_id), slug="shift_swap.not_found")


async def _read(session: AsyncSession, swaps: list[ShiftSwap]) -> list[ShiftSwapRead]:
    if not swaps:
        return []
    stores = {
        s.id: s for s in await session.scalars(select(OrgUnit).where(OrgUnit.id.in_({w.store_id for w in swaps})))
    }
    templates = {
        t.id: t
        for t in await session.scalars(
            select(ShiftTemplate).where(ShiftTemplate.id.in_({w.template_id for w in swaps}))
        )
    }
    people_ids = {w.offered_by for w in swaps} | {w.taken_by for w in swaps if w.taken_by}
    names = dict(
        (await session.execute(select(Employee.id, Employee.full_name).where(Employee.id.in_(people_ids)))).all()
    )
    found = []
    for swap in swaps:
        store, template = stores[swap.store_id], templates[swap.template_id]
        start, end = span_of(store, swap.day, template)
        found.append(
            ShiftSwapRead(
                id=swap.id,
                store_id=store.id,
                store_name=store.name,
                day=swap.day,
                template_id=template.id,
                code=template.code,
                name=template.name,
                starts_at=start,
                ends_at=end,
                time_zone=store.timezone,
                offered_by=swap.offered_by,
                offered_by_name=names[swap.offered_by],
                taken_by=swap.taken_by,
                taken_by_name=names.get(swap.taken_by) if swap.taken_by else None,
                status=SwapStatus(swap.status),
                note=swap.note,
                comment=swap.comment,
                version=swap.version,
                created_at=swap.created_at,
            )
        )
    return found


async def _week_for(session: AsyncSession, store: OrgUnit, day: date, *, extra: list[uuid.UUID]) -> Week:
    settings, _version = await rules_in_force(session)
    return await load_week(session, store, week_of(day, settings.week_starts_on), lock=True, extra=extra)


def _moved(week: Week, swap: ShiftSwap, taker: uuid.UUID) -> tuple[list[Key], Key]:
    old = Key(swap.offered_by, swap.day, swap.template_id)
    new = Key(taker, swap.day, swap.template_id)
    return [new if k == old else k for k in week.keys], new


def _check_taker(week: Week, swap: ShiftSwap, taker: uuid.UUID, language: str) -> list[Key]:
    """The taker must be free to work here that day and keep every rule with the shift; the week's
    women's share is checked too (the roster is published)."""
    if swap.day not in week.eligible.get(taker, set()):
        raise Conflict(
            _("You are not assigned to this store on {day}.", day=swap.day), slug="shift_swap.taker_not_assigned"
        )
    keys, new = _moved(week, swap, taker)
    if new in week.shift_ids:
        raise Conflict(_("You already work this shift."), slug="shift_swap.already_on_shift")
    found = violations(week, keys)
    refuse([v for v in found if v not in per_person(found) or any(p.person == taker for p in v.placements)], language)
    return keys


async def _locked(session: AsyncSession, swap_id: uuid.UUID) -> ShiftSwap:
    swap = await session.scalar(select(ShiftSwap).where(ShiftSwap.id == swap_id).with_for_update())
    if swap is None:
        raise _not_found(swap_id)
    return swap


def _check_version(swap: ShiftSwap, version: int) -> None:
    if swap.version != version:
        raise Conflict(
            _("The shift swap was changed meanwhile; reload it and try again."),
            slug="shift_swap.version_conflict",
            current_version=swap.version,
        )


def _event(kind: type[events.SwapEvent], swap: ShiftSwap, actor: Actor) -> events.SwapEvent:
    return events.of_swap(kind, swap, actor.account_id)


async def offer_shift(session: AsyncSession, *, actor: Actor, clock: Clock, data: ShiftSwapCreate) -> ShiftSwapRead:
    if actor.employee_id is None:
        raise Forbidden(_("Only an employee offers a shift."), slug="shift_swap.no_employee")
    shift = await session.get(RosterShift, data.roster_shift_id)
    if shift is None or shift.employee_id != actor.employee_id:
        raise NotFound(_("No shift {shift_id} of yours.", shift_id=data.roster_shift_id), slug="roster_shift.not_found")
    roster = await session.scalar(select(Roster).where(Roster.id == shift.roster_id).with_for_update())
    assert roster is not None
    if roster.status != RosterStatus.PUBLISHED.value:
        raise Conflict(_("Only a shift of a published roster is offered."), slug="shift_swap.not_published")
    template = await session.get(ShiftTemplate, shift.template_id)
    store = await session.get(OrgUnit, roster.store_id)
    assert template is not None and store is not None
    starts, _end = span_of(store, shift.day, template)
    if starts <= clock.now():
        raise Conflict(_("The shift has started; it can no longer be offered."), slug="shift_swap.shift_started")
    already = await session.scalar(
        select(ShiftSwap.id).where(ShiftSwap.roster_shift_id == shift.id, ShiftSwap.status.in_(OPEN)).limit(1)
    )
    if already is not None:
        raise Conflict(_("This shift is already offered."), slug="shift_swap.already_offered", swap_id=str(already))
    now = clock.now()
    swap = ShiftSwap(
        store_id=store.id,
        roster_shift_id=shift.id,
        day=shift.day,
        template_id=template.id,
        offered_by=actor.employee_id,
        status=SwapStatus.OFFERED.value,
        note=data.note,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(swap)
    await session.flush()
    await recorder.record(session, _event(events.SwapOffered, swap, actor), actor=actor, clock=clock)
    return (await _read(session, [swap]))[0]


def span_of(store: OrgUnit, day: date, template: ShiftTemplate) -> tuple[datetime, datetime]:
    start, end = shift_of(template).span(day)
    return start.replace(tzinfo=ZoneInfo(store.timezone)), end.replace(tzinfo=ZoneInfo(store.timezone))


async def list_swaps(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    store_id: uuid.UUID | None,
    status: SwapStatus | None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[ShiftSwapRead]:
    """Mine (offered or taken), the open offers at the store I work at, and, for a store manager or
    HR, every swap of the stores they plan. Newest first."""
    query = select(ShiftSwap).order_by(ShiftSwap.created_at.desc(), ShiftSwap.id.desc()).limit(limit + 1)
    if store_id is not None:
        query = query.where(ShiftSwap.store_id == store_id)
    if status is not None:
        query = query.where(ShiftSwap.status == status.value)
    if cursor is not None:
        query = query.where(after_cursor(cursor, ShiftSwap.created_at, ShiftSwap.id))
    reach = []
    if actor.employee_id is not None:
        reach.append(or_(ShiftSwap.offered_by == actor.employee_id, ShiftSwap.taken_by == actor.employee_id))
    if actor.has_role(Role.STORE_MANAGER, Role.HR, Role.ADMIN, Role.LEADER):
        if actor.sees_everyone:
            reach.append(ShiftSwap.id.is_not(None))
        else:
            paths = await subtree_paths(session, actor.units_for(Role.STORE_MANAGER))
            if paths:
                planned = select(OrgUnit.id).where(or_(*(OrgUnit.path.startswith(p) for p in paths)))
                reach.append(ShiftSwap.store_id.in_(planned))
    rows = list((await session.scalars(query.where(or_(*reach)))).all()) if reach else []
    # open offers a colleague may take: at a store where they may work that day
    if actor.employee_id is not None:
        offers = list(
            (
                await session.scalars(
                    select(ShiftSwap).where(
                        ShiftSwap.status == SwapStatus.OFFERED.value,
                        ShiftSwap.offered_by != actor.employee_id,
                        ShiftSwap.day >= clock.now().date() - timedelta(days=1),
                    )
                )
            ).all()
        )
        for offer in offers:
            if offer in rows or (store_id is not None and offer.store_id != store_id):
                continue
            if status is not None and status.value != offer.status:
                continue
            if actor.employee_id in await eligible_days(session, offer.store_id, [offer.day]):
                rows.append(offer)
        rows.sort(key=lambda s: (s.created_at, s.id), reverse=True)
    page = rows[:limit]
    next_cursor = timestamp_cursor(page[-1].created_at, page[-1].id) if len(rows) > limit else None
    return Slice(items=await _read(session, page), next_cursor=next_cursor)


async def take_swap(
    session: AsyncSession, *, actor: Actor, clock: Clock, swap_id: uuid.UUID, data: SwapVersion
) -> ShiftSwapRead:
    if actor.employee_id is None:
        raise Forbidden(_("Only an employee takes a shift."), slug="shift_swap.no_employee")
    swap = await _locked(session, swap_id)
    store = await session.get(OrgUnit, swap.store_id)
    assert store is not None
    week = await _week_for(session, store, swap.day, extra=[actor.employee_id])
    if swap.status != SwapStatus.OFFERED.value and actor.employee_id not in (swap.offered_by, swap.taken_by):
        raise _not_found(swap_id)
    if swap.day not in week.eligible.get(actor.employee_id, set()) and actor.employee_id != swap.offered_by:
        raise _not_found(swap_id)
    if actor.employee_id == swap.offered_by:
        raise Conflict(_("You cannot take your own shift."), slug="shift_swap.own_shift")
    _check_version(swap, data.version)
    if swap.status != SwapStatus.OFFERED.value:
        raise Conflict(_("The shift is no longer on offer."), slug="shift_swap.not_open")
    _check_taker(week, swap, actor.employee_id, actor.language)
    swap.status = SwapStatus.TAKEN.value
    swap.taken_by = actor.employee_id
    await recorder.record(session, _event(events.SwapTaken, swap, actor), actor=actor, clock=clock, changed=swap)
    await session.flush()
    return (await _read(session, [swap]))[0]


async def decide_swap(
    session: AsyncSession, *, actor: Actor, clock: Clock, swap_id: uuid.UUID, data: SwapDecision
) -> ShiftSwapRead:
    swap = await _locked(session, swap_id)
    try:
        store = await planned_store(session, actor, swap.store_id, write=True)
    except NotFound:
        raise _not_found(swap_id) from None
    if actor.employee_id is not None and actor.employee_id in (swap.offered_by, swap.taken_by):
        raise Forbidden(_("Nobody approves a swap they are part of."), slug="shift_swap.own_swap")
    _check_version(swap, data.version)
    if swap.status != SwapStatus.TAKEN.value or swap.taken_by is None:
        raise Conflict(_("Only a taken shift is approved or rejected."), slug="shift_swap.not_taken")
    if data.decision == "approve":
        week = await _week_for(session, store, swap.day, extra=[swap.taken_by])
        if Key(swap.offered_by, swap.day, swap.template_id) not in week.shift_ids:
            raise Conflict(_("The shift is no longer on the roster."), slug="shift_swap.shift_gone")
        keys = _check_taker(week, swap, swap.taken_by, actor.language)
        assert week.roster is not None
        await save_keys(
            session,
            actor=actor,
            clock=clock,
            week=week,
            version=week.roster.version,
            keys=keys,
            action="roster.swap_approved",
            moving=swap.id,
        )
        swap.roster_shift_id = week.shift_ids[Key(swap.taken_by, swap.day, swap.template_id)]
        swap.status = SwapStatus.APPROVED.value
    else:
        swap.status = SwapStatus.REJECTED.value
    swap.decided_by = actor.account_id
    swap.decided_at = clock.now()
    swap.comment = data.comment
    await recorder.record(
        session,
        _event(events.SwapDecided, swap, actor),
        actor=actor,
        clock=clock,
        changed=swap,
        changes={"decision": data.decision, "comment": data.comment},
    )
    await session.flush()
    return (await _read(session, [swap]))[0]


async def withdraw_swap(
    session: AsyncSession, *, actor: Actor, clock: Clock, swap_id: uuid.UUID, data: SwapVersion
) -> ShiftSwapRead:
    swap = await _locked(session, swap_id)
    if actor.employee_id is None or swap.offered_by != actor.employee_id:
        raise _not_found(swap_id)
    _check_version(swap, data.version)
    if swap.status not in OPEN:
        raise Conflict(_("Only an open offer is withdrawn."), slug="shift_swap.not_open")
    swap.status = SwapStatus.WITHDRAWN.value
    await recorder.record(session, _event(events.SwapWithdrawn, swap, actor), actor=actor, clock=clock, changed=swap)
    await session.flush()
    return (await _read(session, [swap]))[0]
