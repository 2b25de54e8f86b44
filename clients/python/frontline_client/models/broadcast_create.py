from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience import Audience


T = TypeVar("T", bound="BroadcastCreate")


@_attrs_define
class BroadcastCreate:
    """
    Attributes:
        audiences (list[Audience]):
        body (str):
        title (str):
        requires_ack (bool | Unset): Recipients confirm they read and understood it Default: False.
    """

    audiences: list[Audience]
    body: str
    title: str
    requires_ack: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.to_dict()
            audiences.append(audiences_item)

        body = self.body

        title = self.title

        requires_ack = self.requires_ack

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audiences": audiences,
                "body": body,
                "title": title,
            }
        )
        if requires_ack is not UNSET:
            field_dict["requires_ack"] = requires_ack

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience import Audience  # noqa: PLC0415

        d = dict(src_dict)
        audiences = []
        _audiences = d.pop("audiences")
        for audiences_item_data in _audiences:
            audiences_item = Audience.from_dict(audiences_item_data)

            audiences.append(audiences_item)

        body = d.pop("body")

        title = d.pop("title")

        requires_ack = d.pop("requires_ack", UNSET)

        broadcast_create = cls(
            audiences=audiences,
            body=body,
            title=title,
            requires_ack=requires_ack,
        )

        return broadcast_create
