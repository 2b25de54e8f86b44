import pytest

from domain.auth.passwords import PasswordHashing


def cheap(**overrides: int) -> PasswordHashing:
    params = {"time_cost": 1, "memory_cost_kib": 1024, "parallelism": 1}
    params.update(overrides)
    return PasswordHashing(**params)


@pytest.fixture(scope="module")
def hashing() -> PasswordHashing:
    return cheap()


def test_hash_then_verify(hashing):
    stored = hashing.hash("correct horse battery staple")
    assert stored.startswith("$argon2id$")
    assert hashing.verify(stored, "correct horse battery staple")


def test_hash_does_not_contain_the_password(hashing):
    assert "s3cret-pass" not in hashing.hash("s3cret-pass")


def test_same_password_hashes_differently(hashing):
    assert hashing.hash("same") != hashing.hash("same")


def test_non_ascii_password_round_trips(hashing):
    stored = hashing.hash("pässwörd-密码")
    assert hashing.verify(stored, "pässwörd-密码")
    assert not hashing.verify(stored, "passwort-密码")


def test_wrong_password_is_false(hashing):
    stored = hashing.hash("right")
    assert not hashing.verify(stored, "wrong")
    assert not hashing.verify(stored, "Right")
    assert not hashing.verify(stored, "")


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "garbage",
        "$argon2id$",
        "$argon2id$v=19$m=1024,t=1,p=1$bm90c2FsdA$bm90aGFzaA",
        "$2b$12$abcdefghijklmnopqrstuuPNoGtqDpsPgNPRs4A6mGt2lYtm7ZeU6",
        "5f4dcc3b5aa765d61d8327deb882cf99",
    ],
)
def test_garbage_hash_is_false(hashing, garbage):
    assert hashing.verify(garbage, "password") is False


def test_fresh_hash_needs_no_rehash(hashing):
    assert not hashing.needs_rehash(hashing.hash("pw"))


@pytest.mark.parametrize("changed", [{"time_cost": 2}, {"memory_cost_kib": 2048}, {"parallelism": 2}])
def test_needs_rehash_when_parameters_change(hashing, changed):
    stored = hashing.hash("pw")
    stronger = cheap(**changed)
    assert stronger.needs_rehash(stored)
    assert stronger.verify(stored, "pw"), "an old hash must still verify under new parameters"


def test_decoy_spends_time_without_raising(hashing):
    hashing.spend_time_on_decoy("anything")


@pytest.mark.parametrize("stored", ["ä", "$argon2id$ä"])
def test_non_ascii_garbage_hash_is_a_mismatch_not_a_crash(hashing, stored):
    assert hashing.verify(stored, "x") is False
