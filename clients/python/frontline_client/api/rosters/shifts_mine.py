import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.my_shift_read import MyShiftRead
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
        "url": "/api/v1/me/shifts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[MyShiftRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MyShiftRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[Problem | list[MyShiftRead]]:
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
) -> Response[Problem | list[MyShiftRead]]:
    """My published shifts between two dates (at most 93 days), in each store's zone

     Lists my shifts in published rosters from `from` to `to` (inclusive, at most 93 days), at any store.

    Each shift has its start and end in the store's time zone and the protected (nursing) time it
    carries,
    earliest first. Drafts stay with the planners until they are published. An account that is not an
    employee
    gets an empty list.

    Args:
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MyShiftRead]]
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
) -> Problem | list[MyShiftRead] | None:
    """My published shifts between two dates (at most 93 days), in each store's zone

     Lists my shifts in published rosters from `from` to `to` (inclusive, at most 93 days), at any store.

    Each shift has its start and end in the store's time zone and the protected (nursing) time it
    carries,
    earliest first. Drafts stay with the planners until they are published. An account that is not an
    employee
    gets an empty list.

    Args:
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MyShiftRead]
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
) -> Response[Problem | list[MyShiftRead]]:
    """My published shifts between two dates (at most 93 days), in each store's zone

     Lists my shifts in published rosters from `from` to `to` (inclusive, at most 93 days), at any store.

    Each shift has its start and end in the store's time zone and the protected (nursing) time it
    carries,
    earliest first. Drafts stay with the planners until they are published. An account that is not an
    employee
    gets an empty list.

    Args:
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MyShiftRead]]
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
) -> Problem | list[MyShiftRead] | None:
    """My published shifts between two dates (at most 93 days), in each store's zone

     Lists my shifts in published rosters from `from` to `to` (inclusive, at most 93 days), at any store.

    Each shift has its start and end in the store's time zone and the protected (nursing) time it
    carries,
    earliest first. Drafts stay with the planners until they are published. An account that is not an
    employee
    gets an empty list.

    Args:
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MyShiftRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
