from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.required_course import RequiredCourse


T = TypeVar("T", bound="PostingCreate")


@_attrs_define
class PostingCreate:
    """
    Attributes:
        end_date (datetime.date):
        headcount (int):
        hours_per_week (int):
        start_date (datetime.date):
        title (str):
        unit_id (UUID):
        day_shifts_only (bool | Unset):  Default: False.
        description (str | Unset):  Default: ''.
        eligible_unit_ids (list[UUID] | Unset): Departments whose people may apply; empty: everyone
        required_courses (list[RequiredCourse] | Unset): Courses to pass (default mark 90) before the posting starts
        skills (list[str] | Unset):
        tags (list[str] | Unset):
        template_ids (list[UUID] | Unset): The store's shifts
    """

    end_date: datetime.date
    headcount: int
    hours_per_week: int
    start_date: datetime.date
    title: str
    unit_id: UUID
    day_shifts_only: bool | Unset = False
    description: str | Unset = ""
    eligible_unit_ids: list[UUID] | Unset = UNSET
    required_courses: list[RequiredCourse] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    template_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date.isoformat()

        headcount = self.headcount

        hours_per_week = self.hours_per_week

        start_date = self.start_date.isoformat()

        title = self.title

        unit_id = str(self.unit_id)

        day_shifts_only = self.day_shifts_only

        description = self.description

        eligible_unit_ids: list[str] | Unset = UNSET
        if not isinstance(self.eligible_unit_ids, Unset):
            eligible_unit_ids = []
            for eligible_unit_ids_item_data in self.eligible_unit_ids:
                eligible_unit_ids_item = str(eligible_unit_ids_item_data)
                eligible_unit_ids.append(eligible_unit_ids_item)

        required_courses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.required_courses, Unset):
            required_courses = []
            for required_courses_item_data in self.required_courses:
                required_courses_item = required_courses_item_data.to_dict()
                required_courses.append(required_courses_item)

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        template_ids: list[str] | Unset = UNSET
        if not isinstance(self.template_ids, Unset):
            template_ids = []
            for template_ids_item_data in self.template_ids:
                template_ids_item = str(template_ids_item_data)
                template_ids.append(template_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_date": end_date,
                "headcount": headcount,
                "hours_per_week": hours_per_week,
                "start_date": start_date,
                "title": title,
                "unit_id": unit_id,
            }
        )
        if day_shifts_only is not UNSET:
            field_dict["day_shifts_only"] = day_shifts_only
        if description is not UNSET:
            field_dict["description"] = description
        if eligible_unit_ids is not UNSET:
            field_dict["eligible_unit_ids"] = eligible_unit_ids
        if required_courses is not UNSET:
            field_dict["required_courses"] = required_courses
        if skills is not UNSET:
            field_dict["skills"] = skills
        if tags is not UNSET:
            field_dict["tags"] = tags
        if template_ids is not UNSET:
            field_dict["template_ids"] = template_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.required_course import RequiredCourse  # noqa: PLC0415

        d = dict(src_dict)
        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        headcount = d.pop("headcount")

        hours_per_week = d.pop("hours_per_week")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        title = d.pop("title")

        unit_id = UUID(d.pop("unit_id"))

        day_shifts_only = d.pop("day_shifts_only", UNSET)

        description = d.pop("description", UNSET)

        _eligible_unit_ids = d.pop("eligible_unit_ids", UNSET)
        eligible_unit_ids: list[UUID] | Unset = UNSET
        if _eligible_unit_ids is not UNSET:
            eligible_unit_ids = []
            for eligible_unit_ids_item_data in _eligible_unit_ids:
                eligible_unit_ids_item = UUID(eligible_unit_ids_item_data)

                eligible_unit_ids.append(eligible_unit_ids_item)

        _required_courses = d.pop("required_courses", UNSET)
        required_courses: list[RequiredCourse] | Unset = UNSET
        if _required_courses is not UNSET:
            required_courses = []
            for required_courses_item_data in _required_courses:
                required_courses_item = RequiredCourse.from_dict(required_courses_item_data)

                required_courses.append(required_courses_item)

        skills = cast(list[str], d.pop("skills", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _template_ids = d.pop("template_ids", UNSET)
        template_ids: list[UUID] | Unset = UNSET
        if _template_ids is not UNSET:
            template_ids = []
            for template_ids_item_data in _template_ids:
                template_ids_item = UUID(template_ids_item_data)

                template_ids.append(template_ids_item)

        posting_create = cls(
            end_date=end_date,
            headcount=headcount,
            hours_per_week=hours_per_week,
            start_date=start_date,
            title=title,
            unit_id=unit_id,
            day_shifts_only=day_shifts_only,
            description=description,
            eligible_unit_ids=eligible_unit_ids,
            required_courses=required_courses,
            skills=skills,
            tags=tags,
            template_ids=template_ids,
        )

        return posting_create
