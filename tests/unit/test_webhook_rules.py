"""Webhook rules: event patterns, URLs, signatures (Standard Webhooks and the deprecated one), backoff
and the 24-hour limits."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from standardwebhooks.webhooks import Webhook

from domain.events import EVENTS
from domain.webhooks import rules
from domain.webhooks.rules import WebhookEvent

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


# --- the catalog and patterns -------------------------------------------------------------------


def test_the_catalog_is_every_event_class_offered_to_webhooks_and_their_families() -> None:
    """Generated from the event classes: a new event is offered without editing a list, an internal
    one (webhook = False) never is."""
    catalog = {event.value for event in WebhookEvent}
    offered = {topic for topic, kind in EVENTS.items() if kind.webhook}
    assert offered <= catalog
    assert "webhook.subscription_disabled" not in catalog
    assert {"ticket.*", "transfer.*", "pool.*", "clock_in.*", "period.*", "assignment.*", "webhook.test"} <= catalog
    assert catalog - offered - {"webhook.test"} == {f for f in catalog if f.endswith(".*")}
    for status in ("acknowledged", "in_progress", "waiting_on_requester", "resolved", "closed"):
        assert f"ticket.{status}" in catalog


@pytest.mark.parametrize(
    ("pattern", "topic", "expected"),
    [
        ("ticket.created", "ticket.created", True),
        ("ticket.created", "ticket.created2", False),
        ("ticket.*", "ticket.created", True),
        ("ticket.*", "ticket.", False),
        ("ticket.*", "tickets.created", False),
        ("transfer.*", "ticket.created", False),
        ("clock_in.flagged", "clock_in.flagged", True),
    ],
)
def test_patterns(pattern: str, topic: str, expected: bool) -> None:
    assert rules.matches(pattern, topic) is expected


def test_a_subscription_wants_a_topic_when_any_pattern_matches() -> None:
    assert rules.wants(["clock_in.flagged", "transfer.*"], "transfer.approved")
    assert not rules.wants(["clock_in.flagged", "transfer.*"], "ticket.created")
    assert not rules.wants([], "ticket.created")


@given(st.sampled_from([e.value for e in WebhookEvent if not e.value.endswith(".*")]))
def test_each_exact_topic_is_covered_by_itself_and_only_its_family(topic: str) -> None:
    assert rules.matches(topic, topic)
    family = topic.split(".")[0] + ".*"
    for pattern in ("transfer.*", "ticket.*"):
        assert rules.matches(pattern, topic) is (pattern == family)


# --- URLs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["https://erp.example.com/hooks/frontline", "http://127.0.0.1:8080/in?x=1", "https://[::1]:8443/h"],
)
def test_receivable_urls(url: str) -> None:
    assert rules.url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ftp://example.com/x", "http or https"),
        ("example.com/hook", "http or https"),
        ("https://user:pw@example.com/hook", "credentials"),
        ("https://token@example.com/hook", "credentials"),
        ("https:///nohost", "host"),
        ("https://example.com:99999/x", "not a valid URL"),
        ("https://example.com/a b", "spaces"),
        ("https://example.com/#frag", "fragment"),
        ("https://example.com/" + "x" * 2048, "2048"),
    ],
)
def test_unreceivable_urls(url: str, why: str) -> None:
    problem = rules.url_problem(url)
    assert problem is not None and why in problem


def test_https_is_told_apart() -> None:
    assert rules.is_https("https://example.com")
    assert not rules.is_https("http://example.com")


# --- signatures ---------------------------------------------------------------------------------


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    import hashlib
    import hmac

    body = b'{"id":"evt_1"}'
    expected = hmac.new(b"whsec_abc", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert rules.signature("whsec_abc", 1700000000, body) == f"v1={expected}"


def test_the_body_has_a_fixed_member_order_and_compact_json() -> None:
    envelope = rules.envelope(
        event_id="evt_7", topic="ticket.created", version=1, occurred_at=T0, data={"b": 1, "a": "é"}
    )
    shuffled = dict(reversed(list(envelope.items())))
    raw = rules.body_bytes(shuffled)
    assert raw == rules.body_bytes(envelope)
    assert list(json.loads(raw)) == ["id", "type", "version", "occurred_at", "data"]
    # a delivery stored before events had versions is sent (and signed) as it was stored
    old = {key: value for key, value in envelope.items() if key != "version"}
    assert list(json.loads(rules.body_bytes(old))) == ["id", "type", "occurred_at", "data"]
    assert b" " not in raw.replace("é".encode(), b"")


@given(
    secret=st.text(min_size=1, max_size=60),
    timestamp=st.integers(min_value=0, max_value=2**40),
    body=st.binary(max_size=300),
    other_body=st.binary(max_size=300),
    skew=st.integers(min_value=1, max_value=10**6),
)
def test_a_signature_verifies_only_for_its_exact_body_and_timestamp(
    secret: str, timestamp: int, body: bytes, other_body: bytes, skew: int
) -> None:
    header = rules.signature(secret, timestamp, body)
    assert rules.signature_valid(secret, timestamp, body, header)
    assert not rules.signature_valid(secret, timestamp + skew, body, header)
    if other_body != body:
        assert not rules.signature_valid(secret, timestamp, other_body, header)
    assert not rules.signature_valid(secret + "x", timestamp, body, header)


def test_a_receiver_accepts_any_listed_signature() -> None:
    good = rules.signature("s", 1, b"{}")
    assert rules.signature_valid("s", 1, b"{}", f"v1=deadbeef, {good}")
    assert not rules.signature_valid("s", 1, b"{}", "v1=deadbeef")


# --- Standard Webhooks signatures ---------------------------------------------------------------


def test_the_standard_signature_is_the_reference_one() -> None:
    """The message the specification's reference libraries test themselves with."""
    secret, message_id, timestamp, body = (
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        b'{"test": 2432232314}',
    )
    expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    assert rules.standard_signature(secret, message_id, timestamp, body) == expected
    assert rules.standard_signature_valid(secret, message_id, timestamp, body, f"v1,bm9wZQ== {expected}")
    assert not rules.standard_signature_valid(secret, message_id, timestamp, body, "v1,bm9wZQ==")
    assert not rules.standard_signature_valid(secret, message_id, timestamp, body, expected.replace("v1,", "v1a,"))


def test_the_standard_signature_is_the_librarys() -> None:
    secret = rules.secret_of(bytes(range(32)))
    sent = datetime.fromtimestamp(1700000000, UTC)
    body = rules.body_bytes(
        rules.envelope(event_id="evt_9", topic="ticket.created", version=1, occurred_at=T0, data={"a": "é"})
    )
    assert rules.standard_signature(secret, "evt_9", 1700000000, body) == Webhook(secret).sign("evt_9", sent, body)


def test_secrets_are_standard_base64_and_older_url_safe_ones_keep_their_key() -> None:
    key = bytes(range(200, 232))
    standard = rules.secret_of(key)
    assert standard == "whsec_" + base64.b64encode(key).decode()
    url_safe = "whsec_" + base64.urlsafe_b64encode(key).decode().rstrip("=")
    assert rules.signing_key(standard) == rules.signing_key(url_safe) == key
    assert rules.standard_secret(url_safe) == rules.standard_secret(standard) == standard
    assert rules.signing_key(standard.removeprefix("whsec_")) == key, "the prefix is optional, as in the libraries"


@pytest.mark.parametrize("secret", ["whsec_", "whsec_not base64!", "whsec_abcde", "whsec_ab$d"])
def test_a_secret_that_is_no_base64_has_no_standard_key(secret: str) -> None:
    with pytest.raises(ValueError, match="webhook secret"):
        rules.signing_key(secret)
    assert not rules.standard_signature_valid(secret, "evt_1", 1, b"{}", "v1,AAAA")


@pytest.mark.parametrize("message_id", ["", "evt.1"])
def test_a_message_id_is_not_empty_and_holds_no_full_stop(message_id: str) -> None:
    with pytest.raises(ValueError, match="webhook id"):
        rules.standard_signature(rules.secret_of(b"k" * 32), message_id, 1, b"{}")


@given(
    key=st.binary(min_size=24, max_size=64),
    url_safe=st.booleans(),
    message_id=st.from_regex(r"evt_[A-Za-z0-9_-]{1,40}", fullmatch=True),
    timestamp=st.integers(min_value=0, max_value=2**34),  # to the year 2514, as datetime reaches
    body=st.binary(max_size=300),
    other_body=st.binary(max_size=300),
    skew=st.integers(min_value=1, max_value=10**6),
)
def test_a_standard_signature_verifies_for_its_message_only(
    key: bytes, url_safe: bool, message_id: str, timestamp: int, body: bytes, other_body: bytes, skew: int
) -> None:
    """Sign and verify round trip, for new secrets and for the URL-safe ones issued before; the
    library signs alike given the secret in the standard alphabet."""
    secret = rules.secret_of(key)
    if url_safe:
        secret = "whsec_" + base64.urlsafe_b64encode(key).decode().rstrip("=")
    header = rules.standard_signature(secret, message_id, timestamp, body)
    assert rules.standard_signature_valid(secret, message_id, timestamp, body, header)
    assert header == Webhook(rules.standard_secret(secret)).sign(
        message_id, datetime.fromtimestamp(timestamp, UTC), body
    )
    assert not rules.standard_signature_valid(secret, message_id, timestamp + skew, body, header)
    assert not rules.standard_signature_valid(secret, message_id + "x", timestamp, body, header)
    if other_body != body:
        assert not rules.standard_signature_valid(secret, message_id, timestamp, other_body, header)
    assert not rules.standard_signature_valid(
        rules.secret_of(bytes(b ^ 1 for b in key)), message_id, timestamp, body, header
    )


# --- backoff and the 24-hour limits -------------------------------------------------------------


def test_the_retry_schedule() -> None:
    delays = [rules.retry_delay(n) for n in range(1, 10)]
    assert delays[:4] == [timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert delays[-1] == timedelta(hours=1)


@given(st.integers(min_value=1, max_value=10_000), st.integers(min_value=0, max_value=10_000))
def test_backoff_is_monotonic_and_capped(attempts: int, more: int) -> None:
    now, later = rules.retry_delay(attempts), rules.retry_delay(attempts + more)
    assert timedelta(seconds=30) <= now <= later <= timedelta(hours=1)


@given(
    st.integers(min_value=1, max_value=500),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=30)),
)
def test_retries_never_pass_the_24_hours(attempts: int, age: timedelta) -> None:
    now = T0 + age
    retry = rules.next_attempt_at(created_at=T0, failed_attempts=attempts, now=now)
    if age >= timedelta(hours=24):
        assert retry is None
    else:
        assert retry is not None and now < retry <= T0 + timedelta(hours=24)


def test_a_subscription_is_disabled_after_24_hours_of_failures() -> None:
    assert not rules.should_disable(None, T0)
    assert not rules.should_disable(T0, T0 + timedelta(hours=23, minutes=59))
    assert rules.should_disable(T0, T0 + timedelta(hours=24))


# --- which clients hear an event (issue 14, item 14) ----------------------------------------------


def test_an_event_is_about_the_units_people_and_tickets_its_payload_names() -> None:
    store, person, ticket = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    subjects = rules.subjects_of(
        {"store_id": str(store), "employee_id": str(person), "ticket_id": str(ticket), "department_id": "None"}
    )
    assert subjects.unit_ids == {store}
    assert subjects.employee_ids == {person}
    assert subjects.ticket_ids == {ticket}
    assert rules.subjects_of({"n": 1, "store_id": 42}) == rules.EventSubjects(frozenset(), frozenset(), frozenset())


def test_a_limited_client_hears_events_inside_its_reach_only() -> None:
    region, store, other = "/r/", "/r/s1/", "/r/s2/"
    assert rules.reaches(None, [])
    assert rules.reaches(None, [other])
    assert rules.reaches([store], [other, store])
    assert not rules.reaches([store], [other])
    assert not rules.reaches([store], [region]), "an event about the region is not about each of its stores"
    assert rules.reaches([region], [store])
    assert not rules.reaches([store], []), "an event about nothing known reaches unlimited clients only"
    assert not rules.reaches([], [store])
