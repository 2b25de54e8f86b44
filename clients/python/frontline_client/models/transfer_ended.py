from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TransferEnded")


@_attrs_define
class TransferEnded:
    """
    Attributes:
        assignment_id (UUID):
        employee_id (UUID):
        kind (str):
        transfer_id (None | UUID):
        unit_id (UUID):
        valid_from (datetime.date):
        valid_to (datetime.date | None):
    """

    assignment_id: UUID
    employee_id: UUID
    kind: str
    transfer_id: None | UUID
    unit_id: UUID
    valid_from: datetime.date
    valid_to: datetime.date | None

    def to_dict(self) -> dict[str, Any]:
        assignment_id = str(self.assignment_id)

        employee_id = str(self.employee_id)

        kind = self.kind

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assignment_id": assignment_id,
                "employee_id": employee_id,
                "kind": kind,
                "transfer_id": transfer_id,
                "unit_id": unit_id,
                "valid_from": valid_from,
                "valid_to": valid_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignment_id = UUID(d.pop("assignment_id"))

        employee_id = UUID(d.pop("employee_id"))

        kind = d.pop("kind")

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

        transfer_ended = cls(
            assignment_id=assignment_id,
            employee_id=employee_id,
            kind=kind,
            transfer_id=transfer_id,
            unit_id=unit_id,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        return transfer_ended
