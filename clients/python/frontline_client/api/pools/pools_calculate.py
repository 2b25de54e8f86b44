from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pool_preview import PoolPreview
from ...models.pool_wrong_status_problem import PoolWrongStatusProblem
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    pool_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pools/{pool_id}/calculate".format(
            pool_id=quote(str(pool_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PoolPreview | PoolWrongStatusProblem | Problem | Problem | None:
    if response.status_code == 200:
        response_200 = PoolPreview.from_dict(response.json())

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

        def _parse_response_409(data: object) -> PoolWrongStatusProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = PoolWrongStatusProblem.from_dict(data)

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
) -> Response[PoolPreview | PoolWrongStatusProblem | Problem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PoolPreview | PoolWrongStatusProblem | Problem | Problem]:
    """Freeze the live computation as the pool's calculation (draft or calculated -> calculated)

     Freezes the live computation as the pool's calculation (from draft, or again when calculated);
    approval
    and locking use it, whatever the data does later. A pool approved or locked, or changed by a racing
    request, answers 409. HR and administrators only (a leader or member who can see the pool gets 403,
    anyone
    else 404); audited. Writes the `pool.calculated` event (webhook) and tells each member with a share
    their
    projected amount.

    Args:
        pool_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolPreview | PoolWrongStatusProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PoolPreview | PoolWrongStatusProblem | Problem | Problem | None:
    """Freeze the live computation as the pool's calculation (draft or calculated -> calculated)

     Freezes the live computation as the pool's calculation (from draft, or again when calculated);
    approval
    and locking use it, whatever the data does later. A pool approved or locked, or changed by a racing
    request, answers 409. HR and administrators only (a leader or member who can see the pool gets 403,
    anyone
    else 404); audited. Writes the `pool.calculated` event (webhook) and tells each member with a share
    their
    projected amount.

    Args:
        pool_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolPreview | PoolWrongStatusProblem | Problem | Problem
    """

    return sync_detailed(
        pool_id=pool_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PoolPreview | PoolWrongStatusProblem | Problem | Problem]:
    """Freeze the live computation as the pool's calculation (draft or calculated -> calculated)

     Freezes the live computation as the pool's calculation (from draft, or again when calculated);
    approval
    and locking use it, whatever the data does later. A pool approved or locked, or changed by a racing
    request, answers 409. HR and administrators only (a leader or member who can see the pool gets 403,
    anyone
    else 404); audited. Writes the `pool.calculated` event (webhook) and tells each member with a share
    their
    projected amount.

    Args:
        pool_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolPreview | PoolWrongStatusProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PoolPreview | PoolWrongStatusProblem | Problem | Problem | None:
    """Freeze the live computation as the pool's calculation (draft or calculated -> calculated)

     Freezes the live computation as the pool's calculation (from draft, or again when calculated);
    approval
    and locking use it, whatever the data does later. A pool approved or locked, or changed by a racing
    request, answers 409. HR and administrators only (a leader or member who can see the pool gets 403,
    anyone
    else 404); audited. Writes the `pool.calculated` event (webhook) and tells each member with a share
    their
    projected amount.

    Args:
        pool_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolPreview | PoolWrongStatusProblem | Problem | Problem
    """

    return (
        await asyncio_detailed(
            pool_id=pool_id,
            client=client,
        )
    ).parsed
