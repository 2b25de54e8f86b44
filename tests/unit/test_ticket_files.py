"""Ticket attachments: the type comes from the bytes alone, and blobs are stored whole, once, by sha256."""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import os
import re
import struct
import unicodedata
import zlib
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.tickets.file_names import (
    MAX_FILE_NAME_BYTES,
    MAX_STEM_CHARACTERS,
    attachment_file_name,
    content_disposition,
)
from domain.tickets.files import (
    AAC,
    ACCEPTED_KINDS,
    AMR,
    AMR_WB,
    HEIC,
    HEIF,
    JPEG,
    M4A,
    MAX_ATTACHMENT_BYTES,
    MP3,
    OGG,
    PNG,
    SNIFF_BYTES,
    WEBP,
    BlobMissing,
    BlobStore,
    DirectoryBlobStore,
    FileKind,
    StoredBlob,
    sniff,
)

# --- hand-built headers -------------------------------------------------------------------------


def png_bytes() -> bytes:
    """The PNG signature and a 1x1 RGBA IHDR chunk with its CRC."""
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + chunk


def jpeg_bytes() -> bytes:
    """SOI, then a JFIF APP0 segment."""
    app0 = b"JFIF\x00" + b"\x01\x01" + b"\x00" + struct.pack(">HH", 1, 1) + b"\x00\x00"
    return b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", len(app0) + 2) + app0


def webp_bytes() -> bytes:
    """A RIFF container of form WEBP holding the start of a VP8L chunk."""
    vp8l = b"VP8L" + struct.pack("<I", 5) + b"\x2f\x00\x00\x00\x00" + b"\x00"
    body = b"WEBP" + vp8l
    return b"RIFF" + struct.pack("<I", len(body)) + body


def ftyp(major: bytes, *compatible: bytes, minor: int = 0) -> bytes:
    """An ISO-BMFF ftyp box followed by the start of the next box, as at the head of a real file."""
    payload = major + struct.pack(">I", minor) + b"".join(compatible)
    return struct.pack(">I", 8 + len(payload)) + b"ftyp" + payload + struct.pack(">I", 8) + b"mdat"


def adts_bytes(*, mpeg2: bool = False) -> bytes:
    """A 7-byte ADTS header (AAC LC, 44.1 kHz, stereo, no CRC) and a few payload bytes."""
    payload = b"\x21\x10\x05\x00"
    frame_length = 7 + len(payload)
    profile, sampling_index, channels = 1, 4, 2  # profile is the object type minus one: LC
    header = bytes(
        [
            0xFF,
            0xF9 if mpeg2 else 0xF1,
            (profile << 6) | (sampling_index << 2) | (channels >> 2),
            ((channels & 0x03) << 6) | (frame_length >> 11),
            (frame_length >> 3) & 0xFF,
            ((frame_length & 0x07) << 5) | 0x1F,
            0xFC,
        ]
    )
    return header + payload


def mpeg_frame(
    *, version: int = 0b11, layer: int = 0b01, bitrate: int = 9, sampling: int = 0, emphasis: int = 0
) -> bytes:
    """An MPEG audio frame header; the defaults are MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no CRC, stereo."""
    byte1 = 0xE0 | (version << 3) | (layer << 1) | 0x01
    byte2 = (bitrate << 4) | (sampling << 2)
    byte3 = emphasis
    return bytes([0xFF, byte1, byte2, byte3]) + b"\x00" * 32


def id3_bytes() -> bytes:
    """An ID3v2.4 tag header with a sync-safe size, and the start of a TIT2 frame."""
    return b"ID3\x04\x00\x00" + bytes([0x00, 0x00, 0x02, 0x01]) + b"TIT2\x00\x00\x00\x06\x03voice"


def ogg_bytes() -> bytes:
    """The first page header of an Ogg stream (version 0, beginning of stream) carrying Opus."""
    return b"OggS\x00\x02" + b"\x00" * 8 + b"\x01\x00\x00\x00" + b"\x00" * 8 + b"\x01\x13" + b"OpusHead"


ACCEPTED = [
    pytest.param(jpeg_bytes(), JPEG, id="jpeg"),
    pytest.param(png_bytes(), PNG, id="png"),
    pytest.param(webp_bytes(), WEBP, id="webp"),
    pytest.param(ftyp(b"heic", b"mif1", b"heic"), HEIC, id="heic"),
    pytest.param(ftyp(b"heix", b"mif1", b"heix"), HEIC, id="heix"),
    pytest.param(ftyp(b"hevc", b"msf1", b"hevc"), HEIC, id="hevc"),
    pytest.param(ftyp(b"mif1", b"mif1", b"heic"), HEIF, id="heif-mif1"),
    pytest.param(ftyp(b"msf1", b"msf1"), HEIF, id="heif-msf1"),
    pytest.param(ftyp(b"M4A ", b"M4A ", b"mp42", b"isom", minor=0x200), M4A, id="m4a"),
    pytest.param(ftyp(b"M4B ", b"M4B ", b"mp42"), M4A, id="m4b"),
    pytest.param(ftyp(b"mp42", b"isom", b"M4A "), M4A, id="mp42-compatible-m4a"),
    pytest.param(adts_bytes(), AAC, id="adts-mpeg4"),
    pytest.param(adts_bytes(mpeg2=True), AAC, id="adts-mpeg2"),
    pytest.param(id3_bytes(), MP3, id="mp3-id3"),
    pytest.param(mpeg_frame(), MP3, id="mp3-mpeg1-layer3"),
    pytest.param(mpeg_frame(version=0b10, bitrate=8, sampling=1), MP3, id="mp3-mpeg2-layer3"),
    pytest.param(mpeg_frame(version=0b00, bitrate=4, sampling=2), MP3, id="mp3-mpeg2.5-layer3"),
    pytest.param(ogg_bytes(), OGG, id="ogg"),
    pytest.param(b"#!AMR\n" + b"\x3c" + b"\x00" * 31, AMR, id="amr"),
    pytest.param(b"#!AMR-WB\n" + b"\x44" + b"\x00" * 60, AMR_WB, id="amr-wb"),
]


# --- sniff: what is accepted ---------------------------------------------------------------------


@pytest.mark.parametrize(("head", "kind"), ACCEPTED)
def test_each_accepted_format_is_recognised_from_its_header(head: bytes, kind: FileKind):
    assert sniff(head) == kind


@pytest.mark.parametrize(("head", "kind"), ACCEPTED)
def test_recognition_survives_trailing_content(head: bytes, kind: FileKind):
    """Callers pass the first SNIFF_BYTES or more of a real file, so what follows the header is arbitrary."""
    assert sniff(head + os.urandom(4096)) == kind


def test_every_accepted_kind_is_a_photo_or_a_voice_note():
    assert {kind.category for kind in ACCEPTED_KINDS} == {"photo", "voice"}
    assert len({kind.media_type for kind in ACCEPTED_KINDS}) == len(ACCEPTED_KINDS)
    for kind in ACCEPTED_KINDS:
        assert re.fullmatch(r"[a-z]+/[a-z0-9.+-]+", kind.media_type)
        assert re.fullmatch(r"[a-z0-9]+", kind.extension)


def test_limits():
    assert MAX_ATTACHMENT_BYTES == 10 * 1024 * 1024
    assert SNIFF_BYTES == 64


# --- sniff: the name plays no part ---------------------------------------------------------------


def test_sniff_sees_only_bytes():
    """No file name or client content type can reach the decision."""
    assert list(inspect.signature(sniff).parameters) == ["head"]


def test_a_png_renamed_mp3_is_still_a_png(tmp_path: Path):
    renamed = tmp_path / "voice-note.mp3"
    renamed.write_bytes(png_bytes())
    assert sniff(renamed.read_bytes()[:SNIFF_BYTES]) == PNG


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48, id="windows-mz"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 44, id="elf"),
    ],
)
def test_an_executable_renamed_jpg_is_refused(tmp_path: Path, head: bytes):
    renamed = tmp_path / "shelf.jpg"
    renamed.write_bytes(head)
    assert sniff(renamed.read_bytes()[:SNIFF_BYTES]) is None


# --- sniff: what is refused ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(b"GIF89a\x01\x00\x01\x00\x80\x00\x00", id="gif89a"),
        pytest.param(b"GIF87a\x01\x00\x01\x00\x80\x00\x00", id="gif87a"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 20, id="zip"),
        pytest.param(b"PK\x05\x06" + b"\x00" * 18, id="empty-zip"),
        pytest.param(b"Shelf 4 is empty, please restock the rice.\n", id="text"),
        pytest.param(b"", id="empty"),
        pytest.param(b"RIFF\x24\x00\x00\x00WAVEfmt ", id="wav-is-riff-but-not-webp"),
        pytest.param(ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41"), id="mp4-video"),
        pytest.param(ftyp(b"qt  ", b"qt  "), id="quicktime"),
        pytest.param(ftyp(b"avif", b"avif", b"mif1", b"miaf"), id="avif"),
        pytest.param(ftyp(b"mif1", b"mif1", b"avif"), id="avif-with-generic-major-brand"),
        pytest.param(b"\x00\x00\x00\x08ftypheic", id="ftyp-box-too-small"),
        pytest.param(b"\x00\x00\x00\x00ftypheic\x00\x00\x00\x00", id="ftyp-size-zero"),
        pytest.param(b"\x00\x00\x00\x01ftypheic\x00\x00\x00\x00", id="ftyp-64-bit-size"),
        pytest.param(b"OggS\x01\x02" + b"\x00" * 20, id="ogg-unknown-version"),
        pytest.param(b"#!AMR_MC1.0\n" + b"\x00" * 8, id="amr-multichannel"),
        pytest.param(b"\xff\xd8", id="truncated-jpeg"),
        pytest.param(b"\x89PNG\r\n\x1a", id="truncated-png"),
        pytest.param(b"ID3\xff\x00\x00\x00\x00\x00\x00", id="id3-bad-version"),
        pytest.param(b"ID3\x04\x00\x00\x00\x00\x80\x00", id="id3-size-not-sync-safe"),
        pytest.param(b"\xff\xfb\x90", id="truncated-mpeg-frame"),
    ],
)
def test_other_formats_are_refused(head: bytes):
    assert sniff(head) is None


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(mpeg_frame(version=0b01), id="reserved-version"),
        pytest.param(mpeg_frame(layer=0b00), id="reserved-layer"),
        pytest.param(mpeg_frame(bitrate=0), id="free-format-bitrate"),
        pytest.param(mpeg_frame(bitrate=15), id="forbidden-bitrate"),
        pytest.param(mpeg_frame(sampling=3), id="reserved-sampling-rate"),
        pytest.param(mpeg_frame(emphasis=0b10), id="reserved-emphasis"),
    ],
)
def test_frame_sync_alone_is_not_an_mp3(head: bytes):
    assert sniff(head) is None


def test_adts_aac_is_never_taken_for_mp3():
    """ADTS puts 00 in the MPEG layer bits; with a CRC (0xFFF0/0xFFF8) it is outside what we accept."""
    aac = adts_bytes()
    assert sniff(aac) == AAC
    with_crc = bytes([aac[0], aac[1] & 0xFE]) + aac[2:]
    assert sniff(with_crc) is None


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(adts_bytes()[:2] + bytes([0x3C]) + adts_bytes()[3:], id="reserved-sampling-index"),
        pytest.param(adts_bytes()[:3] + b"\x80\x00\x1f\xfc", id="frame-shorter-than-header"),
        pytest.param(adts_bytes()[:6], id="truncated-header"),
    ],
)
def test_malformed_adts_is_refused(head: bytes):
    assert sniff(head) is None


# --- sniff: properties ----------------------------------------------------------------------------

SIGNATURE_PREFIXES = (
    b"\xff\xd8\xff",
    b"\x89PNG\r\n\x1a\n",
    b"RIFF",
    b"ID3",
    b"OggS",
    b"#!AMR",
)


def starts_with_a_signature(data: bytes) -> bool:
    """Deliberately broader than sniff: any prefix that could begin an accepted format."""
    return (
        data.startswith(SIGNATURE_PREFIXES)
        or data[4:8] == b"ftyp"
        or (len(data) >= 2 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0)
    )


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=256).filter(lambda data: not starts_with_a_signature(data)))
def test_random_bytes_without_a_signature_are_refused(data: bytes):
    assert sniff(data) is None


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=512))
def test_sniff_never_raises_on_arbitrary_bytes(data: bytes):
    assert sniff(data) is None or sniff(data) in ACCEPTED_KINDS


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(
        [
            *SIGNATURE_PREFIXES,
            b"#!AMR\n",
            b"#!AMR-WB\n",
            b"\x00\x00\x00\x18ftyp",
            b"\x00\x00\x00\x01ftyp",
            b"\xff\xff\xff\xffftyp",
            b"\xff\xf1",
            b"\xff\xf9",
            b"\xff\xfb",
            b"\xff\xe0",
        ]
    ),
    st.binary(max_size=64),
)
def test_sniff_never_raises_after_a_real_signature(prefix: bytes, rest: bytes):
    """The parsers behind each signature read lengths and fields; garbage after the signature must not trip them."""
    result = sniff(prefix + rest)
    assert result is None or result in ACCEPTED_KINDS


@pytest.mark.parametrize(("head", "kind"), ACCEPTED)
def test_every_truncation_of_a_valid_header_is_handled(head: bytes, kind: FileKind):
    for end in range(len(head) + 1):
        assert sniff(head[:end]) in (None, kind)


# --- DirectoryBlobStore -------------------------------------------------------------------------

PHOTO = png_bytes() + b"\x00" * 1000
VOICE = adts_bytes() * 50


def files_under(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file())


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "blobs"


@pytest.fixture
def store(root: Path) -> DirectoryBlobStore:
    return DirectoryBlobStore(root)


def test_the_directory_store_is_a_blob_store(root: Path):
    store: BlobStore = DirectoryBlobStore(root)  # checked by mypy
    assert callable(store.put)


async def test_put_then_open_round_trips(store: DirectoryBlobStore):
    stored = await store.put(PHOTO)
    assert await store.open(stored.key) == PHOTO


async def test_put_records_sha256_and_size(store: DirectoryBlobStore):
    stored = await store.put(VOICE)
    digest = hashlib.sha256(VOICE).hexdigest()
    assert stored == StoredBlob(key=digest, sha256=digest, size=len(VOICE))


async def test_empty_content_is_stored_too(store: DirectoryBlobStore):
    stored = await store.put(b"")
    assert stored.sha256 == hashlib.sha256(b"").hexdigest()
    assert stored.size == 0
    assert await store.open(stored.key) == b""


async def test_a_full_size_attachment_round_trips(store: DirectoryBlobStore):
    data = os.urandom(MAX_ATTACHMENT_BYTES)
    stored = await store.put(data)
    assert stored.size == MAX_ATTACHMENT_BYTES
    assert await store.open(stored.key) == data


async def test_blobs_are_sharded_by_the_first_two_hex_digits(store: DirectoryBlobStore, root: Path):
    stored = await store.put(PHOTO)
    assert files_under(root) == [root / stored.key[:2] / stored.key]


async def test_same_content_is_stored_once(store: DirectoryBlobStore, root: Path):
    first = await store.put(PHOTO)
    second = await store.put(PHOTO)
    assert first == second
    assert len(files_under(root)) == 1


async def test_concurrent_puts_of_the_same_content_store_it_once(store: DirectoryBlobStore, root: Path):
    results = await asyncio.gather(*(store.put(PHOTO) for _ in range(8)))
    assert len(set(results)) == 1
    assert files_under(root) == [root / results[0].key[:2] / results[0].key]
    assert await store.open(results[0].key) == PHOTO


async def test_different_content_gets_different_keys(store: DirectoryBlobStore, root: Path):
    photo = await store.put(PHOTO)
    voice = await store.put(VOICE)
    assert photo.key != voice.key
    assert await store.open(photo.key) == PHOTO
    assert await store.open(voice.key) == VOICE
    assert len(files_under(root)) == 2


async def test_a_key_never_stored_is_missing(store: DirectoryBlobStore):
    with pytest.raises(BlobMissing):
        await store.open("0" * 64)


async def test_delete_then_open_raises_blob_missing(store: DirectoryBlobStore, root: Path):
    stored = await store.put(PHOTO)
    await store.delete(stored.key)
    with pytest.raises(BlobMissing):
        await store.open(stored.key)
    assert files_under(root) == []


async def test_delete_is_idempotent(store: DirectoryBlobStore):
    stored = await store.put(PHOTO)
    await store.delete(stored.key)
    await store.delete(stored.key)
    await store.delete("f" * 64)  # never stored at all


async def test_delete_leaves_other_blobs_alone(store: DirectoryBlobStore):
    photo = await store.put(PHOTO)
    voice = await store.put(VOICE)
    await store.delete(photo.key)
    assert await store.open(voice.key) == VOICE


async def test_put_after_delete_stores_again(store: DirectoryBlobStore):
    stored = await store.put(PHOTO)
    await store.delete(stored.key)
    assert await store.put(PHOTO) == stored
    assert await store.open(stored.key) == PHOTO


BAD_KEYS = [
    pytest.param("../etc/passwd", id="traversal"),
    pytest.param("../" + "a" * 61, id="traversal-64-chars"),
    pytest.param("/etc/passwd", id="absolute"),
    pytest.param("A" * 64, id="upper-case-hex"),
    pytest.param(hashlib.sha256(b"x").hexdigest().upper(), id="upper-case-digest"),
    pytest.param("a" * 63, id="too-short"),
    pytest.param("a" * 65, id="too-long"),
    pytest.param("g" * 64, id="not-hex"),
    pytest.param("a" * 64 + "\n", id="trailing-newline"),
    pytest.param("ab/" + "a" * 61, id="slash"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("key", BAD_KEYS)
async def test_open_refuses_malformed_keys(store: DirectoryBlobStore, key: str):
    with pytest.raises(ValueError, match="not a blob key"):
        await store.open(key)


@pytest.mark.parametrize("key", BAD_KEYS)
async def test_delete_refuses_malformed_keys(store: DirectoryBlobStore, key: str):
    with pytest.raises(ValueError, match="not a blob key"):
        await store.delete(key)


async def test_a_traversal_key_cannot_reach_a_file_outside_the_store(tmp_path: Path, root: Path):
    secret = tmp_path / "secret"
    secret.write_bytes(b"do not read")
    store = DirectoryBlobStore(root)
    with pytest.raises(ValueError, match="not a blob key"):
        await store.open("../secret")
    with pytest.raises(ValueError, match="not a blob key"):
        await store.delete("../secret")
    assert secret.read_bytes() == b"do not read"


async def test_no_temporary_files_are_left_behind(store: DirectoryBlobStore, root: Path):
    keys = set()
    for data in (PHOTO, VOICE, PHOTO, b"", os.urandom(100_000)):
        keys.add((await store.put(data)).key)
    assert files_under(root) == sorted(root / key[:2] / key for key in keys)


async def test_a_failed_write_leaves_neither_a_blob_nor_a_temporary_file(
    store: DirectoryBlobStore, root: Path, monkeypatch: pytest.MonkeyPatch
):
    def crash(src: object, dst: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk gone"):
        await store.put(PHOTO)
    monkeypatch.undo()
    assert files_under(root) == []
    with pytest.raises(BlobMissing):
        await store.open(hashlib.sha256(PHOTO).hexdigest())


# --- file names: Unicode kept, made safe; sent back with RFC 6266 / 5987 ---------------------------

LONG_CJK = "长" * 300 + ".jpg"


@pytest.mark.parametrize(
    ("client_name", "extension", "stored"),
    [
        ("扫描枪.jpg", "jpg", "扫描枪.jpg"),
        ("扫描枪.jpg", "png", "扫描枪.png"),  # the extension comes from the bytes
        ("photo.mp3", "png", "photo.png"),
        ("report.tar.gz", "png", "report.tar.png"),
        (None, "png", "attachment.png"),
        ("", "png", "attachment.png"),
        ("../../etc/passwd", "png", "passwd.png"),
        ("C:\\fakepath\\收据.jpeg", "jpg", "收据.jpg"),
        ("photos/", "jpg", "attachment.jpg"),
        (".bashrc", "png", "bashrc.png"),
        ("...", "png", "attachment.png"),
        ("a\x00b\x1fc\x7f.jpg", "jpg", "abc.jpg"),
        ("line\nbreak\r.png", "png", "linebreak.png"),
        ("invoice\u202egnp.exe", "jpg", "invoicegnp.jpg"),  # a right-to-left override hides the real extension
        ("zero\u200bwidth.png", "png", "zerowidth.png"),
        ("private\ue000use.png", "png", "privateuse.png"),
        ("\ud800lone surrogate.png", "png", "lone surrogate.png"),
        ("e\u0301te\u0301.png", "png", "\u00e9t\u00e9.png"),  # decomposed accents, composed (NFC)
        ('what?<>:"|*.png', "png", "what_______.png"),
        ("  spaced   out  .png", "png", "spaced out.png"),
        ("\u3000全角\u3000空格.png", "png", "全角 空格.png"),
        ("ＡＢＣ.png", "png", "ＡＢＣ.png"),  # NFC, not NFKC: full-width letters stay
        ("😀 report.png", "png", "😀 report.png"),
        ("trailing dots...png", "png", "trailing dots.png"),
        ("CON.jpg", "jpg", "_CON.jpg"),
        ("nul", "jpg", "_nul.jpg"),
        ("com1.txt", "png", "_com1.png"),
        ("Ünïcödé 2026.m4a", "m4a", "Ünïcödé 2026.m4a"),
    ],
)
def test_attachment_names_keep_unicode_and_lose_what_is_unsafe(client_name: str | None, extension: str, stored: str):
    assert attachment_file_name(client_name, extension) == stored


def test_long_names_are_capped_by_characters_and_by_utf8_bytes():
    ascii_name = attachment_file_name("x" * 500 + ".png", "png")
    assert ascii_name == "x" * MAX_STEM_CHARACTERS + ".png"
    cjk = attachment_file_name(LONG_CJK, "jpg")
    assert cjk.startswith("长") and cjk.endswith(".jpg")
    assert len(cjk.encode()) <= MAX_FILE_NAME_BYTES < len(("长" * MAX_STEM_CHARACTERS + ".jpg").encode())
    assert cjk == "长" * ((MAX_FILE_NAME_BYTES - len(".jpg")) // 3) + ".jpg"


@given(st.text(max_size=400), st.sampled_from([kind.extension for kind in ACCEPTED_KINDS]))
@settings(max_examples=300, deadline=None)
def test_any_name_becomes_a_safe_nfc_name_with_the_sniffed_extension(client_name: str, extension: str):
    stored = attachment_file_name(client_name, extension)
    stem, dot, suffix = stored.rpartition(".")
    assert (dot, suffix) == (".", extension)
    assert stem and not stem.startswith((".", " ")) and not stem.endswith((".", " "))
    assert unicodedata.is_normalized("NFC", stored)
    assert not any(ch in '/\\<>:"|?*' for ch in stored)
    assert all(unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"} for ch in stored)
    assert len(stem) <= MAX_STEM_CHARACTERS and len(stored.encode()) <= MAX_FILE_NAME_BYTES
    assert attachment_file_name(stored, extension) == stored  # a stored name passes through unchanged


@pytest.mark.parametrize(
    ("stored", "header"),
    [
        ("leak.png", "attachment; filename=\"leak.png\"; filename*=UTF-8''leak.png"),
        ("扫描枪.png", "attachment; filename=\"attachment.png\"; filename*=UTF-8''%E6%89%AB%E6%8F%8F%E6%9E%AA.png"),
        ("café menu.png", "attachment; filename=\"cafe menu.png\"; filename*=UTF-8''caf%C3%A9%20menu.png"),
        ("收据 2026.jpg", "attachment; filename=\"_ 2026.jpg\"; filename*=UTF-8''%E6%94%B6%E6%8D%AE%202026.jpg"),
        ("it's 100%.png", "attachment; filename=\"it's 100%.png\"; filename*=UTF-8''it%27s%20100%25.png"),
        ("😀.ogg", "attachment; filename=\"attachment.ogg\"; filename*=UTF-8''%F0%9F%98%80.ogg"),
        ("a;b=c,d.png", "attachment; filename=\"a;b=c,d.png\"; filename*=UTF-8''a%3Bb%3Dc%2Cd.png"),
    ],
)
def test_downloads_name_the_file_for_old_and_new_user_agents(stored: str, header: str):
    assert content_disposition(stored) == header


@given(st.text(min_size=1, max_size=200))
@settings(max_examples=300, deadline=None)
def test_the_disposition_header_is_plain_ascii_and_decodes_to_the_name(stored: str):
    header = content_disposition(stored)
    header.encode("ascii")
    assert all(0x20 <= ord(ch) < 0x7F for ch in header)
    fallback = header.split('filename="', 1)[1].split('"; filename*=', 1)[0]
    assert '"' not in fallback and "\\" not in fallback
    encoded = header.rsplit("filename*=UTF-8''", 1)[1]
    assert unquote(encoded, errors="strict") == stored
