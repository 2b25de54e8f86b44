import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.unit_member import UnitMember
from ...types import UNSET, Response, Unset


def _get_kwargs(
    unit_id: UUID,
    *,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/org-units/{unit_id}/members".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[UnitMember] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UnitMember.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[UnitMember]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | list[UnitMember]]:
    """Who works at this unit on a day (home staff not away, plus people assigned there)

    Args:
        unit_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[UnitMember]]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Problem | list[UnitMember] | None:
    """Who works at this unit on a day (home staff not away, plus people assigned there)

    Args:
        unit_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[UnitMember]
    """

    return sync_detailed(
        unit_id=unit_id,
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | list[UnitMember]]:
    """Who works at this unit on a day (home staff not away, plus people assigned there)

    Args:
        unit_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[UnitMember]]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Problem | list[UnitMember] | None:
    """Who works at this unit on a day (home staff not away, plus people assigned there)

    Args:
        unit_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[UnitMember]
    """

    return (
        await asyncio_detailed(
            unit_id=unit_id,
            client=client,
            on=on,
        )
    ).parsed
