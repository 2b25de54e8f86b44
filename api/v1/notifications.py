"""My notifications (in my language), their read state, my mutes, HR's mandatory kinds, and the live
stream the app holds in the foreground."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Header, Request
from fastapi.responses import StreamingResponse

from api.deps import ClockDep, CurrentActor, DatabaseDep, SessionDep, SettingsDep
from api.gated_router import Router
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.notifications import queries
from domain.notifications.schemas import (
    Marked,
    NotificationKindUpdate,
    NotificationPage,
    NotificationPreferenceRead,
    NotificationPreferencesUpdate,
    NotificationRead,
)
from domain.notifications.stream import Heartbeat, InboxChanged, Opened, StreamHub, StreamItem, follow
from domain.shared.schemas import QueryBool

router = Router(prefix="/me", tags=["me"])
kinds = Router(prefix="/notification-kinds", tags=["notifications"])


@router.get(
    "/notifications",
    operation_id="me-notifications",
    response_model=NotificationPage,
    responses=problems(401, 422),
    summary="My notifications, newest first, in my language, with my unread count",
)
async def my_notifications(
    actor: CurrentActor,
    session: SessionDep,
    unread_only: QueryBool = False,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> NotificationPage:
    """Lists the caller's own notifications, newest first, written in the caller's language.
    `unread_count` counts all unread notifications, not only this page's; `unread_only` lists only those. The
    `seq` of each is what the live stream (GET /me/stream) resumes after.
    """
    return await queries.my_notifications(session, actor=actor, unread_only=unread_only, limit=limit, cursor=cursor)


STREAM_DESCRIPTION = """Server-Sent Events for the app in the foreground: my new notifications and
changes to my approvals inbox, as they are committed, on whichever API replica I reach.

The stream opens with `retry: 3000` (reconnect after 3 s), then sends:

- `event: notification`, `id: <seq>`, `data: <NotificationRead as JSON, in my language>`, oldest
  first. Reconnect with the header `Last-Event-ID: <the last id seen>` to receive exactly what came
  after it; without it the stream starts from now (read older ones with GET /me/notifications).
- `event: inbox`, `data: {"kind": "transfer_approvals"}` after a notification that changed what
  waits for my decision (`transfer.waiting`, `transfer.withdrawn`): refresh GET /approvals/inbox.
- `: heartbeat` (an SSE comment) after 15 s of quiet, so proxies keep the connection open.

The stream holds no database connection while idle. It ends when the server shuts down; reconnect
with `Last-Event-ID`."""


@router.get(
    "/stream",
    operation_id="me-stream",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "An endless text/event-stream (see the description for its events)",
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
        },
        **problems(401),
    },
    summary="My live stream of notifications and inbox changes (Server-Sent Events)",
    description=STREAM_DESCRIPTION,
)
async def my_stream(
    request: Request,
    actor: CurrentActor,
    database: DatabaseDep,
    settings: SettingsDep,
    last_event_id: Annotated[
        str | None,
        Header(alias="Last-Event-ID", description="Resume after this event id (a notification's seq)"),
    ] = None,
) -> StreamingResponse:
    # No SessionDep: a held stream must not hold a connection; it opens short sessions when woken.
    hub: StreamHub = request.app.state.stream_hub
    items = follow(
        hub,
        database,
        account_id=actor.account_id,
        language=actor.language,
        after_seq=_resume_after(last_event_id),
        heartbeat_s=settings.stream_heartbeat_s,
    )
    return StreamingResponse(
        _server_sent_events(items),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _resume_after(last_event_id: str | None) -> int | None:
    """The seq to resume after; an id this server never sends (not a whole number) starts from now."""
    if last_event_id is None or not last_event_id.strip().isdigit():
        return None
    return int(last_event_id.strip())


async def _server_sent_events(items: AsyncIterator[StreamItem]) -> AsyncIterator[str]:
    try:
        async for item in items:
            if isinstance(item, Opened):  # sent once the stream listens, so a client knows it is live
                yield "retry: 3000\n\n"
            elif isinstance(item, NotificationRead):
                yield f"event: notification\nid: {item.seq}\ndata: {item.model_dump_json()}\n\n"
            elif isinstance(item, InboxChanged):
                yield f'event: inbox\ndata: {{"kind": "{item.kind}"}}\n\n'
            elif isinstance(item, Heartbeat):
                yield ": heartbeat\n\n"
    finally:
        await items.aclose()  # type: ignore[attr-defined]


@router.post(
    "/notifications/{notification_id}/read",
    operation_id="me-markNotificationRead",
    response_model=Marked,
    responses=problems(401, 404, 422),
)
async def mark_read(notification_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> Marked:
    """Marks one of the caller's notifications read.
    `marked` is 1, or 0 when it was read already. Another person's notification answers 404, like one that
    does not exist.
    """
    return Marked(marked=await queries.mark_read(session, actor=actor, clock=clock, notification_id=notification_id))


@router.post(
    "/notifications/read-all",
    operation_id="me-markAllNotificationsRead",
    response_model=Marked,
    responses=problems(401),
)
async def mark_all_read(actor: CurrentActor, session: SessionDep, clock: ClockDep) -> Marked:
    """Marks all of the caller's unread notifications read; `marked` says how many changed."""
    return Marked(marked=await queries.mark_read(session, actor=actor, clock=clock, notification_id=None))


@router.get(
    "/notification-preferences",
    operation_id="me-notificationPreferences",
    response_model=list[NotificationPreferenceRead],
    responses=problems(401),
    summary="Every kind of notification, what I muted, and what HR made mandatory",
)
async def my_preferences(actor: CurrentActor, session: SessionDep) -> list[NotificationPreferenceRead]:
    """Lists every notification kind: who gets it, whether the caller muted it, whether it is mandatory."""
    return await queries.preferences(session, actor=actor)


@router.put(
    "/notification-preferences",
    operation_id="me-setNotificationPreferences",
    response_model=list[NotificationPreferenceRead],
    responses=problems(401, 422),
    summary="Mute or unmute kinds (mandatory kinds cannot be muted)",
)
async def set_my_preferences(
    body: NotificationPreferencesUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> list[NotificationPreferenceRead]:
    """Mutes or unmutes notification kinds for the caller; kinds not listed keep their setting.
    A muted kind is not delivered to the caller at all (no notification, nothing on the stream) until unmuted.
    Muting a kind HR made mandatory, or naming an unknown kind, answers 422 and changes nothing. Answers with
    the whole list, as GET does.
    """
    return await queries.set_preferences(session, actor=actor, clock=clock, data=body)


@kinds.put(
    "/{kind}",
    operation_id="notifications-setKind",
    response_model=NotificationPreferenceRead,
    responses=problems(401, 403, 404, 422),
    summary="HR: make a kind mandatory (nobody can mute it) or optional",
)
async def set_kind(
    kind: str, body: NotificationKindUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> NotificationPreferenceRead:
    """Makes a notification kind mandatory, so nobody can mute it, or optional again.
    HR and administrators only (403); an unknown kind answers 404. A mandatory kind is delivered to everyone
    it concerns, including those who had muted it; making it optional again restores their mutes. Audited.
    """
    return await queries.set_kind(session, actor=actor, clock=clock, kind=kind, data=body)
