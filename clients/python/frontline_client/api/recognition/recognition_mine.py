from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.my_recognition import MyRecognition
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/recognition",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MyRecognition | Problem | None:
    if response.status_code == 200:
        response_200 = MyRecognition.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MyRecognition | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[MyRecognition | Problem]:
    """My points balance, what expires soon, my budget left this month and my card counts

     Returns my balance (the sum of my ledger), the points expiring within 30 days unless spent, my
    budget
    this month (the largest of my roles'), what I spent of it and what is left, the pair cap, and how
    many cards
    I received and sent. Accounts that are not an employee's get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyRecognition | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> MyRecognition | Problem | None:
    """My points balance, what expires soon, my budget left this month and my card counts

     Returns my balance (the sum of my ledger), the points expiring within 30 days unless spent, my
    budget
    this month (the largest of my roles'), what I spent of it and what is left, the pair cap, and how
    many cards
    I received and sent. Accounts that are not an employee's get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyRecognition | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[MyRecognition | Problem]:
    """My points balance, what expires soon, my budget left this month and my card counts

     Returns my balance (the sum of my ledger), the points expiring within 30 days unless spent, my
    budget
    this month (the largest of my roles'), what I spent of it and what is left, the pair cap, and how
    many cards
    I received and sent. Accounts that are not an employee's get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyRecognition | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> MyRecognition | Problem | None:
    """My points balance, what expires soon, my budget left this month and my card counts

     Returns my balance (the sum of my ledger), the points expiring within 30 days unless spent, my
    budget
    this month (the largest of my roles'), what I spent of it and what is left, the pair cap, and how
    many cards
    I received and sent. Accounts that are not an employee's get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyRecognition | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
