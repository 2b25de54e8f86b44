"""Growth: who meets the promotion rules, and the training credits earned, by period, department and
sex, counted on each period's last day.

`eligible`: of the people on the books on the period's last day (hired by it, not left by it in
the status history) whom a rule applies to (an active rule, or the one asked for), those who meet
at least one, as the growth context decides it on that day (domain/growth/eligibility.py
`evaluate_all`: its facts are read set-based, its conditions are pure functions applied per person
in Python; no SQL form of the rules exists, and writing a second one would let the two disagree).
`credits`: the credits of the ledger lines that count in the period's months (awards less
revocations and corrections, domain/training), of the people on the books on its last day: `value`
the total (a decimal string, hundredths at most), `numerator` the people with credits to their name
in the period, `denominator` the people counted.

Promotions are not recorded anywhere (no title or grade history is kept), so promotion outcomes of
people with and without frontline experience are not measured here. Calendar periods under the
active rules are read from the worker's roll-ups (domain/analytics/rollups.py)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.analytics import cuts, rollups, rules
from domain.analytics.cuts import Department, Tally
from domain.analytics.inputs import check_grouping, check_range
from domain.analytics.rollups import Stored
from domain.analytics.rules import Granularity, Period
from domain.analytics.schemas import FigureSeries
from domain.analytics.settings import Settings, settings_in_force
from domain.analytics.sight import narrowed, sight_of
from domain.care.models import WomenShareMember
from domain.growth.eligibility import evaluate_all, get_rule
from domain.growth.models import EligibilityRule
from domain.org.models import OrgUnit
from domain.org.queries import organisation_today
from domain.people.leavers import gone_by
from domain.people.models import Employee
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.training.models import CreditEntry
from domain.training.rules import centi_text

FIGURE = "growth"
MEASURES = ("eligible", "credits")


def month_text(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


async def _people(session: AsyncSession) -> dict[uuid.UUID, tuple[str, bool, date]]:
    """Everyone's home path, whether counted among women, and hire date: one read (who was on the
    books on a day is the evaluation's to say)."""
    home = aliased(OrgUnit)
    rows = await session.execute(
        select(Employee.id, home.path, WomenShareMember.employee_id.is_not(None), Employee.hire_date)
        .join(home, home.id == Employee.home_unit_id)
        .outerjoin(WomenShareMember, WomenShareMember.employee_id == Employee.id)
    )
    return {employee_id: (path, bool(woman), hired) for employee_id, path, woman, hired in rows}


async def eligible_tallies(
    session: AsyncSession,
    last_day: date,
    chosen: list[EligibilityRule],
    people: dict[uuid.UUID, tuple[str, bool, date]],
) -> list[Tally]:
    """Per home unit and sex: the people a chosen rule applies to on `last_day`, and those meeting one."""
    applies: set[uuid.UUID] = set()
    meets: set[uuid.UUID] = set()
    for evaluated in await evaluate_all(session, last_day, chosen, on_books=True):
        applies.add(evaluated.person.employee_id)
        if evaluated.eligible:
            meets.add(evaluated.person.employee_id)
    counted: Counter[tuple[str, bool]] = Counter()
    met: Counter[tuple[str, bool]] = Counter()
    for employee_id in applies:
        known = people.get(employee_id)
        if known is None or known[2] > last_day:
            continue
        counted[known[:2]] += 1
        met[known[:2]] += employee_id in meets
    return [Tally(path, woman, met[(path, woman)], heads) for (path, woman), heads in counted.items()]


async def credit_tallies(session: AsyncSession, first_day: date, last_day: date) -> tuple[list[Tally], list[Tally]]:
    """Per home unit and sex, of the people on the books on `last_day`: the hundredths of credit
    counting in [first_day's month, last_day's month] and the people with any, over the people."""
    earned = (
        select(CreditEntry.employee_id, func.sum(CreditEntry.credits_centi).label("centi"))
        .where(CreditEntry.counts_in >= month_text(first_day), CreditEntry.counts_in <= month_text(last_day))
        .group_by(CreditEntry.employee_id)
        .subquery()
    )
    home = aliased(OrgUnit)
    woman = WomenShareMember.employee_id.is_not(None)
    rows = await session.execute(
        select(
            home.path,
            woman.label("woman"),
            func.coalesce(func.sum(earned.c.centi), 0),
            func.count().filter(earned.c.centi != 0),
            func.count(),
        )
        .select_from(Employee)
        .join(home, home.id == Employee.home_unit_id)
        .outerjoin(earned, earned.c.employee_id == Employee.id)
        .outerjoin(WomenShareMember, WomenShareMember.employee_id == Employee.id)
        .where(Employee.hire_date <= last_day, Employee.id.not_in(gone_by(last_day)))
        .group_by(home.path, woman)
    )
    amounts, earners = [], []
    for path, is_woman, centi, with_credits, people in rows:
        amounts.append(Tally(path, bool(is_woman), int(centi), int(people)))
        earners.append(Tally(path, bool(is_woman), int(with_credits), int(people)))
    return amounts, earners


async def active_rules(session: AsyncSession) -> list[EligibilityRule]:
    return list(
        await session.scalars(
            select(EligibilityRule).where(EligibilityRule.active.is_(True)).order_by(EligibilityRule.code)
        )
    )


def _variant(chosen: Sequence[EligibilityRule]) -> str:
    return ",".join(f"{rule.code}@{rule.version}" for rule in chosen)


async def variant(session: AsyncSession, _settings: Settings) -> str:
    """The active rules and their versions: a rule changed or (de)activated is a new roll-up."""
    return f"active:{_variant(await active_rules(session))}"


async def computed(session: AsyncSession, period: Period, today: date, settings: Settings) -> list[Stored]:
    """Every group's points of one period under the active rules (the roll-up's computation)."""
    chosen, people = await active_rules(session), await _people(session)
    return await _computed(session, period, settings.minimum_group, chosen, people)


async def _computed(
    session: AsyncSession,
    period: Period,
    minimum: int,
    chosen: list[EligibilityRule],
    people: dict[uuid.UUID, tuple[str, bool, date]],
) -> list[Stored]:
    units: list[Department] = await cuts.departments(session)
    tallies = await eligible_tallies(session, period.last, chosen, people)
    cells, partitions = cuts.lattice(period.label, tallies, units)
    found = rollups.from_cells(cells, partitions, minimum, "eligible")
    amounts, earners = await credit_tallies(session, period.first, period.last)
    amount_cells, _parts = cuts.lattice(period.label, amounts, units)
    cells, partitions = cuts.lattice(period.label, earners, units)
    concealed = rules.suppressed(cells, partitions, minimum)
    for i, cell in enumerate(cells):
        if i in concealed:
            found.append(rollups.hidden(cell.group, "credits"))
        else:
            text = centi_text(amount_cells[i].numerator)
            found.append(Stored(cell.group, "credits", text, cell.numerator, cell.denominator, False))
    return found


async def growth(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    period_from: date,
    period_to: date,
    group_by: Sequence[str] = (),
    granularity: Granularity = Granularity.MONTH,
    unit_id: uuid.UUID | None = None,
    rule_code: str | None = None,
) -> FigureSeries:
    sight = await narrowed(session, await sight_of(session, actor), unit_id)
    check_range(period_from, period_to)
    check_grouping(group_by)
    if granularity is Granularity.WEEK:
        raise InvalidInput(
            _("Credits count in months: read growth by month, quarter or year."),
            field="query.granularity",
            slug="analytics.granularity_unsupported",
        )
    if rule_code is not None:
        chosen = [await get_rule(session, rule_code)]
        rolled = f"rule:{_variant(chosen)}"  # not rolled up: computed for the request
    else:
        chosen = await active_rules(session)
        rolled = f"active:{_variant(chosen)}"
    settings = await settings_in_force(session)
    units: list[Department] = await cuts.departments(session)
    wanted = cuts.wanted_keys(group_by, units, sight)
    people: dict[uuid.UUID, tuple[str, bool, date]] | None = None

    async def compute(session: AsyncSession, period: Period, today: date, settings: Settings) -> list[Stored]:
        nonlocal people
        if people is None:
            people = await _people(session)
        return await _computed(session, period, settings.minimum_group, chosen, people)

    found, as_of = await rollups.read(
        session,
        figure=FIGURE,
        variant=rolled,
        settings=settings,
        periods=rules.periods(period_from, period_to, granularity),
        today=await organisation_today(session, clock),
        compute=compute,
        groups=[key for key, _group in wanted],
    )
    return FigureSeries(
        figure=FIGURE,
        period_from=period_from,
        period_to=period_to,
        granularity=granularity,
        group_by=list(dict.fromkeys(group_by)),
        threshold=None,
        direction=None,
        minimum_group=settings.minimum_group,
        points=rollups.series(found, wanted, MEASURES, measure_first=True),
        as_of=as_of,
    )
