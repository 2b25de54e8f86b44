"""Attachment file names: what a client called a file, kept in its own script, made safe to store,
show and hand back to a browser.

Staff name photos in Chinese ("扫描枪.jpg"), so names keep every letter, mark, digit, symbol and
emoji. What goes: any path before the name (only the last component counts), control and format
characters (a right-to-left override can disguise "gpj.exe" as "exe.jpg"), unassigned and
private-use code points, characters that file systems refuse, leading dots (hidden files) and
trailing dots and spaces. Names are NFC-normalised (one spelling per name), capped in characters
and in UTF-8 bytes, and always end with the extension of the type sniffed from the bytes.

On download, RFC 6266 `Content-Disposition` carries an ASCII `filename` for old user agents and
the exact name as RFC 5987 `filename*`.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

FALLBACK_STEM = "attachment"
MAX_STEM_CHARACTERS = 100
# Well under the 255 bytes most file systems allow in a name, extension included.
MAX_FILE_NAME_BYTES = 240

_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_PATH_SEPARATORS = re.compile(r"[/\\]")
# What Windows refuses in names besides the separators; replaced, so the name keeps its shape.
_RESERVED = frozenset('<>:"|?*')
_SPACES = re.compile(r" {2,}")
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
)
# RFC 5987 attr-char, besides letters and digits: sent as they are; anything else is percent-encoded.
_ATTR_CHARS = "!#$&+-.^_`|~"
_NOT_PLAIN_ASCII = re.compile(r'[^\x20-\x7e]+|["\\]')


def _clean(text: str) -> str:
    kept = []
    for character in text:
        category = unicodedata.category(character)
        if category in _DROPPED_CATEGORIES:
            continue
        if category == "Zs":
            kept.append(" ")
        elif character in _RESERVED:
            kept.append("_")
        else:
            kept.append(character)
    return _SPACES.sub(" ", "".join(kept))


def attachment_file_name(client_name: str | None, extension: str) -> str:
    """The name to store for an upload called `client_name` whose bytes were sniffed as `extension`.

    A pure function: the same input always gives the same name, and a stored name passes through
    unchanged.
    """
    # Normalised after cleaning: a dropped zero-width character may have kept a mark from its letter.
    name = unicodedata.normalize("NFC", _clean(_PATH_SEPARATORS.split(client_name or "")[-1])).strip(". ")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = stem.strip(". ")
    if stem.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
        stem = f"_{stem}"
    stem = stem[:MAX_STEM_CHARACTERS]
    budget = MAX_FILE_NAME_BYTES - len(extension.encode()) - 1
    while len(stem.encode()) > budget:
        stem = stem[:-1]
    # Cutting may leave a dot or space at the end.
    stem = stem.strip(". ") or FALLBACK_STEM
    return f"{stem}.{extension}"


def ascii_file_name(file_name: str) -> str:
    """An ASCII stand-in for user agents that ignore `filename*`: accents dropped ("café" ->
    "cafe"), other runs of non-ASCII replaced by "_", and "attachment" when no letter or digit is
    left of the stem."""
    decomposed = unicodedata.normalize("NFKD", file_name)
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _NOT_PLAIN_ASCII.sub("_", without_marks)
    stem, dot, extension = plain.rpartition(".")
    if not dot:
        stem, extension = plain, ""
    if not any(c.isalnum() for c in stem):
        stem = FALLBACK_STEM
    return f"{stem}.{extension}" if dot else stem


def content_disposition(file_name: str) -> str:
    """The RFC 6266 header that makes a browser save the file under `file_name` (RFC 5987
    `filename*`), with an ASCII `filename` first for user agents that know only that."""
    encoded = quote(file_name, safe=_ATTR_CHARS, encoding="utf-8")
    return f"attachment; filename=\"{ascii_file_name(file_name)}\"; filename*=UTF-8''{encoded}"
