from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sign_in_line import SignInLine


T = TypeVar("T", bound="ClassroomSignIn")


@_attrs_define
class ClassroomSignIn:
    """A classroom session's sign-in list: who attended and their exam scores.

    Attributes:
        attendees (list[SignInLine]):
        held_on (datetime.date):
        session_id (str):
    """

    attendees: list[SignInLine]
    held_on: datetime.date
    session_id: str

    def to_dict(self) -> dict[str, Any]:
        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        held_on = self.held_on.isoformat()

        session_id = self.session_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attendees": attendees,
                "held_on": held_on,
                "session_id": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sign_in_line import SignInLine  # noqa: PLC0415

        d = dict(src_dict)
        attendees = []
        _attendees = d.pop("attendees")
        for attendees_item_data in _attendees:
            attendees_item = SignInLine.from_dict(attendees_item_data)

            attendees.append(attendees_item)

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        session_id = d.pop("session_id")

        classroom_sign_in = cls(
            attendees=attendees,
            held_on=held_on,
            session_id=session_id,
        )

        return classroom_sign_in
