"""The `frontline` command: serve, db upgrade, demo, openapi, worker, care-rekey, care-recompute,
care-new-key."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from api.settings import ConfigurationError, Settings

OPENAPI_PATH = Path("openapi/openapi.json")


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from api.main import configure_logging

    configure_logging(settings.log_level, settings.log_format)
    uvicorn.run(
        "api.asgi:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        proxy_headers=True,
        log_level=settings.log_level.lower(),
        access_log=False,  # ours carries the request and trace ids (api/telemetry.AccessLogMiddleware)
        log_config=None,  # keep the format configure_logging set
    )
    return 0


def _db_upgrade(settings: Settings, args: argparse.Namespace) -> int:
    import migrations

    settings.open_database(pool_size=1, max_overflow=0)  # creates the SQLite directory when needed
    migrations.upgrade(settings.database_url, args.revision)
    print(f"database at {migrations.head_revision() if args.revision == 'head' else args.revision}")
    return 0


def _demo(settings: Settings, args: argparse.Namespace) -> int:
    if settings.env == "production":
        print("refusing to load demo data: FRONTLINE_ENV=production", file=sys.stderr)
        return 2
    from api.demo_data import load_demo
    from domain.auth.passwords import PasswordHashing
    from domain.shared.clock import SystemClock

    async def run() -> str:
        database = settings.open_database(pool_size=2, max_overflow=2)
        try:
            hashing = PasswordHashing(
                time_cost=settings.password_time_cost,
                memory_cost_kib=settings.password_memory_kib,
                parallelism=settings.password_parallelism,
            )
            return await load_demo(
                database,
                clock=SystemClock(),
                hashing=hashing,
                password=settings.demo_password.get_secret_value(),
                sealer=settings.sealer,
            )
        finally:
            await database.dispose()

    print(asyncio.run(run()))
    return 0


def _care_rekey(settings: Settings, args: argparse.Namespace) -> int:
    """Re-seals every care profile value under the first key of FRONTLINE_CARE_KEYS."""
    from domain.care.profile import reseal_all

    async def run() -> int:
        database = settings.open_database(pool_size=2, max_overflow=2)
        try:
            async with database.session_scope() as session:
                return await reseal_all(session, settings.sealer)
        finally:
            await database.dispose()

    print(f"re-sealed {asyncio.run(run())} care profile values under key {settings.sealer.current}")
    return 0


def _care_recompute(settings: Settings, args: argparse.Namespace) -> int:
    """Rewrites every profile's derived rows (constraints, the women's-share marker) under the policy
    in force: after an upgrade that derives something new from profiles sealed before it."""
    from domain.care.availability import policy_in_force
    from domain.care.profile import recompute_everyone

    async def run() -> int:
        database = settings.open_database(pool_size=2, max_overflow=2)
        try:
            async with database.session_scope() as session:
                policy, _version = await policy_in_force(session)
                return await recompute_everyone(session, settings.sealer, policy)
        finally:
            await database.dispose()

    print(f"recomputed the derived care rows of {asyncio.run(run())} people")
    return 0


def _care_new_key(settings: Settings, args: argparse.Namespace) -> int:
    from domain.shared.sealing import new_key_text

    print(new_key_text(args.key_id))
    return 0


def openapi_document(settings: Settings) -> str:
    from api.main import create_app

    return json.dumps(create_app(settings).openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _openapi(settings: Settings, args: argparse.Namespace) -> int:
    target = Path(args.output)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(openapi_document(settings))
    print(f"wrote {target}")
    return 0


def _worker(settings: Settings, args: argparse.Namespace) -> int:
    from api.main import configure_logging
    from api.telemetry import Telemetry
    from api.worker import RollUps, Worker, default_jobs, default_subscribers, run_until_signalled
    from domain.shared.clock import SystemClock

    configure_logging(settings.log_level, settings.log_format)
    database = settings.open_database(pool_size=2, max_overflow=2)
    telemetry = Telemetry.from_environment()
    roll_ups = RollUps(args.roll_ups)
    worker = Worker(
        database,
        clock=SystemClock(),
        poll_interval_s=settings.worker_poll_s,
        subscribers=default_subscribers(roll_ups),
        jobs=default_jobs(settings.webhook_targets(), settings.retention(), roll_ups),
        telemetry=telemetry,
        heartbeat=settings.worker_heartbeat_file,
    )
    try:
        asyncio.run(run_until_signalled(worker))
    finally:
        if telemetry is not None:
            telemetry.shutdown()  # sends what is still buffered
    return 0


def _worker_alive(settings: Settings, args: argparse.Namespace) -> int:
    path = settings.worker_heartbeat_file
    if path is None:
        print("FRONTLINE_WORKER_HEARTBEAT_FILE is not set: the worker keeps no heartbeat", file=sys.stderr)
        return 2
    try:
        age = time.time() - path.stat().st_mtime
    except FileNotFoundError:
        print(f"no heartbeat at {path}: the worker has not started", file=sys.stderr)
        return 1
    if age > args.max_age:
        print(f"the worker's last heartbeat is {age:.0f} s old (more than {args.max_age:.0f} s)", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frontline", description="Frontline REST backend")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    serve.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    serve.set_defaults(handler=_serve)

    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_commands.add_parser("upgrade", help="migrate the database to the latest schema")
    upgrade.add_argument("revision", nargs="?", default="head", help="the revision to reach (default head)")
    upgrade.set_defaults(handler=_db_upgrade)

    demo = commands.add_parser("demo", help="load the demo organisation into an empty database")
    demo.set_defaults(handler=_demo)

    openapi = commands.add_parser("openapi", help="write the OpenAPI document")
    openapi.add_argument("--output", default=str(OPENAPI_PATH), help=f"where to write it (default {OPENAPI_PATH})")
    openapi.set_defaults(handler=_openapi)

    care_rekey = commands.add_parser(
        "care-rekey", help="re-seal care profiles under the first key of FRONTLINE_CARE_KEYS (key rotation)"
    )
    care_rekey.set_defaults(handler=_care_rekey)
    care_recompute = commands.add_parser(
        "care-recompute", help="rewrite every care profile's derived constraints and markers (after an upgrade)"
    )
    care_recompute.set_defaults(handler=_care_recompute)
    care_key = commands.add_parser("care-new-key", help="print a new `id:key` entry for FRONTLINE_CARE_KEYS")
    care_key.add_argument("key_id", help="a short name for the key, e.g. 2027a")
    care_key.set_defaults(handler=_care_new_key)

    worker = commands.add_parser("worker", help="run the background worker until SIGTERM/SIGINT")
    worker.add_argument(
        "--roll-ups",
        choices=["with", "without", "only"],
        default="with",
        help="the analytics roll-ups with the other jobs (default), without them, or only them (a worker of their own)",
    )
    worker.set_defaults(handler=_worker)
    alive = commands.add_parser(
        "worker-alive",
        help="liveness probe: exit 0 when the worker touched FRONTLINE_WORKER_HEARTBEAT_FILE recently",
    )
    alive.add_argument("--max-age", type=float, default=60.0, help="seconds since the last touch (default 60)")
    alive.set_defaults(handler=_worker_alive)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings: Settings | None = None
    try:
        settings = Settings()
        return int(args.handler(settings, args))
    except ConfigurationError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except (SQLAlchemyError, OSError, asyncpg.PostgresError) as exc:
        url = settings.database_url if settings else os.environ.get("FRONTLINE_DATABASE_URL", "")
        print(f"database error: {database_trouble(exc, url)}", file=sys.stderr)
        return 3


def database_trouble(exc: BaseException, url: str) -> str:
    """One line that says what to check, instead of a traceback."""
    where = make_url(url).render_as_string(hide_password=True) if _parses(url) else "FRONTLINE_DATABASE_URL"
    if isinstance(exc, (ArgumentError, NoSuchModuleError)):
        return (
            f"FRONTLINE_DATABASE_URL is not a database URL this service speaks ({exc}); use "
            "sqlite+aiosqlite:///path/to/file.db or postgresql+asyncpg://user:password@host:5432/name"
        )
    cause = getattr(exc, "orig", None) or exc
    if isinstance(cause, (ConnectionRefusedError, TimeoutError)) or "Connect call failed" in str(cause):
        return f"nothing answers at {where} ({cause}); check the host and port and that PostgreSQL runs"
    if isinstance(cause, OSError) and not isinstance(cause, ConnectionError):
        return f"cannot use {where}: {cause}; check the path (SQLite) or the host name"
    return f"{where} refused: {str(cause).splitlines()[0]}; check FRONTLINE_DATABASE_URL (name, user, password)"


def _parses(url: str) -> bool:
    try:
        make_url(url)
    except ArgumentError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
