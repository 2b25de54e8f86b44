"""Password hashing with argon2id (argon2-cffi); cost parameters come from configuration."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


class PasswordHashing:
    def __init__(self, *, time_cost: int = 3, memory_cost_kib: int = 65_536, parallelism: int = 4) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=parallelism)
        # Verified against when no account matches, so a wrong user name costs as much as a wrong password.
        self._decoy = self._hasher.hash("decoy password that matches no account")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError, UnicodeError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        return self._hasher.check_needs_rehash(password_hash)

    def spend_time_on_decoy(self, password: str) -> None:
        self.verify(self._decoy, password)
