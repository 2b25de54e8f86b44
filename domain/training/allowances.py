"""Monthly training allowances: each active person's level at a month's end (all credits counted in
that month or before) pays the level's monthly allowance. HR calculates a month once it has ended
(again as often as needed until approved); another HR person approves it, which locks it: its lines
never change, and the payroll CSV reads them. A completion arriving later counts in its own month,
so a locked month's levels stay what they were."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.org.queries import organisation_timezone, organisation_today
from domain.people.models import Employee, EmployeeStatus
from domain.performance.months import Month
from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.csv_export import Amount, Column, csv_document
from domain.shared.errors import Conflict, Forbidden, NotFound
from domain.shared.i18n import _, render
from domain.shared.money import format_minor
from domain.training import bonus
from domain.training.catalog import require_hr
from domain.training.models import AllowanceLine, AllowanceMonth, BonusLine, CreditEntry
from domain.training.policy import rules_in_force
from domain.training.rules import LEVELS, Level, centi_text, level_for
from domain.training.schemas import AllowanceLineRead, AllowanceMonthRead, BonusLineRead, MyAllowance

CALCULATED = "calculated"
APPROVED = "approved"


def allowance_minor(level: Level, allowances_minor: Sequence[int]) -> int:
    """The monthly allowance of a level (none: nothing)."""
    return 0 if level is Level.NONE else allowances_minor[LEVELS.index(level)]


async def _ended(session: AsyncSession, clock: Clock, month: Month) -> None:
    zone = await organisation_timezone(session)
    if clock.now().astimezone(zone).date() <= month.last:
        raise Conflict(
            _("Allowances are calculated once the month has ended ({ends_on}).", ends_on=month.last),
            slug="allowance.month_not_ended",
            ends_on=month.last.isoformat(),
            timezone=str(zone),
        )


async def _month(session: AsyncSession, month: Month, *, lock: bool = False) -> AllowanceMonth:
    query = select(AllowanceMonth).where(AllowanceMonth.month == str(month))
    row = await session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NotFound(_("No allowances calculated for {month}.", month=str(month)), slug="allowance.not_found")
    return row


async def calculate(session: AsyncSession, *, actor: Actor, clock: Clock, month: Month) -> AllowanceMonthRead:
    """Every active person's level at the month's end and its allowance, in one set-based read;
    replaces an earlier calculation of the month unless it was approved."""
    require_hr(actor)
    await _ended(session, clock, month)
    policy, policy_version = await rules_in_force(session)
    thresholds, allowances = policy.thresholds_centi, policy.allowances_minor
    key = str(month)
    existing = await session.scalar(select(AllowanceMonth).where(AllowanceMonth.month == key).with_for_update())
    if existing is not None and existing.status == APPROVED:
        raise Conflict(_("The allowances of {month} are approved and locked.", month=key), slug="allowance.locked")
    balances = await session.execute(
        select(CreditEntry.employee_id, func.sum(CreditEntry.credits_centi))
        .join(Employee, Employee.id == CreditEntry.employee_id)
        .where(CreditEntry.counts_in <= key, Employee.status == EmployeeStatus.ACTIVE)
        .group_by(CreditEntry.employee_id)
        .having(func.sum(CreditEntry.credits_centi) >= thresholds[0])
    )
    lines: list[dict[str, Any]] = []
    for employee_id, balance in balances:
        level = level_for(int(balance), thresholds)
        lines.append(
            {
                "month": key,
                "employee_id": employee_id,
                "level": level.value,
                "balance_centi": int(balance),
                "amount_minor": allowance_minor(level, allowances),
                "currency": policy.currency,
            }
        )
    bonuses = await bonus.month_lines(session, month)
    now = clock.now()
    total = sum(int(line["amount_minor"]) for line in lines)
    fresh = existing is None
    if existing is None:
        existing = AllowanceMonth(month=key, version=0)
    else:
        await session.execute(delete(AllowanceLine).where(AllowanceLine.month == key))
        await session.execute(delete(BonusLine).where(BonusLine.month == key))
    existing.status, existing.currency, existing.total_minor = CALCULATED, policy.currency, total
    existing.bonus_total_minor = sum(int(line["amount_minor"]) for line in bonuses)
    existing.people, existing.policy_version = len(lines), policy_version
    existing.version += 1
    existing.calculated_at, existing.calculated_by, existing.updated_at = now, actor.account_id, now
    if fresh:  # two first calculations racing: the month's key lets one in, the other is a 409
        try:
            async with session.begin_nested():
                session.add(existing)
                await session.flush()
        except IntegrityError:
            raise Conflict(
                _("The allowances of {month} were calculated meanwhile; review them.", month=key),
                slug="allowance.calculated_concurrently",
            ) from None
    await session.flush()
    if lines:
        await session.execute(insert(AllowanceLine), lines)
    if bonuses:
        await session.execute(insert(BonusLine), bonuses)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="allowances.calculated",
        entity_type="allowance_month",
        entity_id=key,
        changes={
            "people": len(lines),
            "total_minor": total,
            "bonus_lines": len(bonuses),
            "bonus_total_minor": existing.bonus_total_minor,
            "policy_version": policy_version,
        },
    )
    return month_read(existing)


async def approve(
    session: AsyncSession, *, actor: Actor, clock: Clock, month: Month, version: int
) -> AllowanceMonthRead:
    """Locks the month's allowances; whoever calculated them does not approve them."""
    require_hr(actor)
    row = await _month(session, month, lock=True)
    if row.status == APPROVED:
        raise Conflict(
            _("The allowances of {month} are approved and locked.", month=row.month), slug="allowance.locked"
        )
    if row.version != version:
        raise Conflict(
            _(
                "The allowances were recalculated meanwhile (version {version}); review them again.",
                version=row.version,
            ),
            slug="allowance.version_conflict",
            current_version=row.version,
        )
    if row.calculated_by == actor.account_id:
        raise Forbidden(_("Whoever calculated the allowances does not approve them."), slug="allowance.own_calculation")
    now = clock.now()
    row.status, row.approved_at, row.approved_by = APPROVED, now, actor.account_id
    row.version += 1
    row.updated_at = now
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="allowances.approved",
        entity_type="allowance_month",
        entity_id=row.month,
        changes={"people": row.people, "total_minor": row.total_minor},
    )
    return month_read(row)


def month_read(row: AllowanceMonth) -> AllowanceMonthRead:
    return AllowanceMonthRead(
        month=row.month,
        status=row.status,
        people=row.people,
        total=format_minor(row.total_minor, row.currency),
        bonus_total=format_minor(row.bonus_total_minor, row.currency),
        currency=row.currency,
        policy_version=row.policy_version,
        version=row.version,
        calculated_at=row.calculated_at,
        approved_at=row.approved_at,
    )


async def get_month(session: AsyncSession, *, actor: Actor, month: Month) -> AllowanceMonthRead:
    require_hr(actor)
    row = await _month(session, month)
    lines = await session.execute(
        select(AllowanceLine, Employee.employee_no, Employee.full_name)
        .join(Employee, Employee.id == AllowanceLine.employee_id)
        .where(AllowanceLine.month == row.month)
        .order_by(Employee.employee_no)
    )
    read = month_read(row)
    read.lines = [
        AllowanceLineRead(
            employee_id=line.employee_id,
            employee_no=number,
            full_name=name,
            level=Level(line.level),
            balance=centi_text(line.balance_centi),
            amount=format_minor(line.amount_minor, line.currency),
        )
        for line, number, name in lines
    ]
    bonus_rows = await session.execute(
        select(BonusLine, Employee.employee_no, Employee.full_name, OrgUnit.code)
        .join(Employee, Employee.id == BonusLine.employee_id)
        .join(OrgUnit, OrgUnit.id == BonusLine.unit_id)
        .where(BonusLine.month == row.month)
        .order_by(Employee.employee_no, OrgUnit.code)
    )
    read.bonus_lines = [
        BonusLineRead(
            employee_id=line.employee_id,
            employee_no=number,
            full_name=name,
            unit_id=line.unit_id,
            unit_code=code,
            basis=line.basis,
            days=line.days,
            sales=format_minor(line.sales_minor, line.currency),
            target=format_minor(line.target_minor, line.currency),
            excess=format_minor(line.excess_minor, line.currency),
            modifier_percent=line.modifier_percent,
            amount=format_minor(line.amount_minor, line.currency),
            capped=line.capped,
        )
        for line, number, name, code in bonus_rows
    ]
    return read


PAYROLL_COLUMNS = [
    Column("employee_no", _("Employee no.")),
    Column("full_name", _("Name")),
    Column("period", _("Period")),
    Column("item", _("Item")),
    Column("detail", _("Detail")),
    Column("currency", _("Currency")),
    Column("amount", _("Amount")),
]


async def payroll_csv(session: AsyncSession, *, actor: Actor, month: Month) -> tuple[str, str]:
    """(file name, CSV text) of an approved month: one labelled line per person and item (the
    training allowance, 学分津贴, with the level; the frontline contribution bonus, 一线贡献奖金, with
    the store), by employee number, through the one CSV writer."""
    require_hr(actor)
    row = await _month(session, month)
    if row.status != APPROVED:
        raise Conflict(
            _("Payroll reads approved allowance months only."), slug="allowance.not_approved", status_now=row.status
        )
    allowance_rows = await session.execute(
        select(
            Employee.employee_no,
            Employee.full_name,
            AllowanceLine.level,
            AllowanceLine.amount_minor,
            AllowanceLine.currency,
        )
        .join(Employee, Employee.id == AllowanceLine.employee_id)
        .where(AllowanceLine.month == row.month, AllowanceLine.amount_minor != 0)
    )
    bonus_rows = await session.execute(
        select(Employee.employee_no, Employee.full_name, OrgUnit.code, BonusLine.amount_minor, BonusLine.currency)
        .join(Employee, Employee.id == BonusLine.employee_id)
        .join(OrgUnit, OrgUnit.id == BonusLine.unit_id)
        .where(BonusLine.month == row.month, BonusLine.amount_minor != 0)
    )
    allowance_item = render(_("Training allowance"), actor.language)
    bonus_item = render(_("Frontline contribution bonus"), actor.language)
    cells: list[list[Any]] = [
        [number, name, row.month, allowance_item, level, currency, Amount(int(amount), currency)]
        for number, name, level, amount, currency in allowance_rows
    ]
    cells.extend(
        [number, name, row.month, bonus_item, code, currency, Amount(int(amount), currency)]
        for number, name, code, amount, currency in bonus_rows
    )
    cells.sort(key=lambda cell: (cell[0], cell[3] != allowance_item, cell[4]))
    document = csv_document(PAYROLL_COLUMNS, cells, language=actor.language)
    return f"training-allowances-{row.month}.csv", document


async def my_allowances(
    session: AsyncSession, *, actor: Actor, clock: Clock, year: int | None = None
) -> list[MyAllowance]:
    """My monthly statements of a year, this one by default (approved months are locked, calculated
    ones still pending approval)."""
    if actor.employee_id is None:
        raise NotFound(_("This account is not an employee's."), slug="employee.not_found")
    year = year or (await organisation_today(session, clock)).year
    months = {
        month: status
        for month, status in await session.execute(
            select(AllowanceMonth.month, AllowanceMonth.status).where(AllowanceMonth.month.like(f"{year:04d}-%"))
        )
    }
    allowance = {
        line.month: line
        for line in await session.scalars(
            select(AllowanceLine).where(
                AllowanceLine.employee_id == actor.employee_id, AllowanceLine.month.in_(list(months))
            )
        )
    }
    bonuses: dict[str, int] = {
        month: int(total)
        for month, total in await session.execute(
            select(BonusLine.month, func.sum(BonusLine.amount_minor))
            .where(BonusLine.employee_id == actor.employee_id, BonusLine.month.in_(list(months)))
            .group_by(BonusLine.month)
        )
    }
    policy, _version = await rules_in_force(session)
    statements = []
    for month in sorted(set(allowance) | set(bonuses)):
        line = allowance.get(month)
        currency = line.currency if line is not None else policy.currency
        statements.append(
            MyAllowance(
                month=month,
                level=Level(line.level) if line is not None else Level.NONE,
                balance=centi_text(line.balance_centi) if line is not None else "0",
                amount=format_minor(line.amount_minor if line is not None else 0, currency),
                bonus=format_minor(bonuses.get(month, 0), currency),
                currency=currency,
                status=months[month],
            )
        )
    return statements
