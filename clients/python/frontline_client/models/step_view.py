from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approver import Approver

T = TypeVar("T", bound="StepView")


@_attrs_define
class StepView:
    """
    Attributes:
        approver (Approver): How a step's decider is found; each implies its role.
        name (str):
        position (int):
        state (str): approved, current, returned, rejected or pending
    """

    approver: Approver
    name: str
    position: int
    state: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approver = self.approver.value

        name = self.name

        position = self.position

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approver": approver,
                "name": name,
                "position": position,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approver = Approver(d.pop("approver"))

        name = d.pop("name")

        position = d.pop("position")

        state = d.pop("state")

        step_view = cls(
            approver=approver,
            name=name,
            position=position,
            state=state,
        )

        step_view.additional_properties = d
        return step_view

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
