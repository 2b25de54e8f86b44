from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.care_profile_read import CareProfileRead
from ...models.care_profile_update import CareProfileUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: CareProfileUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/me/care-profile",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CareProfileRead | Problem | None:
    if response.status_code == 200:
        response_200 = CareProfileRead.from_dict(response.json())

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
) -> Response[CareProfileRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CareProfileUpdate,
) -> Response[CareProfileRead | Problem]:
    """Record or correct categories of my care profile (each needs my consent first)

     The categories sent are replaced; `null` clears one (its consent stays); those left out stay as they
    are. A category without consent is refused (409 `care.consent_required`), nothing stored.

    Args:
        body (CareProfileUpdate): The categories sent are replaced (null clears one, keeping its
            consent); those left out stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareProfileRead | Problem]
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
    client: AuthenticatedClient,
    body: CareProfileUpdate,
) -> CareProfileRead | Problem | None:
    """Record or correct categories of my care profile (each needs my consent first)

     The categories sent are replaced; `null` clears one (its consent stays); those left out stay as they
    are. A category without consent is refused (409 `care.consent_required`), nothing stored.

    Args:
        body (CareProfileUpdate): The categories sent are replaced (null clears one, keeping its
            consent); those left out stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareProfileRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CareProfileUpdate,
) -> Response[CareProfileRead | Problem]:
    """Record or correct categories of my care profile (each needs my consent first)

     The categories sent are replaced; `null` clears one (its consent stays); those left out stay as they
    are. A category without consent is refused (409 `care.consent_required`), nothing stored.

    Args:
        body (CareProfileUpdate): The categories sent are replaced (null clears one, keeping its
            consent); those left out stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareProfileRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CareProfileUpdate,
) -> CareProfileRead | Problem | None:
    """Record or correct categories of my care profile (each needs my consent first)

     The categories sent are replaced; `null` clears one (its consent stays); those left out stay as they
    are. A category without consent is refused (409 `care.consent_required`), nothing stored.

    Args:
        body (CareProfileUpdate): The categories sent are replaced (null clears one, keeping its
            consent); those left out stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareProfileRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
