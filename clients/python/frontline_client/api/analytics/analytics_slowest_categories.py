import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.slowest_categories import SlowestCategories
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 5,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/slowest-categories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SlowestCategories | None:
    if response.status_code == 200:
        response_200 = SlowestCategories.from_dict(response.json())

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
) -> Response[Problem | SlowestCategories]:
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
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 5,
) -> Response[Problem | SlowestCategories]:
    """The ticket categories slowest to a first answer and to resolution

     Of the need tickets raised in the range and owned by departments in the reader's sight, the
    `limit` categories with the longest median wall-clock minutes from raising to the first answer,
    and to resolution, slowest first, each with the tickets the median is taken over; whole closed
    months come from the nightly roll-up (`as_of`), the other days from the tickets. Readers as for
    the collaboration figure: HR, leaders and administrators every department, a department head
    theirs; anyone else gets 404, as does a `unit_id` outside the reader's sight; a bad range is 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        unit_id (None | Unset | UUID): Only tickets this department's subtree owns
        limit (int | Unset): How many categories in each list Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SlowestCategories]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        unit_id=unit_id,
        limit=limit,
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
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 5,
) -> Problem | SlowestCategories | None:
    """The ticket categories slowest to a first answer and to resolution

     Of the need tickets raised in the range and owned by departments in the reader's sight, the
    `limit` categories with the longest median wall-clock minutes from raising to the first answer,
    and to resolution, slowest first, each with the tickets the median is taken over; whole closed
    months come from the nightly roll-up (`as_of`), the other days from the tickets. Readers as for
    the collaboration figure: HR, leaders and administrators every department, a department head
    theirs; anyone else gets 404, as does a `unit_id` outside the reader's sight; a bad range is 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        unit_id (None | Unset | UUID): Only tickets this department's subtree owns
        limit (int | Unset): How many categories in each list Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SlowestCategories
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        unit_id=unit_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 5,
) -> Response[Problem | SlowestCategories]:
    """The ticket categories slowest to a first answer and to resolution

     Of the need tickets raised in the range and owned by departments in the reader's sight, the
    `limit` categories with the longest median wall-clock minutes from raising to the first answer,
    and to resolution, slowest first, each with the tickets the median is taken over; whole closed
    months come from the nightly roll-up (`as_of`), the other days from the tickets. Readers as for
    the collaboration figure: HR, leaders and administrators every department, a department head
    theirs; anyone else gets 404, as does a `unit_id` outside the reader's sight; a bad range is 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        unit_id (None | Unset | UUID): Only tickets this department's subtree owns
        limit (int | Unset): How many categories in each list Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SlowestCategories]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        unit_id=unit_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 5,
) -> Problem | SlowestCategories | None:
    """The ticket categories slowest to a first answer and to resolution

     Of the need tickets raised in the range and owned by departments in the reader's sight, the
    `limit` categories with the longest median wall-clock minutes from raising to the first answer,
    and to resolution, slowest first, each with the tickets the median is taken over; whole closed
    months come from the nightly roll-up (`as_of`), the other days from the tickets. Readers as for
    the collaboration figure: HR, leaders and administrators every department, a department head
    theirs; anyone else gets 404, as does a `unit_id` outside the reader's sight; a bad range is 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        unit_id (None | Unset | UUID): Only tickets this department's subtree owns
        limit (int | Unset): How many categories in each list Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SlowestCategories
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            unit_id=unit_id,
            limit=limit,
        )
    ).parsed
