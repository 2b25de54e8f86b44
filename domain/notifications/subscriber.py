"""The notifications subscriber: turns each event with a handler into notifications."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from domain.notifications.handlers import HANDLERS
from domain.shared.clock import Clock
from domain.shared.events import parse
from domain.shared.subscribers import Delivered


class NotificationSubscriber:
    name = "notifications"

    def wants(self, topic: str) -> bool:
        return topic in HANDLERS

    async def handle(self, session: AsyncSession, event: Delivered, *, clock: Clock) -> None:
        typed = parse(event.topic, event.data)
        if typed is not None:
            await HANDLERS[event.topic](session, typed, clock)
