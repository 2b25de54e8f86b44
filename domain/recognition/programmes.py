"""HR programmes (e.g. "Spring festival heroes", 春节坚守英雄): a named pool of points that store
managers, department heads and HR award beyond their monthly budgets, until the pool is spent or its
last day has passed. Cards draw on it by compare-and-set (`remaining = remaining - p WHERE
remaining >= p`), so racing awards never overdraw it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.recognition.access import PROGRAMME_AWARDERS, require_keeper
from domain.recognition.models import RecognitionProgramme
from domain.recognition.schemas import ProgrammeRead, ProgrammeWrite
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import Slice, cursor_text, decode_cursor, slice_of


def programme_read(row: RecognitionProgramme) -> ProgrammeRead:
    return ProgrammeRead(
        code=row.code,
        name=row.name,
        local_name=row.local_name,
        description=row.description,
        pool=row.pool,
        remaining=row.remaining,
        ends_on=row.ends_on,
        active=row.active,
        version=row.version,
        updated_at=row.updated_at,
    )


def _require_reader(actor: Actor) -> None:
    require_role(
        actor,
        *PROGRAMME_AWARDERS,
        refusal=_("Programmes are for the managers and HR who award from them."),
        slug="recognition.programmes_forbidden",
    )


def _not_found(code: str) -> NotFound:
    return NotFound(_("No recognition programme {code}.", code=code), slug="recognition.programme_not_found")


async def put_programme(
    session: AsyncSession, *, actor: Actor, clock: Clock, code: str, data: ProgrammeWrite
) -> ProgrammeRead:
    """Adds a programme (no `version`) or changes one (the version read). A smaller pool keeps what
    was awarded: it may not fall below the points already given (409)."""
    require_keeper(actor)
    now = clock.now()
    terms = {
        "name": data.name,
        "local_name": data.local_name,
        "description": data.description,
        "ends_on": data.ends_on,
        "active": data.active,
    }
    row = await session.get(RecognitionProgramme, code, with_for_update=True)
    before: dict[str, object] = {}
    if row is None:
        if data.version is not None:
            raise _not_found(code)
        row = RecognitionProgramme(
            code=code,
            pool=data.pool,
            remaining=data.pool,
            version=1,
            created_at=now,
            updated_at=now,
            updated_by=actor.account_id,
            **terms,
        )
        try:
            async with session.begin_nested():
                session.add(row)
                await session.flush()
        except IntegrityError:
            raise Conflict(
                _("The programme was added meanwhile; reload it and try again."), slug="recognition.version_conflict"
            ) from None
    else:
        if data.version != row.version:
            raise Conflict(
                _(
                    "The programme was changed meanwhile (version {version}); reload it and try again.",
                    version=row.version,
                ),
                slug="recognition.version_conflict",
                current_version=row.version,
            )
        awarded = row.pool - row.remaining
        if data.pool < awarded:
            raise Conflict(
                _(
                    "{awarded} points of the programme were already awarded; the pool cannot be smaller.",
                    awarded=awarded,
                ),
                slug="recognition.pool_below_awarded",
                awarded=awarded,
            )
        before = {key: getattr(row, key) for key in (*terms, "pool")}
        for key, value in terms.items():
            setattr(row, key, value)
        row.remaining = data.pool - awarded
        row.pool = data.pool
        row.version += 1
        row.updated_at = now
        row.updated_by = actor.account_id
        await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="recognition.programme_saved",
        entity_type="recognition_programme",
        entity_id=code,
        changes=audit.changed_fields(before, {**terms, "pool": data.pool}),
    )
    return programme_read(row)


async def get_programme(session: AsyncSession, *, actor: Actor, code: str) -> ProgrammeRead:
    _require_reader(actor)
    row = await session.get(RecognitionProgramme, code)
    if row is None:
        raise _not_found(code)
    return programme_read(row)


async def list_programmes(
    session: AsyncSession, *, actor: Actor, active_only: bool, limit: int, cursor: str | None
) -> Slice[ProgrammeRead]:
    _require_reader(actor)
    query = select(RecognitionProgramme).order_by(RecognitionProgramme.code).limit(limit + 1)
    if active_only:
        query = query.where(RecognitionProgramme.active.is_(True))
    if cursor is not None:
        (last,) = decode_cursor(cursor, arity=1)
        query = query.where(RecognitionProgramme.code > cursor_text(last))
    rows = list(await session.scalars(query))
    page = slice_of(rows, limit, lambda row: [row.code])
    return Slice(items=[programme_read(row) for row in page.items], next_cursor=page.next_cursor)


async def draw(session: AsyncSession, *, code: str, points: int, today: date) -> None:
    """Takes `points` from an open programme's pool in one conditional UPDATE: a closed, ended or
    unknown programme is refused (422), a pool with too little left too (409, with what is left)."""
    drawn = await session.execute(
        update(RecognitionProgramme)
        .where(
            RecognitionProgramme.code == code,
            RecognitionProgramme.active.is_(True),
            or_(RecognitionProgramme.ends_on.is_(None), RecognitionProgramme.ends_on >= today),
            RecognitionProgramme.remaining >= points,
        )
        .values(remaining=RecognitionProgramme.remaining - points)
    )
    if drawn.rowcount == 1:  # type: ignore[attr-defined]
        return
    row = await session.get(RecognitionProgramme, code)
    if row is None or not row.active or (row.ends_on is not None and row.ends_on < today):
        raise InvalidInput(
            _("No open recognition programme {code}.", code=code),
            field="body.programme_code",
            slug="recognition.programme_closed",
        )
    raise Conflict(
        _("The programme has {remaining} points left.", remaining=row.remaining),
        slug="recognition.programme_exhausted",
        remaining=row.remaining,
    )
