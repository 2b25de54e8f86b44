"""The clock-in paths answer alike: the lane (api.v1.clock_ins.PunchLane) and the route, and on
PostgreSQL the driver recorder and the session recorder (api/punch_recording.py). The same requests
go through each pair and the answers are compared byte for byte (the new punch's id aside, which is
fresh for every punch)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from api.main import create_app
from api.punch_recording import DriverRecorder, SessionRecorder
from api.v1 import clock_ins
from domain.shared.clock import ManualClock
from tests.api.test_clock_ins import iso, my_punches, north_of, now, punch_body
from tests.conftest import make_settings
from tests.factories import World


def dependency_names(dependant: Dependant) -> Iterator[str]:
    for dependency in dependant.dependencies:
        call = dependency.call
        yield getattr(call, "__name__", type(call).__name__)
        yield from dependency_names(dependency)


def test_the_lane_stands_in_for_every_dependency_of_the_route() -> None:
    """A dependency added to POST /clock-ins must be done by the lane too (and listed in LANE_DOES):
    otherwise every punch the lane answers would silently skip it."""
    route = next(r for r in clock_ins.router.routes if isinstance(r, APIRoute) and r.name == "punch")
    assert set(dependency_names(route.dependant)) | {"refuse_unknown_query"} == clock_ins.LANE_DOES


async def test_a_punch_with_a_misspelt_query_parameter_is_refused_and_not_punched(
    client: httpx.AsyncClient, world: World
) -> None:
    """The lane used to answer punches whatever their query: `?stauts=open` punched (201) where
    every other operation answers 422."""
    headers = {**world.headers("staff_s1"), "Idempotency-Key": "k-1"}
    answer = await client.post("/api/v1/clock-ins", params={"stauts": "open"}, json=punch_body(world), headers=headers)
    assert answer.status_code == 422, answer.text
    assert [e["field"] for e in answer.json()["errors"]] == ["query.stauts"]
    assert await my_punches(client, world, "staff_s1") == []


@asynccontextmanager
async def second_app(
    settings_of: Callable[[], Any], clock: ManualClock, *, lane: bool, recorder: type | None = None
) -> AsyncIterator[httpx.AsyncClient]:
    """Another app on the same database (tokens of the first are good here): without the lane,
    or with another recorder."""
    app = create_app(settings_of(), clock=clock)
    if not lane:  # the middleware stack is built on the first request: drop the lane before it
        app.user_middleware = [m for m in app.user_middleware if m.cls is not cast(Any, clock_ins.PunchLane)]
    if recorder is not None:
        app.state.punch_recorder = recorder(app.state.database, clock=clock, policy=app.state.punch_policy)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
            yield http
    finally:
        await app.state.database.dispose()


def requests(world: World) -> list[tuple[str, str, dict[str, Any]]]:
    """(key, store, body changes): the punch paths' answers, accepted, flagged, refused, replayed."""
    far = north_of("S1", 2_000)
    return [
        ("k-1", "S1", {}),  # accepted
        ("k-1", "S1", {}),  # replayed
        ("k-1", "S1", {"kind": "out"}),  # the key reused for another punch
        ("k-2", "S1", {"lat": far[0], "lon": far[1]}),  # outside the fence
        ("k-3", "S1", {"accuracy_m": 900.0}),  # too coarse
        ("k-4", "S1", {"mock_location": True}),  # an `in` after an `in`, from a mock location: flagged
        ("k-5", "S2", {}),  # not assigned there
        ("k-6", "S1", {"client_time": iso(now(world) + timedelta(minutes=10))}),  # the phone's clock ahead
        ("k-7", "S1", {"store_id": "00000000-0000-4000-8000-000000000000"}),  # no such store
        ("k-8", "S1", {"kind": "out"}),  # accepted
    ]


def comparable(answer: httpx.Response) -> tuple[int, str, str | None, bytes]:
    body = answer.content
    if answer.status_code == 201:
        body = body.replace(answer.json()["id"].encode(), b"<id>")
    return answer.status_code, answer.headers["content-type"], answer.headers.get("idempotent-replayed"), body


async def answers(http: httpx.AsyncClient, world: World, who: str) -> list[tuple[int, str, str | None, bytes]]:
    got = []
    for number, (key, store, change) in enumerate(requests(world)):
        headers = {**world.headers(who), "Idempotency-Key": key, "X-Request-ID": f"req-{number}"}
        answer = await http.post("/api/v1/clock-ins", json=punch_body(world, store, **change), headers=headers)
        got.append(comparable(answer))
    return got


async def test_the_lane_and_the_route_answer_alike(
    client: httpx.AsyncClient, world: World, database_url: str, tmp_path: Path, clock: ManualClock
) -> None:
    """staff_s1 punches through the lane, manager_s1 (also at S1, same situation) through the route."""
    through_lane = await answers(client, world, "staff_s1")
    async with second_app(lambda: make_settings(database_url, tmp_path / "b"), clock, lane=False) as http:
        through_route = await answers(http, world, "manager_s1")
    assert [status for status, *_ in through_lane] == [201, 201, 422, 422, 422, 201, 422, 422, 404, 201]
    assert through_lane[1][2] == "true"  # the replay says so
    assert through_route == through_lane


async def test_the_driver_and_the_session_recorders_answer_alike(
    dialect: str,
    app: FastAPI,
    client: httpx.AsyncClient,
    world: World,
    database_url: str,
    tmp_path: Path,
    clock: ManualClock,
) -> None:
    if dialect != "postgresql":
        pytest.skip("SQLite has the session recorder alone")
    assert isinstance(app.state.punch_recorder, DriverRecorder)
    through_driver = await answers(client, world, "staff_s1")
    settings_of = lambda: make_settings(database_url, tmp_path / "b")  # noqa: E731
    async with second_app(settings_of, clock, lane=True, recorder=SessionRecorder) as http:
        through_session = await answers(http, world, "manager_s1")
    assert through_session == through_driver
    stored = {who: await my_punches(client, world, who) for who in ("staff_s1", "manager_s1")}
    assert sorted((p["kind"], p["flags"]) for p in stored["staff_s1"]) == sorted(
        (p["kind"], p["flags"]) for p in stored["manager_s1"]
    )


def batches(world: World) -> list[list[dict[str, Any]]]:
    """Offline queues: one repeating a key (refused whole), then a mixed one, then that one resent."""
    far = north_of("S1", 2_000)

    def item(key: str, **change: Any) -> dict[str, Any]:
        return {**punch_body(world, "S1", **change), "idempotency_key": key}

    mixed = [item("q-1", kind="out"), item("q-2", lat=far[0], lon=far[1]), item("q-3")]
    return [[item("q-1", kind="out"), item("q-2"), item("q-1", kind="out")], mixed, mixed]


async def batch_answers(http: httpx.AsyncClient, world: World, who: str) -> list[tuple[int, str, bytes]]:
    got = []
    for number, punches in enumerate(batches(world)):
        headers = {**world.headers(who), "X-Request-ID": f"req-batch-{number}"}
        answer = await http.post("/api/v1/clock-ins/batch", json={"punches": punches}, headers=headers)
        body = answer.content
        for result in answer.json().get("results", []):
            if result["punch"] is not None:
                body = body.replace(result["punch"]["id"].encode(), b"<id>")
        got.append((answer.status_code, answer.headers["content-type"], body))
    return got


async def test_the_driver_and_the_session_recorders_answer_batches_alike(
    dialect: str,
    app: FastAPI,
    client: httpx.AsyncClient,
    world: World,
    database_url: str,
    tmp_path: Path,
    clock: ManualClock,
) -> None:
    """A key repeated in a batch refuses it whole (422, each repeat named, nothing written) whichever
    recorder runs; the batches after it are answered alike too."""
    if dialect != "postgresql":
        pytest.skip("SQLite has the session recorder alone")
    assert isinstance(app.state.punch_recorder, DriverRecorder)
    through_driver = await batch_answers(client, world, "staff_s1")
    settings_of = lambda: make_settings(database_url, tmp_path / "b")  # noqa: E731
    async with second_app(settings_of, clock, lane=True, recorder=SessionRecorder) as http:
        through_session = await batch_answers(http, world, "manager_s1")
    assert [status for status, *_ in through_driver] == [422, 200, 200]
    assert b"body.punches.2.idempotency_key" in through_driver[0][2]
    assert through_session == through_driver
    stored = {who: await my_punches(client, world, who) for who in ("staff_s1", "manager_s1")}
    assert sorted((p["kind"], p["flags"]) for p in stored["staff_s1"]) == sorted(
        (p["kind"], p["flags"]) for p in stored["manager_s1"]
    )
    assert len(stored["staff_s1"]) == 2
