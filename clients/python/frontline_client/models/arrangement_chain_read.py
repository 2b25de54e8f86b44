from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.arrangement_step import ArrangementStep


T = TypeVar("T", bound="ArrangementChainRead")


@_attrs_define
class ArrangementChainRead:
    """
    Attributes:
        is_default (bool):
        steps (list[ArrangementStep]):
        updated_at (datetime.datetime | None):
    """

    is_default: bool
    steps: list[ArrangementStep]
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_default = self.is_default

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_default": is_default,
                "steps": steps,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.arrangement_step import ArrangementStep  # noqa: PLC0415

        d = dict(src_dict)
        is_default = d.pop("is_default")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = ArrangementStep.from_dict(steps_item_data)

            steps.append(steps_item)

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        arrangement_chain_read = cls(
            is_default=is_default,
            steps=steps,
            updated_at=updated_at,
        )

        arrangement_chain_read.additional_properties = d
        return arrangement_chain_read

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
