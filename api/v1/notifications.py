"""My notifications (in my language), their read state, my mutes, HR's mandatory kinds, and the live
stream the app holds in the foreground."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter

from api.deps import ClockDep, CurrentActor, SessionDep
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.notifications import queries
from domain.notifications.schemas import (
    Marked,
    NotificationKindUpdate,
    NotificationPage,
    NotificationPreferenceRead,
    NotificationPreferencesUpdate,
)
from domain.shared.schemas import QueryBool

router = APIRouter(prefix="/me", tags=["me"])
kinds = APIRouter(prefix="/notification-kinds", tags=["notifications"])


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
    return await queries.my_notifications(session, actor=actor, unread_only=unread_only, limit=limit, cursor=cursor)


@router.post(
    "/notifications/{notification_id}/read",
    operation_id="me-markNotificationRead",
    response_model=Marked,
    responses=problems(401, 404, 422),
)
async def mark_read(notification_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> Marked:
    return Marked(marked=await queries.mark_read(session, actor=actor, clock=clock, notification_id=notification_id))


@router.post(
    "/notifications/read-all",
    operation_id="me-markAllNotificationsRead",
    response_model=Marked,
    responses=problems(401),
)
async def mark_all_read(actor: CurrentActor, session: SessionDep, clock: ClockDep) -> Marked:
    return Marked(marked=await queries.mark_read(session, actor=actor, clock=clock, notification_id=None))


@router.get(
    "/notification-preferences",
    operation_id="me-notificationPreferences",
    response_model=list[NotificationPreferenceRead],
    responses=problems(401),
    summary="Every kind of notification, what I muted, and what HR made mandatory",
)
async def my_preferences(actor: CurrentActor, session: SessionDep) -> list[NotificationPreferenceRead]:
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
    return await queries.set_kind(session, actor=actor, clock=clock, kind=kind, data=body)
