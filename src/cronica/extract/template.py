"""Site templates learned from the corpus: lines that repeat across pages of one outlet are boilerplate.

Menus, footers, newsletter boxes, "Lea también" headers, login boxes and share buttons come back
on every page of a site, with wording no generic rule knows. Every page's lines are counted per
site; a line seen on MIN_PAGES or more different pages of the same site is part of its template
and removed from later pages, HTML and text alike.

How a site is recognised: by the page URL's host; without a URL, by the outlet a crawler record
names; without either (a bare text dump), by the first short line of the dump (dumps of one site
start with the same header: the site name or its menu) or the name in a copyright line.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import xxhash

from ..boilerplate import copyright_owner
from ..facts.lexicon import fold
from ..records import Page

MIN_PAGES = 3  # a line on this many pages of one site is template
MAX_TEMPLATE_LINE = 300  # longer lines are prose, never template
_SPACE = re.compile(r"\s+")


def line_key(line: str) -> int:
    """Return the hash of a line, normalised for case, accents, digits and spacing."""
    norm = _SPACE.sub(" ", re.sub(r"\d+", "0", fold(line))).strip()
    return xxhash.xxh64_intdigest(norm.encode()) & 0x7FFFFFFFFFFFFFFF


def site_key(page: Page) -> str | None:
    """Return the site a page belongs to: its host, its outlet, or its dump header."""
    if page.url:
        host = (urlsplit(page.url).hostname or "").removeprefix("www.")
        if host:
            return host
    if page.outlet_hint:
        return "outlet:" + fold(page.outlet_hint)
    if page.kind == "html":
        return None
    lines = [line.strip() for line in page.text.splitlines() if line.strip()]
    owner = copyright_owner(lines[-15:])
    if owner:
        return "outlet:" + fold(owner)
    if lines and len(lines[0]) <= 60:
        return "header:" + fold(lines[0])
    return None


def candidate_lines(lines: list[str]) -> set[int]:
    """Return the keys of the lines of a page that could be template (short enough, not empty)."""
    return {line_key(t) for t in lines if t.strip() and len(t) <= MAX_TEMPLATE_LINE}


class SiteTemplates:
    """Counts lines per site as pages arrive; answers which lines are a site's template."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter] = {}
        self.pending: dict[str, Counter] = {}  # increments not yet persisted

    def load(self, site: str, key: int, pages: int) -> None:
        self.counts.setdefault(site, Counter())[key] = pages

    def template(self, site: str | None) -> frozenset[int]:
        if site is None or site not in self.counts:
            return frozenset()
        return frozenset(k for k, n in self.counts[site].items() if n >= MIN_PAGES)

    def observe(self, site: str | None, keys: set[int]) -> None:
        if site is None:
            return
        self.counts.setdefault(site, Counter()).update(keys)
        self.pending.setdefault(site, Counter()).update(keys)

    def take_pending(self) -> dict[str, Counter]:
        pending, self.pending = self.pending, {}
        return pending
