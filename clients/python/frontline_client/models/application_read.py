from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus

if TYPE_CHECKING:
    from ..models.readiness_read import ReadinessRead


T = TypeVar("T", bound="ApplicationRead")


@_attrs_define
class ApplicationRead:
    """What a posting's planners see of an applicant: never a home, a school or a distance.

    Attributes:
        created_at (datetime.datetime):
        department (str):
        employee_id (UUID):
        employee_no (str):
        full_name (str):
        id (UUID):
        performance_band (None | str): top_10, top_30, middle or bottom_30 in the latest closed month; null: not scored
        posting_id (UUID):
        readiness (None | ReadinessRead): The required courses passed and left; null: none required
        skills (list[str]):
        status (ApplicationStatus):
        transfer_id (UUID):
    """

    created_at: datetime.datetime
    department: str
    employee_id: UUID
    employee_no: str
    full_name: str
    id: UUID
    performance_band: None | str
    posting_id: UUID
    readiness: None | ReadinessRead
    skills: list[str]
    status: ApplicationStatus
    transfer_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.readiness_read import ReadinessRead  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        department = self.department

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        id = str(self.id)

        performance_band: None | str
        performance_band = self.performance_band

        posting_id = str(self.posting_id)

        readiness: dict[str, Any] | None
        if isinstance(self.readiness, ReadinessRead):
            readiness = self.readiness.to_dict()
        else:
            readiness = self.readiness

        skills = self.skills

        status = self.status.value

        transfer_id = str(self.transfer_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "department": department,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
                "id": id,
                "performance_band": performance_band,
                "posting_id": posting_id,
                "readiness": readiness,
                "skills": skills,
                "status": status,
                "transfer_id": transfer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.readiness_read import ReadinessRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        department = d.pop("department")

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        id = UUID(d.pop("id"))

        def _parse_performance_band(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        performance_band = _parse_performance_band(d.pop("performance_band"))

        posting_id = UUID(d.pop("posting_id"))

        def _parse_readiness(data: object) -> None | ReadinessRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                readiness_type_0 = ReadinessRead.from_dict(data)

                return readiness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReadinessRead, data)

        readiness = _parse_readiness(d.pop("readiness"))

        skills = cast(list[str], d.pop("skills"))

        status = ApplicationStatus(d.pop("status"))

        transfer_id = UUID(d.pop("transfer_id"))

        application_read = cls(
            created_at=created_at,
            department=department,
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
            id=id,
            performance_band=performance_band,
            posting_id=posting_id,
            readiness=readiness,
            skills=skills,
            status=status,
            transfer_id=transfer_id,
        )

        application_read.additional_properties = d
        return application_read

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
