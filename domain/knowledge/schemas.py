"""Knowledge input and output models. Texts are plain text, stored and returned as typed: markup is
not interpreted (`<b>` stays `<b>`), control characters other than line feed and tab are refused."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from domain.knowledge.models import ArticleStatus
from domain.knowledge.rules import clean_tags, has_control_characters
from domain.shared.i18n import _
from domain.shared.schemas import InputModel, OutputModel
from domain.tickets.schemas import Category


def _plain(value: str) -> str:
    if has_control_characters(value):
        raise ValueError(_("must not contain control characters (line breaks and tabs are allowed)"))
    return value


def _single_line(value: str) -> str:
    if "\n" in value or "\t" in value or has_control_characters(value):
        raise ValueError(_("must be one line without control characters"))
    return value


Title = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_single_line),
]
Body = Annotated[
    str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=20_000), AfterValidator(_plain)
]
DraftBody = Annotated[str, StringConstraints(strict=True, max_length=10_000), AfterValidator(_plain)]
Tag = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=32),
    AfterValidator(_single_line),
]
Tags = Annotated[list[Tag], Field(max_length=10), AfterValidator(clean_tags)]


class ArticleCreate(InputModel):
    title: Title = Field(examples=["扫描枪无法连接库存系统"])
    body: Body = Field(examples=["1. 检查扫描枪电量……"])
    category: Category = Field(examples=["stock-system"], description="A ticket category that has a route")
    tags: Tags = Field(default_factory=list, examples=[["扫描枪", "库存"]])
    department_id: uuid.UUID | None = Field(
        default=None, description="The owning department; defaults to the one the category is routed to"
    )


class ArticleUpdate(InputModel):
    """A new saved text (revision). `version` is the one read: a change since answers 409."""

    version: Annotated[int, Field(strict=True, ge=1)]
    title: Title
    body: Body
    category: Category
    tags: Tags = Field(default_factory=list)


class ArticleTransition(InputModel):
    version: Annotated[int, Field(strict=True, ge=1)]


class ArticleRead(OutputModel):
    id: uuid.UUID
    title: str
    body: str
    category: str
    tags: list[str]
    department_id: uuid.UUID
    status: ArticleStatus
    revision: int = Field(description="The saved text's number (see /versions)")
    version: int = Field(description="Send back when changing the article; moves with every change")
    source_ticket_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None


class ArticleVersionRead(OutputModel):
    revision: int
    title: str
    body: str
    category: str
    tags: list[str]
    edited_by: uuid.UUID | None
    edited_at: datetime


MatchKind = Literal["title", "text", "partial"]


class ArticleHit(BaseModel):
    """An article as a search or a suggestion shows it: a snippet of the body, not the whole."""

    id: uuid.UUID
    title: str
    category: str
    tags: list[str]
    department_id: uuid.UUID
    status: ArticleStatus
    snippet: str
    match: MatchKind | None = Field(
        description="title: the title holds the whole query; text: the article does; partial: the title holds "
        "part of it. Hits come in that order, most recently changed first within each. None when listing "
        "without a query"
    )
    updated_at: datetime


class SuggestionRequest(InputModel):
    title: Title = Field(examples=["扫描枪连不上库存"])
    category: Category = Field(examples=["stock-system"])
    body: DraftBody | None = None


class TicketSuggestions(BaseModel):
    suggestion_id: uuid.UUID = Field(description="Name it when an article solved the problem (…/deflection)")
    articles: list[ArticleHit] = Field(description="At most 5: the draft's category first, then others")


class DeflectionCreate(InputModel):
    article_id: uuid.UUID


class DeflectionRead(OutputModel):
    id: uuid.UUID
    suggestion_id: uuid.UUID
    article_id: uuid.UUID
    department_id: uuid.UUID
    occurred_at: datetime
