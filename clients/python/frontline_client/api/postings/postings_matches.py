from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.posting_matches import PostingMatches
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    radius_km: float | Unset = 3.0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["radius_km"] = radius_km

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/posting-matches",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PostingMatches | Problem | None:
    if response.status_code == 200:
        response_200 = PostingMatches.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PostingMatches | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    radius_km: float | Unset = 3.0,
    limit: int | Unset = 50,
) -> Response[PostingMatches | Problem]:
    """Open postings that suit me, best first, with the reasons (near home or school, care rules, skills)

     Ranks the open postings with places left that suit me, best first, with the reasons.

    Employees only (403). With a home or school location on file, only postings within `radius_km` of
    one
    of them; without one, the most recently opened postings, ranked by skills and tags. Distances and
    reasons
    are computed for my session only and never stored (`Cache-Control: no-store`); a posting's owner
    never
    sees them.

    Args:
        radius_km (float | Unset): Kilometres, at most 50 Default: 3.0.
        limit (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostingMatches | Problem]
    """

    kwargs = _get_kwargs(
        radius_km=radius_km,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    radius_km: float | Unset = 3.0,
    limit: int | Unset = 50,
) -> PostingMatches | Problem | None:
    """Open postings that suit me, best first, with the reasons (near home or school, care rules, skills)

     Ranks the open postings with places left that suit me, best first, with the reasons.

    Employees only (403). With a home or school location on file, only postings within `radius_km` of
    one
    of them; without one, the most recently opened postings, ranked by skills and tags. Distances and
    reasons
    are computed for my session only and never stored (`Cache-Control: no-store`); a posting's owner
    never
    sees them.

    Args:
        radius_km (float | Unset): Kilometres, at most 50 Default: 3.0.
        limit (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostingMatches | Problem
    """

    return sync_detailed(
        client=client,
        radius_km=radius_km,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    radius_km: float | Unset = 3.0,
    limit: int | Unset = 50,
) -> Response[PostingMatches | Problem]:
    """Open postings that suit me, best first, with the reasons (near home or school, care rules, skills)

     Ranks the open postings with places left that suit me, best first, with the reasons.

    Employees only (403). With a home or school location on file, only postings within `radius_km` of
    one
    of them; without one, the most recently opened postings, ranked by skills and tags. Distances and
    reasons
    are computed for my session only and never stored (`Cache-Control: no-store`); a posting's owner
    never
    sees them.

    Args:
        radius_km (float | Unset): Kilometres, at most 50 Default: 3.0.
        limit (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostingMatches | Problem]
    """

    kwargs = _get_kwargs(
        radius_km=radius_km,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    radius_km: float | Unset = 3.0,
    limit: int | Unset = 50,
) -> PostingMatches | Problem | None:
    """Open postings that suit me, best first, with the reasons (near home or school, care rules, skills)

     Ranks the open postings with places left that suit me, best first, with the reasons.

    Employees only (403). With a home or school location on file, only postings within `radius_km` of
    one
    of them; without one, the most recently opened postings, ranked by skills and tags. Distances and
    reasons
    are computed for my session only and never stored (`Cache-Control: no-store`); a posting's owner
    never
    sees them.

    Args:
        radius_km (float | Unset): Kilometres, at most 50 Default: 3.0.
        limit (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostingMatches | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            radius_km=radius_km,
            limit=limit,
        )
    ).parsed
