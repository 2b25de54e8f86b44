from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_read import ChainRead
from ...models.problem import Problem
from ...models.transfer_kind import TransferKind
from ...types import Response


def _get_kwargs(
    kind: TransferKind,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/transfer-chains/{kind}".format(
            kind=quote(str(kind), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChainRead | Problem | None:
    if response.status_code == 200:
        response_200 = ChainRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ChainRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: TransferKind,
    *,
    client: AuthenticatedClient,
) -> Response[ChainRead | Problem]:
    """Get Chain

     Reads the approval chain for a kind of request: its steps in order, and whether it is the default.

    Any signed-in person may read it, so requesters see who will decide before they ask; integration
    clients
    get 403. The default chain is department review, HR approval, then leader sign-off.

    Args:
        kind (TransferKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: TransferKind,
    *,
    client: AuthenticatedClient,
) -> ChainRead | Problem | None:
    """Get Chain

     Reads the approval chain for a kind of request: its steps in order, and whether it is the default.

    Any signed-in person may read it, so requesters see who will decide before they ask; integration
    clients
    get 403. The default chain is department review, HR approval, then leader sign-off.

    Args:
        kind (TransferKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainRead | Problem
    """

    return sync_detailed(
        kind=kind,
        client=client,
    ).parsed


async def asyncio_detailed(
    kind: TransferKind,
    *,
    client: AuthenticatedClient,
) -> Response[ChainRead | Problem]:
    """Get Chain

     Reads the approval chain for a kind of request: its steps in order, and whether it is the default.

    Any signed-in person may read it, so requesters see who will decide before they ask; integration
    clients
    get 403. The default chain is department review, HR approval, then leader sign-off.

    Args:
        kind (TransferKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: TransferKind,
    *,
    client: AuthenticatedClient,
) -> ChainRead | Problem | None:
    """Get Chain

     Reads the approval chain for a kind of request: its steps in order, and whether it is the default.

    Any signed-in person may read it, so requesters see who will decide before they ask; integration
    clients
    get 403. The default chain is department review, HR approval, then leader sign-off.

    Args:
        kind (TransferKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainRead | Problem
    """

    return (
        await asyncio_detailed(
            kind=kind,
            client=client,
        )
    ).parsed
