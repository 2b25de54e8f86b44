from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.broadcast_status import BroadcastStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_read import AudienceRead


T = TypeVar("T", bound="BroadcastRead")


@_attrs_define
class BroadcastRead:
    """
    Attributes:
        audiences (list[AudienceRead]):
        body (str):
        created_at (datetime.datetime):
        id (UUID):
        published_at (datetime.datetime | None):
        recipient_count (int):
        requires_ack (bool):
        status (BroadcastStatus):
        title (str):
        version (int):
        acknowledged_at (datetime.datetime | None | Unset): When I acknowledged it (recipients)
        read_at (datetime.datetime | None | Unset): When I read it (recipients)
    """

    audiences: list[AudienceRead]
    body: str
    created_at: datetime.datetime
    id: UUID
    published_at: datetime.datetime | None
    recipient_count: int
    requires_ack: bool
    status: BroadcastStatus
    title: str
    version: int
    acknowledged_at: datetime.datetime | None | Unset = UNSET
    read_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.to_dict()
            audiences.append(audiences_item)

        body = self.body

        created_at = self.created_at.isoformat()

        id = str(self.id)

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        recipient_count = self.recipient_count

        requires_ack = self.requires_ack

        status = self.status.value

        title = self.title

        version = self.version

        acknowledged_at: None | str | Unset
        if isinstance(self.acknowledged_at, Unset):
            acknowledged_at = UNSET
        elif isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        read_at: None | str | Unset
        if isinstance(self.read_at, Unset):
            read_at = UNSET
        elif isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audiences": audiences,
                "body": body,
                "created_at": created_at,
                "id": id,
                "published_at": published_at,
                "recipient_count": recipient_count,
                "requires_ack": requires_ack,
                "status": status,
                "title": title,
                "version": version,
            }
        )
        if acknowledged_at is not UNSET:
            field_dict["acknowledged_at"] = acknowledged_at
        if read_at is not UNSET:
            field_dict["read_at"] = read_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_read import AudienceRead  # noqa: PLC0415

        d = dict(src_dict)
        audiences = []
        _audiences = d.pop("audiences")
        for audiences_item_data in _audiences:
            audiences_item = AudienceRead.from_dict(audiences_item_data)

            audiences.append(audiences_item)

        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        recipient_count = d.pop("recipient_count")

        requires_ack = d.pop("requires_ack")

        status = BroadcastStatus(d.pop("status"))

        title = d.pop("title")

        version = d.pop("version")

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at", UNSET))

        def _parse_read_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        read_at = _parse_read_at(d.pop("read_at", UNSET))

        broadcast_read = cls(
            audiences=audiences,
            body=body,
            created_at=created_at,
            id=id,
            published_at=published_at,
            recipient_count=recipient_count,
            requires_ack=requires_ack,
            status=status,
            title=title,
            version=version,
            acknowledged_at=acknowledged_at,
            read_at=read_at,
        )

        broadcast_read.additional_properties = d
        return broadcast_read

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
