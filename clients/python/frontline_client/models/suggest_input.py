from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuggestInput")


@_attrs_define
class SuggestInput:
    """
    Attributes:
        version (int): The draft's version read (0: no roster yet)
        time_limit_seconds (int | Unset):  Default: 5.
    """

    version: int
    time_limit_seconds: int | Unset = 5

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        time_limit_seconds = self.time_limit_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
            }
        )
        if time_limit_seconds is not UNSET:
            field_dict["time_limit_seconds"] = time_limit_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        time_limit_seconds = d.pop("time_limit_seconds", UNSET)

        suggest_input = cls(
            version=version,
            time_limit_seconds=time_limit_seconds,
        )

        return suggest_input
