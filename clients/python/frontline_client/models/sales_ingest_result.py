from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.line_ref import LineRef
    from ..models.line_rejection import LineRejection


T = TypeVar("T", bound="SalesIngestResult")


@_attrs_define
class SalesIngestResult:
    """Every line is accounted for: accepted (not listed), duplicate, conflict or rejected.

    Attributes:
        accepted (int): New lines counted now; every line not listed below was accepted
        conflicts (list[LineRef]): Sent before with other content: not applied
        duplicates (list[LineRef]): Sent before with the same content: counted once, not again
        received (int):
        rejected (list[LineRejection]):
    """

    accepted: int
    conflicts: list[LineRef]
    duplicates: list[LineRef]
    received: int
    rejected: list[LineRejection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = conflicts_item_data.to_dict()
            conflicts.append(conflicts_item)

        duplicates = []
        for duplicates_item_data in self.duplicates:
            duplicates_item = duplicates_item_data.to_dict()
            duplicates.append(duplicates_item)

        received = self.received

        rejected = []
        for rejected_item_data in self.rejected:
            rejected_item = rejected_item_data.to_dict()
            rejected.append(rejected_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted": accepted,
                "conflicts": conflicts,
                "duplicates": duplicates,
                "received": received,
                "rejected": rejected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_ref import LineRef  # noqa: PLC0415
        from ..models.line_rejection import LineRejection  # noqa: PLC0415

        d = dict(src_dict)
        accepted = d.pop("accepted")

        conflicts = []
        _conflicts = d.pop("conflicts")
        for conflicts_item_data in _conflicts:
            conflicts_item = LineRef.from_dict(conflicts_item_data)

            conflicts.append(conflicts_item)

        duplicates = []
        _duplicates = d.pop("duplicates")
        for duplicates_item_data in _duplicates:
            duplicates_item = LineRef.from_dict(duplicates_item_data)

            duplicates.append(duplicates_item)

        received = d.pop("received")

        rejected = []
        _rejected = d.pop("rejected")
        for rejected_item_data in _rejected:
            rejected_item = LineRejection.from_dict(rejected_item_data)

            rejected.append(rejected_item)

        sales_ingest_result = cls(
            accepted=accepted,
            conflicts=conflicts,
            duplicates=duplicates,
            received=received,
            rejected=rejected,
        )

        sales_ingest_result.additional_properties = d
        return sales_ingest_result

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
