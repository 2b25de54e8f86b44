from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.ticket_priority import TicketPriority
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCreate")


@_attrs_define
class TicketCreate:
    """
    Attributes:
        category (str):
        description (str):
        title (str):
        priority (TicketPriority | Unset):
        store_id (None | Unset | UUID): A store or project the requester works at today (home unit or an assignment in
            force); defaults to where she works today, and to none for head-office staff at no store
    """

    category: str
    description: str
    title: str
    priority: TicketPriority | Unset = UNSET
    store_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        description = self.description

        title = self.title

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        store_id: None | str | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        elif isinstance(self.store_id, UUID):
            store_id = str(self.store_id)
        else:
            store_id = self.store_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "description": description,
                "title": title,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority
        if store_id is not UNSET:
            field_dict["store_id"] = store_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        description = d.pop("description")

        title = d.pop("title")

        _priority = d.pop("priority", UNSET)
        priority: TicketPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TicketPriority(_priority)

        def _parse_store_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                store_id_type_0 = UUID(data)

                return store_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        ticket_create = cls(
            category=category,
            description=description,
            title=title,
            priority=priority,
            store_id=store_id,
        )

        return ticket_create
