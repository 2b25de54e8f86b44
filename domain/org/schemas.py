"""Org unit input and output models."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field, StringConstraints

from domain.org.models import OrgUnitKind
from domain.shared.schemas import (
    BusinessCode,
    DisplayName,
    GeofenceRadius,
    InputModel,
    Latitude,
    Longitude,
    OutputModel,
    ShortText,
)

TimezoneName = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=64)]


class OrgUnitCreate(InputModel):
    code: BusinessCode = Field(examples=["SH-PSQ"])
    name: DisplayName = Field(examples=["People's Square store"])
    local_name: DisplayName | None = Field(
        default=None, description="The name in Chinese characters, beside the romanised one", examples=["人民广场店"]
    )
    kind: OrgUnitKind
    parent_id: uuid.UUID | None = None
    timezone: TimezoneName = Field(description="IANA time zone for local days", examples=["Asia/Shanghai"])
    address: ShortText | None = None
    latitude: Latitude | None = Field(default=None, examples=[31.2304])
    longitude: Longitude | None = Field(default=None, examples=[121.4737])
    geofence_radius_m: GeofenceRadius | None = Field(default=None, examples=[150])


class OrgUnitUpdate(InputModel):
    """Only the fields sent are changed; send null to clear an optional field."""

    name: DisplayName | None = None
    local_name: DisplayName | None = None
    parent_id: uuid.UUID | None = None
    timezone: TimezoneName | None = None
    address: ShortText | None = None
    latitude: Latitude | None = None
    longitude: Longitude | None = None
    geofence_radius_m: GeofenceRadius | None = None


class OrgUnitRead(OutputModel):
    id: uuid.UUID
    code: str
    name: str
    local_name: str | None = Field(description="The name in Chinese characters, if recorded")
    kind: OrgUnitKind
    parent_id: uuid.UUID | None
    timezone: str
    address: str | None
    latitude: float | None
    longitude: float | None
    geofence_radius_m: int | None
    created_at: datetime
    updated_at: datetime
