from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetScoring")


@_attrs_define
class TargetScoring:
    """100 points at target, linear, clamped to 0 and to the cap.

    Attributes:
        method (Literal['target']):
        cap (str | Unset): Most points a metric can give, at least 100 Default: '120'.
    """

    method: Literal["target"]
    cap: str | Unset = "120"

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        cap = self.cap

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
            }
        )
        if cap is not UNSET:
            field_dict["cap"] = cap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["target"], d.pop("method"))
        if method != "target":
            raise ValueError(f"method must match const 'target', got '{method}'")

        cap = d.pop("cap", UNSET)

        target_scoring = cls(
            method=method,
            cap=cap,
        )

        return target_scoring
