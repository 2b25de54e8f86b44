"""The rules of outgoing webhooks, with no I/O: which events exist, which subscription wants which
event, how a delivery is signed, when a failed one is tried again and when a subscription gives up.

- Events are the outbox topics below; a subscription names exact topics or a family (`ticket.*`).
- A delivery is signed as Standard Webhooks (www.standardwebhooks.com) signs it, so a receiver can
  verify it with any of that specification's libraries: `webhook-id` (the event's id, the same on
  every retry), `webhook-timestamp` (unix seconds) and `webhook-signature`, a space-separated list
  of `v1,<base64 HMAC-SHA256(key, f"{id}.{timestamp}.{raw body}")>` where the key is the base64
  after `whsec_` in the subscription's secret. The receiver proves it came from us and was not
  replayed long after (it checks the timestamp too).
- Secrets are `whsec_` + standard base64 of 32 random bytes. Secrets issued before the standard
  signature are `whsec_` + URL-safe base64 without padding (`-` and `_` for `+` and `/`): their key
  is their random bytes all the same, and `standard_secret` writes them as the libraries read them.
- Deprecated, no longer sent from release 0.2 (LEGACY_REMOVED_IN): `Frontline-Signature:
  v1=<hex HMAC-SHA256(secret, f"{timestamp}.{raw body}")>` keyed with the whole secret string, its
  timestamp in `Frontline-Timestamp`. The secret's stored string stays as issued: this key is it.
- A failed delivery is tried again after 30 s, 1 min, 2 min, ... doubling up to one hour, and never
  after 24 hours from its creation (one last try at that moment, then it is `failed`).
- A subscription failing for 24 hours without one success is disabled.
- A client limited to org units hears only events about those units' subtrees, as its sync feeds
  show it only their rows: an event is about the units its payload names (store, unit,
  destination, pool scope, department), the home units of the people it names and the store and
  department of the ticket it names. An event about none of these reaches unlimited clients only.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from domain.auth.scopes import within_reach
from domain.events import EVENTS


def _catalog() -> dict[str, str]:
    """Member name -> topic: every event offered to webhooks (declared as typed classes in each
    context's events.py), each family as `family.*`, and `webhook.test` (sent by POST
    /webhooks/subscriptions/{id}/test to that subscription only)."""
    topics = sorted(topic for topic, kind in EVENTS.items() if kind.webhook)
    families = sorted({topic.split(".")[0] + ".*" for topic in topics})
    members = [*families, *topics, "webhook.test"]
    return {member.upper().replace(".*", "_ALL").replace(".", "_"): member for member in members}


# The catalog: what a subscription may ask for, generated from the event classes.
WebhookEvent = enum.StrEnum("WebhookEvent", _catalog())  # type: ignore[misc]


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"


TEST_EVENT = "webhook.test"
SIGNATURE_VERSION = "v1"  # of the deprecated Frontline-Signature
STANDARD_SIGNATURE_VERSION = "v1"  # Standard Webhooks' symmetric scheme, HMAC-SHA256
SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32  # the specification asks for 24 to 64 random bytes
LEGACY_REMOVED_IN = "0.2"  # the release that no longer sends Frontline-Signature and Frontline-Timestamp
FIRST_RETRY = timedelta(seconds=30)
MAX_RETRY = timedelta(hours=1)
DELIVERY_WINDOW = timedelta(hours=24)
DISABLE_AFTER = timedelta(hours=24)
MAX_URL_LENGTH = 2048


def matches(pattern: str, topic: str) -> bool:
    """An exact topic, or a `family.*` pattern covering every topic of that family."""
    if pattern.endswith(".*"):
        return topic.startswith(pattern[:-1]) and len(topic) > len(pattern) - 1
    return pattern == topic


def wants(events: Iterable[str], topic: str) -> bool:
    """Whether a subscription with these event patterns receives `topic`."""
    return any(matches(pattern, topic) for pattern in events)


# Payload members naming org units and people, across the catalog's events.
UNIT_MEMBERS = ("store_id", "unit_id", "destination_unit_id", "scope_unit_id", "department_id")
EMPLOYEE_MEMBERS = ("employee_id",)
TICKET_MEMBERS = ("ticket_id",)


@dataclass(frozen=True, slots=True)
class EventSubjects:
    """What an event is about, as its payload names it."""

    unit_ids: frozenset[uuid.UUID]
    employee_ids: frozenset[uuid.UUID]
    ticket_ids: frozenset[uuid.UUID]


def _ids(payload: dict[str, Any], members: Sequence[str]) -> frozenset[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for member in members:
        value = payload.get(member)
        if isinstance(value, str):
            try:
                found.add(uuid.UUID(value))
            except ValueError:
                continue  # "None" or another non-id: names nothing
    return frozenset(found)


def subjects_of(payload: dict[str, Any]) -> EventSubjects:
    return EventSubjects(
        unit_ids=_ids(payload, UNIT_MEMBERS),
        employee_ids=_ids(payload, EMPLOYEE_MEMBERS),
        ticket_ids=_ids(payload, TICKET_MEMBERS),
    )


def reaches(client_reach: Sequence[str] | None, event_paths: Iterable[str]) -> bool:
    """Whether a client limited to these org paths (None: unlimited) hears an event about units
    at these paths: one of them inside its reach is enough."""
    if client_reach is None:
        return True
    return any(within_reach(path, list(client_reach)) for path in event_paths)


def url_problem(url: str) -> str | None:
    """Why a URL cannot receive webhooks, or None: http(s) only, a host, no credentials, 2048 characters."""
    if len(url) > MAX_URL_LENGTH:
        return f"must be at most {MAX_URL_LENGTH} characters"
    if any(ch.isspace() or ord(ch) < 0x20 for ch in url):
        return "must not contain spaces or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a port out of range
    except ValueError:
        return "is not a valid URL"
    if parts.scheme not in ("http", "https"):
        return "must be an http or https URL"
    if not parts.hostname:
        return "must name a host"
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return "must not carry credentials (user:password@); authenticate with the signature"
    if port == 0:
        return "must not use port 0"
    if parts.fragment:
        return "must not have a fragment (#...)"
    return None


def is_https(url: str) -> bool:
    return urlsplit(url).scheme == "https"


def envelope(*, event_id: str, topic: str, version: int, occurred_at: datetime, data: dict[str, Any]) -> dict[str, Any]:
    """The JSON body of a delivery, kept with it so a redelivery sends the same event again;
    `version` is the event's schema version (its data's shape, documented per topic)."""
    return {"id": event_id, "type": topic, "version": version, "occurred_at": occurred_at.isoformat(), "data": data}


def body_bytes(envelope: dict[str, Any]) -> bytes:
    """The raw body sent (and signed): the envelope's members in a fixed order, compact JSON."""
    ordered = {key: envelope[key] for key in ("id", "type", "version", "occurred_at", "data") if key in envelope}
    return json.dumps(ordered, separators=(",", ":"), ensure_ascii=False).encode()


def secret_of(key: bytes) -> str:
    """A secret as the specification serialises it: `whsec_` + standard base64 of the key."""
    return SECRET_PREFIX + base64.b64encode(key).decode()


_URL_SAFE_TO_STANDARD = str.maketrans("-_", "+/")


def signing_key(secret: str) -> bytes:
    """The HMAC key of the standard signature: the bytes the base64 after `whsec_` stands for.
    Either alphabet is read, padding or not, so a secret issued before the standard signature
    (URL-safe base64) keeps its random bytes as key. ValueError when the rest is no base64 of at
    least one byte."""
    encoded = secret.removeprefix(SECRET_PREFIX).translate(_URL_SAFE_TO_STANDARD)
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except binascii.Error as exc:
        raise ValueError("the webhook secret is not `whsec_` followed by base64") from exc
    if not key:
        raise ValueError("the webhook secret holds no key")
    return key


def standard_secret(secret: str) -> str:
    """The secret as every Standard Webhooks library reads it (`whsec_` + standard base64 of the key):
    the secret itself when issued with the standard signature, the same key in the standard alphabet
    for an older one."""
    return secret_of(signing_key(secret))


def standard_signature(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """One entry of the `webhook-signature` header for this message sent at this unix time:
    `v1,<base64 HMAC-SHA256(key, f"{id}.{timestamp}.{body}")>`. The id never holds a `.` (the
    specification forbids it: the signed content would be ambiguous)."""
    if not message_id or "." in message_id:
        raise ValueError("a webhook id is not empty and holds no '.'")
    content = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(signing_key(secret), content, hashlib.sha256).digest()
    return f"{STANDARD_SIGNATURE_VERSION},{base64.b64encode(digest).decode()}"


def standard_signature_valid(secret: str, message_id: str, timestamp: int, body: bytes, header: str) -> bool:
    """What a receiver does with `webhook-signature` (the timestamp's age aside): recompute and
    compare in constant time with each space-separated entry (one matching is enough)."""
    try:
        expected = standard_signature(secret, message_id, timestamp, body).encode()
    except ValueError:
        return False
    return any(hmac.compare_digest(expected, candidate.encode()) for candidate in header.split(" ") if candidate)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """Deprecated (no longer sent from release 0.2): the Frontline-Signature header value for this
    body sent at this unix time, keyed with the whole secret string."""
    message = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return f"{SIGNATURE_VERSION}={digest}"


def signature_valid(secret: str, timestamp: int, body: bytes, header: str) -> bool:
    """What a receiver of the deprecated Frontline-Signature does: recompute and compare in
    constant time (any of several `v1=` values separated by commas may match)."""
    expected = signature(secret, timestamp, body)
    candidates = [part.strip() for part in header.split(",")]
    return any(hmac.compare_digest(expected.encode(), candidate.encode()) for candidate in candidates)


def retry_delay(failed_attempts: int) -> timedelta:
    """How long to wait after the n-th failed attempt: 30 s x 2^(n-1), capped at one hour."""
    exponent = min(max(failed_attempts, 1) - 1, 16)  # 30 s x 2^7 already exceeds the cap
    return min(FIRST_RETRY * (1 << exponent), MAX_RETRY)


def next_attempt_at(*, created_at: datetime, failed_attempts: int, now: datetime) -> datetime | None:
    """When to try a failed delivery again, or None when its 24 hours are over (it is `failed`).
    The retry that would fall after the end is moved to the end, so the last try is at 24 hours."""
    deadline = created_at + DELIVERY_WINDOW
    if now >= deadline:
        return None
    return min(now + retry_delay(failed_attempts), deadline)


def should_disable(failing_since: datetime | None, now: datetime) -> bool:
    """A subscription is disabled once it has failed for 24 hours without a single success."""
    return failing_since is not None and now - failing_since >= DISABLE_AFTER
