from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssignInput")


@_attrs_define
class AssignInput:
    """
    Attributes:
        assignee_account_id (UUID):
    """

    assignee_account_id: UUID

    def to_dict(self) -> dict[str, Any]:
        assignee_account_id = str(self.assignee_account_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assignee_account_id": assignee_account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignee_account_id = UUID(d.pop("assignee_account_id"))

        assign_input = cls(
            assignee_account_id=assignee_account_id,
        )

        return assign_input
