"""Org units: one tree of headquarters, departments, regions, stores and projects."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, UTCDateTime
from domain.shared.ids import new_id


class OrgUnitKind(enum.StrEnum):
    HEADQUARTERS = "headquarters"
    DEPARTMENT = "department"
    REGION = "region"
    STORE = "store"
    PROJECT = "project"


def enum_column(enum_type: type[enum.StrEnum], name: str) -> Enum:
    """A portable enum: VARCHAR plus a CHECK constraint on both dialects, stored by value."""
    return Enum(
        enum_type,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_type) + 8,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class OrgUnit(Base):
    __tablename__ = "org_units"
    __table_args__ = (
        CheckConstraint("latitude IS NULL OR (latitude >= -90 AND latitude <= 90)", name="latitude_range"),
        CheckConstraint("longitude IS NULL OR (longitude >= -180 AND longitude <= 180)", name="longitude_range"),
        CheckConstraint(
            "geofence_radius_m IS NULL OR (geofence_radius_m >= 50 AND geofence_radius_m <= 3000)",
            name="geofence_radius_range",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # the name in Chinese characters (静安寺店) beside the romanised `name` (Jing'an Temple)
    local_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[OrgUnitKind] = mapped_column(enum_column(OrgUnitKind, "org_unit_kind"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"), index=True)
    # Materialised path of ids from the root ("/<hex>/<hex>/"): a subtree is a prefix match.
    path: Mapped[str] = mapped_column(String(1024), index=True)
    timezone: Mapped[str] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(String(500))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geofence_radius_m: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
