from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeflectionRead")


@_attrs_define
class DeflectionRead:
    """
    Attributes:
        article_id (UUID):
        department_id (UUID):
        id (UUID):
        occurred_at (datetime.datetime):
        suggestion_id (UUID):
    """

    article_id: UUID
    department_id: UUID
    id: UUID
    occurred_at: datetime.datetime
    suggestion_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = str(self.article_id)

        department_id = str(self.department_id)

        id = str(self.id)

        occurred_at = self.occurred_at.isoformat()

        suggestion_id = str(self.suggestion_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "department_id": department_id,
                "id": id,
                "occurred_at": occurred_at,
                "suggestion_id": suggestion_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = UUID(d.pop("article_id"))

        department_id = UUID(d.pop("department_id"))

        id = UUID(d.pop("id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        suggestion_id = UUID(d.pop("suggestion_id"))

        deflection_read = cls(
            article_id=article_id,
            department_id=department_id,
            id=id,
            occurred_at=occurred_at,
            suggestion_id=suggestion_id,
        )

        deflection_read.additional_properties = d
        return deflection_read

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
