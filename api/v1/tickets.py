"""Need tickets: raised by the frontline, routed to head office, answered within their SLA."""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated, Literal

from fastapi import Query, Request, UploadFile, status
from fastapi.responses import JSONResponse, Response

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
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

router = Router(prefix="/tickets", tags=["tickets"])
routing = Router(prefix="/ticket-routing-rules", tags=["ticketRouting"])
sla_policies = Router(prefix="/sla-policies", tags=["slaPolicies"])
departments = Router(prefix="/departments", tags=["departments"])

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
    """Any employee raises a ticket; routing rules pick the owning department and SLA policies its targets.

    The ticket is about the store or project the requester works at today, or another one she works at that
    day named in `store_id` (422 otherwise); head-office staff at no store that day raise it without one.
    Routing takes the rule for the category in the store's region, then the category anywhere, then the
    default queue (`*`); with none of these the ticket is refused (422 `ticket.no_route`). An account that is
    not an employee (such as an integration client) gets 403.

    The owning department's members and heads are notified; a `ticket.created` event is written (webhooks) and
    the change is audited. Send an `Idempotency-Key` header to retry safely: a retry with the same key and
    body replays the first answer (status and body, refusals included) instead of acting twice.
    """

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
    """Lists the tickets the caller may see, newest first, narrowed by `scope` and the filters.

    Requesters see their own tickets, store managers their stores' tickets, the owning department's members
    and heads its tickets, and HR, leaders and administrators every ticket. `scope=queue` keeps what the
    caller may work (the tickets of her department and of departments she heads, never her own requests);
    `scope=stores` keeps the tickets of the stores she manages. `at_risk` and `breached` are read from the SLA
    clocks at the time of the request.
    """
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
    """Reports ticket responsiveness and frontline satisfaction per department and per responder.

    Counts tickets created in [`from`, `to`): per department the number of tickets, first-response compliance
    and median, resolution compliance, paused minutes and ratings; per responder the first responses, targets
    met, resolutions and average rating. A ticket never counts for its own requester as responder.

    HR, leaders and administrators read every department (or the one named in `department`); a department head
    reads a department she heads and must name it in `department`. Anyone else gets 403; `to` not after `from`
    answers 422.
    """
    return await stats.ticket_stats(
        session, actor=actor, clock=clock, period_from=period_from, period_to=period_to, department_id=department
    )


@router.get("/{ticket_id}", operation_id="tickets-get", response_model=TicketRead, responses=problems(401, 404, 422))
async def get_ticket(ticket_id: TicketId, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> TicketRead:
    """Reads one ticket with its two SLA clocks (first response, resolution): due, elapsed, met, breached.

    Visible to its requester, the managers of its store, the owning department's members and heads, and HR,
    leaders and administrators; any other ticket answers 404, as if it did not exist.
    """
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
    """Lists the ticket's history oldest first, each entry with the name of whoever acted.

    Whoever may see the ticket reads its timeline (404 otherwise). Internal notes are shown only to the owning
    side working the ticket: never to the requester, even when she belongs to the owning department.
    """
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
    """Writes a public reply on the ticket or, for the owning side, an internal note.

    The requester and the owning side (the owning department's members and heads, and administrators) write on
    a ticket; any other reader gets 403, and a closed ticket answers 409. Internal notes (`internal: true`)
    are written and read by the owning side only; on her own ticket a member of the owning department writes
    as the requester (no internal notes). The owning side's first public reply counts as the first response. A
    reply by the requester to a ticket waiting on her puts it back in progress and resumes the resolution
    clock.

    A public reply notifies the other side: the requester, or the ticket's holder (else its department's
    queue). Every reply writes a `ticket.replied` event (webhooks; internal notes flagged) and is audited.
    Send an `Idempotency-Key` header to retry safely: a retry with the same key and body replays the first
    answer (status and body, refusals included) instead of acting twice.
    """

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
    """The owning side acknowledges an open ticket; this counts as the first response if none was given yet.

    Only the owning department's members and heads (and administrators) may, never the ticket's requester
    (403); a ticket that is not open answers 409. The requester is notified; a `ticket.acknowledged` event is
    written (webhooks) and audited.
    """
    ticket = await commands.acknowledge(session, actor=actor, clock=clock, ticket_id=ticket_id)
    return await queries.read(session, ticket, clock)


@router.post(
    "/{ticket_id}/take",
    operation_id="tickets-take",
    response_model=TicketRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def take(ticket_id: TicketId, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> TicketRead:
    """A member of the owning side takes a ticket nobody else holds and becomes its assignee.

    Refused to anyone outside the owning side and to the ticket's requester (403). Only an active ticket can
    be taken (409), and not one someone else holds (409: the department head reassigns it). An open or
    acknowledged ticket moves to in progress, and the requester is notified of that. A `ticket.assigned` event
    is written (webhooks) and audited.
    """
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
    """A head of the owning department assigns or reassigns an active ticket to one of its members.

    Only a head of the owning department or an administrator may (403). The assignee must have her home unit
    in the owning department (422 `ticket.assignee_not_member`) and must not be the ticket's requester (403
    `ticket.own_request`); a ticket that is not active answers 409. The new holder is notified, and the
    requester too when an open or acknowledged ticket thereby moves to in progress. A `ticket.assigned` event
    is written (webhooks) and audited.
    """
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
    """The owning side hands an active ticket to another head-office department, giving a reason.

    Only the owning department's members and heads (and administrators) may, never the ticket's requester
    (403). The target must be another department (422); a ticket that is not active answers 409. The ticket
    loses its assignee and lands in the new department's queue, whose members and heads are notified; its SLA
    clocks run on unchanged. A `ticket.transferred` event is written (webhooks) and audited.
    """
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
    """The owning side moves a ticket to in progress, waiting on the requester, or resolved.

    Only the owning department's members and heads (and administrators) may, never the ticket's requester
    (403). Allowed moves: from open or acknowledged to any of the three; from in progress to waiting or
    resolved; from waiting to in progress or resolved. Any other move answers 409.

    Waiting on the requester pauses the resolution clock until the ticket moves on or the requester replies.
    Resolving counts as the first response if none was given; the requester may then rate the ticket or reopen
    it within 7 days, after which it closes by itself. The requester is notified; a `ticket.<status>` event is
    written (webhooks) and audited.
    """
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
    """The requester reopens a ticket resolved in the last 7 days, giving a reason.

    Only the requester may (403); a ticket that is not resolved, or was resolved more than 7 days ago, answers
    409. The ticket goes back to in progress and its resolution clock starts again. Its holder (else its
    department's queue) is notified; a `ticket.reopened` event is written (webhooks) and audited.
    """
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
    """The requester rates a resolved or closed ticket once, from 1 to 5, with an optional comment.

    Only the requester may (403), and not on a ticket she handled herself; a ticket not yet resolved, or
    already rated, answers 409 (of two ratings sent at once, one wins). The rating counts in the department's
    and the responder's figures. The ticket's holder and the department's heads are notified; a `ticket.rated`
    event is written (webhooks) and audited. Send an `Idempotency-Key` header to retry safely: a retry with
    the same key and body replays the first answer (status and body, refusals included) instead of acting
    twice.
    """

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
    """Attaches a photo (JPEG, PNG, WebP, HEIC) or a voice note (M4A/AAC, MP3, OGG, AMR) to the ticket.

    The requester and the owning side may attach (403 for other readers); a closed ticket answers 409. The
    type is read from the file's bytes, whatever its name says (415 for anything else); a file may be at most
    10 MB (413) and a ticket holds at most 20 attachments (409). A `ticket.attachment_added` event is written
    (webhooks) and audited; nobody is notified.

    Send an `Idempotency-Key` header to retry safely: a retry with the same key, file and file name replays
    the first answer (status and body, refusals included) instead of attaching twice.
    """
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
    """Lists the ticket's attachments oldest first: name, media type, size and SHA-256 of each.

    Whoever may see the ticket lists its attachments; any other ticket answers 404.
    """
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
    """Downloads one attachment's bytes, served with the media type read from them at upload.

    Whoever may see the ticket downloads its attachments; another ticket, or an attachment of another ticket,
    answers 404. The file comes as a download under its name (`Content-Disposition: attachment`), is never to
    be sniffed into another type or run as a page (`X-Content-Type-Options: nosniff`,
    `Content-Security-Policy: sandbox`), is cached privately only, and carries its SHA-256 in
    `X-Content-SHA256`.
    """
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
    """Lists the ticket routing rules by category, each with its region's and department's names.

    Any signed-in person may read them; integration clients get 403. A new ticket goes to the department of
    the rule for its category in its store's region (the deepest region if several match), else of the rule
    for its category anywhere, else of the default queue (category `*`).
    """
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
    """Adds a routing rule sending a ticket category (optionally only in one region) to a department.

    Administrators only (403). `department_id` must be a department and `region_id` a region (422); the
    default queue `*` takes no region. There is one rule per category and region: a second answers 409 (delete
    the first). Tickets already raised keep their department. Audited.
    """
    return await config.add_route(session, actor=actor, clock=clock, data=body)


@routing.delete(
    "/{rule_id}",
    operation_id="ticketRouting-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401, 403, 404, 422),
)
async def delete_route(rule_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> None:
    """Deletes a routing rule; tickets already routed by it keep their department.

    Administrators only (403); an unknown rule answers 404. New tickets are routed by the remaining rules, in
    the end by the default queue `*`; without one, a ticket no rule matches is refused. Audited.
    """
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
    """Lists the SLA policies: first-response and resolution targets in minutes per category and priority.

    Any signed-in person may read them; integration clients get 403. A new ticket takes the most specific
    policy (its category and priority, then its category, then its priority, then the catch-all); with none,
    the targets are 2 hours to the first response and 24 hours to resolution. A policy with `business_hours`
    counts only the owning department's business hours, when it has any set.
    """
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
    """Replaces the whole list of SLA policies with the one sent; an empty list removes them all.

    Administrators only (403); each category and priority pair may appear once (422). Tickets keep the targets
    they were raised with: only new tickets use the new policies. Audited with the lists before and after.
    """
    return await config.replace_policies(session, actor=actor, clock=clock, data=body)


@departments.get(
    "/{department_id}/business-hours",
    operation_id="departments-businessHours",
    response_model=BusinessHoursRead,
    responses=problems(401, 403, 422),
)
async def business_hours(department_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> BusinessHoursRead:
    """Reads a head-office department's business hours (weekly opening intervals, holidays) and its time zone.

    Any signed-in person may read them; integration clients get 403, and a unit that is not a department
    answers 422. A department without hours answers empty lists; tickets raised for it meanwhile run their SLA
    clocks on wall-clock time.
    """
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
    """Sets a head-office department's weekly opening hours and holidays, in the department's time zone.

    Administrators, HR and a head of the department may (403 otherwise). A unit that is not a department
    answers 422, and so does a week without a single opening interval. Tickets raised for the department under
    a business-hours SLA policy measure their clocks against these hours. Audited.
    """
    return await config.set_business_hours(session, actor=actor, clock=clock, department_id=department_id, data=body)
