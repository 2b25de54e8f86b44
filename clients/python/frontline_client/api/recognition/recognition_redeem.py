from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_points_problem import InsufficientPointsProblem
from ...models.out_of_stock_problem import OutOfStockProblem
from ...models.problem import Problem
from ...models.redemption_create import RedemptionCreate
from ...models.redemption_read import RedemptionRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RedemptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/recognition/redemptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead | None:
    if response.status_code == 201:
        response_201 = RedemptionRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> InsufficientPointsProblem | OutOfStockProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = OutOfStockProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_1 = InsufficientPointsProblem.from_dict(data)

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
) -> Response[InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RedemptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead]:
    """Redeem points for a catalogue item: the points are held and the item reserved until HR decides

     Asks for an active catalogue item (unknown: 422 `recognition.unknown_item`). In one step the item's
    price is debited from my points (too few: 409 `recognition.insufficient_points`, with `balance`) and
    one is
    reserved from stock (none left: 409 `recognition.out_of_stock`); a refusal writes nothing, and
    racing
    requests never take more than there is. HR is notified and decides. Send an `Idempotency-Key` header
    to
    retry safely: a retry with the same key and body replays the first answer instead of redeeming
    twice.

    Args:
        idempotency_key (str | Unset):
        body (RedemptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead]
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
    body: RedemptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead | None:
    """Redeem points for a catalogue item: the points are held and the item reserved until HR decides

     Asks for an active catalogue item (unknown: 422 `recognition.unknown_item`). In one step the item's
    price is debited from my points (too few: 409 `recognition.insufficient_points`, with `balance`) and
    one is
    reserved from stock (none left: 409 `recognition.out_of_stock`); a refusal writes nothing, and
    racing
    requests never take more than there is. HR is notified and decides. Send an `Idempotency-Key` header
    to
    retry safely: a retry with the same key and body replays the first answer instead of redeeming
    twice.

    Args:
        idempotency_key (str | Unset):
        body (RedemptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RedemptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead]:
    """Redeem points for a catalogue item: the points are held and the item reserved until HR decides

     Asks for an active catalogue item (unknown: 422 `recognition.unknown_item`). In one step the item's
    price is debited from my points (too few: 409 `recognition.insufficient_points`, with `balance`) and
    one is
    reserved from stock (none left: 409 `recognition.out_of_stock`); a refusal writes nothing, and
    racing
    requests never take more than there is. HR is notified and decides. Send an `Idempotency-Key` header
    to
    retry safely: a retry with the same key and body replays the first answer instead of redeeming
    twice.

    Args:
        idempotency_key (str | Unset):
        body (RedemptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead]
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
    body: RedemptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead | None:
    """Redeem points for a catalogue item: the points are held and the item reserved until HR decides

     Asks for an active catalogue item (unknown: 422 `recognition.unknown_item`). In one step the item's
    price is debited from my points (too few: 409 `recognition.insufficient_points`, with `balance`) and
    one is
    reserved from stock (none left: 409 `recognition.out_of_stock`); a refusal writes nothing, and
    racing
    requests never take more than there is. HR is notified and decides. Send an `Idempotency-Key` header
    to
    retry safely: a retry with the same key and body replays the first answer instead of redeeming
    twice.

    Args:
        idempotency_key (str | Unset):
        body (RedemptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientPointsProblem | OutOfStockProblem | Problem | Problem | RedemptionRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
