from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClockInFlagged")


@_attrs_define
class ClockInFlagged:
    """
    Attributes:
        clock_in_id (UUID):
        employee_id (UUID):
        flags (list[str]):
        punched_at (datetime.datetime):
        store_id (UUID):
    """

    clock_in_id: UUID
    employee_id: UUID
    flags: list[str]
    punched_at: datetime.datetime
    store_id: UUID

    def to_dict(self) -> dict[str, Any]:
        clock_in_id = str(self.clock_in_id)

        employee_id = str(self.employee_id)

        flags = self.flags

        punched_at = self.punched_at.isoformat()

        store_id = str(self.store_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clock_in_id": clock_in_id,
                "employee_id": employee_id,
                "flags": flags,
                "punched_at": punched_at,
                "store_id": store_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clock_in_id = UUID(d.pop("clock_in_id"))

        employee_id = UUID(d.pop("employee_id"))

        flags = cast(list[str], d.pop("flags"))

        punched_at = datetime.datetime.fromisoformat(d.pop("punched_at"))

        store_id = UUID(d.pop("store_id"))

        clock_in_flagged = cls(
            clock_in_id=clock_in_id,
            employee_id=employee_id,
            flags=flags,
            punched_at=punched_at,
            store_id=store_id,
        )

        return clock_in_flagged
