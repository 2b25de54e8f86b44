from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_summary import CreditSummary
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/credits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditSummary | Problem | None:
    if response.status_code == 200:
        response_200 = CreditSummary.from_dict(response.json())

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
) -> Response[CreditSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> Response[CreditSummary | Problem]:
    """My credits: balance, level and allowance, the year against my plan, by skill, the ledger

     Returns my credits: balance, level and monthly allowance, what the next level still needs, the
    year's
    credits by category against my population's plan, credits by skill, and the latest 100 ledger
    entries.
    `year` defaults to this year in the organisation's time zone. An account that is not an employee's
    answers
    404.

    Args:
        year (int | None | Unset): Default: this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditSummary | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> CreditSummary | Problem | None:
    """My credits: balance, level and allowance, the year against my plan, by skill, the ledger

     Returns my credits: balance, level and monthly allowance, what the next level still needs, the
    year's
    credits by category against my population's plan, credits by skill, and the latest 100 ledger
    entries.
    `year` defaults to this year in the organisation's time zone. An account that is not an employee's
    answers
    404.

    Args:
        year (int | None | Unset): Default: this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditSummary | Problem
    """

    return sync_detailed(
        client=client,
        year=year,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> Response[CreditSummary | Problem]:
    """My credits: balance, level and allowance, the year against my plan, by skill, the ledger

     Returns my credits: balance, level and monthly allowance, what the next level still needs, the
    year's
    credits by category against my population's plan, credits by skill, and the latest 100 ledger
    entries.
    `year` defaults to this year in the organisation's time zone. An account that is not an employee's
    answers
    404.

    Args:
        year (int | None | Unset): Default: this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditSummary | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> CreditSummary | Problem | None:
    """My credits: balance, level and allowance, the year against my plan, by skill, the ledger

     Returns my credits: balance, level and monthly allowance, what the next level still needs, the
    year's
    credits by category against my population's plan, credits by skill, and the latest 100 ledger
    entries.
    `year` defaults to this year in the organisation's time zone. An account that is not an employee's
    answers
    404.

    Args:
        year (int | None | Unset): Default: this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
        )
    ).parsed
