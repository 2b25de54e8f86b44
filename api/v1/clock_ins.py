"""Geo-checked punches from the mobile app, offline batches, attendance views and timesheets."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Header, Query, Request
from fastapi.responses import Response
from fastapi.security.utils import get_authorization_scheme_param
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import request_context
from api.deps import ClockDep, CurrentActor, PunchPolicyDep, SessionDep, authenticate
from api.errors import render_exception
from api.gated_router import Router
from api.idempotency import (
    HEADER,
    require_key,
    valid_key,
)
from api.json_body import read_json
from api.problem_types import (
    GeofenceLowAccuracyProblem,
    GeofenceOutsideProblem,
    InsufficientScopeProblem,
    NotAssignedProblem,
)
from api.punch_recording import PunchRecorder
from api.telemetry import name_route
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.attendance import commands, queries
from domain.attendance import stores as store_service
from domain.attendance.schemas import (
    AccessPointRead,
    AccessPointsUpdate,
    AttendanceDay,
    BatchResult,
    ClockQr,
    PunchBatch,
    PunchCreate,
    PunchRead,
    PunchReview,
    StoreAttendance,
    Timesheet,
)
from domain.shared.actor import Actor
from domain.shared.csv_export import Column, csv_document
from domain.shared.errors import DomainError
from domain.shared.i18n import _
from domain.shared.pagination import Page, Slice
from domain.shared.schemas import IsoDate

router = Router(prefix="/clock-ins", tags=["clockIns"])
me = Router(prefix="/me", tags=["me"])
stores = Router(prefix="/stores", tags=["stores"])
attendance = Router(prefix="/attendance", tags=["attendance"])


async def get_punch_recorder(request: Request) -> PunchRecorder:
    recorder: PunchRecorder = request.app.state.punch_recorder
    return recorder


PunchRecorderDep = Annotated[PunchRecorder, Depends(get_punch_recorder)]
KeyHeader = Annotated[
    str | None,
    Header(
        alias=HEADER,
        description="Required. One key per punch (a UUID); a retry with the same key and body gets the first answer.",
    ),
]


@router.post(
    "",
    operation_id="clockIns-create",
    status_code=201,
    response_model=PunchRead,
    responses=problems(
        400, 401, 403, 404, 409, 422, typed=(GeofenceOutsideProblem, GeofenceLowAccuracyProblem, NotAssignedProblem)
    ),
    summary="Punch in or out; the server decides and answers with the verdict and its figures",
)
async def punch(
    request: Request,
    body: PunchCreate,
    actor: CurrentActor,
    recorder: PunchRecorderDep,
    idempotency_key: KeyHeader = None,
) -> Response:
    """Records a punch in or out at a store or project; the server decides and answers with the verdict.
    For employees (people without an employee record, and machine clients, get 403). The person must work at
    the place that day, at home or on an assignment, and not have left (422 `clock_in.not_assigned`). The
    punch is accepted within the geofence radius plus the fix's own accuracy (at most 100 m of it); a fix
    coarser than the organisation's limit is refused unless the phone is on one of the store's registered
    Wi-Fi access points or sends its current QR code, which prove presence whatever the GPS says. Refusals are
    422 with the distance or accuracy figures; an unknown store answers 404.

    The server's time counts: a phone clock more than 2 minutes ahead is refused, a `client_time` more than 2
    minutes old marks an offline punch timed at `client_time`, and one more than 72 hours old is refused.
    Flags never refuse a punch: mock location, offline, impossible travel since the previous punch, and an
    `in` after an `in` closes the earlier one as `missing_out`. A flagged punch writes a `clock_in.flagged`
    event (webhooks) for the store manager's review.

    The `Idempotency-Key` header is required (400 without it): a retry with the same key and body gets the
    first answer again, refusals included, with `Idempotent-Replayed: true`; the same key with another body
    answers 422. One person's punches are decided one after the other, each on the punch before it.
    """
    # Ordinary punches are answered by PunchLane before FastAPI's routing; this route declares the
    # contract and answers what the lane hands over (refusals of the request itself, machine clients).
    return await recorder.record(
        actor=actor, data=body, key=require_key(idempotency_key), instance=request.scope["path"]
    )


# The route's dependencies that PunchLane does itself for the punches it answers (the actor as
# `authenticate` makes it, the recorder, the query check by handing any query to the route).
# tests/api/test_clock_in_paths.py compares this with the route's dependencies: one added to the
# route must be done by the lane too, or every punch the lane answers would skip it.
LANE_DOES = frozenset({"get_actor", "OAuth2PasswordBearer", "get_tokens", "get_punch_recorder", "refuse_unknown_query"})


class PunchLane:
    """Pure ASGI lane for `POST /api/v1/clock-ins`, the request thousands of phones send at shift start.

    FastAPI's per-request machinery (matching the path against every route, solving dependencies,
    exit stacks) cost more CPU than the punch itself. The lane answers an ordinary punch with the
    same pieces the route uses: the bearer token parsed as OAuth2PasswordBearer does and checked by
    `authenticate` (as the route's actor is), the body decoded as FastAPI does (JSON, then
    PunchCreate), the app's one punch recorder (api/punch_recording.py), errors rendered by the
    same handlers. Anything else (no or bad token, a machine client, a missing or bad key, another
    content type, a body PunchCreate refuses, any query parameter) goes to the route with the body
    replayed, so every refusal is FastAPI's own. `LANE_DOES` lists the route's dependencies the
    lane stands in for. Sits inside the request-id and body-size
    middleware, which therefore apply to it.
    """

    def __init__(self, app: ASGIApp, *, path: str) -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client left: let the route see it as usual
                await self.app(scope, _replay(chunks, receive, message), send)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        state = scope["app"].state
        request = self._admit(scope, state, b"".join(chunks))
        if request is None:
            await self.app(scope, _replay(chunks, receive, None), send)
            return
        actor, data, key = request
        name_route(scope, self.path)
        try:
            recorder: PunchRecorder = state.punch_recorder
            response: Response = await recorder.record(actor=actor, data=data, key=key, instance=scope["path"])
        except Exception as exc:  # answered as the app's handlers answer it
            response = await render_exception(Request(scope), exc)
        await response(scope, receive, send)

    @staticmethod
    def _admit(scope: Scope, state: Any, body: bytes) -> tuple[Actor, PunchCreate, str] | None:
        """(actor, punch, key) for an ordinary punch; None hands the request to the route (which
        refuses any query parameter, as every operation refuses ones it does not take)."""
        if scope.get("query_string"):
            return None
        authorization = key = content_type = None
        for name, value in scope["headers"]:  # the first of each, as Starlette's Headers.get
            if name == b"authorization" and authorization is None:
                authorization = value.decode("latin-1")
            elif name == b"idempotency-key" and key is None:
                key = value.decode("latin-1")
            elif name == b"content-type" and content_type is None:
                content_type = value.decode("latin-1")
        scheme, token = get_authorization_scheme_param(authorization)
        if not authorization or scheme.lower() != "bearer" or not token or key is None or not valid_key(key):
            return None
        if content_type is None or content_type.partition(";")[0].strip().lower() != "application/json":
            return None
        try:
            actor = authenticate(state.tokens, token, request_id=scope.get("state", {}).get("request_id"))
            data = PunchCreate.model_validate(read_json(body))
        # pydantic's ValidationError is a ValueError; a body read_json cannot read is a DomainError
        # (the route answers both as FastAPI does: 422 or 400, not a crash)
        except (DomainError, ValueError):
            return None
        if actor.is_client:  # machine clients are admitted (rate limit, revocation) by the route
            return None
        return actor, data, key


def _replay(chunks: list[bytes], receive: Receive, last: Message | None) -> Receive:
    """A receive that hands the route the body the lane already read, then the rest as it comes."""
    pending: list[Message] = [{"type": "http.request", "body": b"".join(chunks), "more_body": last is not None}]
    if last is not None:
        pending.append(last)

    async def replay() -> Message:
        return pending.pop(0) if pending else await receive()

    return replay


@router.post(
    "/batch",
    operation_id="clockIns-batch",
    response_model=BatchResult,
    responses=problems(401, 403, 422),
    summary="Sync an offline queue: up to 500 punches, each with its own key, answered one by one",
)
async def punch_batch(
    request: Request, body: PunchBatch, actor: CurrentActor, session: SessionDep, recorder: PunchRecorderDep
) -> BatchResult:
    """Records an offline queue of up to 500 punches, each under its own `idempotency_key`, one answer each.
    For employees (403 otherwise). Punches are decided in the order of their `client_time`, by the same rules
    as POST /clock-ins, and answered in the order sent; each result carries the status the punch alone would
    have had, with the punch or the problem. A refused punch does not stop the others. Keys are shared with
    POST /clock-ins: a punch sent alone and then again in a batch under the same key (and body) is recorded
    once and its first answer repeated, so a queue can be resent safely after a timeout.
    """
    return await recorder.record_batch(session, actor=actor, batch=body, instance=request.url.path)


@router.post(
    "/{clock_in_id}/review",
    operation_id="clockIns-review",
    response_model=PunchRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Confirm or reject a flagged punch, with a reason",
)
async def review(
    clock_in_id: uuid.UUID, body: PunchReview, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> PunchRead:
    """Confirms or rejects a flagged punch, with a reason.
    Store managers over the punch's store, HR and administrators; nobody reviews their own punch (403). A
    punch at a store the caller does not oversee answers 404, as does an unknown id; a leader who can see the
    store gets 403. Only flagged punches are reviewed (409); a punch reviewed before may be reviewed again,
    and the latest decision stands. Each review is written to the audit trail.
    """
    return await commands.review_punch(session, actor=actor, clock=clock, punch_id=clock_in_id, data=body)


@me.get("/clock-ins", operation_id="me-clockIns", response_model=Page[PunchRead], responses=problems(401, 422))
async def my_clock_ins(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[PunchRead]:
    """Lists the caller's own punches, newest first, with their flags and review status.
    Times are given in UTC and in the store's time zone. A caller without an employee record gets an empty
    page.
    """
    return await queries.my_punches(session, actor=actor, limit=limit, cursor=cursor)


@me.get(
    "/attendance",
    operation_id="me-attendance",
    response_model=Page[AttendanceDay],
    responses=problems(401, 422),
    summary="My days in each store's time zone: first in, last out, minutes worked, flags; by date, then store",
)
async def my_attendance(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    start: Annotated[IsoDate, Query(alias="from")],
    end: Annotated[IsoDate, Query(alias="to")],
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[AttendanceDay]:
    """Lists the caller's days for a date range of at most 93 days, by date, then store.
    Each day is worked out in the store's time zone: first in, last out, minutes worked (between each `in` and
    the `out` that follows it), flags, and the published shifts planned that day with how they went. Days with
    a planned shift and no punch are listed too. Expected and short minutes allow for approved flexible
    arrangements and protected (nursing) time, so working the shorter day an arrangement grants is never
    short. `to` before `from` or a longer range answers 422; a caller without an employee record gets an empty
    page.
    """
    return await queries.my_attendance(
        session, actor=actor, clock=clock, start=start, end=end, limit=limit, cursor=cursor
    )


@stores.get(
    "/{store_id}/attendance",
    operation_id="stores-attendance",
    response_model=StoreAttendance,
    responses=problems(401, 404, 422),
    summary="The store's day: in now, punched (with flags), assigned but absent",
)
async def store_attendance(
    store_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    day: Annotated[IsoDate | None, Query(alias="date", description="Default: today in the store's time zone")] = None,
) -> StoreAttendance:
    """The store's day: who is in now, who punched that day and who works there but has not punched.
    Store managers over the store, HR, leaders and administrators; anyone else, and ids that are not a store
    or project, answer 404. `date` defaults to today in the store's time zone; `in_now` is filled only for
    today. A shift belongs to the day it started, in the store's time zone. `flagged` lists the punches made
    there that day that carry flags.
    """
    return await queries.store_attendance(session, actor=actor, clock=clock, store_id=store_id, day=day)


@stores.get(
    "/{store_id}/clock-qr",
    operation_id="stores-clockQr",
    response_model=ClockQr,
    responses=problems(401, 404, 422),
    summary="The rotating code for the store's clock-in screen (store managers)",
)
async def clock_qr(
    store_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep, policy: PunchPolicyDep
) -> ClockQr:
    """The code the store's clock-in screen shows now; it rotates every 30 seconds.
    Show the next one from `refresh_at`. Store managers over the store, HR, leaders and administrators; anyone
    else answers 404. A phone that scans it proves presence when its GPS fix is too coarse: the code is
    accepted during its own 30 seconds and the next, and counts once per person and store.
    """
    return await store_service.clock_qr(session, actor=actor, clock=clock, secret=policy.qr_secret, store_id=store_id)


@stores.get(
    "/{store_id}/access-points",
    operation_id="stores-accessPoints",
    response_model=list[AccessPointRead],
    responses=problems(401, 404, 422),
)
async def access_points(store_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> list[AccessPointRead]:
    """Lists the store's registered Wi-Fi access points (BSSIDs), which prove presence for a punch.
    Store managers over the store, HR, leaders and administrators; anyone else answers 404.
    """
    return await store_service.list_access_points(session, actor=actor, store_id=store_id)


@stores.put(
    "/{store_id}/access-points",
    operation_id="stores-setAccessPoints",
    response_model=list[AccessPointRead],
    responses=problems(401, 403, 404, 422),
    summary="Register the store's Wi-Fi access points (HR, administrators)",
)
async def set_access_points(
    store_id: uuid.UUID, body: AccessPointsUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> list[AccessPointRead]:
    """Replaces the store's whole list of Wi-Fi access points; a punch made on one of them counts as on site.
    HR and administrators (a store manager over the store gets 403; anyone who cannot see the store, 404).
    BSSIDs are normalised (`AA-BB-CC-DD-EE-FF` and `aa:bb:cc:dd:ee:ff` are the same access point); an empty
    list removes them all. The change is audited.
    """
    return await store_service.replace_access_points(session, actor=actor, clock=clock, store_id=store_id, data=body)


TIMESHEET_COLUMNS = [
    Column("employee_no", _("Employee no.")),
    Column("full_name", _("Name")),
    Column("store_code", _("Store code")),
    Column("date", _("Date")),
    Column("first_in", _("First in (UTC)")),
    Column("last_out", _("Last out (UTC)")),
    Column("worked_minutes", _("Minutes worked")),
    Column("flags", _("Flags")),
    # appended after the first columns, so files read by position keep their meaning
    Column("expected_minutes", _("Minutes expected")),
    Column("short_minutes", _("Minutes short")),
    Column("planned_minutes", _("Minutes planned")),
    Column("late_minutes", _("Minutes late")),
    Column("early_minutes", _("Minutes left early")),
    Column("shift_flags", _("Shift flags")),
    Column("time_zone", _("Time zone")),
    Column("first_in_local", _("First in (local)")),
    Column("last_out_local", _("Last out (local)")),
]


@attendance.get(
    "/timesheets",
    operation_id="attendance-timesheets",
    response_model=Timesheet,
    responses={
        **problems(401, 403, 404, 422, typed=(InsufficientScopeProblem,)),
        200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "JSON, or CSV with format=csv"},
    },
    summary="Days worked per person and store, as JSON or CSV",
)
async def timesheets(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    start: Annotated[IsoDate, Query(alias="from")],
    end: Annotated[IsoDate, Query(alias="to")],
    unit: uuid.UUID | None = None,
    format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
) -> Any:
    """Days worked per person and store, for payroll, as JSON or as a CSV file (`format=csv`).
    The range is at most 93 days (422 otherwise). HR, leaders and administrators see every store; a store
    manager the stores they manage; a machine client with `read:attendance` the stores within its org units
    (all of them when it is not limited). `unit` narrows to that unit's subtree (unknown, or outside a
    client's units: 404). Other people (department heads, employees) get 403.

    Each row is one person at one store on one day, in the store's time zone, with minutes worked, expected,
    short, planned, late and left early; a planned shift the person did not work is a row too. Rows go by
    employee number, date, store code. The CSV's header is in the caller's language and its columns keep
    their order: new ones are only ever appended.
    """
    sheet = await queries.timesheets(session, actor=actor, clock=clock, start=start, end=end, unit_id=unit)
    if format == "json":
        return sheet
    document = csv_document(
        TIMESHEET_COLUMNS,
        (
            [
                row.employee_no,
                row.full_name,
                row.store_code,
                row.date,
                row.first_in,
                row.last_out,
                row.worked_minutes,
                " ".join(f.value for f in row.flags),
                row.expected_minutes,
                row.short_minutes,
                "" if row.planned_minutes is None else row.planned_minutes,
                row.late_minutes,
                row.early_minutes,
                " ".join(f.value for f in row.shift_flags),
                row.time_zone,
                row.first_in_local,
                row.last_out_local,
            ]
            for row in sheet.rows
        ),
        language=request_context.current_language(),
    )
    filename = f"timesheet-{start.isoformat()}-{end.isoformat()}.csv"
    return Response(
        document,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
