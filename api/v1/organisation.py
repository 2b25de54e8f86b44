"""Organisation-wide settings: HR and administrators read them, administrators change them (audited)."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import ClockDep, CurrentActor, SessionDep
from api.v1.responses import problems
from domain.org import settings
from domain.org.settings import OrganisationSettingsRead, OrganisationSettingsUpdate

router = APIRouter(prefix="/organisation", tags=["organisation"])


@router.get(
    "/settings",
    operation_id="organisation-getSettings",
    response_model=OrganisationSettingsRead,
    responses=problems(401, 403),
    summary="The organisation's settings (HR and administrators)",
)
async def get_settings(actor: CurrentActor, session: SessionDep) -> OrganisationSettingsRead:
    return await settings.get_settings(session, actor=actor)


@router.put(
    "/settings",
    operation_id="organisation-updateSettings",
    response_model=OrganisationSettingsRead,
    responses=problems(401, 403, 422),
    summary="Change the organisation's settings, e.g. separation of duties in settlement (administrators; audited)",
)
async def update_settings(
    body: OrganisationSettingsUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> OrganisationSettingsRead:
    return await settings.update_settings(session, actor=actor, clock=clock, data=body)
