from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_item_result_problem_type_0 import BatchItemResultProblemType0
    from ..models.punch_read import PunchRead


T = TypeVar("T", bound="BatchItemResult")


@_attrs_define
class BatchItemResult:
    """
    Attributes:
        idempotency_key (str):
        status (int): The HTTP status this punch alone would have had
        problem (BatchItemResultProblemType0 | None | Unset): The problem details when refused
        punch (None | PunchRead | Unset):
    """

    idempotency_key: str
    status: int
    problem: BatchItemResultProblemType0 | None | Unset = UNSET
    punch: None | PunchRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_item_result_problem_type_0 import BatchItemResultProblemType0  # noqa: PLC0415
        from ..models.punch_read import PunchRead  # noqa: PLC0415

        idempotency_key = self.idempotency_key

        status = self.status

        problem: dict[str, Any] | None | Unset
        if isinstance(self.problem, Unset):
            problem = UNSET
        elif isinstance(self.problem, BatchItemResultProblemType0):
            problem = self.problem.to_dict()
        else:
            problem = self.problem

        punch: dict[str, Any] | None | Unset
        if isinstance(self.punch, Unset):
            punch = UNSET
        elif isinstance(self.punch, PunchRead):
            punch = self.punch.to_dict()
        else:
            punch = self.punch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idempotency_key": idempotency_key,
                "status": status,
            }
        )
        if problem is not UNSET:
            field_dict["problem"] = problem
        if punch is not UNSET:
            field_dict["punch"] = punch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item_result_problem_type_0 import BatchItemResultProblemType0  # noqa: PLC0415
        from ..models.punch_read import PunchRead  # noqa: PLC0415

        d = dict(src_dict)
        idempotency_key = d.pop("idempotency_key")

        status = d.pop("status")

        def _parse_problem(data: object) -> BatchItemResultProblemType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = BatchItemResultProblemType0.from_dict(data)

                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchItemResultProblemType0 | None | Unset, data)

        problem = _parse_problem(d.pop("problem", UNSET))

        def _parse_punch(data: object) -> None | PunchRead | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                punch_type_0 = PunchRead.from_dict(data)

                return punch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PunchRead | Unset, data)

        punch = _parse_punch(d.pop("punch", UNSET))

        batch_item_result = cls(
            idempotency_key=idempotency_key,
            status=status,
            problem=problem,
            punch=punch,
        )

        batch_item_result.additional_properties = d
        return batch_item_result

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
