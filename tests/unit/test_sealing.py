"""Sealed values open only with their key and only where they belong; keys rotate."""

from __future__ import annotations

import pytest

from domain.shared.sealing import Sealer, SealingError, new_key_text


def test_a_sealed_value_opens_with_its_context_and_holds_no_plaintext() -> None:
    sealer = Sealer.parse(new_key_text("k1"))
    token = sealer.seal(b'{"due_date": "2027-05-01"}', "care:person-a:pregnancy")
    assert "2027" not in token and "due_date" not in token
    assert sealer.open(token, "care:person-a:pregnancy") == b'{"due_date": "2027-05-01"}'
    # the same value twice seals differently (a fresh nonce each time)
    assert sealer.seal(b"x", "c") != sealer.seal(b"x", "c")


def test_a_value_moved_to_another_person_or_category_does_not_open() -> None:
    sealer = Sealer.parse(new_key_text("k1"))
    token = sealer.seal(b"secret", "care:person-a:nursing")
    with pytest.raises(SealingError):
        sealer.open(token, "care:person-b:nursing")
    with pytest.raises(SealingError):
        sealer.open(token, "care:person-a:notes")


def test_a_tampered_value_does_not_open() -> None:
    sealer = Sealer.parse(new_key_text("k1"))
    token = sealer.seal(b"secret", "c")
    flipped = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    with pytest.raises(SealingError):
        sealer.open(flipped, "c")


def test_keys_rotate_the_new_first_key_seals_and_the_old_still_opens() -> None:
    old_key = new_key_text("old")
    before = Sealer.parse(old_key)
    token = before.seal(b"value", "c")
    after = Sealer.parse(f"{new_key_text('new')},{old_key}")
    assert after.open(token, "c") == b"value"
    assert after.key_of(after.seal(b"value", "c")) == "new"
    with pytest.raises(SealingError):
        Sealer.parse(new_key_text("new")).open(token, "c")  # the old key retired too early


@pytest.mark.parametrize("text", ["", "k1", "k1:short", "k 1:" + "A" * 43, "k1:" + "A" * 43 + ",k1:" + "B" * 43])
def test_unusable_key_lists_are_refused(text: str) -> None:
    with pytest.raises(SealingError):
        Sealer.parse(text)
