"""Organisation-wide settings: HR and administrators read them, administrators change them (audited)."""

from __future__ import annotations

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.v1.responses import problems
from domain.org import settings
from domain.org.settings import OrganisationSettingsRead, OrganisationSettingsUpdate

router = Router(prefix="/organisation", tags=["organisation"])


@router.get(
    "/settings",
    operation_id="organisation-getSettings",
    response_model=OrganisationSettingsRead,
    responses=problems(401, 403),
    summary="The organisation's settings (HR and administrators)",
)
async def get_settings(actor: CurrentActor, session: SessionDep) -> OrganisationSettingsRead:
    """Reads the organisation-wide settings: separation of duties in settlement and the mentor capacity.
    HR and administrators only (403 for anyone else). Until an administrator first changes a setting the
    defaults hold and `updated_at` is null.
    """
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
    """Changes organisation-wide settings; fields left out keep their value.
    Administrators only: HR works under these rules, so HR does not set them (403). With separation of duties
    on, whoever last calculated a pool may not approve it, and whoever closed a month may not approve that
    month's pools; `max_mentees` caps how many secondees one head-office mentor takes at once. Concurrent
    changes are applied one after the other, and each is written to the audit trail.
    """
    return await settings.update_settings(session, actor=actor, clock=clock, data=body)
