"""The care profile: the person reads and corrects it, consents per category, exports it and
withdraws; HR reads it with a stated purpose, and each such read is logged for the person.
Nobody else reads it: store managers, department heads and leaders see the derived constraints
(domain/care/constraints.py), never the facts behind them.

Values are sealed per (person, category) before they reach the database, and never appear in audit
rows, events, problems or logs: the audit says which categories changed, not to what."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.care import protections
from domain.care.availability import policy_in_force
from domain.care.constraints import as_read as constraint_read
from domain.care.constraints import constraints_in
from domain.care.models import CareAccessEntry, CareConsent, CarePeriod, CareRecord, Category, WomenShareMember
from domain.care.protections import Birth, Facts, Policy, add_months
from domain.care.schemas import (
    AccessEntryRead,
    CareExport,
    CareProfileData,
    CareProfileRead,
    CareProfileUpdate,
    ConsentGrant,
    ConsentRead,
    ConsentsRead,
    Nursing,
    Pregnancy,
    Safety,
)
from domain.org.queries import organisation_today
from domain.people.models import Employee
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, cursor_int, decode_cursor, slice_of
from domain.shared.sealing import Sealer
from domain.transfers.access import lock_employee

DUE_DATE_AHEAD_MONTHS = 10
DUE_DATE_PAST_MONTHS = 1
_FIELDS = {category: CareProfileData.model_fields[category.value] for category in Category}
_ADAPTERS: dict[Category, TypeAdapter[Any]] = {
    category: TypeAdapter(field.annotation) for category, field in _FIELDS.items() if field.annotation is not None
}


def _context(employee_id: uuid.UUID, category: Category) -> str:
    return f"care:{employee_id}:{category.value}"


def seal(sealer: Sealer, employee_id: uuid.UUID, category: Category, value: Any) -> str:
    plain = json.dumps(_ADAPTERS[category].dump_python(value, mode="json"), ensure_ascii=False, sort_keys=True)
    return sealer.seal(plain.encode(), _context(employee_id, category))


def unseal(sealer: Sealer, record: CareRecord) -> Any:
    category = Category(record.category)
    plain = sealer.open(record.sealed, _context(record.employee_id, category))
    return _ADAPTERS[category].validate_python(json.loads(plain))


def own_employee(actor: Actor) -> uuid.UUID:
    if actor.employee_id is None:
        raise Forbidden(_("Only an employee has a care profile."), slug="care.no_employee")
    return actor.employee_id


async def _records(session: AsyncSession, employee_id: uuid.UUID) -> list[CareRecord]:
    return list(await session.scalars(select(CareRecord).where(CareRecord.employee_id == employee_id)))


async def _consents(session: AsyncSession, employee_id: uuid.UUID) -> list[CareConsent]:
    return list(
        await session.scalars(
            select(CareConsent).where(CareConsent.employee_id == employee_id).order_by(CareConsent.category)
        )
    )


async def read_profile(session: AsyncSession, sealer: Sealer, employee_id: uuid.UUID) -> CareProfileRead:
    records = await _records(session, employee_id)
    values = {record.category: unseal(sealer, record) for record in records}
    return CareProfileRead(
        employee_id=employee_id,
        consents=[ConsentRead.model_validate(c) for c in await _consents(session, employee_id)],
        updated_at=max((r.updated_at for r in records), default=None),
        **values,
    )


async def read_categories(
    session: AsyncSession, sealer: Sealer, employee_id: uuid.UUID, categories: Iterable[Category]
) -> dict[Category, Any]:
    """Some categories of one person's profile, opened (for that person's own use): one read."""
    wanted = [c.value for c in categories]
    records = await session.scalars(
        select(CareRecord).where(CareRecord.employee_id == employee_id, CareRecord.category.in_(wanted))
    )
    return {Category(record.category): unseal(sealer, record) for record in records}


async def my_profile(session: AsyncSession, *, actor: Actor, sealer: Sealer) -> CareProfileRead:
    return await read_profile(session, sealer, own_employee(actor))


def _check_dates(data: CareProfileUpdate, sent: set[str], today: date) -> None:
    """Dates a person could not mean, refused with the field named and the value never repeated."""
    if "pregnancy" in sent and data.pregnancy is not None:
        due = data.pregnancy.due_date
        if due > add_months(today, DUE_DATE_AHEAD_MONTHS):
            raise InvalidInput(
                _("The due date must be at most 10 months ahead."),
                field="body.pregnancy.due_date",
                slug="care.due_date_out_of_range",
            )
        if due < add_months(today, -DUE_DATE_PAST_MONTHS):
            raise InvalidInput(
                _("The due date must not be more than a month past; record the birth under nursing."),
                field="body.pregnancy.due_date",
                slug="care.due_date_out_of_range",
            )
    if "nursing" in sent and data.nursing is not None:
        for position, birth in enumerate(data.nursing.births):
            if birth.born_on > today:
                raise InvalidInput(
                    _("A date of birth must not be in the future."),
                    field=f"body.nursing.births.{position}.born_on",
                    slug="care.birth_in_future",
                )
    if "children" in sent and data.children is not None:
        for position, child in enumerate(data.children):
            if child.birth_month > today.strftime("%Y-%m"):
                raise InvalidInput(
                    _("A birth month must not be in the future."),
                    field=f"body.children.{position}.birth_month",
                    slug="care.birth_in_future",
                )
            if (child.school_latitude is None) != (child.school_longitude is None):
                raise InvalidInput(
                    _("Give both the school's latitude and longitude, or neither."),
                    field=f"body.children.{position}.school_longitude",
                    slug="validation.invalid",
                )


async def update_my_profile(
    session: AsyncSession, *, actor: Actor, clock: Clock, sealer: Sealer, data: CareProfileUpdate
) -> CareProfileRead:
    employee_id = own_employee(actor)
    await lock_employee(session, employee_id)  # one writer per person: racing edits queue, not collide
    sent = data.model_fields_set
    consented = {c.category for c in await _consents(session, employee_id)}
    for category in Category:
        if category.value in sent and getattr(data, category.value) is not None and category.value not in consented:
            raise Conflict(
                _("Give your consent to keep this category before recording it."),
                slug="care.consent_required",
                errors=[
                    {
                        "field": f"body.{category.value}",
                        "message": _("consent to '{category}' has not been given", category=category.value),
                        "type": "care.consent_required",
                    }
                ],
            )
    _check_dates(data, sent, await organisation_today(session, clock))
    existing = {record.category: record for record in await _records(session, employee_id)}
    changed: list[str] = []
    now = clock.now()
    for category in Category:
        if category.value not in sent:
            continue
        value = getattr(data, category.value)
        record = existing.get(category.value)
        if value is None:
            if record is not None:
                await session.delete(record)
                changed.append(category.value)
            continue
        sealed = seal(sealer, employee_id, category, value)
        if record is None:
            session.add(CareRecord(employee_id=employee_id, category=category.value, sealed=sealed, updated_at=now))
        else:
            record.sealed = sealed
            record.updated_at = now
        changed.append(category.value)
    await session.flush()
    if changed:
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="care.profile_updated",
            entity_type="care_profile",
            entity_id=employee_id,
            changes={"categories": changed},
        )
        await recompute_periods(session, sealer, employee_id)
    return await read_profile(session, sealer, employee_id)


async def give_consent(session: AsyncSession, *, actor: Actor, clock: Clock, data: ConsentGrant) -> ConsentsRead:
    employee_id = own_employee(actor)
    await lock_employee(session, employee_id)
    held = {c.category for c in await _consents(session, employee_id)}
    new = [category.value for category in dict.fromkeys(data.categories) if category.value not in held]
    for category in new:
        session.add(CareConsent(employee_id=employee_id, category=category, given_at=clock.now()))
    if new:
        await session.flush()
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="care.consent_given",
            entity_type="care_profile",
            entity_id=employee_id,
            changes={"categories": new},
        )
    return ConsentsRead(consents=[ConsentRead.model_validate(c) for c in await _consents(session, employee_id)])


async def withdraw_consent(
    session: AsyncSession, *, actor: Actor, clock: Clock, sealer: Sealer, category: Category
) -> None:
    """Withdrawing deletes the category's data with the consent (not a hidden flag), and is audited."""
    employee_id = own_employee(actor)
    await lock_employee(session, employee_id)
    removed_data = await session.execute(
        delete(CareRecord).where(CareRecord.employee_id == employee_id, CareRecord.category == category.value)
    )
    removed_consent = await session.execute(
        delete(CareConsent).where(CareConsent.employee_id == employee_id, CareConsent.category == category.value)
    )
    if removed_consent.rowcount or removed_data.rowcount:  # type: ignore[attr-defined]
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="care.consent_withdrawn",
            entity_type="care_profile",
            entity_id=employee_id,
            changes={"category": category.value, "data_deleted": bool(removed_data.rowcount)},  # type: ignore[attr-defined]
        )
        await recompute_periods(session, sealer, employee_id)


async def hr_read(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    sealer: Sealer,
    employee_id: uuid.UUID,
    purpose: str | None,
) -> CareProfileRead:
    """HR reads a profile for a stated purpose; the read is logged for the person (who, when, which
    categories, why). Nobody else reads it, administrators included."""
    require_role(actor, Role.HR, refusal=_("Only HR reads a care profile, with a stated purpose."), slug="care.hr_only")
    if purpose is None or not purpose.strip():
        raise InvalidInput(
            _("Say why you are reading this profile: a purpose is required."),
            field="query.purpose",
            slug="care.purpose_required",
        )
    employee = await session.get(Employee, employee_id)
    if employee is None:
        raise NotFound(_("No employee {employee_id}.", employee_id=employee_id), slug="employee.not_found")
    profile = await read_profile(session, sealer, employee_id)
    session.add(
        CareAccessEntry(
            employee_id=employee_id,
            reader_account_id=actor.account_id,
            reader_name=await _reader_name(session, actor),
            categories=[c.value for c in Category if getattr(profile, c.value) is not None],
            purpose=purpose.strip(),
            read_at=clock.now(),
            request_id=actor.request_id,
        )
    )
    await session.flush()
    return profile


async def _reader_name(session: AsyncSession, actor: Actor) -> str:
    if actor.employee_id is None:
        return str(actor.account_id)
    name = await session.scalar(select(Employee.full_name).where(Employee.id == actor.employee_id))
    return name or str(actor.account_id)


async def my_access_log(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[AccessEntryRead]:
    """HR's reads of my profile, newest first."""
    employee_id = own_employee(actor)
    query = (
        select(CareAccessEntry)
        .where(CareAccessEntry.employee_id == employee_id)
        .order_by(CareAccessEntry.id.desc())
        .limit(limit + 1)
    )
    if cursor is not None:
        (last,) = decode_cursor(cursor, arity=1)
        query = query.where(CareAccessEntry.id < cursor_int(last))
    page = slice_of(list(await session.scalars(query)), limit, lambda row: [row.id])
    return Slice(items=[AccessEntryRead.model_validate(r) for r in page.items], next_cursor=page.next_cursor)


async def export(session: AsyncSession, *, actor: Actor, clock: Clock, sealer: Sealer) -> CareExport:
    """Everything held about my care, as one document: the profile and consents, every HR read, and
    the constraints for the coming year (PIPL: the right to a copy)."""
    employee_id = own_employee(actor)
    today = await organisation_today(session, clock)
    entries = await session.scalars(
        select(CareAccessEntry).where(CareAccessEntry.employee_id == employee_id).order_by(CareAccessEntry.id)
    )
    found = await constraints_in(session, employee_id, today, add_months(today, 12))
    return CareExport(
        exported_at=clock.now(),
        profile=await read_profile(session, sealer, employee_id),
        access_log=[AccessEntryRead.model_validate(r) for r in entries],
        constraints=[constraint_read(c, actor.language) for c in found],
    )


def facts_of(values: dict[str, Any]) -> Facts:
    pregnancy: Pregnancy | None = values.get(Category.PREGNANCY.value)
    nursing: Nursing | None = values.get(Category.NURSING.value)
    safety: Safety | None = values.get(Category.SAFETY.value)
    return Facts(
        due_date=pregnancy.due_date if pregnancy else None,
        births=tuple(Birth(b.born_on, b.babies) for b in nursing.births) if nursing else (),
        latest_shift_end=safety.latest_shift_end if safety else None,
        max_commute_km=Decimal(str(safety.max_commute_km)) if safety and safety.max_commute_km is not None else None,
    )


_RULE_CATEGORIES = (Category.SEX.value, Category.PREGNANCY.value, Category.NURSING.value, Category.SAFETY.value)


def counts_as_woman(values: dict[str, Any]) -> bool:
    """For the women's late-shift share: the recorded sex, or else a pregnancy or nursing on file."""
    sex = values.get(Category.SEX.value)
    if sex is not None:
        return bool(sex == "female")
    return bool(values.get(Category.PREGNANCY.value) or values.get(Category.NURSING.value))


async def recompute_periods(
    session: AsyncSession, sealer: Sealer, employee_id: uuid.UUID, policy: Policy | None = None
) -> None:
    """Rewrites the person's derived constraints from the profile as it now stands."""
    if policy is None:
        policy, _version = await policy_in_force(session)
    records = await session.scalars(
        select(CareRecord).where(CareRecord.employee_id == employee_id, CareRecord.category.in_(_RULE_CATEGORIES))
    )
    values = {record.category: unseal(sealer, record) for record in records}
    facts = facts_of(values)
    await session.execute(delete(CarePeriod).where(CarePeriod.employee_id == employee_id))
    await session.execute(delete(WomenShareMember).where(WomenShareMember.employee_id == employee_id))
    if counts_as_woman(values):
        session.add(WomenShareMember(employee_id=employee_id))
    for period in protections.profile_periods(facts, policy):
        rule = period.rule
        session.add(
            CarePeriod(
                employee_id=employee_id,
                kind=rule.kind.value,
                basis=rule.basis.value,
                start_date=period.start,
                end_date=period.end,
                minutes=rule.minutes,
                starts=rule.starts,
                ends=rule.ends,
                km=None if rule.km is None else str(rule.km),
            )
        )
    await session.flush()


async def recompute_everyone(session: AsyncSession, sealer: Sealer, policy: Policy) -> int:
    """After a policy change: every profile's constraints again, under the new numbers."""
    people = list(await session.scalars(select(CareRecord.employee_id).distinct()))
    stale = set(await session.scalars(select(CarePeriod.employee_id).distinct()))
    for employee_id in sorted({*people, *stale}):
        await recompute_periods(session, sealer, employee_id, policy)
    return len(people)


async def reseal_all(session: AsyncSession, sealer: Sealer) -> int:
    """Key rotation: every value sealed under an older key is opened and sealed again under the current
    (first) key, row-locked so a concurrent edit waits. Returns how many were re-sealed; run it until 0,
    then retire the old key."""
    stale = (
        await session.scalars(
            select(CareRecord)
            .where(~CareRecord.sealed.startswith(f"{sealer.current}."))
            .order_by(CareRecord.employee_id, CareRecord.category)
            .with_for_update()
        )
    ).all()
    for record in stale:
        record.sealed = sealer.seal(
            sealer.open(record.sealed, _context(record.employee_id, Category(record.category))),
            _context(record.employee_id, Category(record.category)),
        )
    await session.flush()
    return len(stale)
