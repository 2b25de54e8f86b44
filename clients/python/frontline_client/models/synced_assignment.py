from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_kind import AssignmentKind

T = TypeVar("T", bound="SyncedAssignment")


@_attrs_define
class SyncedAssignment:
    """
    Attributes:
        cancelled_at (datetime.datetime | None): Set when the assignment was cancelled; it never took effect
        created_at (datetime.datetime):
        employee_id (UUID):
        employee_no (str):
        id (UUID):
        kind (AssignmentKind):
        transfer_id (None | UUID): The transfer request that created it, if any
        unit_code (str):
        unit_id (UUID):
        updated_at (datetime.datetime):
        valid_from (datetime.date): The first day the person works at the unit (inclusive)
        valid_to (datetime.date | None): Exclusive end: the first day the person is no longer at the unit, so the last
            day worked there is the day before (a secondment ending on 31 May has valid_to 1 June); null while open-ended (a
            permanent transfer)
    """

    cancelled_at: datetime.datetime | None
    created_at: datetime.datetime
    employee_id: UUID
    employee_no: str
    id: UUID
    kind: AssignmentKind
    transfer_id: None | UUID
    unit_code: str
    unit_id: UUID
    updated_at: datetime.datetime
    valid_from: datetime.date
    valid_to: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        created_at = self.created_at.isoformat()

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        id = str(self.id)

        kind = self.kind.value

        transfer_id: None | str
        if isinstance(self.transfer_id, UUID):
            transfer_id = str(self.transfer_id)
        else:
            transfer_id = self.transfer_id

        unit_code = self.unit_code

        unit_id = str(self.unit_id)

        updated_at = self.updated_at.isoformat()

        valid_from = self.valid_from.isoformat()

        valid_to: None | str
        if isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelled_at": cancelled_at,
                "created_at": created_at,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "id": id,
                "kind": kind,
                "transfer_id": transfer_id,
                "unit_code": unit_code,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "valid_from": valid_from,
                "valid_to": valid_to,
            }
        )

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

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

        unit_code = d.pop("unit_code")

        unit_id = UUID(d.pop("unit_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        synced_assignment = cls(
            cancelled_at=cancelled_at,
            created_at=created_at,
            employee_id=employee_id,
            employee_no=employee_no,
            id=id,
            kind=kind,
            transfer_id=transfer_id,
            unit_code=unit_code,
            unit_id=unit_id,
            updated_at=updated_at,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        synced_assignment.additional_properties = d
        return synced_assignment

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
