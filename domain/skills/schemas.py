"""The skill catalogue and people's skills, as the API reads and writes them."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from domain.shared.schemas import BusinessCode, DisplayName, InputModel, OutputModel

Tag = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]{0,31}$")]
Description = Annotated[str, StringConstraints(strict=True, max_length=4000)]


class SkillUpdate(InputModel):
    name: DisplayName
    local_name: DisplayName | None = None


class SkillRead(OutputModel):
    code: str
    name: str
    local_name: str | None


class MySkills(InputModel):
    """The skills I declare (replacing my earlier declaration; HR's records stay)."""

    skills: list[BusinessCode] = Field(max_length=50)


class EmployeeSkillRead(OutputModel):
    code: str
    name: str
    source: str = Field(description="hr or self")
