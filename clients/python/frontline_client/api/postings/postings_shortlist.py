from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_read import ApplicationRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    posting_id: UUID,
    application_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/postings/{posting_id}/applications/{application_id}/shortlist".format(
            posting_id=quote(str(posting_id), safe=""),
            application_id=quote(str(application_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationRead | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
    application_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ApplicationRead | Problem]:
    """Shortlist a pending applicant (HR, the store's managers)

     Shortlists a pending application to a posting.

    HR, administrators and the managers of the posting's store only (404 for anyone else); an
    application that
    is not pending answers 409. The applicant's secondment request goes on through its chain unchanged,
    and
    nobody is notified. Audited.

    Args:
        posting_id (UUID):
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationRead | Problem]
    """

    kwargs = _get_kwargs(
        posting_id=posting_id,
        application_id=application_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    posting_id: UUID,
    application_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ApplicationRead | Problem | None:
    """Shortlist a pending applicant (HR, the store's managers)

     Shortlists a pending application to a posting.

    HR, administrators and the managers of the posting's store only (404 for anyone else); an
    application that
    is not pending answers 409. The applicant's secondment request goes on through its chain unchanged,
    and
    nobody is notified. Audited.

    Args:
        posting_id (UUID):
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationRead | Problem
    """

    return sync_detailed(
        posting_id=posting_id,
        application_id=application_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    posting_id: UUID,
    application_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ApplicationRead | Problem]:
    """Shortlist a pending applicant (HR, the store's managers)

     Shortlists a pending application to a posting.

    HR, administrators and the managers of the posting's store only (404 for anyone else); an
    application that
    is not pending answers 409. The applicant's secondment request goes on through its chain unchanged,
    and
    nobody is notified. Audited.

    Args:
        posting_id (UUID):
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationRead | Problem]
    """

    kwargs = _get_kwargs(
        posting_id=posting_id,
        application_id=application_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    posting_id: UUID,
    application_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ApplicationRead | Problem | None:
    """Shortlist a pending applicant (HR, the store's managers)

     Shortlists a pending application to a posting.

    HR, administrators and the managers of the posting's store only (404 for anyone else); an
    application that
    is not pending answers 409. The applicant's secondment request goes on through its chain unchanged,
    and
    nobody is notified. Audited.

    Args:
        posting_id (UUID):
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationRead | Problem
    """

    return (
        await asyncio_detailed(
            posting_id=posting_id,
            application_id=application_id,
            client=client,
        )
    ).parsed
