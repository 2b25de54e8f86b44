from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.roster_read import RosterRead
    from ..models.unfilled_read import UnfilledRead


T = TypeVar("T", bound="SuggestionRead")


@_attrs_define
class SuggestionRead:
    """
    Attributes:
        added (int):
        optimal (bool):
        roster (RosterRead):
        solver (str):
        unfilled (list[UnfilledRead]):
    """

    added: int
    optimal: bool
    roster: RosterRead
    solver: str
    unfilled: list[UnfilledRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added = self.added

        optimal = self.optimal

        roster = self.roster.to_dict()

        solver = self.solver

        unfilled = []
        for unfilled_item_data in self.unfilled:
            unfilled_item = unfilled_item_data.to_dict()
            unfilled.append(unfilled_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added": added,
                "optimal": optimal,
                "roster": roster,
                "solver": solver,
                "unfilled": unfilled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roster_read import RosterRead  # noqa: PLC0415
        from ..models.unfilled_read import UnfilledRead  # noqa: PLC0415

        d = dict(src_dict)
        added = d.pop("added")

        optimal = d.pop("optimal")

        roster = RosterRead.from_dict(d.pop("roster"))

        solver = d.pop("solver")

        unfilled = []
        _unfilled = d.pop("unfilled")
        for unfilled_item_data in _unfilled:
            unfilled_item = UnfilledRead.from_dict(unfilled_item_data)

            unfilled.append(unfilled_item)

        suggestion_read = cls(
            added=added,
            optimal=optimal,
            roster=roster,
            solver=solver,
            unfilled=unfilled,
        )

        suggestion_read.additional_properties = d
        return suggestion_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
