"""Authenticated encryption at application level for sensitive personal information (the care
profile): AES-256-GCM from `cryptography`, each value bound to where it belongs (the person and the
category) so a sealed value copied to another row does not open.

A sealed value reads `<key id>.<base64url(nonce | ciphertext | tag)>`. Several keys may be held: the
first seals, all open, so keys rotate by adding a new first key and re-sealing (`frontline
care-rekey`), then retiring the old one.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_BYTES = 32
_KEY_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


class SealingError(ValueError):
    """A key list that cannot be used, or a value that does not open (wrong key, tampered, moved)."""


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_key_text(key_id: str) -> str:
    """A fresh `id:base64key` entry for FRONTLINE_CARE_KEYS."""
    return f"{key_id}:{base64.urlsafe_b64encode(os.urandom(KEY_BYTES)).decode().rstrip('=')}"


@dataclass(frozen=True)
class Sealer:
    keys: dict[str, bytes]
    current: str

    @classmethod
    def parse(cls, text: str) -> Sealer:
        """`id:base64key[,id:base64key...]`, the first sealing; each key 32 random bytes."""
        keys: dict[str, bytes] = {}
        current = None
        for entry in (part.strip() for part in text.split(",")):
            if not entry:
                continue
            key_id, _sep, encoded = entry.partition(":")
            if not _KEY_ID.match(key_id) or key_id in keys:
                raise SealingError("each key needs a distinct id of letters, digits, '-' or '_' before ':'")
            try:
                key = _b64decode(encoded)
            except (binascii.Error, ValueError) as exc:
                raise SealingError(f"key {key_id} is not base64") from exc
            if len(key) != KEY_BYTES:
                raise SealingError(f"key {key_id} must be {KEY_BYTES} bytes")
            keys[key_id] = key
            current = current or key_id
        if current is None:
            raise SealingError("no key given")
        return cls(keys, current)

    def seal(self, plaintext: bytes, context: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(self.keys[self.current]).encrypt(nonce, plaintext, context.encode())
        return f"{self.current}.{base64.urlsafe_b64encode(nonce + sealed).decode().rstrip('=')}"

    def open(self, token: str, context: str) -> bytes:
        key_id, _sep, body = token.partition(".")
        key = self.keys.get(key_id)
        if key is None:
            raise SealingError(f"no key {key_id!r} is held")
        try:
            raw = _b64decode(body)
            return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], context.encode())
        except (InvalidTag, binascii.Error, ValueError) as exc:
            raise SealingError("the value does not open with its key (tampered or moved)") from exc

    def key_of(self, token: str) -> str:
        return token.partition(".")[0]
