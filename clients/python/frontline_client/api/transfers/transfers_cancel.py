from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_request import CancelRequest
from ...models.problem import Problem
from ...models.transfer_read import TransferRead
from ...types import Response


def _get_kwargs(
    transfer_id: UUID,
    *,
    body: CancelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/transfers/{transfer_id}/cancel".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TransferRead | None:
    if response.status_code == 200:
        response_200 = TransferRead.from_dict(response.json())

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
) -> Response[Problem | TransferRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CancelRequest,
) -> Response[Problem | TransferRead]:
    """HR cancels an approved transfer that has not started

     HR cancels an approved secondment or permanent transfer before it starts; its assignment is
    cancelled.

    HR only: anyone else gets 403, administrators without the HR role included. Only an approved request
    that
    has not started can be cancelled (409: request an early return instead), and not an approved early
    return
    or extension (409). The employee and the requester are notified; a `transfer.cancelled` event is
    written
    (webhooks) and audited. A posting place taken through the request is freed.

    Args:
        transfer_id (UUID):
        body (CancelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TransferRead]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CancelRequest,
) -> Problem | TransferRead | None:
    """HR cancels an approved transfer that has not started

     HR cancels an approved secondment or permanent transfer before it starts; its assignment is
    cancelled.

    HR only: anyone else gets 403, administrators without the HR role included. Only an approved request
    that
    has not started can be cancelled (409: request an early return instead), and not an approved early
    return
    or extension (409). The employee and the requester are notified; a `transfer.cancelled` event is
    written
    (webhooks) and audited. A posting place taken through the request is freed.

    Args:
        transfer_id (UUID):
        body (CancelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TransferRead
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CancelRequest,
) -> Response[Problem | TransferRead]:
    """HR cancels an approved transfer that has not started

     HR cancels an approved secondment or permanent transfer before it starts; its assignment is
    cancelled.

    HR only: anyone else gets 403, administrators without the HR role included. Only an approved request
    that
    has not started can be cancelled (409: request an early return instead), and not an approved early
    return
    or extension (409). The employee and the requester are notified; a `transfer.cancelled` event is
    written
    (webhooks) and audited. A posting place taken through the request is freed.

    Args:
        transfer_id (UUID):
        body (CancelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TransferRead]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CancelRequest,
) -> Problem | TransferRead | None:
    """HR cancels an approved transfer that has not started

     HR cancels an approved secondment or permanent transfer before it starts; its assignment is
    cancelled.

    HR only: anyone else gets 403, administrators without the HR role included. Only an approved request
    that
    has not started can be cancelled (409: request an early return instead), and not an approved early
    return
    or extension (409). The employee and the requester are notified; a `transfer.cancelled` event is
    written
    (webhooks) and audited. A posting place taken through the request is freed.

    Args:
        transfer_id (UUID):
        body (CancelRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TransferRead
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
            body=body,
        )
    ).parsed
