from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_kind import ItemKind

T = TypeVar("T", bound="ItemRead")


@_attrs_define
class ItemRead:
    """
    Attributes:
        active (bool):
        code (str):
        description (None | str):
        kind (ItemKind):
        local_name (None | str):
        name (str):
        price (int):
        stock (int):
        updated_at (datetime.datetime):
        version (int):
    """

    active: bool
    code: str
    description: None | str
    kind: ItemKind
    local_name: None | str
    name: str
    price: int
    stock: int
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        code = self.code

        description: None | str
        description = self.description

        kind = self.kind.value

        local_name: None | str
        local_name = self.local_name

        name = self.name

        price = self.price

        stock = self.stock

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "code": code,
                "description": description,
                "kind": kind,
                "local_name": local_name,
                "name": name,
                "price": price,
                "stock": stock,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        code = d.pop("code")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        kind = ItemKind(d.pop("kind"))

        def _parse_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_name = _parse_local_name(d.pop("local_name"))

        name = d.pop("name")

        price = d.pop("price")

        stock = d.pop("stock")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        item_read = cls(
            active=active,
            code=code,
            description=description,
            kind=kind,
            local_name=local_name,
            name=name,
            price=price,
            stock=stock,
            updated_at=updated_at,
            version=version,
        )

        item_read.additional_properties = d
        return item_read

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
