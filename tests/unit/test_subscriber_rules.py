"""The subscribers' retry backoff and the event registry's rules (no I/O)."""

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.events import EVENTS
from domain.shared.events import DomainEvent
from domain.shared.subscribers import MAX_BACKOFF, retry_delay


@pytest.mark.parametrize(("attempts", "seconds"), [(1, 2), (2, 4), (3, 8), (10, 1024), (11, 2048)])
def test_retry_delay_doubles(attempts, seconds):
    assert retry_delay(attempts) == timedelta(seconds=seconds)


@given(st.integers(min_value=0, max_value=10_000))
def test_retry_delay_never_exceeds_the_cap_and_never_decreases(attempts):
    assert timedelta(seconds=2) <= retry_delay(attempts) <= MAX_BACKOFF
    assert retry_delay(attempts + 1) >= retry_delay(attempts)


def test_every_event_class_names_its_topic_context_and_subject():
    assert len(EVENTS) >= 25
    for topic, kind in EVENTS.items():
        assert kind.topic == topic
        assert topic.split(".")[0] and "." in topic
        assert kind.summary and kind.version >= 1
        assert kind.entity_field in kind.model_fields, f"{topic} names its subject by a field it has"


def test_two_classes_cannot_record_the_same_topic():
    with pytest.raises(TypeError, match=r"ticket\.created"):

        class Impostor(DomainEvent):
            topic = "ticket.created"
            summary = "x"
            entity_type = "ticket"
            entity_field = "x"
            x: int
