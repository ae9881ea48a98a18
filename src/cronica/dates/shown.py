"""Dates shown in the text of an HTML page, each with the zone it sits in.

A reader (and whoever labels a page) dates an article by the date printed beside its headline or
byline ("Veröffentlicht am 12.03.2019", "March 3, 2019 / 12:25 PM", "Publié le 3 mars 2019"), not by
the markup. This module finds those dates in one walk over the already parsed tree:

- every text node with a full date (day, month, year) in German, English, French, Spanish, Italian,
  Dutch or Portuguese writing, or numeric (ISO, d.m.y, d/m/y, m/d/y when the day says so);
- the short text of an element whose class, id or itemprop says date/time/byline, when its date is
  split over child elements.

Each date gets a zone from its ancestors: related (teaser lists, sidebars, navigation, the site
footer), comment, site_header (the site's own header, where a clock shows the viewing day) or
article; a cue word before it ("Veröffentlicht", "posted", "Aktualisiert", "updated"); whether its
element is marked as a date; and its distance in characters from the headline element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date

from lxml.etree import iterwalk

from ..boilerplate import is_weather_line

_MONTHS = {
    1: "jan januar jänner january janvier janv enero ene gennaio januari janeiro",
    2: "feb februar february février fevrier févr fevr febrero febbraio februari fevereiro",
    3: "mar mär märz maerz march mars marzo maart março marco",
    4: "apr april avril avr abril abr aprile",
    5: "mai may mayo maggio mei maio",
    6: "jun juni june juin junio giugno junho",
    7: "jul juli july juillet juil julio luglio julho",
    8: "aug august août aout agosto augustus ago",
    9: "sep sept september septembre septiembre setiembre settembre setembro set",
    10: "oct okt oktober october octobre octubre ottobre outubro out",
    11: "nov november novembre noviembre novembro",
    12: "dec dez dezember december décembre decembre déc dic diciembre dicembre dezembro",
}
MONTH_NUMBERS = {name: n for n, names in _MONTHS.items() for name in names.split()}
_MO = "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True))
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"(?<![\d.])(?P<iy>{_YEAR})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?![\d])"
    rf"|(?<![\d.,])(?P<nd>\d{{1,2}})(?P<sep>[./-])\s?(?P<nm>\d{{1,2}})(?P=sep)\s?(?P<ny>{_YEAR}|\d{{2}})(?![\d]|\.\d)"
    rf"|(?<![\d.])(?P<wd>\d{{1,2}})(?:\.|er|º|°)?\s*(?:de\s+)?(?P<wm>{_MO})\.?,?\s+(?:de\s+)?(?P<wy>{_YEAR})(?!\d)"
    rf"|\b(?P<mm>{_MO})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>{_YEAR})(?!\d)",
    re.IGNORECASE,
)
_QUICK = re.compile(rf"{_YEAR}|\d[./-]\d{{2}}(?!\d)")  # every full date holds a year or ends in d.yy

# a cue stands right before the date: "Veröffentlicht am 12.03.2019", "Posted on March 3, 2019", "Publié le"
_PUBLISHED_CUE = re.compile(
    r"(?:ver[öo]ffentlicht|erschienen|erstellt|publiziert|eingestellt|geschrieben|datum|stand|published|posted|"
    r"written|date|publié|publie|publicado|publicada|fecha|pubblicato|gepubliceerd|publicação)\b"
    r"[^\d]{0,20}$",
    re.IGNORECASE,
)
_UPDATED_CUE = re.compile(
    r"(?:aktualisiert|aktualisierung|geändert|updated?|modifi\w*|mis à jour|mise à jour|actualizad[oa]|"
    r"actualización|aggiornat[oa]|bijgewerkt|zuletzt)\b[^\d]{0,20}$",
    re.IGNORECASE,
)
_DATELINE_PLACE = re.compile(r"\s*[A-ZÄÖÜ][^\d,()|:]{1,40},\s*\(?$")
_DATELINE_END = re.compile(r"\)?\s*[.:–—-]\s")
_DATE_WORDS = ("date", "datum", "time", "zeit", "publi", "posted", "byline", "fecha", "meta", "info", "created",
               "stand", "when", "entry-head", "article-head", "artikel-head", "post-head", "autor", "author", "credit")
_DATE_MARK = re.compile("|".join(_DATE_WORDS))
_RELATED_MARK = re.compile(
    r"related|relacionad|sidebar|widget|teaser|recommend|empfehl|mehr-zum|more-from|most-read|mas-leid|"
    r"popular|trending|carousel|swiper|slider|newsticker|ticker|archive|archiv|calendar|kalender|breadcrumb|"
    r"also|weitere|next|prev|pager|pagination|menu|navbar|share|embed|instagram|tweet"
)
_COMMENT_MARK = re.compile(r"comment|kommentar|reply|respond|disqus|discussion|userinfo|forum")
_SITE_MARK = re.compile(r"^(?:site-?|page-?|main-?|global-?)?(?:header|masthead|topbar|top-bar|navbar)")
_SKIP = frozenset(("script", "style", "noscript", "template", "select", "option", "button", "svg"))
_CONTAINERS = frozenset(("article", "main"))
_CUE_LEAD = 80  # at most this much text before a cued date ("von <author> · Veröffentlicht am")
_MARKED_TEXT = 120  # a marked element's text longer than this is a block, not a date


@dataclass(frozen=True, slots=True)
class ShownDate:
    value: str  # YYYY-MM-DD
    zone: str  # article | related | comment | site_header
    cue: str | None  # published | updated | None
    marked: bool  # its element (or a near ancestor) is marked as a date, time or byline
    at: int  # characters of page text before it
    length: int  # length of the text it was read from: a byline is short, prose is long
    distance: int | None  # characters from the headline element to the date; negative before it
    text: str  # the text around the date
    alt: str | None = None  # the other reading of an ambiguous numeric date (03/04/2019)


def parse_dates(text: str, month_first: bool = False) -> list[tuple[str, str | None, int]]:
    """Return (ISO day, other reading or None, start offset) of every full date written in the text.

    Numeric dates are read day first, or month first on US English pages; "03/04/2019" keeps its other
    reading, "13/04/2019" has none."""
    if not _QUICK.search(text):
        return []
    out = []
    for m in _DATE.finditer(text):
        value = _value(m, month_first)
        if value:
            alt = _value(m, not month_first) if m.group("sep") == "/" else None
            out.append((value, alt if alt != value else None, m.start()))
    return out


def _value(m: re.Match, month_first: bool) -> str | None:
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    elif m.group("nd"):
        d, mo, y = int(m.group("nd")), int(m.group("nm")), int(m.group("ny"))
        if y < 100:
            if m.group("sep") != ".":
                return None  # "3/4/19" is too often a score or a fraction
            y += 2000 if y < 50 else 1900
        if mo > 12 or (month_first and m.group("sep") == "/" and d <= 12):
            d, mo = mo, d
    elif m.group("wd"):
        d, mo, y = int(m.group("wd")), MONTH_NUMBERS[m.group("wm").lower()], int(m.group("wy"))
    else:
        d, mo, y = int(m.group("md")), MONTH_NUMBERS[m.group("mm").lower()], int(m.group("my"))
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


class _Walk:
    """State of one walk over the body: text offset, the headline's position, dates found so far."""

    def __init__(self, title_el, month_first: bool):
        self.title_el = title_el
        self.title_path = ({title_el, *title_el.iterancestors()} if title_el is not None else set())
        self.month_first = month_first
        self.offset = 0
        self.title_at: int | None = None
        self.found: list[ShownDate] = []
        self.covered: dict[str, int] = {}  # value -> end offset of a marked element that gave it

    def text(self, text: str, owner) -> None:
        text = text[:2000]
        for value, alt, start in parse_dates(text, self.month_first):
            at = self.offset + start
            if self.covered.get(value, -1) >= at:
                continue
            self.found.append(_shown(value, alt, text, start, owner, at, self))
        self.offset += len(text)

    def marked(self, el) -> None:
        """A date split over the children of a marked element ("<span>19.</span> <span>Okt. 2019</span>")."""
        pieces = _short_text(el)
        if not pieces:
            return
        text = " ".join(" ".join(pieces).split())
        whole = None
        for value, alt, start in parse_dates(text, self.month_first):
            if _cue(text, start) is None:
                # a date whole in one text node is read there, with that node's own length and place
                whole = whole if whole is not None else {v for p in pieces for v, _, _ in parse_dates(p)}
                if value in whole:
                    continue
            if self.covered.get(value, -1) < self.offset:
                self.found.append(_shown(value, alt, text, start, el, self.offset, self))
            self.covered[value] = self.offset + len(text) + 20


def find_shown_dates(tree, title_el=None, month_first: bool = False, limit: int = 400) -> list[ShownDate]:
    """Return the dates shown in the page's text, in page order (at most `limit`)."""
    body = tree.find("body") if tree.tag == "html" else tree
    if body is None:
        return []
    walk = _Walk(title_el, month_first)
    quick = _QUICK.search
    walker = iterwalk(body, events=("start", "end", "comment"))
    for event, el in walker:
        if event == "comment":  # its text is hidden; its tail is not
            if el.tail:
                walk.text(el.tail, el.getparent())
            continue
        if event == "start":
            tag = el.tag
            if tag in _SKIP or not isinstance(tag, str):
                walker.skip_subtree()  # its end still comes, with the tail
                continue
            if el is title_el:
                walk.title_at = walk.offset
            if _is_marked(el) and el is not body:
                walk.marked(el)
            text = el.text
            if text:
                if len(text) >= 6 and quick(text):
                    walk.text(text, el)
                else:
                    walk.offset += len(text)
            continue
        tail = el.tail
        if tail:
            if len(tail) >= 6 and quick(tail) and el.getparent() is not None:
                walk.text(tail, el.getparent())
            else:
                walk.offset += len(tail)
        if len(walk.found) >= limit:
            break
    if walk.title_at is None:
        return walk.found
    return [replace(d, distance=d.at - walk.title_at) for d in walk.found]


def _short_text(el) -> list[str] | None:
    """Return the text pieces of a short element, or None when its text is longer than a date line."""
    parts, size = [], 0
    for piece in el.itertext():
        size += len(piece)
        if size > _MARKED_TEXT:
            return None
        parts.append(piece)
    return parts


def _shown(value, alt, text, start, owner, at, walk: _Walk) -> ShownDate:
    zone, marked = zone_of(owner, walk.title_path)
    if zone == "site_header" and walk.title_at is not None:
        zone = "article"  # a header below the headline is the article's own
    cue = _cue(text, start)
    if zone == "article" and is_weather_line(text):
        zone = "site_header"
    return ShownDate(value=value, zone=zone, cue=cue, marked=marked, at=at, length=len(text.strip()), distance=None,
                     text=" ".join(text[max(0, start - 60):start + 60].split()), alt=alt)


def _is_marked(el) -> bool:
    """Whether the element's class, id or itemprop says date, time or byline."""
    cls, ident, prop = el.get("class"), el.get("id"), el.get("itemprop")
    return bool((cls or ident or prop) and _is_date_mark(cls, ident, prop))


@lru_cache(maxsize=65536)  # a page repeats its class names; a corpus repeats its sites' templates
def _is_date_mark(cls: str | None, ident: str | None, prop: str | None) -> bool:
    return bool(_DATE_MARK.search(" ".join(filter(None, (cls, ident, prop))).lower()))


def _cue(text: str, start: int) -> str | None:
    """Return "published" or "updated" when a cue word stands right before the date at `start`, "dateline"
    when the date follows the place that opens a text ("Karlsruhe, (12.11.2021). ", "BERLIN, 3.3.2019 – ")."""
    if len(text[:start].lstrip()) > _CUE_LEAD:  # a cue opens a byline; inside prose it is a mention
        return None
    if _DATELINE_PLACE.match(text[:start]) and _DATELINE_END.match(text, _DATE.match(text, start).end()):
        return "dateline"
    before = text[max(0, start - 40):start]
    return "updated" if _UPDATED_CUE.search(before) else "published" if _PUBLISHED_CUE.search(before) else None


def _marks(el) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop")))).lower()


def zone_of(owner, title_path=frozenset()) -> tuple[str, bool]:
    """Return the zone of an element from its ancestors, and whether a near ancestor marks it as a date.

    A <header> or <footer> inside an <article> or <main> (or holding the headline) is the article's own
    (byline, "posted on"); outside them it is the site's.
    """
    marked, furniture = False, None
    for depth, el in enumerate([owner, *owner.iterancestors()]):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("body", "html"):
            break
        marks = _marks(el)
        if depth < 2 and (tag == "time" or _DATE_MARK.search(marks)):
            marked = True
        if el in title_path:
            break
        if _COMMENT_MARK.search(marks):
            return "comment", marked
        if _RELATED_MARK.search(marks) and not _DATE_MARK.search(marks):
            return "related", marked
        if tag == "aside" and not (_DATE_MARK.search(marks) and _in_container(el)):
            return "related", marked  # an aside is other content, unless it is the article's own info box
        if tag in _CONTAINERS:
            return "article" if furniture in (None, "own") else furniture, marked
        if furniture is None:
            if tag == "nav":
                furniture = "related"
            elif tag in ("header", "footer"):
                furniture = "own" if _in_container(el) else "site_header" if tag == "header" else "related"
            elif _SITE_MARK.search(marks):
                furniture = "site_header"
    return ("article" if furniture in (None, "own") else furniture), marked


def _in_container(el) -> bool:
    return any(a.tag in _CONTAINERS for a in el.iterancestors())


def headline_element(tree, title: str | None):
    """Return the element holding the headline: the <h1> that starts like, holds or sits inside the title
    or the page's <title>; else the only non-empty <h1>; else an <h2> that starts like the title."""
    keys = [_norm(k) for k in [title, *tree.xpath("//title/text()|//meta[@property='og:title']/@content")[:3]] if k]
    heads = [h for h in tree.iter("h1") if _norm(h.text_content())]
    for el in heads:
        text = _norm(el.text_content())
        if len(text) >= 10 and any(_same_start(text, key) or text[:40] in key or key[:40] in text[:120]
                                   for key in keys):
            return el
    if len(heads) == 1:
        return heads[0]
    return next((el for el in list(tree.iter("h2"))[:40]
                 if any(_same_start(_norm(el.text_content()), key) for key in keys)), None)


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _same_start(head: str, key: str) -> bool:
    n = min(len(head), len(key), 25)
    return n >= 10 and head[:n] == key[:n]


def is_month_first(tree) -> bool:
    """True for a page in US English, where 3/4/2019 is March 4."""
    lang = (tree.get("lang") or "").lower().replace("_", "-")
    return lang.startswith("en") and lang[3:5] not in ("gb", "au", "nz", "ie", "in", "za")
