"""JSON Web Tokens, the one module that touches the JOSE library (python-jose).

RFC 8725: decoding names the only accepted algorithm, checks issuer, audience, expiry and a `typ`
claim that tells access tokens from refresh tokens. Expiry is checked against the injected clock.
Swapping the JOSE library touches this file alone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from jose import jwt
from jose.exceptions import JOSEError

from domain.shared.actor import CLIENT, Actor, Grant, Role
from domain.shared.clock import Clock
from domain.shared.errors import Unauthorized
from domain.shared.i18n import ENGLISH, Message, _, supported

ALGORITHM = "HS256"
VERIFIED_CACHE_SIZE = 10_000
ACCESS = "access"
REFRESH = "refresh"


def _unauthorized(detail: Message | None = None) -> Unauthorized:
    return Unauthorized(
        detail or _("The access token is missing, malformed, expired or not ours."), slug="auth.invalid_token"
    )


@dataclass(frozen=True, slots=True)
class RefreshClaims:
    token_id: uuid.UUID
    session_id: uuid.UUID


def _user_actor(claims: dict[str, Any], default_language: str) -> Actor:
    return Actor(
        account_id=uuid.UUID(claims["sub"]),
        employee_id=uuid.UUID(claims["emp"]) if claims.get("emp") else None,
        grants=tuple(Grant(role=Role(role), org_unit_id=uuid.UUID(unit)) for role, unit in claims["grants"]),
        session_id=uuid.UUID(claims["sid"]),
        # the account's language rides in the token: no account lookup per request
        language=supported(claims.get("lang"), default_language),
    )


def _client_actor(claims: dict[str, Any], default_language: str) -> Actor:
    units = claims["units"]
    return Actor(
        account_id=uuid.UUID(claims["sub"]),
        employee_id=None,
        kind=CLIENT,
        scopes=frozenset(claims["scope"].split()),
        client_units=tuple(uuid.UUID(u) for u in units) if units is not None else None,
        language=default_language,
    )


class JoseTokens:
    """Issues and checks the service's tokens; implements domain.auth.commands.TokenIssuer."""

    def __init__(
        self,
        *,
        key: str,
        issuer: str,
        audience: str,
        access_ttl: timedelta,
        refresh_ttl: timedelta,
        clock: Clock,
        default_language: str = ENGLISH,
    ) -> None:
        self._key = key
        self._default_language = default_language
        self._issuer = issuer
        self._audience = audience
        self._access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self._clock = clock
        # token -> (actor, exp); insertion-ordered, oldest evicted first
        self._verified: dict[str, tuple[Actor, int]] = {}

    def _encode(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self._key, algorithm=ALGORITHM)

    def access_token(
        self,
        *,
        account_id: uuid.UUID,
        employee_id: uuid.UUID | None,
        grants: tuple[Grant, ...],
        session_id: uuid.UUID,
        now: datetime,
        language: str | None = None,
    ) -> tuple[str, int]:
        claims = {
            "iss": self._issuer,
            "aud": self._audience,
            "sub": str(account_id),
            "typ": ACCESS,
            "iat": int(now.timestamp()),
            "exp": int((now + self._access_ttl).timestamp()),
            "jti": uuid.uuid4().hex,
            "sid": str(session_id),
            "emp": str(employee_id) if employee_id else None,
            "grants": [[g.role.value, str(g.org_unit_id)] for g in grants],
            "lang": language,
        }
        return self._encode(claims), int(self._access_ttl.total_seconds())

    def client_access_token(
        self, *, client_id: uuid.UUID, scopes: tuple[str, ...], unit_ids: tuple[uuid.UUID, ...] | None, now: datetime
    ) -> tuple[str, int]:
        """A machine's token: its scopes and unit limits, no grants, no refresh token (it asks again)."""
        claims = {
            "iss": self._issuer,
            "aud": self._audience,
            "sub": str(client_id),
            "typ": ACCESS,
            "kind": CLIENT,
            "iat": int(now.timestamp()),
            "exp": int((now + self._access_ttl).timestamp()),
            "jti": uuid.uuid4().hex,
            "scope": " ".join(scopes),
            "units": [str(u) for u in unit_ids] if unit_ids is not None else None,
        }
        return self._encode(claims), int(self._access_ttl.total_seconds())

    def refresh_token(
        self, *, account_id: uuid.UUID, token_id: uuid.UUID, session_id: uuid.UUID, now: datetime, expires_at: datetime
    ) -> str:
        return self._encode(
            {
                "iss": self._issuer,
                "aud": self._audience,
                "sub": str(account_id),
                "typ": REFRESH,
                "iat": int(now.timestamp()),
                "exp": int(expires_at.timestamp()),
                "jti": str(token_id),
                "sid": str(session_id),
            }
        )

    def _decode(self, token: str, expected_typ: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
            if header.get("alg") != ALGORITHM:
                raise _unauthorized()
            claims: dict[str, Any] = jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],
                audience=self._audience,
                issuer=self._issuer,
                # exp is checked below against the injected clock; presence of the rest is enforced.
                options={
                    "verify_exp": False,
                    "require_aud": True,
                    "require_iss": True,
                    "require_iat": True,
                    "require_sub": True,
                    "require_jti": True,
                },
            )
        except (JOSEError, ValueError, TypeError, KeyError) as exc:
            raise _unauthorized() from exc
        if claims.get("typ") != expected_typ:
            raise _unauthorized()
        expiry = claims.get("exp")
        if not isinstance(expiry, int) or expiry <= self._clock.now().timestamp():
            raise _unauthorized(_("The token has expired; refresh it or sign in again."))
        return claims

    def actor_from_access_token(self, token: str, *, request_id: str | None) -> Actor:
        """Phones send the same token for many requests: a verified token's actor is remembered
        (bounded), and only its expiry is checked again on each use."""
        cached = self._verified.get(token)
        if cached is None:
            claims = self._decode(token, ACCESS)
            try:
                build = _client_actor if claims.get("kind") == CLIENT else _user_actor
                actor = build(claims, self._default_language)
            except (KeyError, ValueError, TypeError, AttributeError) as exc:
                raise _unauthorized() from exc
            if len(self._verified) >= VERIFIED_CACHE_SIZE:
                self._verified.pop(next(iter(self._verified)))
            self._verified[token] = cached = (actor, claims["exp"])
        actor, expiry = cached
        if expiry <= self._clock.now().timestamp():
            raise _unauthorized(_("The token has expired; refresh it or sign in again."))
        return actor.with_request_id(request_id)

    def refresh_claims(self, token: str) -> RefreshClaims:
        stale = _("The refresh token is not valid; sign in again.")
        try:
            claims = self._decode(token, REFRESH)
            return RefreshClaims(token_id=uuid.UUID(claims["jti"]), session_id=uuid.UUID(claims["sid"]))
        except Unauthorized as exc:
            raise Unauthorized(stale, slug="auth.invalid_refresh_token") from exc
        except (KeyError, ValueError, TypeError) as exc:
            raise Unauthorized(stale, slug="auth.invalid_refresh_token") from exc
