from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus

if TYPE_CHECKING:
    from ..models.clock_view import ClockView


T = TypeVar("T", bound="TicketRead")


@_attrs_define
class TicketRead:
    """
    Attributes:
        assignee_account_id (None | UUID):
        business_hours (bool):
        category (str):
        closed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        department_id (UUID):
        description (str):
        first_response (ClockView):
        id (UUID):
        paused_minutes (int):
        priority (TicketPriority):
        rating (int | None):
        rating_comment (None | str):
        reopen_count (int):
        requester_employee_id (UUID):
        resolution (ClockView):
        resolved_at (datetime.datetime | None):
        status (TicketStatus):
        store_id (None | UUID): None for a ticket raised by head-office staff at no store
        time_zone (str): The store's IANA time zone (for a ticket at no store, the owning department's): the zone of the
            clocks' `due_at_local`
        title (str):
        updated_at (datetime.datetime):
    """

    assignee_account_id: None | UUID
    business_hours: bool
    category: str
    closed_at: datetime.datetime | None
    created_at: datetime.datetime
    department_id: UUID
    description: str
    first_response: ClockView
    id: UUID
    paused_minutes: int
    priority: TicketPriority
    rating: int | None
    rating_comment: None | str
    reopen_count: int
    requester_employee_id: UUID
    resolution: ClockView
    resolved_at: datetime.datetime | None
    status: TicketStatus
    store_id: None | UUID
    time_zone: str
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee_account_id: None | str
        if isinstance(self.assignee_account_id, UUID):
            assignee_account_id = str(self.assignee_account_id)
        else:
            assignee_account_id = self.assignee_account_id

        business_hours = self.business_hours

        category = self.category

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        created_at = self.created_at.isoformat()

        department_id = str(self.department_id)

        description = self.description

        first_response = self.first_response.to_dict()

        id = str(self.id)

        paused_minutes = self.paused_minutes

        priority = self.priority.value

        rating: int | None
        rating = self.rating

        rating_comment: None | str
        rating_comment = self.rating_comment

        reopen_count = self.reopen_count

        requester_employee_id = str(self.requester_employee_id)

        resolution = self.resolution.to_dict()

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        status = self.status.value

        store_id: None | str
        if isinstance(self.store_id, UUID):
            store_id = str(self.store_id)
        else:
            store_id = self.store_id

        time_zone = self.time_zone

        title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignee_account_id": assignee_account_id,
                "business_hours": business_hours,
                "category": category,
                "closed_at": closed_at,
                "created_at": created_at,
                "department_id": department_id,
                "description": description,
                "first_response": first_response,
                "id": id,
                "paused_minutes": paused_minutes,
                "priority": priority,
                "rating": rating,
                "rating_comment": rating_comment,
                "reopen_count": reopen_count,
                "requester_employee_id": requester_employee_id,
                "resolution": resolution,
                "resolved_at": resolved_at,
                "status": status,
                "store_id": store_id,
                "time_zone": time_zone,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clock_view import ClockView  # noqa: PLC0415

        d = dict(src_dict)

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

        business_hours = d.pop("business_hours")

        category = d.pop("category")

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        department_id = UUID(d.pop("department_id"))

        description = d.pop("description")

        first_response = ClockView.from_dict(d.pop("first_response"))

        id = UUID(d.pop("id"))

        paused_minutes = d.pop("paused_minutes")

        priority = TicketPriority(d.pop("priority"))

        def _parse_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rating = _parse_rating(d.pop("rating"))

        def _parse_rating_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rating_comment = _parse_rating_comment(d.pop("rating_comment"))

        reopen_count = d.pop("reopen_count")

        requester_employee_id = UUID(d.pop("requester_employee_id"))

        resolution = ClockView.from_dict(d.pop("resolution"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        status = TicketStatus(d.pop("status"))

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

        time_zone = d.pop("time_zone")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        ticket_read = cls(
            assignee_account_id=assignee_account_id,
            business_hours=business_hours,
            category=category,
            closed_at=closed_at,
            created_at=created_at,
            department_id=department_id,
            description=description,
            first_response=first_response,
            id=id,
            paused_minutes=paused_minutes,
            priority=priority,
            rating=rating,
            rating_comment=rating_comment,
            reopen_count=reopen_count,
            requester_employee_id=requester_employee_id,
            resolution=resolution,
            resolved_at=resolved_at,
            status=status,
            store_id=store_id,
            time_zone=time_zone,
            title=title,
            updated_at=updated_at,
        )

        ticket_read.additional_properties = d
        return ticket_read

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
