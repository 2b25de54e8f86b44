from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage

T = TypeVar("T", bound="AnswerRead")


@_attrs_define
class AnswerRead:
    """
    Attributes:
        answered_at (datetime.datetime):
        stage (Stage):
        wave_id (UUID):
    """

    answered_at: datetime.datetime
    stage: Stage
    wave_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_at = self.answered_at.isoformat()

        stage = self.stage.value

        wave_id = str(self.wave_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered_at": answered_at,
                "stage": stage,
                "wave_id": wave_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answered_at = datetime.datetime.fromisoformat(d.pop("answered_at"))

        stage = Stage(d.pop("stage"))

        wave_id = UUID(d.pop("wave_id"))

        answer_read = cls(
            answered_at=answered_at,
            stage=stage,
            wave_id=wave_id,
        )

        answer_read.additional_properties = d
        return answer_read

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
