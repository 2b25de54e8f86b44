"""A store's shift templates: read by whoever plans the store, kept by its manager and HR. A
template's times never change under a roster that uses it (that would move people's shifts
silently); a new template replaces it and the old one is retired (inactive)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.org.places import managed_store, manages_store
from domain.rosters import rules
from domain.rosters.models import RosterShift, ShiftTemplate
from domain.rosters.policy import policy_now
from domain.rosters.schemas import ShiftTemplateCreate, ShiftTemplateRead, ShiftTemplateUpdate
from domain.rosters.weeks import shift_of
from domain.shared import audit
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _


async def planned_store(session: AsyncSession, actor: Actor, store_id: uuid.UUID, *, write: bool) -> OrgUnit:
    """A store the actor plans: HR and administrators everywhere, a store manager the stores under
    their grants (leaders read). Holding the store-manager role somewhere else writes nothing here:
    a store the actor only sees (a leader who manages another store) is 403; one out of sight, 404."""
    if actor.is_client:
        raise Forbidden(_("Rosters are planned by people, not integrations."), slug="roster.forbidden")
    store = await managed_store(session, actor, store_id)
    if write and not (actor.has_role(Role.HR, Role.ADMIN) or await manages_store(session, actor, store)):
        raise Forbidden(_("Only the store manager or HR plans rosters."), slug="roster.forbidden")
    return store


def _check_times(data: ShiftTemplateCreate | ShiftTemplateUpdate) -> None:
    shift = rules.Shift("check", data.starts, data.ends, data.break_minutes)
    if shift.paid_minutes <= 0:
        raise InvalidInput(
            _("The break must be shorter than the shift."), field="body.break_minutes", slug="shift_template.invalid"
        )


def as_read(template: ShiftTemplate, policy: rules.RosterPolicy) -> ShiftTemplateRead:
    shift = shift_of(template)
    return ShiftTemplateRead(
        id=template.id,
        store_id=template.store_id,
        code=template.code,
        name=template.name,
        starts=template.starts,
        ends=template.ends,
        crosses_midnight=shift.crosses_midnight,
        break_minutes=template.break_minutes,
        paid_minutes=shift.paid_minutes,
        headcount=list(template.headcount),
        late=rules.is_late(shift, policy),
        active=template.active,
    )


async def list_templates(session: AsyncSession, *, actor: Actor, store_id: uuid.UUID) -> list[ShiftTemplateRead]:
    store = await planned_store(session, actor, store_id, write=False)
    policy, _settings = await policy_now(session)
    rows = await session.scalars(
        select(ShiftTemplate)
        .where(ShiftTemplate.store_id == store.id)
        .order_by(ShiftTemplate.starts, ShiftTemplate.code)
    )
    return [as_read(t, policy) for t in rows]


async def create_template(
    session: AsyncSession, *, actor: Actor, clock: Clock, store_id: uuid.UUID, data: ShiftTemplateCreate
) -> ShiftTemplateRead:
    store = await planned_store(session, actor, store_id, write=True)
    _check_times(data)
    now = clock.now()
    template = ShiftTemplate(
        store_id=store.id,
        code=data.code,
        name=data.name,
        starts=data.starts,
        ends=data.ends,
        break_minutes=data.break_minutes,
        headcount=list(data.headcount),
        active=True,
        version=1,
        created_at=now,
        updated_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(template)
            await session.flush()
    except IntegrityError:
        raise Conflict(
            _("The store already has a shift template {code}.", code=data.code), slug="shift_template.code_taken"
        ) from None
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="shift_template.created",
        entity_type="shift_template",
        entity_id=template.id,
        changes=data.model_dump(mode="json"),
    )
    policy, _settings = await policy_now(session)
    return as_read(template, policy)


async def update_template(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    store_id: uuid.UUID,
    template_id: uuid.UUID,
    data: ShiftTemplateUpdate,
) -> ShiftTemplateRead:
    store = await planned_store(session, actor, store_id, write=True)
    template = await session.scalar(
        select(ShiftTemplate)
        .where(ShiftTemplate.id == template_id, ShiftTemplate.store_id == store.id)
        .with_for_update()
    )
    if template is None:
        raise NotFound(_("No shift template {template_id}.", template_id=template_id), slug="shift_template.not_found")
    _check_times(data)
    moved = (data.starts, data.ends, data.break_minutes) != (template.starts, template.ends, template.break_minutes)
    if moved and await session.scalar(select(RosterShift.id).where(RosterShift.template_id == template.id).limit(1)):
        raise Conflict(
            _("Rosters use this template: its times stay. Create a new template and retire this one."),
            slug="shift_template.in_use",
        )
    before = {
        "name": template.name,
        "starts": template.starts.strftime("%H:%M"),
        "ends": template.ends.strftime("%H:%M"),
        "break_minutes": template.break_minutes,
        "headcount": list(template.headcount),
        "active": template.active,
    }
    template.name = data.name
    template.starts = data.starts
    template.ends = data.ends
    template.break_minutes = data.break_minutes
    template.headcount = list(data.headcount)
    template.active = data.active
    template.version += 1
    template.updated_at = clock.now()
    await session.flush()
    after = data.model_dump(mode="json")
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="shift_template.updated",
        entity_type="shift_template",
        entity_id=template.id,
        changes={k: {"before": before[k], "after": after[k]} for k in before if before[k] != after[k]},
    )
    policy, _settings = await policy_now(session)
    return as_read(template, policy)
