from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.arrangement_status import ArrangementStatus

if TYPE_CHECKING:
    from ..models.arrangement_step import ArrangementStep
    from ..models.arrangement_trail_read import ArrangementTrailRead


T = TypeVar("T", bound="ArrangementRead")


@_attrs_define
class ArrangementRead:
    """
    Attributes:
        created_at (datetime.datetime):
        current_step (int | None):
        current_step_since (datetime.datetime | None):
        decided_at (datetime.datetime | None):
        employee_id (UUID):
        employee_local_name (None | str):
        employee_name (str):
        end_date (datetime.date):
        id (UUID):
        reduced_minutes (int):
        remote_days_per_week (int):
        requested_by (UUID):
        start_date (datetime.date):
        status (ArrangementStatus):
        steps (list[ArrangementStep]):
        trail (list[ArrangementTrailRead]):
        updated_at (datetime.datetime):
        version (int):
        window_end (None | str):
        window_start (None | str):
    """

    created_at: datetime.datetime
    current_step: int | None
    current_step_since: datetime.datetime | None
    decided_at: datetime.datetime | None
    employee_id: UUID
    employee_local_name: None | str
    employee_name: str
    end_date: datetime.date
    id: UUID
    reduced_minutes: int
    remote_days_per_week: int
    requested_by: UUID
    start_date: datetime.date
    status: ArrangementStatus
    steps: list[ArrangementStep]
    trail: list[ArrangementTrailRead]
    updated_at: datetime.datetime
    version: int
    window_end: None | str
    window_start: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        current_step: int | None
        current_step = self.current_step

        current_step_since: None | str
        if isinstance(self.current_step_since, datetime.datetime):
            current_step_since = self.current_step_since.isoformat()
        else:
            current_step_since = self.current_step_since

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        employee_id = str(self.employee_id)

        employee_local_name: None | str
        employee_local_name = self.employee_local_name

        employee_name = self.employee_name

        end_date = self.end_date.isoformat()

        id = str(self.id)

        reduced_minutes = self.reduced_minutes

        remote_days_per_week = self.remote_days_per_week

        requested_by = str(self.requested_by)

        start_date = self.start_date.isoformat()

        status = self.status.value

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        trail = []
        for trail_item_data in self.trail:
            trail_item = trail_item_data.to_dict()
            trail.append(trail_item)

        updated_at = self.updated_at.isoformat()

        version = self.version

        window_end: None | str
        window_end = self.window_end

        window_start: None | str
        window_start = self.window_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "current_step": current_step,
                "current_step_since": current_step_since,
                "decided_at": decided_at,
                "employee_id": employee_id,
                "employee_local_name": employee_local_name,
                "employee_name": employee_name,
                "end_date": end_date,
                "id": id,
                "reduced_minutes": reduced_minutes,
                "remote_days_per_week": remote_days_per_week,
                "requested_by": requested_by,
                "start_date": start_date,
                "status": status,
                "steps": steps,
                "trail": trail,
                "updated_at": updated_at,
                "version": version,
                "window_end": window_end,
                "window_start": window_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.arrangement_step import ArrangementStep  # noqa: PLC0415
        from ..models.arrangement_trail_read import ArrangementTrailRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_current_step(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        current_step = _parse_current_step(d.pop("current_step"))

        def _parse_current_step_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_step_since_type_0 = datetime.datetime.fromisoformat(data)

                return current_step_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        current_step_since = _parse_current_step_since(d.pop("current_step_since"))

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

        employee_id = UUID(d.pop("employee_id"))

        def _parse_employee_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employee_local_name = _parse_employee_local_name(d.pop("employee_local_name"))

        employee_name = d.pop("employee_name")

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        id = UUID(d.pop("id"))

        reduced_minutes = d.pop("reduced_minutes")

        remote_days_per_week = d.pop("remote_days_per_week")

        requested_by = UUID(d.pop("requested_by"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        status = ArrangementStatus(d.pop("status"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = ArrangementStep.from_dict(steps_item_data)

            steps.append(steps_item)

        trail = []
        _trail = d.pop("trail")
        for trail_item_data in _trail:
            trail_item = ArrangementTrailRead.from_dict(trail_item_data)

            trail.append(trail_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_window_end(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        window_end = _parse_window_end(d.pop("window_end"))

        def _parse_window_start(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        window_start = _parse_window_start(d.pop("window_start"))

        arrangement_read = cls(
            created_at=created_at,
            current_step=current_step,
            current_step_since=current_step_since,
            decided_at=decided_at,
            employee_id=employee_id,
            employee_local_name=employee_local_name,
            employee_name=employee_name,
            end_date=end_date,
            id=id,
            reduced_minutes=reduced_minutes,
            remote_days_per_week=remote_days_per_week,
            requested_by=requested_by,
            start_date=start_date,
            status=status,
            steps=steps,
            trail=trail,
            updated_at=updated_at,
            version=version,
            window_end=window_end,
            window_start=window_start,
        )

        arrangement_read.additional_properties = d
        return arrangement_read

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
