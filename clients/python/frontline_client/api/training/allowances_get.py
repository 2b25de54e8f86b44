from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allowance_month_read import AllowanceMonthRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    month: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/allowances/{month}".format(
            month=quote(str(month), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllowanceMonthRead | Problem | None:
    if response.status_code == 200:
        response_200 = AllowanceMonthRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[AllowanceMonthRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    month: str,
    *,
    client: AuthenticatedClient,
) -> Response[AllowanceMonthRead | Problem]:
    """A month's allowances and everyone they pay (HR)

     Returns a month's allowances: status, totals and the policy version used, with every allowance line
    (level, balance, amount) and bonus line, by employee number. HR and administrators only (403
    otherwise); a
    month not calculated yet answers 404.

    Args:
        month (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllowanceMonthRead | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    month: str,
    *,
    client: AuthenticatedClient,
) -> AllowanceMonthRead | Problem | None:
    """A month's allowances and everyone they pay (HR)

     Returns a month's allowances: status, totals and the policy version used, with every allowance line
    (level, balance, amount) and bonus line, by employee number. HR and administrators only (403
    otherwise); a
    month not calculated yet answers 404.

    Args:
        month (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllowanceMonthRead | Problem
    """

    return sync_detailed(
        month=month,
        client=client,
    ).parsed


async def asyncio_detailed(
    month: str,
    *,
    client: AuthenticatedClient,
) -> Response[AllowanceMonthRead | Problem]:
    """A month's allowances and everyone they pay (HR)

     Returns a month's allowances: status, totals and the policy version used, with every allowance line
    (level, balance, amount) and bonus line, by employee number. HR and administrators only (403
    otherwise); a
    month not calculated yet answers 404.

    Args:
        month (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllowanceMonthRead | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    month: str,
    *,
    client: AuthenticatedClient,
) -> AllowanceMonthRead | Problem | None:
    """A month's allowances and everyone they pay (HR)

     Returns a month's allowances: status, totals and the policy version used, with every allowance line
    (level, balance, amount) and bonus line, by employee number. HR and administrators only (403
    otherwise); a
    month not calculated yet answers 404.

    Args:
        month (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllowanceMonthRead | Problem
    """

    return (
        await asyncio_detailed(
            month=month,
            client=client,
        )
    ).parsed
