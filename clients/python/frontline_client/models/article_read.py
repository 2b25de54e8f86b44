from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_status import ArticleStatus

T = TypeVar("T", bound="ArticleRead")


@_attrs_define
class ArticleRead:
    """
    Attributes:
        body (str):
        category (str):
        created_at (datetime.datetime):
        department_id (UUID):
        id (UUID):
        published_at (datetime.datetime | None):
        revision (int): The saved text's number (see /versions)
        source_ticket_id (None | UUID):
        status (ArticleStatus):
        tags (list[str]):
        title (str):
        updated_at (datetime.datetime):
        version (int): Send back when changing the article; moves with every change
    """

    body: str
    category: str
    created_at: datetime.datetime
    department_id: UUID
    id: UUID
    published_at: datetime.datetime | None
    revision: int
    source_ticket_id: None | UUID
    status: ArticleStatus
    tags: list[str]
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        category = self.category

        created_at = self.created_at.isoformat()

        department_id = str(self.department_id)

        id = str(self.id)

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        revision = self.revision

        source_ticket_id: None | str
        if isinstance(self.source_ticket_id, UUID):
            source_ticket_id = str(self.source_ticket_id)
        else:
            source_ticket_id = self.source_ticket_id

        status = self.status.value

        tags = self.tags

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "category": category,
                "created_at": created_at,
                "department_id": department_id,
                "id": id,
                "published_at": published_at,
                "revision": revision,
                "source_ticket_id": source_ticket_id,
                "status": status,
                "tags": tags,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        category = d.pop("category")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        department_id = UUID(d.pop("department_id"))

        id = UUID(d.pop("id"))

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

        revision = d.pop("revision")

        def _parse_source_ticket_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_ticket_id_type_0 = UUID(data)

                return source_ticket_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        source_ticket_id = _parse_source_ticket_id(d.pop("source_ticket_id"))

        status = ArticleStatus(d.pop("status"))

        tags = cast(list[str], d.pop("tags"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        article_read = cls(
            body=body,
            category=category,
            created_at=created_at,
            department_id=department_id,
            id=id,
            published_at=published_at,
            revision=revision,
            source_ticket_id=source_ticket_id,
            status=status,
            tags=tags,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        article_read.additional_properties = d
        return article_read

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
