from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_create import ApplicationCreate
from ...models.application_read import ApplicationRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    posting_id: UUID,
    *,
    body: ApplicationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/postings/{posting_id}/applications".format(
            posting_id=quote(str(posting_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationRead | Problem | None:
    if response.status_code == 201:
        response_201 = ApplicationRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[ApplicationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    posting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
) -> Response[ApplicationRead | Problem]:
    """Apply: a secondment request for the posting's store and dates goes through the usual chain

     Applies to an open posting: a secondment request for its store and dates is filed in the applicant's
    name and goes through the usual approval chain, with that request's own checks (overlap 409, no
    decider 422).

    Employees only (403); the posting must be open with a place left (409), the applicant's home
    department
    among the eligible ones if any are listed (403), one application each (409). The store's managers
    are
    notified. Approval of the request takes one of the posting's places; when none is left the approval
    is
    a 409 `posting.full` and the request stays where it was.

    Args:
        posting_id (UUID):
        body (ApplicationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationRead | Problem]
    """

    kwargs = _get_kwargs(
        posting_id=posting_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    posting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
) -> ApplicationRead | Problem | None:
    """Apply: a secondment request for the posting's store and dates goes through the usual chain

     Applies to an open posting: a secondment request for its store and dates is filed in the applicant's
    name and goes through the usual approval chain, with that request's own checks (overlap 409, no
    decider 422).

    Employees only (403); the posting must be open with a place left (409), the applicant's home
    department
    among the eligible ones if any are listed (403), one application each (409). The store's managers
    are
    notified. Approval of the request takes one of the posting's places; when none is left the approval
    is
    a 409 `posting.full` and the request stays where it was.

    Args:
        posting_id (UUID):
        body (ApplicationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationRead | Problem
    """

    return sync_detailed(
        posting_id=posting_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    posting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
) -> Response[ApplicationRead | Problem]:
    """Apply: a secondment request for the posting's store and dates goes through the usual chain

     Applies to an open posting: a secondment request for its store and dates is filed in the applicant's
    name and goes through the usual approval chain, with that request's own checks (overlap 409, no
    decider 422).

    Employees only (403); the posting must be open with a place left (409), the applicant's home
    department
    among the eligible ones if any are listed (403), one application each (409). The store's managers
    are
    notified. Approval of the request takes one of the posting's places; when none is left the approval
    is
    a 409 `posting.full` and the request stays where it was.

    Args:
        posting_id (UUID):
        body (ApplicationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationRead | Problem]
    """

    kwargs = _get_kwargs(
        posting_id=posting_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    posting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
) -> ApplicationRead | Problem | None:
    """Apply: a secondment request for the posting's store and dates goes through the usual chain

     Applies to an open posting: a secondment request for its store and dates is filed in the applicant's
    name and goes through the usual approval chain, with that request's own checks (overlap 409, no
    decider 422).

    Employees only (403); the posting must be open with a place left (409), the applicant's home
    department
    among the eligible ones if any are listed (403), one application each (409). The store's managers
    are
    notified. Approval of the request takes one of the posting's places; when none is left the approval
    is
    a 409 `posting.full` and the request stays where it was.

    Args:
        posting_id (UUID):
        body (ApplicationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationRead | Problem
    """

    return (
        await asyncio_detailed(
            posting_id=posting_id,
            client=client,
            body=body,
        )
    ).parsed
