from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReactionCounts")


@_attrs_define
class ReactionCounts:
    """
    Attributes:
        applause (int | Unset):  Default: 0.
        inspired (int | Unset):  Default: 0.
        like (int | Unset):  Default: 0.
    """

    applause: int | Unset = 0
    inspired: int | Unset = 0
    like: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applause = self.applause

        inspired = self.inspired

        like = self.like

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applause is not UNSET:
            field_dict["applause"] = applause
        if inspired is not UNSET:
            field_dict["inspired"] = inspired
        if like is not UNSET:
            field_dict["like"] = like

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applause = d.pop("applause", UNSET)

        inspired = d.pop("inspired", UNSET)

        like = d.pop("like", UNSET)

        reaction_counts = cls(
            applause=applause,
            inspired=inspired,
            like=like,
        )

        reaction_counts.additional_properties = d
        return reaction_counts

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
