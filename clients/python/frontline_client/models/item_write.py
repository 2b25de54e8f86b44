from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.item_kind import ItemKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemWrite")


@_attrs_define
class ItemWrite:
    """
    Attributes:
        kind (ItemKind):
        name (str):
        price (int): Points it costs
        stock (int): How many are left to redeem
        active (bool | Unset):  Default: True.
        description (None | str | Unset):
        local_name (None | str | Unset):
        version (int | None | Unset): The version read, when changing an item
    """

    kind: ItemKind
    name: str
    price: int
    stock: int
    active: bool | Unset = True
    description: None | str | Unset = UNSET
    local_name: None | str | Unset = UNSET
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        price = self.price

        stock = self.stock

        active = self.active

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        local_name: None | str | Unset
        if isinstance(self.local_name, Unset):
            local_name = UNSET
        else:
            local_name = self.local_name

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "price": price,
                "stock": stock,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description
        if local_name is not UNSET:
            field_dict["local_name"] = local_name
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ItemKind(d.pop("kind"))

        name = d.pop("name")

        price = d.pop("price")

        stock = d.pop("stock")

        active = d.pop("active", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_local_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_name = _parse_local_name(d.pop("local_name", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        item_write = cls(
            kind=kind,
            name=name,
            price=price,
            stock=stock,
            active=active,
            description=description,
            local_name=local_name,
            version=version,
        )

        return item_write
