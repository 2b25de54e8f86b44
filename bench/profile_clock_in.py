"""Profiles the clock-in path in-process (pyinstrument) on PostgreSQL: where a punch spends its CPU.

.venv/bin/python bench/profile_clock_in.py [--punches 500]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from pyinstrument import Profiler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from api.main import create_app  # noqa: E402
from api.settings import Settings  # noqa: E402
from bench.clock_in import SECRET, admin, database_url, seed  # noqa: E402
from domain.shared.actor import Grant, Role  # noqa: E402

PEOPLE = 250  # punching in and out in turns, so tokens repeat and the verified-token cache is warm


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--punches", type=int, default=500)
    parser.add_argument("--flat", action="store_true")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    name = f"frontline_profile_{uuid.uuid4().hex[:8]}"
    await admin(f'CREATE DATABASE "{name}"')
    try:
        url = database_url(name)
        await asyncio.to_thread(migrations.upgrade, url)
        staff = await seed(url)
        app = create_app(Settings(env="production", database_url=url, jwt_secret=SECRET, var_dir=ROOT / "var"))
        tokens = app.state.tokens
        requests = []
        minted: dict[uuid.UUID, str] = {}  # one token per person, as phones (and bench/clock_in.py) do
        for number in range(args.punches):
            employee_id, store_id, lat, lon = staff[number % PEOPLE]
            if employee_id not in minted:
                minted[employee_id], _ = tokens.access_token(
                    account_id=uuid.uuid4(),
                    employee_id=employee_id,
                    grants=(Grant(Role.EMPLOYEE, store_id),),
                    session_id=uuid.uuid4(),
                    now=datetime.now(UTC),
                )
            token = minted[employee_id]
            body = {
                "kind": "out" if number // PEOPLE % 2 else "in",
                "store_id": str(store_id),
                "lat": lat,
                "lon": lon,
                "accuracy_m": 10.0,
                "client_time": datetime.now(UTC).isoformat(),
                "device_id": "profile",
            }
            requests.append(
                (
                    json.dumps(body),
                    {
                        "Authorization": f"Bearer {token}",
                        "Idempotency-Key": uuid.uuid4().hex,
                        "Content-Type": "application/json",
                    },
                )
            )
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for body, headers in requests[:50]:
                await client.post("/api/v1/clock-ins", content=body, headers=headers)
            profiler = Profiler(async_mode="enabled", interval=0.0005)
            cpu_started = time.process_time()
            started = datetime.now(UTC)
            if args.profile:
                profiler.start()
            for body, headers in requests[50:]:
                answer = await client.post("/api/v1/clock-ins", content=body, headers=headers)
                assert answer.status_code == 201, answer.text
            if args.profile:
                profiler.stop()
            elapsed = datetime.now(UTC) - started
            cpu = time.process_time() - cpu_started
        await app.state.database.dispose()
        per = elapsed / (len(requests) - 50)
        print(
            f"in-process: {per / timedelta(milliseconds=1):.2f} ms per punch, "
            f"{cpu * 1000 / (len(requests) - 50):.2f} ms CPU (one at a time, client included)"
        )
        if not args.profile:
            return
        flat = profiler.output_text(unicode=False, color=False, flat=True)[:6000]
        print(flat if args.flat else profiler.output_text(unicode=False, color=False))
    finally:
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
