from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.completion_ref import CompletionRef
    from ..models.completion_rejection import CompletionRejection


T = TypeVar("T", bound="CompletionIngestResult")


@_attrs_define
class CompletionIngestResult:
    """Every completion is accounted for: accepted (not listed), duplicate, conflict or rejected.

    Attributes:
        accepted (int):
        conflicts (list[CompletionRef]): Sent before with other content: not applied
        credited (int): Accepted completions that raised someone's credits
        duplicates (list[CompletionRef]):
        received (int):
        rejected (list[CompletionRejection]):
    """

    accepted: int
    conflicts: list[CompletionRef]
    credited: int
    duplicates: list[CompletionRef]
    received: int
    rejected: list[CompletionRejection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = conflicts_item_data.to_dict()
            conflicts.append(conflicts_item)

        credited = self.credited

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
                "credited": credited,
                "duplicates": duplicates,
                "received": received,
                "rejected": rejected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.completion_ref import CompletionRef  # noqa: PLC0415
        from ..models.completion_rejection import CompletionRejection  # noqa: PLC0415

        d = dict(src_dict)
        accepted = d.pop("accepted")

        conflicts = []
        _conflicts = d.pop("conflicts")
        for conflicts_item_data in _conflicts:
            conflicts_item = CompletionRef.from_dict(conflicts_item_data)

            conflicts.append(conflicts_item)

        credited = d.pop("credited")

        duplicates = []
        _duplicates = d.pop("duplicates")
        for duplicates_item_data in _duplicates:
            duplicates_item = CompletionRef.from_dict(duplicates_item_data)

            duplicates.append(duplicates_item)

        received = d.pop("received")

        rejected = []
        _rejected = d.pop("rejected")
        for rejected_item_data in _rejected:
            rejected_item = CompletionRejection.from_dict(rejected_item_data)

            rejected.append(rejected_item)

        completion_ingest_result = cls(
            accepted=accepted,
            conflicts=conflicts,
            credited=credited,
            duplicates=duplicates,
            received=received,
            rejected=rejected,
        )

        completion_ingest_result.additional_properties = d
        return completion_ingest_result

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
