from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.completion_in import CompletionIn


T = TypeVar("T", bound="CompletionBatch")


@_attrs_define
class CompletionBatch:
    """
    Attributes:
        completions (list[CompletionIn]):
    """

    completions: list[CompletionIn]

    def to_dict(self) -> dict[str, Any]:
        completions = []
        for completions_item_data in self.completions:
            completions_item = completions_item_data.to_dict()
            completions.append(completions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completions": completions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.completion_in import CompletionIn  # noqa: PLC0415

        d = dict(src_dict)
        completions = []
        _completions = d.pop("completions")
        for completions_item_data in _completions:
            completions_item = CompletionIn.from_dict(completions_item_data)

            completions.append(completions_item)

        completion_batch = cls(
            completions=completions,
        )

        return completion_batch
