"""Inputs and outputs of stories, the experience board and broadcasts. Texts people type are kept
verbatim as plain text (never rendered as HTML by the API); control characters other than line
feed and tab are refused, and every text has a maximum length."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, model_validator

from domain.shared.i18n import _
from domain.shared.schemas import InputModel
from domain.stories.models import BroadcastStatus, ConsentStatus, PostStatus, StoryStatus
from domain.stories.rules import MAX_TAG_LENGTH, MAX_TAGS, AudienceKind, ReactionKind, has_control_characters


def _one_line(value: str) -> str:
    if has_control_characters(value, multiline=False):
        raise ValueError(_("must be one line without control characters"))
    return value


def _multiline(value: str) -> str:
    if has_control_characters(value, multiline=True):
        raise ValueError(_("must not contain control characters other than line feeds and tabs"))
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError(_("must not be blank"))
    return value


Title = Annotated[
    str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200), AfterValidator(_one_line)
]
StoryBody = Annotated[
    str,
    StringConstraints(strict=True, min_length=1, max_length=20_000),
    AfterValidator(_multiline),
    AfterValidator(_not_blank),
]
PostBody = Annotated[
    str,
    StringConstraints(strict=True, min_length=1, max_length=10_000),
    AfterValidator(_multiline),
    AfterValidator(_not_blank),
]
CommentBody = Annotated[
    str,
    StringConstraints(strict=True, min_length=1, max_length=2_000),
    AfterValidator(_multiline),
    AfterValidator(_not_blank),
]
Reason = Annotated[
    str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=500), AfterValidator(_one_line)
]
Tag = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=MAX_TAG_LENGTH),
    AfterValidator(_one_line),
]


class Audience(InputModel):
    """Who a story or broadcast is for: `everyone`; `head_office` (people whose home unit is not a store or
    project); `department` with `unit_id` (home unit in the department's subtree); `region` with `unit_id`
    (home unit, or an assignment in force today, in the region's subtree)."""

    kind: AudienceKind
    unit_id: uuid.UUID | None = Field(default=None, description="The department or region (those kinds only)")

    @model_validator(mode="after")
    def _unit_when_needed(self) -> Audience:
        needs_unit = self.kind in (AudienceKind.DEPARTMENT, AudienceKind.REGION)
        if needs_unit and self.unit_id is None:
            raise ValueError(_("a department or region audience names its unit_id"))
        if not needs_unit and self.unit_id is not None:
            raise ValueError(_("only department and region audiences take a unit_id"))
        return self


Audiences = Annotated[list[Audience], Field(min_length=1, max_length=20)]


class AudienceRead(BaseModel):
    kind: AudienceKind
    unit_id: uuid.UUID | None = None
    unit_name: str | None = None


# --- stories -------------------------------------------------------------------------------------


class StoryCreate(InputModel):
    title: Title = Field(examples=["Night shift at People's Square"])
    body: StoryBody
    audiences: Audiences
    featured_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=20, description="Employees featured: each is asked for consent"
    )


class StoryUpdate(InputModel):
    """Changes to a draft; featured people added are asked for consent, those removed are forgotten."""

    title: Title | None = None
    body: StoryBody | None = None
    audiences: Audiences | None = None
    featured_ids: list[uuid.UUID] | None = Field(default=None, max_length=20)


class ConsentAnswer(InputModel):
    decision: Literal["given", "refused"]


class FeaturedRead(BaseModel):
    employee_id: uuid.UUID
    full_name: str
    consent: ConsentStatus
    answered_at: datetime | None


class PhotoRead(BaseModel):
    id: uuid.UUID
    media_type: str
    size: int
    sha256: str
    created_at: datetime


class ReactionCounts(BaseModel):
    like: int = 0
    applause: int = 0
    inspired: int = 0


class StoryRead(BaseModel):
    id: uuid.UUID
    title: str
    body: str
    status: StoryStatus
    audiences: list[AudienceRead]
    featured: list[FeaturedRead]
    photos: list[PhotoRead]
    reads: int = Field(description="People who read it, each counted once")
    reactions: ReactionCounts
    my_reactions: list[ReactionKind]
    read_by_me: bool
    published_at: datetime | None
    archived_at: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime


class StorySummary(BaseModel):
    id: uuid.UUID
    title: str
    status: StoryStatus
    published_at: datetime | None
    created_at: datetime
    photo_count: int


# --- the experience board ------------------------------------------------------------------------


class PostCreate(InputModel):
    title: Title = Field(examples=["How I balance the store and my child's school run"])
    body: PostBody
    tags: list[Tag] = Field(default_factory=list, max_length=MAX_TAGS, examples=[["family", "shifts"]])


class HideInput(InputModel):
    reason: Reason = Field(description="Told to the author")


class ReportInput(InputModel):
    reason: Reason


class CommentCreate(InputModel):
    body: CommentBody


class PostRead(BaseModel):
    id: uuid.UUID
    title: str
    body: str
    tags: list[str]
    status: PostStatus
    author_employee_id: uuid.UUID
    author_name: str
    hidden_reason: str | None = Field(description="Shown to the author and HR")
    report_count: int | None = Field(description="HR only; null for others")
    comment_count: int
    published_at: datetime | None
    created_at: datetime
    version: int


class CommentRead(BaseModel):
    id: uuid.UUID
    post_id: uuid.UUID
    author_employee_id: uuid.UUID | None
    author_name: str
    body: str
    hidden: bool
    created_at: datetime


class ReportRead(BaseModel):
    post_id: uuid.UUID
    post_title: str
    post_status: PostStatus
    reporter_account_id: uuid.UUID
    reason: str
    created_at: datetime


# --- broadcasts ----------------------------------------------------------------------------------


class BroadcastCreate(InputModel):
    title: Title
    body: StoryBody
    audiences: Audiences
    requires_ack: bool = Field(default=False, description="Recipients confirm they read and understood it")


class BroadcastRead(BaseModel):
    id: uuid.UUID
    title: str
    body: str
    status: BroadcastStatus
    audiences: list[AudienceRead]
    requires_ack: bool
    recipient_count: int
    published_at: datetime | None
    created_at: datetime
    version: int
    read_at: datetime | None = Field(default=None, description="When I read it (recipients)")
    acknowledged_at: datetime | None = Field(default=None, description="When I acknowledged it (recipients)")


class RecipientRead(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    read_at: datetime | None
    acknowledged_at: datetime | None


class ReceiptsRead(BaseModel):
    recipients: int
    read: int
    unread: int
    acknowledged: int
    items: list[RecipientRead] = Field(description="A page of recipients in the asked state, by employee number")
    next_cursor: str | None = None
