from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.card_category import CardCategory
from ..models.visibility import Visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardCreate")


@_attrs_define
class CardCreate:
    """
    Attributes:
        category (CardCategory):
        receiver_id (UUID): An active colleague, not oneself
        text (str): Plain text, kept as written (HTML is not rendered)
        points (int | None | Unset): None or 0: a card without points
        programme_code (None | str | Unset): Award from this HR programme instead of the monthly budget (managers and
            HR)
        visibility (Visibility | Unset):
    """

    category: CardCategory
    receiver_id: UUID
    text: str
    points: int | None | Unset = UNSET
    programme_code: None | str | Unset = UNSET
    visibility: Visibility | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        receiver_id = str(self.receiver_id)

        text = self.text

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        programme_code: None | str | Unset
        if isinstance(self.programme_code, Unset):
            programme_code = UNSET
        else:
            programme_code = self.programme_code

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "receiver_id": receiver_id,
                "text": text,
            }
        )
        if points is not UNSET:
            field_dict["points"] = points
        if programme_code is not UNSET:
            field_dict["programme_code"] = programme_code
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = CardCategory(d.pop("category"))

        receiver_id = UUID(d.pop("receiver_id"))

        text = d.pop("text")

        def _parse_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        points = _parse_points(d.pop("points", UNSET))

        def _parse_programme_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        programme_code = _parse_programme_code(d.pop("programme_code", UNSET))

        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = Visibility(_visibility)

        card_create = cls(
            category=category,
            receiver_id=receiver_id,
            text=text,
            points=points,
            programme_code=programme_code,
            visibility=visibility,
        )

        return card_create
