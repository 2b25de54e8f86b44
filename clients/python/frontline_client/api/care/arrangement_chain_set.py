from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.arrangement_chain_read import ArrangementChainRead
from ...models.arrangement_chain_update import ArrangementChainUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ArrangementChainUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/arrangement-chain",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArrangementChainRead | Problem | None:
    if response.status_code == 200:
        response_200 = ArrangementChainRead.from_dict(response.json())

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
) -> Response[ArrangementChainRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArrangementChainUpdate,
) -> Response[ArrangementChainRead | Problem]:
    """Configure who decides flexible arrangements (administrators)

     Replaces the chain (one to five steps) that decides flexible arrangements submitted from now on;
    requests already submitted keep the steps they started with. Administrators only (403 otherwise);
    audited.

    Args:
        body (ArrangementChainUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrangementChainRead | Problem]
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
    body: ArrangementChainUpdate,
) -> ArrangementChainRead | Problem | None:
    """Configure who decides flexible arrangements (administrators)

     Replaces the chain (one to five steps) that decides flexible arrangements submitted from now on;
    requests already submitted keep the steps they started with. Administrators only (403 otherwise);
    audited.

    Args:
        body (ArrangementChainUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrangementChainRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArrangementChainUpdate,
) -> Response[ArrangementChainRead | Problem]:
    """Configure who decides flexible arrangements (administrators)

     Replaces the chain (one to five steps) that decides flexible arrangements submitted from now on;
    requests already submitted keep the steps they started with. Administrators only (403 otherwise);
    audited.

    Args:
        body (ArrangementChainUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrangementChainRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ArrangementChainUpdate,
) -> ArrangementChainRead | Problem | None:
    """Configure who decides flexible arrangements (administrators)

     Replaces the chain (one to five steps) that decides flexible arrangements submitted from now on;
    requests already submitted keep the steps they started with. Administrators only (403 otherwise);
    audited.

    Args:
        body (ArrangementChainUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrangementChainRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
