from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_status import PostStatus

T = TypeVar("T", bound="ReportRead")


@_attrs_define
class ReportRead:
    """
    Attributes:
        created_at (datetime.datetime):
        post_id (UUID):
        post_status (PostStatus):
        post_title (str):
        reason (str):
        reporter_account_id (UUID):
    """

    created_at: datetime.datetime
    post_id: UUID
    post_status: PostStatus
    post_title: str
    reason: str
    reporter_account_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        post_id = str(self.post_id)

        post_status = self.post_status.value

        post_title = self.post_title

        reason = self.reason

        reporter_account_id = str(self.reporter_account_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "post_id": post_id,
                "post_status": post_status,
                "post_title": post_title,
                "reason": reason,
                "reporter_account_id": reporter_account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        post_id = UUID(d.pop("post_id"))

        post_status = PostStatus(d.pop("post_status"))

        post_title = d.pop("post_title")

        reason = d.pop("reason")

        reporter_account_id = UUID(d.pop("reporter_account_id"))

        report_read = cls(
            created_at=created_at,
            post_id=post_id,
            post_status=post_status,
            post_title=post_title,
            reason=reason,
            reporter_account_id=reporter_account_id,
        )

        report_read.additional_properties = d
        return report_read

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
