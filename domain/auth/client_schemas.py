"""Integration clients as administrators see them; the secret is shown once, at creation or rotation."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field, field_validator

from domain.auth.scopes import Scope
from domain.shared.i18n import _
from domain.shared.schemas import NO_NUL_PATTERN, InputModel

DEFAULT_RATE_LIMIT_PER_MINUTE = 600


class ClientCreate(InputModel):
    name: str = Field(min_length=1, max_length=200, pattern=NO_NUL_PATTERN)
    scopes: list[Scope] = Field(min_length=1, max_length=len(Scope))
    unit_ids: list[uuid.UUID] | None = Field(
        default=None,
        max_length=200,
        description="Org units (each with its subtree) the client may act for; omit for the whole organisation",
    )
    rate_limit_per_minute: int = Field(default=DEFAULT_RATE_LIMIT_PER_MINUTE, ge=1, le=100_000)

    @field_validator("scopes", "unit_ids")
    @classmethod
    def _distinct(cls, values: list[Scope] | list[uuid.UUID] | None) -> list[Scope] | list[uuid.UUID] | None:
        if values is not None and len(set(values)) != len(values):
            raise ValueError(_("list each value once"))
        return values


class ClientUpdate(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=200, pattern=NO_NUL_PATTERN)
    scopes: list[Scope] | None = Field(default=None, min_length=1, max_length=len(Scope))
    unit_ids: list[uuid.UUID] | None = Field(default=None, max_length=200)
    rate_limit_per_minute: int | None = Field(default=None, ge=1, le=100_000)

    @field_validator("scopes", "unit_ids")
    @classmethod
    def _distinct(cls, values: list[Scope] | list[uuid.UUID] | None) -> list[Scope] | list[uuid.UUID] | None:
        if values is not None and len(set(values)) != len(values):
            raise ValueError(_("list each value once"))
        return values


class SecretRotation(InputModel):
    grace_period_minutes: int = Field(
        default=24 * 60, ge=0, le=7 * 24 * 60, description="How long the current secret keeps working"
    )


class SecretInfo(BaseModel):
    id: uuid.UUID
    created_at: datetime
    expires_at: datetime | None = Field(description="Set once a newer secret replaced it: the end of its grace")


class ClientRead(BaseModel):
    id: uuid.UUID = Field(description="The client_id for the client_credentials grant")
    name: str
    scopes: list[Scope]
    unit_ids: list[uuid.UUID] | None
    rate_limit_per_minute: int
    created_at: datetime
    updated_at: datetime
    revoked_at: datetime | None
    secrets: list[SecretInfo] = Field(description="Secrets that still work, newest first (hashes are never shown)")


class ClientWithSecret(ClientRead):
    client_secret: str = Field(description="Shown this once; only a hash is kept")
