from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience import Audience


T = TypeVar("T", bound="StoryUpdate")


@_attrs_define
class StoryUpdate:
    """Changes to a draft; featured people added are asked for consent, those removed are forgotten.

    Attributes:
        audiences (list[Audience] | None | Unset):
        body (None | str | Unset):
        featured_ids (list[UUID] | None | Unset):
        title (None | str | Unset):
    """

    audiences: list[Audience] | None | Unset = UNSET
    body: None | str | Unset = UNSET
    featured_ids: list[UUID] | None | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        audiences: list[dict[str, Any]] | None | Unset
        if isinstance(self.audiences, Unset):
            audiences = UNSET
        elif isinstance(self.audiences, list):
            audiences = []
            for audiences_type_0_item_data in self.audiences:
                audiences_type_0_item = audiences_type_0_item_data.to_dict()
                audiences.append(audiences_type_0_item)

        else:
            audiences = self.audiences

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        featured_ids: list[str] | None | Unset
        if isinstance(self.featured_ids, Unset):
            featured_ids = UNSET
        elif isinstance(self.featured_ids, list):
            featured_ids = []
            for featured_ids_type_0_item_data in self.featured_ids:
                featured_ids_type_0_item = str(featured_ids_type_0_item_data)
                featured_ids.append(featured_ids_type_0_item)

        else:
            featured_ids = self.featured_ids

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if body is not UNSET:
            field_dict["body"] = body
        if featured_ids is not UNSET:
            field_dict["featured_ids"] = featured_ids
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience import Audience  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_audiences(data: object) -> list[Audience] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audiences_type_0 = []
                _audiences_type_0 = data
                for audiences_type_0_item_data in _audiences_type_0:
                    audiences_type_0_item = Audience.from_dict(audiences_type_0_item_data)

                    audiences_type_0.append(audiences_type_0_item)

                return audiences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Audience] | None | Unset, data)

        audiences = _parse_audiences(d.pop("audiences", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_featured_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                featured_ids_type_0 = []
                _featured_ids_type_0 = data
                for featured_ids_type_0_item_data in _featured_ids_type_0:
                    featured_ids_type_0_item = UUID(featured_ids_type_0_item_data)

                    featured_ids_type_0.append(featured_ids_type_0_item)

                return featured_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        featured_ids = _parse_featured_ids(d.pop("featured_ids", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        story_update = cls(
            audiences=audiences,
            body=body,
            featured_ids=featured_ids,
            title=title,
        )

        return story_update
