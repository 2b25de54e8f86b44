from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentor_assign import MentorAssign
from ...models.mentorship_read import MentorshipRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    transfer_id: UUID,
    *,
    body: MentorAssign,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/transfers/{transfer_id}/mentor".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MentorshipRead | Problem | None:
    if response.status_code == 200:
        response_200 = MentorshipRead.from_dict(response.json())

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
) -> Response[MentorshipRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MentorAssign,
) -> Response[MentorshipRead | Problem]:
    """Choose the secondment's mentor (the secondee's department head or HR); choosing again replaces

     Chooses the secondment's mentor; choosing again replaces the mentor. The secondment must be in
    review,
    returned or approved (409), the mentor an active head-office employee other than the secondee (422)
    and
    below the limit of secondees at once (409). HR, administrators and the department heads over the
    secondee's home unit only (404 for anyone else); audited; the mentor and the secondee are notified.

    Args:
        transfer_id (UUID):
        body (MentorAssign):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorshipRead | Problem]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MentorAssign,
) -> MentorshipRead | Problem | None:
    """Choose the secondment's mentor (the secondee's department head or HR); choosing again replaces

     Chooses the secondment's mentor; choosing again replaces the mentor. The secondment must be in
    review,
    returned or approved (409), the mentor an active head-office employee other than the secondee (422)
    and
    below the limit of secondees at once (409). HR, administrators and the department heads over the
    secondee's home unit only (404 for anyone else); audited; the mentor and the secondee are notified.

    Args:
        transfer_id (UUID):
        body (MentorAssign):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorshipRead | Problem
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MentorAssign,
) -> Response[MentorshipRead | Problem]:
    """Choose the secondment's mentor (the secondee's department head or HR); choosing again replaces

     Chooses the secondment's mentor; choosing again replaces the mentor. The secondment must be in
    review,
    returned or approved (409), the mentor an active head-office employee other than the secondee (422)
    and
    below the limit of secondees at once (409). HR, administrators and the department heads over the
    secondee's home unit only (404 for anyone else); audited; the mentor and the secondee are notified.

    Args:
        transfer_id (UUID):
        body (MentorAssign):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorshipRead | Problem]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MentorAssign,
) -> MentorshipRead | Problem | None:
    """Choose the secondment's mentor (the secondee's department head or HR); choosing again replaces

     Chooses the secondment's mentor; choosing again replaces the mentor. The secondment must be in
    review,
    returned or approved (409), the mentor an active head-office employee other than the secondee (422)
    and
    below the limit of secondees at once (409). HR, administrators and the department heads over the
    secondee's home unit only (404 for anyone else); audited; the mentor and the secondee are notified.

    Args:
        transfer_id (UUID):
        body (MentorAssign):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorshipRead | Problem
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
            body=body,
        )
    ).parsed
