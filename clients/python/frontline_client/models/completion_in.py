from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionIn")


@_attrs_define
class CompletionIn:
    """One completion as the learning platform reports it: the fields its course's delivery needs.

    Attributes:
        completed_on (datetime.date):
        course_code (str):
        employee_no (str):
        external_id (str): The platform's id
        attended (bool | None | Unset):
        completion_percent (int | None | Unset):
        exam_score (int | None | Unset):
        mentor_score (int | None | Unset):
    """

    completed_on: datetime.date
    course_code: str
    employee_no: str
    external_id: str
    attended: bool | None | Unset = UNSET
    completion_percent: int | None | Unset = UNSET
    exam_score: int | None | Unset = UNSET
    mentor_score: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        completed_on = self.completed_on.isoformat()

        course_code = self.course_code

        employee_no = self.employee_no

        external_id = self.external_id

        attended: bool | None | Unset
        if isinstance(self.attended, Unset):
            attended = UNSET
        else:
            attended = self.attended

        completion_percent: int | None | Unset
        if isinstance(self.completion_percent, Unset):
            completion_percent = UNSET
        else:
            completion_percent = self.completion_percent

        exam_score: int | None | Unset
        if isinstance(self.exam_score, Unset):
            exam_score = UNSET
        else:
            exam_score = self.exam_score

        mentor_score: int | None | Unset
        if isinstance(self.mentor_score, Unset):
            mentor_score = UNSET
        else:
            mentor_score = self.mentor_score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completed_on": completed_on,
                "course_code": course_code,
                "employee_no": employee_no,
                "external_id": external_id,
            }
        )
        if attended is not UNSET:
            field_dict["attended"] = attended
        if completion_percent is not UNSET:
            field_dict["completion_percent"] = completion_percent
        if exam_score is not UNSET:
            field_dict["exam_score"] = exam_score
        if mentor_score is not UNSET:
            field_dict["mentor_score"] = mentor_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))

        course_code = d.pop("course_code")

        employee_no = d.pop("employee_no")

        external_id = d.pop("external_id")

        def _parse_attended(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attended = _parse_attended(d.pop("attended", UNSET))

        def _parse_completion_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completion_percent = _parse_completion_percent(d.pop("completion_percent", UNSET))

        def _parse_exam_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exam_score = _parse_exam_score(d.pop("exam_score", UNSET))

        def _parse_mentor_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mentor_score = _parse_mentor_score(d.pop("mentor_score", UNSET))

        completion_in = cls(
            completed_on=completed_on,
            course_code=course_code,
            employee_no=employee_no,
            external_id=external_id,
            attended=attended,
            completion_percent=completion_percent,
            exam_score=exam_score,
            mentor_score=mentor_score,
        )

        return completion_in
