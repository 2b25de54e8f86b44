from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_readiness_read import CourseReadinessRead


T = TypeVar("T", bound="ReadinessRead")


@_attrs_define
class ReadinessRead:
    """Whether the required courses are passed: what is left, course by course.

    Attributes:
        complete (bool):
        courses (list[CourseReadinessRead]):
    """

    complete: bool
    courses: list[CourseReadinessRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complete": complete,
                "courses": courses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_readiness_read import CourseReadinessRead  # noqa: PLC0415

        d = dict(src_dict)
        complete = d.pop("complete")

        courses = []
        _courses = d.pop("courses")
        for courses_item_data in _courses:
            courses_item = CourseReadinessRead.from_dict(courses_item_data)

            courses.append(courses_item)

        readiness_read = cls(
            complete=complete,
            courses=courses,
        )

        readiness_read.additional_properties = d
        return readiness_read

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
