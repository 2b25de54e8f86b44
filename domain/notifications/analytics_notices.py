"""Who hears of a flag on a mission figure (registered with the handlers on import): HR, and the
heads of the flagged unit, its department heads or store managers (a flag on head office as a
whole goes to HR alone)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics.events import FlagRaised
from domain.notifications.audiences import hr_accounts, managers_of, person_named, unit_named
from domain.notifications.delivery import notify
from domain.notifications.handlers import handles
from domain.notifications.texts import N_, label
from domain.shared.actor import Role
from domain.shared.clock import Clock

FIGURE_LABELS = {
    ("participation", None): N_("Frontline participation"),
    ("participation", "women"): N_("Women's frontline participation"),
    ("retention", None): N_("Attrition after frontline postings"),
    ("retention", "women"): N_("Women's attrition after frontline postings"),
    ("turnover", None): N_("Store staff turnover"),
    ("satisfaction", None): N_("Satisfaction with frontline postings"),
    ("satisfaction", "women"): N_("Women's satisfaction with frontline postings"),
    ("late_shifts", None): N_("Women's share of late shifts"),
    ("leader_days", None): N_("Frontline days of a leader"),
}
# figures counted in days, not shares
COUNTED_FIGURES: set[str] = {"leader_days"}
DIRECTION_LABELS = {"below": N_("below"), "above": N_("above")}


def _shown(figure: str, value: str) -> str:
    if figure in COUNTED_FIGURES:
        return str(Decimal(value).quantize(Decimal(1)))
    return f"{(Decimal(value) * 100).quantize(Decimal('0.1'))} %"


@handles(FlagRaised)
async def flag_raised(session: AsyncSession, event: FlagRaised, clock: Clock) -> None:
    heads: list[uuid.UUID] = []
    if event.unit_id:
        for role in (Role.DEPT_HEAD, Role.STORE_MANAGER):
            heads += await managers_of(session, event.unit_id, role)
    if event.employee_id:
        group = await person_named(session, event.employee_id)
    elif event.unit_id:
        group = await unit_named(session, event.unit_id)
    else:
        group = label(N_("head office"))
    await notify(
        session,
        clock=clock,
        kind="analytics.flag_raised",
        readers=list(dict.fromkeys([*await hr_accounts(session), *heads])),
        subject_type="analytics_flag",
        subject_id=event.flag_id,
        params={
            "figure": label(FIGURE_LABELS[(event.figure, event.sex)]),
            "group": group,
            "value": _shown(event.figure, event.value),
            "direction": label(DIRECTION_LABELS[event.direction]),
            "threshold": _shown(event.figure, event.threshold),
        },
    )
