from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.swap_status import SwapStatus

T = TypeVar("T", bound="ShiftSwapRead")


@_attrs_define
class ShiftSwapRead:
    """
    Attributes:
        code (str):
        comment (None | str):
        created_at (datetime.datetime):
        day (datetime.date):
        ends_at (datetime.datetime):
        id (UUID):
        name (str):
        note (None | str):
        offered_by (UUID):
        offered_by_name (str):
        starts_at (datetime.datetime):
        status (SwapStatus):
        store_id (UUID):
        store_name (str):
        taken_by (None | UUID):
        taken_by_name (None | str):
        template_id (UUID):
        time_zone (str):
        version (int):
    """

    code: str
    comment: None | str
    created_at: datetime.datetime
    day: datetime.date
    ends_at: datetime.datetime
    id: UUID
    name: str
    note: None | str
    offered_by: UUID
    offered_by_name: str
    starts_at: datetime.datetime
    status: SwapStatus
    store_id: UUID
    store_name: str
    taken_by: None | UUID
    taken_by_name: None | str
    template_id: UUID
    time_zone: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        comment: None | str
        comment = self.comment

        created_at = self.created_at.isoformat()

        day = self.day.isoformat()

        ends_at = self.ends_at.isoformat()

        id = str(self.id)

        name = self.name

        note: None | str
        note = self.note

        offered_by = str(self.offered_by)

        offered_by_name = self.offered_by_name

        starts_at = self.starts_at.isoformat()

        status = self.status.value

        store_id = str(self.store_id)

        store_name = self.store_name

        taken_by: None | str
        if isinstance(self.taken_by, UUID):
            taken_by = str(self.taken_by)
        else:
            taken_by = self.taken_by

        taken_by_name: None | str
        taken_by_name = self.taken_by_name

        template_id = str(self.template_id)

        time_zone = self.time_zone

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "comment": comment,
                "created_at": created_at,
                "day": day,
                "ends_at": ends_at,
                "id": id,
                "name": name,
                "note": note,
                "offered_by": offered_by,
                "offered_by_name": offered_by_name,
                "starts_at": starts_at,
                "status": status,
                "store_id": store_id,
                "store_name": store_name,
                "taken_by": taken_by,
                "taken_by_name": taken_by_name,
                "template_id": template_id,
                "time_zone": time_zone,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        day = datetime.date.fromisoformat(d.pop("day"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        offered_by = UUID(d.pop("offered_by"))

        offered_by_name = d.pop("offered_by_name")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        status = SwapStatus(d.pop("status"))

        store_id = UUID(d.pop("store_id"))

        store_name = d.pop("store_name")

        def _parse_taken_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taken_by_type_0 = UUID(data)

                return taken_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        taken_by = _parse_taken_by(d.pop("taken_by"))

        def _parse_taken_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        taken_by_name = _parse_taken_by_name(d.pop("taken_by_name"))

        template_id = UUID(d.pop("template_id"))

        time_zone = d.pop("time_zone")

        version = d.pop("version")

        shift_swap_read = cls(
            code=code,
            comment=comment,
            created_at=created_at,
            day=day,
            ends_at=ends_at,
            id=id,
            name=name,
            note=note,
            offered_by=offered_by,
            offered_by_name=offered_by_name,
            starts_at=starts_at,
            status=status,
            store_id=store_id,
            store_name=store_name,
            taken_by=taken_by,
            taken_by_name=taken_by_name,
            template_id=template_id,
            time_zone=time_zone,
            version=version,
        )

        shift_swap_read.additional_properties = d
        return shift_swap_read

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
