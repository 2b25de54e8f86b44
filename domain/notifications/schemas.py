"""What the API shows of notifications and preferences."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from domain.shared.schemas import InputModel, OutputModel


class NotificationRead(OutputModel):
    id: uuid.UUID
    # orders my notifications; the live stream's event id (Last-Event-ID resumes after it)
    seq: int
    kind: str = Field(description="Stable key of the notification kind (see GET /me/notification-preferences)")
    title: str = Field(description="In the reader's language")
    body: str = Field(description="In the reader's language")
    subject_type: str | None = Field(description="What it is about: ticket, transfer, clock_in, pool, ...")
    subject_id: str | None = Field(description="The id of what it is about, to open it in the app")
    created_at: datetime
    read_at: datetime | None


class NotificationPage(OutputModel):
    items: list[NotificationRead]
    next_cursor: str | None
    unread_count: int = Field(description="All my unread notifications, not only this page's")


class NotificationPreferenceRead(OutputModel):
    kind: str
    title: str = Field(description="The kind's title in the reader's language")
    audience: str = Field(description="Who gets this kind")
    muted: bool
    mandatory: bool = Field(description="HR made this kind mandatory: it cannot be muted")


class NotificationPreferenceUpdate(InputModel):
    kind: str = Field(max_length=48)
    muted: bool


class NotificationPreferencesUpdate(InputModel):
    preferences: list[NotificationPreferenceUpdate] = Field(min_length=1, max_length=100)


class NotificationKindUpdate(InputModel):
    mandatory: bool


class Marked(OutputModel):
    marked: int
