import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.roster_version_conflict_problem import RosterVersionConflictProblem
from ...models.suggest_input import SuggestInput
from ...models.suggestion_read import SuggestionRead
from ...types import Response


def _get_kwargs(
    store_id: UUID,
    week: datetime.date,
    *,
    body: SuggestInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/stores/{store_id}/rosters/{week}/suggest".format(
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
) -> Problem | Problem | RosterVersionConflictProblem | SuggestionRead | None:
    if response.status_code == 200:
        response_200 = SuggestionRead.from_dict(response.json())

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
) -> Response[Problem | Problem | RosterVersionConflictProblem | SuggestionRead]:
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
    body: SuggestInput,
) -> Response[Problem | Problem | RosterVersionConflictProblem | SuggestionRead]:
    """Fill the draft's open slots with a solver (every hard rule kept, hours and late shifts balanced)

     Fills the draft's open slots with the solver and saves the best roster found within the time limit.

    Slots it could not fill are listed with the rules that kept the remaining people off them. Store
    managers, HR and administrators; a published week, or a version other than the draft's (0 without a
    roster), answers 409. Audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (SuggestInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | RosterVersionConflictProblem | SuggestionRead]
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
    body: SuggestInput,
) -> Problem | Problem | RosterVersionConflictProblem | SuggestionRead | None:
    """Fill the draft's open slots with a solver (every hard rule kept, hours and late shifts balanced)

     Fills the draft's open slots with the solver and saves the best roster found within the time limit.

    Slots it could not fill are listed with the rules that kept the remaining people off them. Store
    managers, HR and administrators; a published week, or a version other than the draft's (0 without a
    roster), answers 409. Audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (SuggestInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | RosterVersionConflictProblem | SuggestionRead
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
    body: SuggestInput,
) -> Response[Problem | Problem | RosterVersionConflictProblem | SuggestionRead]:
    """Fill the draft's open slots with a solver (every hard rule kept, hours and late shifts balanced)

     Fills the draft's open slots with the solver and saves the best roster found within the time limit.

    Slots it could not fill are listed with the rules that kept the remaining people off them. Store
    managers, HR and administrators; a published week, or a version other than the draft's (0 without a
    roster), answers 409. Audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (SuggestInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | RosterVersionConflictProblem | SuggestionRead]
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
    body: SuggestInput,
) -> Problem | Problem | RosterVersionConflictProblem | SuggestionRead | None:
    """Fill the draft's open slots with a solver (every hard rule kept, hours and late shifts balanced)

     Fills the draft's open slots with the solver and saves the best roster found within the time limit.

    Slots it could not fill are listed with the rules that kept the remaining people off them. Store
    managers, HR and administrators; a published week, or a version other than the draft's (0 without a
    roster), answers 409. Audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (SuggestInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | RosterVersionConflictProblem | SuggestionRead
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            week=week,
            client=client,
            body=body,
        )
    ).parsed
