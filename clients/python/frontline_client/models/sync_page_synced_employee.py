from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.synced_employee import SyncedEmployee


T = TypeVar("T", bound="SyncPageSyncedEmployee")


@_attrs_define
class SyncPageSyncedEmployee:
    """
    Attributes:
        has_more (bool): More changes are ready now: ask again at once rather than waiting
        items (list[SyncedEmployee]):
        next_cursor (str): Always present: the position after the last row of this page (or, on an empty page, the
            position asked from). Store it and pass it as `cursor` to get the changes made since; it never skips or repeats
            a change.
    """

    has_more: bool
    items: list[SyncedEmployee]
    next_cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
                "items": items,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synced_employee import SyncedEmployee  # noqa: PLC0415

        d = dict(src_dict)
        has_more = d.pop("has_more")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SyncedEmployee.from_dict(items_item_data)

            items.append(items_item)

        next_cursor = d.pop("next_cursor")

        sync_page_synced_employee = cls(
            has_more=has_more,
            items=items,
            next_cursor=next_cursor,
        )

        sync_page_synced_employee.additional_properties = d
        return sync_page_synced_employee

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
