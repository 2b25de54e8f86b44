from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.period_read_status import PeriodReadStatus

T = TypeVar("T", bound="PeriodRead")


@_attrs_define
class PeriodRead:
    """
    Attributes:
        changed_at (datetime.datetime | None):
        closings (int): How many times the month was closed (a reopening keeps earlier closings)
        frozen_scores (int): Scores frozen by the current closing (0 while open)
        period (str):
        status (PeriodReadStatus):
    """

    changed_at: datetime.datetime | None
    closings: int
    frozen_scores: int
    period: str
    status: PeriodReadStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_at: None | str
        if isinstance(self.changed_at, datetime.datetime):
            changed_at = self.changed_at.isoformat()
        else:
            changed_at = self.changed_at

        closings = self.closings

        frozen_scores = self.frozen_scores

        period = self.period

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_at": changed_at,
                "closings": closings,
                "frozen_scores": frozen_scores,
                "period": period,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_changed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                changed_at_type_0 = datetime.datetime.fromisoformat(data)

                return changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        changed_at = _parse_changed_at(d.pop("changed_at"))

        closings = d.pop("closings")

        frozen_scores = d.pop("frozen_scores")

        period = d.pop("period")

        status = PeriodReadStatus(d.pop("status"))

        period_read = cls(
            changed_at=changed_at,
            closings=closings,
            frozen_scores=frozen_scores,
            period=period,
            status=status,
        )

        period_read.additional_properties = d
        return period_read

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
