from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClockView")


@_attrs_define
class ClockView:
    """
    Attributes:
        at_risk (bool):
        breached (bool):
        due_at (datetime.datetime | None): None while the clock is paused
        elapsed_minutes (int):
        met (bool | None): Whether the target was met; None while the clock runs
        paused (bool):
        target_minutes (int):
        due_at_local (datetime.datetime | None | Unset): The same moment in the ticket's time zone (`time_zone`), with
            its offset
    """

    at_risk: bool
    breached: bool
    due_at: datetime.datetime | None
    elapsed_minutes: int
    met: bool | None
    paused: bool
    target_minutes: int
    due_at_local: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at_risk = self.at_risk

        breached = self.breached

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        elapsed_minutes = self.elapsed_minutes

        met: bool | None
        met = self.met

        paused = self.paused

        target_minutes = self.target_minutes

        due_at_local: None | str | Unset
        if isinstance(self.due_at_local, Unset):
            due_at_local = UNSET
        elif isinstance(self.due_at_local, datetime.datetime):
            due_at_local = self.due_at_local.isoformat()
        else:
            due_at_local = self.due_at_local

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at_risk": at_risk,
                "breached": breached,
                "due_at": due_at,
                "elapsed_minutes": elapsed_minutes,
                "met": met,
                "paused": paused,
                "target_minutes": target_minutes,
            }
        )
        if due_at_local is not UNSET:
            field_dict["due_at_local"] = due_at_local

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at_risk = d.pop("at_risk")

        breached = d.pop("breached")

        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))

        elapsed_minutes = d.pop("elapsed_minutes")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        paused = d.pop("paused")

        target_minutes = d.pop("target_minutes")

        def _parse_due_at_local(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_local_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_at_local = _parse_due_at_local(d.pop("due_at_local", UNSET))

        clock_view = cls(
            at_risk=at_risk,
            breached=breached,
            due_at=due_at,
            elapsed_minutes=elapsed_minutes,
            met=met,
            paused=paused,
            target_minutes=target_minutes,
            due_at_local=due_at_local,
        )

        clock_view.additional_properties = d
        return clock_view

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
