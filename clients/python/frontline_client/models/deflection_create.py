from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeflectionCreate")


@_attrs_define
class DeflectionCreate:
    """
    Attributes:
        article_id (UUID):
    """

    article_id: UUID

    def to_dict(self) -> dict[str, Any]:
        article_id = str(self.article_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "article_id": article_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = UUID(d.pop("article_id"))

        deflection_create = cls(
            article_id=article_id,
        )

        return deflection_create
