"""Typed domain events and the one recorder that writes them.

Each context declares the events it records in its own `events.py`, as `DomainEvent` subclasses
with a topic, a schema version and typed data. A use case that changes state calls `record()` once:
the event goes to the outbox in the caller's transaction (a rollback leaves no event), the changed
object's version and `updated_at` move on, and the audit trail gets its row. That is the whole
"after a change" recipe, written here and nowhere else. Happenings that change nothing a person did
(a start date reached, a deadline breached by the clock) are `announce()`d: outbox only.

Subscribers (domain/shared/subscribers.py) consume the outbox: notifications, webhooks.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Protocol

from pydantic import BaseModel, ConfigDict
from sqlalchemy.ext.asyncio import AsyncSession

from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.outbox import OutboxEvent

# topic -> event class, filled as the context modules are imported (domain/events.py imports them all)
EVENTS: dict[str, type[DomainEvent]] = {}


class DomainEvent(BaseModel):
    """An event's data, as subscribers and webhook receivers get it (JSON, documented per topic).

    Subclasses set `topic`, `summary` (one line for the webhook catalogue), `entity_type` and
    `entity_field` (the data field naming the object it is about); `version` rises when the data
    changes shape incompatibly, and receivers read it from the envelope. `webhook = False` keeps an
    event internal (it is not offered to subscriptions)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    topic: ClassVar[str]
    version: ClassVar[int] = 1
    summary: ClassVar[str]
    entity_type: ClassVar[str]
    entity_field: ClassVar[str]
    webhook: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        topic = cls.__dict__.get("topic")
        if topic is None:
            return  # an intermediate base
        if topic in EVENTS and EVENTS[topic].__qualname__ != cls.__qualname__:
            raise TypeError(f"two event classes record {topic!r}")
        EVENTS[topic] = cls

    @property
    def entity_key(self) -> str:
        return str(getattr(self, self.entity_field))

    def data(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def parse(topic: str, data: dict[str, Any]) -> DomainEvent | None:
    """The typed event of an outbox row (None for a topic no longer declared)."""
    kind = EVENTS.get(topic)
    return kind.model_validate(data) if kind is not None else None


class Versioned(Protocol):
    version: int
    updated_at: datetime


def announce(session: AsyncSession, event: DomainEvent, *, clock: Clock) -> None:
    """Writes the event to the outbox in the caller's transaction (no audit: nobody acted)."""
    session.add(
        OutboxEvent(
            topic=event.topic,
            schema_version=event.version,
            payload=event.data(),
            occurred_at=clock.now(),
        )
    )


async def record(
    session: AsyncSession,
    event: DomainEvent,
    *,
    actor: Actor | None,
    clock: Clock,
    changes: dict[str, Any] | None = None,
    changed: Versioned | None = None,
    action: str | None = None,
) -> None:
    """A change and everything after it: the event in the outbox, `changed`'s version bumped and its
    `updated_at` set, and one audit row (action = the topic unless named, `changes` as the diff)."""
    if changed is not None:
        changed.version += 1
        changed.updated_at = clock.now()
    announce(session, event, clock=clock)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action=action or event.topic,
        entity_type=event.entity_type,
        entity_id=event.entity_key,
        changes=changes or {},
    )
