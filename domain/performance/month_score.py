"""One person's scored month, as the scorer produces it and month-end, rankings and pages consume it:
in a module of its own so that its readers need not import the scorer or the loader."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from domain.performance.schemas import EmployeeScore


@dataclass(frozen=True, slots=True)
class MonthScore:
    """One person's month: the overall score (text, as the API shows it), whether every metric of
    every part has points, the scorecard templates its parts used (in part order, no repeats), and,
    when asked for, the breakdown as JSON text: the document `EmployeeScore.model_dump(mode="json")`
    gives, serialised (month-end stores it as it is; `breakdown` and `employee_score` parse it)."""

    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    score: str | None
    complete: bool
    template_codes: tuple[str, ...]
    breakdown_json: str | None

    @property
    def breakdown(self) -> dict[str, Any]:
        if self.breakdown_json is None:
            raise ValueError("scored without breakdowns")
        document: dict[str, Any] = json.loads(self.breakdown_json)
        return document

    def employee_score(self) -> EmployeeScore:
        if self.breakdown_json is None:
            raise ValueError("scored without breakdowns")
        return EmployeeScore.model_validate_json(self.breakdown_json)
