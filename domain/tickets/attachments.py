"""Photos and voice notes on tickets: typed from their bytes, stored through the blob store,
downloadable by whoever may see the ticket."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, DomainError, Forbidden, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, slice_of
from domain.tickets.access import get_visible_ticket, works_on
from domain.tickets.commands import event, record_change
from domain.tickets.events import TicketAttachmentAdded
from domain.tickets.file_names import attachment_file_name
from domain.tickets.files import MAX_ATTACHMENT_BYTES, BlobStore, sniff
from domain.tickets.models import EventKind, TicketAttachment, TicketStatus
from domain.tickets.schemas import AttachmentRead

MAX_ATTACHMENTS_PER_TICKET = 20


class UnsupportedFile(DomainError):
    status = 415
    slug = "attachment.unsupported_type"
    title = _("Unsupported file type")


class FileTooLarge(DomainError):
    status = 413
    slug = "attachment.too_large"
    title = _("File too large")


class TooManyAttachments(Conflict):
    slug = "attachment.too_many"
    title = _("Too many attachments")


async def attach(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    store: BlobStore,
    ticket_id: uuid.UUID,
    data: bytes,
    file_name: str | None,
) -> AttachmentRead:
    # Locked until the request commits: of uploads racing for the last places, the count each
    # one checks includes those that committed before it.
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    if actor.account_id != ticket.requester_account_id and not await works_on(session, actor, ticket):
        raise Forbidden(_("Only the requester and the owning team attach files."), slug="ticket.not_a_participant")
    if ticket.status == TicketStatus.CLOSED:
        raise Conflict(_("The ticket is closed; raise a new one."), slug="ticket.closed")
    if len(data) > MAX_ATTACHMENT_BYTES:
        megabytes = MAX_ATTACHMENT_BYTES // (1024 * 1024)
        raise FileTooLarge(_("Attachments are limited to {megabytes} MB.", megabytes=megabytes))
    kind = sniff(data[:64])
    if kind is None:
        raise UnsupportedFile(
            _("Attach a photo (JPEG, PNG, WebP, HEIC) or a voice note (M4A/AAC, MP3, OGG, AMR)."),
        )
    count = await session.scalar(
        select(func.count()).select_from(TicketAttachment).where(TicketAttachment.ticket_id == ticket.id)
    )
    if (count or 0) >= MAX_ATTACHMENTS_PER_TICKET:
        raise TooManyAttachments(
            _(
                "A ticket holds at most {max_count} attachments.",
                max_count=MAX_ATTACHMENTS_PER_TICKET,
            )
        )
    blob = await store.put(data)
    attachment = TicketAttachment(
        ticket_id=ticket.id,
        uploaded_by=actor.account_id,
        blob_key=blob.key,
        sha256=blob.sha256,
        size=blob.size,
        media_type=kind.media_type,
        file_name=attachment_file_name(file_name, kind.extension),
        created_at=clock.now(),
    )
    session.add(attachment)
    await session.flush()
    event(
        session,
        ticket,
        EventKind.ATTACHMENT,
        actor=actor,
        clock=clock,
        attachment_id=attachment.id,
        media_type=kind.media_type,
        size=blob.size,
    )
    await record_change(
        session,
        ticket,
        TicketAttachmentAdded,
        actor=actor,
        clock=clock,
        changes={"attachment_id": {"before": None, "after": str(attachment.id)}},
        attachment_id=attachment.id,
        media_type=kind.media_type,
        size=blob.size,
    )
    return AttachmentRead.model_validate(attachment)


async def list_attachments(
    session: AsyncSession, *, actor: Actor, ticket_id: uuid.UUID, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[AttachmentRead]:
    """Oldest first."""
    ticket = await get_visible_ticket(session, actor, ticket_id)
    query = (
        select(TicketAttachment)
        .where(TicketAttachment.ticket_id == ticket.id)
        .order_by(TicketAttachment.created_at, TicketAttachment.id)
        .limit(limit + 1)
    )
    if cursor is not None:
        query = query.where(after_cursor(cursor, TicketAttachment.created_at, TicketAttachment.id, newest_first=False))
    rows = list((await session.scalars(query)).all())
    page = slice_of(rows, limit, lambda row: [row.created_at.isoformat(), str(row.id)])
    return Slice(items=[AttachmentRead.model_validate(a) for a in page.items], next_cursor=page.next_cursor)


async def download(
    session: AsyncSession, *, actor: Actor, store: BlobStore, ticket_id: uuid.UUID, attachment_id: uuid.UUID
) -> tuple[AttachmentRead, bytes]:
    ticket = await get_visible_ticket(session, actor, ticket_id)
    attachment = await session.scalar(
        select(TicketAttachment).where(TicketAttachment.id == attachment_id, TicketAttachment.ticket_id == ticket.id)
    )
    if attachment is None:
        raise NotFound(
            _("No attachment {attachment_id} on this ticket.", attachment_id=attachment_id), slug="attachment.not_found"
        )
    return AttachmentRead.model_validate(attachment), await store.open(attachment.blob_key)
