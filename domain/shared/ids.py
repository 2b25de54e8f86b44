"""Identifiers: random UUIDs in the API; business keys live on the models themselves."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime, timedelta

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def time_ordered_id(at: datetime) -> uuid.UUID:
    """A UUIDv7 (RFC 9562): the Unix milliseconds of `at` in the first 48 bits, then 74 random
    bits. For rows of a table that only grows (punches): ids written together sit together, so its
    primary-key index is appended to at one edge, where a random id dirtied a random page of an
    index far larger than the buffer cache on every insert (and logged a whole-page image of it
    after each checkpoint). Still unguessable; nothing reads meaning into an id."""
    milliseconds = (at - _EPOCH) // timedelta(milliseconds=1) & (1 << 48) - 1
    random_bits = int.from_bytes(os.urandom(10), "big")
    value = (
        milliseconds << 80
        | 0x7 << 76  # version
        | (random_bits >> 68) << 64  # 12 random bits
        | 0b10 << 62  # variant
        | random_bits & (1 << 62) - 1  # 62 random bits
    )
    return uuid.UUID(int=value)
