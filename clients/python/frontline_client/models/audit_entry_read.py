from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_entry_read_changes import AuditEntryReadChanges


T = TypeVar("T", bound="AuditEntryRead")


@_attrs_define
class AuditEntryRead:
    """
    Attributes:
        action (str):
        actor_id (None | UUID):
        actor_kind (str):
        changes (AuditEntryReadChanges):
        entity_id (str):
        entity_type (str):
        id (int):
        occurred_at (datetime.datetime):
        request_id (None | str):
    """

    action: str
    actor_id: None | UUID
    actor_kind: str
    changes: AuditEntryReadChanges
    entity_id: str
    entity_type: str
    id: int
    occurred_at: datetime.datetime
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        actor_kind = self.actor_kind

        changes = self.changes.to_dict()

        entity_id = self.entity_id

        entity_type = self.entity_type

        id = self.id

        occurred_at = self.occurred_at.isoformat()

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor_id": actor_id,
                "actor_kind": actor_kind,
                "changes": changes,
                "entity_id": entity_id,
                "entity_type": entity_type,
                "id": id,
                "occurred_at": occurred_at,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_read_changes import AuditEntryReadChanges  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        actor_kind = d.pop("actor_kind")

        changes = AuditEntryReadChanges.from_dict(d.pop("changes"))

        entity_id = d.pop("entity_id")

        entity_type = d.pop("entity_type")

        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        audit_entry_read = cls(
            action=action,
            actor_id=actor_id,
            actor_kind=actor_kind,
            changes=changes,
            entity_id=entity_id,
            entity_type=entity_type,
            id=id,
            occurred_at=occurred_at,
            request_id=request_id,
        )

        audit_entry_read.additional_properties = d
        return audit_entry_read

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
