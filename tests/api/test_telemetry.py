"""Operators' view, through in-memory exporters: a span per request named for its operation (and
continuing the caller's trace), spans and time of database statements inside it, request metrics per
operation and status, the worker's backlog and job counts, and JSON log lines (access lines
included) that carry the request id and the trace id. Off unless the OTEL_* variables configure it."""

from __future__ import annotations

import io
import json
import logging
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from api.main import create_app
from api.settings import Settings
from api.telemetry import JsonLogFormatter, Telemetry
from api.worker import Worker
from domain.shared.clock import ManualClock
from tests.api.test_clock_ins import punch
from tests.factories import World
from tests.test_worker import Recorder, _publish

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
TRACEPARENT = f"00-{TRACE_ID}-00f067aa0ba902b7-01"


@pytest.fixture
def spans() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def metrics() -> InMemoryMetricReader:
    return InMemoryMetricReader()


@pytest.fixture
def telemetry(spans: InMemorySpanExporter, metrics: InMemoryMetricReader) -> Telemetry:
    return Telemetry.with_exporters([SimpleSpanProcessor(spans)], [metrics], {"OTEL_SERVICE_NAME": "frontline-test"})


@pytest.fixture
async def app(settings: Settings, clock: ManualClock, telemetry: Telemetry) -> AsyncIterator[FastAPI]:
    application = create_app(settings, clock=clock, telemetry=telemetry)
    yield application
    await application.state.database.dispose()


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """What the frontline loggers write, formatted as in production."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLogFormatter())
    logger = logging.getLogger("frontline")
    before = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield stream
    logger.removeHandler(handler)
    logger.setLevel(before)


def points(reader: InMemoryMetricReader, name: str) -> list[tuple[dict[str, Any], Any]]:
    data = reader.get_metrics_data()
    found = []
    for resource in data.resource_metrics if data else []:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                if metric.name == name:
                    found += [(dict(point.attributes or {}), point) for point in metric.data.data_points]
    return found


def server_spans(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return [span for span in exporter.get_finished_spans() if span.kind.name == "SERVER"]


async def test_a_request_is_one_span_named_for_its_operation_continuing_the_callers_trace(
    client: httpx.AsyncClient, world: World, spans: InMemorySpanExporter
):
    spans.clear()
    answer = await punch(client, world, "staff_s1", "k-1")
    assert answer.status_code == 201, answer.text
    listed = await client.get("/api/v1/me/clock-ins", headers={**world.headers("staff_s1"), "traceparent": TRACEPARENT})
    assert listed.status_code == 200
    named = {span.name: span for span in server_spans(spans)}
    assert {"POST /api/v1/clock-ins", "GET /api/v1/me/clock-ins"} <= set(named)
    listing = named["GET /api/v1/me/clock-ins"]
    assert format(listing.context.trace_id, "032x") == TRACE_ID  # the caller's trace goes on
    statements = [
        s
        for s in spans.get_finished_spans()
        if s.kind.name == "CLIENT" and s.context.trace_id == listing.context.trace_id
    ]
    assert statements and all(s.attributes and s.attributes["db.operation"] for s in statements)
    assert all(s.parent is not None for s in statements)
    assert listing.resource.attributes["service.name"] == "frontline-test"


async def test_request_metrics_per_operation_and_status_and_database_time(
    client: httpx.AsyncClient, world: World, metrics: InMemoryMetricReader
):
    staff = world.headers("staff_s1")
    await client.get("/api/v1/me/clock-ins", headers=staff)
    await client.get("/api/v1/me/clock-ins", params={"limit": 0}, headers=staff)
    assert (await punch(client, world, "staff_s1", "k-2")).status_code == 201  # through the lane
    assert (await client.get(f"/api/v1/tickets/{uuid.uuid4()}", headers=staff)).status_code == 404
    assert (await client.get("/api/v1/no-such-thing", headers=staff)).status_code == 404
    data = metrics.get_metrics_data()
    assert data is not None
    names = {
        metric.name
        for resource in data.resource_metrics
        for scope in resource.scope_metrics
        for metric in scope.metrics
    }
    assert "http.server.request.duration" in names
    seen = {
        (attributes["http.request.method"], attributes.get("http.route"), attributes["http.response.status_code"])
        for attributes, _ in points(metrics, "http.server.request.duration")
    }
    assert seen >= {
        ("GET", "/api/v1/me/clock-ins", 200),
        ("GET", "/api/v1/me/clock-ins", 422),
        ("POST", "/api/v1/clock-ins", 201),
        ("GET", "/api/v1/tickets/{ticket_id}", 404),
        ("GET", None, 404),  # no route: one series, not one per made-up path
    }
    statements = points(metrics, "frontline.db.statement.duration")
    assert statements and {attributes["db.operation"] for attributes, _ in statements} >= {"SELECT"}
    assert all(point.count > 0 for _, point in statements)


async def test_log_lines_are_json_with_the_request_id_and_trace_id(
    client: httpx.AsyncClient, world: World, spans: InMemorySpanExporter, log_lines: io.StringIO
):
    answer = await client.get(
        "/api/v1/me/clock-ins", headers={**world.headers("staff_s1"), "traceparent": TRACEPARENT, "X-Request-ID": "r-1"}
    )
    assert answer.headers["x-request-id"] == "r-1"
    lines = [json.loads(line) for line in log_lines.getvalue().splitlines()]
    access = [line for line in lines if line["logger"] == "frontline.access"]
    assert access, lines
    line = access[-1]
    assert line["request_id"] == "r-1" and line["trace_id"] == TRACE_ID
    assert (line["http_method"], line["http_path"], line["http_status"]) == ("GET", "/api/v1/me/clock-ins", 200)
    assert line["level"] == "INFO" and line["time"].endswith("+00:00") and line["duration_ms"] >= 0


async def test_the_worker_reports_its_backlog_and_what_its_jobs_handled(
    app: FastAPI, clock: ManualClock, telemetry: Telemetry, metrics: InMemoryMetricReader
):
    database = app.state.database
    await _publish(database, clock, 3)

    async def one_job(_database: Any, _clock: Any) -> int:
        return 2

    slow = Recorder("slow", fail_on={0, 1, 2})
    worker = Worker(
        database, clock=clock, poll_interval_s=0.01, subscribers=[slow], jobs=[one_job], telemetry=telemetry
    )
    await worker.run_once()  # fans out, then "slow" fails all three: they wait
    (depth,) = points(metrics, "frontline.outbox.depth")
    assert depth[1].value == 3  # looked at before this pass fanned them out
    assert [(attributes["job"], point.value) for attributes, point in points(metrics, "frontline.worker.items")] == [
        ("one_job", 2)
    ]
    clock.advance(timedelta(seconds=90))
    worker.metrics._looked_at -= worker.metrics.BACKLOG_EVERY_S  # type: ignore[union-attr]
    await worker.run_once()
    lags = {attributes["subscriber"]: point.value for attributes, point in points(metrics, "frontline.worker.lag")}
    assert lags["slow"] >= 90
    (depth,) = points(metrics, "frontline.outbox.depth")
    assert depth[1].value == 0


def test_nothing_is_exported_unless_configured_by_the_standard_variables():
    assert Telemetry.from_environment({}) is None
    assert Telemetry.from_environment({"OTEL_TRACES_EXPORTER": "console", "OTEL_SDK_DISABLED": "true"}) is None
    console = Telemetry.from_environment({"OTEL_TRACES_EXPORTER": "console", "OTEL_METRICS_EXPORTER": "none"})
    assert console is not None
    otlp = Telemetry.from_environment({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"})
    assert otlp is not None
    processors = otlp.tracer_provider._active_span_processor._span_processors
    assert [type(p) for p in processors] == [BatchSpanProcessor]
    assert type(processors[0].span_exporter).__name__ == "OTLPSpanExporter"  # type: ignore[attr-defined]
    for configured in (console, otlp):
        configured.shutdown()


def test_an_app_without_telemetry_has_no_spans(settings: Settings, tmp_path: Path) -> None:
    assert create_app(settings).state.telemetry is None
