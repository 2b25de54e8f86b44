import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.ticket_stats import TicketStats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.datetime,
    to: datetime.datetime,
    department: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    json_department: None | str | Unset
    if isinstance(department, Unset):
        json_department = UNSET
    elif isinstance(department, UUID):
        json_department = str(department)
    else:
        json_department = department
    params["department"] = json_department

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tickets/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TicketStats | None:
    if response.status_code == 200:
        response_200 = TicketStats.from_dict(response.json())

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
) -> Response[Problem | TicketStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
    department: None | Unset | UUID = UNSET,
) -> Response[Problem | TicketStats]:
    """Responsiveness and frontline satisfaction per department and responder

     Reports ticket responsiveness and frontline satisfaction per department and per responder.

    Counts tickets created in [`from`, `to`): per department the number of tickets, first-response
    compliance
    and median, resolution compliance, paused minutes and ratings; per responder the first responses,
    targets
    met, resolutions and average rating. A ticket never counts for its own requester as responder.

    HR, leaders and administrators read every department (or the one named in `department`); a
    department head
    reads a department she heads and must name it in `department`. Anyone else gets 403; `to` not after
    `from`
    answers 422.

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        department (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketStats]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        department=department,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
    department: None | Unset | UUID = UNSET,
) -> Problem | TicketStats | None:
    """Responsiveness and frontline satisfaction per department and responder

     Reports ticket responsiveness and frontline satisfaction per department and per responder.

    Counts tickets created in [`from`, `to`): per department the number of tickets, first-response
    compliance
    and median, resolution compliance, paused minutes and ratings; per responder the first responses,
    targets
    met, resolutions and average rating. A ticket never counts for its own requester as responder.

    HR, leaders and administrators read every department (or the one named in `department`); a
    department head
    reads a department she heads and must name it in `department`. Anyone else gets 403; `to` not after
    `from`
    answers 422.

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        department (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketStats
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        department=department,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
    department: None | Unset | UUID = UNSET,
) -> Response[Problem | TicketStats]:
    """Responsiveness and frontline satisfaction per department and responder

     Reports ticket responsiveness and frontline satisfaction per department and per responder.

    Counts tickets created in [`from`, `to`): per department the number of tickets, first-response
    compliance
    and median, resolution compliance, paused minutes and ratings; per responder the first responses,
    targets
    met, resolutions and average rating. A ticket never counts for its own requester as responder.

    HR, leaders and administrators read every department (or the one named in `department`); a
    department head
    reads a department she heads and must name it in `department`. Anyone else gets 403; `to` not after
    `from`
    answers 422.

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        department (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketStats]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        department=department,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
    department: None | Unset | UUID = UNSET,
) -> Problem | TicketStats | None:
    """Responsiveness and frontline satisfaction per department and responder

     Reports ticket responsiveness and frontline satisfaction per department and per responder.

    Counts tickets created in [`from`, `to`): per department the number of tickets, first-response
    compliance
    and median, resolution compliance, paused minutes and ratings; per responder the first responses,
    targets
    met, resolutions and average rating. A ticket never counts for its own requester as responder.

    HR, leaders and administrators read every department (or the one named in `department`); a
    department head
    reads a department she heads and must name it in `department`. Anyone else gets 403; `to` not after
    `from`
    answers 422.

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        department (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketStats
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            department=department,
        )
    ).parsed
