"""One document's bytes -> a Page: kind sniffing, decoding, content-hash id."""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone

from ..records import Drop, Page, content_id
from .decode import decode_bytes, declared_charset

MAX_BYTES = 20 * 1024 * 1024  # larger inputs are reported as "too large"

_EXT_KIND = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".php": "html", ".asp": "html",
    ".aspx": "html", ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc", ".arc": "warc",
}
_HTML_SNIFF = re.compile(rb"<(!doctype html|html|head|body|div|p|article|meta|title)\b", re.IGNORECASE)
_MD_SNIFF = re.compile(r"^(#{1,6} \S|!\[[^\]]*\]\(|\* \[[^\]]+\]\(|\[[^\]]+\]\(https?://)", re.MULTILINE)


def kind_from_name(name: str) -> str | None:
    """Return the input kind a file name announces, or None."""
    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    if lower.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    return _EXT_KIND.get(os.path.splitext(lower)[1])


def sniff_kind(raw: bytes, name: str = "") -> str:
    """Return html | text | markdown | jsonl | warc | binary from the file name, else from the bytes."""
    kind = kind_from_name(name)
    if kind:
        return kind
    if raw[:2] == b"\x1f\x8b":
        return "warc" if b"WARC/" in _peek_gzip(raw) else "binary"
    head = raw[:4096].lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"{") and b"\n{" in raw[:65536]:
        return "jsonl"
    if _HTML_SNIFF.search(head):
        return "html"
    text = head.decode("utf-8", errors="ignore")
    return "markdown" if len(_MD_SNIFF.findall(text)) >= 2 else "text"


def _peek_gzip(raw: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(raw[:8192], 512)
    except zlib.error:
        return b""


def page_from_bytes(
    raw: bytes,
    source: str,
    *,
    kind: str | None = None,
    url: str | None = None,
    seen_at: str | None = None,
    charset: str | None = None,
    **hints: str | None,
) -> Page:
    """Return a Page for one document's bytes; raises Drop (empty, binary, undecodable)."""
    kind = kind or sniff_kind(raw, source)
    if kind not in ("html", "text", "markdown"):
        raise Drop("not a page", f"{kind} input is a container, not one page")
    declared = charset or (declared_charset(raw) if kind == "html" else None)
    text, encoding = decode_bytes(raw, declared)
    if not text.strip():
        raise Drop("empty")
    return Page(
        id=content_id(kind, url or "", raw),
        source=source,
        url=url,
        kind=kind,
        raw=raw,
        text=text,
        encoding=encoding,
        seen_at=seen_at or now_iso(),
        title_hint=hints.get("title_hint"),
        date_hint=hints.get("date_hint"),
        date_hint_role=hints.get("date_hint_role"),
        outlet_hint=hints.get("outlet_hint"),
        lang_hint=hints.get("lang_hint"),
    )


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
