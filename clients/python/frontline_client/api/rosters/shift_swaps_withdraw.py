from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.shift_swap_read import ShiftSwapRead
from ...models.shift_swap_version_conflict_problem import ShiftSwapVersionConflictProblem
from ...models.swap_version import SwapVersion
from ...types import Response


def _get_kwargs(
    swap_id: UUID,
    *,
    body: SwapVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/shift-swaps/{swap_id}/withdraw".format(
            swap_id=quote(str(swap_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead | None:
    if response.status_code == 200:
        response_200 = ShiftSwapRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> Problem | ShiftSwapVersionConflictProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = ShiftSwapVersionConflictProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = Problem.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

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
) -> Response[Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    swap_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SwapVersion,
) -> Response[Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead]:
    """Withdraw my offer while it is open

     Withdraws my shift offer while it is open (offered, or taken but not yet decided), naming its
    version.

    Only the colleague who offered it may (404 for anyone else); a swap already decided or withdrawn, or
    a
    stale version, answers 409. The taker and the store's managers are notified; audited.

    Args:
        swap_id (UUID):
        body (SwapVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead]
    """

    kwargs = _get_kwargs(
        swap_id=swap_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    swap_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SwapVersion,
) -> Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead | None:
    """Withdraw my offer while it is open

     Withdraws my shift offer while it is open (offered, or taken but not yet decided), naming its
    version.

    Only the colleague who offered it may (404 for anyone else); a swap already decided or withdrawn, or
    a
    stale version, answers 409. The taker and the store's managers are notified; audited.

    Args:
        swap_id (UUID):
        body (SwapVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead
    """

    return sync_detailed(
        swap_id=swap_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    swap_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SwapVersion,
) -> Response[Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead]:
    """Withdraw my offer while it is open

     Withdraws my shift offer while it is open (offered, or taken but not yet decided), naming its
    version.

    Only the colleague who offered it may (404 for anyone else); a swap already decided or withdrawn, or
    a
    stale version, answers 409. The taker and the store's managers are notified; audited.

    Args:
        swap_id (UUID):
        body (SwapVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead]
    """

    kwargs = _get_kwargs(
        swap_id=swap_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    swap_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SwapVersion,
) -> Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead | None:
    """Withdraw my offer while it is open

     Withdraws my shift offer while it is open (offered, or taken but not yet decided), naming its
    version.

    Only the colleague who offered it may (404 for anyone else); a swap already decided or withdrawn, or
    a
    stale version, answers 409. The taker and the store's managers are notified; audited.

    Args:
        swap_id (UUID):
        body (SwapVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ShiftSwapVersionConflictProblem | ShiftSwapRead
    """

    return (
        await asyncio_detailed(
            swap_id=swap_id,
            client=client,
            body=body,
        )
    ).parsed
