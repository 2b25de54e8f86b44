import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.problem import Problem
from ...models.timesheet import Timesheet
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    unit: None | Unset | UUID = UNSET,
    format_: str | Unset = "json",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    json_unit: None | str | Unset
    if isinstance(unit, Unset):
        json_unit = UNSET
    elif isinstance(unit, UUID):
        json_unit = str(unit)
    else:
        json_unit = unit
    params["unit"] = json_unit

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/attendance/timesheets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsufficientScopeProblem | Problem | Problem | Timesheet | None:
    if response.status_code == 200:
        response_200 = Timesheet.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> InsufficientScopeProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = InsufficientScopeProblem.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = Problem.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

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
) -> Response[InsufficientScopeProblem | Problem | Problem | Timesheet]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    unit: None | Unset | UUID = UNSET,
    format_: str | Unset = "json",
) -> Response[InsufficientScopeProblem | Problem | Problem | Timesheet]:
    """Days worked per person and store, as JSON or CSV

     Days worked per person and store, for payroll, as JSON or as a CSV file (`format=csv`).
    The range is at most 93 days (422 otherwise). HR, leaders and administrators see every store; a
    store
    manager the stores they manage; a machine client with `read:attendance` the stores within its org
    units
    (all of them when it is not limited). `unit` narrows to that unit's subtree (unknown, or outside a
    client's units: 404). Other people (department heads, employees) get 403.

    Each row is one person at one store on one day, in the store's time zone, with minutes worked,
    expected,
    short, planned, late and left early; a planned shift the person did not work is a row too. Rows go
    by
    employee number, date, store code. The CSV's header is in the caller's language and its columns keep
    their order: new ones are only ever appended.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        unit (None | Unset | UUID):
        format_ (str | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Timesheet]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        unit=unit,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    unit: None | Unset | UUID = UNSET,
    format_: str | Unset = "json",
) -> InsufficientScopeProblem | Problem | Problem | Timesheet | None:
    """Days worked per person and store, as JSON or CSV

     Days worked per person and store, for payroll, as JSON or as a CSV file (`format=csv`).
    The range is at most 93 days (422 otherwise). HR, leaders and administrators see every store; a
    store
    manager the stores they manage; a machine client with `read:attendance` the stores within its org
    units
    (all of them when it is not limited). `unit` narrows to that unit's subtree (unknown, or outside a
    client's units: 404). Other people (department heads, employees) get 403.

    Each row is one person at one store on one day, in the store's time zone, with minutes worked,
    expected,
    short, planned, late and left early; a planned shift the person did not work is a row too. Rows go
    by
    employee number, date, store code. The CSV's header is in the caller's language and its columns keep
    their order: new ones are only ever appended.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        unit (None | Unset | UUID):
        format_ (str | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Timesheet
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        unit=unit,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    unit: None | Unset | UUID = UNSET,
    format_: str | Unset = "json",
) -> Response[InsufficientScopeProblem | Problem | Problem | Timesheet]:
    """Days worked per person and store, as JSON or CSV

     Days worked per person and store, for payroll, as JSON or as a CSV file (`format=csv`).
    The range is at most 93 days (422 otherwise). HR, leaders and administrators see every store; a
    store
    manager the stores they manage; a machine client with `read:attendance` the stores within its org
    units
    (all of them when it is not limited). `unit` narrows to that unit's subtree (unknown, or outside a
    client's units: 404). Other people (department heads, employees) get 403.

    Each row is one person at one store on one day, in the store's time zone, with minutes worked,
    expected,
    short, planned, late and left early; a planned shift the person did not work is a row too. Rows go
    by
    employee number, date, store code. The CSV's header is in the caller's language and its columns keep
    their order: new ones are only ever appended.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        unit (None | Unset | UUID):
        format_ (str | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Timesheet]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        unit=unit,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    unit: None | Unset | UUID = UNSET,
    format_: str | Unset = "json",
) -> InsufficientScopeProblem | Problem | Problem | Timesheet | None:
    """Days worked per person and store, as JSON or CSV

     Days worked per person and store, for payroll, as JSON or as a CSV file (`format=csv`).
    The range is at most 93 days (422 otherwise). HR, leaders and administrators see every store; a
    store
    manager the stores they manage; a machine client with `read:attendance` the stores within its org
    units
    (all of them when it is not limited). `unit` narrows to that unit's subtree (unknown, or outside a
    client's units: 404). Other people (department heads, employees) get 403.

    Each row is one person at one store on one day, in the store's time zone, with minutes worked,
    expected,
    short, planned, late and left early; a planned shift the person did not work is a row too. Rows go
    by
    employee number, date, store code. The CSV's header is in the caller's language and its columns keep
    their order: new ones are only ever appended.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        unit (None | Unset | UUID):
        format_ (str | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Timesheet
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            unit=unit,
            format_=format_,
        )
    ).parsed
