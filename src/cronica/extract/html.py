"""Main text and metadata from HTML. The only module that imports trafilatura (and htmldate, its date finder)."""

from __future__ import annotations

import logging
import re
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ..dates.page import DateCandidate, guess_can_matter, html_candidates, shown_candidates, url_candidates
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
    """Return the page's lxml tree as trafilatura reads it (comments dropped, faulty markup repaired), or None
    for markup it cannot read. One parse serves the extractor, the metadata and the date finders.

    trafilatura's load_html, with one change: every element is a plain HtmlElement. lxml.html's own
    parser picks each element's class (form, input, label ...) in a Python callback, run again each time
    lxml hands out an element (some 5% of the extraction time); nothing here uses those classes."""
    from lxml.html import fromstring
    from trafilatura.utils import repair_faulty_html

    beginning = html[:50].lower()
    html = repair_faulty_html(html, beginning)
    try:
        tree = fromstring(html, parser=_parser())
    except ValueError:  # "Unicode strings with encoding declaration are not supported"
        tree = _parse_bytes(html)
    except Exception:  # noqa: BLE001 - as trafilatura: lxml fails on the text, the bytes may do
        tree = None
    if tree is None or len(tree) < 1:
        tree = _parse_bytes(html)
    if tree is not None and "html" not in beginning and len(tree) < 2:
        return None  # not HTML at all (trafilatura's "dubious HTML" rejection)
    return tree


def _parse_bytes(html: str):
    from lxml.html import fromstring

    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=_parser())
    except Exception:  # noqa: BLE001 - as trafilatura's fromstring_bytes
        return None


@lru_cache(maxsize=1)
def _parser():
    """Return trafilatura's HTML parser settings with a fixed element class (lxml's C-level lookup)."""
    from lxml import etree, html

    parser = etree.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                              remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity))
    return parser


def extract_html(html: str, url: str | None = None, *, favor_precision: bool = False,
                 seen_at: str | None = None) -> HtmlExtraction:
    """Return the main text (paragraphs separated by newlines) and metadata of an HTML page (`seen_at`:
    when it was seen, ISO; later dates are not its publication date)."""
    tree = parse_tree(html)
    if tree is None:
        return HtmlExtraction(title=None, text="", author=None, sitename=None, dates=())
    for other in other_articles(tree):  # an infinite-scroll page holds the next articles too
        other.getparent().remove(other)
    dates = tuple(html_candidates(tree))
    meta = page_metadata(tree, url)
    text = main_text(tree, url or meta.url, favor_precision=favor_precision)
    if text is None:
        return HtmlExtraction(title=_head_title(tree), text="", author=None, sitename=None, dates=dates)
    title = choose_title(meta.title, tree)
    text = _drop_link_teasers(_drop_leading_title(text, title), tree, url or meta.url)
    shown = find_shown_dates(tree, headline_element(tree, title), is_month_first(tree))
    guess = markup_date(tree, meta.url) if _needs_guess(dates, shown, url, seen_at) else None
    if guess and not any(d.role == "published" for d in dates):
        dates += (DateCandidate(value=guess[:10], role="guess", source="htmldate (via trafilatura)",
                                trusted=True, evidence=guess),)
    markup = {d.value for d in dates} | ({guess[:10]} if guess else set())
    dates += tuple(shown_candidates(shown, markup))
    return HtmlExtraction(title=title, text=text, author=meta.author, sitename=meta.sitename or domain_of(url),
                          dates=dates)


def other_articles(tree) -> list:
    """Return the <article> elements of other articles on the page: those an in-page link points to
    ("#article-2") after the first article of the same kind. Infinite-scroll pages preload the next
    articles that way; an extractor would run them into this one. Comments are left to the extractor."""
    ids = {href[1:] for href in (a.get("href", "").strip() for a in tree.iter("a")) if href.startswith("#")}
    ids.discard("")
    if not ids:
        return []
    articles = [el for el in tree.iter("article") if el.get("id") and "comment" not in (el.get("id", "") + el.get("class", "")).lower()]
    out = []
    for el in articles:
        kind = el.get("class", "").split()
        first = next(a for a in articles if a.get("class", "").split() == kind)
        if el.get("id") in ids and first is not el and not any(a is el for a in first.iterancestors()):
            out.append(el)
    return out


def _drop_link_teasers(text: str, tree, url: str | None) -> str:
    """Drop paragraphs (after the first) that are wholly the text of a link to another page of the same
    site: a headline of another article the extractor kept (a related list without a label). Links into
    a page (a table of contents repeats the article's own headings) and links to other sites (a source,
    an event page) do not count; a sentence ending in a full stop and a heading ending in a colon stay."""
    links = None
    out = []
    for i, para in enumerate(text.split("\n")):
        words = para.strip().lstrip(_LIST_MARKS).split()  # "-<a>Headline</a>": a list drawn with dashes
        if i and 4 <= len(words) and len(para) <= LINK_TEASER_CHARS and not para.rstrip().endswith((".", ":")):
            if links is None:
                links = _site_link_texts(tree, domain_of(url))
            if " ".join(words).casefold() in links:
                continue
        out.append(para)
    return "\n".join(out)


LINK_TEASER_CHARS = 150
_LIST_MARKS = "-–—•·»*►▸ "
SITE_LINKS = 5


def _site_link_texts(tree, host: str | None) -> set[str]:
    """Return the texts of the links to other pages of the site: relative, or to the page's own host (when
    the page's address is unknown, the host its links point to most, if at least SITE_LINKS of them do: a
    page links mostly to its own site)."""
    links = [(a, href) for a in tree.iter("a") if "#" not in (href := a.get("href", "#").strip())
             and not href.startswith(("javascript:", "mailto:"))]
    hosts = [domain_of(href) for _, href in links]
    if host is None and any(hosts):
        host, n = Counter(h for h in hosts if h).most_common(1)[0]
        host = host if n >= SITE_LINKS else None
    return {" ".join(a.text_content().split()).casefold() for (a, href), target in zip(links, hosts)
            if target is None and not href.startswith("//") or host and target == host}


def _needs_guess(dates: tuple[DateCandidate, ...], shown: list, url: str | None, seen_at: str | None) -> bool:
    """Whether htmldate's date could change the result: a shown numeric date has two readings and neither
    is a markup date (the guess would pick one), or the markup gives no publication date and no other
    candidate already outranks a guess (a date shown beside the headline, a cued date line, the URL's)."""
    known = {d.value for d in dates}
    if any(s.alt and s.alt not in known and s.value not in known for s in shown):
        return True
    if any(d.role == "published" for d in dates):
        return False
    return guess_can_matter([*shown_candidates(shown), *url_candidates(url)], seen_at)


def main_text(tree, url: str | None, *, favor_precision: bool = False) -> str | None:
    """Return trafilatura's main text of a parsed page (it works on its own copy), or None when it finds none."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(tree, url=url, include_comments=False, favor_precision=favor_precision,
                                          include_tables=True, deduplicate=False)
    return None if doc is None else doc.text or ""


def page_metadata(tree, url: str | None):
    """Return trafilatura's metadata of a parsed page (title, author, URL, site name) without its date.

    trafilatura's own extract_metadata also runs htmldate, reads categories, tags and licence: the date
    search is left to markup_date, run only when cronica's date finders leave a question, and the rest is
    not used.
    """
    from trafilatura import metadata as tm

    meta = tm.examine_meta(tree)
    if meta.author and " " not in meta.author:  # a one-word meta author is a handle (as in trafilatura)
        meta.author = None
    try:
        meta = tm.extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - malformed JSON-LD; trafilatura guards this call the same way
        pass
    meta.title = meta.title or tm.extract_title(tree)
    meta.author = meta.author or tm.extract_author(tree)
    meta.url = meta.url or tm.extract_url(tree, url)
    site = meta.sitename or tm.extract_sitename(tree)
    if site:
        site = site.lstrip("@")  # a Twitter handle
        meta.sitename = site.title() if site and "." not in site and not site[0].isupper() else site
    else:
        meta.sitename = _site_of(meta.url)
    meta.clean_and_trim()
    return meta


def _site_of(url: str | None) -> str | None:
    """Return the host of a URL without "www.", trafilatura's site name of last resort."""
    from trafilatura.metadata import META_URL

    found = META_URL.match(url) if url else None
    return found[1] if found else None


def markup_date(tree, url: str | None) -> str | None:
    """Return htmldate's publication date of a parsed page, with the settings trafilatura gives it."""
    from htmldate import find_date
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params

    params = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    return find_date(tree, **params, url=url)


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
        if len(el) > 3:  # checked first: the text of a page's outer <div>s is most of the page
            continue
        text = " ".join(el.text_content().split())
        if len(title) < len(text) <= 250 and _same_start(title, text):
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


_URL_STRIPPED = dict.fromkeys(map(ord, "\t\r\n"))  # urlsplit drops these anywhere in a URL


def domain_of(url: str | None) -> str | None:
    """Return a URL's host without "www.", or None (no URL, a relative one, or one that does not parse)."""
    if not url or "//" not in url.translate(_URL_STRIPPED):  # a relative link has no host
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[bad" and the like, in a page's links
        return None
    return host.removeprefix("www.") or None
