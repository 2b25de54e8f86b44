from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_leader_days_format import AnalyticsLeaderDaysFormat
from ...models.leader_days_read import LeaderDaysRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLeaderDaysFormat | Unset = AnalyticsLeaderDaysFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/leader-days",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[LeaderDaysRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LeaderDaysRead.from_dict(response_200_item_data)

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
) -> Response[Problem | list[LeaderDaysRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLeaderDaysFormat | Unset = AnalyticsLeaderDaysFormat.JSON,
) -> Response[Problem | list[LeaderDaysRead]]:
    """Frontline days of each leader and department head in a year

     One row per person holding the leader role or a department head grant whose home is head
    office: their distinct days in the year on secondment at a store or project, or with a clock-in
    that counts at a store, and `flagged` under HR's `leader_days_below` (30). A named list, not
    suppressed: leaders answer for it. HR, leaders and administrators read everyone; a department
    head the leaders and heads whose home is under their grant; anyone else gets 404, as does a
    `unit_id` outside the reader's sight; a year after this one is 422 `analytics.year_out_of_range`.

    Args:
        year (int): The calendar year (to today for the current one)
        unit_id (None | Unset | UUID): Only leaders whose home is in this unit's subtree
        format_ (AnalyticsLeaderDaysFormat | Unset): json (default) or csv Default:
            AnalyticsLeaderDaysFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[LeaderDaysRead]]
    """

    kwargs = _get_kwargs(
        year=year,
        unit_id=unit_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLeaderDaysFormat | Unset = AnalyticsLeaderDaysFormat.JSON,
) -> Problem | list[LeaderDaysRead] | None:
    """Frontline days of each leader and department head in a year

     One row per person holding the leader role or a department head grant whose home is head
    office: their distinct days in the year on secondment at a store or project, or with a clock-in
    that counts at a store, and `flagged` under HR's `leader_days_below` (30). A named list, not
    suppressed: leaders answer for it. HR, leaders and administrators read everyone; a department
    head the leaders and heads whose home is under their grant; anyone else gets 404, as does a
    `unit_id` outside the reader's sight; a year after this one is 422 `analytics.year_out_of_range`.

    Args:
        year (int): The calendar year (to today for the current one)
        unit_id (None | Unset | UUID): Only leaders whose home is in this unit's subtree
        format_ (AnalyticsLeaderDaysFormat | Unset): json (default) or csv Default:
            AnalyticsLeaderDaysFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[LeaderDaysRead]
    """

    return sync_detailed(
        client=client,
        year=year,
        unit_id=unit_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLeaderDaysFormat | Unset = AnalyticsLeaderDaysFormat.JSON,
) -> Response[Problem | list[LeaderDaysRead]]:
    """Frontline days of each leader and department head in a year

     One row per person holding the leader role or a department head grant whose home is head
    office: their distinct days in the year on secondment at a store or project, or with a clock-in
    that counts at a store, and `flagged` under HR's `leader_days_below` (30). A named list, not
    suppressed: leaders answer for it. HR, leaders and administrators read everyone; a department
    head the leaders and heads whose home is under their grant; anyone else gets 404, as does a
    `unit_id` outside the reader's sight; a year after this one is 422 `analytics.year_out_of_range`.

    Args:
        year (int): The calendar year (to today for the current one)
        unit_id (None | Unset | UUID): Only leaders whose home is in this unit's subtree
        format_ (AnalyticsLeaderDaysFormat | Unset): json (default) or csv Default:
            AnalyticsLeaderDaysFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[LeaderDaysRead]]
    """

    kwargs = _get_kwargs(
        year=year,
        unit_id=unit_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLeaderDaysFormat | Unset = AnalyticsLeaderDaysFormat.JSON,
) -> Problem | list[LeaderDaysRead] | None:
    """Frontline days of each leader and department head in a year

     One row per person holding the leader role or a department head grant whose home is head
    office: their distinct days in the year on secondment at a store or project, or with a clock-in
    that counts at a store, and `flagged` under HR's `leader_days_below` (30). A named list, not
    suppressed: leaders answer for it. HR, leaders and administrators read everyone; a department
    head the leaders and heads whose home is under their grant; anyone else gets 404, as does a
    `unit_id` outside the reader's sight; a year after this one is 422 `analytics.year_out_of_range`.

    Args:
        year (int): The calendar year (to today for the current one)
        unit_id (None | Unset | UUID): Only leaders whose home is in this unit's subtree
        format_ (AnalyticsLeaderDaysFormat | Unset): json (default) or csv Default:
            AnalyticsLeaderDaysFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[LeaderDaysRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            unit_id=unit_id,
            format_=format_,
        )
    ).parsed
