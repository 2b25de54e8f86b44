"""Profiles the sales push in-process (pyinstrument) on PostgreSQL: where a 5,000-line batch spends
its time.

.venv/bin/python bench/profile_ingest.py [--batches 5] [--batch 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
from pyinstrument import Profiler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from api.main import create_app  # noqa: E402
from api.settings import Settings  # noqa: E402
from bench.clock_in import SECRET, admin, database_url, seed  # noqa: E402
from bench.ingest import create_client, make_lines  # noqa: E402


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--batch", type=int, default=5000)
    args = parser.parse_args()
    name = f"frontline_profile_{uuid.uuid4().hex[:8]}"
    await admin(f'CREATE DATABASE "{name}"')
    try:
        url = database_url(name)
        await asyncio.to_thread(migrations.upgrade, url)
        staff = await seed(url)
        client_id = await create_client(url)
        app = create_app(Settings(env="production", database_url=url, jwt_secret=SECRET, var_dir=ROOT / "var"))
        token, _ = app.state.tokens.client_access_token(
            client_id=client_id, scopes=("ingest:sales",), unit_ids=None, now=datetime.now(UTC)
        )
        lines = make_lines(
            args.batches * args.batch, [f"S{n:03d}" for n in range(50)], [f"E{n:06d}" for n in range(len(staff))]
        )
        bodies = [json.dumps({"lines": lines[i : i + args.batch]}).encode() for i in range(0, len(lines), args.batch)]
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=120) as http:
            await http.post("/api/v1/ingest/sales", content=bodies[0], headers=headers)  # warm-up
            profiler = Profiler(async_mode="enabled")
            began = time.perf_counter()
            with profiler:
                for body in bodies[1:]:
                    answer = await http.post("/api/v1/ingest/sales", content=body, headers=headers)
                    assert answer.status_code == 200, answer.text[:300]
            elapsed = time.perf_counter() - began
        lines_timed = (len(bodies) - 1) * args.batch
        print(f"{lines_timed} lines in {elapsed:.2f}s: {lines_timed / elapsed:.0f} lines/s in one process")
        print(profiler.output_text(unicode=False, color=False, show_all=False)[:9000])
        await app.state.database.dispose()
    finally:
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
