"""The live stream (GET /api/v1/me/stream) against real servers: uvicorn in this process on a free
port, one app on SQLite (fed by the poller) and two apps on one PostgreSQL database (fed by
LISTEN/NOTIFY): a notification committed through one replica reaches a stream held on the other.

Every wait is bounded, so a stream that stays silent fails the test within seconds."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from api.main import create_app
from domain.notifications.delivery import notify
from domain.notifications.stream import LISTENER_APPLICATION_NAME, StreamHub
from domain.shared.clock import ManualClock
from tests.conftest import make_settings
from tests.factories import World, seed_world

WAIT_S = 15.0  # generous: a loaded CI machine is slow; a bug still fails within it
HEARTBEAT_S = 0.3


@asynccontextmanager
async def serving(app: FastAPI) -> AsyncIterator[str]:
    """The app behind a real uvicorn on 127.0.0.1 (a free port), lifespan included."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    task = asyncio.create_task(server.serve())
    async with asyncio.timeout(WAIT_S):
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, WAIT_S)


@dataclass
class Replicas:
    """One app per replica on the same database; `writer` commits, `reader` serves the streams."""

    apps: list[FastAPI]
    urls: list[str]
    world: World
    clock: ManualClock
    http: httpx.AsyncClient
    dialect: str
    streams: list[Any] = field(default_factory=list)

    @property
    def writer(self) -> FastAPI:
        return self.apps[0]

    @property
    def reader_url(self) -> str:
        return self.urls[-1]

    async def send(self, who: str, kind: str = "ticket.closed", **params: Any) -> None:
        """Commits one notification for `who` through the writer's database."""
        async with self.writer.state.database.session_scope() as session:
            written = await notify(
                session,
                clock=self.clock,
                kind=kind,
                readers=[self.world.accounts[who]],
                subject_type="ticket",
                subject_id=uuid.uuid4(),
                params=params or {"title": f"Broken till {uuid.uuid4().hex[:6]}"},
            )
        assert written == 1


@pytest.fixture
async def replicas(dialect: str, database_url: str, tmp_path: Path, clock: ManualClock) -> AsyncIterator[Replicas]:
    count = 2 if dialect == "postgresql" else 1
    apps = [
        create_app(
            make_settings(database_url, tmp_path / "var", stream_heartbeat_s=HEARTBEAT_S, stream_poll_s=0.05),
            clock=clock,
        )
        for _ in range(count)
    ]
    world = await seed_world(apps[0], clock)
    async with AsyncExitStack() as stack:
        urls = [await stack.enter_async_context(serving(app)) for app in apps]
        http = await stack.enter_async_context(httpx.AsyncClient(timeout=httpx.Timeout(WAIT_S)))
        yield Replicas(apps=apps, urls=urls, world=world, clock=clock, http=http, dialect=dialect)


class EventReader:
    """Reads server-sent events off a streamed response: each event a dict of its fields, comments
    under "comment". A task of its own reads the lines, so a wait that times out loses nothing."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._events: asyncio.Queue[dict[str, str] | None] = asyncio.Queue()
        self._task = asyncio.create_task(self._read())

    async def _read(self) -> None:
        event: dict[str, str] = {}
        try:
            async for line in self.response.aiter_lines():
                if line == "":
                    if event:
                        self._events.put_nowait(event)
                    event = {}
                    continue
                name, _, value = line.partition(":")
                event[name or "comment"] = value.removeprefix(" ")
        finally:
            self._events.put_nowait(None)

    async def close(self) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError, httpx.HTTPError):
            await self._task

    async def _next(self) -> dict[str, str]:
        event = await self._events.get()
        if event is None:
            self._events.put_nowait(None)
            raise EOFError("the stream ended")
        return event

    async def next(self, timeout_s: float = WAIT_S) -> dict[str, str]:
        return await asyncio.wait_for(self._next(), timeout_s)

    async def next_of(self, kind: str, timeout_s: float = WAIT_S) -> dict[str, str]:
        """The next event named `kind`, skipping heartbeats."""
        async with asyncio.timeout(timeout_s):
            while True:
                event = await self._next()
                if event.get("event") == kind:
                    return event
                assert event.get("comment") == "heartbeat", event

    async def quiet_for(self, seconds: float) -> list[dict[str, str]]:
        """Everything but heartbeats that arrives within `seconds`."""
        seen: list[dict[str, str]] = []
        try:
            async with asyncio.timeout(seconds):
                while True:
                    event = await self._next()
                    if event.get("comment") != "heartbeat":
                        seen.append(event)
        except TimeoutError:
            return seen


@asynccontextmanager
async def stream(replicas: Replicas, who: str, last_event_id: str | None = None) -> AsyncIterator[EventReader]:
    """A stream held on the reader replica, once it is live (its `retry` line arrived)."""
    headers = replicas.world.headers(who)
    if last_event_id is not None:
        headers["Last-Event-ID"] = last_event_id
    async with replicas.http.stream("GET", f"{replicas.reader_url}/api/v1/me/stream", headers=headers) as response:
        assert response.status_code == 200
        reader = EventReader(response)
        try:
            assert (await reader.next())["retry"] == "3000"  # sent once the stream listens
            yield reader
        finally:
            await reader.close()


def payload(event: dict[str, str]) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(event["data"])
    return body


async def test_a_new_notification_arrives_on_the_stream_of_another_replica(replicas: Replicas) -> None:
    async with stream(replicas, "staff_s1") as events:
        await replicas.send("staff_s1", title="Freezer is warm")
        event = await events.next_of("notification")
        body = payload(event)
        assert body["kind"] == "ticket.closed"
        assert body["body"] == "“Freezer is warm” is closed."
        assert event["id"] == str(body["seq"])
        await replicas.send("staff_s1", title="Door sticks")
        assert payload(await events.next_of("notification"))["body"] == "“Door sticks” is closed."


async def test_the_stream_starts_from_now_without_last_event_id(replicas: Replicas) -> None:
    await replicas.send("staff_s1", title="Old news")
    async with stream(replicas, "staff_s1") as events:
        await replicas.send("staff_s1", title="Fresh")
        assert payload(await events.next_of("notification"))["body"] == "“Fresh” is closed."


async def test_resume_sends_exactly_the_missed_ones_in_order(replicas: Replicas) -> None:
    async with stream(replicas, "staff_s1") as events:
        await replicas.send("staff_s1", title="seen")
        last_seen = (await events.next_of("notification"))["id"]
    for title in ("missed 1", "missed 2", "missed 3"):
        await replicas.send("staff_s1", title=title)
    await replicas.send("staff_s2", title="not mine")
    async with stream(replicas, "staff_s1", last_event_id=last_seen) as events:
        resumed = [payload(await events.next_of("notification")) for _ in range(3)]
        assert [body["body"] for body in resumed] == [f"“missed {n}” is closed." for n in (1, 2, 3)]
        seqs = [body["seq"] for body in resumed]
        assert seqs == sorted(seqs) and seqs[0] > int(last_seen)
        assert await events.quiet_for(0.4) == []  # nothing more, nothing twice
        await replicas.send("staff_s1", title="after resume")
        assert payload(await events.next_of("notification"))["body"] == "“after resume” is closed."


async def test_another_accounts_notification_is_not_sent(replicas: Replicas) -> None:
    async with stream(replicas, "staff_s1") as events:
        await replicas.send("staff_s2", title="for staff 2")
        assert await events.quiet_for(0.5) == []
        await replicas.send("staff_s1", title="for staff 1")
        assert payload(await events.next_of("notification"))["body"] == "“for staff 1” is closed."


async def test_heartbeats_keep_a_quiet_stream_alive(replicas: Replicas) -> None:
    async with stream(replicas, "staff_s1") as events:
        for _ in range(2):
            assert await events.next(timeout_s=WAIT_S) == {"comment": "heartbeat"}


async def test_a_request_waiting_for_me_also_refreshes_my_inbox(replicas: Replicas) -> None:
    async with stream(replicas, "leader") as events:
        await replicas.send(
            "leader",
            kind="transfer.waiting",
            employee="Staff S1",
            transfer_kind="secondment",
            destination="Lujiazui store",
            step="Leader sign-off",
        )
        assert payload(await events.next_of("notification"))["kind"] == "transfer.waiting"
        assert payload(await events.next_of("inbox")) == {"kind": "transfer_approvals"}
        await replicas.send("leader", title="not about the inbox")
        await events.next_of("notification")
        assert await events.quiet_for(0.4) == []


async def test_a_stream_needs_a_token_and_is_declared_in_the_spec(replicas: Replicas) -> None:
    answer = await replicas.http.get(f"{replicas.reader_url}/api/v1/me/stream")
    assert answer.status_code == 401
    assert answer.headers["content-type"].startswith("application/problem+json")
    spec = (await replicas.http.get(f"{replicas.reader_url}/api/v1/openapi.json")).json()
    operation = spec["paths"]["/api/v1/me/stream"]["get"]
    assert "text/event-stream" in operation["responses"]["200"]["content"]
    assert "401" in operation["responses"]
    assert "Last-Event-ID" in operation["description"]


async def _comes_back_to_none_in_use(pool: Any) -> bool:
    deadline = asyncio.get_running_loop().time() + WAIT_S
    while pool.checkedout():
        if asyncio.get_running_loop().time() > deadline:
            return False
        await asyncio.sleep(0.005)
    return True


async def test_the_stream_holds_no_connection_and_has_sse_headers(replicas: Replicas) -> None:
    async with stream(replicas, "staff_s1") as events:
        headers = events.response.headers
        assert headers["content-type"].startswith("text/event-stream")
        assert headers["cache-control"] == "no-cache"
        assert headers["x-accel-buffering"] == "no"
        pool = replicas.apps[-1].state.database.engine.pool
        assert await events.quiet_for(HEARTBEAT_S * 2) == []  # its first reads are done
        # idle: the request's session and every read were given back. On SQLite the hub's poll
        # borrows a connection for a moment now and then (longer on a loaded machine), so the pool
        # must come back to none in use; a stream that kept one would never let it.
        assert await _comes_back_to_none_in_use(pool), "the idle stream keeps a database connection"


async def test_closing_the_hub_ends_the_streams(replicas: Replicas) -> None:
    async with stream(replicas, "staff_s1") as events:
        replicas.apps[-1].state.stream_hub.close_streams()
        with pytest.raises(EOFError):
            await events.quiet_for(WAIT_S)


async def test_concurrent_first_streams_start_the_hub_once(replicas: Replicas) -> None:
    hub: StreamHub = replicas.apps[-1].state.stream_hub
    assert hub.starts == 0
    async with AsyncExitStack() as stack:
        readers = await asyncio.gather(
            *(stack.enter_async_context(stream(replicas, who)) for who in ("staff_s1", "staff_s2", "leader", "hr"))
        )
        assert hub.starts == 1
        if replicas.dialect == "postgresql":
            # one for the process holding streams (not one per stream); none for the replica holding none
            assert await _listeners(replicas) == 1
        await replicas.send("hr", title="for hr")
        assert payload(await readers[3].next_of("notification"))["body"] == "“for hr” is closed."
    # the hub itself: many concurrent starters, one feed
    fresh = StreamHub(replicas.apps[-1].state.database, poll_interval_s=0.05)
    try:
        await asyncio.gather(*(fresh.start() for _ in range(20)))
        assert fresh.starts == 1
    finally:
        await fresh.stop()


async def _listeners(replicas: Replicas) -> int:
    url = make_url(str(replicas.writer.state.database.url))
    connection = await asyncpg.connect(
        host=url.host, port=url.port or 5432, user=url.username, password=url.password, database=url.database
    )
    try:
        count = await connection.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name = $2",
            url.database,
            LISTENER_APPLICATION_NAME,
        )
        return int(count)
    finally:
        await connection.close()


@pytest.mark.postgres_only
async def test_after_the_listener_drops_it_reconnects_and_nothing_is_missed(replicas: Replicas) -> None:
    if replicas.dialect != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    hub: StreamHub = replicas.apps[-1].state.stream_hub
    async with stream(replicas, "staff_s1") as events:
        connects = hub.connects
        await _kill_listeners(replicas)
        await replicas.send("staff_s1", title="while nobody listened")
        assert payload(await events.next_of("notification"))["body"] == "“while nobody listened” is closed."
        assert hub.connects > connects
        await replicas.send("staff_s1", title="after the reconnect")
        assert payload(await events.next_of("notification"))["body"] == "“after the reconnect” is closed."


async def _kill_listeners(replicas: Replicas) -> None:
    url = make_url(str(replicas.writer.state.database.url))
    connection = await asyncpg.connect(
        host=url.host, port=url.port or 5432, user=url.username, password=url.password, database=url.database
    )
    try:
        await connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = $2",
            url.database,
            LISTENER_APPLICATION_NAME,
        )
    finally:
        await connection.close()
