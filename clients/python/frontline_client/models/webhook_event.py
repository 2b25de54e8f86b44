from enum import StrEnum


class WebhookEvent(StrEnum):
    CLOCK_IN_FLAGGED = "clock_in.flagged"
    POOL_SETTLED = "pool.settled"
    TICKET = "ticket.*"
    TICKET_ACKNOWLEDGED = "ticket.acknowledged"
    TICKET_CLOSED = "ticket.closed"
    TICKET_CREATED = "ticket.created"
    TICKET_ESCALATED = "ticket.escalated"
    TICKET_IN_PROGRESS = "ticket.in_progress"
    TICKET_RATED = "ticket.rated"
    TICKET_REOPENED = "ticket.reopened"
    TICKET_REPLIED = "ticket.replied"
    TICKET_RESOLVED = "ticket.resolved"
    TICKET_TRANSFERRED = "ticket.transferred"
    TICKET_WAITING_ON_REQUESTER = "ticket.waiting_on_requester"
    TRANSFER = "transfer.*"
    TRANSFER_APPROVED = "transfer.approved"
    TRANSFER_CANCELLED = "transfer.cancelled"
    TRANSFER_DECIDED = "transfer.decided"
    TRANSFER_ENDED = "transfer.ended"
    TRANSFER_REJECTED = "transfer.rejected"
    TRANSFER_STARTED = "transfer.started"
    TRANSFER_SUBMITTED = "transfer.submitted"
    TRANSFER_WITHDRAWN = "transfer.withdrawn"
    WEBHOOK_TEST = "webhook.test"

    def __str__(self) -> str:
        return str(self.value)
