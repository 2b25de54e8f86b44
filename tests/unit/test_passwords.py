import asyncio
import threading

import pytest

from domain.auth.passwords import HashingBusy, PasswordHashing


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


# --- off the event loop, bounded (issue 14, item 15) ------------------------------------------


class Gate:
    """Stands in for argon2's verify: holds each caller until released, counting how many hold."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.inside = 0
        self.most_inside = 0
        self.entered = threading.Semaphore(0)
        self.release = threading.Event()
        self.threads: set[int] = set()

    def verify(self, password_hash: str, password: str) -> bool:
        with self.lock:
            self.inside += 1
            self.most_inside = max(self.most_inside, self.inside)
            self.threads.add(threading.get_ident())
        self.entered.release()
        self.release.wait(timeout=3)
        with self.lock:
            self.inside -= 1
        return True


async def test_verification_runs_in_worker_threads_while_the_loop_goes_on() -> None:
    hashing = cheap()
    gate = Gate()
    hashing._hasher = gate  # type: ignore[assignment]
    checking = asyncio.create_task(hashing.verify_in_thread("stored", "password"))
    assert await asyncio.to_thread(gate.entered.acquire, True, 3)
    assert not checking.done()
    gate.release.set()
    assert await checking is True
    assert threading.get_ident() not in gate.threads


async def test_no_more_threads_hash_at_once_than_configured() -> None:
    hashing = PasswordHashing(time_cost=1, memory_cost_kib=1024, parallelism=1, threads=2)
    gate = Gate()
    hashing._hasher = gate  # type: ignore[assignment]
    checks = [asyncio.create_task(hashing.verify_in_thread("stored", "password")) for _ in range(6)]
    for _ in range(2):
        assert await asyncio.to_thread(gate.entered.acquire, True, 3)
    assert gate.inside == 2
    gate.release.set()
    assert await asyncio.gather(*checks) == [True] * 6
    assert gate.most_inside == 2


async def test_a_flood_beyond_the_waiting_room_is_told_to_come_back() -> None:
    hashing = PasswordHashing(time_cost=1, memory_cost_kib=1024, parallelism=1, threads=1, max_waiting=2)
    gate = Gate()
    hashing._hasher = gate  # type: ignore[assignment]
    held = [asyncio.create_task(hashing.verify_in_thread("stored", "password")) for _ in range(3)]
    assert await asyncio.to_thread(gate.entered.acquire, True, 3)
    with pytest.raises(HashingBusy):
        await hashing.verify_in_thread("stored", "password")
    gate.release.set()
    assert await asyncio.gather(*held) == [True] * 3
