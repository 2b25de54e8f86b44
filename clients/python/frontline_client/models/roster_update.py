from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.assignment_input import AssignmentInput


T = TypeVar("T", bound="RosterUpdate")


@_attrs_define
class RosterUpdate:
    """The whole week's assignments; `version` is the roster's version read (0: no roster yet).

    Attributes:
        assignments (list[AssignmentInput]):
        version (int):
    """

    assignments: list[AssignmentInput]
    version: int

    def to_dict(self) -> dict[str, Any]:
        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assignments": assignments,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_input import AssignmentInput  # noqa: PLC0415

        d = dict(src_dict)
        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = AssignmentInput.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        version = d.pop("version")

        roster_update = cls(
            assignments=assignments,
            version=version,
        )

        return roster_update
