from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.early_close import EarlyClose
from ...models.period_not_ended_problem import PeriodNotEndedProblem
from ...models.period_read import PeriodRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    period: str,
    *,
    body: EarlyClose | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/performance/periods/{period}/close".format(
            period=quote(str(period), safe=""),
        ),
    }

    if isinstance(body, EarlyClose):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeriodNotEndedProblem | Problem | PeriodRead | Problem | None:
    if response.status_code == 200:
        response_200 = PeriodRead.from_dict(response.json())

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

    if response.status_code == 409:

        def _parse_response_409(data: object) -> PeriodNotEndedProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = PeriodNotEndedProblem.from_dict(data)

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
) -> Response[PeriodNotEndedProblem | Problem | PeriodRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    period: str,
    *,
    client: AuthenticatedClient,
    body: EarlyClose | None | Unset = UNSET,
) -> Response[PeriodNotEndedProblem | Problem | PeriodRead | Problem]:
    """Close a month once it has ended in the organisation's time zone (or early, with a reason): every
    active employee's score is frozen; later values are refused

     Closes a month: every active employee's score is computed and frozen in an append-only record, and
    values and targets for the month are refused until it is reopened. Before the month has ended in the
    organisation's time zone it answers 409, unless the body asks `early` with a reason (kept in the
    audit); a
    closed month answers 409. HR and administrators only (403 otherwise). Writes the `period.closed`
    event
    (webhook) and tells each person scored their final score.

    Args:
        period (str): A month, e.g. 2026-11
        body (EarlyClose | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodNotEndedProblem | Problem | PeriodRead | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    period: str,
    *,
    client: AuthenticatedClient,
    body: EarlyClose | None | Unset = UNSET,
) -> PeriodNotEndedProblem | Problem | PeriodRead | Problem | None:
    """Close a month once it has ended in the organisation's time zone (or early, with a reason): every
    active employee's score is frozen; later values are refused

     Closes a month: every active employee's score is computed and frozen in an append-only record, and
    values and targets for the month are refused until it is reopened. Before the month has ended in the
    organisation's time zone it answers 409, unless the body asks `early` with a reason (kept in the
    audit); a
    closed month answers 409. HR and administrators only (403 otherwise). Writes the `period.closed`
    event
    (webhook) and tells each person scored their final score.

    Args:
        period (str): A month, e.g. 2026-11
        body (EarlyClose | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodNotEndedProblem | Problem | PeriodRead | Problem
    """

    return sync_detailed(
        period=period,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    period: str,
    *,
    client: AuthenticatedClient,
    body: EarlyClose | None | Unset = UNSET,
) -> Response[PeriodNotEndedProblem | Problem | PeriodRead | Problem]:
    """Close a month once it has ended in the organisation's time zone (or early, with a reason): every
    active employee's score is frozen; later values are refused

     Closes a month: every active employee's score is computed and frozen in an append-only record, and
    values and targets for the month are refused until it is reopened. Before the month has ended in the
    organisation's time zone it answers 409, unless the body asks `early` with a reason (kept in the
    audit); a
    closed month answers 409. HR and administrators only (403 otherwise). Writes the `period.closed`
    event
    (webhook) and tells each person scored their final score.

    Args:
        period (str): A month, e.g. 2026-11
        body (EarlyClose | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodNotEndedProblem | Problem | PeriodRead | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    period: str,
    *,
    client: AuthenticatedClient,
    body: EarlyClose | None | Unset = UNSET,
) -> PeriodNotEndedProblem | Problem | PeriodRead | Problem | None:
    """Close a month once it has ended in the organisation's time zone (or early, with a reason): every
    active employee's score is frozen; later values are refused

     Closes a month: every active employee's score is computed and frozen in an append-only record, and
    values and targets for the month are refused until it is reopened. Before the month has ended in the
    organisation's time zone it answers 409, unless the body asks `early` with a reason (kept in the
    audit); a
    closed month answers 409. HR and administrators only (403 otherwise). Writes the `period.closed`
    event
    (webhook) and tells each person scored their final score.

    Args:
        period (str): A month, e.g. 2026-11
        body (EarlyClose | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodNotEndedProblem | Problem | PeriodRead | Problem
    """

    return (
        await asyncio_detailed(
            period=period,
            client=client,
            body=body,
        )
    ).parsed
