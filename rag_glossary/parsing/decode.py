"""Bytes of a corpus file to text: UTF-8 (BOM tolerated), UTF-16 / UTF-32 with a BOM, else
cp1252/latin-1."""

from __future__ import annotations

from dataclasses import dataclass

_PROBE = 8192
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")
# Invisible marks no reader sees ("vorge\u200bgangen"): zero-width space, word joiner, soft
# hyphen. Left in, they split a word for the index and print inside the answer.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\u00ad"))
# UTF-32 first: its little-endian BOM opens with UTF-16's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)  # fmt: skip


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None: binary, not text
    warning: str | None = None


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or mostly control characters in the first 8 KB."""
    if b"\x00" in data:
        return True
    probe = data[:_PROBE]
    if not probe:
        return False
    controls = sum(1 for b in probe if b < 32 and b not in _TEXT_CONTROLS)
    return controls * 10 > len(probe)


def bom_encoding(data: bytes) -> str | None:
    """``utf-16`` / ``utf-32`` when the bytes open with that encoding's byte-order mark."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def utf8_head(head: bytes) -> bytes:
    """The first bytes of a file as UTF-8 (a UTF-16 / UTF-32 file's re-encoded, its BOM and a
    code unit cut at the end dropped), for byte patterns that sniff a format."""
    encoding = bom_encoding(head)
    if encoding is None:
        return head.removeprefix(b"\xef\xbb\xbf")
    return head.decode(encoding, errors="ignore").lstrip("\ufeff").encode("utf-8")


def _visible(text: str) -> str:
    return text.translate(_INVISIBLE)


def decode(data: bytes, name: str) -> Decoded:
    """The text of a file's bytes, with a warning when it was not UTF-8.

    A file with NUL bytes or mostly control characters is binary (``text`` is None).
    """
    if (encoding := bom_encoding(data)) is not None:
        try:
            return Decoded(_visible(data.decode(encoding)))
        except UnicodeDecodeError:
            return Decoded(None, f"skipped {name}: binary or corrupt {encoding.upper()} file")
    if looks_binary(data):
        return Decoded(None, f"skipped {name}: binary file, not text")
    try:
        return Decoded(_visible(data.decode("utf-8-sig")))
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}"
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(text, f"{name}: not valid UTF-8 ({where}), read as {encoding}")
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover
