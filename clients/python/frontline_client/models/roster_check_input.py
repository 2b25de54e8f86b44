from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assignment_input import AssignmentInput


T = TypeVar("T", bound="RosterCheckInput")


@_attrs_define
class RosterCheckInput:
    """Assignments to check without saving; left out, the roster as it stands.

    Attributes:
        assignments (list[AssignmentInput] | None | Unset):
    """

    assignments: list[AssignmentInput] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        assignments: list[dict[str, Any]] | None | Unset
        if isinstance(self.assignments, Unset):
            assignments = UNSET
        elif isinstance(self.assignments, list):
            assignments = []
            for assignments_type_0_item_data in self.assignments:
                assignments_type_0_item = assignments_type_0_item_data.to_dict()
                assignments.append(assignments_type_0_item)

        else:
            assignments = self.assignments

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if assignments is not UNSET:
            field_dict["assignments"] = assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_input import AssignmentInput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_assignments(data: object) -> list[AssignmentInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assignments_type_0 = []
                _assignments_type_0 = data
                for assignments_type_0_item_data in _assignments_type_0:
                    assignments_type_0_item = AssignmentInput.from_dict(assignments_type_0_item_data)

                    assignments_type_0.append(assignments_type_0_item)

                return assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssignmentInput] | None | Unset, data)

        assignments = _parse_assignments(d.pop("assignments", UNSET))

        roster_check_input = cls(
            assignments=assignments,
        )

        return roster_check_input
