"""Who hears of a flag on a mission figure (registered with the handlers on import): HR, and the
heads of the flagged department (a flag on head office as a whole goes to HR alone)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics.events import FlagRaised
from domain.notifications.audiences import hr_accounts, managers_of, unit_named
from domain.notifications.delivery import notify
from domain.notifications.handlers import handles
from domain.notifications.texts import N_, label
from domain.shared.actor import Role
from domain.shared.clock import Clock

FIGURE_LABELS = {
    ("participation", None): N_("Frontline participation"),
    ("participation", "women"): N_("Women's frontline participation"),
}
DIRECTION_LABELS = {"below": N_("below"), "above": N_("above")}


def _percent(value: str) -> str:
    return f"{(Decimal(value) * 100).quantize(Decimal('0.1'))} %"


@handles(FlagRaised)
async def flag_raised(session: AsyncSession, event: FlagRaised, clock: Clock) -> None:
    heads = await managers_of(session, event.unit_id, Role.DEPT_HEAD) if event.unit_id else []
    await notify(
        session,
        clock=clock,
        kind="analytics.flag_raised",
        readers=[*await hr_accounts(session), *heads],
        subject_type="analytics_flag",
        subject_id=event.flag_id,
        params={
            "figure": label(FIGURE_LABELS[(event.figure, event.sex)]),
            "group": await unit_named(session, event.unit_id) if event.unit_id else label(N_("head office")),
            "value": _percent(event.value),
            "direction": label(DIRECTION_LABELS[event.direction]),
            "threshold": _percent(event.threshold),
        },
    )
