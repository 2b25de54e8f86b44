from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_stats import CourseStats
    from ..models.group_participation import GroupParticipation


T = TypeVar("T", bound="TrainingDashboard")


@_attrs_define
class TrainingDashboard:
    """
    Attributes:
        by_course (list[CourseStats]):
        by_group (list[GroupParticipation]):
        participants (int):
        participation_percent (None | str):
        people (int):
        year (int):
    """

    by_course: list[CourseStats]
    by_group: list[GroupParticipation]
    participants: int
    participation_percent: None | str
    people: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_course = []
        for by_course_item_data in self.by_course:
            by_course_item = by_course_item_data.to_dict()
            by_course.append(by_course_item)

        by_group = []
        for by_group_item_data in self.by_group:
            by_group_item = by_group_item_data.to_dict()
            by_group.append(by_group_item)

        participants = self.participants

        participation_percent: None | str
        participation_percent = self.participation_percent

        people = self.people

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_course": by_course,
                "by_group": by_group,
                "participants": participants,
                "participation_percent": participation_percent,
                "people": people,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_stats import CourseStats  # noqa: PLC0415
        from ..models.group_participation import GroupParticipation  # noqa: PLC0415

        d = dict(src_dict)
        by_course = []
        _by_course = d.pop("by_course")
        for by_course_item_data in _by_course:
            by_course_item = CourseStats.from_dict(by_course_item_data)

            by_course.append(by_course_item)

        by_group = []
        _by_group = d.pop("by_group")
        for by_group_item_data in _by_group:
            by_group_item = GroupParticipation.from_dict(by_group_item_data)

            by_group.append(by_group_item)

        participants = d.pop("participants")

        def _parse_participation_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        participation_percent = _parse_participation_percent(d.pop("participation_percent"))

        people = d.pop("people")

        year = d.pop("year")

        training_dashboard = cls(
            by_course=by_course,
            by_group=by_group,
            participants=participants,
            participation_percent=participation_percent,
            people=people,
            year=year,
        )

        training_dashboard.additional_properties = d
        return training_dashboard

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
