from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="MentorAssign")


@_attrs_define
class MentorAssign:
    """
    Attributes:
        mentor_id (UUID): A head-office employee, not the secondee
    """

    mentor_id: UUID

    def to_dict(self) -> dict[str, Any]:
        mentor_id = str(self.mentor_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mentor_id": mentor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor_id = UUID(d.pop("mentor_id"))

        mentor_assign = cls(
            mentor_id=mentor_id,
        )

        return mentor_assign
