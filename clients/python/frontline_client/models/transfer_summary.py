from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_kind import TransferKind
from ..models.transfer_status import TransferStatus

T = TypeVar("T", bound="TransferSummary")


@_attrs_define
class TransferSummary:
    """
    Attributes:
        current_step_name (None | str):
        destination_unit_id (UUID):
        destination_unit_local_name (None | str): In Chinese characters, if recorded
        destination_unit_name (str):
        employee_id (UUID):
        employee_name (str):
        end_date (datetime.date | None):
        id (UUID):
        kind (TransferKind):
        origin_unit_id (UUID): The employee's home unit, which a transfer never rewrites
        origin_unit_local_name (None | str): In Chinese characters, if recorded
        origin_unit_name (str):
        start_date (datetime.date):
        status (TransferStatus):
        submitted_at (datetime.datetime):
        waiting_since (datetime.datetime | None):
    """

    current_step_name: None | str
    destination_unit_id: UUID
    destination_unit_local_name: None | str
    destination_unit_name: str
    employee_id: UUID
    employee_name: str
    end_date: datetime.date | None
    id: UUID
    kind: TransferKind
    origin_unit_id: UUID
    origin_unit_local_name: None | str
    origin_unit_name: str
    start_date: datetime.date
    status: TransferStatus
    submitted_at: datetime.datetime
    waiting_since: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_step_name: None | str
        current_step_name = self.current_step_name

        destination_unit_id = str(self.destination_unit_id)

        destination_unit_local_name: None | str
        destination_unit_local_name = self.destination_unit_local_name

        destination_unit_name = self.destination_unit_name

        employee_id = str(self.employee_id)

        employee_name = self.employee_name

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        id = str(self.id)

        kind = self.kind.value

        origin_unit_id = str(self.origin_unit_id)

        origin_unit_local_name: None | str
        origin_unit_local_name = self.origin_unit_local_name

        origin_unit_name = self.origin_unit_name

        start_date = self.start_date.isoformat()

        status = self.status.value

        submitted_at = self.submitted_at.isoformat()

        waiting_since: None | str
        if isinstance(self.waiting_since, datetime.datetime):
            waiting_since = self.waiting_since.isoformat()
        else:
            waiting_since = self.waiting_since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_step_name": current_step_name,
                "destination_unit_id": destination_unit_id,
                "destination_unit_local_name": destination_unit_local_name,
                "destination_unit_name": destination_unit_name,
                "employee_id": employee_id,
                "employee_name": employee_name,
                "end_date": end_date,
                "id": id,
                "kind": kind,
                "origin_unit_id": origin_unit_id,
                "origin_unit_local_name": origin_unit_local_name,
                "origin_unit_name": origin_unit_name,
                "start_date": start_date,
                "status": status,
                "submitted_at": submitted_at,
                "waiting_since": waiting_since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_current_step_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        current_step_name = _parse_current_step_name(d.pop("current_step_name"))

        destination_unit_id = UUID(d.pop("destination_unit_id"))

        def _parse_destination_unit_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination_unit_local_name = _parse_destination_unit_local_name(d.pop("destination_unit_local_name"))

        destination_unit_name = d.pop("destination_unit_name")

        employee_id = UUID(d.pop("employee_id"))

        employee_name = d.pop("employee_name")

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

        origin_unit_id = UUID(d.pop("origin_unit_id"))

        def _parse_origin_unit_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin_unit_local_name = _parse_origin_unit_local_name(d.pop("origin_unit_local_name"))

        origin_unit_name = d.pop("origin_unit_name")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        status = TransferStatus(d.pop("status"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        def _parse_waiting_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                waiting_since_type_0 = datetime.datetime.fromisoformat(data)

                return waiting_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        waiting_since = _parse_waiting_since(d.pop("waiting_since"))

        transfer_summary = cls(
            current_step_name=current_step_name,
            destination_unit_id=destination_unit_id,
            destination_unit_local_name=destination_unit_local_name,
            destination_unit_name=destination_unit_name,
            employee_id=employee_id,
            employee_name=employee_name,
            end_date=end_date,
            id=id,
            kind=kind,
            origin_unit_id=origin_unit_id,
            origin_unit_local_name=origin_unit_local_name,
            origin_unit_name=origin_unit_name,
            start_date=start_date,
            status=status,
            submitted_at=submitted_at,
            waiting_since=waiting_since,
        )

        transfer_summary.additional_properties = d
        return transfer_summary

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
