import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_late_shifts_format import AnalyticsLateShiftsFormat
from ...models.analytics_late_shifts_group_by_type_0_item import AnalyticsLateShiftsGroupByType0Item
from ...models.figure_series import FigureSeries
from ...models.granularity import Granularity
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    group_by: list[AnalyticsLateShiftsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLateShiftsFormat | Unset = AnalyticsLateShiftsFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    json_group_by: list[str] | None | Unset
    if isinstance(group_by, Unset):
        json_group_by = UNSET
    elif isinstance(group_by, list):
        json_group_by = []
        for group_by_type_0_item_data in group_by:
            group_by_type_0_item = group_by_type_0_item_data.value
            json_group_by.append(group_by_type_0_item)

    else:
        json_group_by = group_by
    params["group_by"] = json_group_by

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity.value

    params["granularity"] = json_granularity

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
        "url": "/api/v1/analytics/late-shifts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FigureSeries | Problem | None:
    if response.status_code == 200:
        response_200 = FigureSeries.from_dict(response.json())

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
) -> Response[FigureSeries | Problem]:
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
    group_by: list[AnalyticsLateShiftsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLateShiftsFormat | Unset = AnalyticsLateShiftsFormat.JSON,
) -> Response[FigureSeries | Problem]:
    """Women's share of late shifts in published rosters, by period, region and store

     For each period, late shifts worked by women over all late shifts (`numerator` of
    `denominator`, shifts) in published rosters, by shift date: a late shift ends after the roster
    rules' late hour (22:00) or crosses midnight; women are those the roster cap counts (sex female,
    or a pregnancy or nursing on file, shared by consent). All stores together, or each region and
    store. A group whose late shifts were worked by fewer than 5 people is suppressed, and so is a
    store or region that would reveal one beside its region or the whole. A point above 10 % is
    `flagged`. HR, leaders and administrators read every store; a store manager the stores under
    their grant; anyone else gets 404, as does a `unit_id` outside the reader's sight.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsLateShiftsGroupByType0Item] | None | Unset): region, store, or
            both (repeat the key)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this region's or store's subtree
        format_ (AnalyticsLateShiftsFormat | Unset): json (default) or csv Default:
            AnalyticsLateShiftsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FigureSeries | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        group_by=group_by,
        granularity=granularity,
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
    from_: datetime.date,
    to: datetime.date,
    group_by: list[AnalyticsLateShiftsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLateShiftsFormat | Unset = AnalyticsLateShiftsFormat.JSON,
) -> FigureSeries | Problem | None:
    """Women's share of late shifts in published rosters, by period, region and store

     For each period, late shifts worked by women over all late shifts (`numerator` of
    `denominator`, shifts) in published rosters, by shift date: a late shift ends after the roster
    rules' late hour (22:00) or crosses midnight; women are those the roster cap counts (sex female,
    or a pregnancy or nursing on file, shared by consent). All stores together, or each region and
    store. A group whose late shifts were worked by fewer than 5 people is suppressed, and so is a
    store or region that would reveal one beside its region or the whole. A point above 10 % is
    `flagged`. HR, leaders and administrators read every store; a store manager the stores under
    their grant; anyone else gets 404, as does a `unit_id` outside the reader's sight.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsLateShiftsGroupByType0Item] | None | Unset): region, store, or
            both (repeat the key)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this region's or store's subtree
        format_ (AnalyticsLateShiftsFormat | Unset): json (default) or csv Default:
            AnalyticsLateShiftsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FigureSeries | Problem
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        group_by=group_by,
        granularity=granularity,
        unit_id=unit_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    group_by: list[AnalyticsLateShiftsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLateShiftsFormat | Unset = AnalyticsLateShiftsFormat.JSON,
) -> Response[FigureSeries | Problem]:
    """Women's share of late shifts in published rosters, by period, region and store

     For each period, late shifts worked by women over all late shifts (`numerator` of
    `denominator`, shifts) in published rosters, by shift date: a late shift ends after the roster
    rules' late hour (22:00) or crosses midnight; women are those the roster cap counts (sex female,
    or a pregnancy or nursing on file, shared by consent). All stores together, or each region and
    store. A group whose late shifts were worked by fewer than 5 people is suppressed, and so is a
    store or region that would reveal one beside its region or the whole. A point above 10 % is
    `flagged`. HR, leaders and administrators read every store; a store manager the stores under
    their grant; anyone else gets 404, as does a `unit_id` outside the reader's sight.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsLateShiftsGroupByType0Item] | None | Unset): region, store, or
            both (repeat the key)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this region's or store's subtree
        format_ (AnalyticsLateShiftsFormat | Unset): json (default) or csv Default:
            AnalyticsLateShiftsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FigureSeries | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        group_by=group_by,
        granularity=granularity,
        unit_id=unit_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    group_by: list[AnalyticsLateShiftsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsLateShiftsFormat | Unset = AnalyticsLateShiftsFormat.JSON,
) -> FigureSeries | Problem | None:
    """Women's share of late shifts in published rosters, by period, region and store

     For each period, late shifts worked by women over all late shifts (`numerator` of
    `denominator`, shifts) in published rosters, by shift date: a late shift ends after the roster
    rules' late hour (22:00) or crosses midnight; women are those the roster cap counts (sex female,
    or a pregnancy or nursing on file, shared by consent). All stores together, or each region and
    store. A group whose late shifts were worked by fewer than 5 people is suppressed, and so is a
    store or region that would reveal one beside its region or the whole. A point above 10 % is
    `flagged`. HR, leaders and administrators read every store; a store manager the stores under
    their grant; anyone else gets 404, as does a `unit_id` outside the reader's sight.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsLateShiftsGroupByType0Item] | None | Unset): region, store, or
            both (repeat the key)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this region's or store's subtree
        format_ (AnalyticsLateShiftsFormat | Unset): json (default) or csv Default:
            AnalyticsLateShiftsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FigureSeries | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            group_by=group_by,
            granularity=granularity,
            unit_id=unit_id,
            format_=format_,
        )
    ).parsed
