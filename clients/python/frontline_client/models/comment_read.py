from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CommentRead")


@_attrs_define
class CommentRead:
    """
    Attributes:
        author_employee_id (None | UUID):
        author_name (str):
        body (str):
        created_at (datetime.datetime):
        hidden (bool):
        id (UUID):
        post_id (UUID):
    """

    author_employee_id: None | UUID
    author_name: str
    body: str
    created_at: datetime.datetime
    hidden: bool
    id: UUID
    post_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_employee_id: None | str
        if isinstance(self.author_employee_id, UUID):
            author_employee_id = str(self.author_employee_id)
        else:
            author_employee_id = self.author_employee_id

        author_name = self.author_name

        body = self.body

        created_at = self.created_at.isoformat()

        hidden = self.hidden

        id = str(self.id)

        post_id = str(self.post_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_employee_id": author_employee_id,
                "author_name": author_name,
                "body": body,
                "created_at": created_at,
                "hidden": hidden,
                "id": id,
                "post_id": post_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_author_employee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                author_employee_id_type_0 = UUID(data)

                return author_employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        author_employee_id = _parse_author_employee_id(d.pop("author_employee_id"))

        author_name = d.pop("author_name")

        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        hidden = d.pop("hidden")

        id = UUID(d.pop("id"))

        post_id = UUID(d.pop("post_id"))

        comment_read = cls(
            author_employee_id=author_employee_id,
            author_name=author_name,
            body=body,
            created_at=created_at,
            hidden=hidden,
            id=id,
            post_id=post_id,
        )

        comment_read.additional_properties = d
        return comment_read

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
