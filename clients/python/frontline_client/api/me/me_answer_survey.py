from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answer_create import AnswerCreate
from ...models.answer_read import AnswerRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    wave_id: UUID,
    *,
    body: AnswerCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/me/surveys/{wave_id}/answer".format(
            wave_id=quote(str(wave_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnswerRead | Problem | None:
    if response.status_code == 201:
        response_201 = AnswerRead.from_dict(response.json())

        return response_201

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
) -> Response[AnswerRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    wave_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnswerCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[AnswerRead | Problem]:
    """Answer a pulse survey wave, once; the answer is kept without my name

     Records my answer: every scale question 1 to 5 by key, optionally one of the survey's reasons and a
    comment if the survey asks for one (only HR reads comments, and only of groups of at least 5). The
    answer is
    stored without my name, account or time; only the fact that I answered is kept, for reminders. 404
    unless I
    was asked in the wave; 409 `survey.wave_closed` after its last day, `survey.already_answered` for a
    second
    answer; 422 for an answer that does not fit the survey (nothing is written). Send an `Idempotency-
    Key`
    header to retry safely: a retry with the same key and body replays the first answer.

    Args:
        wave_id (UUID):
        idempotency_key (str | Unset):
        body (AnswerCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswerRead | Problem]
    """

    kwargs = _get_kwargs(
        wave_id=wave_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    wave_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnswerCreate,
    idempotency_key: str | Unset = UNSET,
) -> AnswerRead | Problem | None:
    """Answer a pulse survey wave, once; the answer is kept without my name

     Records my answer: every scale question 1 to 5 by key, optionally one of the survey's reasons and a
    comment if the survey asks for one (only HR reads comments, and only of groups of at least 5). The
    answer is
    stored without my name, account or time; only the fact that I answered is kept, for reminders. 404
    unless I
    was asked in the wave; 409 `survey.wave_closed` after its last day, `survey.already_answered` for a
    second
    answer; 422 for an answer that does not fit the survey (nothing is written). Send an `Idempotency-
    Key`
    header to retry safely: a retry with the same key and body replays the first answer.

    Args:
        wave_id (UUID):
        idempotency_key (str | Unset):
        body (AnswerCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswerRead | Problem
    """

    return sync_detailed(
        wave_id=wave_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    wave_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnswerCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[AnswerRead | Problem]:
    """Answer a pulse survey wave, once; the answer is kept without my name

     Records my answer: every scale question 1 to 5 by key, optionally one of the survey's reasons and a
    comment if the survey asks for one (only HR reads comments, and only of groups of at least 5). The
    answer is
    stored without my name, account or time; only the fact that I answered is kept, for reminders. 404
    unless I
    was asked in the wave; 409 `survey.wave_closed` after its last day, `survey.already_answered` for a
    second
    answer; 422 for an answer that does not fit the survey (nothing is written). Send an `Idempotency-
    Key`
    header to retry safely: a retry with the same key and body replays the first answer.

    Args:
        wave_id (UUID):
        idempotency_key (str | Unset):
        body (AnswerCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswerRead | Problem]
    """

    kwargs = _get_kwargs(
        wave_id=wave_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    wave_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnswerCreate,
    idempotency_key: str | Unset = UNSET,
) -> AnswerRead | Problem | None:
    """Answer a pulse survey wave, once; the answer is kept without my name

     Records my answer: every scale question 1 to 5 by key, optionally one of the survey's reasons and a
    comment if the survey asks for one (only HR reads comments, and only of groups of at least 5). The
    answer is
    stored without my name, account or time; only the fact that I answered is kept, for reminders. 404
    unless I
    was asked in the wave; 409 `survey.wave_closed` after its last day, `survey.already_answered` for a
    second
    answer; 422 for an answer that does not fit the survey (nothing is written). Send an `Idempotency-
    Key`
    header to retry safely: a retry with the same key and body replays the first answer.

    Args:
        wave_id (UUID):
        idempotency_key (str | Unset):
        body (AnswerCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswerRead | Problem
    """

    return (
        await asyncio_detailed(
            wave_id=wave_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
