"""Attachments on need tickets: what a file is, and where its bytes live.

Staff attach photos and voice notes from the shop floor. The type is decided from the bytes alone,
never from the file name or the client's content type, because both are whatever the client says;
anything we do not recognise is refused (the API answers 415). Bytes go to a content-addressed blob
store keyed by their sha256, so the same file uploaded twice is stored once and its digest can be
recorded next to the ticket.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# How many leading bytes sniff() needs to see; callers pass at least this many (or the whole file).
SNIFF_BYTES = 64

Category = Literal["photo", "voice"]


@dataclass(frozen=True, slots=True)
class FileKind:
    """A recognised attachment type: what to tell clients, what to name it, and how to show it."""

    media_type: str
    extension: str
    category: Category


JPEG = FileKind("image/jpeg", "jpg", "photo")
PNG = FileKind("image/png", "png", "photo")
WEBP = FileKind("image/webp", "webp", "photo")
HEIC = FileKind("image/heic", "heic", "photo")
HEIF = FileKind("image/heif", "heif", "photo")
M4A = FileKind("audio/mp4", "m4a", "voice")
AAC = FileKind("audio/aac", "aac", "voice")
MP3 = FileKind("audio/mpeg", "mp3", "voice")
OGG = FileKind("audio/ogg", "ogg", "voice")
AMR = FileKind("audio/amr", "amr", "voice")
AMR_WB = FileKind("audio/amr-wb", "awb", "voice")

ACCEPTED_KINDS: tuple[FileKind, ...] = (JPEG, PNG, WEBP, HEIC, HEIF, M4A, AAC, MP3, OGG, AMR, AMR_WB)

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# HEVC-coded HEIF brands (what phones write) versus the generic HEIF brands.
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis"})
_HEIF_BRANDS = frozenset({b"mif1", b"msf1"})
# A generic HEIF file that lists an AVIF brand holds AV1 images: a different format, not accepted.
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_M4A_BRANDS = frozenset({b"M4A ", b"M4B "})


def sniff(head: bytes) -> FileKind | None:
    """The type of a file from its first bytes (at least SNIFF_BYTES, or all of a shorter file).

    Returns None for anything not accepted, so the caller refuses it. Never raises: the input is
    whatever a client uploaded.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(_PNG_SIGNATURE):
        return PNG
    if len(head) >= 12 and head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp":
        return _sniff_iso_bmff(head)
    if _is_id3v2(head):
        return MP3
    # Byte 4 is the Ogg stream structure version, which is 0.
    if head.startswith(b"OggS\x00"):
        return OGG
    if head.startswith(b"#!AMR\n"):
        return AMR
    if head.startswith(b"#!AMR-WB\n"):
        return AMR_WB
    if _is_adts_aac(head):
        return AAC
    if _is_mpeg_audio_frame(head):
        return MP3
    return None


def _sniff_iso_bmff(head: bytes) -> FileKind | None:
    """HEIC/HEIF photos and M4A voice notes share the ISO-BMFF container; the ftyp brands tell them apart."""
    box_size = int.from_bytes(head[0:4], "big")
    # size, "ftyp", major brand, minor version: 16 bytes at least. Size 0 ("to end of file") and
    # 1 (64-bit size follows) are legal in general but never used for ftyp; refuse them.
    if box_size < 16 or len(head) < 12:
        return None
    major = head[8:12]
    end = min(box_size, len(head))
    compatible = {head[i : i + 4] for i in range(16, end - 3, 4)}
    if major in _HEIC_BRANDS:
        return HEIC
    if major in _HEIF_BRANDS:
        return None if compatible & _AVIF_BRANDS else HEIF
    # Besides "M4A "/"M4B " as major brand, encoders write e.g. "mp42" or "isom" listing "M4A ".
    if major in _M4A_BRANDS or compatible & _M4A_BRANDS:
        return M4A
    return None


def _is_id3v2(head: bytes) -> bool:
    """The ID3v2 tag that precedes most MP3 files: "ID3", version bytes < 0xFF, then a sync-safe size."""
    return (
        len(head) >= 10
        and head.startswith(b"ID3")
        and head[3] != 0xFF
        and head[4] != 0xFF
        and all(b < 0x80 for b in head[6:10])
    )


def _is_adts_aac(head: bytes) -> bool:
    """A raw AAC stream's ADTS frame header: 12-bit sync, layer 00, no CRC (0xFFF1 MPEG-4, 0xFFF9 MPEG-2)."""
    if len(head) < 7 or head[0] != 0xFF or head[1] not in (0xF1, 0xF9):
        return False
    sampling_index = (head[2] >> 2) & 0x0F
    frame_length = ((head[3] & 0x03) << 11) | (head[4] << 3) | (head[5] >> 5)
    # Indices 13-15 name no sampling rate; a frame is at least its own 7-byte header.
    return sampling_index <= 12 and frame_length >= 7


def _is_mpeg_audio_frame(head: bytes) -> bool:
    """A bare MPEG audio frame header (an MP3 without an ID3 tag).

    Eleven sync bits alone match too much, so the header's fields must be valid: version not
    reserved, layer not 00 (00 is reserved here, and is what ADTS AAC puts there), bitrate neither
    free-format nor forbidden, sampling rate not reserved, emphasis not reserved.
    """
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0x03
    layer = (head[1] >> 1) & 0x03
    bitrate_index = head[2] >> 4
    sampling_index = (head[2] >> 2) & 0x03
    emphasis = head[3] & 0x03
    return version != 0b01 and layer != 0b00 and 0 < bitrate_index < 15 and sampling_index != 0b11 and emphasis != 0b10


@dataclass(frozen=True, slots=True)
class StoredBlob:
    """Where a blob went and what it was: the key to fetch it by, its sha256 (to record) and its size."""

    key: str
    sha256: str
    size: int


class BlobMissing(Exception):
    """No blob under this key: never stored, or deleted since."""


class BlobStore(Protocol):
    """Where attachment bytes live: a directory (DirectoryBlobStore) or a bucket (ObjectStoreBlobStore)."""

    async def put(self, data: bytes) -> StoredBlob:
        """Store the bytes under their sha256; storing the same bytes again stores nothing new."""
        ...

    async def open(self, key: str) -> bytes:
        """The bytes stored under key; BlobMissing if there are none."""
        ...

    async def delete(self, key: str) -> None:
        """Forget the bytes under key; deleting what is not there is not an error."""
        ...


_KEY = re.compile(r"[0-9a-f]{64}")


def blob_key_path(key: str) -> str:
    """`ab/abcd...`: where a blob lives under a store's root. Only a well-formed key (64 lower-case
    hex digits) ever becomes a path or an object name; anything else is a caller bug or an attack."""
    if not isinstance(key, str) or _KEY.fullmatch(key) is None:
        raise ValueError(f"not a blob key: {key!r}")
    return f"{key[:2]}/{key}"


class DirectoryBlobStore:
    """Blobs as files under a directory, sharded by the first two hex digits of their sha256.

    Writes go to a temporary file renamed into place, so a crash never leaves a half-written blob.
    File I/O runs in a worker thread (asyncio.to_thread) so the event loop never blocks.
    """

    def __init__(self, root: Path) -> None:
        self._root = root

    async def put(self, data: bytes) -> StoredBlob:
        """Store data under its sha256 (hashing also happens off the event loop: files run to 10 MB)."""
        return await asyncio.to_thread(self._put, data)

    async def open(self, key: str) -> bytes:
        """The stored bytes; keys that are not 64 lower-case hex digits are refused, so no path traversal."""
        path = self._path(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError:
            raise BlobMissing(key) from None

    async def delete(self, key: str) -> None:
        """Remove the blob if present; idempotent, so a retried delete succeeds."""
        path = self._path(key)
        await asyncio.to_thread(path.unlink, missing_ok=True)

    def _path(self, key: str) -> Path:
        return self._root / blob_key_path(key)

    def _put(self, data: bytes) -> StoredBlob:
        digest = hashlib.sha256(data).hexdigest()
        blob = StoredBlob(key=digest, sha256=digest, size=len(data))
        path = self._path(digest)
        if path.is_file():
            # Content-addressed: a file under this name was renamed into place whole, so it holds these bytes.
            return blob
        path.parent.mkdir(parents=True, exist_ok=True)
        # The temporary file sits next to its final name (same file system, so the rename is atomic)
        # and starts with a dot, so it can never be mistaken for a blob.
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        _fsync_directory(path.parent)
        return blob


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable, so a blob whose sha256 was recorded survives a power cut."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
