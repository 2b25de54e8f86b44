from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="Revocation")


@_attrs_define
class Revocation:
    """
    Attributes:
        entry_id (UUID): The award to take back
        reason (str):
    """

    entry_id: UUID
    reason: str

    def to_dict(self) -> dict[str, Any]:
        entry_id = str(self.entry_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entry_id": entry_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entry_id = UUID(d.pop("entry_id"))

        reason = d.pop("reason")

        revocation = cls(
            entry_id=entry_id,
            reason=reason,
        )

        return revocation
