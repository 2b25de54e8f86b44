"""Geo-checked punches from the mobile app, offline batches, attendance views and timesheets."""

from __future__ import annotations

import csv
import io
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from api.deps import ClockDep, CurrentActor, DatabaseDep, PunchPolicyDep, SessionDep
from api.idempotency import HEADER, as_raw_response, as_response, require_key, run_once, run_once_direct
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.attendance import stores as store_service
from domain.attendance import views
from domain.attendance.punching import decide_punch_direct, punch_effect, record_punch
from domain.attendance.schemas import (
    AccessPointRead,
    AccessPointsUpdate,
    AttendanceDay,
    BatchItemResult,
    BatchResult,
    ClockQr,
    PunchBatch,
    PunchCreate,
    PunchRead,
    PunchReview,
    StoreAttendance,
    Timesheet,
)
from domain.shared import idempotency
from domain.shared.errors import Forbidden
from domain.shared.pagination import Page, Slice
from domain.shared.schemas import IsoDate

router = APIRouter(prefix="/clock-ins", tags=["clockIns"])
me = APIRouter(prefix="/me", tags=["me"])
stores = APIRouter(prefix="/stores", tags=["stores"])
attendance = APIRouter(prefix="/attendance", tags=["attendance"])

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
    responses=problems(400, 401, 403, 404, 409, 422),
    summary="Punch in or out; the server decides and answers with the verdict and its figures",
)
async def punch(
    request: Request,
    body: PunchCreate,
    actor: CurrentActor,
    database: DatabaseDep,
    clock: ClockDep,
    policy: PunchPolicyDep,
    idempotency_key: KeyHeader = None,
) -> Response:
    # The hottest path: on PostgreSQL two round trips on a bare connection (the reads, then one
    # statement writing the punch with its key); on SQLite one transaction of the session.
    # (A comment, not a docstring: FastAPI would publish a docstring in the OpenAPI contract.)
    key = require_key(idempotency_key)
    operation, fingerprinted, instance = "clock-ins.create", body.model_dump(mode="json"), request.scope["path"]
    if database.is_sqlite:
        async with database.session_scope() as session:
            status, answer, replayed = await run_once(
                session,
                clock=clock,
                owner_id=actor.account_id,
                key=key,
                operation=operation,
                body=fingerprinted,
                instance=instance,
                action=lambda: record_punch(session, actor=actor, clock=clock, policy=policy, data=body),
                isolate=False,  # record_punch decides every refusal before its first write
            )
        return as_response(status, answer, replayed)

    async def decide(connection: Any) -> tuple[PunchRead, idempotency.Effect]:
        decision = await decide_punch_direct(connection, actor=actor, clock=clock, policy=policy, data=body)
        return decision.punch, punch_effect(decision, now=clock.now())

    status, content, replayed = await run_once_direct(
        database,
        clock=clock,
        owner_id=actor.account_id,
        key=key,
        operation=operation,
        body=fingerprinted,
        instance=instance,
        decide=decide,
    )
    return as_raw_response(status, content, replayed)


@router.post(
    "/batch",
    operation_id="clockIns-batch",
    response_model=BatchResult,
    responses=problems(401, 403, 422),
    summary="Sync an offline queue: up to 500 punches, each with its own key, answered one by one",
)
async def punch_batch(
    request: Request,
    body: PunchBatch,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    policy: PunchPolicyDep,
) -> BatchResult:
    if actor.employee_id is None:
        raise Forbidden("Only employees punch in and out.", slug="clock_in.not_an_employee")
    results = []
    for item in sorted(body.punches, key=lambda p: p.client_time):
        data = PunchCreate.model_validate(item.model_dump(exclude={"idempotency_key"}))

        async def action(data: PunchCreate = data) -> PunchRead:
            return await record_punch(session, actor=actor, clock=clock, policy=policy, data=data)

        status, answer, _ = await run_once(
            session,
            clock=clock,
            owner_id=actor.account_id,
            key=item.idempotency_key,
            operation="clock-ins.create",
            body=data.model_dump(mode="json"),
            instance=request.url.path,
            action=action,
        )
        results.append(
            BatchItemResult(
                idempotency_key=item.idempotency_key,
                status=status,
                punch=PunchRead.model_validate(answer) if status < 400 else None,
                problem=answer if status >= 400 else None,
            )
        )
    order = {p.idempotency_key: i for i, p in enumerate(body.punches)}
    results.sort(key=lambda r: order[r.idempotency_key])
    return BatchResult(results=results)


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
    return await views.review_punch(session, actor=actor, clock=clock, punch_id=clock_in_id, data=body)


@me.get("/clock-ins", operation_id="me-clockIns", response_model=Page[PunchRead], responses=problems(401, 422))
async def my_clock_ins(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[PunchRead]:
    return await views.my_punches(session, actor=actor, limit=limit, cursor=cursor)


@me.get(
    "/attendance",
    operation_id="me-attendance",
    response_model=list[AttendanceDay],
    responses=problems(401, 422),
    summary="My days in each store's time zone: first in, last out, minutes worked, flags",
)
async def my_attendance(
    actor: CurrentActor,
    session: SessionDep,
    start: Annotated[IsoDate, Query(alias="from")],
    end: Annotated[IsoDate, Query(alias="to")],
) -> list[AttendanceDay]:
    return await views.my_attendance(session, actor=actor, start=start, end=end)


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
    return await views.store_attendance(session, actor=actor, clock=clock, store_id=store_id, day=day)


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
    return await store_service.clock_qr(session, actor=actor, clock=clock, secret=policy.qr_secret, store_id=store_id)


@stores.get(
    "/{store_id}/access-points",
    operation_id="stores-accessPoints",
    response_model=list[AccessPointRead],
    responses=problems(401, 404, 422),
)
async def access_points(store_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> list[AccessPointRead]:
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
    return await store_service.replace_access_points(session, actor=actor, clock=clock, store_id=store_id, data=body)


TIMESHEET_COLUMNS = [
    "employee_no",
    "full_name",
    "store_code",
    "date",
    "first_in",
    "last_out",
    "worked_minutes",
    "flags",
]


@attendance.get(
    "/timesheets",
    operation_id="attendance-timesheets",
    response_model=Timesheet,
    responses={
        **problems(401, 403, 404, 422),
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
    sheet = await views.timesheets(session, actor=actor, clock=clock, start=start, end=end, unit_id=unit)
    if format == "json":
        return sheet
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(TIMESHEET_COLUMNS)
    for row in sheet.rows:
        writer.writerow(
            [
                row.employee_no,
                row.full_name,
                row.store_code,
                row.date.isoformat(),
                row.first_in.isoformat() if row.first_in else "",
                row.last_out.isoformat() if row.last_out else "",
                row.worked_minutes,
                " ".join(f.value for f in row.flags),
            ]
        )
    filename = f"timesheet-{start.isoformat()}-{end.isoformat()}.csv"
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
