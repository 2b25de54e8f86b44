"""What operators see: OpenTelemetry traces and metrics, and JSON log lines that carry the request id
and the trace id.

Off unless configured, by the standard variables only: `OTEL_TRACES_EXPORTER` / `OTEL_METRICS_EXPORTER`
(`otlp`, `console` or `none`; `otlp` when an `OTEL_EXPORTER_OTLP_*ENDPOINT` is set and they are not),
the OTLP exporter's own variables (endpoint, headers, protocol over HTTP), `OTEL_SERVICE_NAME`,
`OTEL_RESOURCE_ATTRIBUTES`, `OTEL_METRIC_EXPORT_INTERVAL`, `OTEL_SDK_DISABLED`. Providers are the
app's own (not OpenTelemetry's process globals), so tests build apps with in-memory exporters."""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi.telemetry import TelemetryConfig
from fastapi.telemetry._api import _route_selected
from opentelemetry import trace
from opentelemetry.metrics import Histogram, Meter
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import ConsoleMetricExporter, MetricReader, PeriodicExportingMetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
from opentelemetry.trace import SpanKind, Tracer
from sqlalchemy import event
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import request_context
from domain.shared.db import Database

INSTRUMENTATION = "frontline"
# Probes hit these every few seconds: no spans, no access lines.
QUIET_PATHS = frozenset({"/healthz", "/readyz"})


@dataclass(frozen=True)
class Telemetry:
    tracer_provider: TracerProvider
    meter_provider: MeterProvider

    @property
    def tracer(self) -> Tracer:
        return self.tracer_provider.get_tracer(INSTRUMENTATION)

    @property
    def meter(self) -> Meter:
        return self.meter_provider.get_meter(INSTRUMENTATION)

    @classmethod
    def with_exporters(
        cls, span_processors: list[SpanProcessor], metric_readers: list[MetricReader], environ: Mapping[str, str]
    ) -> Telemetry:
        resource = Resource.create({"service.name": environ.get("OTEL_SERVICE_NAME", "frontline")})
        tracer_provider = TracerProvider(resource=resource)
        for processor in span_processors:
            tracer_provider.add_span_processor(processor)
        return cls(tracer_provider, MeterProvider(resource=resource, metric_readers=metric_readers))

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Telemetry | None:
        """None when nothing is configured to export (or the SDK is disabled)."""
        environ = os.environ if environ is None else environ
        if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
            return None
        spans = _span_processors(_exporter_name(environ, "TRACES"))
        readers = _metric_readers(_exporter_name(environ, "METRICS"))
        if not spans and not readers:
            return None
        return cls.with_exporters(spans, readers, environ)

    def shutdown(self) -> None:
        self.tracer_provider.shutdown()
        self.meter_provider.shutdown()


def _exporter_name(environ: Mapping[str, str], signal: str) -> str:
    named = environ.get(f"OTEL_{signal}_EXPORTER", "").strip().lower()
    if named:
        return named
    endpoint = environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or environ.get(f"OTEL_EXPORTER_OTLP_{signal}_ENDPOINT")
    return "otlp" if endpoint else "none"


def _span_processors(name: str) -> list[SpanProcessor]:
    if name == "otlp":
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        return [BatchSpanProcessor(OTLPSpanExporter())]
    if name == "console":
        return [BatchSpanProcessor(ConsoleSpanExporter())]
    return []


def _metric_readers(name: str) -> list[MetricReader]:
    if name == "otlp":
        from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter

        return [PeriodicExportingMetricReader(OTLPMetricExporter())]
    if name == "console":
        return [PeriodicExportingMetricReader(ConsoleMetricExporter())]
    return []


def fastapi_telemetry(telemetry: Telemetry | None) -> TelemetryConfig:
    """FastAPI's own instrumentation (`FastAPI(telemetry=...)`): a server span per request named for
    its operation (`GET /api/v1/me/clock-ins`), continuing the caller's W3C trace context, and
    `http.server.request.duration` by method, route template and status (rate, latency and errors
    per operation). Off unless configured here: OpenTelemetry globals set by anything else do not
    turn it on. Its log records stay off: ours carry the ids (JsonLogFormatter)."""
    if telemetry is None:
        return {"tracing": False, "metrics": False, "logs": False}
    return {
        "tracer_provider": telemetry.tracer_provider,
        "meter_provider": telemetry.meter_provider,
        "logs": False,
        "operation_spans": False,  # dependency and serialisation spans cost the hot paths too much
        "exclude": lambda scope: scope.get("path") in QUIET_PATHS,
    }


def name_route(scope: Scope, template: str) -> None:
    """For requests answered ahead of routing (the clock-in lane): the route their span and metrics
    carry, as routing would have named it. FastAPI's hook for it is not public yet (0.165); the
    telemetry tests fail if it changes."""
    _route_selected(scope=scope, path=template)


def instrument_database(database: Database, telemetry: Telemetry) -> None:
    """A client span per statement run through SQLAlchemy and the time statements take
    (`frontline.db.statement.duration`, by operation). The hot paths' bare driver statements
    (clock-ins, ingest) are inside their request's span, not spans of their own."""
    tracer = telemetry.tracer
    duration: Histogram = telemetry.meter.create_histogram(
        "frontline.db.statement.duration", unit="s", description="Time of database statements"
    )
    system = "sqlite" if database.is_sqlite else "postgresql"

    @event.listens_for(database.engine.sync_engine, "before_cursor_execute")
    def _started(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        operation = statement.lstrip().split(" ", 1)[0].upper()
        span = tracer.start_span(
            f"{operation} {system}",
            kind=SpanKind.CLIENT,
            attributes={"db.system": system, "db.operation": operation, "db.statement": statement[:2000]},
        )
        conn.info.setdefault("frontline.spans", []).append((span, operation, time.perf_counter()))

    @event.listens_for(database.engine.sync_engine, "after_cursor_execute")
    def _finished(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        _end_statement(conn, duration, system, failed=False)

    @event.listens_for(database.engine.sync_engine, "handle_error")
    def _failed(context: Any) -> None:
        if context.connection is not None:
            _end_statement(context.connection, duration, system, failed=True)


def _end_statement(conn: Any, duration: Histogram, system: str, *, failed: bool) -> None:
    started = conn.info.get("frontline.spans")
    if not started:
        return
    span, operation, began = started.pop()
    if failed:
        span.set_status(trace.Status(trace.StatusCode.ERROR))
    span.end()
    duration.record(time.perf_counter() - began, {"db.system": system, "db.operation": operation})


# --- logs ------------------------------------------------------------------------------------------

# LogRecord attributes every record has; anything else a call passes in `extra` goes into the line.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime", "request_id"}


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the request id and, inside a traced
    span, the trace and span ids (so a line leads to its trace), plus what the call passed in `extra`."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or request_context.current_request_id()
        if request_id and request_id != "-":
            line["request_id"] = request_id
        context = trace.get_current_span().get_span_context()
        if context.is_valid:
            line["trace_id"] = format(context.trace_id, "032x")
            line["span_id"] = format(context.span_id, "016x")
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


access_log = logging.getLogger("frontline.access")


class AccessLogMiddleware:
    """One line per request (method, path, status, duration), inside the request id and the trace so
    it carries both; the server's own access log is off (`frontline serve`, the image)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in QUIET_PATHS or not access_log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        status = 500  # what the server answers when the app fails before its response starts

        async def noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noting_status)
        finally:
            access_log.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                status,
                extra={
                    "http_method": scope["method"],
                    "http_path": scope["path"],
                    "http_status": status,
                    "duration_ms": round((time.perf_counter() - began) * 1000, 1),
                },
            )
