"""Backup and restore as the README tells an operator to do them: `pg_dump -Fc` of the database and a
copy of the attachment store, restored with `pg_restore` into a new database, and the restored service
answers as before: schema at head (ready), demo accounts sign in, the same rows, the same files."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from api.demo_data import DEMO_ACCOUNTS, load_demo
from api.main import create_app
from domain.shared.clock import ManualClock
from tests.api.test_ticket_attachments import png_bytes
from tests.conftest import _postgres_problem, fresh_postgres_database, make_settings, postgres_admin, run_in_thread
from tests.support import required_tool

pytestmark = pytest.mark.postgres_only

PASSWORD = "backup-restore-demo-password"
COUNTED = ["employees", "org_units", "accounts", "assignments", "ticket_attachments", "metric_values"]


def _libpq(url: str) -> list[str]:
    parsed = make_url(url)
    return ["-h", parsed.host or "127.0.0.1", "-p", str(parsed.port or 5432), "-U", parsed.username or "postgres"]


async def _counts(app: object) -> dict[str, int]:
    database = app.state.database  # type: ignore[attr-defined]
    async with database.session_scope() as session:
        return {t: int(await session.scalar(text(f"SELECT count(*) FROM {t}")) or 0) for t in COUNTED}


async def test_a_dump_and_the_attachment_store_restore_into_a_new_database(tmp_path: Path, clock: ManualClock):
    if _postgres_problem:
        pytest.skip("PostgreSQL not reachable")
    pg_dump, pg_restore = (
        required_tool("pg_dump", "postgresql-client"),
        required_tool("pg_restore", "postgresql-client"),
    )
    import migrations

    source_name, source_url = fresh_postgres_database()
    target_name, target_url = fresh_postgres_database()
    try:
        run_in_thread(migrations.upgrade, source_url)
        source = create_app(make_settings(source_url, tmp_path / "source"), clock=clock)
        state = source.state
        await load_demo(state.database, clock=clock, hashing=state.hashing, sealer=state.sealer, password=PASSWORD)
        email = DEMO_ACCOUNTS[0][0]
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=source), base_url="http://t") as http:
            token = (
                await http.post(
                    "/api/v1/auth/token", data={"grant_type": "password", "username": email, "password": PASSWORD}
                )
            ).json()["access_token"]
            before = await _counts(source)
        # one file in the attachment store, as a ticket's photo would be
        blob = await state.blob_store.put(png_bytes())
        await state.database.dispose()

        # back up: the database (custom format) and the attachment directory
        dump = tmp_path / "frontline.dump"
        await asyncio.to_thread(
            subprocess.run,
            [pg_dump, *_libpq(source_url), "-Fc", "-f", str(dump), make_url(source_url).database or ""],
            check=True,
            capture_output=True,
        )
        shutil.copytree(tmp_path / "source" / "blobs", tmp_path / "backup-blobs")

        # restore into a new, empty database and a new attachment directory
        await asyncio.to_thread(
            subprocess.run,
            [pg_restore, *_libpq(target_url), "--no-owner", "--exit-on-error", "-d", target_name, str(dump)],
            check=True,
            capture_output=True,
        )
        shutil.copytree(tmp_path / "backup-blobs", tmp_path / "restored" / "blobs")
        restored = create_app(make_settings(target_url, tmp_path / "restored"), clock=clock)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=restored), base_url="http://t") as http:
            ready = await http.get("/readyz")
            assert ready.status_code == 200 and ready.json()["schema_revision"] == migrations.head_revision()
            assert await _counts(restored) == before
            again = await http.post(
                "/api/v1/auth/token", data={"grant_type": "password", "username": email, "password": PASSWORD}
            )
            assert again.status_code == 200
            # a token issued before the backup still works: same signing key, same account rows
            assert (await http.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})).status_code == 200
        assert await restored.state.blob_store.open(blob.key) == png_bytes()
        await restored.state.database.dispose()
    finally:
        for name in (source_name, target_name):
            postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
