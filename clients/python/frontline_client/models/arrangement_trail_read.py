from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArrangementTrailRead")


@_attrs_define
class ArrangementTrailRead:
    """
    Attributes:
        action (str):
        actor_account_id (None | UUID):
        actor_name (None | str):
        at (datetime.datetime):
        comment (None | str):
        step (int | None):
        step_name (None | str):
    """

    action: str
    actor_account_id: None | UUID
    actor_name: None | str
    at: datetime.datetime
    comment: None | str
    step: int | None
    step_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor_account_id: None | str
        if isinstance(self.actor_account_id, UUID):
            actor_account_id = str(self.actor_account_id)
        else:
            actor_account_id = self.actor_account_id

        actor_name: None | str
        actor_name = self.actor_name

        at = self.at.isoformat()

        comment: None | str
        comment = self.comment

        step: int | None
        step = self.step

        step_name: None | str
        step_name = self.step_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor_account_id": actor_account_id,
                "actor_name": actor_name,
                "at": at,
                "comment": comment,
                "step": step,
                "step_name": step_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_actor_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_account_id_type_0 = UUID(data)

                return actor_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_account_id = _parse_actor_account_id(d.pop("actor_account_id"))

        def _parse_actor_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_name = _parse_actor_name(d.pop("actor_name"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

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

        arrangement_trail_read = cls(
            action=action,
            actor_account_id=actor_account_id,
            actor_name=actor_name,
            at=at,
            comment=comment,
            step=step,
            step_name=step_name,
        )

        arrangement_trail_read.additional_properties = d
        return arrangement_trail_read

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
