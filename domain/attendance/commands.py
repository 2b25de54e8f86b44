"""Use cases on attendance that change state: the review of a flagged punch."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from domain.attendance.models import ClockIn
from domain.attendance.queries import as_read, places
from domain.attendance.schemas import PunchRead, PunchReview
from domain.org.places import managed_store, manages_store
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, NotFound
from domain.shared.i18n import _


async def review_punch(
    session: AsyncSession, *, actor: Actor, clock: Clock, punch_id: uuid.UUID, data: PunchReview
) -> PunchRead:
    """The store manager (or HR) confirms or rejects a flagged punch, with a reason; audited.
    Nobody reviews their own punch: its owner sees it (in her own list), so she is told why (403);
    a punch the actor cannot see is 404, so ids leak nothing."""
    punch = await session.get(ClockIn, punch_id)
    if punch is None:
        raise NotFound(_("No punch {punch_id}.", punch_id=punch_id), slug="clock_in.not_found")
    if actor.employee_id is not None and actor.employee_id == punch.employee_id:
        raise Forbidden(_("Nobody reviews their own punch."), slug="clock_in.own_punch")
    try:
        store = await managed_store(session, actor, punch.store_id)
    except NotFound:
        raise NotFound(_("No punch {punch_id}.", punch_id=punch_id), slug="clock_in.not_found") from None
    # seeing the store (a leader) is not managing it: that store's managers, HR and admins review
    if not await manages_store(session, actor, store):
        require_role(actor, Role.HR, Role.ADMIN, refusal=_("Only the store manager or HR reviews punches."))
    if not punch.flagged:
        raise Conflict(_("Only flagged punches are reviewed."), slug="clock_in.not_flagged")
    before = punch.review_status
    punch.review_status = "confirmed" if data.decision == "confirm" else "rejected"
    punch.reviewed_by = actor.account_id
    punch.reviewed_at = clock.now()
    punch.review_reason = data.reason
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="clock_in.reviewed",
        entity_type="clock_in",
        entity_id=punch.id,
        changes={
            "review_status": {"before": before, "after": punch.review_status},
            "reason": {"before": None, "after": data.reason},
        },
    )
    return as_read(punch, (await places(session, {punch.store_id}))[punch.store_id])
