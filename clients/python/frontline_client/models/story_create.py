from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience import Audience


T = TypeVar("T", bound="StoryCreate")


@_attrs_define
class StoryCreate:
    """
    Attributes:
        audiences (list[Audience]):
        body (str):
        title (str):
        featured_ids (list[UUID] | Unset): Employees featured: each is asked for consent
    """

    audiences: list[Audience]
    body: str
    title: str
    featured_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.to_dict()
            audiences.append(audiences_item)

        body = self.body

        title = self.title

        featured_ids: list[str] | Unset = UNSET
        if not isinstance(self.featured_ids, Unset):
            featured_ids = []
            for featured_ids_item_data in self.featured_ids:
                featured_ids_item = str(featured_ids_item_data)
                featured_ids.append(featured_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audiences": audiences,
                "body": body,
                "title": title,
            }
        )
        if featured_ids is not UNSET:
            field_dict["featured_ids"] = featured_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience import Audience  # noqa: PLC0415

        d = dict(src_dict)
        audiences = []
        _audiences = d.pop("audiences")
        for audiences_item_data in _audiences:
            audiences_item = Audience.from_dict(audiences_item_data)

            audiences.append(audiences_item)

        body = d.pop("body")

        title = d.pop("title")

        _featured_ids = d.pop("featured_ids", UNSET)
        featured_ids: list[UUID] | Unset = UNSET
        if _featured_ids is not UNSET:
            featured_ids = []
            for featured_ids_item_data in _featured_ids:
                featured_ids_item = UUID(featured_ids_item_data)

                featured_ids.append(featured_ids_item)

        story_create = cls(
            audiences=audiences,
            body=body,
            title=title,
            featured_ids=featured_ids,
        )

        return story_create
