"""Every context's events, imported so the registry (domain.shared.events.EVENTS) is complete:
the webhook catalogue, the OpenAPI webhooks section and the subscribers read it. Webhooks sit
above this module (their catalogue is built from it), so their one internal event is registered
by the webhooks package itself."""

from domain.analytics import events as analytics_events
from domain.attendance import events as attendance_events
from domain.care import events as care_events
from domain.knowledge import events as knowledge_events
from domain.performance import events as performance_events
from domain.pools import events as pools_events
from domain.postings import events as postings_events
from domain.recognition import events as recognition_events
from domain.rosters import events as rosters_events
from domain.shared.events import EVENTS, DomainEvent
from domain.stories import events as stories_events
from domain.tickets import events as tickets_events
from domain.transfers import events as transfers_events

CONTEXTS = (
    analytics_events,
    attendance_events,
    care_events,
    knowledge_events,
    performance_events,
    pools_events,
    postings_events,
    recognition_events,
    rosters_events,
    stories_events,
    tickets_events,
    transfers_events,
)

__all__ = ["CONTEXTS", "EVENTS", "DomainEvent"]
