from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.posting_status import PostingStatus

if TYPE_CHECKING:
    from ..models.required_course import RequiredCourse


T = TypeVar("T", bound="PostingRead")


@_attrs_define
class PostingRead:
    """
    Attributes:
        created_at (datetime.datetime):
        day_shifts_only (bool):
        description (str):
        eligible_unit_ids (list[UUID]):
        end_date (datetime.date):
        headcount (int):
        hours_per_week (int):
        id (UUID):
        opened_at (datetime.datetime | None):
        required_courses (list[RequiredCourse]):
        shift_codes (list[str]):
        skills (list[str]):
        start_date (datetime.date):
        status (PostingStatus):
        tags (list[str]):
        taken (int):
        template_ids (list[UUID]):
        time_zone (str):
        title (str):
        unit_id (UUID):
        unit_name (str):
        version (int):
    """

    created_at: datetime.datetime
    day_shifts_only: bool
    description: str
    eligible_unit_ids: list[UUID]
    end_date: datetime.date
    headcount: int
    hours_per_week: int
    id: UUID
    opened_at: datetime.datetime | None
    required_courses: list[RequiredCourse]
    shift_codes: list[str]
    skills: list[str]
    start_date: datetime.date
    status: PostingStatus
    tags: list[str]
    taken: int
    template_ids: list[UUID]
    time_zone: str
    title: str
    unit_id: UUID
    unit_name: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        day_shifts_only = self.day_shifts_only

        description = self.description

        eligible_unit_ids = []
        for eligible_unit_ids_item_data in self.eligible_unit_ids:
            eligible_unit_ids_item = str(eligible_unit_ids_item_data)
            eligible_unit_ids.append(eligible_unit_ids_item)

        end_date = self.end_date.isoformat()

        headcount = self.headcount

        hours_per_week = self.hours_per_week

        id = str(self.id)

        opened_at: None | str
        if isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        required_courses = []
        for required_courses_item_data in self.required_courses:
            required_courses_item = required_courses_item_data.to_dict()
            required_courses.append(required_courses_item)

        shift_codes = self.shift_codes

        skills = self.skills

        start_date = self.start_date.isoformat()

        status = self.status.value

        tags = self.tags

        taken = self.taken

        template_ids = []
        for template_ids_item_data in self.template_ids:
            template_ids_item = str(template_ids_item_data)
            template_ids.append(template_ids_item)

        time_zone = self.time_zone

        title = self.title

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "day_shifts_only": day_shifts_only,
                "description": description,
                "eligible_unit_ids": eligible_unit_ids,
                "end_date": end_date,
                "headcount": headcount,
                "hours_per_week": hours_per_week,
                "id": id,
                "opened_at": opened_at,
                "required_courses": required_courses,
                "shift_codes": shift_codes,
                "skills": skills,
                "start_date": start_date,
                "status": status,
                "tags": tags,
                "taken": taken,
                "template_ids": template_ids,
                "time_zone": time_zone,
                "title": title,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.required_course import RequiredCourse  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        day_shifts_only = d.pop("day_shifts_only")

        description = d.pop("description")

        eligible_unit_ids = []
        _eligible_unit_ids = d.pop("eligible_unit_ids")
        for eligible_unit_ids_item_data in _eligible_unit_ids:
            eligible_unit_ids_item = UUID(eligible_unit_ids_item_data)

            eligible_unit_ids.append(eligible_unit_ids_item)

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        headcount = d.pop("headcount")

        hours_per_week = d.pop("hours_per_week")

        id = UUID(d.pop("id"))

        def _parse_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        opened_at = _parse_opened_at(d.pop("opened_at"))

        required_courses = []
        _required_courses = d.pop("required_courses")
        for required_courses_item_data in _required_courses:
            required_courses_item = RequiredCourse.from_dict(required_courses_item_data)

            required_courses.append(required_courses_item)

        shift_codes = cast(list[str], d.pop("shift_codes"))

        skills = cast(list[str], d.pop("skills"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        status = PostingStatus(d.pop("status"))

        tags = cast(list[str], d.pop("tags"))

        taken = d.pop("taken")

        template_ids = []
        _template_ids = d.pop("template_ids")
        for template_ids_item_data in _template_ids:
            template_ids_item = UUID(template_ids_item_data)

            template_ids.append(template_ids_item)

        time_zone = d.pop("time_zone")

        title = d.pop("title")

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        version = d.pop("version")

        posting_read = cls(
            created_at=created_at,
            day_shifts_only=day_shifts_only,
            description=description,
            eligible_unit_ids=eligible_unit_ids,
            end_date=end_date,
            headcount=headcount,
            hours_per_week=hours_per_week,
            id=id,
            opened_at=opened_at,
            required_courses=required_courses,
            shift_codes=shift_codes,
            skills=skills,
            start_date=start_date,
            status=status,
            tags=tags,
            taken=taken,
            template_ids=template_ids,
            time_zone=time_zone,
            title=title,
            unit_id=unit_id,
            unit_name=unit_name,
            version=version,
        )

        posting_read.additional_properties = d
        return posting_read

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
