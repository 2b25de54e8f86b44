"""Who hears what of the recognition context's events (registered with the handlers on import):
the receiver of a card, HR of a redemption to decide, the requester of HR's decision, and the holder
of points that expired."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.notifications.audiences import accounts_of, hr_accounts, person_named
from domain.notifications.delivery import notify
from domain.notifications.handlers import handles
from domain.notifications.texts import N_, label, named
from domain.recognition.events import (
    CardSent,
    PointsExpired,
    RedemptionApproved,
    RedemptionRejected,
    RedemptionRequested,
)
from domain.recognition.models import CatalogueItem
from domain.shared.clock import Clock

CATEGORY_LABELS = {
    "customer": N_("customer service"),
    "teamwork": N_("teamwork"),
    "problem_solved": N_("solving a problem"),
    "cost_saving": N_("saving costs"),
    "other": N_("their contribution"),
}


async def _item(session: AsyncSession, code: str) -> dict[str, str | None]:
    row = (
        await session.execute(select(CatalogueItem.name, CatalogueItem.local_name).where(CatalogueItem.code == code))
    ).first()
    return named(row[0], row[1]) if row else named(code)


@handles(CardSent)
async def card_sent(session: AsyncSession, event: CardSent, clock: Clock) -> None:
    accounts = await accounts_of(session, [event.receiver_id, event.sender_id])
    await notify(
        session,
        clock=clock,
        kind="recognition.card_received",
        readers=[accounts.get(event.receiver_id)],
        subject_type="recognition_card",
        subject_id=event.card_id,
        params={
            "sender": await person_named(session, event.sender_id),
            "category": label(CATEGORY_LABELS.get(event.category, CATEGORY_LABELS["other"])),
            "points": event.points,
        },
        skip=accounts.get(event.sender_id),
    )


@handles(RedemptionRequested)
async def redemption_requested(session: AsyncSession, event: RedemptionRequested, clock: Clock) -> None:
    requester = (await accounts_of(session, [event.employee_id])).get(event.employee_id)
    await notify(
        session,
        clock=clock,
        kind="recognition.redemption_requested",
        readers=list(await hr_accounts(session)),
        subject_type="recognition_redemption",
        subject_id=event.redemption_id,
        params={
            "employee": await person_named(session, event.employee_id),
            "points": event.points,
            "item": await _item(session, event.item_code),
        },
        skip=requester,
    )


@handles(RedemptionApproved, RedemptionRejected)
async def redemption_decided(
    session: AsyncSession, event: RedemptionApproved | RedemptionRejected, clock: Clock
) -> None:
    params = {"item": await _item(session, event.item_code), "points": event.points}
    if isinstance(event, RedemptionRejected):
        params["reason"] = event.reason
    await notify(
        session,
        clock=clock,
        kind=event.topic,
        readers=[(await accounts_of(session, [event.employee_id])).get(event.employee_id)],
        subject_type="recognition_redemption",
        subject_id=event.redemption_id,
        params=params,
    )


@handles(PointsExpired)
async def points_expired(session: AsyncSession, event: PointsExpired, clock: Clock) -> None:
    await notify(
        session,
        clock=clock,
        kind="recognition.points_expired",
        readers=[(await accounts_of(session, [event.employee_id])).get(event.employee_id)],
        subject_type="employee",
        subject_id=event.employee_id,
        params={"points": event.points},
    )
