from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.arrangement_step import ArrangementStep


T = TypeVar("T", bound="ArrangementChainUpdate")


@_attrs_define
class ArrangementChainUpdate:
    """
    Attributes:
        steps (list[ArrangementStep]):
    """

    steps: list[ArrangementStep]

    def to_dict(self) -> dict[str, Any]:
        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "steps": steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.arrangement_step import ArrangementStep  # noqa: PLC0415

        d = dict(src_dict)
        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = ArrangementStep.from_dict(steps_item_data)

            steps.append(steps_item)

        arrangement_chain_update = cls(
            steps=steps,
        )

        return arrangement_chain_update
