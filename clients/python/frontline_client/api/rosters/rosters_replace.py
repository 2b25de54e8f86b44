import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.roster_read import RosterRead
from ...models.roster_rule_broken_problem import RosterRuleBrokenProblem
from ...models.roster_update import RosterUpdate
from ...models.roster_version_conflict_problem import RosterVersionConflictProblem
from ...types import Response


def _get_kwargs(
    store_id: UUID,
    week: datetime.date,
    *,
    body: RosterUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/stores/{store_id}/rosters/{week}".format(
            store_id=quote(str(store_id), safe=""),
            week=quote(str(week), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead | None:
    if response.status_code == 200:
        response_200 = RosterRead.from_dict(response.json())

        return response_200

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

        def _parse_response_409(data: object) -> Problem | RosterVersionConflictProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = RosterVersionConflictProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = Problem.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:

        def _parse_response_422(data: object) -> Problem | RosterRuleBrokenProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = RosterRuleBrokenProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = Problem.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

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
) -> Response[Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
    body: RosterUpdate,
) -> Response[Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead]:
    """Replace the week's assignments (version checked); a person's rule broken refuses it

     Replaces the week's assignments, naming the version read (0 creates the roster; a stale version
    answers 409).

    Store managers, HR and administrators (a leader gets 403). A draft is refused (422) only when a
    person's
    own rule breaks; once published, every rule is checked, the women's late-shift share included, and
    the
    people whose shifts changed are notified. Removing a shift withdraws its open swaps. Audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (RosterUpdate): The whole week's assignments; `version` is the roster's version read
            (0: no roster yet).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        week=week,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
    body: RosterUpdate,
) -> Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead | None:
    """Replace the week's assignments (version checked); a person's rule broken refuses it

     Replaces the week's assignments, naming the version read (0 creates the roster; a stale version
    answers 409).

    Store managers, HR and administrators (a leader gets 403). A draft is refused (422) only when a
    person's
    own rule breaks; once published, every rule is checked, the women's late-shift share included, and
    the
    people whose shifts changed are notified. Removing a shift withdraws its open swaps. Audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (RosterUpdate): The whole week's assignments; `version` is the roster's version read
            (0: no roster yet).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead
    """

    return sync_detailed(
        store_id=store_id,
        week=week,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
    body: RosterUpdate,
) -> Response[Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead]:
    """Replace the week's assignments (version checked); a person's rule broken refuses it

     Replaces the week's assignments, naming the version read (0 creates the roster; a stale version
    answers 409).

    Store managers, HR and administrators (a leader gets 403). A draft is refused (422) only when a
    person's
    own rule breaks; once published, every rule is checked, the women's late-shift share included, and
    the
    people whose shifts changed are notified. Removing a shift withdraws its open swaps. Audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (RosterUpdate): The whole week's assignments; `version` is the roster's version read
            (0: no roster yet).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        week=week,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
    body: RosterUpdate,
) -> Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead | None:
    """Replace the week's assignments (version checked); a person's rule broken refuses it

     Replaces the week's assignments, naming the version read (0 creates the roster; a stale version
    answers 409).

    Store managers, HR and administrators (a leader gets 403). A draft is refused (422) only when a
    person's
    own rule breaks; once published, every rule is checked, the women's late-shift share included, and
    the
    people whose shifts changed are notified. Removing a shift withdraws its open swaps. Audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (RosterUpdate): The whole week's assignments; `version` is the roster's version read
            (0: no roster yet).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | RosterRuleBrokenProblem | Problem | RosterVersionConflictProblem | RosterRead
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            week=week,
            client=client,
            body=body,
        )
    ).parsed
