from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_credentials_grant import ClientCredentialsGrant
from ...models.password_grant import PasswordGrant
from ...models.problem import Problem
from ...models.refresh_grant import RefreshGrant
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.token_response import TokenResponse
from ...models.too_many_attempts_problem import TooManyAttemptsProblem
from ...types import Response


def _get_kwargs(
    *,
    body: ClientCredentialsGrant | PasswordGrant | RefreshGrant,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> Problem | TooManyAttemptsProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = TooManyAttemptsProblem.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = Problem.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 503:

        def _parse_response_503(data: object) -> Problem | ServiceUnavailableProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_503_type_0 = ServiceUnavailableProblem.from_dict(data)

                return response_503_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_503_type_1 = Problem.from_dict(data)

            return response_503_type_1

        response_503 = _parse_response_503(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientCredentialsGrant | PasswordGrant | RefreshGrant,
) -> Response[Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse]:
    """Sign in, trade a refresh token for a new pair, or get a machine token (client credentials)

     Issues tokens for the OAuth2 password, refresh_token and client_credentials grants.
    Send the fields as a form (`application/x-www-form-urlencoded`) or as a JSON object; any other
    content
    type answers 415. Answers carry `Cache-Control: no-store`.

    - `password`: people sign in with their e-mail or employee number. Failed attempts are throttled per
    name
      and per client address, never locked out: past the free failures the answer is 429 with Retry-
    After,
      alike for real and unknown names. A wrong name or password, or a disabled account or one whose
    employee
      has left, answers 401. Returns an access token and a refresh token.
    - `refresh_token`: trades a refresh token for a new pair; each refresh token works once. Presenting
    a
      spent one again ends the whole session it belongs to (401). Role grant changes and deactivation
    reach a
      person's tokens at their next refresh.
    - `client_credentials`: machine clients send their id and secret as form fields or HTTP Basic.
    `scope` may
      ask for fewer scopes than the client holds, never more (400 `auth.invalid_scope`); a wrong,
    expired or
      revoked secret answers 401. Returns an access token only (ask again when it expires).

    Password checks run in a bounded pool of worker threads: when it is full the answer is 503 with
    Retry-After.

    Args:
        body (ClientCredentialsGrant | PasswordGrant | RefreshGrant):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ClientCredentialsGrant | PasswordGrant | RefreshGrant,
) -> Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse | None:
    """Sign in, trade a refresh token for a new pair, or get a machine token (client credentials)

     Issues tokens for the OAuth2 password, refresh_token and client_credentials grants.
    Send the fields as a form (`application/x-www-form-urlencoded`) or as a JSON object; any other
    content
    type answers 415. Answers carry `Cache-Control: no-store`.

    - `password`: people sign in with their e-mail or employee number. Failed attempts are throttled per
    name
      and per client address, never locked out: past the free failures the answer is 429 with Retry-
    After,
      alike for real and unknown names. A wrong name or password, or a disabled account or one whose
    employee
      has left, answers 401. Returns an access token and a refresh token.
    - `refresh_token`: trades a refresh token for a new pair; each refresh token works once. Presenting
    a
      spent one again ends the whole session it belongs to (401). Role grant changes and deactivation
    reach a
      person's tokens at their next refresh.
    - `client_credentials`: machine clients send their id and secret as form fields or HTTP Basic.
    `scope` may
      ask for fewer scopes than the client holds, never more (400 `auth.invalid_scope`); a wrong,
    expired or
      revoked secret answers 401. Returns an access token only (ask again when it expires).

    Password checks run in a bounded pool of worker threads: when it is full the answer is 503 with
    Retry-After.

    Args:
        body (ClientCredentialsGrant | PasswordGrant | RefreshGrant):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientCredentialsGrant | PasswordGrant | RefreshGrant,
) -> Response[Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse]:
    """Sign in, trade a refresh token for a new pair, or get a machine token (client credentials)

     Issues tokens for the OAuth2 password, refresh_token and client_credentials grants.
    Send the fields as a form (`application/x-www-form-urlencoded`) or as a JSON object; any other
    content
    type answers 415. Answers carry `Cache-Control: no-store`.

    - `password`: people sign in with their e-mail or employee number. Failed attempts are throttled per
    name
      and per client address, never locked out: past the free failures the answer is 429 with Retry-
    After,
      alike for real and unknown names. A wrong name or password, or a disabled account or one whose
    employee
      has left, answers 401. Returns an access token and a refresh token.
    - `refresh_token`: trades a refresh token for a new pair; each refresh token works once. Presenting
    a
      spent one again ends the whole session it belongs to (401). Role grant changes and deactivation
    reach a
      person's tokens at their next refresh.
    - `client_credentials`: machine clients send their id and secret as form fields or HTTP Basic.
    `scope` may
      ask for fewer scopes than the client holds, never more (400 `auth.invalid_scope`); a wrong,
    expired or
      revoked secret answers 401. Returns an access token only (ask again when it expires).

    Password checks run in a bounded pool of worker threads: when it is full the answer is 503 with
    Retry-After.

    Args:
        body (ClientCredentialsGrant | PasswordGrant | RefreshGrant):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClientCredentialsGrant | PasswordGrant | RefreshGrant,
) -> Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse | None:
    """Sign in, trade a refresh token for a new pair, or get a machine token (client credentials)

     Issues tokens for the OAuth2 password, refresh_token and client_credentials grants.
    Send the fields as a form (`application/x-www-form-urlencoded`) or as a JSON object; any other
    content
    type answers 415. Answers carry `Cache-Control: no-store`.

    - `password`: people sign in with their e-mail or employee number. Failed attempts are throttled per
    name
      and per client address, never locked out: past the free failures the answer is 429 with Retry-
    After,
      alike for real and unknown names. A wrong name or password, or a disabled account or one whose
    employee
      has left, answers 401. Returns an access token and a refresh token.
    - `refresh_token`: trades a refresh token for a new pair; each refresh token works once. Presenting
    a
      spent one again ends the whole session it belongs to (401). Role grant changes and deactivation
    reach a
      person's tokens at their next refresh.
    - `client_credentials`: machine clients send their id and secret as form fields or HTTP Basic.
    `scope` may
      ask for fewer scopes than the client holds, never more (400 `auth.invalid_scope`); a wrong,
    expired or
      revoked secret answers 401. Returns an access token only (ask again when it expires).

    Password checks run in a bounded pool of worker threads: when it is full the answer is 503 with
    Retry-After.

    Args:
        body (ClientCredentialsGrant | PasswordGrant | RefreshGrant):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ServiceUnavailableProblem | Problem | TooManyAttemptsProblem | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
