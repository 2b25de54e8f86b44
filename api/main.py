"""The application factory: one FastAPI app per process, configured from Settings."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
import signal
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from types import FrameType
from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, TypeAdapter
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

import domain.models  # noqa: F401 (every context, with its registrations: see domain/models.py)
import migrations
from api.deps import DatabaseDep
from api.errors import PROBLEM_MEDIA_TYPE, Problem, install_error_handlers, unavailable
from api.middleware import BodySizeLimitMiddleware, RequestIdMiddleware, UnexpectedErrorMiddleware
from api.openapi_prose import add_prose
from api.punch_recording import recorder_for
from api.query_params import refuse_unknown_query
from api.request_context import RequestIdLogFilter
from api.security import JoseTokens
from api.settings import Settings
from api.telemetry import AccessLogMiddleware, JsonLogFormatter, Telemetry, fastapi_telemetry, instrument_database
from api.v1 import (
    accounts,
    analytics,
    audit,
    auth,
    care,
    clock_ins,
    growth,
    ingest,
    integrations,
    knowledge,
    me,
    notifications,
    org,
    organisation,
    people,
    performance,
    pools,
    postings,
    recognition,
    rosters,
    stories,
    surveys,
    sync,
    tickets,
    training,
    transfers,
    webhooks,
)
from api.webhook_catalog import install_webhook_catalog
from domain.attendance.punching import PunchPolicy
from domain.auth.passwords import PasswordHashing
from domain.notifications.stream import StreamHub
from domain.shared.clock import Clock, SystemClock
from domain.shared.db import Database
from domain.stories.rules import MAX_PHOTO_BYTES
from domain.tickets.files import MAX_ATTACHMENT_BYTES

API_PREFIX = "/api/v1"
ATTACHMENT_UPLOAD = re.compile(rf"^{API_PREFIX}/tickets/[^/]+/attachments$")
SALES_PUSH = re.compile(rf"^{API_PREFIX}/ingest/sales$")
STORY_PHOTO_UPLOAD = re.compile(rf"^{API_PREFIX}/stories/[^/]+/photos$")
# 10,000 sales lines at a generous ~600 bytes each
MAX_SALES_PUSH_BYTES = 6 * 1024 * 1024
API_TITLE = "Frontline API"
API_VERSION = "1.0.0"
API_DESCRIPTION = (
    "Frontline sends head-office staff to work in stores and frontline projects and makes that work "
    "count. Errors are RFC 9457 `application/problem+json`; lists are cursor-paginated."
)


def configure_logging(level: str, log_format: str = "json") -> None:
    """Our lines and the server's (uvicorn's errors; its access log is replaced by ours) in one format."""
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdLogFilter())
    if log_format == "json":
        handler.setFormatter(JsonLogFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"))
    for name in ("frontline", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False


def create_app(
    settings: Settings | None = None,
    *,
    clock: Clock | None = None,
    database: Database | None = None,
    telemetry: Telemetry | None = None,
) -> FastAPI:
    """`telemetry`: exporters of the app's own (tests); by default what the OTEL_* variables configure."""
    settings = settings or Settings()
    clock = clock or SystemClock()
    database = database or settings.open_database()
    telemetry = telemetry or Telemetry.from_environment()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        restore_signals = _end_streams_on_exit_signals(app.state.stream_hub)
        try:
            yield
        finally:
            restore_signals()
            await app.state.stream_hub.stop()
            await app.state.database.dispose()
            if telemetry is not None:
                telemetry.shutdown()

    app = FastAPI(
        title=API_TITLE,
        version=API_VERSION,
        description=API_DESCRIPTION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url="/docs",
        redoc_url=None,
        lifespan=lifespan,
        telemetry=fastapi_telemetry(telemetry),
    )
    app.state.settings = settings
    app.state.database = database
    app.state.clock = clock
    app.state.hashing = PasswordHashing(
        time_cost=settings.password_time_cost,
        memory_cost_kib=settings.password_memory_kib,
        parallelism=settings.password_parallelism,
        threads=settings.password_hash_threads,
    )
    app.state.tokens = JoseTokens(
        key=settings.signing_key,
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        access_ttl=timedelta(seconds=settings.access_token_ttl_s),
        refresh_ttl=timedelta(seconds=settings.refresh_token_ttl_s),
        default_language=settings.default_language,
        clock=clock,
    )
    app.state.punch_policy = PunchPolicy(
        qr_secret=hmac.new(settings.signing_key.encode(), b"clock-in qr codes", hashlib.sha256).digest(),
        max_accuracy_m=settings.clock_in_max_accuracy_m,
    )
    app.state.punch_recorder = recorder_for(database, clock=clock, policy=app.state.punch_policy)
    app.state.sealer = settings.sealer
    app.state.blob_store = settings.blob_store()
    app.state.webhook_targets = settings.webhook_targets()
    # Started by the first live stream, stopped with the app (see domain/notifications/stream.py).
    app.state.stream_hub = StreamHub(
        database,
        poll_interval_s=settings.stream_poll_s,
        reconnect_max_s=settings.stream_reconnect_max_s,
        max_concurrent_reads=max(1, settings.db_pool_size // 2),
    )

    install_error_handlers(app)
    install_webhook_catalog(app)
    strict_query = Depends(refuse_unknown_query)
    for router in (
        auth.router,
        me.router,
        org.router,
        organisation.router,
        people.router,
        accounts.router,
        transfers.router,
        transfers.approvals,
        transfers.chain_router,
        clock_ins.router,
        clock_ins.me,
        clock_ins.stores,
        clock_ins.attendance,
        tickets.router,
        notifications.router,
        notifications.kinds,
        tickets.routing,
        tickets.sla_policies,
        tickets.departments,
        audit.router,
        integrations.router,
        ingest.router,
        sync.router,
        webhooks.router,
        performance.router,
        performance.me,
        pools.router,
        pools.me,
        care.me,
        care.employees,
        care.router,
        rosters.stores,
        rosters.me,
        rosters.router,
        postings.router,
        postings.me,
        training.router,
        training.me,
        growth.router,
        growth.me,
        recognition.router,
        stories.router,
        knowledge.router,
        surveys.router,
        surveys.me,
        analytics.router,
    ):
        app.include_router(router, prefix=API_PREFIX, dependencies=[strict_query])
    app.include_router(_health_router(), dependencies=[strict_query])

    # Innermost, so request ids, the body size limit and CORS apply to the clock-in lane too.
    app.add_middleware(clock_ins.PunchLane, path=f"{API_PREFIX}/clock-ins")
    # Inside the request id (the 500 carries it) and CORS (a browser can read the 500).
    app.add_middleware(UnexpectedErrorMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            expose_headers=["X-Request-ID", "Retry-After"],
        )
    app.add_middleware(
        BodySizeLimitMiddleware,
        max_body_bytes=settings.max_body_bytes,
        # Photos and voice notes: 10 MB of file plus the multipart envelope; sales pushes of 10,000 lines.
        larger_for=[
            (ATTACHMENT_UPLOAD, MAX_ATTACHMENT_BYTES + 64 * 1024),
            (SALES_PUSH, MAX_SALES_PUSH_BYTES),
            (STORY_PHOTO_UPLOAD, MAX_PHOTO_BYTES + 64 * 1024),
        ],
    )
    # inside the request id, so its lines carry it
    app.add_middleware(AccessLogMiddleware)
    app.add_middleware(RequestIdMiddleware, default_language=settings.default_language)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    app.state.telemetry = telemetry
    if telemetry is not None:
        instrument_database(database, telemetry)
    return app


def _end_streams_on_exit_signals(hub: StreamHub) -> Callable[[], None]:
    """Live streams never finish by themselves, and uvicorn waits for every open response before it
    runs the app's shutdown: so the exit signal (SIGTERM, SIGINT) also ends the streams, each with a
    proper end of its response (clients reconnect to another replica with Last-Event-ID). The
    server's own handler still runs. Returns what puts the handlers back."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    loop = asyncio.get_running_loop()
    installed: dict[int, tuple[Any, Any]] = {}
    for number in (signal.SIGINT, signal.SIGTERM):
        previous = signal.getsignal(number)
        if not callable(previous):
            continue

        def chained(signum: int, frame: FrameType | None, previous: Any = previous) -> None:
            loop.call_soon_threadsafe(hub.close_streams)
            previous(signum, frame)

        signal.signal(number, chained)
        installed[number] = (previous, chained)

    def restore() -> None:
        for number, (previous, chained) in installed.items():
            if signal.getsignal(number) is chained:
                signal.signal(number, previous)

    return restore


class Liveness(BaseModel):
    status: str


class Readiness(BaseModel):
    status: str
    schema_revision: str


def _health_router() -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz", operation_id="health-live", summary="The process is up", response_model=Liveness)
    async def healthz() -> Liveness:
        """Liveness: answers 200 while the process can serve requests, without touching the database.
        Public (no token). Use it to restart a stuck process, not to route traffic: see /readyz for that.
        """
        return Liveness(status="ok")

    @router.get(
        "/readyz",
        operation_id="health-ready",
        summary="The database answers and its schema is the one this code needs, or newer",
        response_model=Readiness,
        responses={503: {"model": Problem, "description": "Not ready"}},
    )
    async def readyz(database: DatabaseDep) -> Any:
        """Readiness: 200 when the database answers and its schema is the one this code needs, or newer.
        Public (no token). Answers 503 when the database is unreachable or not migrated, or its schema
        revision is older than this code needs; take the replica out of rotation until it is ready.
        """
        try:
            async with database.engine.connect() as connection:
                current = await connection.scalar(text("SELECT version_num FROM alembic_version"))
        except SQLAlchemyError:
            return unavailable(None, "The database is unreachable or not migrated.")
        if not migrations.schema_serves_this_code(current):
            expected = migrations.head_revision()
            return unavailable(None, f"The database schema is at {current}, the code needs {expected} or newer.")
        return Readiness(status="ready", schema_revision=current)

    return router


BODY_METHODS = {"post", "put", "patch"}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The committed contract: problem+json for every error, operation ids as `tag-name`."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        webhooks=app.webhooks.routes,
    )
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    token_request = TypeAdapter(auth.TokenRequest).json_schema(ref_template="#/components/schemas/{model}")
    for name, definition in token_request.pop("$defs", {}).items():
        components[name] = definition
    components["TokenRequest"] = token_request
    # Bodies read by hand (token grants, ingest batches read line by line) are documented here.
    for model in ingest.DOCUMENTED_BODIES:
        body = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in body.pop("$defs", {}).items():
            components[name] = definition
        components[str(model.model_config.get("title") or model.__name__)] = body
    problem_ref = {"$ref": "#/components/schemas/Problem"}
    if "Problem" not in components:
        components["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            extra = {"503": "Temporarily unavailable; see Retry-After"}
            if method in BODY_METHODS:
                extra["400"] = "Malformed request (e.g. invalid JSON)"
                extra["413"] = "Request body too large"
            if path.startswith(API_PREFIX) and path != f"{API_PREFIX}/auth/token":
                extra["401"] = "Missing, invalid or expired credentials"
            for status, description in extra.items():
                responses.setdefault(status, {"description": description})
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "header" and parameter.get("name") == "Idempotency-Key":
                    # Clock-ins declare the key optional in the signature so a missing one gets our
                    # 400 problem, but every client must send it; elsewhere it is optional.
                    parameter["required"] = parameter.get("description", "").startswith("Required.")
                    parameter["schema"] = {"type": "string", "minLength": 1, "maxLength": 255}
            for status, response in responses.items():
                if status.isdigit() and int(status) >= 400:
                    # a route's typed problems (api/problem_types.py) keep their schema, as problem+json
                    declared = response.get("content", {}).get("application/json", {}).get("schema")
                    if declared == {"$ref": "#/components/schemas/HTTPValidationError"}:
                        declared = None  # FastAPI's own 422 is answered as our validation problem
                    response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": declared or problem_ref}}
                    if status == "422":
                        response["description"] = "Invalid input; `errors` lists field paths"
    for operations in schema.get("webhooks", {}).values():
        for operation in operations.values():
            operation["responses"] = {"2XX": {"description": "Received; any other answer is retried"}}
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    schema = _rename_form_bodies(schema)
    add_prose(schema)
    app.openapi_schema = schema
    return schema


def _rename_form_bodies(schema: dict[str, Any]) -> dict[str, Any]:
    """FastAPI names multipart bodies `Body_<operation id>`; clients read better with `<Operation>Form`,
    and file fields are declared so generators offer a file upload."""
    components = schema["components"]["schemas"]
    renames = {
        name: "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_]", name.removeprefix("Body_"))) + "Form"
        for name in components
        if name.startswith("Body_")
    }
    if not renames:
        return schema
    text = json.dumps(schema)
    for old, new in renames.items():
        text = text.replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    renamed: dict[str, Any] = json.loads(text)
    parts = renamed["components"]["schemas"]
    for old, new in renames.items():
        parts[new] = parts.pop(old)
        parts[new]["title"] = new
        for field in parts[new].get("properties", {}).values():
            # Files as `format: binary`, which both client generators turn into an upload type.
            if field.pop("contentMediaType", None) is not None:
                field["format"] = "binary"
    return renamed
