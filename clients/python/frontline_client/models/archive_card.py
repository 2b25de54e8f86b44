from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_category import CardCategory
from ..models.visibility import Visibility

T = TypeVar("T", bound="ArchiveCard")


@_attrs_define
class ArchiveCard:
    """A card as the growth archive shows it.

    Attributes:
        category (CardCategory):
        created_at (datetime.datetime):
        id (UUID):
        points (int):
        sender_name (str):
        visibility (Visibility):
    """

    category: CardCategory
    created_at: datetime.datetime
    id: UUID
    points: int
    sender_name: str
    visibility: Visibility
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        created_at = self.created_at.isoformat()

        id = str(self.id)

        points = self.points

        sender_name = self.sender_name

        visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "created_at": created_at,
                "id": id,
                "points": points,
                "sender_name": sender_name,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = CardCategory(d.pop("category"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        points = d.pop("points")

        sender_name = d.pop("sender_name")

        visibility = Visibility(d.pop("visibility"))

        archive_card = cls(
            category=category,
            created_at=created_at,
            id=id,
            points=points,
            sender_name=sender_name,
            visibility=visibility,
        )

        archive_card.additional_properties = d
        return archive_card

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
