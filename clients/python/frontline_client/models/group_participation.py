from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupParticipation")


@_attrs_define
class GroupParticipation:
    """
    Attributes:
        participants (int): Of them, those with at least one completion in the year
        participation_percent (None | str):
        people (int): Active people whose home unit lies there
        unit_code (None | str):
        unit_id (None | UUID): The department or region (stores roll up to theirs)
        unit_name (None | str):
    """

    participants: int
    participation_percent: None | str
    people: int
    unit_code: None | str
    unit_id: None | UUID
    unit_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participants = self.participants

        participation_percent: None | str
        participation_percent = self.participation_percent

        people = self.people

        unit_code: None | str
        unit_code = self.unit_code

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        unit_name: None | str
        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participants": participants,
                "participation_percent": participation_percent,
                "people": people,
                "unit_code": unit_code,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participants = d.pop("participants")

        def _parse_participation_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        participation_percent = _parse_participation_percent(d.pop("participation_percent"))

        people = d.pop("people")

        def _parse_unit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_code = _parse_unit_code(d.pop("unit_code"))

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        def _parse_unit_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_name = _parse_unit_name(d.pop("unit_name"))

        group_participation = cls(
            participants=participants,
            participation_percent=participation_percent,
            people=people,
            unit_code=unit_code,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        group_participation.additional_properties = d
        return group_participation

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
