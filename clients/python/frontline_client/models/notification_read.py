from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotificationRead")


@_attrs_define
class NotificationRead:
    """
    Attributes:
        body (str): In the reader's language
        created_at (datetime.datetime):
        id (UUID):
        kind (str): Stable key of the notification kind (see GET /me/notification-preferences)
        read_at (datetime.datetime | None):
        seq (int):
        subject_id (None | str): The id of what it is about, to open it in the app
        subject_type (None | str): What it is about: ticket, transfer, clock_in, pool, ...
        title (str): In the reader's language
    """

    body: str
    created_at: datetime.datetime
    id: UUID
    kind: str
    read_at: datetime.datetime | None
    seq: int
    subject_id: None | str
    subject_type: None | str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        created_at = self.created_at.isoformat()

        id = str(self.id)

        kind = self.kind

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        seq = self.seq

        subject_id: None | str
        subject_id = self.subject_id

        subject_type: None | str
        subject_type = self.subject_type

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "created_at": created_at,
                "id": id,
                "kind": kind,
                "read_at": read_at,
                "seq": seq,
                "subject_id": subject_id,
                "subject_type": subject_type,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        seq = d.pop("seq")

        def _parse_subject_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_id = _parse_subject_id(d.pop("subject_id"))

        def _parse_subject_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_type = _parse_subject_type(d.pop("subject_type"))

        title = d.pop("title")

        notification_read = cls(
            body=body,
            created_at=created_at,
            id=id,
            kind=kind,
            read_at=read_at,
            seq=seq,
            subject_id=subject_id,
            subject_type=subject_type,
            title=title,
        )

        notification_read.additional_properties = d
        return notification_read

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
