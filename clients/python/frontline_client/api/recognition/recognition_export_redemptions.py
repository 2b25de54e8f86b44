import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recognition/redemptions/export",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> Response[Any | Problem]:
    """Approved redemptions of a period as CSV, for payroll and the leave system (HR)

     Downloads the redemptions approved on the organisation's days `from` to `to` (at most 366 days), by
    approval time: employee number and name, the item, its kind and the points, headings in the caller's
    language (UTF-8 with a byte order mark). HR and administrators only (403). Each approval is also
    sent to
    integrations as the `recognition.redemption_approved` webhook event.

    Args:
        from_ (datetime.date): The first day (the organisation's), inclusive
        to (datetime.date): The last day, inclusive

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> Any | Problem | None:
    """Approved redemptions of a period as CSV, for payroll and the leave system (HR)

     Downloads the redemptions approved on the organisation's days `from` to `to` (at most 366 days), by
    approval time: employee number and name, the item, its kind and the points, headings in the caller's
    language (UTF-8 with a byte order mark). HR and administrators only (403). Each approval is also
    sent to
    integrations as the `recognition.redemption_approved` webhook event.

    Args:
        from_ (datetime.date): The first day (the organisation's), inclusive
        to (datetime.date): The last day, inclusive

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> Response[Any | Problem]:
    """Approved redemptions of a period as CSV, for payroll and the leave system (HR)

     Downloads the redemptions approved on the organisation's days `from` to `to` (at most 366 days), by
    approval time: employee number and name, the item, its kind and the points, headings in the caller's
    language (UTF-8 with a byte order mark). HR and administrators only (403). Each approval is also
    sent to
    integrations as the `recognition.redemption_approved` webhook event.

    Args:
        from_ (datetime.date): The first day (the organisation's), inclusive
        to (datetime.date): The last day, inclusive

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> Any | Problem | None:
    """Approved redemptions of a period as CSV, for payroll and the leave system (HR)

     Downloads the redemptions approved on the organisation's days `from` to `to` (at most 366 days), by
    approval time: employee number and name, the item, its kind and the points, headings in the caller's
    language (UTF-8 with a byte order mark). HR and administrators only (403). Each approval is also
    sent to
    integrations as the `recognition.redemption_approved` webhook event.

    Args:
        from_ (datetime.date): The first day (the organisation's), inclusive
        to (datetime.date): The last day, inclusive

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
