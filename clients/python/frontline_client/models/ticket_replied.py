from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TicketReplied")


@_attrs_define
class TicketReplied:
    """
    Attributes:
        actor_account_id (None | UUID):
        assignee_account_id (None | UUID):
        by_requester (bool):
        category (str):
        department_id (UUID):
        internal (bool):
        priority (str):
        requester_account_id (UUID):
        status (str):
        store_id (None | UUID):
        ticket_id (UUID):
        title (str):
    """

    actor_account_id: None | UUID
    assignee_account_id: None | UUID
    by_requester: bool
    category: str
    department_id: UUID
    internal: bool
    priority: str
    requester_account_id: UUID
    status: str
    store_id: None | UUID
    ticket_id: UUID
    title: str

    def to_dict(self) -> dict[str, Any]:
        actor_account_id: None | str
        if isinstance(self.actor_account_id, UUID):
            actor_account_id = str(self.actor_account_id)
        else:
            actor_account_id = self.actor_account_id

        assignee_account_id: None | str
        if isinstance(self.assignee_account_id, UUID):
            assignee_account_id = str(self.assignee_account_id)
        else:
            assignee_account_id = self.assignee_account_id

        by_requester = self.by_requester

        category = self.category

        department_id = str(self.department_id)

        internal = self.internal

        priority = self.priority

        requester_account_id = str(self.requester_account_id)

        status = self.status

        store_id: None | str
        if isinstance(self.store_id, UUID):
            store_id = str(self.store_id)
        else:
            store_id = self.store_id

        ticket_id = str(self.ticket_id)

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actor_account_id": actor_account_id,
                "assignee_account_id": assignee_account_id,
                "by_requester": by_requester,
                "category": category,
                "department_id": department_id,
                "internal": internal,
                "priority": priority,
                "requester_account_id": requester_account_id,
                "status": status,
                "store_id": store_id,
                "ticket_id": ticket_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_actor_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_account_id_type_0 = UUID(data)

                return actor_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_account_id = _parse_actor_account_id(d.pop("actor_account_id"))

        def _parse_assignee_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_account_id_type_0 = UUID(data)

                return assignee_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assignee_account_id = _parse_assignee_account_id(d.pop("assignee_account_id"))

        by_requester = d.pop("by_requester")

        category = d.pop("category")

        department_id = UUID(d.pop("department_id"))

        internal = d.pop("internal")

        priority = d.pop("priority")

        requester_account_id = UUID(d.pop("requester_account_id"))

        status = d.pop("status")

        def _parse_store_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                store_id_type_0 = UUID(data)

                return store_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        store_id = _parse_store_id(d.pop("store_id"))

        ticket_id = UUID(d.pop("ticket_id"))

        title = d.pop("title")

        ticket_replied = cls(
            actor_account_id=actor_account_id,
            assignee_account_id=assignee_account_id,
            by_requester=by_requester,
            category=category,
            department_id=department_id,
            internal=internal,
            priority=priority,
            requester_account_id=requester_account_id,
            status=status,
            store_id=store_id,
            ticket_id=ticket_id,
            title=title,
        )

        return ticket_replied
