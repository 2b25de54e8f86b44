from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_read import ClientRead
from ...models.client_update import ClientUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    client_id: UUID,
    *,
    body: ClientUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/integration-clients/{client_id}".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientRead | Problem | None:
    if response.status_code == 200:
        response_200 = ClientRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
) -> Response[ClientRead | Problem]:
    """Change name, scopes, units or rate limit (new tokens carry the change)

     Changes a client's name, scopes, org-unit limits or rate limit; only the fields sent change.
    Administrators only (403). Scope and unit changes reach the tokens issued afterwards (tokens already
    issued keep theirs until they expire); a new rate limit counts from the next request. `unit_ids:
    null`
    lifts the unit limits; `scopes`, `name` and `rate_limit_per_minute` cannot be null (422). A revoked
    client
    cannot be changed (409). Audited.

    Args:
        client_id (UUID):
        body (ClientUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientRead | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
) -> ClientRead | Problem | None:
    """Change name, scopes, units or rate limit (new tokens carry the change)

     Changes a client's name, scopes, org-unit limits or rate limit; only the fields sent change.
    Administrators only (403). Scope and unit changes reach the tokens issued afterwards (tokens already
    issued keep theirs until they expire); a new rate limit counts from the next request. `unit_ids:
    null`
    lifts the unit limits; `scopes`, `name` and `rate_limit_per_minute` cannot be null (422). A revoked
    client
    cannot be changed (409). Audited.

    Args:
        client_id (UUID):
        body (ClientUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientRead | Problem
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
) -> Response[ClientRead | Problem]:
    """Change name, scopes, units or rate limit (new tokens carry the change)

     Changes a client's name, scopes, org-unit limits or rate limit; only the fields sent change.
    Administrators only (403). Scope and unit changes reach the tokens issued afterwards (tokens already
    issued keep theirs until they expire); a new rate limit counts from the next request. `unit_ids:
    null`
    lifts the unit limits; `scopes`, `name` and `rate_limit_per_minute` cannot be null (422). A revoked
    client
    cannot be changed (409). Audited.

    Args:
        client_id (UUID):
        body (ClientUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientRead | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
) -> ClientRead | Problem | None:
    """Change name, scopes, units or rate limit (new tokens carry the change)

     Changes a client's name, scopes, org-unit limits or rate limit; only the fields sent change.
    Administrators only (403). Scope and unit changes reach the tokens issued afterwards (tokens already
    issued keep theirs until they expire); a new rate limit counts from the next request. `unit_ids:
    null`
    lifts the unit limits; `scopes`, `name` and `rate_limit_per_minute` cannot be null (422). A revoked
    client
    cannot be changed (409). Audited.

    Args:
        client_id (UUID):
        body (ClientUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientRead | Problem
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
