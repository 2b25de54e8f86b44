import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.survey_comments_read import SurveyCommentsRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    unit_id: None | Unset | UUID = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/satisfaction/comments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SurveyCommentsRead | None:
    if response.status_code == 200:
        response_200 = SurveyCommentsRead.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SurveyCommentsRead]:
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
) -> Response[Problem | SurveyCommentsRead]:
    """Pulse survey comments of a group (HR only, groups of at least 5 respondents)

     The comments of closed waves opened in the range, of everyone or of one unit's respondents, with the
    reason each chose, in no meaningful order and without names. When the group has fewer respondents
    than the
    minimum (5 unless HR set otherwise), no comment is shown and `suppressed` is true. HR only: others
    who read
    analytics get 403 `analytics.comments_hr_only`; anyone else 404.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        unit_id (None | Unset | UUID): A department (its people) or a store or region (its
            postings)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyCommentsRead]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        unit_id=unit_id,
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
) -> Problem | SurveyCommentsRead | None:
    """Pulse survey comments of a group (HR only, groups of at least 5 respondents)

     The comments of closed waves opened in the range, of everyone or of one unit's respondents, with the
    reason each chose, in no meaningful order and without names. When the group has fewer respondents
    than the
    minimum (5 unless HR set otherwise), no comment is shown and `suppressed` is true. HR only: others
    who read
    analytics get 403 `analytics.comments_hr_only`; anyone else 404.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        unit_id (None | Unset | UUID): A department (its people) or a store or region (its
            postings)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyCommentsRead
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        unit_id=unit_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    unit_id: None | Unset | UUID = UNSET,
) -> Response[Problem | SurveyCommentsRead]:
    """Pulse survey comments of a group (HR only, groups of at least 5 respondents)

     The comments of closed waves opened in the range, of everyone or of one unit's respondents, with the
    reason each chose, in no meaningful order and without names. When the group has fewer respondents
    than the
    minimum (5 unless HR set otherwise), no comment is shown and `suppressed` is true. HR only: others
    who read
    analytics get 403 `analytics.comments_hr_only`; anyone else 404.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        unit_id (None | Unset | UUID): A department (its people) or a store or region (its
            postings)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyCommentsRead]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        unit_id=unit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    unit_id: None | Unset | UUID = UNSET,
) -> Problem | SurveyCommentsRead | None:
    """Pulse survey comments of a group (HR only, groups of at least 5 respondents)

     The comments of closed waves opened in the range, of everyone or of one unit's respondents, with the
    reason each chose, in no meaningful order and without names. When the group has fewer respondents
    than the
    minimum (5 unless HR set otherwise), no comment is shown and `suppressed` is true. HR only: others
    who read
    analytics get 403 `analytics.comments_hr_only`; anyone else 404.

    Args:
        from_ (datetime.date): The first day, inclusive
        to (datetime.date): The last day, inclusive (at most three years on)
        unit_id (None | Unset | UUID): A department (its people) or a store or region (its
            postings)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyCommentsRead
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            unit_id=unit_id,
        )
    ).parsed
