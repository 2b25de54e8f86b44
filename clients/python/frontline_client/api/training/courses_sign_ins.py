from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.classroom_sign_in import ClassroomSignIn
from ...models.completion_ingest_result import CompletionIngestResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    code: str,
    *,
    body: ClassroomSignIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/courses/{code}/sign-ins".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompletionIngestResult | Problem | None:
    if response.status_code == 200:
        response_200 = CompletionIngestResult.from_dict(response.json())

        return response_200

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
) -> Response[CompletionIngestResult | Problem]:
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
    body: ClassroomSignIn,
) -> Response[CompletionIngestResult | Problem]:
    """Record a classroom session's sign-in list (HR, or the attendees' manager)

     Records a classroom session's sign-in list: each attendee's attendance and exam score is judged by
    the
    credit rules in force, and only what beats the person's best so far on the course is added to their
    credits. Sending the same session again changes nothing (its lines come back as duplicates); a line
    sent
    again with other content is reported as a conflict and not applied. HR, administrators, store
    managers and
    department heads may record it for people they can see on the session's day (others answer 404),
    never for
    themselves (403); audited.

    Args:
        code (str):
        body (ClassroomSignIn): A classroom session's sign-in list: who attended and their exam
            scores.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionIngestResult | Problem]
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
    body: ClassroomSignIn,
) -> CompletionIngestResult | Problem | None:
    """Record a classroom session's sign-in list (HR, or the attendees' manager)

     Records a classroom session's sign-in list: each attendee's attendance and exam score is judged by
    the
    credit rules in force, and only what beats the person's best so far on the course is added to their
    credits. Sending the same session again changes nothing (its lines come back as duplicates); a line
    sent
    again with other content is reported as a conflict and not applied. HR, administrators, store
    managers and
    department heads may record it for people they can see on the session's day (others answer 404),
    never for
    themselves (403); audited.

    Args:
        code (str):
        body (ClassroomSignIn): A classroom session's sign-in list: who attended and their exam
            scores.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionIngestResult | Problem
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
    body: ClassroomSignIn,
) -> Response[CompletionIngestResult | Problem]:
    """Record a classroom session's sign-in list (HR, or the attendees' manager)

     Records a classroom session's sign-in list: each attendee's attendance and exam score is judged by
    the
    credit rules in force, and only what beats the person's best so far on the course is added to their
    credits. Sending the same session again changes nothing (its lines come back as duplicates); a line
    sent
    again with other content is reported as a conflict and not applied. HR, administrators, store
    managers and
    department heads may record it for people they can see on the session's day (others answer 404),
    never for
    themselves (403); audited.

    Args:
        code (str):
        body (ClassroomSignIn): A classroom session's sign-in list: who attended and their exam
            scores.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionIngestResult | Problem]
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
    body: ClassroomSignIn,
) -> CompletionIngestResult | Problem | None:
    """Record a classroom session's sign-in list (HR, or the attendees' manager)

     Records a classroom session's sign-in list: each attendee's attendance and exam score is judged by
    the
    credit rules in force, and only what beats the person's best so far on the course is added to their
    credits. Sending the same session again changes nothing (its lines come back as duplicates); a line
    sent
    again with other content is reported as a conflict and not applied. HR, administrators, store
    managers and
    department heads may record it for people they can see on the session's day (others answer 404),
    never for
    themselves (403); audited.

    Args:
        code (str):
        body (ClassroomSignIn): A classroom session's sign-in list: who attended and their exam
            scores.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionIngestResult | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
        )
    ).parsed
