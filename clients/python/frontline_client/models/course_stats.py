from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseStats")


@_attrs_define
class CourseStats:
    """
    Attributes:
        average_exam_score (None | str):
        completion_percent (None | str):
        course_code (str):
        course_title (str):
        passed (int): Of them, those whose completion met the rule
        people (int): People with a completion of the course in the year
    """

    average_exam_score: None | str
    completion_percent: None | str
    course_code: str
    course_title: str
    passed: int
    people: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_exam_score: None | str
        average_exam_score = self.average_exam_score

        completion_percent: None | str
        completion_percent = self.completion_percent

        course_code = self.course_code

        course_title = self.course_title

        passed = self.passed

        people = self.people

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_exam_score": average_exam_score,
                "completion_percent": completion_percent,
                "course_code": course_code,
                "course_title": course_title,
                "passed": passed,
                "people": people,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_average_exam_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_exam_score = _parse_average_exam_score(d.pop("average_exam_score"))

        def _parse_completion_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completion_percent = _parse_completion_percent(d.pop("completion_percent"))

        course_code = d.pop("course_code")

        course_title = d.pop("course_title")

        passed = d.pop("passed")

        people = d.pop("people")

        course_stats = cls(
            average_exam_score=average_exam_score,
            completion_percent=completion_percent,
            course_code=course_code,
            course_title=course_title,
            passed=passed,
            people=people,
        )

        course_stats.additional_properties = d
        return course_stats

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
