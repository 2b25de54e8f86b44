from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_kind import TransferKind
from ..models.transfer_status import TransferStatus

if TYPE_CHECKING:
    from ..models.current_step import CurrentStep
    from ..models.step_view import StepView
    from ..models.trail_entry_read import TrailEntryRead


T = TypeVar("T", bound="TransferRead")


@_attrs_define
class TransferRead:
    """
    Attributes:
        amends_transfer_id (None | UUID):
        current (CurrentStep | None):
        decided_at (datetime.datetime | None):
        destination_unit_id (UUID):
        destination_unit_local_name (None | str): In Chinese characters, if recorded
        destination_unit_name (str):
        employee_id (UUID):
        employee_name (str):
        end_date (datetime.date | None):
        id (UUID):
        kind (TransferKind):
        notes (None | str):
        origin_unit_id (UUID): The employee's home unit, which a transfer never rewrites
        origin_unit_local_name (None | str): In Chinese characters, if recorded
        origin_unit_name (str):
        reason (str):
        requested_by (UUID):
        start_date (datetime.date):
        status (TransferStatus):
        steps (list[StepView]):
        submitted_at (datetime.datetime):
        trail (list[TrailEntryRead]):
        version (int):
    """

    amends_transfer_id: None | UUID
    current: CurrentStep | None
    decided_at: datetime.datetime | None
    destination_unit_id: UUID
    destination_unit_local_name: None | str
    destination_unit_name: str
    employee_id: UUID
    employee_name: str
    end_date: datetime.date | None
    id: UUID
    kind: TransferKind
    notes: None | str
    origin_unit_id: UUID
    origin_unit_local_name: None | str
    origin_unit_name: str
    reason: str
    requested_by: UUID
    start_date: datetime.date
    status: TransferStatus
    steps: list[StepView]
    submitted_at: datetime.datetime
    trail: list[TrailEntryRead]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.current_step import CurrentStep  # noqa: PLC0415

        amends_transfer_id: None | str
        if isinstance(self.amends_transfer_id, UUID):
            amends_transfer_id = str(self.amends_transfer_id)
        else:
            amends_transfer_id = self.amends_transfer_id

        current: dict[str, Any] | None
        if isinstance(self.current, CurrentStep):
            current = self.current.to_dict()
        else:
            current = self.current

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

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

        notes: None | str
        notes = self.notes

        origin_unit_id = str(self.origin_unit_id)

        origin_unit_local_name: None | str
        origin_unit_local_name = self.origin_unit_local_name

        origin_unit_name = self.origin_unit_name

        reason = self.reason

        requested_by = str(self.requested_by)

        start_date = self.start_date.isoformat()

        status = self.status.value

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        submitted_at = self.submitted_at.isoformat()

        trail = []
        for trail_item_data in self.trail:
            trail_item = trail_item_data.to_dict()
            trail.append(trail_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amends_transfer_id": amends_transfer_id,
                "current": current,
                "decided_at": decided_at,
                "destination_unit_id": destination_unit_id,
                "destination_unit_local_name": destination_unit_local_name,
                "destination_unit_name": destination_unit_name,
                "employee_id": employee_id,
                "employee_name": employee_name,
                "end_date": end_date,
                "id": id,
                "kind": kind,
                "notes": notes,
                "origin_unit_id": origin_unit_id,
                "origin_unit_local_name": origin_unit_local_name,
                "origin_unit_name": origin_unit_name,
                "reason": reason,
                "requested_by": requested_by,
                "start_date": start_date,
                "status": status,
                "steps": steps,
                "submitted_at": submitted_at,
                "trail": trail,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.current_step import CurrentStep  # noqa: PLC0415
        from ..models.step_view import StepView  # noqa: PLC0415
        from ..models.trail_entry_read import TrailEntryRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amends_transfer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                amends_transfer_id_type_0 = UUID(data)

                return amends_transfer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        amends_transfer_id = _parse_amends_transfer_id(d.pop("amends_transfer_id"))

        def _parse_current(data: object) -> CurrentStep | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = CurrentStep.from_dict(data)

                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurrentStep | None, data)

        current = _parse_current(d.pop("current"))

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

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        origin_unit_id = UUID(d.pop("origin_unit_id"))

        def _parse_origin_unit_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin_unit_local_name = _parse_origin_unit_local_name(d.pop("origin_unit_local_name"))

        origin_unit_name = d.pop("origin_unit_name")

        reason = d.pop("reason")

        requested_by = UUID(d.pop("requested_by"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        status = TransferStatus(d.pop("status"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = StepView.from_dict(steps_item_data)

            steps.append(steps_item)

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        trail = []
        _trail = d.pop("trail")
        for trail_item_data in _trail:
            trail_item = TrailEntryRead.from_dict(trail_item_data)

            trail.append(trail_item)

        version = d.pop("version")

        transfer_read = cls(
            amends_transfer_id=amends_transfer_id,
            current=current,
            decided_at=decided_at,
            destination_unit_id=destination_unit_id,
            destination_unit_local_name=destination_unit_local_name,
            destination_unit_name=destination_unit_name,
            employee_id=employee_id,
            employee_name=employee_name,
            end_date=end_date,
            id=id,
            kind=kind,
            notes=notes,
            origin_unit_id=origin_unit_id,
            origin_unit_local_name=origin_unit_local_name,
            origin_unit_name=origin_unit_name,
            reason=reason,
            requested_by=requested_by,
            start_date=start_date,
            status=status,
            steps=steps,
            submitted_at=submitted_at,
            trail=trail,
            version=version,
        )

        transfer_read.additional_properties = d
        return transfer_read

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
