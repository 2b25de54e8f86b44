from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_read import PeriodRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    period: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/performance/periods/{period}/reopen".format(
            period=quote(str(period), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PeriodRead | Problem | None:
    if response.status_code == 200:
        response_200 = PeriodRead.from_dict(response.json())

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
) -> Response[PeriodRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    period: str,
    *,
    client: AuthenticatedClient,
) -> Response[PeriodRead | Problem]:
    """Reopen a closed month (audited); its frozen scores stay as they were

     Reopens a closed month so its values and targets can change again; its frozen scores stay as they
    were,
    and closing it again freezes a new closing beside them. A month that is not closed answers 409. HR
    and
    administrators only (403 otherwise); audited.

    Args:
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodRead | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    period: str,
    *,
    client: AuthenticatedClient,
) -> PeriodRead | Problem | None:
    """Reopen a closed month (audited); its frozen scores stay as they were

     Reopens a closed month so its values and targets can change again; its frozen scores stay as they
    were,
    and closing it again freezes a new closing beside them. A month that is not closed answers 409. HR
    and
    administrators only (403 otherwise); audited.

    Args:
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodRead | Problem
    """

    return sync_detailed(
        period=period,
        client=client,
    ).parsed


async def asyncio_detailed(
    period: str,
    *,
    client: AuthenticatedClient,
) -> Response[PeriodRead | Problem]:
    """Reopen a closed month (audited); its frozen scores stay as they were

     Reopens a closed month so its values and targets can change again; its frozen scores stay as they
    were,
    and closing it again freezes a new closing beside them. A month that is not closed answers 409. HR
    and
    administrators only (403 otherwise); audited.

    Args:
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodRead | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    period: str,
    *,
    client: AuthenticatedClient,
) -> PeriodRead | Problem | None:
    """Reopen a closed month (audited); its frozen scores stay as they were

     Reopens a closed month so its values and targets can change again; its frozen scores stay as they
    were,
    and closing it again freezes a new closing beside them. A month that is not closed answers 409. HR
    and
    administrators only (403 otherwise); audited.

    Args:
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodRead | Problem
    """

    return (
        await asyncio_detailed(
            period=period,
            client=client,
        )
    ).parsed
