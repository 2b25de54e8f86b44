from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category

T = TypeVar("T", bound="ConsentRead")


@_attrs_define
class ConsentRead:
    """
    Attributes:
        category (Category): Each part of the profile is consented to, stored, exported and withdrawn on its own. Health
            (pregnancy, nursing) and minors' data (children) are sensitive personal information under PIPL.
        given_at (datetime.datetime):
    """

    category: Category
    given_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        given_at = self.given_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "given_at": given_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = Category(d.pop("category"))

        given_at = datetime.datetime.fromisoformat(d.pop("given_at"))

        consent_read = cls(
            category=category,
            given_at=given_at,
        )

        consent_read.additional_properties = d
        return consent_read

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
