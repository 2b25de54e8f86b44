import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraints_read import ConstraintsRead
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    employee_id: UUID,
    *,
    from_: datetime.date,
    to: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/employees/{employee_id}/constraints".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintsRead | Problem | None:
    if response.status_code == 200:
        response_200 = ConstraintsRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[ConstraintsRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> Response[ConstraintsRead | Problem]:
    """What holds for a person in a date range (no night work, a shorter day, ...), never why

     Lists what holds for a person between two dates (at most 366 days): the protections their care
    profile
    earns under the policy in force and their approved flexible arrangements, each with its dates and
    never
    the reason. That check-ups count as working time is shown only to the person and HR. The person, the
    managers who can see them, HR, leaders and administrators may read it; anyone else gets 404.

    Args:
        employee_id (UUID):
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintsRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> ConstraintsRead | Problem | None:
    """What holds for a person in a date range (no night work, a shorter day, ...), never why

     Lists what holds for a person between two dates (at most 366 days): the protections their care
    profile
    earns under the policy in force and their approved flexible arrangements, each with its dates and
    never
    the reason. That check-ups count as working time is shown only to the person and HR. The person, the
    managers who can see them, HR, leaders and administrators may read it; anyone else gets 404.

    Args:
        employee_id (UUID):
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintsRead | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> Response[ConstraintsRead | Problem]:
    """What holds for a person in a date range (no night work, a shorter day, ...), never why

     Lists what holds for a person between two dates (at most 366 days): the protections their care
    profile
    earns under the policy in force and their approved flexible arrangements, each with its dates and
    never
    the reason. That check-ups count as working time is shown only to the person and HR. The person, the
    managers who can see them, HR, leaders and administrators may read it; anyone else gets 404.

    Args:
        employee_id (UUID):
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintsRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> ConstraintsRead | Problem | None:
    """What holds for a person in a date range (no night work, a shorter day, ...), never why

     Lists what holds for a person between two dates (at most 366 days): the protections their care
    profile
    earns under the policy in force and their approved flexible arrangements, each with its dates and
    never
    the reason. That check-ups count as working time is shown only to the person and HR. The person, the
    managers who can see them, HR, leaders and administrators may read it; anyone else gets 404.

    Args:
        employee_id (UUID):
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintsRead | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
