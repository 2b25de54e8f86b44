from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.org_unit_create import OrgUnitCreate
from ...models.org_unit_read import OrgUnitRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: OrgUnitCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/org-units",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrgUnitRead | Problem | None:
    if response.status_code == 201:
        response_201 = OrgUnitRead.from_dict(response.json())

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
) -> Response[OrgUnitRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrgUnitCreate,
) -> Response[OrgUnitRead | Problem]:
    """Create Org Unit

     Creates an org unit: headquarters, a department, a region, a store or a project.
    HR and administrators only (403). Placement rules (422 otherwise): headquarters sits at the root; a
    department under headquarters or a department; a region under headquarters or a region; a store
    under
    headquarters or a region; a project under headquarters, a department or a region. Stores and
    projects need
    latitude, longitude and a geofence radius, since people punch in there. `timezone` is an IANA name;
    the
    code must be unused (409). Audited.

    Args:
        body (OrgUnitCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgUnitRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OrgUnitCreate,
) -> OrgUnitRead | Problem | None:
    """Create Org Unit

     Creates an org unit: headquarters, a department, a region, a store or a project.
    HR and administrators only (403). Placement rules (422 otherwise): headquarters sits at the root; a
    department under headquarters or a department; a region under headquarters or a region; a store
    under
    headquarters or a region; a project under headquarters, a department or a region. Stores and
    projects need
    latitude, longitude and a geofence radius, since people punch in there. `timezone` is an IANA name;
    the
    code must be unused (409). Audited.

    Args:
        body (OrgUnitCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgUnitRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrgUnitCreate,
) -> Response[OrgUnitRead | Problem]:
    """Create Org Unit

     Creates an org unit: headquarters, a department, a region, a store or a project.
    HR and administrators only (403). Placement rules (422 otherwise): headquarters sits at the root; a
    department under headquarters or a department; a region under headquarters or a region; a store
    under
    headquarters or a region; a project under headquarters, a department or a region. Stores and
    projects need
    latitude, longitude and a geofence radius, since people punch in there. `timezone` is an IANA name;
    the
    code must be unused (409). Audited.

    Args:
        body (OrgUnitCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgUnitRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrgUnitCreate,
) -> OrgUnitRead | Problem | None:
    """Create Org Unit

     Creates an org unit: headquarters, a department, a region, a store or a project.
    HR and administrators only (403). Placement rules (422 otherwise): headquarters sits at the root; a
    department under headquarters or a department; a region under headquarters or a region; a store
    under
    headquarters or a region; a project under headquarters, a department or a region. Stores and
    projects need
    latitude, longitude and a geofence radius, since people punch in there. `timezone` is an IANA name;
    the
    code must be unused (409). Audited.

    Args:
        body (OrgUnitCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgUnitRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
