"""Frozen records passed between stages.

Every record is a plain value: stages return new records (``dataclasses.replace``)
instead of mutating. Ids are content hashes so that re-running is idempotent.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

record = dataclass(frozen=True, slots=True, kw_only=True)


def content_id(*parts: str | bytes, size: int = 16) -> str:
    """Return a hex content hash of the parts (order matters)."""
    h = hashlib.blake2b(digest_size=size // 2)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


class Drop(Exception):
    """Raised by a stage that rejects an item; the runner counts it by ``reason``."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason if not detail else f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@record
class Page:
    """What was ingested, byte for byte, with where it came from and when."""

    id: str
    source: str  # file path as given, or the record's URL for JSONL and WARC input
    url: str | None
    kind: str  # html | text | markdown
    raw: bytes
    text: str  # decoded content (HTML source for html pages)
    encoding: str | None
    seen_at: str  # ISO datetime the page was seen (crawl time, file time)
    title_hint: str | None = None
    date_hint: str | None = None  # a date given by the crawler record
    date_hint_role: str | None = None  # published | crawl
    outlet_hint: str | None = None
    lang_hint: str | None = None


@record
class DateCandidate:
    """A date found on a page, with its role and where it came from."""

    value: str  # ISO date YYYY-MM-DD
    # published | shown | shown_updated | updated | header_clock | url | related | comment | date_line |
    # mentioned | guess | crawl | dateline | hint (cronica.dates.page)
    role: str
    source: str  # e.g. "meta article:published_time", "text line 3", "url"
    trusted: bool  # may be used as a publication date
    evidence: str = ""  # the matched text
    start: int | None = None
    end: int | None = None


@record
class Dateline:
    place: str
    date: str | None  # ISO date when resolvable
    agency: str | None
    surface: str


@record
class EntityMention:
    name: str  # canonical name
    type: str  # PER | ORG | LOC | MISC
    surface: str
    start: int
    end: int


@record
class Quote:
    text: str
    speaker: str | None
    kind: str  # direct | indirect | mixed | statement
    cue: str | None
    intermediary: str | None
    start: int
    end: int


@record
class Flag:
    kind: str  # e.g. recycled
    reason: str


@record
class Evidence:
    """One row of the evidence ledger: a conclusion and what led to it."""

    subject: str  # article or story id
    kind: str  # event_date | published | copy_link | story_member | quote_speaker | recycled | lang ...
    claim: str  # the conclusion, e.g. "2025-06-12"
    rule: str  # which rule or score produced it
    detail: str = ""  # readable explanation
    score: float | None = None
    ref: str | None = None  # another article/story id, or a reference date
    start: int | None = None
    end: int | None = None


@record
class Article:
    """The main text of a page with its metadata and facts."""

    id: str
    page_id: str
    source: str
    url: str | None
    title: str | None
    text: str
    lang: str | None = None
    outlet: str | None = None
    byline: str | None = None
    agency: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    dates: tuple[DateCandidate, ...] = ()
    event_date: str | None = None
    seen_at: str | None = None
    entities: tuple[EntityMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    flags: tuple[Flag, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@record
class CopyLink:
    """A directed or undirected link between two articles of one copy group."""

    source: str  # the earlier / original article when direction is known
    target: str
    kind: str  # exact | near | containment | rewrite
    similarity: float
    directed: bool
    reason: str = ""


@record
class CopyGroup:
    id: str
    members: tuple[str, ...]
    origin: str | None  # article id printed first, when known
    links: tuple[CopyLink, ...] = ()


@record
class Story:
    id: str
    title: str | None
    event_date: str | None
    articles: tuple[str, ...]
    first_published: str | None = None
    outlets: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()
    storyline: str | None = None
    actors: tuple[str, ...] = ()  # the people most of its articles name
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)


@record
class Rejection:
    """An input that did not become a page or an article, with its named reason."""

    source: str
    reason: str  # empty | binary | too large | undecodable | not a page | no main text | unreadable ...
    detail: str = ""
    page_id: str | None = None
