from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_create import CardCreate
from ...models.card_read import CardRead
from ...models.over_budget_problem import OverBudgetProblem
from ...models.pair_cap_problem import PairCapProblem
from ...models.problem import Problem
from ...models.programme_exhausted_problem import ProgrammeExhaustedProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CardCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/recognition/cards",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem | None:
    if response.status_code == 201:
        response_201 = CardRead.from_dict(response.json())

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

        def _parse_response_409(
            data: object,
        ) -> OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = OverBudgetProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_1 = PairCapProblem.from_dict(data)

                return response_409_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_2 = ProgrammeExhaustedProblem.from_dict(data)

                return response_409_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_3 = Problem.from_dict(data)

            return response_409_type_3

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
) -> Response[CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CardCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem]:
    """Send a colleague a card, optionally with points from my budget or an HR programme

     Sends a card to an active colleague (not oneself: 422 `recognition.self`; unknown or inactive: 422
    `recognition.unknown_receiver`, field `body.receiver_id`) with a category and plain text (stored and
    returned as written; never rendered as HTML). Points (none, 0 or a positive number) come from my
    budget this
    month, the largest of my roles' budgets: beyond what is left answers 409 `recognition.over_budget`
    with
    `remaining`; budget points between the same two people a month are capped, both directions summed
    (409
    `recognition.pair_cap`). Store managers, department heads and HR may instead award from an HR
    programme
    (`programme_code`): a manager only to people they manage; exempt from the pair cap. A refused card
    writes
    nothing. The receiver is notified; public cards show in the feed. Send an `Idempotency-Key` header
    to retry
    safely: a retry with the same key and body replays the first answer instead of sending twice.

    Args:
        idempotency_key (str | Unset):
        body (CardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CardCreate,
    idempotency_key: str | Unset = UNSET,
) -> CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem | None:
    """Send a colleague a card, optionally with points from my budget or an HR programme

     Sends a card to an active colleague (not oneself: 422 `recognition.self`; unknown or inactive: 422
    `recognition.unknown_receiver`, field `body.receiver_id`) with a category and plain text (stored and
    returned as written; never rendered as HTML). Points (none, 0 or a positive number) come from my
    budget this
    month, the largest of my roles' budgets: beyond what is left answers 409 `recognition.over_budget`
    with
    `remaining`; budget points between the same two people a month are capped, both directions summed
    (409
    `recognition.pair_cap`). Store managers, department heads and HR may instead award from an HR
    programme
    (`programme_code`): a manager only to people they manage; exempt from the pair cap. A refused card
    writes
    nothing. The receiver is notified; public cards show in the feed. Send an `Idempotency-Key` header
    to retry
    safely: a retry with the same key and body replays the first answer instead of sending twice.

    Args:
        idempotency_key (str | Unset):
        body (CardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CardCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem]:
    """Send a colleague a card, optionally with points from my budget or an HR programme

     Sends a card to an active colleague (not oneself: 422 `recognition.self`; unknown or inactive: 422
    `recognition.unknown_receiver`, field `body.receiver_id`) with a category and plain text (stored and
    returned as written; never rendered as HTML). Points (none, 0 or a positive number) come from my
    budget this
    month, the largest of my roles' budgets: beyond what is left answers 409 `recognition.over_budget`
    with
    `remaining`; budget points between the same two people a month are capped, both directions summed
    (409
    `recognition.pair_cap`). Store managers, department heads and HR may instead award from an HR
    programme
    (`programme_code`): a manager only to people they manage; exempt from the pair cap. A refused card
    writes
    nothing. The receiver is notified; public cards show in the feed. Send an `Idempotency-Key` header
    to retry
    safely: a retry with the same key and body replays the first answer instead of sending twice.

    Args:
        idempotency_key (str | Unset):
        body (CardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CardCreate,
    idempotency_key: str | Unset = UNSET,
) -> CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem | None:
    """Send a colleague a card, optionally with points from my budget or an HR programme

     Sends a card to an active colleague (not oneself: 422 `recognition.self`; unknown or inactive: 422
    `recognition.unknown_receiver`, field `body.receiver_id`) with a category and plain text (stored and
    returned as written; never rendered as HTML). Points (none, 0 or a positive number) come from my
    budget this
    month, the largest of my roles' budgets: beyond what is left answers 409 `recognition.over_budget`
    with
    `remaining`; budget points between the same two people a month are capped, both directions summed
    (409
    `recognition.pair_cap`). Store managers, department heads and HR may instead award from an HR
    programme
    (`programme_code`): a manager only to people they manage; exempt from the pair cap. A refused card
    writes
    nothing. The receiver is notified; public cards show in the feed. Send an `Idempotency-Key` header
    to retry
    safely: a retry with the same key and body replays the first answer instead of sending twice.

    Args:
        idempotency_key (str | Unset):
        body (CardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardRead | OverBudgetProblem | PairCapProblem | Problem | ProgrammeExhaustedProblem | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
