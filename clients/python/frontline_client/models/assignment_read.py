from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_kind import AssignmentKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignmentRead")


@_attrs_define
class AssignmentRead:
    """
    Attributes:
        cancelled_at (datetime.datetime | None):
        id (UUID):
        kind (AssignmentKind):
        transfer_id (None | UUID):
        unit_id (UUID):
        valid_from (datetime.date):
        valid_to (datetime.date | None):
        unit_local_name (None | str | Unset): In Chinese characters, if recorded
        unit_name (None | str | Unset):
    """

    cancelled_at: datetime.datetime | None
    id: UUID
    kind: AssignmentKind
    transfer_id: None | UUID
    unit_id: UUID
    valid_from: datetime.date
    valid_to: datetime.date | None
    unit_local_name: None | str | Unset = UNSET
    unit_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        id = str(self.id)

        kind = self.kind.value

        transfer_id: None | str
        if isinstance(self.transfer_id, UUID):
            transfer_id = str(self.transfer_id)
        else:
            transfer_id = self.transfer_id

        unit_id = str(self.unit_id)

        valid_from = self.valid_from.isoformat()

        valid_to: None | str
        if isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        unit_local_name: None | str | Unset
        if isinstance(self.unit_local_name, Unset):
            unit_local_name = UNSET
        else:
            unit_local_name = self.unit_local_name

        unit_name: None | str | Unset
        if isinstance(self.unit_name, Unset):
            unit_name = UNSET
        else:
            unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelled_at": cancelled_at,
                "id": id,
                "kind": kind,
                "transfer_id": transfer_id,
                "unit_id": unit_id,
                "valid_from": valid_from,
                "valid_to": valid_to,
            }
        )
        if unit_local_name is not UNSET:
            field_dict["unit_local_name"] = unit_local_name
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        id = UUID(d.pop("id"))

        kind = AssignmentKind(d.pop("kind"))

        def _parse_transfer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transfer_id_type_0 = UUID(data)

                return transfer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        transfer_id = _parse_transfer_id(d.pop("transfer_id"))

        unit_id = UUID(d.pop("unit_id"))

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        def _parse_valid_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.date.fromisoformat(data)

                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_to = _parse_valid_to(d.pop("valid_to"))

        def _parse_unit_local_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_local_name = _parse_unit_local_name(d.pop("unit_local_name", UNSET))

        def _parse_unit_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_name = _parse_unit_name(d.pop("unit_name", UNSET))

        assignment_read = cls(
            cancelled_at=cancelled_at,
            id=id,
            kind=kind,
            transfer_id=transfer_id,
            unit_id=unit_id,
            valid_from=valid_from,
            valid_to=valid_to,
            unit_local_name=unit_local_name,
            unit_name=unit_name,
        )

        assignment_read.additional_properties = d
        return assignment_read

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
