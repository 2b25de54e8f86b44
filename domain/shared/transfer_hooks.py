"""Other contexts' say in a transfer's life, without transfers importing them: a posting takes one
of its slots when the transfer that fills it is approved (refusing the approval when none is
left), and frees it, or closes the application, when the transfer is rejected, withdrawn or
cancelled. Hooks run in the caller's transaction; one that raises refuses the change."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from domain.shared.actor import Actor
from domain.shared.clock import Clock


class Moment(enum.StrEnum):
    APPROVING = "approving"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"


Hook = Callable[[AsyncSession, uuid.UUID, Actor, Clock, Moment], Awaitable[None]]
HOOKS: list[Hook] = []


def register(hook: Hook) -> Hook:
    if hook not in HOOKS:
        HOOKS.append(hook)
    return hook


async def run(session: AsyncSession, transfer_id: uuid.UUID, actor: Actor, clock: Clock, moment: Moment) -> None:
    """`actor` is whoever made the change (the approver, the requester, HR)."""
    for hook in HOOKS:
        await hook(session, transfer_id, actor, clock, moment)
