"""Sign-in (OAuth2 password grant, form or JSON), refresh-token rotation and sign-out."""

from __future__ import annotations

import base64
import binascii
import urllib.parse
from typing import Annotated, Any, Literal

from fastapi import Request, Response, status
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from api.deps import ClockDep, CurrentActor, DatabaseDep, HashingDep, SessionDep, TokensDep
from api.errors import UnsupportedMediaType
from api.gated_router import Router
from api.json_body import read_json
from api.problem_types import ServiceUnavailableProblem, TooManyAttemptsProblem
from api.v1.responses import problems
from domain.auth import clients as integration_clients
from domain.auth import commands
from domain.shared.i18n import _
from domain.shared.schemas import InputModel

router = Router(prefix="/auth", tags=["auth"])


class PasswordGrant(InputModel):
    grant_type: Literal["password"]
    username: str = Field(min_length=1, max_length=254, description="E-mail or employee number")
    password: str = Field(min_length=1, max_length=128)
    scope: str | None = Field(default=None, max_length=512, description="Ignored; roles come from grants")
    client_id: str | None = Field(default=None, max_length=128, description="Ignored for the password grant")
    client_secret: str | None = Field(default=None, max_length=256, description="Ignored for the password grant")


class RefreshGrant(InputModel):
    grant_type: Literal["refresh_token"]
    refresh_token: str = Field(min_length=1, max_length=4096)


class ClientCredentialsGrant(InputModel):
    """For machines (POS, ERP, HR systems): the client id and secret as form fields, or in an HTTP
    Basic Authorization header (RFC 6749 section 2.3.1)."""

    grant_type: Literal["client_credentials"]
    client_id: str | None = Field(default=None, max_length=64)
    client_secret: str | None = Field(default=None, max_length=256)
    scope: str | None = Field(default=None, max_length=512, description="Space-separated; fewer than the client holds")


TokenRequest = Annotated[PasswordGrant | RefreshGrant | ClientCredentialsGrant, Field(discriminator="grant_type")]
_token_request = TypeAdapter(TokenRequest)


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds the access token stays valid")
    refresh_token: str | None = Field(default=None, description="People only; machines ask for a new token")
    refresh_expires_in: int | None = None
    scope: str | None = Field(default=None, description="Machines only: the scopes the token carries")


def _request_body_schema() -> dict[str, Any]:
    # Documented as the OAuth2 form (what generated clients and /docs send); the same fields are
    # also accepted as a JSON object.
    schema = {"$ref": "#/components/schemas/TokenRequest"}
    return {
        "requestBody": {
            "required": True,
            "description": "OAuth2 token request as a form; the same fields are accepted as JSON too.",
            "content": {"application/x-www-form-urlencoded": {"schema": schema}},
        }
    }


async def _read_token_request(request: Request) -> PasswordGrant | RefreshGrant | ClientCredentialsGrant:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw: Any
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        raw = {key: value for key, value in form.items() if isinstance(value, str) and value != ""}
    elif content_type == "application/json":
        raw = read_json(await request.body())
    else:
        raise UnsupportedMediaType(
            _("Send the token request as application/x-www-form-urlencoded or application/json.")
        )
    try:
        return _token_request.validate_python(raw)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**error, "loc": ("body", *error["loc"])} for error in exc.errors(include_url=False)]
        ) from exc


def _client_credentials(request: Request, grant: ClientCredentialsGrant) -> tuple[str, str]:
    basic = request.headers.get("authorization", "")
    if basic[:6].lower() == "basic ":
        try:
            decoded = base64.b64decode(basic[6:].strip(), validate=True).decode()
            client_id, _colon, client_secret = decoded.partition(":")
            return urllib.parse.unquote_plus(client_id), urllib.parse.unquote_plus(client_secret)
        except (binascii.Error, UnicodeDecodeError):
            raise integration_clients.invalid_client() from None
    if not grant.client_id or not grant.client_secret:
        raise integration_clients.invalid_client()
    return grant.client_id, grant.client_secret


@router.post(
    "/token",
    operation_id="auth-token",
    response_model=TokenResponse,
    responses=problems(400, 401, 415, 422, 429, 503, typed=(TooManyAttemptsProblem, ServiceUnavailableProblem)),
    openapi_extra=_request_body_schema(),
    summary="Sign in, trade a refresh token for a new pair, or get a machine token (client credentials)",
)
async def issue_token(
    request: Request,
    response: Response,
    session: SessionDep,
    database: DatabaseDep,
    clock: ClockDep,
    tokens: TokensDep,
    hashing: HashingDep,
) -> TokenResponse:
    """Issues tokens for the OAuth2 password, refresh_token and client_credentials grants.
    Send the fields as a form (`application/x-www-form-urlencoded`) or as a JSON object; any other content
    type answers 415. Answers carry `Cache-Control: no-store`.

    - `password`: people sign in with their e-mail or employee number. Failed attempts are throttled per name
      and per client address, never locked out: past the free failures the answer is 429 with Retry-After,
      alike for real and unknown names. A wrong name or password, or a disabled account or one whose employee
      has left, answers 401. Returns an access token and a refresh token.
    - `refresh_token`: trades a refresh token for a new pair; each refresh token works once. Presenting a
      spent one again ends the whole session it belongs to (401). Role grant changes and deactivation reach a
      person's tokens at their next refresh.
    - `client_credentials`: machine clients send their id and secret as form fields or HTTP Basic. `scope` may
      ask for fewer scopes than the client holds, never more (400 `auth.invalid_scope`); a wrong, expired or
      revoked secret answers 401. Returns an access token only (ask again when it expires).

    Password checks run in a bounded pool of worker threads: when it is full the answer is 503 with
    Retry-After.
    """
    grant = await _read_token_request(request)
    response.headers["Cache-Control"] = "no-store"
    if isinstance(grant, ClientCredentialsGrant):
        client_id, client_secret = _client_credentials(request, grant)
        client = await integration_clients.authenticate(
            session, clock=clock, client_id=client_id, client_secret=client_secret
        )
        scopes = integration_clients.narrow_scopes(client.scopes, grant.scope)
        token, expires_in = tokens.client_access_token(
            client_id=client.client_id, scopes=scopes, unit_ids=client.unit_ids, now=clock.now()
        )
        return TokenResponse(access_token=token, expires_in=expires_in, scope=" ".join(scopes))
    if isinstance(grant, PasswordGrant):
        pair = await commands.sign_in(
            session,
            database=database,
            clock=clock,
            issuer=tokens,
            hashing=hashing,
            username=grant.username,
            password=grant.password,
            client_address=request.client.host if request.client else None,
        )
    else:
        claims = tokens.refresh_claims(grant.refresh_token)
        pair = await commands.rotate_refresh_token(
            session,
            clock=clock,
            issuer=tokens,
            token_id=claims.token_id,
            session_id=claims.session_id,
            raw_token=grant.refresh_token,
        )
    return TokenResponse(
        access_token=pair.access_token,
        expires_in=pair.access_expires_in,
        refresh_token=pair.refresh_token,
        refresh_expires_in=pair.refresh_expires_in,
    )


@router.post(
    "/logout",
    operation_id="auth-logout",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401),
    summary="End this session: its refresh tokens stop working",
)
async def logout(actor: CurrentActor, session: SessionDep, clock: ClockDep) -> None:
    """Ends the caller's session: its refresh tokens stop working at once.
    The access token in hand stays valid until it expires (people's tokens are not re-checked per request);
    the person's other sessions, on other devices, are untouched. For a machine client's token there is no
    session to end and nothing changes.
    """
    await commands.sign_out(session, clock=clock, actor=actor)
