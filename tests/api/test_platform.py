"""The platform promises: problem+json for every error, request ids, size limits, health, and a
database that misbehaves answering 503 rather than 500 or a hang."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from api.main import create_app
from domain.shared.clock import ManualClock
from domain.shared.pagination import encode_cursor
from tests.conftest import make_settings, postgres_admin
from tests.factories import World


async def test_malformed_json_wrong_types_and_unknown_fields_are_clear_problems(
    client: httpx.AsyncClient, world: World
):
    headers = {**world.headers("hr"), "content-type": "application/json"}
    broken = await client.post("/api/v1/employees", content=b'{"employee_no": ', headers=headers)
    assert broken.status_code == 400
    assert broken.headers["content-type"] == "application/problem+json"
    assert broken.json()["type"] == "/problems/request.malformed_json"
    not_object = await client.post("/api/v1/employees", content=b"[1, 2]", headers=headers)
    assert not_object.status_code == 422
    wrong_type = await client.patch(
        f"/api/v1/employees/{world.employees['staff_s1']}", json={"full_name": 42}, headers=world.headers("hr")
    )
    assert wrong_type.status_code == 422
    assert wrong_type.json()["errors"][0]["field"] == "body.full_name"
    bad_id = await client.get("/api/v1/employees/not-a-uuid", headers=world.headers("hr"))
    assert bad_id.status_code == 422 and bad_id.json()["errors"][0]["field"] == "path.employee_id"


async def test_text_the_database_cannot_store_and_numeric_dates_are_refused_as_input(
    client: httpx.AsyncClient, world: World
):
    sign_in = await client.post(
        "/api/v1/auth/token", json={"grant_type": "password", "username": "staff\u0000", "password": "x"}
    )
    assert sign_in.status_code == 422
    renamed = await client.patch(
        f"/api/v1/employees/{world.employees['staff_s1']}",
        content=b'{"full_name": "Li\\ud800"}',  # a lone surrogate, escaped as JSON allows
        headers={**world.headers("hr"), "content-type": "application/json"},
    )
    assert renamed.status_code == 422 and renamed.json()["errors"][0]["field"] == "body.full_name"
    search = await client.get("/api/v1/employees", params={"q": "a\x00"}, headers=world.headers("hr"))
    assert search.status_code == 422
    numeric_date = await client.patch(
        f"/api/v1/employees/{world.employees['staff_s1']}", json={"hire_date": 20000}, headers=world.headers("hr")
    )
    assert numeric_date.status_code == 422
    numeric_time = await client.get("/api/v1/audit", params={"from": "3488"}, headers=world.headers("hr"))
    assert numeric_time.status_code == 422
    year_one = await client.get(
        "/api/v1/attendance/timesheets", params={"from": "0001-01-01", "to": "0001-01-01"}, headers=world.headers("hr")
    )
    assert year_one.status_code == 422 and year_one.json()["errors"][0]["field"] == "query.from"


async def test_framework_errors_are_problems_too(client: httpx.AsyncClient, world: World):
    missing = await client.get("/api/v1/nowhere", headers=world.headers("hr"))
    assert missing.status_code == 404 and missing.json()["type"] == "/problems/route.not_found"
    wrong_method = await client.put("/api/v1/employees", headers=world.headers("hr"))
    assert wrong_method.status_code == 405
    assert wrong_method.headers["content-type"] == "application/problem+json"
    assert wrong_method.json()["type"] == "/problems/method.not_allowed"


async def test_bodies_over_the_limit_are_refused_before_parsing(client: httpx.AsyncClient, world: World):
    huge = b'{"full_name": "' + b"x" * 70_000 + b'"}'
    declared = await client.post(
        "/api/v1/employees", content=huge, headers={**world.headers("hr"), "content-type": "application/json"}
    )
    assert declared.status_code == 413 and declared.json()["type"] == "/problems/request.too_large"

    async def chunks():
        for _ in range(70):
            yield b"x" * 1000

    streamed = await client.post(
        "/api/v1/employees", content=chunks(), headers={**world.headers("hr"), "content-type": "application/json"}
    )
    assert streamed.status_code == 413


async def test_request_id_is_echoed_or_created_and_lands_in_the_audit_trail(client: httpx.AsyncClient, world: World):
    given = await client.patch(
        f"/api/v1/org-units/{world.units['S1']}",
        json={"name": "Renamed"},
        headers={**world.headers("hr"), "X-Request-ID": "req-42.abc"},
    )
    assert given.headers["x-request-id"] == "req-42.abc"
    created = await client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert created.headers["x-request-id"] != "bad id with spaces" and len(created.headers["x-request-id"]) == 32
    trail = await client.get("/api/v1/audit", params={"action": "org_unit.updated"}, headers=world.headers("hr"))
    assert trail.json()["items"][0]["request_id"] == "req-42.abc"
    problem = await client.get("/api/v1/employees", headers={"X-Request-ID": "req-43"})
    assert problem.status_code == 401 and problem.json()["request_id"] == "req-43"


async def test_unauthenticated_and_forged_callers_get_401(client: httpx.AsyncClient, world: World):
    assert (await client.get("/api/v1/me")).status_code == 401
    forged = world.token("staff_s1")[:-4] + "AAAA"
    answer = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {forged}"})
    assert answer.status_code == 401 and answer.headers["www-authenticate"].startswith("Bearer")


async def test_audit_trail_is_for_hr_and_admins_and_cannot_be_rewritten(client: httpx.AsyncClient, world: World, app):
    await client.patch(f"/api/v1/org-units/{world.units['S1']}", json={"name": "Renamed"}, headers=world.headers("hr"))
    for who in ("manager_s1", "staff_s1", "leader"):
        assert (await client.get("/api/v1/audit", headers=world.headers(who))).status_code == 403
    naive = await client.get("/api/v1/audit", params={"from": "2026-01-01T00:00:00"}, headers=world.headers("hr"))
    assert naive.status_code == 422
    window = await client.get(
        "/api/v1/audit",
        params={"from": "2026-03-01T00:00:00Z", "to": "2026-03-03T00:00:00Z"},
        headers=world.headers("hr"),
    )
    assert len(window.json()["items"]) == 1
    for garbage in (["abc"], ["1.5"], [10**30], [-1]):
        bad = await client.get("/api/v1/audit", params={"cursor": encode_cursor(garbage)}, headers=world.headers("hr"))
        assert bad.status_code == 422 and bad.json()["type"] == "/problems/pagination.invalid_cursor", garbage
    for statement in ("UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            async with app.state.database.session_scope() as session:
                await session.execute(text(statement))


async def test_health_and_readiness(client: httpx.AsyncClient, settings, tmp_path: Path):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    unmigrated = create_app(make_settings(f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}", tmp_path / "var2"))
    transport = httpx.ASGITransport(app=unmigrated)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as other:
        answer = await other.get("/readyz")
    await unmigrated.state.database.dispose()
    assert answer.status_code == 503 and answer.headers["retry-after"]


async def test_pool_exhaustion_answers_503_with_retry_after(database_url: str, tmp_path: Path, clock: ManualClock):
    app = create_app(
        make_settings(database_url, tmp_path / "var", db_pool_size=1, db_max_overflow=0, db_pool_timeout_s=0.2),
        clock=clock,
    )
    transport = httpx.ASGITransport(app=app)
    try:
        async with (
            app.state.database.engine.connect() as held,
            httpx.AsyncClient(transport=transport, base_url="http://testserver") as http,
        ):
            await held.execute(text("SELECT 1"))
            answer = await asyncio.wait_for(
                http.post("/api/v1/auth/token", data={"grant_type": "password", "username": "nobody", "password": "x"}),
                timeout=5,
            )
        assert answer.status_code == 503
        assert answer.headers["retry-after"] == "2"
        assert answer.json()["type"] == "/problems/service.unavailable"
    finally:
        await app.state.database.dispose()


async def test_first_request_after_a_postgres_restart_succeeds(
    dialect: str, client: httpx.AsyncClient, world: World, app
):
    """pool_pre_ping: connections killed by a restart are replaced before use."""
    if dialect != "postgresql":
        pytest.skip("a server restart only exists for PostgreSQL")
    assert (await client.get("/api/v1/me", headers=world.headers("staff_s1"))).status_code == 200
    name = app.state.database.engine.url.database
    postgres_admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    again = await client.get("/api/v1/me", headers=world.headers("staff_s1"))
    assert again.status_code == 200
