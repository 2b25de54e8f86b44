"""The skill catalogue and the skills people hold."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, UTCDateTime


class Skill(Base):
    """A skill of the catalogue (code such as `fresh_produce`, a name people read)."""

    __tablename__ = "skills"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    local_name: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EmployeeSkill(Base):
    """A skill a person holds: recorded by HR, or declared by the person (`source`)."""

    __tablename__ = "employee_skills"

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    skill_code: Mapped[str] = mapped_column(ForeignKey("skills.code", ondelete="CASCADE"), primary_key=True)
    source: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
