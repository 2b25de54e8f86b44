from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaderDaysRead")


@_attrs_define
class LeaderDaysRead:
    """One leader's or department head's frontline days in a year: a named list, since they answer
    for going to the frontline themselves (not a figure about people's answers, so not suppressed).

        Attributes:
            days (int): Distinct days in the year (to today for the current year) on secondment at a store or project, or
                with an accepted clock-in at a store
            employee_id (UUID):
            employee_no (str):
            flagged (bool): Fewer days than HR's `leader_days_below` (30)
            full_name (str):
            home_unit_code (str):
            home_unit_id (UUID):
            home_unit_name (str):
            roles (list[str]): leader, dept_head, or both
            local_name (None | str | Unset):
    """

    days: int
    employee_id: UUID
    employee_no: str
    flagged: bool
    full_name: str
    home_unit_code: str
    home_unit_id: UUID
    home_unit_name: str
    roles: list[str]
    local_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        flagged = self.flagged

        full_name = self.full_name

        home_unit_code = self.home_unit_code

        home_unit_id = str(self.home_unit_id)

        home_unit_name = self.home_unit_name

        roles = self.roles

        local_name: None | str | Unset
        if isinstance(self.local_name, Unset):
            local_name = UNSET
        else:
            local_name = self.local_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "flagged": flagged,
                "full_name": full_name,
                "home_unit_code": home_unit_code,
                "home_unit_id": home_unit_id,
                "home_unit_name": home_unit_name,
                "roles": roles,
            }
        )
        if local_name is not UNSET:
            field_dict["local_name"] = local_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days = d.pop("days")

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        flagged = d.pop("flagged")

        full_name = d.pop("full_name")

        home_unit_code = d.pop("home_unit_code")

        home_unit_id = UUID(d.pop("home_unit_id"))

        home_unit_name = d.pop("home_unit_name")

        roles = cast(list[str], d.pop("roles"))

        def _parse_local_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_name = _parse_local_name(d.pop("local_name", UNSET))

        leader_days_read = cls(
            days=days,
            employee_id=employee_id,
            employee_no=employee_no,
            flagged=flagged,
            full_name=full_name,
            home_unit_code=home_unit_code,
            home_unit_id=home_unit_id,
            home_unit_name=home_unit_name,
            roles=roles,
            local_name=local_name,
        )

        leader_days_read.additional_properties = d
        return leader_days_read

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
