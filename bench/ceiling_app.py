"""The ceiling for clock-ins: a bare Starlette + asyncpg app that only does the idempotent INSERT.

Run by bench/clock_in.py under the same uvicorn settings as the real app; whatever the product does
beyond this (auth, validation, the geofence, assignment checks, flags) is the distance to the ceiling.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

DSN = os.environ["BENCH_CEILING_DSN"]
pool: asyncpg.Pool | None = None

INSERT = (
    "INSERT INTO bench_ceiling (owner, key, payload) VALUES ($1, $2, $3) "
    "ON CONFLICT (owner, key) DO NOTHING RETURNING id"
)


async def punch(request: Request) -> JSONResponse:
    body = await request.json()
    assert pool is not None
    async with pool.acquire() as connection:
        punch_id = await connection.fetchval(
            INSERT, request.headers["authorization"][-32:], request.headers["idempotency-key"], json.dumps(body)
        )
    return JSONResponse({"id": str(punch_id or uuid.uuid4()), "verdict": "accepted"}, status_code=201)


async def keep_session(connection: asyncpg.Connection) -> None:
    """No reset query on release (the pool still rolls back an open transaction)."""


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    global pool
    # The app's hot path skips the per-release reset round trip (domain.shared.db.keep_session);
    # so does the ceiling, so the ratio compares like with like.
    pool = await asyncpg.create_pool(DSN, min_size=4, max_size=10, reset=keep_session)
    yield
    await pool.close()


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


app = Starlette(
    routes=[Route("/api/v1/clock-ins", punch, methods=["POST"]), Route("/healthz", healthz)], lifespan=lifespan
)
