"""Completions and the credits they earn. The learning platform pushes completions (client scope
`ingest:training`, up to 5,000 a batch, a verdict per line); HR or a store manager records a
classroom session's sign-in list; HR or a store manager scores a person's practice (0-10). All three
go through `record`, which judges each completion by the rule in force, stores it once per
(recorder, external id) and adds to the person's credits only what beats the course's best so far.

Awards lock the person's `course_credits` rows (created first, then locked in key order), so
completions of one course racing in two batches add up once and never deadlock. An award counts in
the month it arrives (a late completion does not reopen a month whose allowances are paid).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from domain.auth.scopes import Scope, require_client, unit_paths_within_reach, within_reach
from domain.org.models import OrgUnit
from domain.org.queries import organisation_timezone
from domain.people.models import Employee
from domain.people.scope import get_visible_employee, visible_employees
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.ids import new_id
from domain.shared.upsert import upsert_into
from domain.training.catalog import get_course, terms_of
from domain.training.models import Course, CourseCredit, CreditEntry, TrainingCompletion
from domain.training.policy import rules_in_force
from domain.training.rules import CreditRules, Delivery, Evidence, Verdict, award_delta, centi_text, verdict
from domain.training.schemas import (
    ClassroomSignIn,
    CompletionBatch,
    CompletionBatchDocumented,
    CompletionIn,
    CompletionIngestResult,
    CompletionRead,
    CompletionRef,
    CompletionRejection,
    PracticeScore,
)

completions_table = cast(Table, TrainingCompletion.__table__)
credits_table = cast(Table, CourseCredit.__table__)
entries_table = cast(Table, CreditEntry.__table__)
_LINE = TypeAdapter(CompletionIn)
# what makes two sendings of one external id the same completion
_CONTENT = (
    "employee_id",
    "course_code",
    "completed_on",
    "completion_percent",
    "exam_score",
    "attended",
    "mentor_score",
)


@dataclass(frozen=True, slots=True)
class Item:
    """A completion ready to store: checked, judged."""

    index: int
    external_id: str
    employee_id: uuid.UUID
    course: Course
    completed_on: date
    evidence: Evidence
    verdict: Verdict

    @property
    def content(self) -> tuple[Any, ...]:
        e = self.evidence
        return (
            self.employee_id,
            self.course.code,
            self.completed_on,
            e.completion_percent,
            e.exam_score,
            e.attended,
            e.mentor_score,
        )


@dataclass(slots=True)
class Outcome:
    accepted: int = 0
    credited: int = 0
    awards: dict[int, int] = field(default_factory=dict)  # credits added, by the item's index
    duplicates: list[CompletionRef] = field(default_factory=list)
    conflicts: list[CompletionRef] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Stored:
    sent_before: list[str]  # external ids stored earlier (nothing changed for them)
    awards: dict[str, int]  # credits added, by external id


def month_of(now: datetime, zone: Any) -> str:
    local = now.astimezone(zone)
    return f"{local.year:04d}-{local.month:02d}"


async def record(
    session: AsyncSession, *, recorder_id: uuid.UUID, source: str, now: datetime, items: list[Item]
) -> Outcome:
    """Stores new completions and awards their credits; a completion sent before is a duplicate
    (same content) or a conflict (other content) and changes nothing."""
    outcome = Outcome()
    if not items:
        return outcome
    month = month_of(now, await organisation_timezone(session))
    connection = await session.connection()
    by_key: dict[str, Item] = {}
    for item in items:
        twin = by_key.get(item.external_id)
        if twin is None:
            by_key[item.external_id] = item
        else:
            bucket = outcome.duplicates if twin.content == item.content else outcome.conflicts
            bucket.append(CompletionRef(index=item.index, external_id=item.external_id))
    # key order: racing batches over the same completions and course rows wait, never deadlock
    ordered = [by_key[key] for key in sorted(by_key)]
    if connection.dialect.name == "postgresql":
        stored = await _store_postgresql(connection, recorder_id, source, month, now, ordered)
    else:
        stored = await _store(connection, recorder_id, source, month, now, ordered)
    if stored.sent_before:
        contents = await _stored(connection, recorder_id, stored.sent_before)
        for key in stored.sent_before:
            item = by_key[key]
            bucket = outcome.duplicates if contents.get(key) == item.content else outcome.conflicts
            bucket.append(CompletionRef(index=item.index, external_id=key))
    outcome.accepted = len(ordered) - len(stored.sent_before)
    outcome.credited = len(stored.awards)
    outcome.awards = {by_key[key].index: credits for key, credits in stored.awards.items()}
    return outcome


def _best_per_course(items: list[Item]) -> dict[tuple[uuid.UUID, str], Item]:
    """The best new completion per (person, course): the one that may raise the course's credits."""
    best: dict[tuple[uuid.UUID, str], Item] = {}
    for item in items:
        if item.verdict.credits_centi <= 0:
            continue
        pair = (item.employee_id, item.course.code)
        held = best.get(pair)
        if held is None or item.verdict.credits_centi > held.verdict.credits_centi:
            best[pair] = item
    return best


async def _store(
    connection: AsyncConnection, recorder_id: uuid.UUID, source: str, month: str, now: datetime, ordered: list[Item]
) -> _Stored:
    """SQLite (and the reference for the PostgreSQL statement below): insert, lock, raise, award."""
    dialect = connection.dialect.name
    rows = []
    for item in ordered:
        e = item.evidence
        rows.append(
            {
                "id": new_id(),
                "recorded_by": recorder_id,
                "source": source,
                "external_id": item.external_id,
                "employee_id": item.employee_id,
                "course_code": item.course.code,
                "completed_on": item.completed_on,
                "completion_percent": e.completion_percent,
                "exam_score": e.exam_score,
                "attended": e.attended,
                "mentor_score": e.mentor_score,
                "earned_centi": item.verdict.credits_centi,
                "rule": item.verdict.rule,
                "counts_in": month,
                "received_at": now,
            }
        )
    statement = (
        upsert_into(completions_table, dialect)
        .on_conflict_do_nothing(index_elements=["recorded_by", "external_id"])
        .returning(completions_table.c.external_id, completions_table.c.id)
    )
    inserted = {key: completion_id for key, completion_id in await connection.execute(statement, rows)}
    sent_before = [item.external_id for item in ordered if item.external_id not in inserted]
    best = _best_per_course([item for item in ordered if item.external_id in inserted])
    awards: dict[str, int] = {}
    if not best:
        return _Stored(sent_before, awards)
    counted = await _lock_course_credits(connection, dialect, sorted(best), now)
    raised: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for pair in sorted(best):
        item = best[pair]
        delta = award_delta(counted[pair], item.verdict.credits_centi)
        if delta <= 0:
            continue
        raised.append({"e": pair[0], "c": pair[1], "counted": counted[pair] + delta, "delta": delta, "now": now})
        entries.append(
            {
                "id": new_id(),
                "employee_id": pair[0],
                "kind": "award",
                "category": item.course.category,
                "course_code": pair[1],
                "credits_centi": delta,
                "completion_id": inserted[item.external_id],
                "revokes_id": None,
                "rule": item.verdict.rule,
                "reason": None,
                "counts_in": month,
                "recorded_at": now,
                "recorded_by": recorder_id,
            }
        )
        awards[item.external_id] = delta
    if raised:
        await connection.execute(
            update(credits_table)
            .where(credits_table.c.employee_id == bindparam("e"), credits_table.c.course_code == bindparam("c"))
            .values(
                counted_centi=bindparam("counted"), last_raise_centi=bindparam("delta"), updated_at=bindparam("now")
            ),
            raised,
        )
        await connection.execute(entries_table.insert(), entries)
    return _Stored(sent_before, awards)


async def _lock_course_credits(
    connection: AsyncConnection, dialect: str, pairs: list[tuple[uuid.UUID, str]], now: datetime
) -> dict[tuple[uuid.UUID, str], int]:
    """Each pair's counted credits, its row created if new and locked (key order) until commit."""
    await connection.execute(
        upsert_into(credits_table, dialect).on_conflict_do_nothing(index_elements=["employee_id", "course_code"]),
        [{"employee_id": e, "course_code": c, "counted_centi": 0, "updated_at": now} for e, c in pairs],
    )
    employees = sorted({e for e, _ in pairs})
    query = (
        select(credits_table.c.employee_id, credits_table.c.course_code, credits_table.c.counted_centi)
        .where(credits_table.c.employee_id.in_(employees))
        .order_by(credits_table.c.employee_id, credits_table.c.course_code)
        .with_for_update()
    )
    found = {(e, c): counted for e, c, counted in await connection.execute(query)}
    return {pair: found[pair] for pair in pairs}


# PostgreSQL: the same in one round trip, lines in as arrays. The best new completion per (person,
# course) raises the course's row with INSERT ... ON CONFLICT DO UPDATE, which locks the row (in key
# order) and compares with its latest committed value, so racing batches add a course's credits once;
# the row keeps what the raise added (`last_raise_centi`) for the award's ledger line. The answer
# names the lines sent before (credits NULL) and the awards made.
_LINE_COLUMNS = (
    "external_id, employee_id, course_code, completed_on, completion_percent, exam_score, attended, mentor_score, "
    "earned_centi, rule"
)
_STORE_POSTGRESQL = f"""
WITH input AS (
    SELECT * FROM unnest($5::text[], $6::uuid[], $7::text[], $8::date[], $9::int[], $10::int[], $11::bool[],
                         $12::int[], $13::int[], $14::text[], $15::text[])
        AS t({_LINE_COLUMNS}, category)
), inserted AS (
    INSERT INTO training_completions (id, recorded_by, source, counts_in, received_at, {_LINE_COLUMNS})
    SELECT gen_random_uuid(), $1, $2, $3, $4, {_LINE_COLUMNS} FROM input
    ON CONFLICT (recorded_by, external_id) DO NOTHING
    RETURNING id, external_id, employee_id, course_code, earned_centi
), best AS (
    SELECT DISTINCT ON (i.employee_id, i.course_code)
           i.id, i.external_id, i.employee_id, i.course_code, i.earned_centi, input.rule, input.category
    FROM inserted i JOIN input USING (external_id)
    WHERE i.earned_centi > 0
    ORDER BY i.employee_id, i.course_code, i.earned_centi DESC, i.external_id
), raised AS (
    INSERT INTO course_credits AS held (employee_id, course_code, counted_centi, last_raise_centi, updated_at)
    SELECT employee_id, course_code, earned_centi, earned_centi, $4 FROM best ORDER BY employee_id, course_code
    ON CONFLICT (employee_id, course_code) DO UPDATE
    SET counted_centi = excluded.counted_centi,
        last_raise_centi = excluded.counted_centi - held.counted_centi,
        updated_at = excluded.updated_at
    WHERE excluded.counted_centi > held.counted_centi
    RETURNING employee_id, course_code, last_raise_centi
), awarded AS (
    INSERT INTO credit_entries (id, employee_id, kind, category, course_code, credits_centi, completion_id, rule,
                                counts_in, recorded_at, recorded_by)
    SELECT gen_random_uuid(), b.employee_id, 'award', b.category, b.course_code, r.last_raise_centi, b.id, b.rule,
           $3, $4, $1
    FROM raised r JOIN best b USING (employee_id, course_code)
    RETURNING completion_id, credits_centi
)
SELECT external_id, NULL::int AS credits
FROM (SELECT external_id FROM input EXCEPT ALL SELECT external_id FROM inserted) AS sent_before
UNION ALL
SELECT b.external_id, a.credits_centi FROM awarded a JOIN best b ON b.id = a.completion_id
"""  # noqa: S608 (only constant column names are interpolated)


async def _store_postgresql(
    connection: AsyncConnection, recorder_id: uuid.UUID, source: str, month: str, now: datetime, ordered: list[Item]
) -> _Stored:
    columns: list[list[Any]] = [[] for _ in range(11)]
    for item in ordered:
        e = item.evidence
        for column, value in zip(
            columns,
            (
                item.external_id,
                item.employee_id,
                item.course.code,
                item.completed_on,
                e.completion_percent,
                e.exam_score,
                e.attended,
                e.mentor_score,
                item.verdict.credits_centi,
                item.verdict.rule,
                item.course.category,
            ),
            strict=True,
        ):
            column.append(value)
    raw = await connection.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    # the session's own connection and transaction, without SQLAlchemy's per-row type processing
    answer = await driver.fetch(_STORE_POSTGRESQL, recorder_id, source, month, now, *columns)
    return _Stored(
        sent_before=sorted(r[0] for r in answer if r[1] is None),
        awards={r[0]: r[1] for r in answer if r[1] is not None},
    )


async def _stored(connection: AsyncConnection, recorder_id: uuid.UUID, keys: list[str]) -> dict[str, tuple[Any, ...]]:
    columns = [completions_table.c[name] for name in _CONTENT]
    query = select(completions_table.c.external_id, *columns).where(
        completions_table.c.recorded_by == recorder_id,
        completions_table.c.external_id.in_(bindparam("keys", expanding=True)),
    )
    return {key: tuple(content) for key, *content in await connection.execute(query, {"keys": keys})}


# --- the learning platform's pushes ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadBatch:
    received: int
    valid: list[tuple[int, CompletionIn]]
    rejected: list[CompletionRejection]


def read_batch(raw_body: bytes) -> ReadBatch:
    """All completions in one parse when clean, one by one otherwise; a malformed envelope raises
    `ValidationError` (the request's 422)."""
    try:
        lines = CompletionBatchDocumented.model_validate_json(raw_body).completions
        return ReadBatch(len(lines), list(enumerate(lines)), [])
    except ValidationError:
        raw_lines = CompletionBatch.model_validate_json(raw_body).completions
    valid: list[tuple[int, CompletionIn]] = []
    rejected: list[CompletionRejection] = []
    for index, raw in enumerate(raw_lines):
        try:
            valid.append((index, _LINE.validate_python(raw)))
        except ValidationError as exc:
            error = exc.errors(include_url=False)[0]
            location = ".".join(str(part) for part in error["loc"])
            external_id = raw.get("external_id") if isinstance(raw, dict) else None
            rejected.append(
                CompletionRejection(
                    index=index,
                    external_id=external_id if isinstance(external_id, str) else None,
                    reason="line.invalid",
                    detail=f"{location}: {error['msg']}" if location else error["msg"],
                    field=f"completions.{index}.{location}" if location else f"completions.{index}",
                )
            )
    return ReadBatch(len(raw_lines), valid, rejected)


_NEEDS = {
    Delivery.ONLINE: ("completion_percent",),
    Delivery.CLASSROOM: ("attended",),
    Delivery.PRACTICE: ("mentor_score",),
}


def missing_evidence(course: Course, line: CompletionIn) -> str | None:
    for name in _NEEDS[Delivery(course.delivery)]:
        if getattr(line, name) is None:
            return name
    return None


def active_on(course: Course, day: date) -> bool:
    return course.active_from <= day and (course.active_to is None or day <= course.active_to)


async def ingest_completions(
    session: AsyncSession, *, actor: Actor, clock: Clock, batch: ReadBatch
) -> CompletionIngestResult:
    client_id = require_client(actor, Scope.INGEST_TRAINING)
    now = clock.now()
    today = now.astimezone(await organisation_timezone(session)).date()
    rules = (await rules_in_force(session))[0].credit_rules
    rejected = list(batch.rejected)
    valid = batch.valid
    codes = {line.course_code for _, line in valid}
    courses = {c.code: c for c in await session.scalars(select(Course).where(Course.code.in_(codes)))} if codes else {}
    people = await _employees(session, actor, {line.employee_no for _, line in valid})

    def reject(index: int, line: CompletionIn, reason: str, detail: str, field: str) -> None:
        rejected.append(
            CompletionRejection(
                index=index,
                external_id=line.external_id,
                reason=reason,
                detail=detail,
                field=f"completions.{index}.{field}",
            )
        )

    items: list[Item] = []
    verdicts: dict[tuple[str, Evidence], Verdict] = {}
    for index, line in valid:
        course = courses.get(line.course_code)
        if course is None:
            reject(index, line, "course.not_found", f"No course {line.course_code!r}.", "course_code")
            continue
        employee_id = people.get(line.employee_no)
        if employee_id is None:
            reject(index, line, "employee.not_found", f"No employee {line.employee_no!r}.", "employee_no")
            continue
        if line.completed_on > today:
            reject(index, line, "completed_on.future", "The completion is dated in the future.", "completed_on")
            continue
        if not active_on(course, line.completed_on):
            detail = f"Course {course.code!r} was not offered on {line.completed_on}."
            reject(index, line, "course.inactive", detail, "completed_on")
            continue
        if (missing := missing_evidence(course, line)) is not None:
            detail = f"A {course.delivery} course's completion needs {missing}."
            reject(index, line, "completion.incomplete", detail, missing)
            continue
        evidence = Evidence(
            completion_percent=line.completion_percent,
            exam_score=line.exam_score,
            attended=line.attended,
            mentor_score=line.mentor_score,
        )
        # a batch repeats a few courses and scores thousands of times: each pair is judged once
        judged = verdicts.get((course.code, evidence))
        if judged is None:
            judged = verdicts[(course.code, evidence)] = judge(course, evidence, rules)
        items.append(Item(index, line.external_id, employee_id, course, line.completed_on, evidence, judged))
    outcome = await record(session, recorder_id=client_id, source="platform", now=now, items=items)
    return CompletionIngestResult(
        received=batch.received,
        accepted=outcome.accepted,
        credited=outcome.credited,
        duplicates=sorted(outcome.duplicates, key=lambda r: r.index),
        conflicts=sorted(outcome.conflicts, key=lambda r: r.index),
        rejected=sorted(rejected, key=lambda r: r.index),
    )


def judge(course: Course, evidence: Evidence, rules: CreditRules) -> Verdict:
    return verdict(terms_of(course), evidence, rules)


async def _employees(session: AsyncSession, actor: Actor, numbers: set[str]) -> dict[str, uuid.UUID]:
    """Employee numbers to ids, for the people whose home unit lies within the client's reach."""
    if not numbers:
        return {}
    reach = await unit_paths_within_reach(session, actor)
    query = (
        select(Employee.employee_no, Employee.id, OrgUnit.path)
        .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
        .where(Employee.employee_no.in_(bindparam("numbers", expanding=True)))
    )
    rows = await session.execute(query, {"numbers": sorted(numbers)})
    return {number: employee_id for number, employee_id, path in rows if within_reach(path, reach)}


# --- classroom sign-ins and practice scores ----------------------------------------------------------


def _require_recorder(actor: Actor) -> None:
    require_role(
        actor,
        Role.HR,
        Role.ADMIN,
        Role.STORE_MANAGER,
        Role.DEPT_HEAD,
        refusal=_("Only HR, store managers and department heads record classroom sessions and practice."),
        slug="training.forbidden",
    )


async def _course_of(session: AsyncSession, code: str, delivery: Delivery, day: date) -> Course:
    course = await get_course(session, code)
    if course.delivery != delivery:
        raise InvalidInput(
            _("Course {code} is not a {delivery} course.", code=code, delivery=delivery.value),
            field="path.code",
            slug="course.wrong_delivery",
        )
    if not active_on(course, day):
        raise InvalidInput(
            _("Course {code} was not offered on {day}.", code=code, day=day), field="body", slug="course.inactive"
        )
    return course


async def _check_day(session: AsyncSession, clock: Clock, day: date, field: str) -> None:
    if day > clock.now().astimezone(await organisation_timezone(session)).date():
        raise InvalidInput(_("The date is in the future."), field=field, slug="completed_on.future")


async def record_sign_ins(
    session: AsyncSession, *, actor: Actor, clock: Clock, code: str, data: ClassroomSignIn
) -> CompletionIngestResult:
    """A classroom session's sign-in list; sending it again changes nothing, a changed line is a conflict."""
    _require_recorder(actor)
    course = await _course_of(session, code, Delivery.CLASSROOM, data.held_on)
    await _check_day(session, clock, data.held_on, "body.held_on")
    rules = (await rules_in_force(session))[0].credit_rules
    listed = {line.employee_id for line in data.attendees}
    visible = await visible_employees(session, actor, clock, on=data.held_on)
    seen_by_actor = set(await session.scalars(select(Employee.id).where(Employee.id.in_(listed), visible)))
    seen: set[uuid.UUID] = set()
    for index, line in enumerate(data.attendees):
        if line.employee_id not in seen_by_actor:
            raise NotFound(_("No employee {employee_id}.", employee_id=line.employee_id), slug="employee.not_found")
        if line.employee_id == actor.employee_id:
            raise Forbidden(_("Nobody records their own training."), slug="training.own_record")
        if line.employee_id in seen:
            raise InvalidInput(
                _("A person is listed twice."), field=f"body.attendees[{index}].employee_id", slug="sign_in.duplicate"
            )
        seen.add(line.employee_id)
    items = []
    for index, line in enumerate(data.attendees):
        evidence = Evidence(attended=line.attended, exam_score=line.exam_score)
        items.append(
            Item(
                index,
                f"classroom:{code}:{data.session_id}:{line.employee_id}",
                line.employee_id,
                course,
                data.held_on,
                evidence,
                judge(course, evidence, rules),
            )
        )
    outcome = await record(session, recorder_id=actor.account_id, source="classroom", now=clock.now(), items=items)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="training.sign_ins_recorded",
        entity_type="course",
        entity_id=code,
        changes={"session_id": data.session_id, "held_on": data.held_on.isoformat(), "attendees": len(items)},
    )
    return CompletionIngestResult(
        received=len(items),
        accepted=outcome.accepted,
        credited=outcome.credited,
        duplicates=outcome.duplicates,
        conflicts=outcome.conflicts,
        rejected=[],
    )


async def record_practice(
    session: AsyncSession, *, actor: Actor, clock: Clock, code: str, data: PracticeScore
) -> CompletionRead:
    """A practice score; one a day per person and course (the same again is answered as before)."""
    _require_recorder(actor)
    await get_visible_employee(session, actor, clock, data.employee_id, on=data.completed_on)
    course = await _course_of(session, code, Delivery.PRACTICE, data.completed_on)
    await _check_day(session, clock, data.completed_on, "body.completed_on")
    if data.employee_id == actor.employee_id:
        raise Forbidden(_("Nobody records their own training."), slug="training.own_record")
    rules = (await rules_in_force(session))[0].credit_rules
    evidence = Evidence(mentor_score=data.score)
    external_id = f"practice:{code}:{data.employee_id}:{data.completed_on.isoformat()}"
    item = Item(0, external_id, data.employee_id, course, data.completed_on, evidence, judge(course, evidence, rules))
    outcome = await record(session, recorder_id=actor.account_id, source="practice", now=clock.now(), items=[item])
    if outcome.conflicts:
        raise InvalidInput(
            _("This person's practice of the course was already scored that day, differently."),
            field="body.score",
            slug="practice.already_scored",
        )
    stored = await session.scalar(
        select(TrainingCompletion).where(
            TrainingCompletion.recorded_by == actor.account_id, TrainingCompletion.external_id == external_id
        )
    )
    assert stored is not None
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="training.practice_scored",
        entity_type="employee",
        entity_id=data.employee_id,
        changes={"course": code, "score": data.score, "note": data.note},
    )
    credited = outcome.awards.get(0, 0)
    return completion_read(stored, credited)


def completion_read(stored: TrainingCompletion, credited: int) -> CompletionRead:
    return CompletionRead(
        id=stored.id,
        employee_id=stored.employee_id,
        course_code=stored.course_code,
        completed_on=stored.completed_on,
        earned=centi_text(stored.earned_centi),
        credited=centi_text(credited),
        rule=stored.rule,
        met=stored.earned_centi > 0,
    )
