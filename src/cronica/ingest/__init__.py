"""Readers: files and folders, HTML, text dumps, markdown, JSON Lines, WARC -> Page records.

Every input becomes a ``Page`` or a ``Rejection`` with a named reason; nothing raises out of
``iter_pages`` for bad input, so one bad file never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path

from ..records import Drop, Page, Rejection
from .crawl import iter_jsonl_pages, iter_warc_pages
from .page import MAX_BYTES, kind_from_name, now_iso, page_from_bytes, sniff_kind

__all__ = ["iter_pages", "page_from_bytes", "sniff_kind", "now_iso", "MAX_BYTES"]

def _mtime_iso(path: Path) -> str:
    ts = path.stat().st_mtime
    return datetime.fromtimestamp(ts, timezone.utc).replace(microsecond=0).isoformat()


def iter_files(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """Yield (source as given, path) for every file under the paths, sorted; (source, None) if missing."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)):
                yield str(child), child
        elif path.is_file():
            yield given, path
        else:
            yield given, None


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def iter_pages(paths: Iterable[str], *, max_bytes: int = MAX_BYTES) -> Iterator[Page | Rejection]:
    """Yield a Page or a Rejection for every document in the files and folders given."""
    for source, path in iter_files(paths):
        if path is None:
            yield Rejection(source=source, reason="not found")
            continue
        yield from _iter_file(source, path, max_bytes)


def _iter_file(source: str, path: Path, max_bytes: int) -> Iterator[Page | Rejection]:
    try:
        if kind_from_name(path.name) in ("jsonl", "warc"):
            yield from _READERS[kind_from_name(path.name)](path, source, max_bytes=max_bytes)
            return
        size = path.stat().st_size
        if size == 0:
            yield Rejection(source=source, reason="empty")
            return
        if size > max_bytes:
            yield Rejection(source=source, reason="too large", detail=f"{size:,} bytes > {max_bytes:,}")
            return
        raw = path.read_bytes()
        kind = sniff_kind(raw, path.name)
        if kind in _READERS:
            yield from _READERS[kind](path, source, max_bytes=max_bytes)
            return
    except OSError as err:
        yield Rejection(source=source, reason="unreadable", detail=err.strerror or str(err))
        return
    if kind == "binary":
        yield Rejection(source=source, reason="binary", detail="compressed data that is not WARC")
        return
    try:
        yield page_from_bytes(raw, source, kind=kind, seen_at=_mtime_iso(path))
    except Drop as drop:
        yield Rejection(source=source, reason=drop.reason, detail=drop.detail)


_READERS = {"jsonl": iter_jsonl_pages, "warc": iter_warc_pages}
