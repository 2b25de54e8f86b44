from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.survey_read import SurveyRead
from ...types import Response


def _get_kwargs(
    survey_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/surveys/{survey_id}/activate".format(
            survey_id=quote(str(survey_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SurveyRead | None:
    if response.status_code == 200:
        response_200 = SurveyRead.from_dict(response.json())

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
) -> Response[Problem | SurveyRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SurveyRead]:
    """Start sending a survey's waves (HR); the survey in force is retired

     Makes the survey the one in force: the worker opens its first wave at its next pass, then one every
    `cadence_days`. One survey is active at a time: the one in force is retired (its open wave still
    closes on
    its day). Activating the active survey changes nothing; a retired one answers 409 `survey.retired`,
    and
    one activated by someone else at the same moment 409 `survey.activated_meanwhile`.

    Args:
        survey_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyRead]
    """

    kwargs = _get_kwargs(
        survey_id=survey_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | SurveyRead | None:
    """Start sending a survey's waves (HR); the survey in force is retired

     Makes the survey the one in force: the worker opens its first wave at its next pass, then one every
    `cadence_days`. One survey is active at a time: the one in force is retired (its open wave still
    closes on
    its day). Activating the active survey changes nothing; a retired one answers 409 `survey.retired`,
    and
    one activated by someone else at the same moment 409 `survey.activated_meanwhile`.

    Args:
        survey_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyRead
    """

    return sync_detailed(
        survey_id=survey_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SurveyRead]:
    """Start sending a survey's waves (HR); the survey in force is retired

     Makes the survey the one in force: the worker opens its first wave at its next pass, then one every
    `cadence_days`. One survey is active at a time: the one in force is retired (its open wave still
    closes on
    its day). Activating the active survey changes nothing; a retired one answers 409 `survey.retired`,
    and
    one activated by someone else at the same moment 409 `survey.activated_meanwhile`.

    Args:
        survey_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyRead]
    """

    kwargs = _get_kwargs(
        survey_id=survey_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | SurveyRead | None:
    """Start sending a survey's waves (HR); the survey in force is retired

     Makes the survey the one in force: the worker opens its first wave at its next pass, then one every
    `cadence_days`. One survey is active at a time: the one in force is retired (its open wave still
    closes on
    its day). Activating the active survey changes nothing; a retired one answers 409 `survey.retired`,
    and
    one activated by someone else at the same moment 409 `survey.activated_meanwhile`.

    Args:
        survey_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyRead
    """

    return (
        await asyncio_detailed(
            survey_id=survey_id,
            client=client,
        )
    ).parsed
