"""Live stream: how many held streams one process carries, how fast a committed notification
reaches its stream, and what the streams cost in memory, against a ceiling measured in the same run.

Starts a PostgreSQL database of its own, seeds one account per stream, serves the real app with
uvicorn (ONE worker process: the figures are per process), opens `--streams` concurrent
GET /api/v1/me/stream connections (raw asyncio streams, so the load generator stays cheap), then
commits notifications to random streamed accounts at `--rate` per second for `--seconds`, each in
its own transaction with NOTIFY (what `domain.notifications.delivery.notify` does), and measures
the delay from the COMMIT being sent to the event arriving on the stream. The ceiling: a bare
asyncpg LISTEN/NOTIFY round trip (a transaction with pg_notify, a listener's callback) at the same
rate, while the streams are still held.

    .venv/bin/python bench/stream.py [--streams 5000] [--seconds 20] [--rate 100]

Prints one line per figure, e.g. `stream.delay_p99_ms: 48.0 (ceiling LISTEN/NOTIFY p99 3.1)`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import asyncpg
from sqlalchemy import insert
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from api.security import JoseTokens  # noqa: E402
from domain.notifications.delivery import CHANNEL  # noqa: E402
from domain.org.models import OrgUnit, OrgUnitKind  # noqa: E402
from domain.org.rules import child_path  # noqa: E402
from domain.people.models import Account, Employee, EmployeeStatus  # noqa: E402
from domain.shared.actor import Grant, Role  # noqa: E402
from domain.shared.clock import SystemClock  # noqa: E402
from domain.shared.db import Database  # noqa: E402

ADMIN_URL = os.environ.get("FRONTLINE_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
SECRET = "bench-signing-key-" + "k" * 40
PORT = 8793
INSERT_NOTIFICATION = (
    "INSERT INTO notifications (id, account_id, kind, subject_type, subject_id, params, created_at) "
    "VALUES ($1, $2, 'ticket.closed', 'ticket', $3, $4::jsonb, now()) RETURNING seq"
)


async def admin(statement: str) -> None:
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def database_url(name: str, driver: str = "postgresql+asyncpg") -> str:
    return make_url(ADMIN_URL).set(drivername=driver, database=name).render_as_string(hide_password=False)


async def seed(url: str, count: int) -> tuple[uuid.UUID, list[tuple[uuid.UUID, uuid.UUID]]]:
    """HQ and `count` people with an account each; returns (hq, [(account, employee)])."""
    now = datetime.now(UTC)
    hq_id = uuid.uuid4()
    unit = dict(
        id=hq_id,
        code="HQ",
        name="HQ",
        kind=OrgUnitKind.HEADQUARTERS,
        parent_id=None,
        path=child_path(None, hq_id),
        timezone="Asia/Shanghai",
        address=None,
        latitude=None,
        longitude=None,
        geofence_radius_m=None,
        created_at=now,
        updated_at=now,
    )
    people, accounts, pairs = [], [], []
    for number in range(count):
        employee_id, account_id = uuid.uuid4(), uuid.uuid4()
        people.append(
            dict(
                id=employee_id,
                employee_no=f"E{number:06d}",
                full_name="Bench Person",
                email=None,
                phone=None,
                home_unit_id=hq_id,
                hire_date=date(2024, 1, 1),
                status=EmployeeStatus.ACTIVE,
                created_at=now,
                updated_at=now,
            )
        )
        accounts.append(
            dict(
                id=account_id,
                employee_id=employee_id,
                email=None,
                password_hash="not-used",
                is_active=True,
                failed_logins=0,
                password_changed_at=now,
                created_at=now,
                updated_at=now,
            )
        )
        pairs.append((account_id, employee_id))
    database = Database(url)
    async with database.session_scope() as session:
        await session.execute(insert(OrgUnit), [unit])
        await session.execute(insert(Employee), people)
        await session.execute(insert(Account), accounts)
    await database.dispose()
    return hq_id, pairs


def serve(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """The real app, one uvicorn process (no supervisor: its pid is the server's, for its memory)."""
    log = open(ROOT / "var" / f"bench-{PORT}.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "api.asgi:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(PORT),
            "--workers",
            "1",
            "--backlog",
            "4096",
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1):
                return process
        except OSError:
            time.sleep(0.3)
    stop(process)
    raise RuntimeError(f"the app did not start; see var/bench-{PORT}.log")


def stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile_ms(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


class Streams:
    """The held streams: each a raw connection whose `id:` lines are stamped with their arrival."""

    def __init__(self) -> None:
        self.arrivals: dict[int, float] = {}
        self.live = 0
        self.failed = 0
        self.ended = 0
        self.writers: list[asyncio.StreamWriter] = []

    async def hold(self, token: str, opened: asyncio.Semaphore) -> None:
        async with opened:  # a bounded number connecting at once (the accept backlog)
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
                writer.write(
                    (
                        f"GET /api/v1/me/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
                        "Accept: text/event-stream\r\n\r\n"
                    ).encode()
                )
                status = await reader.readline()
                if b" 200 " not in status:
                    self.failed += 1
                    writer.close()
                    return
                while (line := await reader.readline()).strip() != b"retry: 3000":
                    if not line:
                        raise ConnectionError("closed before the stream was live")
            except (OSError, ConnectionError):
                self.failed += 1
                return
        self.writers.append(writer)
        self.live += 1
        while line := await reader.readline():
            if line.startswith(b"id: "):
                self.arrivals[int(line[4:])] = time.perf_counter()
        self.ended += 1

    def close(self) -> None:
        for writer in self.writers:
            writer.close()


async def commit_at_rate(
    dsn: str, accounts: list[uuid.UUID], *, rate: float, seconds: float, notify: bool = True
) -> dict[int, float]:
    """Notifications for random accounts, one transaction each with its NOTIFY (as `notify` does),
    at a steady rate; returns {seq: when its COMMIT was sent}. Without `notify`, bare pg_notify
    transactions (the ceiling), keyed by a counter."""
    connection = await asyncpg.connect(dsn)
    rng = random.Random(11)
    sent: dict[int, float] = {}
    start = time.perf_counter()
    try:
        for number in range(int(rate * seconds)):
            await asyncio.sleep(max(0.0, start + number / rate - time.perf_counter()))
            account = rng.choice(accounts)
            transaction = connection.transaction()
            await transaction.start()
            if notify:
                seq = await connection.fetchval(
                    INSERT_NOTIFICATION,
                    uuid.uuid4(),
                    account,
                    str(uuid.uuid4()),
                    json.dumps({"title": f"Bench notice {number}"}),
                )
                await connection.execute("SELECT pg_notify($1, $2)", CHANNEL, str(account))
            else:
                seq = number
                await connection.execute("SELECT pg_notify($1, $2)", "bench_ceiling", str(number))
            sent[int(seq)] = time.perf_counter()
            await transaction.commit()
    finally:
        await connection.close()
    return sent


async def ceiling(dsn: str, accounts: list[uuid.UUID], *, rate: float, seconds: float) -> list[float]:
    """A bare LISTEN/NOTIFY round trip on asyncpg at the same rate: commit sent -> listener callback."""
    listener = await asyncpg.connect(dsn)
    arrivals: dict[int, float] = {}
    await listener.add_listener(
        "bench_ceiling", lambda _c, _pid, _channel, payload: arrivals.__setitem__(int(payload), time.perf_counter())
    )
    try:
        sent = await commit_at_rate(dsn, accounts, rate=rate, seconds=seconds, notify=False)
        await asyncio.sleep(1)
    finally:
        await listener.close()
    return [arrivals[n] - sent[n] for n in sent if n in arrivals]


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--streams", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--rate", type=float, default=100, help="notifications committed per second")
    parser.add_argument("--ceiling-seconds", type=float, default=5)
    args = parser.parse_args()

    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = args.streams * 2 + 1024  # both ends on this box, plus the server's own files
    if hard != resource.RLIM_INFINITY and hard < wanted:
        raise SystemExit(f"the file descriptor limit ({hard}) is too low for {args.streams} streams")
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))  # the server inherits it

    (ROOT / "var").mkdir(exist_ok=True)
    name = f"frontline_bench_stream_{uuid.uuid4().hex[:8]}"
    await admin(f'CREATE DATABASE "{name}"')
    process: subprocess.Popen[bytes] | None = None
    streams = Streams()
    try:
        url = database_url(name)
        await asyncio.to_thread(migrations.upgrade, url)
        hq, people = await seed(url, args.streams)
        process = serve(
            {
                "FRONTLINE_ENV": "production",
                "FRONTLINE_DATABASE_URL": url,
                "FRONTLINE_JWT_SECRET": SECRET,
                "FRONTLINE_CARE_KEYS": "bench:" + "A" * 43,  # production requires care keys
                "FRONTLINE_LOG_LEVEL": "WARNING",
            }
        )
        idle_rss = rss_mib(process.pid)
        tokens = JoseTokens(
            key=SECRET,
            issuer="frontline",
            audience="frontline-api",
            access_ttl=timedelta(hours=2),
            refresh_ttl=timedelta(days=1),
            clock=SystemClock(),
        )
        now = datetime.now(UTC)
        minted = [
            tokens.access_token(
                account_id=account,
                employee_id=employee,
                grants=(Grant(Role.EMPLOYEE, hq),),
                session_id=uuid.uuid4(),
                now=now,
            )[0]
            for account, employee in people
        ]
        opening = time.perf_counter()
        gate = asyncio.Semaphore(256)
        holders = [asyncio.create_task(streams.hold(token, gate)) for token in minted]
        while streams.live + streams.failed < args.streams:
            await asyncio.sleep(0.2)
            if time.perf_counter() - opening > 120:
                break
        opened_s = time.perf_counter() - opening
        held_rss = rss_mib(process.pid)
        print(f"stream.opened: {streams.live} of {args.streams} in {opened_s:.1f}s ({streams.failed} failed)")

        dsn = database_url(name, "postgresql")
        accounts = [account for account, _ in people]
        sent = await commit_at_rate(dsn, accounts, rate=args.rate, seconds=args.seconds)
        await asyncio.sleep(2)  # the last ones arrive
        delays = [streams.arrivals[seq] - at for seq, at in sent.items() if seq in streams.arrivals]
        loaded_rss = rss_mib(process.pid)
        bare = await ceiling(dsn, accounts, rate=args.rate, seconds=args.ceiling_seconds)

        print(
            f"stream.delivered: {len(delays)} of {len(sent)} committed at {args.rate:.0f}/s "
            f"over {args.seconds:.0f}s to {streams.live} held streams ({streams.ended} streams ended early)"
        )
        print(
            f"stream.delay_p50_ms: {percentile_ms(delays, 0.50):.1f} "
            f"(ceiling LISTEN/NOTIFY p50 {percentile_ms(bare, 0.50):.1f})"
        )
        print(
            f"stream.delay_p99_ms: {percentile_ms(delays, 0.99):.1f} "
            f"(ceiling LISTEN/NOTIFY p99 {percentile_ms(bare, 0.99):.1f}; goal < 1000)"
        )
        print(f"stream.delay_max_ms: {percentile_ms(delays, 1.0):.1f}")
        per_stream_kib = (held_rss - idle_rss) * 1024 / streams.live if streams.live else float("nan")
        print(
            f"stream.rss_mib: {held_rss:.0f} with {streams.live} streams held "
            f"({idle_rss:.0f} idle, {per_stream_kib:.1f} KiB per stream; {loaded_rss:.0f} after the load)"
        )
        streams.close()
        for holder in holders:
            holder.cancel()
        await asyncio.gather(*holders, return_exceptions=True)
    finally:
        streams.close()
        if process is not None:
            stop(process)
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
