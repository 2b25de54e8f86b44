from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_with_secret import ClientWithSecret
from ...models.problem import Problem
from ...models.secret_rotation import SecretRotation
from ...types import Response


def _get_kwargs(
    client_id: UUID,
    *,
    body: SecretRotation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/integration-clients/{client_id}/secrets".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientWithSecret | Problem | None:
    if response.status_code == 201:
        response_201 = ClientWithSecret.from_dict(response.json())

        return response_201

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
) -> Response[ClientWithSecret | Problem]:
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
    body: SecretRotation,
) -> Response[ClientWithSecret | Problem]:
    """Issue a new secret; the current ones keep working through the grace period

     Issues a new secret for the client; the ones in use keep working until the grace period ends.
    Administrators only (403). `grace_period_minutes` (default one day; 0 ends the old secrets now)
    never
    lengthens a shorter end set by an earlier rotation. The new secret is in this answer only, sent with
    `Cache-Control: no-store`. A revoked client gets no new secret (409). Audited.

    Args:
        client_id (UUID):
        body (SecretRotation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientWithSecret | Problem]
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
    body: SecretRotation,
) -> ClientWithSecret | Problem | None:
    """Issue a new secret; the current ones keep working through the grace period

     Issues a new secret for the client; the ones in use keep working until the grace period ends.
    Administrators only (403). `grace_period_minutes` (default one day; 0 ends the old secrets now)
    never
    lengthens a shorter end set by an earlier rotation. The new secret is in this answer only, sent with
    `Cache-Control: no-store`. A revoked client gets no new secret (409). Audited.

    Args:
        client_id (UUID):
        body (SecretRotation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientWithSecret | Problem
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
    body: SecretRotation,
) -> Response[ClientWithSecret | Problem]:
    """Issue a new secret; the current ones keep working through the grace period

     Issues a new secret for the client; the ones in use keep working until the grace period ends.
    Administrators only (403). `grace_period_minutes` (default one day; 0 ends the old secrets now)
    never
    lengthens a shorter end set by an earlier rotation. The new secret is in this answer only, sent with
    `Cache-Control: no-store`. A revoked client gets no new secret (409). Audited.

    Args:
        client_id (UUID):
        body (SecretRotation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientWithSecret | Problem]
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
    body: SecretRotation,
) -> ClientWithSecret | Problem | None:
    """Issue a new secret; the current ones keep working through the grace period

     Issues a new secret for the client; the ones in use keep working until the grace period ends.
    Administrators only (403). `grace_period_minutes` (default one day; 0 ends the old secrets now)
    never
    lengthens a shorter end set by an earlier rotation. The new secret is in this answer only, sent with
    `Cache-Control: no-store`. A revoked client gets no new secret (409). Audited.

    Args:
        client_id (UUID):
        body (SecretRotation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientWithSecret | Problem
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
