from datetime import timedelta

import pytest

from domain.shared.outbox import MAX_BACKOFF, Consumer, OutboxEvent, consumers_for, retry_delay


def consumer() -> Consumer:
    async def handle(event: OutboxEvent) -> None:
        return None

    return handle


def test_exact_topic_matches():
    a, b = consumer(), consumer()
    assert consumers_for("org.unit_created", {"org.unit_created": [a, b]}) == [a, b]


def test_other_topics_do_not_match():
    a = consumer()
    registry = {"org.unit_created": [a]}
    assert consumers_for("org.unit_moved", registry) == []
    assert consumers_for("org.unit_created.extra", registry) == []
    assert consumers_for("org", registry) == []


def test_prefix_pattern_covers_topics_under_it():
    a = consumer()
    registry = {"org.*": [a]}
    assert consumers_for("org.unit_created", registry) == [a]
    assert consumers_for("org.unit.moved", registry) == [a]


def test_prefix_pattern_stops_at_the_dot():
    a = consumer()
    registry = {"org.*": [a]}
    assert consumers_for("org", registry) == []
    assert consumers_for("organisation.renamed", registry) == []
    assert consumers_for("people.hired", registry) == []


def test_star_matches_everything():
    a = consumer()
    assert consumers_for("anything.at.all", {"*": [a]}) == [a]
    assert consumers_for("plain", {"*": [a]}) == [a]


def test_all_matching_patterns_contribute_in_registration_order():
    exact, prefix, everything, unrelated = consumer(), consumer(), consumer(), consumer()
    registry = {"*": [everything], "org.*": [prefix], "org.unit_created": [exact], "people.*": [unrelated]}
    assert consumers_for("org.unit_created", registry) == [everything, prefix, exact]


def test_no_consumers_registered():
    assert consumers_for("org.unit_created", {}) == []


@pytest.mark.parametrize(("attempts", "seconds"), [(0, 1), (1, 2), (2, 4), (3, 8), (10, 1024), (11, 2048)])
def test_retry_delay_doubles(attempts, seconds):
    assert retry_delay(attempts) == timedelta(seconds=seconds)


@pytest.mark.parametrize("attempts", [12, 13, 20, 46])
def test_retry_delay_is_capped(attempts):
    assert retry_delay(attempts) == MAX_BACKOFF


def test_retry_delay_never_decreases():
    delays = [retry_delay(n) for n in range(47)]
    assert delays == sorted(delays)
    assert max(delays) == MAX_BACKOFF


@pytest.mark.parametrize("attempts", [47, 60, 1000])
def test_retry_delay_stays_capped_however_many_attempts_failed(attempts):
    assert retry_delay(attempts) == MAX_BACKOFF
