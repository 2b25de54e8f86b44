from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.survey_read import SurveyRead
from ...models.survey_write import SurveyWrite
from ...types import Response


def _get_kwargs(
    *,
    body: SurveyWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/surveys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SurveyRead | None:
    if response.status_code == 201:
        response_201 = SurveyRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | SurveyRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SurveyWrite,
) -> Response[Problem | SurveyRead]:
    """Write a pulse survey (HR): scales, reasons, an optional comment, and when waves go out

     Creates a draft survey: 1 to 10 questions answered 1 to 5 (the first is the headline the
    satisfaction
    figure counts: 4 or 5 is satisfied), single-choice reasons (mentor support, fair targets, commute,
    family,
    safety, workload unless given), an optional comment question, the days between waves (28 unless
    given),
    the days a wave stays open (7) and whether people are also asked when their posting ends. Nothing is
    sent
    until it is activated. Keys must be distinct (422). HR and administrators only (403).

    Args:
        body (SurveyWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SurveyWrite,
) -> Problem | SurveyRead | None:
    """Write a pulse survey (HR): scales, reasons, an optional comment, and when waves go out

     Creates a draft survey: 1 to 10 questions answered 1 to 5 (the first is the headline the
    satisfaction
    figure counts: 4 or 5 is satisfied), single-choice reasons (mentor support, fair targets, commute,
    family,
    safety, workload unless given), an optional comment question, the days between waves (28 unless
    given),
    the days a wave stays open (7) and whether people are also asked when their posting ends. Nothing is
    sent
    until it is activated. Keys must be distinct (422). HR and administrators only (403).

    Args:
        body (SurveyWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SurveyWrite,
) -> Response[Problem | SurveyRead]:
    """Write a pulse survey (HR): scales, reasons, an optional comment, and when waves go out

     Creates a draft survey: 1 to 10 questions answered 1 to 5 (the first is the headline the
    satisfaction
    figure counts: 4 or 5 is satisfied), single-choice reasons (mentor support, fair targets, commute,
    family,
    safety, workload unless given), an optional comment question, the days between waves (28 unless
    given),
    the days a wave stays open (7) and whether people are also asked when their posting ends. Nothing is
    sent
    until it is activated. Keys must be distinct (422). HR and administrators only (403).

    Args:
        body (SurveyWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SurveyWrite,
) -> Problem | SurveyRead | None:
    """Write a pulse survey (HR): scales, reasons, an optional comment, and when waves go out

     Creates a draft survey: 1 to 10 questions answered 1 to 5 (the first is the headline the
    satisfaction
    figure counts: 4 or 5 is satisfied), single-choice reasons (mentor support, fair targets, commute,
    family,
    safety, workload unless given), an optional comment question, the days between waves (28 unless
    given),
    the days a wave stays open (7) and whether people are also asked when their posting ends. Nothing is
    sent
    until it is activated. Keys must be distinct (422). HR and administrators only (403).

    Args:
        body (SurveyWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
