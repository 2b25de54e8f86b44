from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.report_input import ReportInput
from ...models.report_read import ReportRead
from ...types import Response


def _get_kwargs(
    post_id: UUID,
    *,
    body: ReportInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/experience-posts/{post_id}/reports".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReportRead | None:
    if response.status_code == 200:
        response_200 = ReportRead.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ReportRead.from_dict(response.json())

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
) -> Response[Problem | ReportRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportInput,
) -> Response[Problem | ReportRead]:
    """Report a post, once per person; three reports take it off the board until HR reviews it

     Reports a post with a reason: 201 the first time, 200 with the first report after that (one per
    person
    and post). When three people have reported a published post since HR last decided on it, it leaves
    the
    board and waits in HR's queue (`submitted`) until HR publishes or hides it.

    Args:
        post_id (UUID):
        body (ReportInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportInput,
) -> Problem | ReportRead | None:
    """Report a post, once per person; three reports take it off the board until HR reviews it

     Reports a post with a reason: 201 the first time, 200 with the first report after that (one per
    person
    and post). When three people have reported a published post since HR last decided on it, it leaves
    the
    board and waits in HR's queue (`submitted`) until HR publishes or hides it.

    Args:
        post_id (UUID):
        body (ReportInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportRead
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    post_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportInput,
) -> Response[Problem | ReportRead]:
    """Report a post, once per person; three reports take it off the board until HR reviews it

     Reports a post with a reason: 201 the first time, 200 with the first report after that (one per
    person
    and post). When three people have reported a published post since HR last decided on it, it leaves
    the
    board and waits in HR's queue (`submitted`) until HR publishes or hides it.

    Args:
        post_id (UUID):
        body (ReportInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportInput,
) -> Problem | ReportRead | None:
    """Report a post, once per person; three reports take it off the board until HR reviews it

     Reports a post with a reason: 201 the first time, 200 with the first report after that (one per
    person
    and post). When three people have reported a published post since HR last decided on it, it leaves
    the
    board and waits in HR's queue (`submitted`) until HR publishes or hides it.

    Args:
        post_id (UUID):
        body (ReportInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportRead
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
        )
    ).parsed
