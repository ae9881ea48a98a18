"""Main text and metadata from HTML. The only module that imports trafilatura."""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
from lxml.etree import ParserError

from ..dates.page import DateCandidate, html_candidates, shown_candidates
from ..dates.shown import find_shown_dates, headline_element, is_month_first

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s+::\s+")


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    title: str | None
    text: str
    author: str | None
    sitename: str | None
    dates: tuple[DateCandidate, ...]


def parse_tree(html: str):
    """Return an lxml tree for the page, or None for markup lxml cannot read at all."""
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8", recover=True))
    except (ParserError, ValueError):
        return None


def extract_html(html: str, url: str | None = None, *, favor_precision: bool = False) -> HtmlExtraction:
    """Return the main text (paragraphs separated by newlines) and metadata of an HTML page."""
    import trafilatura

    tree = parse_tree(html)
    dates = tuple(html_candidates(tree)) if tree is not None else ()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          favor_precision=favor_precision, include_tables=True,
                                          deduplicate=False)
    if doc is None:
        return HtmlExtraction(title=_head_title(tree), text="", author=None, sitename=None, dates=dates)
    title = choose_title(doc.title, tree)
    text = _drop_leading_title(doc.text or "", title)
    if doc.date and not any(d.role == "published" for d in dates):
        dates += (DateCandidate(value=doc.date[:10], role="guess", source="htmldate (via trafilatura)",
                                trusted=True, evidence=doc.date),)
    if tree is not None:
        markup = {d.value for d in dates} | ({doc.date[:10]} if doc.date else set())
        shown = find_shown_dates(tree, headline_element(tree, title), is_month_first(tree))
        dates += tuple(shown_candidates(shown, markup))
    return HtmlExtraction(title=title, text=text, author=doc.author, sitename=doc.sitename or domain_of(url),
                          dates=dates)


def choose_title(found: str | None, tree) -> str | None:
    """Return the headline: the <h1> when the page's <title> or og:title starts like it, else the longest
    part of the title once the site name is split off."""
    if tree is None:
        return found
    heads = [" ".join(t.split()) for t in tree.xpath("//title/text()|//meta[@property='og:title']/@content")]
    parts = [p.strip() for h in heads + ([found] if found else []) for p in _TITLE_SPLIT.split(h) if p.strip()]
    for h1 in (" ".join(h.text_content().split()) for h in tree.iter("h1")):
        if len(h1.split()) >= 3 and any(_same_start(h1, p) for p in parts):
            return h1
    if found and _TITLE_SPLIT.search(found):
        found = max(_TITLE_SPLIT.split(found), key=len).strip()
    longest = max(parts, key=len, default=None)
    if longest and (not found or len(longest) > len(found) and found in parts):
        found = longest  # the extractor took the site-name part of "Site - Headline"
    if found:
        return _fuller_headline(found, tree) or found
    return _head_title(tree)


def _fuller_headline(title: str, tree) -> str | None:
    """Return a headline element of the body that starts like the title but says more (titles get cut)."""
    for el in tree.iter("h1", "h2", "div", "span", "p", "strong"):
        text = " ".join(el.text_content().split())
        if len(title) < len(text) <= 250 and _same_start(title, text) and len(el) <= 3:
            return text
    return None


def _same_start(a: str, b: str) -> bool:
    n = min(len(a), len(b), 25)
    return n >= 12 and a[:n].lower() == b[:n].lower()


def _head_title(tree) -> str | None:
    if tree is None:
        return None
    for xpath in ('//meta[@property="og:title"]/@content', "//h1//text()", "//title/text()"):
        found = " ".join(t.strip() for t in tree.xpath(xpath) if t.strip())
        if found:
            return _TITLE_SPLIT.split(found)[0].strip() if xpath.endswith("title/text()") else found
    return None


def _drop_leading_title(text: str, title: str | None) -> str:
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title.strip():
            return rest
    return text


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
