"""Cursor pagination: lists are ordered by a stable unique key and resume after the last one seen.

A cursor is an opaque, URL-safe token holding the last key; offsets are not used because they skip
or repeat rows while others write.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.orm import InstrumentedAttribute

from domain.shared.errors import InvalidInput
from domain.shared.i18n import _

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


@dataclass(slots=True)
class Slice(Generic[T]):
    """What a list service returns: one page of domain objects and the cursor to the next."""

    items: list[T]
    next_cursor: str | None


class Page(BaseModel, Generic[T]):
    """One page of a list, as the API shows it."""

    model_config = ConfigDict(from_attributes=True)

    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` to get the next page; absent on the last page."
    )


def encode_cursor(key: Sequence[Any]) -> str:
    raw = json.dumps(list(key), separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _invalid_cursor() -> InvalidInput:
    return InvalidInput(
        _("The cursor is not one this server issued; start again without it."),
        field="query.cursor",
        slug="pagination.invalid_cursor",
    )


def cursor_int(value: Any) -> int:
    """A cursor part that must be a 64-bit integer key."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**63:
        raise _invalid_cursor()
    return value


def cursor_datetime(value: Any) -> datetime:
    """A cursor part that must be an ISO timestamp with an offset."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise _invalid_cursor() from None
    if moment.tzinfo is None:
        raise _invalid_cursor()
    return moment


def cursor_date(value: Any) -> date:
    """A cursor part that must be an ISO day."""
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _invalid_cursor() from None


def cursor_text(value: Any) -> str:
    """A cursor part that must be text (a business key such as an employee number)."""
    if not isinstance(value, str):
        raise _invalid_cursor()
    return value


def cursor_uuid(value: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise _invalid_cursor() from None


def decode_cursor(cursor: str, *, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        value = None
    if not isinstance(value, list) or len(value) != arity or not all(isinstance(v, (str, int)) for v in value):
        raise _invalid_cursor()
    return value


def after_cursor(
    cursor: str,
    moment: ColumnElement[datetime] | InstrumentedAttribute[datetime],
    key: ColumnElement[uuid.UUID] | InstrumentedAttribute[uuid.UUID],
    *,
    newest_first: bool = True,
) -> ColumnElement[bool]:
    """The keyset condition for lists ordered by (timestamp, id): rows strictly after the cursor's
    (timestamp, id) in the list's order."""
    at_text, id_text = decode_cursor(cursor, arity=2)
    at, last = cursor_datetime(at_text), cursor_uuid(id_text)
    if newest_first:
        return or_(moment < at, and_(moment == at, key < last))
    return or_(moment > at, and_(moment == at, key > last))


def timestamp_cursor(moment: datetime, key: uuid.UUID) -> str:
    return encode_cursor([moment.isoformat(), str(key)])


def after_keys(
    columns: Sequence[ColumnElement[Any] | InstrumentedAttribute[Any]],
    values: Sequence[Any],
    *,
    descending: Sequence[bool] | None = None,
) -> ColumnElement[bool]:
    """The keyset condition for lists ordered by several columns: rows strictly after `values` in
    the list's order (lexicographic: the first column decides, ties go to the next)."""
    order = descending or [False] * len(columns)
    alternatives = []
    for position, column in enumerate(columns):
        ties = [columns[i] == values[i] for i in range(position)]
        beyond = column < values[position] if order[position] else column > values[position]
        alternatives.append(and_(*ties, beyond))
    return or_(*alternatives)


def slice_of(rows: Sequence[T], limit: int, key: Callable[[T], Sequence[Any]]) -> Slice[T]:
    """One page from rows read with `limit + 1`: the extra row only says there is a next page,
    whose cursor is the key of the page's last row."""
    page = list(rows[:limit])
    more = len(rows) > limit
    return Slice(items=page, next_cursor=encode_cursor(key(page[-1])) if more and page else None)
