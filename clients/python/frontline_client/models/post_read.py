from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_status import PostStatus

T = TypeVar("T", bound="PostRead")


@_attrs_define
class PostRead:
    """
    Attributes:
        author_employee_id (UUID):
        author_name (str):
        body (str):
        comment_count (int):
        created_at (datetime.datetime):
        hidden_reason (None | str): Shown to the author and HR
        id (UUID):
        published_at (datetime.datetime | None):
        report_count (int | None): HR only; null for others
        status (PostStatus):
        tags (list[str]):
        title (str):
        version (int):
    """

    author_employee_id: UUID
    author_name: str
    body: str
    comment_count: int
    created_at: datetime.datetime
    hidden_reason: None | str
    id: UUID
    published_at: datetime.datetime | None
    report_count: int | None
    status: PostStatus
    tags: list[str]
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_employee_id = str(self.author_employee_id)

        author_name = self.author_name

        body = self.body

        comment_count = self.comment_count

        created_at = self.created_at.isoformat()

        hidden_reason: None | str
        hidden_reason = self.hidden_reason

        id = str(self.id)

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        report_count: int | None
        report_count = self.report_count

        status = self.status.value

        tags = self.tags

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_employee_id": author_employee_id,
                "author_name": author_name,
                "body": body,
                "comment_count": comment_count,
                "created_at": created_at,
                "hidden_reason": hidden_reason,
                "id": id,
                "published_at": published_at,
                "report_count": report_count,
                "status": status,
                "tags": tags,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author_employee_id = UUID(d.pop("author_employee_id"))

        author_name = d.pop("author_name")

        body = d.pop("body")

        comment_count = d.pop("comment_count")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_hidden_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hidden_reason = _parse_hidden_reason(d.pop("hidden_reason"))

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

        def _parse_report_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        report_count = _parse_report_count(d.pop("report_count"))

        status = PostStatus(d.pop("status"))

        tags = cast(list[str], d.pop("tags"))

        title = d.pop("title")

        version = d.pop("version")

        post_read = cls(
            author_employee_id=author_employee_id,
            author_name=author_name,
            body=body,
            comment_count=comment_count,
            created_at=created_at,
            hidden_reason=hidden_reason,
            id=id,
            published_at=published_at,
            report_count=report_count,
            status=status,
            tags=tags,
            title=title,
            version=version,
        )

        post_read.additional_properties = d
        return post_read

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
