from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shift_flag import ShiftFlag

T = TypeVar("T", bound="ShiftOutcome")


@_attrs_define
class ShiftOutcome:
    """How one planned shift went (or, `code` null, a stretch worked without a planned shift).

    Attributes:
        code (None | str):
        early_minutes (int):
        ends_local (datetime.datetime | None):
        flags (list[ShiftFlag]): late, left_early, missed, no_in, no_out, unplanned
        late_minutes (int):
        name (None | str):
        planned_minutes (int):
        protected_minutes (int): Nursing time credited as worked
        starts_local (datetime.datetime | None): The shift's start in the store's zone
        worked_minutes (int): Punched time, plus the protected (nursing) time it carries
    """

    code: None | str
    early_minutes: int
    ends_local: datetime.datetime | None
    flags: list[ShiftFlag]
    late_minutes: int
    name: None | str
    planned_minutes: int
    protected_minutes: int
    starts_local: datetime.datetime | None
    worked_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        early_minutes = self.early_minutes

        ends_local: None | str
        if isinstance(self.ends_local, datetime.datetime):
            ends_local = self.ends_local.isoformat()
        else:
            ends_local = self.ends_local

        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.value
            flags.append(flags_item)

        late_minutes = self.late_minutes

        name: None | str
        name = self.name

        planned_minutes = self.planned_minutes

        protected_minutes = self.protected_minutes

        starts_local: None | str
        if isinstance(self.starts_local, datetime.datetime):
            starts_local = self.starts_local.isoformat()
        else:
            starts_local = self.starts_local

        worked_minutes = self.worked_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "early_minutes": early_minutes,
                "ends_local": ends_local,
                "flags": flags,
                "late_minutes": late_minutes,
                "name": name,
                "planned_minutes": planned_minutes,
                "protected_minutes": protected_minutes,
                "starts_local": starts_local,
                "worked_minutes": worked_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        early_minutes = d.pop("early_minutes")

        def _parse_ends_local(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_local_type_0 = datetime.datetime.fromisoformat(data)

                return ends_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_local = _parse_ends_local(d.pop("ends_local"))

        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = ShiftFlag(flags_item_data)

            flags.append(flags_item)

        late_minutes = d.pop("late_minutes")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        planned_minutes = d.pop("planned_minutes")

        protected_minutes = d.pop("protected_minutes")

        def _parse_starts_local(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_local_type_0 = datetime.datetime.fromisoformat(data)

                return starts_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        starts_local = _parse_starts_local(d.pop("starts_local"))

        worked_minutes = d.pop("worked_minutes")

        shift_outcome = cls(
            code=code,
            early_minutes=early_minutes,
            ends_local=ends_local,
            flags=flags,
            late_minutes=late_minutes,
            name=name,
            planned_minutes=planned_minutes,
            protected_minutes=protected_minutes,
            starts_local=starts_local,
            worked_minutes=worked_minutes,
        )

        shift_outcome.additional_properties = d
        return shift_outcome

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
