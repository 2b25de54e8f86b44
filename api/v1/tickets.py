"""Need tickets: raised by the frontline, routed to head office, answered within their SLA."""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, UploadFile, status
from fastapi.responses import JSONResponse, Response

from api.deps import ClockDep, CurrentActor, SessionDep
from api.idempotency import ReplayableDep
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.shared.pagination import Page, Slice
from domain.shared.schemas import IsoDateTime, QueryBool
from domain.tickets import attachments, commands, config, queries, stats
from domain.tickets.file_names import content_disposition
from domain.tickets.files import BlobStore
from domain.tickets.models import TicketPriority, TicketStatus
from domain.tickets.schemas import (
    AssignInput,
    AttachmentRead,
    BusinessHoursIn,
    BusinessHoursRead,
    EventRead,
    RatingInput,
    ReopenInput,
    ReplyCreate,
    RoutingRuleCreate,
    RoutingRuleRead,
    SlaPoliciesUpdate,
    SlaPolicyRead,
    StatusChange,
    TicketCreate,
    TicketRead,
    TicketStats,
    TransferInput,
)

router = APIRouter(prefix="/tickets", tags=["tickets"])
routing = APIRouter(prefix="/ticket-routing-rules", tags=["ticketRouting"])
sla_policies = APIRouter(prefix="/sla-policies", tags=["slaPolicies"])
departments = APIRouter(prefix="/departments", tags=["departments"])

TicketId = uuid.UUID


def blob_store(request: Request) -> BlobStore:
    store: BlobStore = request.app.state.blob_store
    return store


@router.post(
    "",
    operation_id="tickets-create",
    status_code=status.HTTP_201_CREATED,
    response_model=TicketRead,
    responses=problems(401, 403, 422),
    summary="Raise a need ticket; it is routed to the owning head-office team",
)
async def create_ticket(
    body: TicketCreate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> TicketRead | JSONResponse:
    async def action() -> TicketRead:
        ticket = await commands.raise_ticket(session, actor=actor, clock=clock, data=body)
        return await queries.read(session, ticket, clock)

    return await once.answer(body, action, status=201)


@router.get("", operation_id="tickets-list", response_model=Page[TicketRead], responses=problems(401, 422))
async def list_tickets(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    scope: Annotated[
        Literal["mine", "queue", "stores", "all"],
        Query(description="mine: raised by me; queue: my department's; stores: my stores'; all: all I may see"),
    ] = "all",
    status: TicketStatus | None = None,
    priority: TicketPriority | None = None,
    department_id: uuid.UUID | None = None,
    store_id: uuid.UUID | None = None,
    at_risk: QueryBool | None = None,
    breached: QueryBool | None = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[TicketRead]:
    return await queries.list_tickets(
        session,
        actor=actor,
        clock=clock,
        scope=scope,
        status=status,
        priority=priority,
        department_id=department_id,
        store_id=store_id,
        at_risk=at_risk,
        breached=breached,
        limit=limit,
        cursor=cursor,
    )


@router.get(
    "/stats",
    operation_id="tickets-stats",
    response_model=TicketStats,
    responses=problems(401, 403, 422),
    summary="Responsiveness and frontline satisfaction per department and responder",
)
async def ticket_stats(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: Annotated[IsoDateTime, Query(alias="from")],
    period_to: Annotated[IsoDateTime, Query(alias="to")],
    department: uuid.UUID | None = None,
) -> TicketStats:
    return await stats.ticket_stats(
        session, actor=actor, clock=clock, period_from=period_from, period_to=period_to, department_id=department
    )


@router.get("/{ticket_id}", operation_id="tickets-get", response_model=TicketRead, responses=problems(401, 404, 422))
async def get_ticket(ticket_id: TicketId, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> TicketRead:
    return await queries.get(session, actor=actor, clock=clock, ticket_id=ticket_id)


@router.get(
    "/{ticket_id}/timeline",
    operation_id="tickets-timeline",
    response_model=Page[EventRead],
    responses=problems(401, 404, 422),
    summary="Replies, notes (owning side only), status changes, assignments, transfers, escalations; oldest first",
)
async def timeline(
    ticket_id: TicketId,
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[EventRead]:
    return await queries.timeline(session, actor=actor, ticket_id=ticket_id, limit=limit, cursor=cursor)


@router.post(
    "/{ticket_id}/replies",
    operation_id="tickets-reply",
    status_code=status.HTTP_201_CREATED,
    response_model=EventRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def reply(
    ticket_id: TicketId,
    body: ReplyCreate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> EventRead | JSONResponse:
    async def action() -> EventRead:
        written = await commands.reply(session, actor=actor, clock=clock, ticket_id=ticket_id, data=body)
        return await queries.event_read(session, written)

    return await once.answer(body, action, status=201)


@router.post(
    "/{ticket_id}/acknowledge",
    operation_id="tickets-acknowledge",
    response_model=TicketRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="The owning side acknowledges (counts as the first response)",
)
async def acknowledge(ticket_id: TicketId, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> TicketRead:
    ticket = await commands.acknowledge(session, actor=actor, clock=clock, ticket_id=ticket_id)
    return await queries.read(session, ticket, clock)


@router.post(
    "/{ticket_id}/take",
    operation_id="tickets-take",
    response_model=TicketRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def take(ticket_id: TicketId, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> TicketRead:
    ticket = await commands.take(session, actor=actor, clock=clock, ticket_id=ticket_id)
    return await queries.read(session, ticket, clock)


@router.post(
    "/{ticket_id}/assign",
    operation_id="tickets-assign",
    response_model=TicketRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def assign(
    ticket_id: TicketId, body: AssignInput, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TicketRead:
    ticket = await commands.assign(session, actor=actor, clock=clock, ticket_id=ticket_id, data=body)
    return await queries.read(session, ticket, clock)


@router.post(
    "/{ticket_id}/transfer",
    operation_id="tickets-transfer",
    response_model=TicketRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def transfer(
    ticket_id: TicketId, body: TransferInput, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TicketRead:
    ticket = await commands.transfer(session, actor=actor, clock=clock, ticket_id=ticket_id, data=body)
    return await queries.read(session, ticket, clock)


@router.post(
    "/{ticket_id}/status",
    operation_id="tickets-setStatus",
    response_model=TicketRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def set_status(
    ticket_id: TicketId, body: StatusChange, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TicketRead:
    ticket = await commands.change_status(session, actor=actor, clock=clock, ticket_id=ticket_id, data=body)
    return await queries.read(session, ticket, clock)


@router.post(
    "/{ticket_id}/reopen",
    operation_id="tickets-reopen",
    response_model=TicketRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def reopen(
    ticket_id: TicketId, body: ReopenInput, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TicketRead:
    ticket = await commands.reopen(session, actor=actor, clock=clock, ticket_id=ticket_id, data=body)
    return await queries.read(session, ticket, clock)


@router.post(
    "/{ticket_id}/rating",
    operation_id="tickets-rate",
    response_model=TicketRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def rate(
    ticket_id: TicketId,
    body: RatingInput,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> TicketRead | JSONResponse:
    async def action() -> TicketRead:
        ticket = await commands.rate(session, actor=actor, clock=clock, ticket_id=ticket_id, data=body)
        return await queries.read(session, ticket, clock)

    return await once.answer(body, action, status=200)


@router.post(
    "/{ticket_id}/attachments",
    operation_id="tickets-attach",
    status_code=status.HTTP_201_CREATED,
    response_model=AttachmentRead,
    responses=problems(401, 403, 404, 409, 413, 415, 422),
    summary="Attach a photo or voice note (up to 10 MB; the type is read from the bytes)",
)
async def attach(
    request: Request,
    ticket_id: TicketId,
    file: UploadFile,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> AttachmentRead | JSONResponse:
    data = await file.read()

    async def action() -> AttachmentRead:
        return await attachments.attach(
            session,
            actor=actor,
            clock=clock,
            store=blob_store(request),
            ticket_id=ticket_id,
            data=data,
            file_name=file.filename,
        )

    # a retried upload is the same file under the same name
    fingerprint = {"sha256": hashlib.sha256(data).hexdigest(), "file_name": file.filename}
    return await once.answer(fingerprint, action, status=201)


@router.get(
    "/{ticket_id}/attachments",
    operation_id="tickets-attachments",
    response_model=Page[AttachmentRead],
    responses=problems(401, 404, 422),
    summary="The ticket's attachments, oldest first",
)
async def list_attachments(
    ticket_id: TicketId,
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[AttachmentRead]:
    return await attachments.list_attachments(session, actor=actor, ticket_id=ticket_id, limit=limit, cursor=cursor)


@router.get(
    "/{ticket_id}/attachments/{attachment_id}",
    operation_id="tickets-downloadAttachment",
    responses={
        **problems(401, 404, 422),
        200: {
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            "description": "The file, with its sniffed media type",
            "headers": {
                "Content-Disposition": {
                    "description": "attachment; filename (ASCII stand-in) and filename* (the UTF-8 name, RFC 5987)",
                    "schema": {"type": "string"},
                },
                "X-Content-SHA256": {"description": "The file's sha256, hex", "schema": {"type": "string"}},
            },
        },
    },
)
async def download_attachment(
    request: Request, ticket_id: TicketId, attachment_id: uuid.UUID, actor: CurrentActor, session: SessionDep
) -> Response:
    meta, data = await attachments.download(
        session, actor=actor, store=blob_store(request), ticket_id=ticket_id, attachment_id=attachment_id
    )
    return Response(data, media_type=meta.media_type, headers=download_headers(meta))


def download_headers(meta: AttachmentRead) -> dict[str, str]:
    """Saved under its name (RFC 6266/5987), never sniffed into another type, kept only in the
    user's own cache, and sandboxed: an image or voice note carrying HTML cannot run as a page."""
    return {
        "Content-Disposition": content_disposition(meta.file_name),
        "X-Content-SHA256": meta.sha256,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private",
        "Content-Security-Policy": "sandbox",
    }


@routing.get(
    "", operation_id="ticketRouting-list", response_model=Page[RoutingRuleRead], responses=problems(401, 403, 422)
)
async def list_routes(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[RoutingRuleRead]:
    return await config.list_routes(session, actor=actor, limit=limit, cursor=cursor)


@routing.post(
    "",
    operation_id="ticketRouting-create",
    status_code=status.HTTP_201_CREATED,
    response_model=RoutingRuleRead,
    responses=problems(401, 403, 409, 422),
    summary='Route a category (optionally in a region) to a department; category "*" is the default queue',
)
async def add_route(
    body: RoutingRuleCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> RoutingRuleRead:
    return await config.add_route(session, actor=actor, clock=clock, data=body)


@routing.delete(
    "/{rule_id}",
    operation_id="ticketRouting-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401, 403, 404, 422),
)
async def delete_route(rule_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> None:
    await config.delete_route(session, actor=actor, clock=clock, rule_id=rule_id)


@sla_policies.get(
    "", operation_id="slaPolicies-list", response_model=Page[SlaPolicyRead], responses=problems(401, 403, 422)
)
async def list_policies(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[SlaPolicyRead]:
    return await config.list_policies(session, actor=actor, limit=limit, cursor=cursor)


@sla_policies.put(
    "",
    operation_id="slaPolicies-replace",
    response_model=list[SlaPolicyRead],
    responses=problems(401, 403, 422),
    summary="Replace the SLA policies (first-response and resolution targets per category and priority)",
)
async def replace_policies(
    body: SlaPoliciesUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> list[SlaPolicyRead]:
    return await config.replace_policies(session, actor=actor, clock=clock, data=body)


@departments.get(
    "/{department_id}/business-hours",
    operation_id="departments-businessHours",
    response_model=BusinessHoursRead,
    responses=problems(401, 403, 422),
)
async def business_hours(department_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> BusinessHoursRead:
    return await config.get_business_hours(session, actor=actor, department_id=department_id)


@departments.put(
    "/{department_id}/business-hours",
    operation_id="departments-setBusinessHours",
    response_model=BusinessHoursRead,
    responses=problems(401, 403, 422),
)
async def set_business_hours(
    department_id: uuid.UUID, body: BusinessHoursIn, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> BusinessHoursRead:
    return await config.set_business_hours(session, actor=actor, clock=clock, department_id=department_id, data=body)
