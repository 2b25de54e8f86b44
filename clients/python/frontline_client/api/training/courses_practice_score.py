from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion_read import CompletionRead
from ...models.practice_score import PracticeScore
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    code: str,
    *,
    body: PracticeScore,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/courses/{code}/practice-scores".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompletionRead | Problem | None:
    if response.status_code == 201:
        response_201 = CompletionRead.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[CompletionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PracticeScore,
) -> Response[CompletionRead | Problem]:
    """Score a person's on-the-job practice of a course, 0-10 (HR, or the person's manager)

     Records a 0-10 score of a person's on-the-job practice of a practice course: the credit rules in
    force
    decide whether it earns credits, and only what beats the person's best so far on the course is
    added. The
    same recorder scoring the same person, course and day again gets the first answer if the score is
    the
    same, 422 if it differs. HR, administrators, store managers and department heads may score people
    they can
    see on that day (others answer 404), never themselves (403); audited.

    Args:
        code (str):
        body (PracticeScore): A mentor's score (0-10) of a person's on-the-job practice of a
            course.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionRead | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PracticeScore,
) -> CompletionRead | Problem | None:
    """Score a person's on-the-job practice of a course, 0-10 (HR, or the person's manager)

     Records a 0-10 score of a person's on-the-job practice of a practice course: the credit rules in
    force
    decide whether it earns credits, and only what beats the person's best so far on the course is
    added. The
    same recorder scoring the same person, course and day again gets the first answer if the score is
    the
    same, 422 if it differs. HR, administrators, store managers and department heads may score people
    they can
    see on that day (others answer 404), never themselves (403); audited.

    Args:
        code (str):
        body (PracticeScore): A mentor's score (0-10) of a person's on-the-job practice of a
            course.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionRead | Problem
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PracticeScore,
) -> Response[CompletionRead | Problem]:
    """Score a person's on-the-job practice of a course, 0-10 (HR, or the person's manager)

     Records a 0-10 score of a person's on-the-job practice of a practice course: the credit rules in
    force
    decide whether it earns credits, and only what beats the person's best so far on the course is
    added. The
    same recorder scoring the same person, course and day again gets the first answer if the score is
    the
    same, 422 if it differs. HR, administrators, store managers and department heads may score people
    they can
    see on that day (others answer 404), never themselves (403); audited.

    Args:
        code (str):
        body (PracticeScore): A mentor's score (0-10) of a person's on-the-job practice of a
            course.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionRead | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PracticeScore,
) -> CompletionRead | Problem | None:
    """Score a person's on-the-job practice of a course, 0-10 (HR, or the person's manager)

     Records a 0-10 score of a person's on-the-job practice of a practice course: the credit rules in
    force
    decide whether it earns credits, and only what beats the person's best so far on the course is
    added. The
    same recorder scoring the same person, course and day again gets the first answer if the score is
    the
    same, 422 if it differs. HR, administrators, store managers and department heads may score people
    they can
    see on that day (others answer 404), never themselves (403); audited.

    Args:
        code (str):
        body (PracticeScore): A mentor's score (0-10) of a person's on-the-job practice of a
            course.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionRead | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
        )
    ).parsed
