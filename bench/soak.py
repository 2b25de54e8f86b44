"""Soak: two API processes and two workers on one PostgreSQL for ten minutes of mixed traffic, with
PostgreSQL restarted in the middle; then what was answered is checked against what was kept.

PostgreSQL is a cluster of the bench's own: initdb in a temporary directory, served on a free port
(as the `postgres` user when this runs as root). The shared server is never restarted. The demo is
loaded into it, accounts are opened for store staff, an ERP client is created, and a webhook
receiver (in this process, on 127.0.0.1) subscribes to the ticket, transfer and flagged-punch events.
Tickets get a wall-clock SLA of 2 minutes to the first answer and 6 to resolution, so the workers
escalate them during the run.

Traffic, closed loop, `--users` virtual users alternating between the two API processes:
- store staff punch in and out at their store (inside its geofence), one Idempotency-Key a punch;
- store staff raise tickets and reply to their own;
- head-office staff ask for secondments to stores (the approval chain's first step);
- the ERP client pushes batches of sales lines;
- reads: my attendance, a department's ticket queue, people search, HR's approvals inbox.
A write that fails for want of the database (503, or the connection dropped) is sent again with the
same Idempotency-Key after its Retry-After, as the mobile app and the ERP client do. The receiver
answers 500 to one delivery in twenty, so retries are part of the run.

Halfway through, PostgreSQL is stopped (fast shutdown: sessions cut) and started again after
`--outage` seconds. Then the bench checks:
- every object a 2xx answer named is in the database (punches, tickets, replies, transfers, sales
  lines), and no retried write made two;
- no answer was a 500, every 503 carried Retry-After, and all four processes are still running;
- each escalation (ticket, clock, level) is recorded once;
- each webhook event the receiver accepted (2xx) was not delivered again, and every delivery the
  database marks delivered reached the receiver;
- recovery: from PostgreSQL accepting connections again to each API process's first 2xx answer,
  and to the workers' first delivery.

    .venv/bin/python bench/soak.py [--minutes 10] [--users 16] [--outage 10]

Prints `soak.<figure>: ...` lines, and `soak.verdict: ok` or the failed checks.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api.security import JoseTokens  # noqa: E402
from domain.shared.actor import Grant, Role  # noqa: E402
from domain.shared.clock import SystemClock  # noqa: E402

SECRET = "soak-signing-key-" + "s" * 40
CARE_KEYS = "soak:" + "c" * 43 + "="
PASSWORD = "soak-password-1234"
FIRST_RESPONSE_MINUTES, RESOLUTION_MINUTES = 2, 6
RETRYABLE = {502, 503, 504}


def log(text: str) -> None:
    print(text, flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- the bench's own PostgreSQL ---------------------------------------------------------------------


def postgres_bin() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not versions:
        raise SystemExit("soak: no PostgreSQL server binaries (pg_ctl, initdb) on this machine")
    return versions[-1]


class Cluster:
    """A throwaway PostgreSQL cluster: initdb, start, stop (fast: sessions are cut), start again."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.root = Path(tempfile.mkdtemp(prefix="frontline-soak-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *command: str) -> None:
        full = [str(self.bin / command[0]), *command[1:]]
        if self.as_root:
            full = ["runuser", "-u", "postgres", "--", *full]
        done = subprocess.run(full, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {done.stdout}{done.stderr}")

    def create(self) -> None:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
            os.chmod(self.root, 0o755)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        self.start()

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str, driver: str = "postgresql") -> str:
        return f"{driver}://postgres@127.0.0.1:{self.port}/{database}"


# --- the processes ----------------------------------------------------------------------------------


def app_env(cluster: Cluster) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env.update(
        {
            "FRONTLINE_ENV": "production",
            "FRONTLINE_DATABASE_URL": cluster.url("soak", "postgresql+asyncpg"),
            "FRONTLINE_JWT_SECRET": SECRET,
            "FRONTLINE_CARE_KEYS": CARE_KEYS,
            "FRONTLINE_DEMO_PASSWORD": PASSWORD,
            "FRONTLINE_LOG_LEVEL": "WARNING",
            "FRONTLINE_WEBHOOK_ALLOWED_HOSTS": "127.0.0.1",
            "FRONTLINE_WORKER_POLL_S": "1",
            "FRONTLINE_DB_POOL_SIZE": "10",
            "FRONTLINE_DB_MAX_OVERFLOW": "10",
        }
    )
    return env


def frontline(env: dict[str, str], *arguments: str) -> None:
    command = [str(Path(sys.executable).with_name("frontline")), *arguments]
    done = subprocess.run(
        command, cwd=ROOT, env={**env, "FRONTLINE_ENV": "development"}, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"frontline {' '.join(arguments)} failed: {done.stdout}{done.stderr}")


@dataclass
class Process:
    name: str
    popen: subprocess.Popen[bytes]
    port: int | None = None

    @property
    def alive(self) -> bool:
        return self.popen.poll() is None


def start(name: str, command: list[str], env: dict[str, str], logs: Path, port: int | None = None) -> Process:
    output = open(logs / f"{name}.log", "wb")  # noqa: SIM115 (closed when the process ends)
    popen = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=output, start_new_session=True)
    return Process(name, popen, port)


def stop(process: Process) -> None:
    if process.alive:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.popen.pid, signal.SIGTERM)
        try:
            process.popen.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.popen.pid, signal.SIGKILL)


async def wait_ready(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.TransportError):
                if (await client.get(f"http://127.0.0.1:{port}/readyz")).status_code == 200:
                    return
            await asyncio.sleep(0.3)
    raise RuntimeError(f"the API on port {port} did not become ready")


# --- the webhook receiver ---------------------------------------------------------------------------


@dataclass
class Receiver:
    """Records every delivery; answers 500 to one in twenty (so retries happen), else 204."""

    rng: random.Random = field(default_factory=lambda: random.Random(5))
    accepted: Counter[str] = field(default_factory=Counter)  # webhook-id -> 2xx answers given
    first_accepted: dict[str, float] = field(default_factory=dict)
    refused: int = 0
    times: list[float] = field(default_factory=list)
    server: asyncio.Server | None = None

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            headers = {}
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            await reader.readexactly(int(headers.get("content-length", "0")))
            self.times.append(time.monotonic())
            if self.rng.random() < 0.05:
                self.refused += 1
                status = b"500 Internal Server Error"
            else:
                self.accepted[headers.get("webhook-id", "")] += 1
                self.first_accepted.setdefault(headers.get("webhook-id", ""), time.monotonic())
                status = b"204 No Content"
            writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError, asyncio.CancelledError):
            pass  # a cancelled handler (the receiver closing at the end) ends quietly
        finally:
            writer.close()

    async def start(self) -> int:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])


# --- who sends what ---------------------------------------------------------------------------------


@dataclass
class Person:
    account_id: uuid.UUID
    employee_id: uuid.UUID | None
    grants: tuple[Grant, ...]
    token: str = ""
    store: tuple[uuid.UUID, float, float] | None = None  # store id, latitude, longitude
    punched_in: bool = False


@dataclass
class World:
    staff: list[Person]
    hr: Person
    head: Person
    head_office: list[Person]
    stores: list[tuple[uuid.UUID, str]]
    categories: list[str]
    client_token: str = ""
    client_id: str = ""


async def people(connection: asyncpg.Connection, tokens: JoseTokens, where: str, *args: Any) -> list[Person]:
    rows = await connection.fetch(
        "SELECT a.id, a.employee_id FROM accounts a LEFT JOIN employees e ON e.id = a.employee_id"
        f" WHERE {where} ORDER BY a.email",
        *args,
    )
    found = []
    for row in rows:
        grants = tuple(
            Grant(Role(g["role"]), g["org_unit_id"])
            for g in await connection.fetch(
                "SELECT role, org_unit_id FROM role_grants WHERE account_id = $1", row["id"]
            )
        )
        token, _ = tokens.access_token(
            account_id=row["id"],
            employee_id=row["employee_id"],
            grants=grants,
            session_id=uuid.uuid4(),
            now=datetime.now(UTC),
        )
        found.append(Person(row["id"], row["employee_id"], grants, token))
    return found


async def prepare(cluster: Cluster, port: int, receiver_port: int, staff_accounts: int) -> World:
    """Accounts for store staff, the SLA, an ERP client and its webhook subscription."""
    tokens = JoseTokens(
        key=SECRET,
        issuer="frontline",
        audience="frontline-api",
        access_ttl=timedelta(hours=3),
        refresh_ttl=timedelta(days=1),
        clock=SystemClock(),
    )
    connection = await asyncpg.connect(cluster.url("soak"))
    try:
        (admin,) = await people(connection, tokens, "a.email = 'admin@demo.example'")
        (hr,) = await people(connection, tokens, "a.email = 'hr@demo.example'")
        (head,) = await people(connection, tokens, "a.email = 'dept-head@demo.example'")
        unaccounted = await connection.fetch(
            "SELECT e.id FROM employees e JOIN org_units u ON u.id = e.home_unit_id AND u.kind = 'store'"
            " WHERE e.status = 'active' AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.employee_id = e.id)"
            " ORDER BY e.employee_no LIMIT $1",
            staff_accounts,
        )
        # head-office people under a department head ask for their own secondments, so each step of
        # the chain (department review, HR approval, leader sign-off) has someone to decide it
        unaccounted_head_office = await connection.fetch(
            "SELECT e.id FROM employees e JOIN org_units u ON u.id = e.home_unit_id AND u.kind = 'department'"
            " WHERE e.status = 'active' AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.employee_id = e.id)"
            " AND EXISTS (SELECT 1 FROM role_grants g JOIN org_units d ON d.id = g.org_unit_id"
            " WHERE g.role = 'dept_head' AND u.path LIKE d.path || '%') ORDER BY e.employee_no"
        )
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            headers = {"Authorization": f"Bearer {admin.token}"}
            for prefix, rows in (("soak", unaccounted), ("soak-hq", unaccounted_head_office)):
                for number, row in enumerate(rows):
                    email = f"{prefix}-{number}@soak.example"
                    body = {"employee_id": str(row["id"]), "email": email, "password": PASSWORD}
                    answer = await http.post("/api/v1/accounts", json=body, headers=headers)
                    assert answer.status_code == 201, answer.text
            policies = {
                "policies": [
                    {
                        "first_response_minutes": FIRST_RESPONSE_MINUTES,
                        "resolution_minutes": RESOLUTION_MINUTES,
                        "business_hours": False,
                    }
                ]
            }
            answer = await http.put("/api/v1/sla-policies", json=policies, headers=headers)
            assert answer.status_code == 200, answer.text
            client = {
                "name": "Soak ERP",
                "scopes": ["ingest:sales", "webhooks:manage"],
                "rate_limit_per_minute": 100_000,
            }
            created = await http.post("/api/v1/integration-clients", json=client, headers=headers)
            assert created.status_code == 201, created.text
            client_id, secret = created.json()["id"], created.json()["client_secret"]
            signed = await http.post(
                "/api/v1/auth/token",
                data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
            )
            assert signed.status_code == 200, signed.text
            client_token = signed.json()["access_token"]
            subscription = {
                "url": f"http://127.0.0.1:{receiver_port}/hooks",
                "events": ["ticket.*", "transfer.*", "clock_in.flagged"],
            }
            answer = await http.post(
                "/api/v1/webhooks/subscriptions", json=subscription, headers={"Authorization": f"Bearer {client_token}"}
            )
            assert answer.status_code == 201, answer.text
        staff = await people(connection, tokens, "a.email ~ '^soak-[0-9]+@soak[.]example$'")
        head_office = await people(connection, tokens, "a.email LIKE 'soak-hq-%@soak.example'")
        places = {
            row["id"]: (row["unit_id"], row["latitude"], row["longitude"])
            for row in await connection.fetch(
                "SELECT e.id, u.id AS unit_id, u.latitude, u.longitude FROM employees e"
                " JOIN org_units u ON u.id = e.home_unit_id WHERE u.latitude IS NOT NULL"
            )
        }
        for person in staff:
            person.store = places[person.employee_id]
        stores = [
            (r["id"], r["code"]) for r in await connection.fetch("SELECT id, code FROM org_units WHERE kind = 'store'")
        ]
        categories = [
            r["category"]
            for r in await connection.fetch("SELECT DISTINCT category FROM ticket_routing_rules WHERE category <> '*'")
        ]
    finally:
        await connection.close()
    return World(staff, hr, head, head_office, stores, categories or ["other"], client_token, client_id)


# --- the traffic ------------------------------------------------------------------------------------


@dataclass
class Outage:
    down_at: float | None = None
    up_at: float | None = None

    def phase(self, moment: float) -> str:
        if self.down_at is None or moment < self.down_at:
            return "before"
        if self.up_at is None or moment < self.up_at:
            return "outage"
        return "after"


@dataclass
class Tally:
    statuses: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    by_action: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    without_retry_after: int = 0
    transport_errors: Counter[str] = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    retries: int = 0
    gave_up: int = 0
    created: dict[str, set[Any]] = field(default_factory=lambda: defaultdict(set))
    first_ok_after: dict[int, float] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    samples: dict[tuple[str, int], str] = field(default_factory=dict)  # the first 4xx body per action


class Traffic:
    def __init__(self, world: World, ports: list[int], outage: Outage, seed: int) -> None:
        self.world, self.ports, self.outage = world, ports, outage
        self.tally = Tally()
        self.rng = random.Random(seed)
        self.tickets: dict[uuid.UUID, str] = {}  # ticket id -> requester token
        self.sales = 0

    async def send(
        self, http: httpx.AsyncClient, action: str, method: str, path: str, token: str, **kwargs: Any
    ) -> httpx.Response | None:
        """One request, sent again (same key, same body) while the database is away: at most 40 times."""
        headers = {"Authorization": f"Bearer {token}"}
        if method != "GET":
            headers["Idempotency-Key"] = str(uuid.uuid4())
        port = self.rng.choice(self.ports)
        for _attempt in range(40):
            started = time.monotonic()
            try:
                answer = await http.request(method, f"http://127.0.0.1:{port}{path}", headers=headers, **kwargs)
            except httpx.TransportError as exc:
                self.tally.transport_errors[type(exc).__name__] += 1
                await asyncio.sleep(1)
                port = self.rng.choice(self.ports)
                continue
            phase = self.outage.phase(started)
            self.tally.statuses[phase][answer.status_code] += 1
            self.tally.by_action[action][answer.status_code] += 1
            if phase == "before":
                self.tally.latencies.append(time.monotonic() - started)
            if 400 <= answer.status_code < 500:
                self.tally.samples.setdefault((action, answer.status_code), answer.text[:300])
            if answer.status_code >= 500 and answer.status_code not in RETRYABLE:
                self.tally.server_errors.append(f"{answer.status_code} {method} {path}: {answer.text[:200]}")
            if 200 <= answer.status_code < 300 and self.outage.up_at is not None and started >= self.outage.up_at:
                self.tally.first_ok_after.setdefault(port, started - self.outage.up_at)
            if answer.status_code not in RETRYABLE:
                return answer
            if answer.status_code == 503 and "retry-after" not in answer.headers:
                self.tally.without_retry_after += 1
            if method == "GET":
                return answer
            self.tally.retries += 1
            await asyncio.sleep(min(float(answer.headers.get("retry-after", "1")), 2.0) * self.rng.uniform(0.5, 1.0))
        self.tally.gave_up += 1
        return None

    async def punch(self, http: httpx.AsyncClient) -> None:
        person = self.rng.choice(self.world.staff)
        assert person.store is not None
        store_id, lat, lon = person.store
        kind = "out" if person.punched_in else "in"
        body = {
            "kind": kind,
            "store_id": str(store_id),
            "lat": lat,
            "lon": lon,
            "accuracy_m": 10.0,
            "client_time": datetime.now(UTC).isoformat(),
            "device_id": f"soak-{person.account_id}",
        }
        answer = await self.send(http, "punch", "POST", "/api/v1/clock-ins", person.token, json=body)
        if answer is not None and answer.status_code == 201:
            person.punched_in = kind == "in"
            self.tally.created["clock_ins"].add(answer.json()["id"])

    async def ticket(self, http: httpx.AsyncClient) -> None:
        person = self.rng.choice(self.world.staff)
        body = {
            "category": self.rng.choice(self.world.categories),
            "title": f"Soak {uuid.uuid4().hex[:8]}: the scanner drops the stock system",
            "description": "Since this morning the handheld scanner loses its connection every few minutes.",
        }
        answer = await self.send(http, "ticket", "POST", "/api/v1/tickets", person.token, json=body)
        if answer is not None and answer.status_code == 201:
            ticket_id = answer.json()["id"]
            self.tally.created["tickets"].add(ticket_id)
            self.tickets[uuid.UUID(ticket_id)] = person.token

    async def reply(self, http: httpx.AsyncClient) -> None:
        if not self.tickets:
            return await self.ticket(http)
        ticket_id, token = self.rng.choice(list(self.tickets.items()))
        body = {"body": "Still happening; it drops again after a restart of the scanner."}
        answer = await self.send(http, "reply", "POST", f"/api/v1/tickets/{ticket_id}/replies", token, json=body)
        if answer is not None and answer.status_code == 201:
            self.tally.created["ticket_events"].add(answer.json()["id"])
        return None

    async def transfer(self, http: httpx.AsyncClient) -> None:
        """A head-office person asks for a secondment (some land on one they asked for: 409)."""
        person = self.rng.choice(self.world.head_office)
        begins = date.today() + timedelta(days=self.rng.randint(30, 3000))
        body = {
            "employee_id": str(person.employee_id),
            "kind": "secondment",
            "destination_unit_id": str(self.rng.choice(self.world.stores)[0]),
            "start_date": begins.isoformat(),
            "end_date": (begins + timedelta(days=self.rng.randint(7, 30))).isoformat(),
            "reason": "Support the store through the soak",
        }
        answer = await self.send(http, "transfer", "POST", "/api/v1/transfers", person.token, json=body)
        if answer is not None and answer.status_code == 201:
            self.tally.created["transfers"].add(answer.json()["id"])

    async def sales_batch(self, http: httpx.AsyncClient) -> None:
        lines = []
        for _ in range(50):
            self.sales += 1
            lines.append(
                {
                    "external_id": f"soak-{self.sales}",
                    "store_code": self.rng.choice(self.world.stores)[1],
                    "sku": f"SKU-{self.rng.randint(1, 500)}",
                    "quantity": 1,
                    "amount": f"{self.rng.randint(5, 900)}.90",
                    "currency": "CNY",
                    "sold_at": datetime.now(UTC).isoformat(),
                }
            )
        answer = await self.send(
            http, "sales", "POST", "/api/v1/ingest/sales", self.world.client_token, json={"lines": lines}
        )
        if answer is not None and answer.status_code == 200:
            result = answer.json()
            refused = {ref["index"] for ref in result["conflicts"] + result["rejected"]}
            for index, line in enumerate(lines):
                if index not in refused:  # accepted now, or a duplicate of a line accepted before
                    self.tally.created["sales_lines"].add(line["external_id"])

    async def read(self, http: httpx.AsyncClient) -> None:
        today = date.today()
        choice = self.rng.randrange(4)
        if choice == 0:
            person = self.rng.choice(self.world.staff)
            path = f"/api/v1/me/attendance?from={today.replace(day=1)}&to={today}"
            await self.send(http, "read", "GET", path, person.token)
        elif choice == 1:
            await self.send(http, "read", "GET", "/api/v1/tickets?scope=queue", self.world.head.token)
        elif choice == 2:
            await self.send(http, "read", "GET", "/api/v1/employees?q=E0", self.world.hr.token)
        else:
            await self.send(http, "read", "GET", "/api/v1/approvals/inbox", self.world.hr.token)

    def actions(self) -> Iterator[str]:
        weights = {"punch": 30, "ticket": 8, "reply": 10, "transfer": 4, "sales": 6, "read": 42}
        while True:
            yield self.rng.choices(list(weights), weights=list(weights.values()))[0]

    async def user(self, deadline: float) -> None:
        handlers = {
            "punch": self.punch,
            "ticket": self.ticket,
            "reply": self.reply,
            "transfer": self.transfer,
            "sales": self.sales_batch,
            "read": self.read,
        }
        limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
        async with httpx.AsyncClient(timeout=60, limits=limits) as http:
            for action in self.actions():
                if time.monotonic() >= deadline:
                    return
                await handlers[action](http)


# --- the run and its checks -------------------------------------------------------------------------


async def outage_in_middle(cluster: Cluster, outage: Outage, at: float, seconds: float) -> None:
    await asyncio.sleep(max(0.0, at - time.monotonic()))
    outage.down_at = time.monotonic()
    await asyncio.to_thread(cluster.stop)
    log("soak: PostgreSQL stopped (fast shutdown: sessions cut)")
    await asyncio.sleep(seconds)
    await asyncio.to_thread(cluster.start)
    outage.up_at = time.monotonic()
    log(f"soak: PostgreSQL back after {outage.up_at - outage.down_at:.1f} s")


async def drained(cluster: Cluster, seconds: float) -> int:
    """Waits until no webhook delivery is pending (retries take 30 s, then longer); answers how many remain."""
    deadline = time.monotonic() + seconds
    connection = await asyncpg.connect(cluster.url("soak"))
    try:
        while True:
            pending = int(await connection.fetchval("SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'"))
            if pending == 0 or time.monotonic() > deadline:
                return pending
            await asyncio.sleep(2)
    finally:
        await connection.close()


async def checks(cluster: Cluster, tally: Tally, receiver: Receiver, outage: Outage) -> tuple[list[str], list[str]]:
    """(figures, failures). A webhook the receiver accepted while PostgreSQL went away may come again:
    the worker could not record the delivery, so it retries it with the same `webhook-id`
    (at-least-once, as Standard Webhooks receivers expect); any other repeat is a failure."""
    figures: list[str] = []
    failures: list[str] = []
    connection = await asyncpg.connect(cluster.url("soak"))
    try:
        kept = {
            "clock_ins": "SELECT id::text FROM clock_ins WHERE id::text = ANY($1::text[])",
            "tickets": "SELECT id::text FROM tickets WHERE id::text = ANY($1::text[])",
            "ticket_events": "SELECT id FROM ticket_events WHERE id = ANY($1::bigint[])",
            "transfers": "SELECT id::text FROM transfers WHERE id::text = ANY($1::text[])",
            "sales_lines": "SELECT external_id FROM sales_lines WHERE external_id = ANY($1::text[])",
        }
        for kind, statement in kept.items():
            answered = tally.created.get(kind, set())
            found = {row[0] for row in await connection.fetch(statement, list(answered))}
            figures.append(f"{kind}: {len(answered)} answered 2xx, {len(found)} in the database")
            if found != answered:
                failures.append(f"{kind}: {len(answered - found)} answered 2xx but missing")
        twice = await connection.fetchval(
            "SELECT count(*) FROM (SELECT title FROM tickets WHERE title LIKE 'Soak %' GROUP BY title"
            " HAVING count(*) > 1) t"
        )
        if twice:
            failures.append(f"tickets: {twice} raised twice by a retried request")
        total_tickets = await connection.fetchval("SELECT count(*) FROM tickets WHERE title LIKE 'Soak %'")
        figures.append(f"tickets written {total_tickets} (answered {len(tally.created.get('tickets', ()))})")
        escalations = await connection.fetch(
            "SELECT ticket_id, data->>'clock_name' AS clock, data->>'level' AS level, count(*) AS n"
            " FROM ticket_events WHERE kind = 'escalated' GROUP BY 1, 2, 3"
        )
        repeated = [r for r in escalations if r["n"] > 1]
        figures.append(
            f"escalations: {len(escalations)} (ticket, clock, level), {len(repeated)} recorded more than once"
        )
        if repeated:
            failures.append(f"escalations: {len(repeated)} recorded more than once")
        if not escalations:
            failures.append("escalations: none happened, so their check proves nothing")
        deliveries = await connection.fetch("SELECT event_id, status FROM webhook_deliveries")
        by_status = Counter(r["status"] for r in deliveries)
        delivered = {r["event_id"] for r in deliveries if r["status"] == "delivered"}
        assert outage.down_at is not None and outage.up_at is not None
        window = (outage.down_at - 2.0, outage.up_at + 2.0)
        repeated_ids = [key for key, n in receiver.accepted.items() if n > 1]
        at_outage = [k for k in repeated_ids if window[0] <= receiver.first_accepted[k] <= window[1]]
        elsewhere = len(repeated_ids) - len(at_outage)
        unseen = delivered - set(receiver.accepted)
        figures.append(
            f"webhooks: {dict(by_status)}; receiver accepted {sum(receiver.accepted.values())} for"
            f" {len(receiver.accepted)} events, refused {receiver.refused} (retried); delivered again after a"
            f" 2xx: {len(at_outage)} accepted as PostgreSQL went away (not recorded, so retried with the same"
            f" webhook-id), {elsewhere} otherwise; {len(unseen)} marked delivered but never received"
        )
        if elsewhere:
            failures.append(f"webhooks: {elsewhere} deliveries repeated after the receiver had accepted them")
        if unseen:
            failures.append(f"webhooks: {len(unseen)} marked delivered but never received")
    finally:
        await connection.close()
    return figures, failures


async def run(minutes: float, users: int, outage_s: float, staff_accounts: int) -> int:
    cluster = Cluster()
    logs = ROOT / "var" / "soak"
    logs.mkdir(parents=True, exist_ok=True)
    processes: list[Process] = []
    receiver = Receiver()
    try:
        cluster.create()
        admin = await asyncpg.connect(cluster.url("postgres"))
        await admin.execute("CREATE DATABASE soak")
        await admin.close()
        env = app_env(cluster)
        await asyncio.to_thread(frontline, env, "db", "upgrade")
        await asyncio.to_thread(frontline, env, "demo")
        receiver_port = await receiver.start()
        ports = [free_port(), free_port()]
        uvicorn = [sys.executable, "-m", "uvicorn", "api.asgi:app", "--host", "127.0.0.1", "--no-access-log"]
        for number, port in enumerate(ports, start=1):
            processes.append(start(f"api-{number}", [*uvicorn, "--port", str(port)], env, logs, port))
        for number in (1, 2):
            worker = [str(Path(sys.executable).with_name("frontline")), "worker"]
            processes.append(start(f"worker-{number}", worker, env, logs))
        for port in ports:
            await wait_ready(port)
        world = await prepare(cluster, ports[0], receiver_port, staff_accounts)
        log(
            f"soak: {len(world.staff)} store staff, {len(world.head_office)} head-office people, {users} users,"
            f" {minutes:g} min, PostgreSQL down {outage_s:g} s in the middle"
        )

        outage = Outage()
        traffic = Traffic(world, ports, outage, seed=11)
        began = time.monotonic()
        deadline = began + minutes * 60
        await asyncio.gather(
            outage_in_middle(cluster, outage, began + minutes * 30, outage_s),
            *(traffic.user(deadline) for _ in range(users)),
        )
        elapsed = time.monotonic() - began
        alive = [p.name for p in processes if p.alive]
        pending = await drained(cluster, 180)
        tally = traffic.tally
        figures, failures = await checks(cluster, tally, receiver, outage)

        answers = sum(sum(c.values()) for c in tally.statuses.values())
        log(f"soak.requests: {answers} answers in {elapsed:.0f} s ({answers / elapsed:.1f} per s)")
        for phase in ("before", "outage", "after"):
            log(f"soak.statuses_{phase}: {dict(sorted(tally.statuses[phase].items()))}")
        for action, counts in sorted(tally.by_action.items()):
            log(f"soak.action_{action}: {dict(sorted(counts.items()))}")
        if tally.latencies:
            ordered = sorted(tally.latencies)
            log(
                f"soak.latency_before_outage: p50 {ordered[len(ordered) // 2] * 1000:.0f} ms,"
                f" p99 {ordered[int(len(ordered) * 0.99)] * 1000:.0f} ms"
            )
        for (action, status), body in sorted(tally.samples.items()):
            log(f"soak.refused_{action}_{status}: {body}")
        log(f"soak.retries: {tally.retries} writes sent again (same key), {tally.gave_up} given up")
        log(f"soak.transport_errors: {dict(tally.transport_errors)}")
        recovery = {port: f"{seconds:.1f} s" for port, seconds in sorted(tally.first_ok_after.items())}
        log(f"soak.recovery_api: first 2xx after PostgreSQL was back, per API port: {recovery}")
        if outage.up_at is not None:
            after = [t - outage.up_at for t in receiver.times if t >= outage.up_at]
            log(
                f"soak.recovery_worker: first delivery {min(after):.1f} s after"
                if after
                else "soak.recovery_worker: none"
            )
        for figure in figures:
            log(f"soak.{figure}")
        log(f"soak.pending_deliveries_after_drain: {pending}")
        log(f"soak.processes_running: {len(alive)}/{len(processes)} ({', '.join(alive)})")
        if len(alive) != len(processes):
            failures.append(f"processes: {len(processes) - len(alive)} stopped during the run")
        if tally.server_errors:
            failures.append(f"500s: {len(tally.server_errors)}, e.g. {tally.server_errors[0]}")
        if tally.without_retry_after:
            failures.append(f"503 without Retry-After: {tally.without_retry_after}")
        if tally.gave_up:
            failures.append(f"writes given up after 40 tries: {tally.gave_up}")
        if len(tally.first_ok_after) < len(ports):
            failures.append("recovery: an API process answered no 2xx after PostgreSQL came back")
        log("soak.verdict: ok" if not failures else "soak.verdict: FAILED\n  " + "\n  ".join(failures))
        return 0 if not failures else 1
    finally:
        for process in processes:
            stop(process)
        if receiver.server is not None:
            receiver.server.close()
        cluster.remove()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--outage", type=float, default=10, help="seconds PostgreSQL stays down")
    parser.add_argument("--staff", type=int, default=40, help="store staff given accounts")
    args = parser.parse_args()
    raise SystemExit(asyncio.run(run(args.minutes, args.users, args.outage, args.staff)))


if __name__ == "__main__":
    main()
