from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pool_below_awarded_problem import PoolBelowAwardedProblem
from ...models.problem import Problem
from ...models.programme_read import ProgrammeRead
from ...models.programme_write import ProgrammeWrite
from ...models.recognition_version_conflict_problem import RecognitionVersionConflictProblem
from ...types import Response


def _get_kwargs(
    code: str,
    *,
    body: ProgrammeWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/recognition/programmes/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead | None:
    if response.status_code == 200:
        response_200 = ProgrammeRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = RecognitionVersionConflictProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_1 = PoolBelowAwardedProblem.from_dict(data)

                return response_409_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_2 = Problem.from_dict(data)

            return response_409_type_2

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
) -> Response[PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ProgrammeWrite,
) -> Response[PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead]:
    """Add or change an HR programme and its pool of points (HR)

     Adds a programme (send no `version`) or changes one (send the version read; a change made meanwhile
    answers 409). The pool may not fall below the points already awarded from it (409). Cards draw on it
    until
    its last day (`ends_on`) while it is active. HR and administrators only (403); audited.

    Args:
        code (str):
        body (ProgrammeWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ProgrammeWrite,
) -> PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead | None:
    """Add or change an HR programme and its pool of points (HR)

     Adds a programme (send no `version`) or changes one (send the version read; a change made meanwhile
    answers 409). The pool may not fall below the points already awarded from it (409). Cards draw on it
    until
    its last day (`ends_on`) while it is active. HR and administrators only (403); audited.

    Args:
        code (str):
        body (ProgrammeWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ProgrammeWrite,
) -> Response[PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead]:
    """Add or change an HR programme and its pool of points (HR)

     Adds a programme (send no `version`) or changes one (send the version read; a change made meanwhile
    answers 409). The pool may not fall below the points already awarded from it (409). Cards draw on it
    until
    its last day (`ends_on`) while it is active. HR and administrators only (403); audited.

    Args:
        code (str):
        body (ProgrammeWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ProgrammeWrite,
) -> PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead | None:
    """Add or change an HR programme and its pool of points (HR)

     Adds a programme (send no `version`) or changes one (send the version read; a change made meanwhile
    answers 409). The pool may not fall below the points already awarded from it (409). Cards draw on it
    until
    its last day (`ends_on`) while it is active. HR and administrators only (403); audited.

    Args:
        code (str):
        body (ProgrammeWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolBelowAwardedProblem | Problem | RecognitionVersionConflictProblem | Problem | ProgrammeRead
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
        )
    ).parsed
