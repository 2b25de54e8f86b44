from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_score import EmployeeScore
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    period: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/performance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmployeeScore | Problem | None:
    if response.status_code == 200:
        response_200 = EmployeeScore.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[EmployeeScore | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period: str,
) -> Response[EmployeeScore | Problem]:
    """My live score for a month: every metric's value, target, points, weight and source

     Returns my live score for a month, computed as for HR and my managers, with the comments written
    with
    my manual values. An account that is not an employee's answers 404.

    Args:
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeScore | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period: str,
) -> EmployeeScore | Problem | None:
    """My live score for a month: every metric's value, target, points, weight and source

     Returns my live score for a month, computed as for HR and my managers, with the comments written
    with
    my manual values. An account that is not an employee's answers 404.

    Args:
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeScore | Problem
    """

    return sync_detailed(
        client=client,
        period=period,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: str,
) -> Response[EmployeeScore | Problem]:
    """My live score for a month: every metric's value, target, points, weight and source

     Returns my live score for a month, computed as for HR and my managers, with the comments written
    with
    my manual values. An account that is not an employee's answers 404.

    Args:
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeScore | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period: str,
) -> EmployeeScore | Problem | None:
    """My live score for a month: every metric's value, target, points, weight and source

     Returns my live score for a month, computed as for HR and my managers, with the comments written
    with
    my manual values. An account that is not an employee's answers 404.

    Args:
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeScore | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
        )
    ).parsed
