import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_care_arrangements_format import AnalyticsCareArrangementsFormat
from ...models.analytics_care_arrangements_group_by_type_0_item import AnalyticsCareArrangementsGroupByType0Item
from ...models.figure_series import FigureSeries
from ...models.granularity import Granularity
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    group_by: list[AnalyticsCareArrangementsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCareArrangementsFormat | Unset = AnalyticsCareArrangementsFormat.JSON,
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
        "url": "/api/v1/analytics/care-arrangements",
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
    group_by: list[AnalyticsCareArrangementsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCareArrangementsFormat | Unset = AnalyticsCareArrangementsFormat.JSON,
) -> Response[FigureSeries | Problem]:
    """Flexible arrangements requested, granted and refused, and protections in force

     For each period, by `measure`: flexible arrangements requested in it (by request date) and
    how they stand now (`granted`, `refused`, `pending`, `withdrawn`), `granted_share` of those
    decided, and the people with each legal protection in force on the period's last day
    (`in_force.no_night_work`, `in_force.protected_time` for nursing time, ...). A count is in
    `value` and `numerator`. Counts of 1 to 4 are suppressed (they are about pregnancy and
    nursing), and so is a count a shown total less its shown parts would give. Grouped as a whole,
    by department (`group_by=department`) or by the region, store or project staff belong to
    (`group_by=store`). HR, leaders and administrators read all; a department
    head or store manager the people whose home is under their grant; anyone else gets 404, as does
    a `unit_id` outside the reader's sight.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsCareArrangementsGroupByType0Item] | None | Unset): department:
            each department; store: each region, store and project (of its staff)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this unit's subtree
        format_ (AnalyticsCareArrangementsFormat | Unset): json (default) or csv Default:
            AnalyticsCareArrangementsFormat.JSON.

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
    group_by: list[AnalyticsCareArrangementsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCareArrangementsFormat | Unset = AnalyticsCareArrangementsFormat.JSON,
) -> FigureSeries | Problem | None:
    """Flexible arrangements requested, granted and refused, and protections in force

     For each period, by `measure`: flexible arrangements requested in it (by request date) and
    how they stand now (`granted`, `refused`, `pending`, `withdrawn`), `granted_share` of those
    decided, and the people with each legal protection in force on the period's last day
    (`in_force.no_night_work`, `in_force.protected_time` for nursing time, ...). A count is in
    `value` and `numerator`. Counts of 1 to 4 are suppressed (they are about pregnancy and
    nursing), and so is a count a shown total less its shown parts would give. Grouped as a whole,
    by department (`group_by=department`) or by the region, store or project staff belong to
    (`group_by=store`). HR, leaders and administrators read all; a department
    head or store manager the people whose home is under their grant; anyone else gets 404, as does
    a `unit_id` outside the reader's sight.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsCareArrangementsGroupByType0Item] | None | Unset): department:
            each department; store: each region, store and project (of its staff)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this unit's subtree
        format_ (AnalyticsCareArrangementsFormat | Unset): json (default) or csv Default:
            AnalyticsCareArrangementsFormat.JSON.

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
    group_by: list[AnalyticsCareArrangementsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCareArrangementsFormat | Unset = AnalyticsCareArrangementsFormat.JSON,
) -> Response[FigureSeries | Problem]:
    """Flexible arrangements requested, granted and refused, and protections in force

     For each period, by `measure`: flexible arrangements requested in it (by request date) and
    how they stand now (`granted`, `refused`, `pending`, `withdrawn`), `granted_share` of those
    decided, and the people with each legal protection in force on the period's last day
    (`in_force.no_night_work`, `in_force.protected_time` for nursing time, ...). A count is in
    `value` and `numerator`. Counts of 1 to 4 are suppressed (they are about pregnancy and
    nursing), and so is a count a shown total less its shown parts would give. Grouped as a whole,
    by department (`group_by=department`) or by the region, store or project staff belong to
    (`group_by=store`). HR, leaders and administrators read all; a department
    head or store manager the people whose home is under their grant; anyone else gets 404, as does
    a `unit_id` outside the reader's sight.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsCareArrangementsGroupByType0Item] | None | Unset): department:
            each department; store: each region, store and project (of its staff)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this unit's subtree
        format_ (AnalyticsCareArrangementsFormat | Unset): json (default) or csv Default:
            AnalyticsCareArrangementsFormat.JSON.

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
    group_by: list[AnalyticsCareArrangementsGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCareArrangementsFormat | Unset = AnalyticsCareArrangementsFormat.JSON,
) -> FigureSeries | Problem | None:
    """Flexible arrangements requested, granted and refused, and protections in force

     For each period, by `measure`: flexible arrangements requested in it (by request date) and
    how they stand now (`granted`, `refused`, `pending`, `withdrawn`), `granted_share` of those
    decided, and the people with each legal protection in force on the period's last day
    (`in_force.no_night_work`, `in_force.protected_time` for nursing time, ...). A count is in
    `value` and `numerator`. Counts of 1 to 4 are suppressed (they are about pregnancy and
    nursing), and so is a count a shown total less its shown parts would give. Grouped as a whole,
    by department (`group_by=department`) or by the region, store or project staff belong to
    (`group_by=store`). HR, leaders and administrators read all; a department
    head or store manager the people whose home is under their grant; anyone else gets 404, as does
    a `unit_id` outside the reader's sight.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsCareArrangementsGroupByType0Item] | None | Unset): department:
            each department; store: each region, store and project (of its staff)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this unit's subtree
        format_ (AnalyticsCareArrangementsFormat | Unset): json (default) or csv Default:
            AnalyticsCareArrangementsFormat.JSON.

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
