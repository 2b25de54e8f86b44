from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EarlyClose")


@_attrs_define
class EarlyClose:
    """HR's explicit override to close a month (or lock its pool) before it has ended in the
    organisation's time zone: the reason is required and kept in the audit trail.

        Attributes:
            early (bool | Unset): Close before the period has ended Default: False.
            reason (None | str | Unset): Why it cannot wait (required with early)
    """

    early: bool | Unset = False
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        early = self.early

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if early is not UNSET:
            field_dict["early"] = early
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        early = d.pop("early", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        early_close = cls(
            early=early,
            reason=reason,
        )

        return early_close
