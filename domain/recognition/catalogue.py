"""The redemption catalogue HR keeps: what points buy (a shopping card, a half-day of leave), its
price in points and the stock left. Everyone reads the active items; HR sees and keeps them all.
Stock falls only through a redemption's conditional UPDATE (domain/recognition/redemptions.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.recognition.access import is_keeper, require_keeper
from domain.recognition.models import CatalogueItem
from domain.recognition.schemas import ItemKind, ItemRead, ItemWrite
from domain.shared import audit
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import Slice, cursor_text, decode_cursor, slice_of


def item_read(row: CatalogueItem) -> ItemRead:
    return ItemRead(
        code=row.code,
        name=row.name,
        local_name=row.local_name,
        description=row.description,
        kind=ItemKind(row.kind),
        price=row.price,
        stock=row.stock,
        active=row.active,
        version=row.version,
        updated_at=row.updated_at,
    )


def _not_found(code: str) -> NotFound:
    return NotFound(_("No catalogue item {code}.", code=code), slug="recognition.item_not_found")


async def put_item(session: AsyncSession, *, actor: Actor, clock: Clock, code: str, data: ItemWrite) -> ItemRead:
    """Adds an item (no `version`) or changes one (the version read): the stock given replaces the
    stock left; requests already made keep the price they were made at."""
    require_keeper(actor)
    now = clock.now()
    terms = {
        "name": data.name,
        "local_name": data.local_name,
        "description": data.description,
        "kind": data.kind.value,
        "price": data.price,
        "stock": data.stock,
        "active": data.active,
    }
    row = await session.get(CatalogueItem, code, with_for_update=True)
    before: dict[str, object] = {}
    if row is None:
        if data.version is not None:
            raise _not_found(code)
        row = CatalogueItem(code=code, version=1, created_at=now, updated_at=now, **terms)
        try:
            async with session.begin_nested():
                session.add(row)
                await session.flush()
        except IntegrityError:
            raise Conflict(
                _("The item was added meanwhile; reload it and try again."), slug="recognition.version_conflict"
            ) from None
    else:
        if data.version != row.version:
            raise Conflict(
                _("The item was changed meanwhile (version {version}); reload it and try again.", version=row.version),
                slug="recognition.version_conflict",
                current_version=row.version,
            )
        before = {key: getattr(row, key) for key in terms}
        for key, value in terms.items():
            setattr(row, key, value)
        row.version += 1
        row.updated_at = now
        await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="recognition.item_saved",
        entity_type="recognition_catalogue_item",
        entity_id=code,
        changes=audit.changed_fields(before, terms),
    )
    return item_read(row)


async def get_item(session: AsyncSession, *, actor: Actor, code: str) -> ItemRead:
    require_person(actor)
    row = await session.get(CatalogueItem, code)
    if row is None or not (row.active or is_keeper(actor)):
        raise _not_found(code)
    return item_read(row)


async def list_items(
    session: AsyncSession, *, actor: Actor, limit: int, cursor: str | None, kind: ItemKind | None = None
) -> Slice[ItemRead]:
    """By code; inactive items only for HR."""
    require_person(actor)
    query = select(CatalogueItem).order_by(CatalogueItem.code).limit(limit + 1)
    if not is_keeper(actor):
        query = query.where(CatalogueItem.active.is_(True))
    if kind is not None:
        query = query.where(CatalogueItem.kind == kind.value)
    if cursor is not None:
        (last,) = decode_cursor(cursor, arity=1)
        query = query.where(CatalogueItem.code > cursor_text(last))
    rows = list(await session.scalars(query))
    page = slice_of(rows, limit, lambda row: [row.code])
    return Slice(items=[item_read(row) for row in page.items], next_cursor=page.next_cursor)
