from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferDecided")


@_attrs_define
class TransferDecided:
    """
    Attributes:
        actor_account_id (None | UUID):
        current_step (int | None):
        decision (str):
        destination_unit_id (UUID):
        employee_id (UUID):
        end_date (datetime.date | None):
        kind (str):
        requested_by (UUID):
        start_date (datetime.date):
        status (str):
        step (int):
        step_name (str):
        transfer_id (UUID):
        escalated_to_hr (bool | Unset):  Default: False.
    """

    actor_account_id: None | UUID
    current_step: int | None
    decision: str
    destination_unit_id: UUID
    employee_id: UUID
    end_date: datetime.date | None
    kind: str
    requested_by: UUID
    start_date: datetime.date
    status: str
    step: int
    step_name: str
    transfer_id: UUID
    escalated_to_hr: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        actor_account_id: None | str
        if isinstance(self.actor_account_id, UUID):
            actor_account_id = str(self.actor_account_id)
        else:
            actor_account_id = self.actor_account_id

        current_step: int | None
        current_step = self.current_step

        decision = self.decision

        destination_unit_id = str(self.destination_unit_id)

        employee_id = str(self.employee_id)

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        kind = self.kind

        requested_by = str(self.requested_by)

        start_date = self.start_date.isoformat()

        status = self.status

        step = self.step

        step_name = self.step_name

        transfer_id = str(self.transfer_id)

        escalated_to_hr = self.escalated_to_hr

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actor_account_id": actor_account_id,
                "current_step": current_step,
                "decision": decision,
                "destination_unit_id": destination_unit_id,
                "employee_id": employee_id,
                "end_date": end_date,
                "kind": kind,
                "requested_by": requested_by,
                "start_date": start_date,
                "status": status,
                "step": step,
                "step_name": step_name,
                "transfer_id": transfer_id,
            }
        )
        if escalated_to_hr is not UNSET:
            field_dict["escalated_to_hr"] = escalated_to_hr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_actor_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_account_id_type_0 = UUID(data)

                return actor_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_account_id = _parse_actor_account_id(d.pop("actor_account_id"))

        def _parse_current_step(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        current_step = _parse_current_step(d.pop("current_step"))

        decision = d.pop("decision")

        destination_unit_id = UUID(d.pop("destination_unit_id"))

        employee_id = UUID(d.pop("employee_id"))

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

        kind = d.pop("kind")

        requested_by = UUID(d.pop("requested_by"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        status = d.pop("status")

        step = d.pop("step")

        step_name = d.pop("step_name")

        transfer_id = UUID(d.pop("transfer_id"))

        escalated_to_hr = d.pop("escalated_to_hr", UNSET)

        transfer_decided = cls(
            actor_account_id=actor_account_id,
            current_step=current_step,
            decision=decision,
            destination_unit_id=destination_unit_id,
            employee_id=employee_id,
            end_date=end_date,
            kind=kind,
            requested_by=requested_by,
            start_date=start_date,
            status=status,
            step=step,
            step_name=step_name,
            transfer_id=transfer_id,
            escalated_to_hr=escalated_to_hr,
        )

        return transfer_decided
