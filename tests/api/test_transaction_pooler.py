"""Through PgBouncer in transaction mode (the pooler the README advises for many replicas): every
client transaction may land on another server connection, and several clients share one. Clock-ins,
offline batches and sales ingest must answer as they do on a direct connection.

PgBouncer comes from Debian's `pgbouncer` package (`make test` installs it under CI=true); elsewhere
these tests are skipped with a message when it is absent."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.engine import make_url

from api.main import create_app
from domain.notifications.stream import LISTENER_APPLICATION_NAME
from domain.shared.clock import ManualClock
from tests.api.test_clock_ins import batch_item, iso, my_punches, now, punch, send_batch
from tests.api.test_ingest import line, push
from tests.conftest import _empty_postgres, _postgres_problem, make_settings
from tests.factories import World, machine, seed_world
from tests.support import free_port, required_tool
from tests.test_stream import HEARTBEAT_S, WAIT_S, Replicas, payload, serving, stream

pytestmark = pytest.mark.postgres_only

# Fewer server connections than the app's pools hold clients: transactions of different clients
# take turns on the same server connections, as they do in production.
SERVER_CONNECTIONS = 3


@pytest.fixture(scope="module")
def pooler_port(request: pytest.FixtureRequest) -> Iterator[int]:
    if _postgres_problem:
        pytest.skip("PostgreSQL not reachable")
    postgres_database_url: str = request.getfixturevalue("postgres_database_url")
    pgbouncer = required_tool("pgbouncer", "pgbouncer")
    target = make_url(postgres_database_url)
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="pgbouncer-"))
    folder.chmod(0o777)  # PgBouncer refuses to run as root: it runs as postgres and writes here
    (folder / "users.txt").write_text(f'"{target.username}" ""\n')
    (folder / "pgbouncer.ini").write_text(
        "\n".join(
            [
                "[databases]",
                f"* = host={target.host} port={target.port or 5432}",
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                f"listen_port = {port}",
                "unix_socket_dir =",
                "auth_type = trust",
                f"auth_file = {folder / 'users.txt'}",
                "pool_mode = transaction",
                f"default_pool_size = {SERVER_CONNECTIONS}",
                "max_client_conn = 500",
                f"logfile = {folder / 'pgbouncer.log'}",
                "",
            ]
        )
    )
    for path in folder.iterdir():
        path.chmod(0o644)
    command = [pgbouncer, str(folder / "pgbouncer.ini")]
    if os.geteuid() == 0:
        command[1:1] = ["-u", "postgres"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode() if process.stdout else ""
                    pytest.fail(f"pgbouncer did not start: {output}")
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
async def pooled_app(
    pooler_port: int, postgres_database_url: str, tmp_path: Path, clock: ManualClock
) -> AsyncIterator[FastAPI]:
    url = make_url(postgres_database_url).set(host="127.0.0.1", port=pooler_port)
    settings = make_settings(url.render_as_string(hide_password=False), tmp_path / "var", db_transaction_pooler=True)
    application = create_app(settings, clock=clock)
    try:
        yield application
    finally:
        await application.state.database.dispose()
        await _empty_postgres(postgres_database_url)


@pytest.fixture
async def pooled(pooled_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=pooled_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
async def pooled_world(pooled_app: FastAPI, clock: ManualClock) -> World:
    return await seed_world(pooled_app, clock)


async def test_concurrent_clock_ins_through_the_pooler_all_answer(pooled: httpx.AsyncClient, pooled_world: World):
    people = ["staff_s1", "manager_s1"]
    answers = await asyncio.gather(
        *(punch(pooled, pooled_world, people[n % 2], f"in-{n}") for n in range(40)),
    )
    assert [a.status_code for a in answers] == [201] * 40, {a.text for a in answers if a.status_code != 201}
    replay = await punch(pooled, pooled_world, "staff_s1", "in-0")
    assert replay.status_code == 201 and replay.json() == answers[0].json()
    assert len(await my_punches(pooled, pooled_world, "staff_s1")) == 20


async def test_an_offline_batch_through_the_pooler(pooled: httpx.AsyncClient, pooled_world: World):
    start = now(pooled_world) - timedelta(hours=1)
    items = [
        batch_item(pooled_world, f"offline-{n}", "S2", client_time=iso(start + timedelta(minutes=n))) for n in range(10)
    ]
    answer = await send_batch(pooled, pooled_world, "staff_s2", items)
    assert answer.status_code == 200, answer.text
    assert [item["status"] for item in answer.json()["results"]] == [201] * 10, answer.text
    assert len(await my_punches(pooled, pooled_world, "staff_s2")) == 10


async def test_sales_ingest_through_the_pooler(pooled: httpx.AsyncClient, pooled_world: World):
    bot = await machine(pooled, pooled_world, "ingest:sales")
    batches = await asyncio.gather(
        *(
            push(pooled, bot, *(line(f"b{b}-l{n}", amount="2.50") for n in range(50)), **{"Idempotency-Key": f"b{b}"})
            for b in range(8)
        )
    )
    assert [b.status_code for b in batches] == [200] * 8, {b.text for b in batches if b.status_code != 200}
    assert all(b.json()["accepted"] == 50 for b in batches)


async def test_concurrent_reads_and_writes_on_sessions_through_the_pooler(
    pooled: httpx.AsyncClient, pooled_world: World
):
    """Many session connections of one process take turns on the pooler's few server connections:
    a statement one of them prepared must not be in another's way."""
    people = ["staff_s1", "staff_s2", "manager_s1", "manager_s2", "hr"]
    for _round in range(3):
        answers = await asyncio.gather(
            *(pooled.get("/api/v1/me/clock-ins", headers=pooled_world.headers(who)) for who in people * 8),
            *(pooled.get("/api/v1/me", headers=pooled_world.headers(who)) for who in people * 4),
        )
        assert {a.status_code for a in answers} == {200}, {a.text for a in answers if a.status_code != 200}


async def test_a_stream_held_through_the_pooler_polls_and_hears_another_replica(
    pooler_port: int, postgres_database_url: str, tmp_path: Path, clock: ManualClock
):
    """LISTEN needs a session of its own, which the pooler does not keep: a replica behind it polls,
    and still hears what another replica (reaching PostgreSQL directly) commits."""
    pooled_url = make_url(postgres_database_url).set(host="127.0.0.1", port=pooler_port)
    live = {"stream_heartbeat_s": HEARTBEAT_S, "stream_poll_s": 0.05}
    writer = create_app(make_settings(postgres_database_url, tmp_path / "writer", **live), clock=clock)
    reader = create_app(
        make_settings(
            pooled_url.render_as_string(hide_password=False), tmp_path / "reader", db_transaction_pooler=True, **live
        ),
        clock=clock,
    )
    try:
        world = await seed_world(writer, clock)
        async with AsyncExitStack() as stack:
            urls = [await stack.enter_async_context(serving(app)) for app in (writer, reader)]
            http = await stack.enter_async_context(httpx.AsyncClient(timeout=httpx.Timeout(WAIT_S)))
            replicas = Replicas(apps=[writer, reader], urls=urls, world=world, clock=clock, http=http, dialect="pg")
            async with stream(replicas, "staff_s1") as events:
                await replicas.send("staff_s1", title="Freezer is warm")
                assert payload(await events.next_of("notification"))["body"] == "“Freezer is warm” is closed."
            async with writer.state.database.session_scope() as session:
                listeners = await session.scalar(
                    text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name"),
                    {"name": LISTENER_APPLICATION_NAME},
                )
            assert listeners == 0
    finally:
        for app in (writer, reader):
            await app.state.stream_hub.stop()
            await app.state.database.dispose()
        await _empty_postgres(postgres_database_url)
