import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_growth_format import AnalyticsGrowthFormat
from ...models.analytics_growth_group_by_type_0_item import AnalyticsGrowthGroupByType0Item
from ...models.figure_series import FigureSeries
from ...models.granularity import Granularity
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    group_by: list[AnalyticsGrowthGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    rule: None | str | Unset = UNSET,
    format_: AnalyticsGrowthFormat | Unset = AnalyticsGrowthFormat.JSON,
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

    json_rule: None | str | Unset
    if isinstance(rule, Unset):
        json_rule = UNSET
    else:
        json_rule = rule
    params["rule"] = json_rule

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/growth",
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
    group_by: list[AnalyticsGrowthGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    rule: None | str | Unset = UNSET,
    format_: AnalyticsGrowthFormat | Unset = AnalyticsGrowthFormat.JSON,
) -> Response[FigureSeries | Problem]:
    """Promotion eligibility and training credits, by period, department and sex

     For each period, counted on its last day: `eligible`, the share of the people on the books
    then whom a promotion rule applies to who meet it (any active rule, or `rule`), and `credits`,
    the training credits counting in the period's months (`value` the total, `numerator` the people
    with credits, `denominator` the people counted). Calendar periods under the active rules are
    read from the nightly roll-ups (`as_of`). Groups of fewer than 5 people, and groups that would
    reveal
    someone beside an overlapping one, are suppressed. HR, leaders and administrators read every
    department; a department head the departments under their grant; anyone else gets 404, as do a
    `unit_id` outside the reader's sight and an unknown `rule`; weeks and bad ranges are 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsGrowthGroupByType0Item] | None | Unset): department, sex, or both
            (repeat the key)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this department's subtree
        rule (None | str | Unset): One eligibility rule's code; none: any active rule
        format_ (AnalyticsGrowthFormat | Unset): json (default) or csv Default:
            AnalyticsGrowthFormat.JSON.

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
        rule=rule,
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
    group_by: list[AnalyticsGrowthGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    rule: None | str | Unset = UNSET,
    format_: AnalyticsGrowthFormat | Unset = AnalyticsGrowthFormat.JSON,
) -> FigureSeries | Problem | None:
    """Promotion eligibility and training credits, by period, department and sex

     For each period, counted on its last day: `eligible`, the share of the people on the books
    then whom a promotion rule applies to who meet it (any active rule, or `rule`), and `credits`,
    the training credits counting in the period's months (`value` the total, `numerator` the people
    with credits, `denominator` the people counted). Calendar periods under the active rules are
    read from the nightly roll-ups (`as_of`). Groups of fewer than 5 people, and groups that would
    reveal
    someone beside an overlapping one, are suppressed. HR, leaders and administrators read every
    department; a department head the departments under their grant; anyone else gets 404, as do a
    `unit_id` outside the reader's sight and an unknown `rule`; weeks and bad ranges are 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsGrowthGroupByType0Item] | None | Unset): department, sex, or both
            (repeat the key)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this department's subtree
        rule (None | str | Unset): One eligibility rule's code; none: any active rule
        format_ (AnalyticsGrowthFormat | Unset): json (default) or csv Default:
            AnalyticsGrowthFormat.JSON.

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
        rule=rule,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    group_by: list[AnalyticsGrowthGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    rule: None | str | Unset = UNSET,
    format_: AnalyticsGrowthFormat | Unset = AnalyticsGrowthFormat.JSON,
) -> Response[FigureSeries | Problem]:
    """Promotion eligibility and training credits, by period, department and sex

     For each period, counted on its last day: `eligible`, the share of the people on the books
    then whom a promotion rule applies to who meet it (any active rule, or `rule`), and `credits`,
    the training credits counting in the period's months (`value` the total, `numerator` the people
    with credits, `denominator` the people counted). Calendar periods under the active rules are
    read from the nightly roll-ups (`as_of`). Groups of fewer than 5 people, and groups that would
    reveal
    someone beside an overlapping one, are suppressed. HR, leaders and administrators read every
    department; a department head the departments under their grant; anyone else gets 404, as do a
    `unit_id` outside the reader's sight and an unknown `rule`; weeks and bad ranges are 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsGrowthGroupByType0Item] | None | Unset): department, sex, or both
            (repeat the key)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this department's subtree
        rule (None | str | Unset): One eligibility rule's code; none: any active rule
        format_ (AnalyticsGrowthFormat | Unset): json (default) or csv Default:
            AnalyticsGrowthFormat.JSON.

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
        rule=rule,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    group_by: list[AnalyticsGrowthGroupByType0Item] | None | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    rule: None | str | Unset = UNSET,
    format_: AnalyticsGrowthFormat | Unset = AnalyticsGrowthFormat.JSON,
) -> FigureSeries | Problem | None:
    """Promotion eligibility and training credits, by period, department and sex

     For each period, counted on its last day: `eligible`, the share of the people on the books
    then whom a promotion rule applies to who meet it (any active rule, or `rule`), and `credits`,
    the training credits counting in the period's months (`value` the total, `numerator` the people
    with credits, `denominator` the people counted). Calendar periods under the active rules are
    read from the nightly roll-ups (`as_of`). Groups of fewer than 5 people, and groups that would
    reveal
    someone beside an overlapping one, are suppressed. HR, leaders and administrators read every
    department; a department head the departments under their grant; anyone else gets 404, as do a
    `unit_id` outside the reader's sight and an unknown `rule`; weeks and bad ranges are 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        group_by (list[AnalyticsGrowthGroupByType0Item] | None | Unset): department, sex, or both
            (repeat the key)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this department's subtree
        rule (None | str | Unset): One eligibility rule's code; none: any active rule
        format_ (AnalyticsGrowthFormat | Unset): json (default) or csv Default:
            AnalyticsGrowthFormat.JSON.

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
            rule=rule,
            format_=format_,
        )
    ).parsed
