"""Bytes to text: charset detection for pages, binary and junk detection."""

from __future__ import annotations

import codecs
import re

from ..records import Drop

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""", re.IGNORECASE)
# WHATWG: labels for Latin-1 and ASCII mean windows-1252 on the web.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
            "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252", "x-user-defined": "cp1252"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def declared_charset(raw: bytes) -> str | None:
    """Return the charset a page declares in a BOM, <meta> or XML prolog, normalised."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    head = raw[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def is_binary(raw: bytes) -> bool:
    """True when the bytes look like a binary file rather than text of some encoding."""
    head = raw[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text has NULs by design
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # the control bytes left, counted in C
    return controls / len(head) > 0.05


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _valid_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding) for page bytes; raises Drop for binary or undecodable input.

    Order: BOM, then valid UTF-8 (a page that declares a legacy charset but is valid UTF-8 is
    UTF-8 in practice), then the declared charset, then charset detection, then cp1252.
    """
    if not raw.strip():
        raise Drop("empty")
    if is_binary(raw):
        raise Drop("binary", "control bytes in the first 8 KB")
    declared = declared or declared_charset(raw)
    if declared in ("utf-8-sig", "utf-16"):
        return raw.decode(declared, errors="replace"), declared
    if _valid_utf8(raw):
        return raw.decode("utf-8"), "utf-8"
    if declared == "utf-8" or _mostly_utf8(raw):
        # Mixed encodings: UTF-8 pages with stray cp1252 bytes (pasted legacy text).
        return raw.decode("utf-8", errors="cp1252-fallback"), "utf-8+cp1252"
    western = _western_share(raw)
    guesses = ("cp1252",) if western >= 0.9 else (_detect(raw), "cp1252")
    for candidate in filter(None, (declared, *guesses)):
        try:
            text = raw.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_like_text(text):
            return text, candidate
    text = raw.decode("utf-8", errors="replace")
    if text.count("\ufffd") / max(len(text), 1) > 0.02:
        raise Drop("undecodable", "no charset decodes the bytes cleanly")
    return text, "utf-8"


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error("cp1252-fallback", _cp1252_fallback)


def _mostly_utf8(raw: bytes) -> bool:
    """True when the non-ASCII bytes are mostly well-formed UTF-8 sequences."""
    multi = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", raw[:200_000]))
    stray = len(re.findall(rb"[\x80-\xff]", raw[:200_000]))
    return multi >= 3 and multi * 2 >= stray * 0.6


_WESTERN = frozenset("áéíóúñüçàèìòùâêîôûäëïöÿãõåæøœßÁÉÍÓÚÑÜÇÀÈÌÒÙÂÊÎÔÛÄËÏÖÃÕÅÆØŒ«»“”‘’–—…¿¡°ºª€·´¨©®")


def _western_share(raw: bytes) -> float:
    """Return the share of non-ASCII characters that are Western European letters when read as cp1252.

    Charset detectors often take short Spanish pages for cp1250 or cp1257; when cp1252 reads the
    bytes as accented Latin letters and typographic marks, cp1252 is the answer.
    """
    text = raw[:200_000].decode("cp1252", errors="replace")
    high = [c for c in text if ord(c) > 127]
    return sum(c in _WESTERN for c in high) / len(high) if high else 1.0


def _detect(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    return best.encoding if best is not None else None


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL.findall(text[:20000])) / min(len(text), 20000) < 0.01
