from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.transfer_kind import TransferKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferCreate")


@_attrs_define
class TransferCreate:
    """Dates are inclusive days. What each kind needs:
    `secondment`: destination_unit_id, start_date, end_date; `permanent`: destination_unit_id, start_date;
    `early_return`: amends_transfer_id (an approved secondment) and start_date, the first day back;
    `extension`: amends_transfer_id and end_date, the new last day.

        Attributes:
            kind (TransferKind):
            reason (str):
            amends_transfer_id (None | Unset | UUID):
            destination_unit_id (None | Unset | UUID): A store or project
            employee_id (None | Unset | UUID): Defaults to the signed-in employee; HR may name anyone
            end_date (datetime.date | None | Unset):
            notes (None | str | Unset):
            start_date (datetime.date | None | Unset):
    """

    kind: TransferKind
    reason: str
    amends_transfer_id: None | Unset | UUID = UNSET
    destination_unit_id: None | Unset | UUID = UNSET
    employee_id: None | Unset | UUID = UNSET
    end_date: datetime.date | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        reason = self.reason

        amends_transfer_id: None | str | Unset
        if isinstance(self.amends_transfer_id, Unset):
            amends_transfer_id = UNSET
        elif isinstance(self.amends_transfer_id, UUID):
            amends_transfer_id = str(self.amends_transfer_id)
        else:
            amends_transfer_id = self.amends_transfer_id

        destination_unit_id: None | str | Unset
        if isinstance(self.destination_unit_id, Unset):
            destination_unit_id = UNSET
        elif isinstance(self.destination_unit_id, UUID):
            destination_unit_id = str(self.destination_unit_id)
        else:
            destination_unit_id = self.destination_unit_id

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "reason": reason,
            }
        )
        if amends_transfer_id is not UNSET:
            field_dict["amends_transfer_id"] = amends_transfer_id
        if destination_unit_id is not UNSET:
            field_dict["destination_unit_id"] = destination_unit_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if notes is not UNSET:
            field_dict["notes"] = notes
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = TransferKind(d.pop("kind"))

        reason = d.pop("reason")

        def _parse_amends_transfer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                amends_transfer_id_type_0 = UUID(data)

                return amends_transfer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        amends_transfer_id = _parse_amends_transfer_id(d.pop("amends_transfer_id", UNSET))

        def _parse_destination_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                destination_unit_id_type_0 = UUID(data)

                return destination_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        destination_unit_id = _parse_destination_unit_id(d.pop("destination_unit_id", UNSET))

        def _parse_employee_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        transfer_create = cls(
            kind=kind,
            reason=reason,
            amends_transfer_id=amends_transfer_id,
            destination_unit_id=destination_unit_id,
            employee_id=employee_id,
            end_date=end_date,
            notes=notes,
            start_date=start_date,
        )

        return transfer_create
