"""Reading my notifications (in my language), marking them read, muting kinds, and HR's mandatory
kinds. A person only ever reaches their own notifications."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.notifications.kinds import KINDS, LEGACY
from domain.notifications.models import Notification, NotificationKindSetting, NotificationPreference
from domain.notifications.schemas import (
    NotificationKindUpdate,
    NotificationPage,
    NotificationPreferenceRead,
    NotificationPreferencesUpdate,
    NotificationRead,
)
from domain.notifications.texts import render_text
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, cursor_int, decode_cursor, encode_cursor
from domain.shared.upsert import upsert


async def _upsert(
    session: AsyncSession,
    model: type[NotificationPreference | NotificationKindSetting],
    rows: list[dict[str, Any]],
    *,
    keys: tuple[str, ...],
) -> None:
    """Insert or overwrite by key in one statement: two requests at once both succeed, the last wins."""
    for row in rows:
        statement = (await upsert(session, model)).values(**row)
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=list(keys), set_={k: v for k, v in row.items() if k not in keys}
            )
        )


def as_read(row: Notification, language: str) -> NotificationRead:
    kind = KINDS.get(row.kind)
    if kind is None:  # a kind retired since: its words are gone, its kind and subject remain
        title, body = row.kind, ""
    else:
        title = render_text(kind.title, row.params, language)
        body = render_text(kind.body, row.params, language)
    return NotificationRead(
        id=row.id,
        seq=row.seq,
        kind=row.kind,
        title=title,
        body=body,
        subject_type=row.subject_type,
        subject_id=row.subject_id,
        created_at=row.created_at,
        read_at=row.read_at,
    )


async def unread_count(session: AsyncSession, account_id: uuid.UUID) -> int:
    count = await session.scalar(
        select(func.count())
        .select_from(Notification)
        .where(Notification.account_id == account_id, Notification.read_at.is_(None))
    )
    return int(count or 0)


async def my_notifications(
    session: AsyncSession,
    *,
    actor: Actor,
    unread_only: bool = False,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> NotificationPage:
    """Newest first, in the reader's language, with the count of all unread."""
    query = (
        select(Notification)
        .where(Notification.account_id == actor.account_id)
        .order_by(Notification.seq.desc())
        .limit(limit + 1)
    )
    if unread_only:
        query = query.where(Notification.read_at.is_(None))
    if cursor is not None:
        (last,) = decode_cursor(cursor, arity=1)
        query = query.where(Notification.seq < cursor_int(last))
    rows = list((await session.scalars(query)).all())
    page = rows[:limit]
    return NotificationPage(
        items=[as_read(row, actor.language) for row in page],
        next_cursor=encode_cursor([page[-1].seq]) if len(rows) > limit else None,
        unread_count=await unread_count(session, actor.account_id),
    )


async def notifications_after(
    session: AsyncSession, *, account_id: uuid.UUID, after_seq: int, language: str, limit: int = 100
) -> list[NotificationRead]:
    """Oldest first: what the live stream sends after the last one a client saw."""
    rows = (
        await session.scalars(
            select(Notification)
            .where(Notification.account_id == account_id, Notification.seq > after_seq)
            .order_by(Notification.seq)
            .limit(limit)
        )
    ).all()
    return [as_read(row, language) for row in rows]


async def latest_seq(session: AsyncSession, account_id: uuid.UUID) -> int:
    return int(
        await session.scalar(select(func.max(Notification.seq)).where(Notification.account_id == account_id)) or 0
    )


async def mark_read(session: AsyncSession, *, actor: Actor, clock: Clock, notification_id: uuid.UUID | None) -> int:
    """Marks one notification (or, with None, all of mine) read; returns how many changed."""
    statement = update(Notification).where(Notification.account_id == actor.account_id, Notification.read_at.is_(None))
    if notification_id is not None:
        exists = await session.scalar(
            select(Notification.seq).where(
                Notification.id == notification_id, Notification.account_id == actor.account_id
            )
        )
        if exists is None:
            raise NotFound(
                _("No notification {notification_id}.", notification_id=notification_id), slug="notification.not_found"
            )
        statement = statement.where(Notification.id == notification_id)
    result = await session.execute(statement.values(read_at=clock.now()))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def _mandatory(session: AsyncSession) -> set[str]:
    return set(
        (await session.scalars(select(NotificationKindSetting.kind).where(NotificationKindSetting.mandatory))).all()
    )


async def preferences(session: AsyncSession, *, actor: Actor) -> list[NotificationPreferenceRead]:
    """Every kind, with my mute and HR's mandatory mark."""
    muted = set(
        (
            await session.scalars(
                select(NotificationPreference.kind).where(
                    NotificationPreference.account_id == actor.account_id, NotificationPreference.muted
                )
            )
        ).all()
    )
    mandatory = await _mandatory(session)
    return [
        NotificationPreferenceRead(
            kind=kind.name,
            title=render_text(kind.title, {}, actor.language),
            audience=render_text(kind.audience, {}, actor.language),
            muted=kind.name in muted and kind.name not in mandatory,
            mandatory=kind.name in mandatory,
        )
        for kind in KINDS.values()
        if kind is not LEGACY
    ]


async def set_preferences(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: NotificationPreferencesUpdate
) -> list[NotificationPreferenceRead]:
    """Mutes or unmutes kinds for myself; a mandatory kind cannot be muted (422, nothing changed)."""
    mandatory = await _mandatory(session)
    for index, item in enumerate(data.preferences):
        field = f"body.preferences.{index}.kind"
        if item.kind not in KINDS or item.kind == LEGACY.name:
            raise InvalidInput(
                _("There is no notification kind {kind}.", kind=item.kind),
                field=field,
                slug="notification.unknown_kind",
            )
        if item.muted and item.kind in mandatory:
            raise InvalidInput(
                _("HR made {kind} mandatory: it cannot be muted.", kind=item.kind),
                field=field,
                slug="notification.mandatory",
            )
    now = clock.now()
    await _upsert(
        session,
        NotificationPreference,
        [
            {"account_id": actor.account_id, "kind": item.kind, "muted": item.muted, "updated_at": now}
            for item in data.preferences
        ],
        keys=("account_id", "kind"),
    )
    return await preferences(session, actor=actor)


async def set_kind(
    session: AsyncSession, *, actor: Actor, clock: Clock, kind: str, data: NotificationKindUpdate
) -> NotificationPreferenceRead:
    """HR marks a kind mandatory (nobody can mute it) or optional again."""
    require_role(
        actor,
        Role.HR,
        Role.ADMIN,
        refusal=_("Only HR decides which notifications are mandatory."),
        slug="notification.not_hr",
    )
    if kind not in KINDS:
        raise NotFound(_("There is no notification kind {kind}.", kind=kind), slug="notification.unknown_kind")
    # the row (once it exists) locked: of two HR changes at once, the second audits the first as "before"
    before = bool(
        await session.scalar(
            select(NotificationKindSetting.mandatory).where(NotificationKindSetting.kind == kind).with_for_update()
        )
    )
    await _upsert(
        session,
        NotificationKindSetting,
        [{"kind": kind, "mandatory": data.mandatory, "updated_at": clock.now(), "updated_by": actor.account_id}],
        keys=("kind",),
    )
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="notification_kind.updated",
        entity_type="notification_kind",
        entity_id=kind,
        changes=audit.changed_fields({"mandatory": before}, {"mandatory": data.mandatory}),
    )
    await session.flush()
    return NotificationPreferenceRead(
        kind=kind,
        title=render_text(KINDS[kind].title, {}, actor.language),
        audience=render_text(KINDS[kind].audience, {}, actor.language),
        muted=False,
        mandatory=data.mandatory,
    )
