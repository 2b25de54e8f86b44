"""Who had left by a day, and who left within a span, read from the employees' status history
(domain/people/models.py EmployeeStatusChange): the SQL the retention and turnover figures share.

A person has left on a day when their latest status change effective on or before it is `left`
(someone taken back on later is on the books again from that day). People without any history row
(written before the history was kept and not migrated, e.g. straight into the tables) count as
never having left."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from domain.people.models import EmployeeStatus, EmployeeStatusChange


def gone_by(day: date) -> Select[uuid.UUID]:
    """The ids of the people who had left by `day` (their status on it is `left`). Read from the
    `left` rows alone, each checked against a later change by the (employee, effective_on) index:
    leavers are few beside the whole history."""
    left = aliased(EmployeeStatusChange)
    later = aliased(EmployeeStatusChange)
    overtaken = exists().where(
        later.employee_id == left.employee_id,
        later.effective_on <= day,
        later.status != EmployeeStatus.LEFT,
        or_(
            later.effective_on > left.effective_on,
            and_(later.effective_on == left.effective_on, later.id > left.id),
        ),
    )
    return select(left.employee_id).where(left.status == EmployeeStatus.LEFT, left.effective_on <= day, ~overtaken)


def first_left(after: date, through: date) -> Select[uuid.UUID, date]:
    """Per person who left on a day in [after + 1, through], the first such day (columns
    `employee_id`, `left_on`); nobody when `through` comes before it."""
    return (
        select(EmployeeStatusChange.employee_id, func.min(EmployeeStatusChange.effective_on).label("left_on"))
        .where(
            EmployeeStatusChange.status == EmployeeStatus.LEFT,
            EmployeeStatusChange.effective_on > after,
            EmployeeStatusChange.effective_on <= through,
        )
        .group_by(EmployeeStatusChange.employee_id)
    )
