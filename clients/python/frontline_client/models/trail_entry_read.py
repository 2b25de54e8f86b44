from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trail_action import TrailAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrailEntryRead")


@_attrs_define
class TrailEntryRead:
    """
    Attributes:
        action (TrailAction):
        actor_account_id (UUID):
        comment (None | str):
        occurred_at (datetime.datetime):
        step (int | None):
        step_name (None | str):
        actor_local_name (None | str | Unset): The actor's name in Chinese characters, if recorded
        actor_name (None | str | Unset): The actor's full name; none for an account that is not a person
    """

    action: TrailAction
    actor_account_id: UUID
    comment: None | str
    occurred_at: datetime.datetime
    step: int | None
    step_name: None | str
    actor_local_name: None | str | Unset = UNSET
    actor_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        actor_account_id = str(self.actor_account_id)

        comment: None | str
        comment = self.comment

        occurred_at = self.occurred_at.isoformat()

        step: int | None
        step = self.step

        step_name: None | str
        step_name = self.step_name

        actor_local_name: None | str | Unset
        if isinstance(self.actor_local_name, Unset):
            actor_local_name = UNSET
        else:
            actor_local_name = self.actor_local_name

        actor_name: None | str | Unset
        if isinstance(self.actor_name, Unset):
            actor_name = UNSET
        else:
            actor_name = self.actor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor_account_id": actor_account_id,
                "comment": comment,
                "occurred_at": occurred_at,
                "step": step,
                "step_name": step_name,
            }
        )
        if actor_local_name is not UNSET:
            field_dict["actor_local_name"] = actor_local_name
        if actor_name is not UNSET:
            field_dict["actor_name"] = actor_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = TrailAction(d.pop("action"))

        actor_account_id = UUID(d.pop("actor_account_id"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_step(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        step = _parse_step(d.pop("step"))

        def _parse_step_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        step_name = _parse_step_name(d.pop("step_name"))

        def _parse_actor_local_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_local_name = _parse_actor_local_name(d.pop("actor_local_name", UNSET))

        def _parse_actor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_name = _parse_actor_name(d.pop("actor_name", UNSET))

        trail_entry_read = cls(
            action=action,
            actor_account_id=actor_account_id,
            comment=comment,
            occurred_at=occurred_at,
            step=step,
            step_name=step_name,
            actor_local_name=actor_local_name,
            actor_name=actor_name,
        )

        trail_entry_read.additional_properties = d
        return trail_entry_read

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
