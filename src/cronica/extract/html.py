"""Main text and metadata from HTML. The only module that imports trafilatura."""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
from lxml.etree import ParserError

from ..dates.page import DateCandidate, html_candidates

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
    title = doc.title or _head_title(tree)
    text = _drop_leading_title(doc.text or "", title)
    if doc.date and not any(d.role == "published" for d in dates):
        dates += (DateCandidate(value=doc.date[:10], role="published", source="htmldate", trusted=True,
                                evidence=doc.date),)
    return HtmlExtraction(title=title, text=text, author=doc.author, sitename=doc.sitename or domain_of(url),
                          dates=dates)


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
