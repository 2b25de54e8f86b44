from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_category import CardCategory
from ..models.visibility import Visibility

if TYPE_CHECKING:
    from ..models.person import Person


T = TypeVar("T", bound="CardRead")


@_attrs_define
class CardRead:
    """
    Attributes:
        category (CardCategory):
        created_at (datetime.datetime):
        id (UUID):
        points (int):
        programme_code (None | str):
        receiver (Person):
        receiver_unit_id (UUID):
        sender (Person):
        text (str): As written; plain text
        visibility (Visibility):
    """

    category: CardCategory
    created_at: datetime.datetime
    id: UUID
    points: int
    programme_code: None | str
    receiver: Person
    receiver_unit_id: UUID
    sender: Person
    text: str
    visibility: Visibility
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        created_at = self.created_at.isoformat()

        id = str(self.id)

        points = self.points

        programme_code: None | str
        programme_code = self.programme_code

        receiver = self.receiver.to_dict()

        receiver_unit_id = str(self.receiver_unit_id)

        sender = self.sender.to_dict()

        text = self.text

        visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "created_at": created_at,
                "id": id,
                "points": points,
                "programme_code": programme_code,
                "receiver": receiver,
                "receiver_unit_id": receiver_unit_id,
                "sender": sender,
                "text": text,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person import Person  # noqa: PLC0415

        d = dict(src_dict)
        category = CardCategory(d.pop("category"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        points = d.pop("points")

        def _parse_programme_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        programme_code = _parse_programme_code(d.pop("programme_code"))

        receiver = Person.from_dict(d.pop("receiver"))

        receiver_unit_id = UUID(d.pop("receiver_unit_id"))

        sender = Person.from_dict(d.pop("sender"))

        text = d.pop("text")

        visibility = Visibility(d.pop("visibility"))

        card_read = cls(
            category=category,
            created_at=created_at,
            id=id,
            points=points,
            programme_code=programme_code,
            receiver=receiver,
            receiver_unit_id=receiver_unit_id,
            sender=sender,
            text=text,
            visibility=visibility,
        )

        card_read.additional_properties = d
        return card_read

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
