"""Dates on a page, each with its role, and the choice of the publication date with its evidence.

Roles: published, guess (a date guessed by htmldate's heuristics), updated, header_clock (the day the page was viewed, shown in the site
header or beside the weather), url, related (dates of other articles), comment, date_line (a "date" or
"Publicado" line of a dump, or a cued date line far below an HTML headline), shown and shown_updated
(a date printed in the byline zone of an HTML page, cronica.dates.shown), mentioned (a date in the
prose), hint (a crawler record's date), crawl. Only trusted candidates may become the publication
date; a header clock or a crawl time never does, nor an htmldate guess that is the header clock's day.
The date a reader sees beside the headline comes before the markup's: that is the page's claim.
"""

from __future__ import annotations

import json
import re
from datetime import date

from ..boilerplate import is_related_header, is_weather_line
from ..records import DateCandidate, Evidence
from .shown import ShownDate, zone_of
from .temporal import find_time_expressions

_META_PUBLISHED = (  # most specific first
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.created",
    "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
    "article.published", "published_time", "cxenseparse:recs:publishtime", "originalpublicationdate", "date",
)
_META_UPDATED = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
                 "article.updated", "modified_time")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/")
_ISO_PREFIX = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")
_PUBLISHED_LINE = re.compile(r"^\s*(?:publicado|publicada|fecha|date|published|posted|veröffentlicht|creado)\b",
                             re.IGNORECASE)
_UPDATED_LINE = re.compile(r"^\s*(?:actualizado|actualizada|updated|last updated|aktualisiert|modificado)\b",
                           re.IGNORECASE)

# Priority of trusted roles when choosing the publication date (lower wins).
_PRIORITY = {"shown": -2, "shown_updated": -1, "published": 0, "date_line": 1, "dateline": 2, "hint": 3, "url": 4, "updated": 5, "guess": 6}


def _iso(value: str) -> str | None:
    m = _ISO_PREFIX.search(value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def url_candidates(url: str | None) -> list[DateCandidate]:
    if not url:
        return []
    m = _URL_DATE.search(url)
    if not m:
        return []
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        value = date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return []
    return [DateCandidate(value=value, role="url", source="url", trusted=True, evidence=m.group(0))]


def html_candidates(tree) -> list[DateCandidate]:
    """Return dates from <meta>, JSON-LD and <time> elements of a parsed HTML tree."""
    out: list[DateCandidate] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = _iso(meta.get("content") or "")
        if not key or not value:
            continue
        if key in _META_PUBLISHED:
            out.append(DateCandidate(value=value, role="published", source=f"meta {key}", trusted=True,
                                     evidence=meta.get("content")))
        elif key in _META_UPDATED:
            out.append(DateCandidate(value=value, role="updated", source=f"meta {key}", trusted=False,
                                     evidence=meta.get("content")))
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            out.extend(_jsonld_candidates(script.text))
    out.extend(_time_candidates(tree))
    return out


def _time_candidates(tree) -> list[DateCandidate]:
    """Dates of <time datetime> elements. One marked as the publication ("pubdate", "published"), or the
    only dated <time> outside related lists, is trusted; several unmarked ones (comments, lists) are not."""
    found = []
    for el in tree.iter("time"):
        value = _iso(el.get("datetime") or "")
        if not value:
            continue
        marks = _classes(el) + " " + " ".join(_classes(a) for a in list(el.iterancestors())[:2])
        zone = zone_of(el)[0]
        if zone != "article":
            role = "header_clock" if zone == "site_header" else zone  # related, comment
        elif "updat" in marks or "modif" in marks:
            role = "updated"
        elif el.get("pubdate") is not None or any(k in marks for k in ("publish", "pubdate", "datepublished")):
            role = "published"
        else:
            role = "time"
        found.append((value, role, el.get("datetime")))
    unmarked = {v for v, role, _ in found if role == "time"}
    out = []
    for value, role, raw in found:
        if role == "time":
            role = "published" if len(unmarked) == 1 else "mentioned"
        out.append(DateCandidate(value=value, role=role, source="<time datetime>", trusted=role == "published",
                                 evidence=raw))
    return out


def _classes(el) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("id")))).lower()


def _jsonld_candidates(text: str) -> list[DateCandidate]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    out = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kind = str(item.get("@type", ""))
            if any(t in kind for t in ("Article", "Posting", "Report", "WebPage", "BlogPosting")) or "datePublished" in item:
                for key, role in (("datePublished", "published"), ("dateModified", "updated")):
                    value = _iso(str(item.get(key) or ""))
                    if value:
                        out.append(DateCandidate(value=value, role=role, source=f"JSON-LD {key}",
                                                 trusted=role == "published", evidence=str(item.get(key))))
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return out


def shown_candidates(shown: list[ShownDate], confirmed: set[str] = frozenset()) -> list[DateCandidate]:
    """Return candidates for the dates shown in an HTML page's text (cronica.dates.shown), with roles from
    where they sit, the likeliest publication date first.

    A short date in the article's byline zone (near the headline) after a publication cue ("Veröffentlicht
    am"), in an element marked as a date, or standing alone is "shown": what a reader takes as the
    article's date. One after an update cue there is "shown_updated". A cued date far from the headline
    (a closing "Erschienen am" line) is a "date_line", below the markup's own publication date. Dates in
    prose, related lists, comments and the site header are not publication dates. An ambiguous numeric
    date takes the reading that a date of the markup (`confirmed`) gives.
    """
    ranked = sorted((_shown_role(d) + (d,) for d in shown),
                    key=lambda r: (r[1], abs(r[2].distance) if r[2].distance is not None else 10**6))
    out = []
    for role, _, d in ranked:
        value = d.alt if d.alt in confirmed and d.value not in confirmed else d.value
        where = f"{d.zone}, {d.cue or 'no cue'}, {'marked' if d.marked else 'unmarked'}, {d.distance}, {d.length}"
        out.append(DateCandidate(value=value, role=role, source=f"page text ({where})",
                                 trusted=role in ("shown", "shown_updated", "date_line"), evidence=d.text))
    return out


_BYLINE_TEXT = 100  # a byline or date line is short; a date in a longer text is prose
_CUED_TEXT = 200  # "Veröffentlicht am 1. März 2023 09:35 von <author> <links>" may run longer
_ALONE_TEXT = 16  # a date standing alone in its element ("03.02.2022", "am 20.09.2020")
_BARE_TEXT = 40  # an unmarked date line holds little besides the date ("March 3, 2019, 11:15 PM")
_BYLINE_ZONE = (-400, 1500)  # characters before and after the headline where a byline sits
_BARE_ZONE = (-400, 300)  # an unmarked date line sits closer


def _shown_role(d: ShownDate) -> tuple[str, int]:
    """Return the role of a shown date and its rank among shown dates (lower first)."""
    if d.zone == "site_header":
        return "header_clock", 9
    if d.zone != "article":
        return d.zone, 9  # related, comment
    near = d.distance is not None and _BYLINE_ZONE[0] <= d.distance <= _BYLINE_ZONE[1]
    if d.cue == "dateline":  # "Karlsruhe, (12.11.2021). <the article's first sentence>"
        return ("shown", 2) if near else ("mentioned", 9)
    if d.length > (_CUED_TEXT if d.cue else _BYLINE_TEXT):
        return "mentioned", 9
    if d.cue == "updated":
        return ("shown_updated", 3) if near else ("updated", 9)
    if d.cue == "published" and (near or d.distance is None):
        return "shown", 0
    if d.cue == "published" and d.distance > 0:
        return "date_line", 4
    if d.marked and (near or (d.distance is None and d.length <= _BARE_TEXT)):
        return "shown", 1
    if near and (d.length <= _ALONE_TEXT or d.length <= _BARE_TEXT and d.distance <= _BARE_ZONE[1]):
        return "shown", 2
    return "mentioned", 9


def text_line_candidates(lines: list[str], keep: list[bool], title_index: int | None) -> list[DateCandidate]:
    """Return dates found in the lines of a dump, with roles from where they sit on the page."""
    out: list[DateCandidate] = []
    first_body = next((i for i, k in enumerate(keep) if k), len(lines))
    last_body = max((i for i, k in enumerate(keep) if k), default=-1)
    head_end = title_index if title_index is not None else first_body
    in_related = False
    for i, line in enumerate(lines):
        if is_related_header(line):
            in_related = True
        elif keep[i]:
            in_related = False
        exprs = [e for e in find_time_expressions(line, None)
                 if e.kind == "absolute" and e.granularity == "day" and e.value]
        for e in exprs:
            role, trusted = _line_role(line, i, head_end, first_body, last_body, in_related)
            out.append(DateCandidate(value=e.value, role=role, source=f"line {i + 1}", trusted=trusted,
                                     evidence=line.strip()[:120]))
    return out


def _line_role(line, i, head_end, first_body, last_body, in_related) -> tuple[str, bool]:
    if _UPDATED_LINE.match(line):
        return "updated", False
    if _PUBLISHED_LINE.match(line):
        return "date_line", True
    if in_related or i > last_body >= 0:
        return "related", False
    if is_weather_line(line) or i < head_end:
        return "header_clock", False
    if i <= first_body + 2 and len(line.strip()) <= 80:
        return "date_line", True  # a short date line between the headline and the body
    return "mentioned", False


_NOT_MARKUP = frozenset(("crawl", "related", "header_clock"))
_UTC = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")


def _is_utc(evidence: str) -> bool:
    return bool(_UTC.search((evidence or "").strip()))


def _source_rank(source: str) -> int:
    if source.startswith("meta "):
        key = source[5:]
        return _META_PUBLISHED.index(key) if key in _META_PUBLISHED else len(_META_PUBLISHED)
    return {"JSON-LD datePublished": 40, "<time datetime>": 50}.get(source, 60)


def _after_seen(c: DateCandidate, seen: str | None) -> bool:
    """Whether a candidate claims a day after the page was seen (a hint may: it dates the event)."""
    return bool(seen) and c.value > seen and c.role != "hint"


def guess_can_matter(candidates: list[DateCandidate], seen_at: str | None) -> bool:
    """Whether a guessed date (role "guess") added to the candidates could change choose_published's date:
    no usable candidate outranks a guess, or the best ones are shown dates of more than one day (a date
    of the markup, a guess too, picks among those)."""
    seen = seen_at[:10] if seen_at else None
    usable = [c for c in candidates if c.trusted and not _after_seen(c, seen)]
    best = min((_PRIORITY.get(c.role, 9) for c in usable), default=9)
    if best >= _PRIORITY["guess"]:
        return True
    return best < _PRIORITY["published"] and len({c.value for c in usable if _PRIORITY.get(c.role, 9) == best}) > 1


def choose_published(candidates: list[DateCandidate], seen_at: str | None, subject: str) -> tuple[str | None, list[Evidence]]:
    """Return the publication date and the ledger rows explaining the choice (and the rejections)."""
    seen = seen_at[:10] if seen_at else None
    rows: list[Evidence] = []
    usable = []
    clock = {c.value for c in candidates if c.role == "header_clock"}
    for c in candidates:
        if c.role == "guess" and c.value in clock:  # htmldate read the day the site header shows
            rows.append(Evidence(subject=subject, kind="date_rejected", claim=c.value, rule="header_clock",
                                 detail=f"{c.source} gives {c.value}, the day the site header shows"))
        elif not c.trusted:
            rows.append(Evidence(subject=subject, kind="date_rejected", claim=c.value, rule=c.role,
                                 detail=f"{c.role} date from {c.source} is not a publication date: {c.evidence!r}"))
        elif _after_seen(c, seen):
            rows.append(Evidence(subject=subject, kind="date_rejected", claim=c.value, rule="after-seen",
                                 detail=f"{c.source} gives {c.value}, after the page was seen ({seen})"))
        else:
            usable.append(c)
    if not usable:
        rows.append(Evidence(subject=subject, kind="published", claim="unknown", rule="no-trusted-date",
                             detail=f"{len(candidates)} candidate(s), none trustworthy"))
        return None, rows
    # Among dates of one role the most specific source wins, and the first one on the page (the main
    # article comes before lists of other items), never simply the earliest date. A shown date that the
    # markup confirms comes first; a timestamp in UTC comes after one in the page's local time, whose day
    # is the day printed on the page.
    marked_up = {c.value for c in candidates if not c.source.startswith("page text") and c.role not in _NOT_MARKUP}
    best = min(enumerate(usable), key=lambda ic: (_PRIORITY.get(ic[1].role, 9),
                                                  ic[1].role.startswith("shown") and ic[1].value not in marked_up,
                                                  _is_utc(ic[1].evidence), _source_rank(ic[1].source), ic[0]))[1]
    rows.append(Evidence(subject=subject, kind="published", claim=best.value, rule=best.role,
                         detail=f"{best.role} date from {best.source}: {best.evidence!r}"))
    return best.value, rows
