from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_read_data import EventReadData


T = TypeVar("T", bound="EventRead")


@_attrs_define
class EventRead:
    """
    Attributes:
        actor_account_id (None | UUID):
        body (None | str):
        data (EventReadData):
        id (int):
        internal (bool):
        kind (EventKind):
        occurred_at (datetime.datetime):
        actor_name (None | str | Unset): The actor's full name; none for the system or an account that is not a person
    """

    actor_account_id: None | UUID
    body: None | str
    data: EventReadData
    id: int
    internal: bool
    kind: EventKind
    occurred_at: datetime.datetime
    actor_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_account_id: None | str
        if isinstance(self.actor_account_id, UUID):
            actor_account_id = str(self.actor_account_id)
        else:
            actor_account_id = self.actor_account_id

        body: None | str
        body = self.body

        data = self.data.to_dict()

        id = self.id

        internal = self.internal

        kind = self.kind.value

        occurred_at = self.occurred_at.isoformat()

        actor_name: None | str | Unset
        if isinstance(self.actor_name, Unset):
            actor_name = UNSET
        else:
            actor_name = self.actor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_account_id": actor_account_id,
                "body": body,
                "data": data,
                "id": id,
                "internal": internal,
                "kind": kind,
                "occurred_at": occurred_at,
            }
        )
        if actor_name is not UNSET:
            field_dict["actor_name"] = actor_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_read_data import EventReadData  # noqa: PLC0415

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

        def _parse_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body = _parse_body(d.pop("body"))

        data = EventReadData.from_dict(d.pop("data"))

        id = d.pop("id")

        internal = d.pop("internal")

        kind = EventKind(d.pop("kind"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_actor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_name = _parse_actor_name(d.pop("actor_name", UNSET))

        event_read = cls(
            actor_account_id=actor_account_id,
            body=body,
            data=data,
            id=id,
            internal=internal,
            kind=kind,
            occurred_at=occurred_at,
            actor_name=actor_name,
        )

        event_read.additional_properties = d
        return event_read

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
