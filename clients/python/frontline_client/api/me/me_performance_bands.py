from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.my_band import MyBand
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    months: int | Unset = 12,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["months"] = months

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/performance/bands",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[MyBand] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MyBand.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[MyBand]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    months: int | Unset = 12,
) -> Response[Problem | list[MyBand]]:
    """Where my score stood in each of the latest closed months: top 10 %, 30 %, 50 % or other

     Lists, newest first, the band of my frozen score in each of the latest `months` closed months,
    ranked
    against everyone scored that month: top 10 %, top 30 %, top 50 % or other. Months I was not scored
    in are
    left out; no score, mine or anyone else's, is shown. An account that is not an employee's answers
    404.

    Args:
        months (int | Unset): How many closed months, newest first Default: 12.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MyBand]]
    """

    kwargs = _get_kwargs(
        months=months,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    months: int | Unset = 12,
) -> Problem | list[MyBand] | None:
    """Where my score stood in each of the latest closed months: top 10 %, 30 %, 50 % or other

     Lists, newest first, the band of my frozen score in each of the latest `months` closed months,
    ranked
    against everyone scored that month: top 10 %, top 30 %, top 50 % or other. Months I was not scored
    in are
    left out; no score, mine or anyone else's, is shown. An account that is not an employee's answers
    404.

    Args:
        months (int | Unset): How many closed months, newest first Default: 12.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MyBand]
    """

    return sync_detailed(
        client=client,
        months=months,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    months: int | Unset = 12,
) -> Response[Problem | list[MyBand]]:
    """Where my score stood in each of the latest closed months: top 10 %, 30 %, 50 % or other

     Lists, newest first, the band of my frozen score in each of the latest `months` closed months,
    ranked
    against everyone scored that month: top 10 %, top 30 %, top 50 % or other. Months I was not scored
    in are
    left out; no score, mine or anyone else's, is shown. An account that is not an employee's answers
    404.

    Args:
        months (int | Unset): How many closed months, newest first Default: 12.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MyBand]]
    """

    kwargs = _get_kwargs(
        months=months,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    months: int | Unset = 12,
) -> Problem | list[MyBand] | None:
    """Where my score stood in each of the latest closed months: top 10 %, 30 %, 50 % or other

     Lists, newest first, the band of my frozen score in each of the latest `months` closed months,
    ranked
    against everyone scored that month: top 10 %, top 30 %, top 50 % or other. Months I was not scored
    in are
    left out; no score, mine or anyone else's, is shown. An account that is not an employee's answers
    404.

    Args:
        months (int | Unset): How many closed months, newest first Default: 12.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MyBand]
    """

    return (
        await asyncio_detailed(
            client=client,
            months=months,
        )
    ).parsed
