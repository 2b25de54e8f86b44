from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TransferInput")


@_attrs_define
class TransferInput:
    """
    Attributes:
        department_id (UUID):
        reason (str):
    """

    department_id: UUID
    reason: str

    def to_dict(self) -> dict[str, Any]:
        department_id = str(self.department_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "department_id": department_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department_id = UUID(d.pop("department_id"))

        reason = d.pop("reason")

        transfer_input = cls(
            department_id=department_id,
            reason=reason,
        )

        return transfer_input
