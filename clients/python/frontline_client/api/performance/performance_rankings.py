from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.ranking import Ranking
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period: str,
    template: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    params["template"] = template

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/performance/rankings",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Ranking | None:
    if response.status_code == 200:
        response_200 = Ranking.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Ranking]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period: str,
    template: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | Ranking]:
    """Rank a cohort (everyone scored with a template in a month): score, rank, percentile

     Ranks everyone scored with a template in a month, with score, rank and percentile, a page at a time
    in rank order (ties by employee number); `cohort` counts them all. A closed month ranks the frozen
    scores
    of its latest closing, ranked once when it closed; an open one live scores computed now (`source`
    says
    which). HR, leaders and administrators only (403 otherwise); an unknown template answers 404; a
    cursor
    from before the month was closed or reopened answers 422.

    Args:
        period (str): A month, e.g. 2026-11
        template (str):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Ranking]
    """

    kwargs = _get_kwargs(
        period=period,
        template=template,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period: str,
    template: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | Ranking | None:
    """Rank a cohort (everyone scored with a template in a month): score, rank, percentile

     Ranks everyone scored with a template in a month, with score, rank and percentile, a page at a time
    in rank order (ties by employee number); `cohort` counts them all. A closed month ranks the frozen
    scores
    of its latest closing, ranked once when it closed; an open one live scores computed now (`source`
    says
    which). HR, leaders and administrators only (403 otherwise); an unknown template answers 404; a
    cursor
    from before the month was closed or reopened answers 422.

    Args:
        period (str): A month, e.g. 2026-11
        template (str):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Ranking
    """

    return sync_detailed(
        client=client,
        period=period,
        template=template,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: str,
    template: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | Ranking]:
    """Rank a cohort (everyone scored with a template in a month): score, rank, percentile

     Ranks everyone scored with a template in a month, with score, rank and percentile, a page at a time
    in rank order (ties by employee number); `cohort` counts them all. A closed month ranks the frozen
    scores
    of its latest closing, ranked once when it closed; an open one live scores computed now (`source`
    says
    which). HR, leaders and administrators only (403 otherwise); an unknown template answers 404; a
    cursor
    from before the month was closed or reopened answers 422.

    Args:
        period (str): A month, e.g. 2026-11
        template (str):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Ranking]
    """

    kwargs = _get_kwargs(
        period=period,
        template=template,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period: str,
    template: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | Ranking | None:
    """Rank a cohort (everyone scored with a template in a month): score, rank, percentile

     Ranks everyone scored with a template in a month, with score, rank and percentile, a page at a time
    in rank order (ties by employee number); `cohort` counts them all. A closed month ranks the frozen
    scores
    of its latest closing, ranked once when it closed; an open one live scores computed now (`source`
    says
    which). HR, leaders and administrators only (403 otherwise); an unknown template answers 404; a
    cursor
    from before the month was closed or reopened answers 422.

    Args:
        period (str): A month, e.g. 2026-11
        template (str):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Ranking
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            template=template,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
