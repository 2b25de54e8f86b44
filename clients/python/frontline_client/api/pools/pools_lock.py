from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.early_close import EarlyClose
from ...models.pool_period_not_ended_problem import PoolPeriodNotEndedProblem
from ...models.pool_preview import PoolPreview
from ...models.pool_wrong_status_problem import PoolWrongStatusProblem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pool_id: UUID,
    *,
    body: EarlyClose | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pools/{pool_id}/lock".format(
            pool_id=quote(str(pool_id), safe=""),
        ),
    }

    if isinstance(body, EarlyClose):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem | None:
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

        def _parse_response_409(data: object) -> PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = PoolWrongStatusProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_1 = PoolPeriodNotEndedProblem.from_dict(data)

                return response_409_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_2 = Problem.from_dict(data)

            return response_409_type_2

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
) -> Response[PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem]:
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
    body: EarlyClose | None | Unset = UNSET,
) -> Response[PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem]:
    """Lock once the pool's month has ended (or early, with a reason): allocations go to the append-only
    ledger and pool.settled is sent; a racing lock gets 409

     Locks an approved pool, settling it: each member's amount per side goes to the append-only ledger,
    the
    parts summing exactly to the pool. Before the pool's month has ended in the organisation's time zone
    it
    answers 409, unless the body asks `early` with a reason (kept in the audit); a racing lock answers
    409. HR
    and administrators only (a leader or member who can see the pool gets 403, anyone else 404);
    audited.
    Writes the `pool.settled` event (webhook) and tells each member their share.

    Args:
        pool_id (UUID):
        body (EarlyClose | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EarlyClose | None | Unset = UNSET,
) -> PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem | None:
    """Lock once the pool's month has ended (or early, with a reason): allocations go to the append-only
    ledger and pool.settled is sent; a racing lock gets 409

     Locks an approved pool, settling it: each member's amount per side goes to the append-only ledger,
    the
    parts summing exactly to the pool. Before the pool's month has ended in the organisation's time zone
    it
    answers 409, unless the body asks `early` with a reason (kept in the audit); a racing lock answers
    409. HR
    and administrators only (a leader or member who can see the pool gets 403, anyone else 404);
    audited.
    Writes the `pool.settled` event (webhook) and tells each member their share.

    Args:
        pool_id (UUID):
        body (EarlyClose | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem
    """

    return sync_detailed(
        pool_id=pool_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EarlyClose | None | Unset = UNSET,
) -> Response[PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem]:
    """Lock once the pool's month has ended (or early, with a reason): allocations go to the append-only
    ledger and pool.settled is sent; a racing lock gets 409

     Locks an approved pool, settling it: each member's amount per side goes to the append-only ledger,
    the
    parts summing exactly to the pool. Before the pool's month has ended in the organisation's time zone
    it
    answers 409, unless the body asks `early` with a reason (kept in the audit); a racing lock answers
    409. HR
    and administrators only (a leader or member who can see the pool gets 403, anyone else 404);
    audited.
    Writes the `pool.settled` event (webhook) and tells each member their share.

    Args:
        pool_id (UUID):
        body (EarlyClose | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EarlyClose | None | Unset = UNSET,
) -> PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem | None:
    """Lock once the pool's month has ended (or early, with a reason): allocations go to the append-only
    ledger and pool.settled is sent; a racing lock gets 409

     Locks an approved pool, settling it: each member's amount per side goes to the append-only ledger,
    the
    parts summing exactly to the pool. Before the pool's month has ended in the organisation's time zone
    it
    answers 409, unless the body asks `early` with a reason (kept in the audit); a racing lock answers
    409. HR
    and administrators only (a leader or member who can see the pool gets 403, anyone else 404);
    audited.
    Writes the `pool.settled` event (webhook) and tells each member their share.

    Args:
        pool_id (UUID):
        body (EarlyClose | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolPeriodNotEndedProblem | PoolWrongStatusProblem | Problem | PoolPreview | Problem
    """

    return (
        await asyncio_detailed(
            pool_id=pool_id,
            client=client,
            body=body,
        )
    ).parsed
