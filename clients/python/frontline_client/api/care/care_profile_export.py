from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.care_export import CareExport
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/care-profile/export",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CareExport | Problem | None:
    if response.status_code == 200:
        response_200 = CareExport.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[CareExport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CareExport | Problem]:
    """A copy of everything held about my care: profile, consents, HR's reads, constraints

     Downloads everything held about my care as one JSON document (my right to a copy): my profile and
    consents, every HR read of it, and the constraints on me for the next 12 months. Never cached. Only
    an
    employee has a care profile (403 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareExport | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CareExport | Problem | None:
    """A copy of everything held about my care: profile, consents, HR's reads, constraints

     Downloads everything held about my care as one JSON document (my right to a copy): my profile and
    consents, every HR read of it, and the constraints on me for the next 12 months. Never cached. Only
    an
    employee has a care profile (403 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareExport | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CareExport | Problem]:
    """A copy of everything held about my care: profile, consents, HR's reads, constraints

     Downloads everything held about my care as one JSON document (my right to a copy): my profile and
    consents, every HR read of it, and the constraints on me for the next 12 months. Never cached. Only
    an
    employee has a care profile (403 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareExport | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CareExport | Problem | None:
    """A copy of everything held about my care: profile, consents, HR's reads, constraints

     Downloads everything held about my care as one JSON document (my right to a copy): my profile and
    consents, every HR read of it, and the constraints on me for the next 12 months. Never cached. Only
    an
    employee has a care profile (403 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareExport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
