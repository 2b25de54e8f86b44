"""Identifiers: random UUIDs in the API; business keys live on the models themselves."""

from __future__ import annotations

import uuid


def new_id() -> uuid.UUID:
    return uuid.uuid4()
