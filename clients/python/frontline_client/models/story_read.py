from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reaction_kind import ReactionKind
from ..models.story_status import StoryStatus

if TYPE_CHECKING:
    from ..models.audience_read import AudienceRead
    from ..models.featured_read import FeaturedRead
    from ..models.photo_read import PhotoRead
    from ..models.reaction_counts import ReactionCounts


T = TypeVar("T", bound="StoryRead")


@_attrs_define
class StoryRead:
    """
    Attributes:
        archived_at (datetime.datetime | None):
        audiences (list[AudienceRead]):
        body (str):
        created_at (datetime.datetime):
        featured (list[FeaturedRead]):
        id (UUID):
        my_reactions (list[ReactionKind]):
        photos (list[PhotoRead]):
        published_at (datetime.datetime | None):
        reactions (ReactionCounts):
        read_by_me (bool):
        reads (int): People who read it, each counted once
        status (StoryStatus):
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    archived_at: datetime.datetime | None
    audiences: list[AudienceRead]
    body: str
    created_at: datetime.datetime
    featured: list[FeaturedRead]
    id: UUID
    my_reactions: list[ReactionKind]
    photos: list[PhotoRead]
    published_at: datetime.datetime | None
    reactions: ReactionCounts
    read_by_me: bool
    reads: int
    status: StoryStatus
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.to_dict()
            audiences.append(audiences_item)

        body = self.body

        created_at = self.created_at.isoformat()

        featured = []
        for featured_item_data in self.featured:
            featured_item = featured_item_data.to_dict()
            featured.append(featured_item)

        id = str(self.id)

        my_reactions = []
        for my_reactions_item_data in self.my_reactions:
            my_reactions_item = my_reactions_item_data.value
            my_reactions.append(my_reactions_item)

        photos = []
        for photos_item_data in self.photos:
            photos_item = photos_item_data.to_dict()
            photos.append(photos_item)

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        reactions = self.reactions.to_dict()

        read_by_me = self.read_by_me

        reads = self.reads

        status = self.status.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived_at": archived_at,
                "audiences": audiences,
                "body": body,
                "created_at": created_at,
                "featured": featured,
                "id": id,
                "my_reactions": my_reactions,
                "photos": photos,
                "published_at": published_at,
                "reactions": reactions,
                "read_by_me": read_by_me,
                "reads": reads,
                "status": status,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_read import AudienceRead  # noqa: PLC0415
        from ..models.featured_read import FeaturedRead  # noqa: PLC0415
        from ..models.photo_read import PhotoRead  # noqa: PLC0415
        from ..models.reaction_counts import ReactionCounts  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

        audiences = []
        _audiences = d.pop("audiences")
        for audiences_item_data in _audiences:
            audiences_item = AudienceRead.from_dict(audiences_item_data)

            audiences.append(audiences_item)

        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        featured = []
        _featured = d.pop("featured")
        for featured_item_data in _featured:
            featured_item = FeaturedRead.from_dict(featured_item_data)

            featured.append(featured_item)

        id = UUID(d.pop("id"))

        my_reactions = []
        _my_reactions = d.pop("my_reactions")
        for my_reactions_item_data in _my_reactions:
            my_reactions_item = ReactionKind(my_reactions_item_data)

            my_reactions.append(my_reactions_item)

        photos = []
        _photos = d.pop("photos")
        for photos_item_data in _photos:
            photos_item = PhotoRead.from_dict(photos_item_data)

            photos.append(photos_item)

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        reactions = ReactionCounts.from_dict(d.pop("reactions"))

        read_by_me = d.pop("read_by_me")

        reads = d.pop("reads")

        status = StoryStatus(d.pop("status"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        story_read = cls(
            archived_at=archived_at,
            audiences=audiences,
            body=body,
            created_at=created_at,
            featured=featured,
            id=id,
            my_reactions=my_reactions,
            photos=photos,
            published_at=published_at,
            reactions=reactions,
            read_by_me=read_by_me,
            reads=reads,
            status=status,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        story_read.additional_properties = d
        return story_read

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
