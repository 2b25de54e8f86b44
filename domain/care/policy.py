"""The protection policy in force: China's rules by default; HR (or an administrator) sets another
jurisdiction's numbers as a new version (audited), and every profile's constraints follow at once."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.scopes import require_person
from domain.care.availability import policy_in_force
from domain.care.models import ProtectionPolicyVersion
from domain.care.profile import recompute_everyone
from domain.care.protections import Policy
from domain.care.schemas import PolicyRead, PolicyUpdate
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict
from domain.shared.i18n import _
from domain.shared.sealing import Sealer


async def get_policy(session: AsyncSession, *, actor: Actor) -> PolicyRead:
    """Anyone signed in reads the rules that protect them."""
    require_person(actor)
    policy, version = await policy_in_force(session)
    row = await session.get(ProtectionPolicyVersion, version) if version else None
    return PolicyRead(**policy.model_dump(), version=version, created_at=row.created_at if row else None)


async def set_policy(
    session: AsyncSession, *, actor: Actor, clock: Clock, sealer: Sealer, data: PolicyUpdate
) -> PolicyRead:
    require_role(
        actor,
        Role.HR,
        Role.ADMIN,
        refusal=_("Only HR and administrators change the protection policy."),
        slug="care.policy_forbidden",
    )
    before, version = await policy_in_force(session)
    policy = Policy.model_validate(data.model_dump())
    try:
        async with session.begin_nested():
            session.add(
                ProtectionPolicyVersion(
                    version=version + 1,
                    document=policy.model_dump(mode="json"),
                    created_at=clock.now(),
                    created_by=actor.account_id,
                )
            )
            await session.flush()
    except IntegrityError:
        raise Conflict(
            _("The policy was changed meanwhile; reload it and try again."), slug="care.policy_changed_concurrently"
        ) from None
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="care.policy_changed",
        entity_type="protection_policy",
        entity_id=str(version + 1),
        changes={"policy": {"before": before.model_dump(mode="json"), "after": policy.model_dump(mode="json")}},
    )
    await recompute_everyone(session, sealer, policy)
    return await get_policy(session, actor=actor)
