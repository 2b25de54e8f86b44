from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.summary_write import SummaryWrite
from ...types import Response


def _get_kwargs(
    mentorship_id: UUID,
    *,
    body: SummaryWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/mentorships/{mentorship_id}/summary".format(
            mentorship_id=quote(str(mentorship_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SummaryWrite,
) -> Response[Any | Problem]:
    """The mentor's summary of the posting, for the growth report

     Writes, or rewrites, the mentor's summary of the posting for the growth report, which takes it as it
    stands when the report is written. Only the mentor (anyone else gets 404); audited.

    Args:
        mentorship_id (UUID):
        body (SummaryWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        mentorship_id=mentorship_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SummaryWrite,
) -> Any | Problem | None:
    """The mentor's summary of the posting, for the growth report

     Writes, or rewrites, the mentor's summary of the posting for the growth report, which takes it as it
    stands when the report is written. Only the mentor (anyone else gets 404); audited.

    Args:
        mentorship_id (UUID):
        body (SummaryWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        mentorship_id=mentorship_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SummaryWrite,
) -> Response[Any | Problem]:
    """The mentor's summary of the posting, for the growth report

     Writes, or rewrites, the mentor's summary of the posting for the growth report, which takes it as it
    stands when the report is written. Only the mentor (anyone else gets 404); audited.

    Args:
        mentorship_id (UUID):
        body (SummaryWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        mentorship_id=mentorship_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SummaryWrite,
) -> Any | Problem | None:
    """The mentor's summary of the posting, for the growth report

     Writes, or rewrites, the mentor's summary of the posting for the growth report, which takes it as it
    stands when the report is written. Only the mentor (anyone else gets 404); audited.

    Args:
        mentorship_id (UUID):
        body (SummaryWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            mentorship_id=mentorship_id,
            client=client,
            body=body,
        )
    ).parsed
