from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_read import ChainRead
from ...models.chain_update import ChainUpdate
from ...models.problem import Problem
from ...models.transfer_kind import TransferKind
from ...types import Response


def _get_kwargs(
    kind: TransferKind,
    *,
    body: ChainUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/transfer-chains/{kind}".format(
            kind=quote(str(kind), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChainRead | Problem | None:
    if response.status_code == 200:
        response_200 = ChainRead.from_dict(response.json())

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
    body: ChainUpdate,
) -> Response[ChainRead | Problem]:
    """Configure the approval chain for a kind of request (administrators)

     Sets the approval chain for a kind of request: 1 to 10 named steps, each with its kind of approver.

    Administrators only (403). Requests already submitted keep the steps they were submitted with; new
    requests follow this chain. Audited with the steps before and after.

    Args:
        kind (TransferKind):
        body (ChainUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: TransferKind,
    *,
    client: AuthenticatedClient,
    body: ChainUpdate,
) -> ChainRead | Problem | None:
    """Configure the approval chain for a kind of request (administrators)

     Sets the approval chain for a kind of request: 1 to 10 named steps, each with its kind of approver.

    Administrators only (403). Requests already submitted keep the steps they were submitted with; new
    requests follow this chain. Audited with the steps before and after.

    Args:
        kind (TransferKind):
        body (ChainUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainRead | Problem
    """

    return sync_detailed(
        kind=kind,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    kind: TransferKind,
    *,
    client: AuthenticatedClient,
    body: ChainUpdate,
) -> Response[ChainRead | Problem]:
    """Configure the approval chain for a kind of request (administrators)

     Sets the approval chain for a kind of request: 1 to 10 named steps, each with its kind of approver.

    Administrators only (403). Requests already submitted keep the steps they were submitted with; new
    requests follow this chain. Audited with the steps before and after.

    Args:
        kind (TransferKind):
        body (ChainUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: TransferKind,
    *,
    client: AuthenticatedClient,
    body: ChainUpdate,
) -> ChainRead | Problem | None:
    """Configure the approval chain for a kind of request (administrators)

     Sets the approval chain for a kind of request: 1 to 10 named steps, each with its kind of approver.

    Administrators only (403). Requests already submitted keep the steps they were submitted with; new
    requests follow this chain. Audited with the steps before and after.

    Args:
        kind (TransferKind):
        body (ChainUpdate):

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
            body=body,
        )
    ).parsed
