from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FeedbackRead")


@_attrs_define
class FeedbackRead:
    """
    Attributes:
        text (str):
        transfer_id (UUID):
        written_at (datetime.datetime):
    """

    text: str
    transfer_id: UUID
    written_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        transfer_id = str(self.transfer_id)

        written_at = self.written_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "transfer_id": transfer_id,
                "written_at": written_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        transfer_id = UUID(d.pop("transfer_id"))

        written_at = datetime.datetime.fromisoformat(d.pop("written_at"))

        feedback_read = cls(
            text=text,
            transfer_id=transfer_id,
            written_at=written_at,
        )

        feedback_read.additional_properties = d
        return feedback_read

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
