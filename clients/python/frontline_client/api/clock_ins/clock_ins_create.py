from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.geofence_low_accuracy_problem import GeofenceLowAccuracyProblem
from ...models.geofence_outside_problem import GeofenceOutsideProblem
from ...models.not_assigned_problem import NotAssignedProblem
from ...models.problem import Problem
from ...models.punch_create import PunchCreate
from ...models.punch_read import PunchRead
from ...types import Response


def _get_kwargs(
    *,
    body: PunchCreate,
    idempotency_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/clock-ins",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead | None:
    if response.status_code == 201:
        response_201 = PunchRead.from_dict(response.json())

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

        def _parse_response_422(
            data: object,
        ) -> GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = GeofenceOutsideProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = GeofenceLowAccuracyProblem.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_2 = NotAssignedProblem.from_dict(data)

                return response_422_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_3 = Problem.from_dict(data)

            return response_422_type_3

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
) -> Response[GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PunchCreate,
    idempotency_key: str,
) -> Response[GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead]:
    """Punch in or out; the server decides and answers with the verdict and its figures

     Records a punch in or out at a store or project; the server decides and answers with the verdict.
    For employees (people without an employee record, and machine clients, get 403). The person must
    work at
    the place that day, at home or on an assignment, and not have left (422 `clock_in.not_assigned`).
    The
    punch is accepted within the geofence radius plus the fix's own accuracy (at most 100 m of it); a
    fix
    coarser than the organisation's limit is refused unless the phone is on one of the store's
    registered
    Wi-Fi access points or sends its current QR code, which prove presence whatever the GPS says.
    Refusals are
    422 with the distance or accuracy figures; an unknown store answers 404.

    The server's time counts: a phone clock more than 2 minutes ahead is refused, a `client_time` more
    than 2
    minutes old marks an offline punch timed at `client_time`, and one more than 72 hours old is
    refused.
    Flags never refuse a punch: mock location, offline, impossible travel since the previous punch, and
    an
    `in` after an `in` closes the earlier one as `missing_out`. A flagged punch writes a
    `clock_in.flagged`
    event (webhooks) for the store manager's review.

    The `Idempotency-Key` header is required (400 without it): a retry with the same key and body gets
    the
    first answer again, refusals included, with `Idempotent-Replayed: true`; the same key with another
    body
    answers 422. One person's punches are decided one after the other, each on the punch before it.

    Args:
        idempotency_key (str):
        body (PunchCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead]
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
    body: PunchCreate,
    idempotency_key: str,
) -> GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead | None:
    """Punch in or out; the server decides and answers with the verdict and its figures

     Records a punch in or out at a store or project; the server decides and answers with the verdict.
    For employees (people without an employee record, and machine clients, get 403). The person must
    work at
    the place that day, at home or on an assignment, and not have left (422 `clock_in.not_assigned`).
    The
    punch is accepted within the geofence radius plus the fix's own accuracy (at most 100 m of it); a
    fix
    coarser than the organisation's limit is refused unless the phone is on one of the store's
    registered
    Wi-Fi access points or sends its current QR code, which prove presence whatever the GPS says.
    Refusals are
    422 with the distance or accuracy figures; an unknown store answers 404.

    The server's time counts: a phone clock more than 2 minutes ahead is refused, a `client_time` more
    than 2
    minutes old marks an offline punch timed at `client_time`, and one more than 72 hours old is
    refused.
    Flags never refuse a punch: mock location, offline, impossible travel since the previous punch, and
    an
    `in` after an `in` closes the earlier one as `missing_out`. A flagged punch writes a
    `clock_in.flagged`
    event (webhooks) for the store manager's review.

    The `Idempotency-Key` header is required (400 without it): a retry with the same key and body gets
    the
    first answer again, refusals included, with `Idempotent-Replayed: true`; the same key with another
    body
    answers 422. One person's punches are decided one after the other, each on the punch before it.

    Args:
        idempotency_key (str):
        body (PunchCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PunchCreate,
    idempotency_key: str,
) -> Response[GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead]:
    """Punch in or out; the server decides and answers with the verdict and its figures

     Records a punch in or out at a store or project; the server decides and answers with the verdict.
    For employees (people without an employee record, and machine clients, get 403). The person must
    work at
    the place that day, at home or on an assignment, and not have left (422 `clock_in.not_assigned`).
    The
    punch is accepted within the geofence radius plus the fix's own accuracy (at most 100 m of it); a
    fix
    coarser than the organisation's limit is refused unless the phone is on one of the store's
    registered
    Wi-Fi access points or sends its current QR code, which prove presence whatever the GPS says.
    Refusals are
    422 with the distance or accuracy figures; an unknown store answers 404.

    The server's time counts: a phone clock more than 2 minutes ahead is refused, a `client_time` more
    than 2
    minutes old marks an offline punch timed at `client_time`, and one more than 72 hours old is
    refused.
    Flags never refuse a punch: mock location, offline, impossible travel since the previous punch, and
    an
    `in` after an `in` closes the earlier one as `missing_out`. A flagged punch writes a
    `clock_in.flagged`
    event (webhooks) for the store manager's review.

    The `Idempotency-Key` header is required (400 without it): a retry with the same key and body gets
    the
    first answer again, refusals included, with `Idempotent-Replayed: true`; the same key with another
    body
    answers 422. One person's punches are decided one after the other, each on the punch before it.

    Args:
        idempotency_key (str):
        body (PunchCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead]
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
    body: PunchCreate,
    idempotency_key: str,
) -> GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead | None:
    """Punch in or out; the server decides and answers with the verdict and its figures

     Records a punch in or out at a store or project; the server decides and answers with the verdict.
    For employees (people without an employee record, and machine clients, get 403). The person must
    work at
    the place that day, at home or on an assignment, and not have left (422 `clock_in.not_assigned`).
    The
    punch is accepted within the geofence radius plus the fix's own accuracy (at most 100 m of it); a
    fix
    coarser than the organisation's limit is refused unless the phone is on one of the store's
    registered
    Wi-Fi access points or sends its current QR code, which prove presence whatever the GPS says.
    Refusals are
    422 with the distance or accuracy figures; an unknown store answers 404.

    The server's time counts: a phone clock more than 2 minutes ahead is refused, a `client_time` more
    than 2
    minutes old marks an offline punch timed at `client_time`, and one more than 72 hours old is
    refused.
    Flags never refuse a punch: mock location, offline, impossible travel since the previous punch, and
    an
    `in` after an `in` closes the earlier one as `missing_out`. A flagged punch writes a
    `clock_in.flagged`
    event (webhooks) for the store manager's review.

    The `Idempotency-Key` header is required (400 without it): a retry with the same key and body gets
    the
    first answer again, refusals included, with `Idempotent-Replayed: true`; the same key with another
    body
    answers 422. One person's punches are decided one after the other, each on the punch before it.

    Args:
        idempotency_key (str):
        body (PunchCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeofenceLowAccuracyProblem | GeofenceOutsideProblem | NotAssignedProblem | Problem | Problem | PunchRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
