from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.department_participation import DepartmentParticipation


T = TypeVar("T", bound="TransferStats")


@_attrs_define
class TransferStats:
    """
    Attributes:
        approvals (int):
        median_days_to_decision (float | None):
        participation (list[DepartmentParticipation]):
        period_from (datetime.date):
        period_to (datetime.date):
        rejections (int):
        requests (int):
    """

    approvals: int
    median_days_to_decision: float | None
    participation: list[DepartmentParticipation]
    period_from: datetime.date
    period_to: datetime.date
    rejections: int
    requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approvals = self.approvals

        median_days_to_decision: float | None
        median_days_to_decision = self.median_days_to_decision

        participation = []
        for participation_item_data in self.participation:
            participation_item = participation_item_data.to_dict()
            participation.append(participation_item)

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        rejections = self.rejections

        requests = self.requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvals": approvals,
                "median_days_to_decision": median_days_to_decision,
                "participation": participation,
                "period_from": period_from,
                "period_to": period_to,
                "rejections": rejections,
                "requests": requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_participation import DepartmentParticipation  # noqa: PLC0415

        d = dict(src_dict)
        approvals = d.pop("approvals")

        def _parse_median_days_to_decision(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days_to_decision = _parse_median_days_to_decision(d.pop("median_days_to_decision"))

        participation = []
        _participation = d.pop("participation")
        for participation_item_data in _participation:
            participation_item = DepartmentParticipation.from_dict(participation_item_data)

            participation.append(participation_item)

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        rejections = d.pop("rejections")

        requests = d.pop("requests")

        transfer_stats = cls(
            approvals=approvals,
            median_days_to_decision=median_days_to_decision,
            participation=participation,
            period_from=period_from,
            period_to=period_to,
            rejections=rejections,
            requests=requests,
        )

        transfer_stats.additional_properties = d
        return transfer_stats

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
