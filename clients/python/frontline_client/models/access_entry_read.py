from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category

T = TypeVar("T", bound="AccessEntryRead")


@_attrs_define
class AccessEntryRead:
    """
    Attributes:
        categories (list[Category]):
        id (int):
        purpose (str):
        read_at (datetime.datetime):
        reader_account_id (None | UUID):
        reader_name (str):
    """

    categories: list[Category]
    id: int
    purpose: str
    read_at: datetime.datetime
    reader_account_id: None | UUID
    reader_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.value
            categories.append(categories_item)

        id = self.id

        purpose = self.purpose

        read_at = self.read_at.isoformat()

        reader_account_id: None | str
        if isinstance(self.reader_account_id, UUID):
            reader_account_id = str(self.reader_account_id)
        else:
            reader_account_id = self.reader_account_id

        reader_name = self.reader_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "id": id,
                "purpose": purpose,
                "read_at": read_at,
                "reader_account_id": reader_account_id,
                "reader_name": reader_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = Category(categories_item_data)

            categories.append(categories_item)

        id = d.pop("id")

        purpose = d.pop("purpose")

        read_at = datetime.datetime.fromisoformat(d.pop("read_at"))

        def _parse_reader_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reader_account_id_type_0 = UUID(data)

                return reader_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        reader_account_id = _parse_reader_account_id(d.pop("reader_account_id"))

        reader_name = d.pop("reader_name")

        access_entry_read = cls(
            categories=categories,
            id=id,
            purpose=purpose,
            read_at=read_at,
            reader_account_id=reader_account_id,
            reader_name=reader_name,
        )

        access_entry_read.additional_properties = d
        return access_entry_read

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
