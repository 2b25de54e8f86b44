from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approver import Approver

if TYPE_CHECKING:
    from ..models.person_ref import PersonRef


T = TypeVar("T", bound="CurrentStep")


@_attrs_define
class CurrentStep:
    """
    Attributes:
        approver (Approver): How a step's decider is found; each implies its role.
        deciders (list[PersonRef]): Who can decide it (at most 20 listed)
        escalated_to_hr (bool): Nobody holds the step's own role for this request any more, so HR decides it
        name (str):
        position (int):
        waited_minutes (int):
        waiting_since (datetime.datetime):
    """

    approver: Approver
    deciders: list[PersonRef]
    escalated_to_hr: bool
    name: str
    position: int
    waited_minutes: int
    waiting_since: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approver = self.approver.value

        deciders = []
        for deciders_item_data in self.deciders:
            deciders_item = deciders_item_data.to_dict()
            deciders.append(deciders_item)

        escalated_to_hr = self.escalated_to_hr

        name = self.name

        position = self.position

        waited_minutes = self.waited_minutes

        waiting_since = self.waiting_since.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approver": approver,
                "deciders": deciders,
                "escalated_to_hr": escalated_to_hr,
                "name": name,
                "position": position,
                "waited_minutes": waited_minutes,
                "waiting_since": waiting_since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_ref import PersonRef  # noqa: PLC0415

        d = dict(src_dict)
        approver = Approver(d.pop("approver"))

        deciders = []
        _deciders = d.pop("deciders")
        for deciders_item_data in _deciders:
            deciders_item = PersonRef.from_dict(deciders_item_data)

            deciders.append(deciders_item)

        escalated_to_hr = d.pop("escalated_to_hr")

        name = d.pop("name")

        position = d.pop("position")

        waited_minutes = d.pop("waited_minutes")

        waiting_since = datetime.datetime.fromisoformat(d.pop("waiting_since"))

        current_step = cls(
            approver=approver,
            deciders=deciders,
            escalated_to_hr=escalated_to_hr,
            name=name,
            position=position,
            waited_minutes=waited_minutes,
            waiting_since=waiting_since,
        )

        current_step.additional_properties = d
        return current_step

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
