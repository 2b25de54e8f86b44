import base64
import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jose import jwt

from api.security import JoseTokens
from domain.shared.actor import Grant, Role
from domain.shared.clock import ManualClock
from domain.shared.errors import Unauthorized

KEY = "unit-test-signing-key-" + "k" * 40
OTHER_KEY = "another-signing-key-" + "o" * 40
ISSUER = "frontline"
AUDIENCE = "frontline-api"
ACCESS_TTL = timedelta(minutes=15)
REFRESH_TTL = timedelta(days=30)
START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def make_tokens(clock: ManualClock, *, key: str = KEY, issuer: str = ISSUER, audience: str = AUDIENCE) -> JoseTokens:
    return JoseTokens(
        key=key, issuer=issuer, audience=audience, access_ttl=ACCESS_TTL, refresh_ttl=REFRESH_TTL, clock=clock
    )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def tokens(clock: ManualClock) -> JoseTokens:
    return make_tokens(clock)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64json(value: Any) -> str:
    return b64url(json.dumps(value).encode())


def access_claims(**overrides: Any) -> dict[str, Any]:
    now = int(START.timestamp())
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": str(uuid.uuid4()),
        "typ": "access",
        "iat": now,
        "exp": now + 900,
        "jti": uuid.uuid4().hex,
        "sid": str(uuid.uuid4()),
        "emp": None,
        "grants": [["employee", str(uuid.uuid4())]],
    }
    claims.update(overrides)
    return claims


def forge(claims: dict[str, Any], *, key: str = KEY, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, key, algorithm=algorithm)


def assert_rejected(tokens: JoseTokens, token: str) -> None:
    with pytest.raises(Unauthorized) as info:
        tokens.actor_from_access_token(token, request_id=None)
    assert info.value.slug == "auth.invalid_token"
    assert info.value.status == 401


def issue_access(tokens: JoseTokens, now: datetime = START) -> str:
    token, _ = tokens.access_token(
        account_id=uuid.uuid4(), employee_id=None, grants=(), session_id=uuid.uuid4(), now=now
    )
    return token


def issue_refresh(tokens: JoseTokens, now: datetime = START) -> str:
    return tokens.refresh_token(
        account_id=uuid.uuid4(),
        token_id=uuid.uuid4(),
        session_id=uuid.uuid4(),
        now=now,
        expires_at=now + REFRESH_TTL,
    )


def test_access_token_round_trips_to_the_actor(tokens):
    account, employee, session = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    grants = (Grant(Role.STORE_MANAGER, uuid.uuid4()), Grant(Role.HR, uuid.uuid4()))
    token, expires_in = tokens.access_token(
        account_id=account, employee_id=employee, grants=grants, session_id=session, now=START
    )
    actor = tokens.actor_from_access_token(token, request_id="req-1")
    assert expires_in == 900
    assert actor.account_id == account
    assert actor.employee_id == employee
    assert actor.grants == grants
    assert actor.session_id == session
    assert actor.request_id == "req-1"
    assert actor.kind == "user"


def test_access_token_without_employee(tokens):
    token, _ = tokens.access_token(
        account_id=uuid.uuid4(), employee_id=None, grants=(), session_id=uuid.uuid4(), now=START
    )
    actor = tokens.actor_from_access_token(token, request_id=None)
    assert actor.employee_id is None
    assert actor.grants == ()


def test_each_access_token_has_a_fresh_jti(tokens):
    first = jwt.get_unverified_claims(issue_access(tokens))
    second = jwt.get_unverified_claims(issue_access(tokens))
    assert first["jti"] != second["jti"]


def test_refresh_token_round_trips_to_its_claims(tokens):
    token_id, session = uuid.uuid4(), uuid.uuid4()
    token = tokens.refresh_token(
        account_id=uuid.uuid4(), token_id=token_id, session_id=session, now=START, expires_at=START + REFRESH_TTL
    )
    claims = tokens.refresh_claims(token)
    assert claims.token_id == token_id
    assert claims.session_id == session


def test_token_signed_with_another_key_is_rejected(clock, tokens):
    assert_rejected(tokens, issue_access(make_tokens(clock, key=OTHER_KEY)))


def test_token_with_wrong_audience_is_rejected(clock, tokens):
    assert_rejected(tokens, issue_access(make_tokens(clock, audience="someone-else")))


def test_token_with_wrong_issuer_is_rejected(clock, tokens):
    assert_rejected(tokens, issue_access(make_tokens(clock, issuer="evil")))


def test_token_without_issuer_is_rejected(tokens):
    claims = access_claims()
    del claims["iss"]
    assert_rejected(tokens, forge(claims))


def test_alg_none_token_is_rejected(tokens):
    header = b64json({"alg": "none", "typ": "JWT"})
    token = f"{header}.{b64json(access_claims())}."
    assert_rejected(tokens, token)


@pytest.mark.parametrize("alg", ["None", "NONE", "nOnE"])
def test_alg_none_spelling_variants_are_rejected(tokens, alg):
    header = b64json({"alg": alg, "typ": "JWT"})
    assert_rejected(tokens, f"{header}.{b64json(access_claims())}.")


def test_hs512_token_with_the_right_key_is_rejected(tokens):
    assert_rejected(tokens, forge(access_claims(), algorithm="HS512"))


@pytest.mark.parametrize("alg", ["RS256", "ES256", "PS256"])
def test_asymmetric_header_with_hmac_signature_is_rejected(tokens, alg):
    """Algorithm confusion: an RS-style header over a body MACed with our key must not be accepted."""
    genuine = forge(access_claims())
    _, payload, _ = genuine.split(".")
    header = b64json({"alg": alg, "typ": "JWT"})
    signing_input = f"{header}.{payload}"
    signature = b64url(hmac.new(KEY.encode(), signing_input.encode(), hashlib.sha256).digest())
    assert_rejected(tokens, f"{signing_input}.{signature}")


def test_tampered_payload_is_rejected(tokens):
    header, payload, signature = issue_access(tokens).split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["grants"] = [["admin", str(uuid.uuid4())]]
    assert_rejected(tokens, f"{header}.{b64json(claims)}.{signature}")


def test_tampered_signature_is_rejected(tokens):
    header, payload, signature = issue_access(tokens).split(".")
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    assert_rejected(tokens, f"{header}.{payload}.{flipped}")


def test_refresh_token_is_not_an_access_token(tokens):
    assert_rejected(tokens, issue_refresh(tokens))


def test_access_token_is_not_a_refresh_token(tokens):
    with pytest.raises(Unauthorized) as info:
        tokens.refresh_claims(issue_access(tokens))
    assert info.value.slug == "auth.invalid_refresh_token"


def test_token_without_typ_is_rejected(tokens):
    claims = access_claims()
    del claims["typ"]
    assert_rejected(tokens, forge(claims))


def test_access_token_expires_after_its_ttl(clock, tokens):
    token = issue_access(tokens)
    clock.advance(ACCESS_TTL - timedelta(seconds=1))
    assert tokens.actor_from_access_token(token, request_id=None).session_id is not None
    clock.advance(timedelta(seconds=1))
    with pytest.raises(Unauthorized) as info:
        tokens.actor_from_access_token(token, request_id=None)
    assert info.value.slug == "auth.invalid_token"
    assert "expired" in str(info.value.detail)


def test_refresh_token_expires_at_its_expiry(clock, tokens):
    token = issue_refresh(tokens)
    clock.advance(REFRESH_TTL - timedelta(seconds=1))
    tokens.refresh_claims(token)
    clock.advance(timedelta(seconds=2))
    with pytest.raises(Unauthorized) as info:
        tokens.refresh_claims(token)
    assert info.value.slug == "auth.invalid_refresh_token"


def test_expiry_follows_the_injected_clock_not_wall_time():
    """A token issued long ago by the clock's reckoning is still good while the clock says so."""
    past = ManualClock(datetime(2001, 1, 1, tzinfo=UTC))
    old_tokens = make_tokens(past)
    token = issue_access(old_tokens, now=past.now())
    old_tokens.actor_from_access_token(token, request_id=None)
    past.advance(ACCESS_TTL)
    assert_rejected(old_tokens, token)


@pytest.mark.parametrize("exp", [None, "soon", 1.5e12])
def test_token_with_missing_or_non_integer_exp_is_rejected(tokens, exp):
    claims = access_claims(exp=exp)
    if exp is None:
        del claims["exp"]
    assert_rejected(tokens, forge(claims))


@pytest.mark.parametrize("claim", ["jti", "iat", "sub", "aud", "iss"])
def test_access_token_missing_a_required_claim_is_rejected(tokens, claim):
    claims = access_claims()
    del claims[claim]
    assert_rejected(tokens, forge(claims))


@pytest.mark.parametrize("claim", ["jti", "iat", "sub", "sid", "aud"])
def test_refresh_token_missing_a_required_claim_is_rejected(tokens, claim):
    claims = access_claims(typ="refresh", jti=str(uuid.uuid4()))
    del claims[claim]
    with pytest.raises(Unauthorized) as info:
        tokens.refresh_claims(forge(claims))
    assert info.value.slug == "auth.invalid_refresh_token"


def test_refresh_token_with_non_uuid_jti_is_rejected(tokens):
    with pytest.raises(Unauthorized) as info:
        tokens.refresh_claims(forge(access_claims(typ="refresh", jti="not-a-uuid")))
    assert info.value.slug == "auth.invalid_refresh_token"


@pytest.mark.parametrize(
    "overrides",
    [
        {"sub": "not-a-uuid"},
        {"sid": "not-a-uuid"},
        {"emp": "not-a-uuid"},
        {"grants": [["emperor", str(uuid.uuid4())]]},
        {"grants": [["admin", "not-a-uuid"]]},
        {"grants": [["admin"]]},
        {"grants": 7},
        {"grants": None},
    ],
)
def test_well_signed_access_token_with_malformed_claims_is_rejected(tokens, overrides):
    assert_rejected(tokens, forge(access_claims(**overrides)))


@pytest.mark.parametrize("claim", ["sid", "grants"])
def test_well_signed_access_token_missing_actor_claims_is_rejected(tokens, claim):
    claims = access_claims()
    del claims[claim]
    assert_rejected(tokens, forge(claims))


@pytest.mark.parametrize(
    "token",
    [
        "",
        "garbage",
        "a.b.c",
        "a.b",
        "....",
        f"{b64json(['not', 'a', 'header'])}.{b64json({})}.",
        f"{b64json({'alg': 'HS256'})}.not-base64!.sig",
    ],
)
def test_garbage_tokens_are_rejected(tokens, token):
    assert_rejected(tokens, token)


@given(st.text(max_size=300))
def test_arbitrary_text_is_rejected_as_access_token(text):
    assert_rejected(make_tokens(ManualClock(START)), text)


@given(st.text(max_size=300))
def test_arbitrary_text_is_rejected_as_refresh_token(text):
    with pytest.raises(Unauthorized) as info:
        make_tokens(ManualClock(START)).refresh_claims(text)
    assert info.value.slug == "auth.invalid_refresh_token"
