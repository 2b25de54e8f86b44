from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.applicant_not_ready_problem import ApplicantNotReadyProblem
from ...models.problem import Problem
from ...models.step_already_decided_problem import StepAlreadyDecidedProblem
from ...models.step_decision import StepDecision
from ...models.step_not_open_problem import StepNotOpenProblem
from ...models.transfer_overlap_problem import TransferOverlapProblem
from ...models.transfer_read import TransferRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    transfer_id: UUID,
    *,
    body: StepDecision,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/transfers/{transfer_id}/steps/current/decision".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApplicantNotReadyProblem
    | Problem
    | StepAlreadyDecidedProblem
    | StepNotOpenProblem
    | TransferOverlapProblem
    | Problem
    | TransferRead
    | None
):
    if response.status_code == 200:
        response_200 = TransferRead.from_dict(response.json())

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

        def _parse_response_409(
            data: object,
        ) -> (
            ApplicantNotReadyProblem | Problem | StepAlreadyDecidedProblem | StepNotOpenProblem | TransferOverlapProblem
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = StepAlreadyDecidedProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_1 = StepNotOpenProblem.from_dict(data)

                return response_409_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_2 = TransferOverlapProblem.from_dict(data)

                return response_409_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_3 = ApplicantNotReadyProblem.from_dict(data)

                return response_409_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_4 = Problem.from_dict(data)

            return response_409_type_4

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
) -> Response[
    ApplicantNotReadyProblem
    | Problem
    | StepAlreadyDecidedProblem
    | StepNotOpenProblem
    | TransferOverlapProblem
    | Problem
    | TransferRead
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StepDecision,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    ApplicantNotReadyProblem
    | Problem
    | StepAlreadyDecidedProblem
    | StepNotOpenProblem
    | TransferOverlapProblem
    | Problem
    | TransferRead
]:
    """Approve, reject or return the step waiting on you

     Decides the step a request waits at: approve it, reject the request, or return it to the requester.

    Only someone whose role reaches the step may decide (as the chain says: a head over the employee's
    home
    department, HR, a leader or store manager over the destination); HR also decides a step nobody else
    can.
    Nobody decides their own request (403). Rejecting or returning needs a `comment` (422). `step` names
    the
    step as the decider saw it: one already decided or not yet open answers 409, and of two deciders
    racing
    one wins while the other gets 409.

    Approving the last step puts the request into effect: the new assignment is written, or the amended
    secondment's end moves (409 if it would overlap another secondment). For a request made by applying
    to a
    posting, that approval takes one of the posting's places (409 `posting.full` when none is left) and,
    unless the training policy only warns, needs the applicant to have passed the posting's required
    courses
    (409). The people concerned are notified (the employee and the requester, the next step's deciders,
    on
    final approval the destination's store managers); a `transfer.decided` event, and on a final
    decision
    `transfer.approved` or `transfer.rejected`, is written (webhooks) and audited. Send an `Idempotency-
    Key`
    header to retry safely: a retry with the same key and body replays the first answer (status and
    body,
    refusals included) instead of acting twice.

    Args:
        transfer_id (UUID):
        idempotency_key (str | Unset):
        body (StepDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicantNotReadyProblem | Problem | StepAlreadyDecidedProblem | StepNotOpenProblem | TransferOverlapProblem | Problem | TransferRead]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StepDecision,
    idempotency_key: str | Unset = UNSET,
) -> (
    ApplicantNotReadyProblem
    | Problem
    | StepAlreadyDecidedProblem
    | StepNotOpenProblem
    | TransferOverlapProblem
    | Problem
    | TransferRead
    | None
):
    """Approve, reject or return the step waiting on you

     Decides the step a request waits at: approve it, reject the request, or return it to the requester.

    Only someone whose role reaches the step may decide (as the chain says: a head over the employee's
    home
    department, HR, a leader or store manager over the destination); HR also decides a step nobody else
    can.
    Nobody decides their own request (403). Rejecting or returning needs a `comment` (422). `step` names
    the
    step as the decider saw it: one already decided or not yet open answers 409, and of two deciders
    racing
    one wins while the other gets 409.

    Approving the last step puts the request into effect: the new assignment is written, or the amended
    secondment's end moves (409 if it would overlap another secondment). For a request made by applying
    to a
    posting, that approval takes one of the posting's places (409 `posting.full` when none is left) and,
    unless the training policy only warns, needs the applicant to have passed the posting's required
    courses
    (409). The people concerned are notified (the employee and the requester, the next step's deciders,
    on
    final approval the destination's store managers); a `transfer.decided` event, and on a final
    decision
    `transfer.approved` or `transfer.rejected`, is written (webhooks) and audited. Send an `Idempotency-
    Key`
    header to retry safely: a retry with the same key and body replays the first answer (status and
    body,
    refusals included) instead of acting twice.

    Args:
        transfer_id (UUID):
        idempotency_key (str | Unset):
        body (StepDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicantNotReadyProblem | Problem | StepAlreadyDecidedProblem | StepNotOpenProblem | TransferOverlapProblem | Problem | TransferRead
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StepDecision,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    ApplicantNotReadyProblem
    | Problem
    | StepAlreadyDecidedProblem
    | StepNotOpenProblem
    | TransferOverlapProblem
    | Problem
    | TransferRead
]:
    """Approve, reject or return the step waiting on you

     Decides the step a request waits at: approve it, reject the request, or return it to the requester.

    Only someone whose role reaches the step may decide (as the chain says: a head over the employee's
    home
    department, HR, a leader or store manager over the destination); HR also decides a step nobody else
    can.
    Nobody decides their own request (403). Rejecting or returning needs a `comment` (422). `step` names
    the
    step as the decider saw it: one already decided or not yet open answers 409, and of two deciders
    racing
    one wins while the other gets 409.

    Approving the last step puts the request into effect: the new assignment is written, or the amended
    secondment's end moves (409 if it would overlap another secondment). For a request made by applying
    to a
    posting, that approval takes one of the posting's places (409 `posting.full` when none is left) and,
    unless the training policy only warns, needs the applicant to have passed the posting's required
    courses
    (409). The people concerned are notified (the employee and the requester, the next step's deciders,
    on
    final approval the destination's store managers); a `transfer.decided` event, and on a final
    decision
    `transfer.approved` or `transfer.rejected`, is written (webhooks) and audited. Send an `Idempotency-
    Key`
    header to retry safely: a retry with the same key and body replays the first answer (status and
    body,
    refusals included) instead of acting twice.

    Args:
        transfer_id (UUID):
        idempotency_key (str | Unset):
        body (StepDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicantNotReadyProblem | Problem | StepAlreadyDecidedProblem | StepNotOpenProblem | TransferOverlapProblem | Problem | TransferRead]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StepDecision,
    idempotency_key: str | Unset = UNSET,
) -> (
    ApplicantNotReadyProblem
    | Problem
    | StepAlreadyDecidedProblem
    | StepNotOpenProblem
    | TransferOverlapProblem
    | Problem
    | TransferRead
    | None
):
    """Approve, reject or return the step waiting on you

     Decides the step a request waits at: approve it, reject the request, or return it to the requester.

    Only someone whose role reaches the step may decide (as the chain says: a head over the employee's
    home
    department, HR, a leader or store manager over the destination); HR also decides a step nobody else
    can.
    Nobody decides their own request (403). Rejecting or returning needs a `comment` (422). `step` names
    the
    step as the decider saw it: one already decided or not yet open answers 409, and of two deciders
    racing
    one wins while the other gets 409.

    Approving the last step puts the request into effect: the new assignment is written, or the amended
    secondment's end moves (409 if it would overlap another secondment). For a request made by applying
    to a
    posting, that approval takes one of the posting's places (409 `posting.full` when none is left) and,
    unless the training policy only warns, needs the applicant to have passed the posting's required
    courses
    (409). The people concerned are notified (the employee and the requester, the next step's deciders,
    on
    final approval the destination's store managers); a `transfer.decided` event, and on a final
    decision
    `transfer.approved` or `transfer.rejected`, is written (webhooks) and audited. Send an `Idempotency-
    Key`
    header to retry safely: a retry with the same key and body replays the first answer (status and
    body,
    refusals included) instead of acting twice.

    Args:
        transfer_id (UUID):
        idempotency_key (str | Unset):
        body (StepDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicantNotReadyProblem | Problem | StepAlreadyDecidedProblem | StepNotOpenProblem | TransferOverlapProblem | Problem | TransferRead
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
