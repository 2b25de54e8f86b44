"""The thresholds the mission figures are held to, as HR sets them: the smallest group shown, the
frontline days that count as having gone, and each flag's threshold. One row, absent until HR first
saves (the defaults below hold until then), saved with the version read (a save racing another
loses with 409), audited with what changed. A new threshold applies from the next evaluation: open
flags clear when their figure is within it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics.models import AnalyticsSettings
from domain.analytics.rules import DEFAULT_MINIMUM, Direction, Threshold
from domain.analytics.schemas import AnalyticsSettingsRead, AnalyticsSettingsUpdate
from domain.analytics.sight import sight_of
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict
from domain.shared.i18n import _
from domain.shared.upsert import upsert

ROW = 1
SHARES = ("participation_below", "satisfaction_below", "attrition_above", "turnover_above", "late_shift_share_above")


@dataclass(frozen=True, slots=True)
class Settings:
    minimum_group: int = DEFAULT_MINIMUM
    frontline_days: int = 20  # days at the frontline in twelve months that count as having gone
    participation_below: Decimal = Decimal("0.20")
    satisfaction_below: Decimal = Decimal("0.60")
    attrition_above: Decimal = Decimal("0.15")  # leavers within 12 months of a posting's end
    turnover_above: Decimal = Decimal("0.30")  # a store's leavers over a year, of its headcount
    late_shift_share_above: Decimal = Decimal("0.10")  # women's share of a store's late shifts
    leader_days_below: int = 30  # a leader's or manager's frontline days in a year
    version: int = 0
    updated_at: datetime | None = None

    def threshold(self, name: str) -> Threshold:
        """`participation_below` -> flagged below 0.20, and so on."""
        value = getattr(self, name)
        direction = Direction.BELOW if name.endswith("_below") else Direction.ABOVE
        return Threshold(direction, Decimal(value))


DEFAULTS = Settings()


async def settings_in_force(session: AsyncSession) -> Settings:
    """The settings (no authorization: for the figures and the worker)."""
    row = await session.scalar(select(AnalyticsSettings).where(AnalyticsSettings.id == ROW))
    if row is None:
        return DEFAULTS
    return Settings(
        minimum_group=row.minimum_group,
        frontline_days=row.frontline_days,
        participation_below=Decimal(row.participation_below),
        satisfaction_below=Decimal(row.satisfaction_below),
        attrition_above=Decimal(row.attrition_above),
        turnover_above=Decimal(row.turnover_above),
        late_shift_share_above=Decimal(row.late_shift_share_above),
        leader_days_below=row.leader_days_below,
        version=row.version,
        updated_at=row.updated_at,
    )


def _read(settings: Settings) -> AnalyticsSettingsRead:
    values = asdict(settings)
    for name in SHARES:
        values[name] = str(Decimal(values[name]).quantize(Decimal("0.0001")))
    return AnalyticsSettingsRead(**values)


async def read_settings(session: AsyncSession, *, actor: Actor) -> AnalyticsSettingsRead:
    """Whoever reads analytics reads the thresholds they are held to (anyone else 404)."""
    await sight_of(session, actor)
    return _read(await settings_in_force(session))


def _stored(settings: Settings) -> dict[str, object]:
    values = asdict(settings)
    values.pop("version")
    values.pop("updated_at")
    for name in SHARES:
        values[name] = str(Decimal(values[name]).quantize(Decimal("0.0001")))
    return values


async def save_settings(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: AnalyticsSettingsUpdate
) -> AnalyticsSettingsRead:
    require_role(actor, Role.HR, Role.ADMIN, refusal=_("Only HR and administrators set the analytics thresholds."))
    before = await settings_in_force(session)
    if data.version != before.version:
        raise _changed(before.version)
    now = clock.now()
    changes: dict[str, Any] = {
        name: Decimal(value) if name in SHARES else value
        for name, value in data.model_dump(exclude={"version"}).items()
    }
    after = replace(before, **changes, version=data.version + 1, updated_at=now)
    values = {**_stored(after), "version": after.version, "updated_at": now, "updated_by": actor.account_id}
    if data.version == 0:
        insert = (await upsert(session, AnalyticsSettings)).values(id=ROW, **values)
        written = await session.execute(insert.on_conflict_do_nothing(index_elements=["id"]))
    else:
        written = await session.execute(
            update(AnalyticsSettings)
            .where(AnalyticsSettings.id == ROW, AnalyticsSettings.version == data.version)
            .values(**values)
        )
    if written.rowcount != 1:  # type: ignore[attr-defined]
        raise _changed((await settings_in_force(session)).version)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="analytics.settings_saved",
        entity_type="analytics_settings",
        entity_id=str(ROW),
        changes=audit.changed_fields(_stored(before), _stored(after)),
    )
    return _read(after)


def _changed(version: int) -> Conflict:
    return Conflict(
        _(
            "The analytics settings were changed meanwhile (version {version}); reload them and try again.",
            version=version,
        ),
        slug="analytics.settings_changed",
        version=version,
    )
