import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_collaboration_format import AnalyticsCollaborationFormat
from ...models.figure_series import FigureSeries
from ...models.granularity import Granularity
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCollaborationFormat | Unset = AnalyticsCollaborationFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

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
        "url": "/api/v1/analytics/collaboration",
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
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCollaborationFormat | Unset = AnalyticsCollaborationFormat.JSON,
) -> Response[FigureSeries | Problem]:
    """Ticket compliance, ratings and deflections per owning department, by period

     For each period and owning department (with its sub-departments; and the whole for readers
    who see it), four `measure`s of the need tickets raised in the period, counted as GET
    /tickets/stats counts them: `first_response_compliance` (answered within target, of those
    answered or past their due time), `resolution_compliance` (resolved within target, of those
    resolved), `average_rating` (the ratings' sum over their count; fewer than 5 ratings, or a
    group that would reveal them, is suppressed) and `deflections` (tickets a knowledge article
    made unnecessary, for the article's department: the count, no denominator). HR, leaders and
    administrators read every department; a department head the departments under their grant; a
    store manager sees no department; anyone else gets 404, as does a `unit_id` outside the
    reader's sight; a bad range is 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this department's subtree
        format_ (AnalyticsCollaborationFormat | Unset): json (default) or csv Default:
            AnalyticsCollaborationFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FigureSeries | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
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
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCollaborationFormat | Unset = AnalyticsCollaborationFormat.JSON,
) -> FigureSeries | Problem | None:
    """Ticket compliance, ratings and deflections per owning department, by period

     For each period and owning department (with its sub-departments; and the whole for readers
    who see it), four `measure`s of the need tickets raised in the period, counted as GET
    /tickets/stats counts them: `first_response_compliance` (answered within target, of those
    answered or past their due time), `resolution_compliance` (resolved within target, of those
    resolved), `average_rating` (the ratings' sum over their count; fewer than 5 ratings, or a
    group that would reveal them, is suppressed) and `deflections` (tickets a knowledge article
    made unnecessary, for the article's department: the count, no denominator). HR, leaders and
    administrators read every department; a department head the departments under their grant; a
    store manager sees no department; anyone else gets 404, as does a `unit_id` outside the
    reader's sight; a bad range is 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this department's subtree
        format_ (AnalyticsCollaborationFormat | Unset): json (default) or csv Default:
            AnalyticsCollaborationFormat.JSON.

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
        granularity=granularity,
        unit_id=unit_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCollaborationFormat | Unset = AnalyticsCollaborationFormat.JSON,
) -> Response[FigureSeries | Problem]:
    """Ticket compliance, ratings and deflections per owning department, by period

     For each period and owning department (with its sub-departments; and the whole for readers
    who see it), four `measure`s of the need tickets raised in the period, counted as GET
    /tickets/stats counts them: `first_response_compliance` (answered within target, of those
    answered or past their due time), `resolution_compliance` (resolved within target, of those
    resolved), `average_rating` (the ratings' sum over their count; fewer than 5 ratings, or a
    group that would reveal them, is suppressed) and `deflections` (tickets a knowledge article
    made unnecessary, for the article's department: the count, no denominator). HR, leaders and
    administrators read every department; a department head the departments under their grant; a
    store manager sees no department; anyone else gets 404, as does a `unit_id` outside the
    reader's sight; a bad range is 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this department's subtree
        format_ (AnalyticsCollaborationFormat | Unset): json (default) or csv Default:
            AnalyticsCollaborationFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FigureSeries | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
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
    granularity: Granularity | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    format_: AnalyticsCollaborationFormat | Unset = AnalyticsCollaborationFormat.JSON,
) -> FigureSeries | Problem | None:
    """Ticket compliance, ratings and deflections per owning department, by period

     For each period and owning department (with its sub-departments; and the whole for readers
    who see it), four `measure`s of the need tickets raised in the period, counted as GET
    /tickets/stats counts them: `first_response_compliance` (answered within target, of those
    answered or past their due time), `resolution_compliance` (resolved within target, of those
    resolved), `average_rating` (the ratings' sum over their count; fewer than 5 ratings, or a
    group that would reveal them, is suppressed) and `deflections` (tickets a knowledge article
    made unnecessary, for the article's department: the count, no denominator). HR, leaders and
    administrators read every department; a department head the departments under their grant; a
    store manager sees no department; anyone else gets 404, as does a `unit_id` outside the
    reader's sight; a bad range is 422.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        granularity (Granularity | Unset):
        unit_id (None | Unset | UUID): Only this department's subtree
        format_ (AnalyticsCollaborationFormat | Unset): json (default) or csv Default:
            AnalyticsCollaborationFormat.JSON.

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
            granularity=granularity,
            unit_id=unit_id,
            format_=format_,
        )
    ).parsed
