from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_in_read_mentee_state import CheckInReadMenteeState

T = TypeVar("T", bound="CheckInRead")


@_attrs_define
class CheckInRead:
    """
    Attributes:
        created_at (datetime.datetime):
        held_on (datetime.date):
        id (UUID):
        mentee_notes (None | str):
        mentee_state (CheckInReadMenteeState):
        notes (str):
        practice_course_code (None | str):
        practice_score (int | None):
        support_rating (int | None):
    """

    created_at: datetime.datetime
    held_on: datetime.date
    id: UUID
    mentee_notes: None | str
    mentee_state: CheckInReadMenteeState
    notes: str
    practice_course_code: None | str
    practice_score: int | None
    support_rating: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        held_on = self.held_on.isoformat()

        id = str(self.id)

        mentee_notes: None | str
        mentee_notes = self.mentee_notes

        mentee_state = self.mentee_state.value

        notes = self.notes

        practice_course_code: None | str
        practice_course_code = self.practice_course_code

        practice_score: int | None
        practice_score = self.practice_score

        support_rating: int | None
        support_rating = self.support_rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "held_on": held_on,
                "id": id,
                "mentee_notes": mentee_notes,
                "mentee_state": mentee_state,
                "notes": notes,
                "practice_course_code": practice_course_code,
                "practice_score": practice_score,
                "support_rating": support_rating,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        id = UUID(d.pop("id"))

        def _parse_mentee_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mentee_notes = _parse_mentee_notes(d.pop("mentee_notes"))

        mentee_state = CheckInReadMenteeState(d.pop("mentee_state"))

        notes = d.pop("notes")

        def _parse_practice_course_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        practice_course_code = _parse_practice_course_code(d.pop("practice_course_code"))

        def _parse_practice_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        practice_score = _parse_practice_score(d.pop("practice_score"))

        def _parse_support_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        support_rating = _parse_support_rating(d.pop("support_rating"))

        check_in_read = cls(
            created_at=created_at,
            held_on=held_on,
            id=id,
            mentee_notes=mentee_notes,
            mentee_state=mentee_state,
            notes=notes,
            practice_course_code=practice_course_code,
            practice_score=practice_score,
            support_rating=support_rating,
        )

        check_in_read.additional_properties = d
        return check_in_read

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
