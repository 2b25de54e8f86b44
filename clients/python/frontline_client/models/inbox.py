from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.arrangement_read import ArrangementRead
    from ..models.transfer_summary import TransferSummary


T = TypeVar("T", bound="Inbox")


@_attrs_define
class Inbox:
    """Everything waiting on my decision.

    Attributes:
        items (list[TransferSummary]): Transfer steps waiting on me, oldest first
        arrangements (list[ArrangementRead] | Unset): Flexible arrangement steps waiting on me, oldest first
    """

    items: list[TransferSummary]
    arrangements: list[ArrangementRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        arrangements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.arrangements, Unset):
            arrangements = []
            for arrangements_item_data in self.arrangements:
                arrangements_item = arrangements_item_data.to_dict()
                arrangements.append(arrangements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if arrangements is not UNSET:
            field_dict["arrangements"] = arrangements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.arrangement_read import ArrangementRead  # noqa: PLC0415
        from ..models.transfer_summary import TransferSummary  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TransferSummary.from_dict(items_item_data)

            items.append(items_item)

        _arrangements = d.pop("arrangements", UNSET)
        arrangements: list[ArrangementRead] | Unset = UNSET
        if _arrangements is not UNSET:
            arrangements = []
            for arrangements_item_data in _arrangements:
                arrangements_item = ArrangementRead.from_dict(arrangements_item_data)

                arrangements.append(arrangements_item)

        inbox = cls(
            items=items,
            arrangements=arrangements,
        )

        inbox.additional_properties = d
        return inbox

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
