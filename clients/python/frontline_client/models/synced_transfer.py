from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_kind import TransferKind
from ..models.transfer_status import TransferStatus

T = TypeVar("T", bound="SyncedTransfer")


@_attrs_define
class SyncedTransfer:
    """
    Attributes:
        created_at (datetime.datetime):
        decided_at (datetime.datetime | None):
        destination_unit_code (str):
        destination_unit_id (UUID):
        employee_id (UUID):
        employee_no (str):
        end_date (datetime.date | None): Last day (inclusive, as people say it); null when open-ended
        id (UUID):
        kind (TransferKind):
        start_date (datetime.date): First day (inclusive)
        status (TransferStatus):
        submitted_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    decided_at: datetime.datetime | None
    destination_unit_code: str
    destination_unit_id: UUID
    employee_id: UUID
    employee_no: str
    end_date: datetime.date | None
    id: UUID
    kind: TransferKind
    start_date: datetime.date
    status: TransferStatus
    submitted_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        destination_unit_code = self.destination_unit_code

        destination_unit_id = str(self.destination_unit_id)

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        id = str(self.id)

        kind = self.kind.value

        start_date = self.start_date.isoformat()

        status = self.status.value

        submitted_at = self.submitted_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "decided_at": decided_at,
                "destination_unit_code": destination_unit_code,
                "destination_unit_id": destination_unit_id,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "end_date": end_date,
                "id": id,
                "kind": kind,
                "start_date": start_date,
                "status": status,
                "submitted_at": submitted_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        destination_unit_code = d.pop("destination_unit_code")

        destination_unit_id = UUID(d.pop("destination_unit_id"))

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        id = UUID(d.pop("id"))

        kind = TransferKind(d.pop("kind"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        status = TransferStatus(d.pop("status"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        synced_transfer = cls(
            created_at=created_at,
            decided_at=decided_at,
            destination_unit_code=destination_unit_code,
            destination_unit_id=destination_unit_id,
            employee_id=employee_id,
            employee_no=employee_no,
            end_date=end_date,
            id=id,
            kind=kind,
            start_date=start_date,
            status=status,
            submitted_at=submitted_at,
            updated_at=updated_at,
        )

        synced_transfer.additional_properties = d
        return synced_transfer

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
