from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recommended_course import RecommendedCourse
    from ..models.report_result import ReportResult


T = TypeVar("T", bound="GrowthReportRead")


@_attrs_define
class GrowthReportRead:
    """成长报告: what a posting achieved against its targets, its strengths (110 % of target or more)
    and gaps (under target), the store manager's feedback, the mentor's summary and the courses
    that address the gaps.

        Attributes:
            employee_id (UUID):
            employee_no (str):
            ends_on (datetime.date):
            full_name (str):
            gaps (list[str]):
            mentor_name (None | str):
            mentor_summary (None | str):
            months (list[str]):
            recommended_courses (list[RecommendedCourse]):
            results (list[ReportResult]):
            starts_on (datetime.date):
            store_feedback (None | str):
            strengths (list[str]):
            transfer_id (UUID):
            unit_code (str):
            unit_name (str):
            written_at (datetime.datetime):
    """

    employee_id: UUID
    employee_no: str
    ends_on: datetime.date
    full_name: str
    gaps: list[str]
    mentor_name: None | str
    mentor_summary: None | str
    months: list[str]
    recommended_courses: list[RecommendedCourse]
    results: list[ReportResult]
    starts_on: datetime.date
    store_feedback: None | str
    strengths: list[str]
    transfer_id: UUID
    unit_code: str
    unit_name: str
    written_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        ends_on = self.ends_on.isoformat()

        full_name = self.full_name

        gaps = self.gaps

        mentor_name: None | str
        mentor_name = self.mentor_name

        mentor_summary: None | str
        mentor_summary = self.mentor_summary

        months = self.months

        recommended_courses = []
        for recommended_courses_item_data in self.recommended_courses:
            recommended_courses_item = recommended_courses_item_data.to_dict()
            recommended_courses.append(recommended_courses_item)

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        starts_on = self.starts_on.isoformat()

        store_feedback: None | str
        store_feedback = self.store_feedback

        strengths = self.strengths

        transfer_id = str(self.transfer_id)

        unit_code = self.unit_code

        unit_name = self.unit_name

        written_at = self.written_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee_no": employee_no,
                "ends_on": ends_on,
                "full_name": full_name,
                "gaps": gaps,
                "mentor_name": mentor_name,
                "mentor_summary": mentor_summary,
                "months": months,
                "recommended_courses": recommended_courses,
                "results": results,
                "starts_on": starts_on,
                "store_feedback": store_feedback,
                "strengths": strengths,
                "transfer_id": transfer_id,
                "unit_code": unit_code,
                "unit_name": unit_name,
                "written_at": written_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recommended_course import RecommendedCourse  # noqa: PLC0415
        from ..models.report_result import ReportResult  # noqa: PLC0415

        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        full_name = d.pop("full_name")

        gaps = cast(list[str], d.pop("gaps"))

        def _parse_mentor_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mentor_name = _parse_mentor_name(d.pop("mentor_name"))

        def _parse_mentor_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mentor_summary = _parse_mentor_summary(d.pop("mentor_summary"))

        months = cast(list[str], d.pop("months"))

        recommended_courses = []
        _recommended_courses = d.pop("recommended_courses")
        for recommended_courses_item_data in _recommended_courses:
            recommended_courses_item = RecommendedCourse.from_dict(recommended_courses_item_data)

            recommended_courses.append(recommended_courses_item)

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ReportResult.from_dict(results_item_data)

            results.append(results_item)

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        def _parse_store_feedback(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        store_feedback = _parse_store_feedback(d.pop("store_feedback"))

        strengths = cast(list[str], d.pop("strengths"))

        transfer_id = UUID(d.pop("transfer_id"))

        unit_code = d.pop("unit_code")

        unit_name = d.pop("unit_name")

        written_at = datetime.datetime.fromisoformat(d.pop("written_at"))

        growth_report_read = cls(
            employee_id=employee_id,
            employee_no=employee_no,
            ends_on=ends_on,
            full_name=full_name,
            gaps=gaps,
            mentor_name=mentor_name,
            mentor_summary=mentor_summary,
            months=months,
            recommended_courses=recommended_courses,
            results=results,
            starts_on=starts_on,
            store_feedback=store_feedback,
            strengths=strengths,
            transfer_id=transfer_id,
            unit_code=unit_code,
            unit_name=unit_name,
            written_at=written_at,
        )

        growth_report_read.additional_properties = d
        return growth_report_read

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
