"""Building blocks for input and output models.

Inputs forbid unknown fields and refuse type coercion ("12" is not 12), so a client bug surfaces
as a clear 422 rather than silently stored data.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OutputModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


BusinessCode = Annotated[
    str,
    StringConstraints(strict=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$", min_length=1, max_length=32),
]
DisplayName = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(strict=True, max_length=500)]
Email = Annotated[
    str,
    StringConstraints(
        strict=True, strip_whitespace=True, to_lower=True, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
    ),
]
Phone = Annotated[str, StringConstraints(strict=True, pattern=r"^\+?[0-9 ()-]{3,32}$")]
Latitude = Annotated[float, Field(strict=True, ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float, Field(strict=True, ge=-180, le=180, allow_inf_nan=False)]
GeofenceRadius = Annotated[int, Field(strict=True, ge=50, le=3000, description="Geofence radius in metres")]
Password = Annotated[str, StringConstraints(strict=True, min_length=10, max_length=128)]
