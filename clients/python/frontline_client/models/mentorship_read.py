from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.check_in_read import CheckInRead


T = TypeVar("T", bound="MentorshipRead")


@_attrs_define
class MentorshipRead:
    """
    Attributes:
        check_ins (list[CheckInRead]):
        ends_on (datetime.date | None): The secondment's last day (moved by early returns and extensions)
        id (UUID):
        mentee_id (UUID):
        mentee_name (str):
        mentor_id (UUID):
        mentor_name (str):
        next_check_in_due (datetime.date | None): A week after the last check-in (None once the posting ended)
        starts_on (datetime.date):
        transfer_id (UUID):
    """

    check_ins: list[CheckInRead]
    ends_on: datetime.date | None
    id: UUID
    mentee_id: UUID
    mentee_name: str
    mentor_id: UUID
    mentor_name: str
    next_check_in_due: datetime.date | None
    starts_on: datetime.date
    transfer_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_ins = []
        for check_ins_item_data in self.check_ins:
            check_ins_item = check_ins_item_data.to_dict()
            check_ins.append(check_ins_item)

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        id = str(self.id)

        mentee_id = str(self.mentee_id)

        mentee_name = self.mentee_name

        mentor_id = str(self.mentor_id)

        mentor_name = self.mentor_name

        next_check_in_due: None | str
        if isinstance(self.next_check_in_due, datetime.date):
            next_check_in_due = self.next_check_in_due.isoformat()
        else:
            next_check_in_due = self.next_check_in_due

        starts_on = self.starts_on.isoformat()

        transfer_id = str(self.transfer_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "check_ins": check_ins,
                "ends_on": ends_on,
                "id": id,
                "mentee_id": mentee_id,
                "mentee_name": mentee_name,
                "mentor_id": mentor_id,
                "mentor_name": mentor_name,
                "next_check_in_due": next_check_in_due,
                "starts_on": starts_on,
                "transfer_id": transfer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_in_read import CheckInRead  # noqa: PLC0415

        d = dict(src_dict)
        check_ins = []
        _check_ins = d.pop("check_ins")
        for check_ins_item_data in _check_ins:
            check_ins_item = CheckInRead.from_dict(check_ins_item_data)

            check_ins.append(check_ins_item)

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        id = UUID(d.pop("id"))

        mentee_id = UUID(d.pop("mentee_id"))

        mentee_name = d.pop("mentee_name")

        mentor_id = UUID(d.pop("mentor_id"))

        mentor_name = d.pop("mentor_name")

        def _parse_next_check_in_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_check_in_due_type_0 = datetime.date.fromisoformat(data)

                return next_check_in_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_check_in_due = _parse_next_check_in_due(d.pop("next_check_in_due"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        transfer_id = UUID(d.pop("transfer_id"))

        mentorship_read = cls(
            check_ins=check_ins,
            ends_on=ends_on,
            id=id,
            mentee_id=mentee_id,
            mentee_name=mentee_name,
            mentor_id=mentor_id,
            mentor_name=mentor_name,
            next_check_in_due=next_check_in_due,
            starts_on=starts_on,
            transfer_id=transfer_id,
        )

        mentorship_read.additional_properties = d
        return mentorship_read

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
