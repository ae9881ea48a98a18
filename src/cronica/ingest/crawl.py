"""Crawler containers: JSON Lines records and WARC response records -> Pages."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from ..records import Drop, Page, Rejection
from .page import page_from_bytes, sniff_kind

_TEXT_FIELDS = ("html", "raw_html", "content_html", "text", "content", "body", "markdown")
_URL_FIELDS = ("url", "link", "canonical_url", "target_uri")
_DATE_FIELDS = ("date", "published", "publish_date", "date_published", "pubdate")
_CRAWL_FIELDS = ("crawled", "crawl_date", "fetched", "fetch_time", "timestamp", "seen_at")


def _first(record: dict, names: tuple[str, ...]) -> tuple[str | None, str | None]:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return name, value
    return None, None


def page_from_record(record: dict, source: str, line_no: int, max_bytes: int) -> Page:
    """Return a Page for one crawler record; raises Drop with the reason."""
    if not isinstance(record, dict):
        raise Drop("not a page", "JSON value is not an object")
    field, body = _first(record, _TEXT_FIELDS)
    if body is None:
        raise Drop("empty", f"no {'/'.join(_TEXT_FIELDS[:4])} field")
    raw = body.encode("utf-8")
    if len(raw) > max_bytes:
        raise Drop("too large", f"{len(raw):,} bytes > {max_bytes:,}")
    _, url = _first(record, _URL_FIELDS)
    kind = {"markdown": "markdown"}.get(field) or (
        "html" if field.endswith("html") else sniff_kind(raw, "")
    )
    if kind not in ("html", "text", "markdown"):
        kind = "text"
    _, date = _first(record, _DATE_FIELDS)
    _, crawled = _first(record, _CRAWL_FIELDS)
    role = record.get("date_role") if record.get("date_role") in ("published", "crawl") else "published"
    seen = crawled or (date if role == "crawl" else None)
    return page_from_bytes(
        raw,
        url or f"{source}#{line_no}",
        kind=kind,
        url=url,
        seen_at=seen,
        title_hint=_str(record.get("title")),
        date_hint=date,
        date_hint_role=role if date else None,
        outlet_hint=_str(record.get("outlet") or record.get("site") or record.get("source")),
        lang_hint=_str(record.get("lang") or record.get("language")),
    )


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def iter_jsonl_pages(path: Path, source: str, *, max_bytes: int) -> Iterator[Page | Rejection]:
    """Yield a Page or Rejection per line of a JSON Lines file (optionally gzipped)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            for line_no, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{source}#{line_no}"
                try:
                    record = json.loads(line)
                    yield page_from_record(record, source, line_no, max_bytes)
                except json.JSONDecodeError as err:
                    yield Rejection(source=where, reason="bad record", detail=f"invalid JSON: {err.msg}")
                except UnicodeDecodeError:
                    yield Rejection(source=where, reason="undecodable", detail="line is not UTF-8")
                except Drop as drop:
                    yield Rejection(source=where, reason=drop.reason, detail=drop.detail)
    except (OSError, EOFError) as err:
        yield Rejection(source=source, reason="unreadable", detail=str(err))


def iter_warc_pages(path: Path, source: str, *, max_bytes: int) -> Iterator[Page | Rejection]:
    """Yield a Page or Rejection per WARC response record with an HTML or text payload."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response":
                    continue
                yield _warc_page(record, source, max_bytes)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        yield Rejection(source=source, reason="bad record", detail=f"WARC: {err}")


def _warc_page(record, source: str, max_bytes: int) -> Page | Rejection:
    url = record.rec_headers.get_header("WARC-Target-URI") or source
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
    if content_type and not any(t in content_type for t in ("html", "text", "xml")):
        return Rejection(source=url, reason="not a page", detail=content_type)
    raw = record.content_stream().read(max_bytes + 1)
    if len(raw) > max_bytes:
        return Rejection(source=url, reason="too large", detail=f"> {max_bytes:,} bytes")
    try:
        kind = "text" if "text/plain" in content_type else "html"
        charset = content_type.lower().partition("charset=")[2].strip(" ;\"'") or None
        return page_from_bytes(raw, url, kind=kind, url=url, charset=_known_charset(charset),
                               seen_at=record.rec_headers.get_header("WARC-Date"))
    except Drop as drop:
        return Rejection(source=url, reason=drop.reason, detail=drop.detail)


def _known_charset(label: str | None) -> str | None:
    import codecs

    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name in ("iso8859-1", "ascii") else name
