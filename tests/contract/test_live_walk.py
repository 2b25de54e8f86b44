"""The store employee's day, and a transfer through its chain, against the real server (uvicorn on
127.0.0.1, a fresh database with demo data) through the generated Python client; then the same day
through the generated TypeScript client, compiled with tsc --strict and run by Node's test runner."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "clients" / "python"))

from frontline_client import AuthenticatedClient, Client  # noqa: E402
from frontline_client.api.approvals import approvals_inbox  # noqa: E402
from frontline_client.api.auth import auth_token  # noqa: E402
from frontline_client.api.clock_ins import clock_ins_create  # noqa: E402
from frontline_client.api.employees import employees_assignments  # noqa: E402
from frontline_client.api.me import (  # noqa: E402
    me_clock_ins,
    me_get,
    me_notifications,
    me_performance,
    me_pools,
)
from frontline_client.api.org_units import org_units_get  # noqa: E402
from frontline_client.api.performance import performance_enter_value  # noqa: E402
from frontline_client.api.pools import pools_list, pools_preview  # noqa: E402
from frontline_client.api.tickets import tickets_attach, tickets_create, tickets_reply  # noqa: E402
from frontline_client.api.transfers import transfers_create, transfers_decide  # noqa: E402
from frontline_client.models import (  # noqa: E402
    AttachmentRead,
    Decision,
    GeofenceOutsideProblem,
    PasswordGrant,
    Problem,
    PunchCreate,
    PunchKind,
    PunchRead,
    ReplyCreate,
    StepDecision,
    TicketCreate,
    TicketRead,
    TicketsAttachForm,
    TokenResponse,
    TransferCreate,
    TransferKind,
    TransferRead,
    TransferStatus,
    ValueEntry,
)
from frontline_client.types import File  # noqa: E402

from tests.support import free_port  # noqa: E402

PASSWORD = "walk-the-day-password"
# The first bytes of a real PNG: the server reads the type from the bytes, not the name.
PHOTO = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00" + b"\x00" * 64
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("live")
    env = {
        **os.environ,
        "FRONTLINE_DATABASE_URL": f"sqlite+aiosqlite:///{home / 'frontline.db'}",
        "FRONTLINE_VAR_DIR": str(home),
        "FRONTLINE_DEMO_PASSWORD": PASSWORD,
        "FRONTLINE_PASSWORD_TIME_COST": "1",
        "FRONTLINE_PASSWORD_MEMORY_KIB": "1024",
        "FRONTLINE_PASSWORD_PARALLELISM": "1",
        "FRONTLINE_LOG_LEVEL": "WARNING",
    }
    cli = [sys.executable, "-m", "api.cli"]
    subprocess.run([*cli, "db", "upgrade"], env=env, cwd=ROOT, check=True, capture_output=True)
    subprocess.run([*cli, "demo"], env=env, cwd=ROOT, check=True, capture_output=True)
    port = free_port()
    log = (home / "server.log").open("wb")
    process = subprocess.Popen(
        [*cli, "serve", "--port", str(port)], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    # notifications come from the worker, as in production
    worker = subprocess.Popen(
        [*cli, "worker"], env={**env, "FRONTLINE_WORKER_POLL_S": "0.2"}, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/readyz", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError((home / "server.log").read_text()) from None
                time.sleep(0.2)
        yield url
    finally:
        for running in (process, worker):
            running.terminate()
            running.wait(timeout=10)
        log.close()


def sign_in(url: str, username: str) -> AuthenticatedClient:
    answer = auth_token.sync(
        client=Client(base_url=url), body=PasswordGrant(grant_type="password", username=username, password=PASSWORD)
    )
    assert isinstance(answer, TokenResponse), answer
    return AuthenticatedClient(base_url=url, token=answer.access_token)


def test_a_store_employees_day_through_the_python_client(server: str) -> None:
    api = sign_in(server, "store-employee@demo.example")
    me = me_get.sync(client=api)
    assert me is not None and not isinstance(me, Problem) and me.employee is not None
    where = employees_assignments.sync(me.employee.id, client=api)
    assert where is not None and not isinstance(where, Problem)
    store = org_units_get.sync(where.unit_on_date, client=api)
    assert store is not None and not isinstance(store, Problem)
    latitude, longitude = store.latitude, store.longitude
    assert isinstance(latitude, float) and isinstance(longitude, float)

    def punch(kind: PunchKind, lat: float) -> object:
        return clock_ins_create.sync(
            client=api,
            idempotency_key=str(uuid.uuid4()),
            body=PunchCreate(
                kind=kind,
                store_id=store.id,
                lat=lat,
                lon=longitude,
                accuracy_m=8.0,
                client_time=datetime.now(UTC),
                device_id="e2e-python",
            ),
        )

    outside = punch(PunchKind.IN, latitude + 0.05)
    assert isinstance(outside, GeofenceOutsideProblem) and outside.type_ == "/problems/geofence.outside"
    assert outside.store_name == store.name and outside.distance_m > outside.radius_m
    clock_in = punch(PunchKind.IN, latitude)
    assert isinstance(clock_in, PunchRead) and clock_in.verdict == "accepted"
    clock_out = punch(PunchKind.OUT, latitude)
    assert isinstance(clock_out, PunchRead) and clock_out.flags == []
    mine = me_clock_ins.sync(client=api)
    assert mine is not None and not isinstance(mine, Problem)
    assert [p.kind for p in mine.items[:2]] == [PunchKind.OUT, PunchKind.IN]

    ticket = tickets_create.sync(
        client=api,
        body=TicketCreate(
            category="stock-system", title="Scanners offline", description="Since 9:10 no scanner reaches stock."
        ),
    )
    assert isinstance(ticket, TicketRead) and ticket.store_id == store.id, ticket
    photo = tickets_attach.sync(
        ticket.id,
        client=api,
        body=TicketsAttachForm(file=File(payload=io.BytesIO(PHOTO), file_name="scanner.jpg", mime_type="image/jpeg")),
    )
    assert isinstance(photo, AttachmentRead) and photo.media_type == "image/png", photo
    it_team = sign_in(server, "admin@demo.example")  # the demo administrator works in IT, which owns stock-system
    answer = tickets_reply.sync(ticket.id, client=it_team, body=ReplyCreate(body="Restart the scanner hub, please."))
    assert not isinstance(answer, Problem) and answer is not None, answer
    deadline = time.monotonic() + 20
    while True:  # the worker turns the reply's event into the requester's notification
        notices = me_notifications.sync(client=api, unread_only=True)
        assert notices is not None and not isinstance(notices, Problem)
        if any(n.subject_id == str(ticket.id) and n.kind == "ticket.replied" for n in notices.items):
            break
        assert time.monotonic() < deadline, notices
        time.sleep(0.2)


def test_a_secondment_through_its_chain_through_the_python_client(server: str) -> None:
    employee = sign_in(server, "employee@demo.example")
    manager = sign_in(server, "store-manager@demo.example")
    manager_me = me_get.sync(client=manager)
    assert manager_me is not None and not isinstance(manager_me, Problem)
    store_id = next(g.org_unit_id for g in manager_me.grants if g.role.value == "store_manager")
    start = date.today() + timedelta(days=120)
    request = transfers_create.sync(
        client=employee,
        body=TransferCreate(
            kind=TransferKind.SECONDMENT,
            destination_unit_id=store_id,
            start_date=start,
            end_date=start + timedelta(days=60),
            reason="Learn the store floor before the autumn campaign",
        ),
    )
    assert isinstance(request, TransferRead), request
    for step, approver in enumerate(("dept-head@demo.example", "hr@demo.example", "leader@demo.example")):
        decider = sign_in(server, approver)
        inbox = approvals_inbox.sync(client=decider)
        assert inbox is not None and not isinstance(inbox, Problem)
        assert request.id in {item.id for item in inbox.items}, approver
        decided = transfers_decide.sync(
            request.id, client=decider, body=StepDecision(step=step, decision=Decision.APPROVE)
        )
        assert isinstance(decided, TransferRead), decided
    assert isinstance(decided, TransferRead)
    assert decided.status == TransferStatus.APPROVED
    assert [s.state for s in decided.steps] == ["approved", "approved", "approved"]


def test_a_rating_and_a_pool_through_the_python_client(server: str) -> None:
    """The store manager rates a person of their store; the person sees it in their score and sees
    their own line of the region's collaboration pool, while HR sees every member's."""
    manager = sign_in(server, "store-manager@demo.example")
    employee = sign_in(server, "store-employee@demo.example")
    me = me_get.sync(client=employee)
    assert me is not None and not isinstance(me, Problem) and me.employee is not None
    period = datetime.now(UTC).astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m")
    rated = performance_enter_value.sync(
        client=manager,
        body=ValueEntry(metric_code="manager_rating", employee_id=me.employee.id, period=period, value="5"),
    )
    assert rated is not None and not isinstance(rated, Problem), rated
    score = me_performance.sync(client=employee, period=period)
    assert score is not None and not isinstance(score, Problem), score
    lines = {line.metric_code: line for part in score.parts for line in part.metrics}
    assert (lines["manager_rating"].value, lines["manager_rating"].points) == ("5", "100")

    hr = sign_in(server, "hr@demo.example")
    pools = pools_list.sync(client=hr, period=period)
    assert pools is not None and not isinstance(pools, Problem)
    (pool,) = pools.items
    everyone = pools_preview.sync(pool.id, client=hr)
    assert everyone is not None and not isinstance(everyone, Problem), everyone
    assert me.employee.id in {line.employee_id for line in everyone.members}
    mine = me_pools.sync(client=employee)
    assert mine is not None and not isinstance(mine, Problem), mine
    assert [p.pool_id for p in mine.items] == [pool.id]


def test_the_same_day_through_the_typescript_client(server: str) -> None:
    npm = shutil.which("npm")
    package = ROOT / "clients" / "typescript"
    if npm is None or not (package / "node_modules").exists():
        if IN_CI:
            pytest.fail("CI needs Node.js and npm for the TypeScript client (make test installs its packages)")
        pytest.skip("Node.js/npm or clients/typescript/node_modules missing; `make test` installs them")
    run = subprocess.run(
        [npm, "run", "--silent", "test:e2e"],
        cwd=package,
        env={**os.environ, "FRONTLINE_E2E_URL": server, "FRONTLINE_E2E_PASSWORD": PASSWORD},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "# fail 0" in run.stdout
