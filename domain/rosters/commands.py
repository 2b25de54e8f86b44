"""Changing a roster week: replacing its assignments, publishing it, filling it by suggestion, and
HR's overrides of company rules. Each change names the version it read; one of two racing edits
wins and the other is a 409. A person's rules refuse an assignment at once; the women's share,
a whole week's matter, refuses the publish (and any change once published)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.rosters import events, suggest
from domain.rosters.models import Roster, RosterOverride, RosterShift, RosterStatus, ShiftSwap, SwapStatus
from domain.rosters.rules import OVERRIDABLE, Rule, Violation
from domain.rosters.schemas import (
    OverrideCreate,
    RosterCheck,
    RosterCheckInput,
    RosterRead,
    RosterUpdate,
    RosterVersion,
    SuggestInput,
    SuggestionRead,
    UnfilledRead,
)
from domain.rosters.templates import planned_store
from domain.rosters.weeks import (
    Key,
    Week,
    coverage,
    load_week,
    per_person,
    proposed,
    roster_read,
    shift_of,
    violation_read,
    violations,
)
from domain.shared import audit
from domain.shared import events as recorder
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, DomainError, NotFound
from domain.shared.i18n import _

# the comment an open swap ends with when its shift leaves the roster (kept as data, like a manager's comment)
SHIFT_REMOVED = "shift removed from the roster"


class RuleBroken(DomainError):
    """The assignments break a rule; the problem lists each violation (rule, people, days, until)."""

    status = 422
    slug = "roster.rule_broken"


def refuse(found: Sequence[Violation], language: str) -> None:
    if found:
        raise RuleBroken(
            _("The roster breaks {count} rule(s); see `violations`.", count=len(found)),
            violations=[violation_read(v, language).model_dump(mode="json") for v in found],
        )


def _changed_meanwhile(week: Week) -> Conflict:
    return Conflict(
        _("The roster was changed meanwhile; reload it and try again."),
        slug="roster.version_conflict",
        current_version=week.roster.version if week.roster else 0,
    )


async def _claim(session: AsyncSession, week: Week, version: int, clock: Clock) -> Roster:
    """The compare-and-set every change makes: the roster at `version` moves to `version + 1`
    (version 0: the first save creates it, racing first saves meet the unique key)."""
    now = clock.now()
    if week.roster is None:
        if version != 0:
            raise _changed_meanwhile(week)
        roster = Roster(
            store_id=week.store.id,
            week_start=week.start,
            status=RosterStatus.DRAFT.value,
            version=1,
            created_at=now,
            updated_at=now,
        )
        try:
            async with session.begin_nested():
                session.add(roster)
                await session.flush()
        except IntegrityError:
            raise _changed_meanwhile(week) from None
        week.roster = roster
        return roster
    claimed = await session.execute(
        update(Roster)
        .where(Roster.id == week.roster.id, Roster.version == version)
        .values(version=Roster.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        raise _changed_meanwhile(week)
    await session.refresh(week.roster)
    return week.roster


def _describe(week: Week, keys: Sequence[Key]) -> list[dict[str, str]]:
    return [
        {"employee_id": str(k.employee_id), "day": k.day.isoformat(), "shift": week.templates[k.template_id].code}
        for k in keys
    ]


async def _end_swaps(
    session: AsyncSession, *, actor: Actor, clock: Clock, gone: list[uuid.UUID], moving: uuid.UUID | None
) -> None:
    """Open swaps of removed shifts end with them, each as a withdrawal with its event (the taker
    and the managers told of it hear, as when the offerer withdraws). `moving` is the swap being
    approved: its shift moves to the taker, it does not end."""
    ending = await session.scalars(
        select(ShiftSwap)
        .where(
            ShiftSwap.roster_shift_id.in_(gone),
            ShiftSwap.status.in_([SwapStatus.OFFERED.value, SwapStatus.TAKEN.value]),
            *([ShiftSwap.id != moving] if moving is not None else []),
        )
        .order_by(ShiftSwap.id)
        .with_for_update()
    )
    for swap in ending.all():
        swap.status = SwapStatus.WITHDRAWN.value
        swap.comment = SHIFT_REMOVED
        await recorder.record(
            session,
            events.of_swap(events.SwapWithdrawn, swap, actor.account_id, shift_removed=True),
            actor=actor,
            clock=clock,
            changed=swap,
            changes={"comment": SHIFT_REMOVED},
        )
    await session.flush()


async def _replace(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    week: Week,
    roster: Roster,
    keys: Sequence[Key],
    moving: uuid.UUID | None,
) -> set[Key]:
    """Writes the difference; unchanged assignments keep their ids (swaps point at them). Open
    swaps of a removed shift end with it (`moving`, a swap being approved, excepted). Returns the
    assignments added or removed."""
    before, after = set(week.shift_ids), set(keys)
    removed, added = before - after, after - before
    if removed:
        gone = [week.shift_ids[k] for k in removed]
        await _end_swaps(session, actor=actor, clock=clock, gone=gone, moving=moving)
        await session.execute(delete(RosterShift).where(RosterShift.id.in_(gone)))
        for key in removed:
            del week.shift_ids[key]
    if added:
        new_ids = {
            k: uuid.uuid4() for k in sorted(added, key=lambda k: (k.day, str(k.template_id), str(k.employee_id)))
        }
        rows = [
            {
                "id": shift_id,
                "roster_id": roster.id,
                "employee_id": k.employee_id,
                "day": k.day,
                "template_id": k.template_id,
                "created_at": clock.now(),
            }
            for k, shift_id in new_ids.items()
        ]
        await session.execute(insert(RosterShift), rows)
        week.shift_ids.update(new_ids)
    week.keys = sorted(week.shift_ids, key=lambda k: (k.day, str(k.template_id), str(k.employee_id)))
    return removed | added


async def save_keys(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    week: Week,
    version: int,
    keys: Sequence[Key],
    action: str,
    moving: uuid.UUID | None = None,
) -> set[Key]:
    """Checks, claims the version and writes; audited, and announced to the people affected once
    the week is published. `moving` names the swap being approved (its shift moves, the swap does
    not end with it). Returns what changed."""
    published = week.roster is not None and week.roster.status == RosterStatus.PUBLISHED.value
    found = violations(week, keys)
    refuse(found if published else per_person(found), actor.language)
    roster = await _claim(session, week, version, clock)
    before = set(week.shift_ids)
    changed = await _replace(session, actor=actor, clock=clock, week=week, roster=roster, keys=keys, moving=moving)
    changes = {
        "added": _describe(week, sorted(set(keys) - before, key=lambda k: (k.day, str(k.employee_id)))),
        "removed": _describe(week, sorted(before - set(keys), key=lambda k: (k.day, str(k.employee_id)))),
    }
    if published and changed:
        await recorder.record(
            session,
            events.RosterChanged(
                roster_id=roster.id,
                store_id=week.store.id,
                week_start=week.start,
                employee_ids=sorted({k.employee_id for k in changed}, key=str),
                actor_account_id=actor.account_id,
            ),
            actor=actor,
            clock=clock,
            action=action,
            changes=changes,
        )
    else:
        await audit.record(
            session, actor=actor, clock=clock, action=action, entity_type="roster", entity_id=roster.id, changes=changes
        )
    return changed


async def put_roster(
    session: AsyncSession, *, actor: Actor, clock: Clock, store_id: uuid.UUID, week_start: date, data: RosterUpdate
) -> RosterRead:
    store = await planned_store(session, actor, store_id, write=True)
    week = await load_week(session, store, week_start, lock=True)
    keys = await proposed(session, week, data.assignments)
    await save_keys(
        session, actor=actor, clock=clock, week=week, version=data.version, keys=keys, action="roster.updated"
    )
    return roster_read(week, actor.language)


async def get_roster(session: AsyncSession, *, actor: Actor, store_id: uuid.UUID, week_start: date) -> RosterRead:
    store = await planned_store(session, actor, store_id, write=False)
    return roster_read(await load_week(session, store, week_start), actor.language)


async def check_roster(
    session: AsyncSession, *, actor: Actor, store_id: uuid.UUID, week_start: date, data: RosterCheckInput
) -> RosterCheck:
    """Every problem the assignments (or the roster as it stands) would meet on publishing."""
    store = await planned_store(session, actor, store_id, write=False)
    week = await load_week(session, store, week_start)
    keys = week.keys if data.assignments is None else await proposed(session, week, data.assignments)
    found = violations(week, keys)
    covered = coverage(week, keys)
    return RosterCheck(
        publishable=not found,
        violations=[violation_read(v, actor.language) for v in found],
        coverage=covered,
        gaps=[c for c in covered if c.gap],
    )


async def publish_roster(
    session: AsyncSession, *, actor: Actor, clock: Clock, store_id: uuid.UUID, week_start: date, data: RosterVersion
) -> RosterRead:
    store = await planned_store(session, actor, store_id, write=True)
    week = await load_week(session, store, week_start, lock=True)
    if week.roster is None:
        raise NotFound(_("No roster for the week of {week}.", week=week_start), slug="roster.not_found")
    if week.roster.status == RosterStatus.PUBLISHED.value:
        raise Conflict(_("The roster is already published."), slug="roster.already_published")
    refuse(violations(week, week.keys), actor.language)
    roster = await _claim(session, week, data.version, clock)
    roster.status = RosterStatus.PUBLISHED.value
    roster.published_at = clock.now()
    roster.published_by = actor.account_id
    await session.flush()
    await recorder.record(
        session,
        events.RosterPublished(
            roster_id=roster.id,
            store_id=store.id,
            week_start=week.start,
            employee_ids=sorted({k.employee_id for k in week.keys}, key=str),
            actor_account_id=actor.account_id,
        ),
        actor=actor,
        clock=clock,
        changes={"shifts": len(week.keys), "version": roster.version},
    )
    return roster_read(week, actor.language)


async def suggest_roster(
    session: AsyncSession, *, actor: Actor, clock: Clock, store_id: uuid.UUID, week_start: date, data: SuggestInput
) -> SuggestionRead:
    """Fills the draft's open slots from the people who may work them, keeping every hard rule
    (the solver's answer is checked again before it is saved), and says why the rest stay open."""
    store = await planned_store(session, actor, store_id, write=True)
    week = await load_week(session, store, week_start, lock=True)
    if week.roster is not None and week.roster.status == RosterStatus.PUBLISHED.value:
        raise Conflict(_("Only a draft is filled by suggestion."), slug="roster.not_draft")
    if (week.roster.version if week.roster else 0) != data.version:
        raise _changed_meanwhile(week)
    busy = {(p.person, p.day) for p in week.elsewhere if week.start <= p.day <= week.end}
    slots = [
        suggest.Slot(c.day, shift_of(week.templates[c.template_id]), c.gap)
        for c in coverage(week, week.keys)
        if c.gap > 0
    ]
    candidates = [
        suggest.Candidate(
            employee_id, week.people[employee_id], frozenset(d for d in days if (employee_id, d) not in busy)
        )
        for employee_id, days in sorted(week.eligible.items(), key=lambda kv: str(kv[0]))
    ]
    existing = [week.placement(k) for k in week.keys]
    answer = suggest.suggest(
        slots,
        candidates,
        existing,
        week.policy,
        others={p.person: week.people[p.person] for p in existing},  # type: ignore[index]
        time_limit_s=float(data.time_limit_seconds),
    )
    by_code = {str(t.id): t.id for t in week.templates.values()}
    added = [Key(p.person, p.day, by_code[p.shift.code]) for p in answer.placements]  # type: ignore[arg-type]
    # what the solver cannot see (neighbouring weeks, shifts elsewhere) is checked here: a new
    # assignment that breaks a rule with them is left out and its slot reported open
    dropped: list[tuple[Key, str]] = []
    while True:
        found = per_person(violations(week, [*week.keys, *added]))
        culprits = {
            Key(p.person, p.day, by_code[p.shift.code]): v.rule.value  # type: ignore[arg-type]
            for v in found
            for p in v.placements
            if p.shift.code in by_code
        }
        bad = [k for k in added if k in culprits]
        if not bad:
            break
        dropped.append((bad[0], culprits[bad[0]]))
        added = [k for k in added if k != bad[0]]
    keys = sorted({*week.keys, *added}, key=lambda k: (k.day, str(k.template_id), str(k.employee_id)))
    await save_keys(
        session,
        actor=actor,
        clock=clock,
        week=week,
        version=week.roster.version if week.roster else 0,
        keys=keys,
        action="roster.suggested",
    )
    unfilled = [
        UnfilledRead(
            day=u.day,
            template_id=by_code[u.shift.code],
            code=week.templates[by_code[u.shift.code]].code,
            missing=u.missing,
            reasons=sorted(u.reasons),
        )
        for u in answer.unfilled
    ]
    for key, rule in dropped:
        unfilled.append(
            UnfilledRead(
                day=key.day,
                template_id=key.template_id,
                code=week.templates[key.template_id].code,
                missing=1,
                reasons=[rule],
            )
        )
    return SuggestionRead(
        roster=roster_read(week, actor.language),
        added=len(added),
        unfilled=sorted(unfilled, key=lambda u: (u.day, u.code)),
        solver=answer.solver,
        optimal=answer.optimal,
    )


async def add_override(
    session: AsyncSession, *, actor: Actor, clock: Clock, store_id: uuid.UUID, week_start: date, data: OverrideCreate
) -> RosterRead:
    """HR waives a company rule for one person in this week, with a reason; audited. Legal
    protections and a person's own needs have no override (the input refuses them)."""
    require_role(
        actor, Role.HR, Role.ADMIN, refusal=_("Only HR overrides roster rules."), slug="roster.override_forbidden"
    )
    store = await planned_store(session, actor, store_id, write=True)
    week = await load_week(session, store, week_start, lock=True, extra=[data.employee_id])
    if data.employee_id not in week.eligible and all(k.employee_id != data.employee_id for k in week.keys):
        raise NotFound(
            _("No employee {employee_id} at this store.", employee_id=data.employee_id), slug="employee.not_found"
        )
    assert Rule(data.rule) in OVERRIDABLE
    roster = await _claim(session, week, week.roster.version if week.roster else 0, clock)
    override = RosterOverride(
        roster_id=roster.id,
        employee_id=data.employee_id,
        rule=data.rule,
        reason=data.reason,
        created_by=actor.account_id,
        created_at=clock.now(),
    )
    try:
        async with session.begin_nested():
            session.add(override)
            await session.flush()
    except IntegrityError:
        raise Conflict(
            _("This rule is already overridden for this person this week."), slug="roster.override_exists"
        ) from None
    week.overrides.append(override)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="roster.override_granted",
        entity_type="roster",
        entity_id=roster.id,
        changes={"employee_id": str(data.employee_id), "rule": data.rule, "reason": data.reason},
    )
    return roster_read(week, actor.language)


async def remove_override(
    session: AsyncSession, *, actor: Actor, clock: Clock, store_id: uuid.UUID, week_start: date, override_id: uuid.UUID
) -> RosterRead:
    """Withdrawing an override: refused (422) when the roster as it stands then breaks the rule."""
    require_role(
        actor, Role.HR, Role.ADMIN, refusal=_("Only HR overrides roster rules."), slug="roster.override_forbidden"
    )
    store = await planned_store(session, actor, store_id, write=True)
    week = await load_week(session, store, week_start, lock=True)
    override = next((o for o in week.overrides if o.id == override_id), None)
    if override is None or week.roster is None:
        raise NotFound(_("No override {override_id}.", override_id=override_id), slug="roster.override_not_found")
    week.overrides.remove(override)
    refuse(per_person(violations(week, week.keys)), actor.language)
    await _claim(session, week, week.roster.version, clock)
    await session.execute(delete(RosterOverride).where(RosterOverride.id == override.id))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="roster.override_withdrawn",
        entity_type="roster",
        entity_id=week.roster.id,
        changes={"employee_id": str(override.employee_id), "rule": override.rule},
    )
    return roster_read(week, actor.language)
