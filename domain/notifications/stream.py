"""The live stream's plumbing: one hub per process learns that an account has new notifications and
wakes the streams held for that account, which then read the new rows in a short session of their own.

Why a hub: a stream held open by a phone must not hold a database connection (5,000 phones would
need 5,000), and every API replica must see notifications written by any other replica or worker.
On PostgreSQL the hub holds ONE dedicated connection doing `LISTEN frontline_notifications`
(`delivery.notify` sends the account id at commit); when that connection drops it reconnects with
backoff and then wakes every stream, so each re-reads and nothing written meanwhile is missed. On
SQLite (one process, no NOTIFY) it polls `max(seq)` per account changed since the last poll.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import asyncpg
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.notifications.delivery import CHANNEL
from domain.notifications.models import Notification
from domain.notifications.queries import latest_seq, notifications_after
from domain.notifications.schemas import NotificationRead
from domain.shared.db import Database

log = logging.getLogger("frontline.stream")

# Kinds that change what waits in someone's approvals inbox: the app refreshes it when one arrives.
INBOX_KINDS = frozenset({"transfer.waiting", "transfer.withdrawn", "arrangement.waiting", "arrangement.withdrawn"})
LISTENER_APPLICATION_NAME = "frontline-stream-hub"
READ_BATCH = 100
T = TypeVar("T")


class Subscription:
    """One held stream's doorbell: rung when its account may have something new, or the hub closes."""

    __slots__ = ("_event", "_hub", "account_id")

    def __init__(self, hub: StreamHub, account_id: uuid.UUID) -> None:
        self._hub = hub
        self._event = asyncio.Event()
        self.account_id = account_id

    def wake(self) -> None:
        self._event.set()

    async def wait(self, timeout_s: float) -> bool:
        """True when rung (the ring is consumed), False when `timeout_s` passed quietly."""
        try:
            await asyncio.wait_for(self._event.wait(), timeout_s)
        except TimeoutError:
            return False
        self._event.clear()
        return True

    @property
    def closed(self) -> bool:
        return self._hub.closed


class StreamHub:
    """Per process: who is listening for which account, and the one feed that tells them.

    The feed starts with the first stream (a process that never serves a stream never opens the
    LISTEN connection) and at most once, however many first streams arrive together."""

    def __init__(
        self,
        database: Database,
        *,
        poll_interval_s: float = 0.5,
        reconnect_max_s: float = 30.0,
        keepalive_s: float = 10.0,
        ready_timeout_s: float = 5.0,
        max_concurrent_reads: int = 8,
    ) -> None:
        self._database = database
        self._poll_interval_s = poll_interval_s
        self._reconnect_max_s = reconnect_max_s
        self._keepalive_s = keepalive_s
        self._ready_timeout_s = ready_timeout_s
        self._subscribers: dict[uuid.UUID, set[Subscription]] = {}
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._closing = asyncio.Event()
        # How many times the feed was started (once per process; the start race test reads it).
        self.starts = 0
        # How many times the feed (re)connected and woke everyone.
        self.connects = 0
        # Streams read their new rows through this gate: after a reconnect wakes 5,000 streams they
        # queue here instead of timing out on the connection pool.
        self.reads = asyncio.Semaphore(max_concurrent_reads)
        # PostgreSQL hands out `seq` at insert and the row shows at commit, so a lower seq can appear
        # after a higher one: streams there re-read a short window behind what they sent.
        self.settle_s = 0.0 if database.is_sqlite else 2.0

    @property
    def closed(self) -> bool:
        return self._closing.is_set()

    @property
    def subscriber_count(self) -> int:
        return sum(len(group) for group in self._subscribers.values())

    async def start(self) -> None:
        """Starts the feed once, then waits (bounded) until it listens, so a stream that reads after
        this misses nothing. If the database is away the feed keeps trying and wakes everyone when
        it gets through."""
        if self.closed:
            return
        if self._task is None:  # no await between the check and the set: one starter wins
            self.starts += 1
            # LISTEN needs a session of its own, which a transaction-mode pooler does not keep
            listens = not (self._database.is_sqlite or self._database.transaction_pooler)
            feed = self._listen_forever if listens else self._poll_forever
            self._task = asyncio.create_task(feed(), name="frontline-stream-hub")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._ready.wait(), self._ready_timeout_s)

    async def subscribe(self, account_id: uuid.UUID) -> Subscription:
        subscription = Subscription(self, account_id)
        self._subscribers.setdefault(account_id, set()).add(subscription)
        await self.start()
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        group = self._subscribers.get(subscription.account_id)
        if group is None:
            return
        group.discard(subscription)
        if not group:
            del self._subscribers[subscription.account_id]

    def wake(self, account_id: uuid.UUID) -> None:
        for subscription in self._subscribers.get(account_id, ()):
            subscription.wake()

    def wake_all(self) -> None:
        for group in self._subscribers.values():
            for subscription in group:
                subscription.wake()

    async def stop(self) -> None:
        """Ends every stream (each is woken, sees the hub closed and finishes its response) and the feed."""
        self._closing.set()
        self.wake_all()
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def close_streams(self) -> None:
        """From a signal handler's thread-safe callback: streams end so the server can stop."""
        self._closing.set()
        self.wake_all()

    # --- PostgreSQL: one LISTEN connection -------------------------------------------------------

    def _on_notify(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        try:
            account_id = uuid.UUID(payload)
        except ValueError:
            return
        self.wake(account_id)

    async def _listen_forever(self) -> None:
        delay = 0.1
        while not self.closed:
            connection: Any = None
            try:
                arguments = self._database.driver_connect_arguments()
                settings = {**arguments.pop("server_settings", {}), "application_name": LISTENER_APPLICATION_NAME}
                connection = await asyncpg.connect(**arguments, server_settings=settings, timeout=10)
                lost = asyncio.Event()
                connection.add_termination_listener(lambda _connection, lost=lost: lost.set())
                await connection.add_listener(CHANNEL, self._on_notify)
                delay = 0.1
                self.connects += 1
                self._ready.set()
                # Whatever was committed while nobody listened (or before this first LISTEN) is read now.
                self.wake_all()
                await self._hold(connection, lost)
            except asyncio.CancelledError:
                raise
            except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                log.warning("stream listener lost its connection (%s); retrying in %.1f s", type(exc).__name__, delay)
            finally:
                if connection is not None:
                    connection.terminate()
            if self.closed:
                return
            await self.pause(delay)
            delay = min(delay * 2, self._reconnect_max_s)

    async def _hold(self, connection: Any, lost: asyncio.Event) -> None:
        """Until the connection ends: a keep-alive query now and then notices a silently dead peer."""
        while not self.closed and not lost.is_set() and not connection.is_closed():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(lost.wait(), self._keepalive_s)
                return
            await asyncio.wait_for(connection.fetchval("SELECT 1"), self._keepalive_s)

    async def pause(self, seconds: float) -> None:
        """Waits `seconds`, less if the hub closes meanwhile."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    # --- SQLite: a poller -------------------------------------------------------------------------

    async def _poll_forever(self) -> None:
        last: int | None = None
        while not self.closed:
            try:
                async with self._database.sessionmaker() as session:
                    if last is None:
                        last = int(await session.scalar(select(func.max(Notification.seq))) or 0)
                        self._ready.set()
                    else:
                        rows = (
                            await session.execute(
                                select(Notification.account_id, func.max(Notification.seq))
                                .where(Notification.seq > last)
                                .group_by(Notification.account_id)
                            )
                        ).all()
                        for account_id, newest in rows:
                            last = max(last, int(newest))
                            self.wake(account_id)
                    await session.rollback()
            except SQLAlchemyError as exc:
                log.warning("stream poller failed (%s); retrying", type(exc).__name__)
            await self.pause(self._poll_interval_s)


@dataclass(frozen=True, slots=True)
class Opened:
    """The stream listens and knows where it starts: from here on nothing committed is missed."""


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """Nothing happened for a while: the stream says so, so proxies keep it open."""


@dataclass(frozen=True, slots=True)
class InboxChanged:
    """Something waiting on the reader was submitted, decided or withdrawn: refresh the approvals inbox."""

    kind: str = "transfer_approvals"


StreamItem = Opened | NotificationRead | Heartbeat | InboxChanged


async def follow(
    hub: StreamHub,
    database: Database,
    *,
    account_id: uuid.UUID,
    language: str,
    after_seq: int | None,
    heartbeat_s: float,
    monotonic: Callable[[], float] = time.monotonic,
) -> AsyncIterator[StreamItem]:
    """One reader's stream: `Opened` once it listens; with `after_seq`, what came after it first;
    then each new notification as it is committed (with `InboxChanged` after a batch holding an
    inbox kind); a `Heartbeat` after `heartbeat_s` of quiet. Ends when the hub closes. Holds no
    connection between reads."""
    subscription = await hub.subscribe(account_id)
    try:
        pending = after_seq is not None
        if after_seq is None:
            latest = await _read(hub, database, lambda session: latest_seq(session, account_id))
            if latest is None:
                return
            after_seq = latest
        floor = after_seq  # everything at or below it is done
        yield Opened()
        sent: dict[int, float] = {}  # seqs above the floor already sent, and when
        while not hub.closed:
            if pending:
                fresh: list[NotificationRead] = []
                after = floor
                while True:
                    batch = await _read(
                        hub,
                        database,
                        lambda session, after=after: notifications_after(  # type: ignore[misc]
                            session, account_id=account_id, after_seq=after, language=language, limit=READ_BATCH
                        ),
                    )
                    if batch is None:
                        return
                    fresh.extend(row for row in batch if row.seq not in sent)
                    if len(batch) < READ_BATCH:
                        break
                    after = batch[-1].seq
                now = monotonic()
                for row in fresh:
                    sent[row.seq] = now
                    yield row
                if any(row.kind in INBOX_KINDS for row in fresh):
                    yield InboxChanged()
                floor = _settle(floor, sent, now - hub.settle_s)
                pending = False
            woken = await subscription.wait(heartbeat_s)
            if hub.closed:
                return
            if woken:
                pending = True
            else:
                yield Heartbeat()
    finally:
        hub.unsubscribe(subscription)


def _settle(floor: int, sent: dict[int, float], settled_before: float) -> int:
    """Moves the floor past seqs sent long enough ago that nothing lower can still commit unseen."""
    for seq in sorted(sent):
        if sent[seq] > settled_before:
            break
        floor = max(floor, seq)
        del sent[seq]
    return floor


async def _read(hub: StreamHub, database: Database, query: Callable[[AsyncSession], Awaitable[T]]) -> T | None:
    """A short session of its own, through the hub's gate. A failed read is retried (the stream
    lives on while the database blinks); None when the hub closed meanwhile."""
    delay = 0.2
    while not hub.closed:
        try:
            async with hub.reads, database.sessionmaker() as session:
                result = await query(session)
                await session.rollback()
                return result
        except (SQLAlchemyError, OSError, TimeoutError, asyncpg.PostgresError) as exc:
            log.warning("stream read failed (%s); retrying in %.1f s", type(exc).__name__, delay)
            await hub.pause(delay)
            delay = min(delay * 2, 5.0)
    return None
