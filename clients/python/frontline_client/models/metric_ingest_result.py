from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.line_rejection import LineRejection


T = TypeVar("T", bound="MetricIngestResult")


@_attrs_define
class MetricIngestResult:
    """
    Attributes:
        created (int):
        received (int):
        rejected (list[LineRejection]):
        updated (int): Replaced an earlier value for the same metric, subject and period
    """

    created: int
    received: int
    rejected: list[LineRejection]
    updated: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        received = self.received

        rejected = []
        for rejected_item_data in self.rejected:
            rejected_item = rejected_item_data.to_dict()
            rejected.append(rejected_item)

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "received": received,
                "rejected": rejected,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_rejection import LineRejection  # noqa: PLC0415

        d = dict(src_dict)
        created = d.pop("created")

        received = d.pop("received")

        rejected = []
        _rejected = d.pop("rejected")
        for rejected_item_data in _rejected:
            rejected_item = LineRejection.from_dict(rejected_item_data)

            rejected.append(rejected_item)

        updated = d.pop("updated")

        metric_ingest_result = cls(
            created=created,
            received=received,
            rejected=rejected,
            updated=updated,
        )

        metric_ingest_result.additional_properties = d
        return metric_ingest_result

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
