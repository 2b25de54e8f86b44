from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_category import CreditCategory

T = TypeVar("T", bound="CreditEntryRead")


@_attrs_define
class CreditEntryRead:
    """
    Attributes:
        category (CreditCategory):
        completion_id (None | UUID):
        counts_in (str): The month it counts in (YYYY-MM)
        course_code (None | str):
        course_title (None | str):
        credits_ (str):
        id (UUID):
        kind (str): award, revocation or correction
        reason (None | str):
        recorded_at (datetime.datetime):
        revokes_id (None | UUID):
        rule (None | str):
    """

    category: CreditCategory
    completion_id: None | UUID
    counts_in: str
    course_code: None | str
    course_title: None | str
    credits_: str
    id: UUID
    kind: str
    reason: None | str
    recorded_at: datetime.datetime
    revokes_id: None | UUID
    rule: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        completion_id: None | str
        if isinstance(self.completion_id, UUID):
            completion_id = str(self.completion_id)
        else:
            completion_id = self.completion_id

        counts_in = self.counts_in

        course_code: None | str
        course_code = self.course_code

        course_title: None | str
        course_title = self.course_title

        credits_ = self.credits_

        id = str(self.id)

        kind = self.kind

        reason: None | str
        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        revokes_id: None | str
        if isinstance(self.revokes_id, UUID):
            revokes_id = str(self.revokes_id)
        else:
            revokes_id = self.revokes_id

        rule: None | str
        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "completion_id": completion_id,
                "counts_in": counts_in,
                "course_code": course_code,
                "course_title": course_title,
                "credits": credits_,
                "id": id,
                "kind": kind,
                "reason": reason,
                "recorded_at": recorded_at,
                "revokes_id": revokes_id,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = CreditCategory(d.pop("category"))

        def _parse_completion_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_id_type_0 = UUID(data)

                return completion_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        completion_id = _parse_completion_id(d.pop("completion_id"))

        counts_in = d.pop("counts_in")

        def _parse_course_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        course_code = _parse_course_code(d.pop("course_code"))

        def _parse_course_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        course_title = _parse_course_title(d.pop("course_title"))

        credits_ = d.pop("credits")

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        def _parse_revokes_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revokes_id_type_0 = UUID(data)

                return revokes_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        revokes_id = _parse_revokes_id(d.pop("revokes_id"))

        def _parse_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule = _parse_rule(d.pop("rule"))

        credit_entry_read = cls(
            category=category,
            completion_id=completion_id,
            counts_in=counts_in,
            course_code=course_code,
            course_title=course_title,
            credits_=credits_,
            id=id,
            kind=kind,
            reason=reason,
            recorded_at=recorded_at,
            revokes_id=revokes_id,
            rule=rule,
        )

        credit_entry_read.additional_properties = d
        return credit_entry_read

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
