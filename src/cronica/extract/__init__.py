"""Extraction stage: Page -> Article with main text, title, outlet, byline, agency, dateline, dates."""

from __future__ import annotations

import re
from datetime import date

from ..boilerplate import copyright_owner, drop_repeats, is_page_furniture
from ..dates.page import choose_published, text_line_candidates, url_candidates
from ..dates.temporal import nearest_year
from ..records import Article, DateCandidate, Dateline, Drop, Page, content_id
from .html import domain_of, extract_html
from .template import line_key
from .text import dump_lines, extract_text_body, markdown_lines
from .wire import find_agency, find_byline, find_dateline

__all__ = ["extract_article", "MIN_TEXT_CHARS"]

MIN_TEXT_CHARS = 80  # shorter main texts are "no main text"

def extract_article(page: Page, template: frozenset[int] = frozenset()) -> Article:
    """Return the article of a page; raises Drop("no main text") when there is none.

    `template` holds the line keys of the page's site template (cronica.extract.template).
    """
    if page.kind == "html":
        ex = extract_html(page.text, page.url, seen_at=page.seen_at)
        title, text, byline, sitename = page.title_hint or ex.title, ex.text, ex.author, ex.sitename
        text = "\n".join(drop_repeats([t for t in text.split("\n")
                                        if not is_page_furniture(t) and not (template and line_key(t) in template)],
                                       title))
        dates = list(ex.dates)
    else:
        title, text, lines, keep = extract_text_body(page.text, markdown=page.kind == "markdown",
                                                     title_hint=page.title_hint, site_template=template)
        raw_lines = [line.text for line in lines]
        title_index = next((i for i, t in enumerate(raw_lines) if title and t == title), None)
        dates = text_line_candidates(raw_lines, keep, title_index)
        byline = find_byline(raw_lines[: (title_index or 0) + 6])
        sitename = copyright_owner(raw_lines)
    text = _normalise(text)
    if len(text) < MIN_TEXT_CHARS:
        raise Drop("no main text", f"{len(text)} characters of main text")
    dates += url_candidates(page.url)
    if page.date_hint:
        trusted = page.date_hint_role != "crawl"
        role = "hint" if trusted else "crawl"
        dates.append(DateCandidate(value=page.date_hint[:10], role=role, source="crawler record", trusted=trusted,
                                   evidence=page.date_hint))
    dates.append(DateCandidate(value=page.seen_at[:10], role="crawl", source="seen", trusted=False,
                               evidence=page.seen_at))
    article_id = content_id(page.id, "article")
    published, evidence = choose_published(dates, page.seen_at, article_id)
    agency, agency_evidence = find_agency(text, byline)
    dateline = _dateline(text, published or _upper_bound(dates))
    return Article(
        id=article_id, page_id=page.id, source=page.source, url=page.url, title=_clean_title(title),
        text=text, lang=page.lang_hint, outlet=page.outlet_hint or sitename or domain_of(page.url),
        byline=byline, agency=agency, dateline=dateline, published=published, dates=tuple(dates),
        seen_at=page.seen_at, evidence=tuple(evidence),
    )


def template_lines(page: Page, article: Article | None) -> list[str]:
    """Return the lines of a page that count towards its site's template."""
    if page.kind == "html":
        return article.text.split("\n") if article else []
    lines = markdown_lines(page.text) if page.kind == "markdown" else dump_lines(page.text)
    return [line.text for line in lines]


def _normalise(text: str) -> str:
    paras = [re.sub(r"[ \t\u00a0]+", " ", p).strip() for p in text.split("\n")]
    return "\n".join(p for p in paras if p)


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    return re.sub(r"\s+", " ", title).strip() or None


def _upper_bound(dates: list[DateCandidate]) -> str:
    """Return the earliest day the article is known to have existed by (viewed, crawled), when undated."""
    return min(d.value for d in dates if d.role in ("header_clock", "crawl", "hint"))


def _dateline(text: str, reference: str) -> Dateline | None:
    dl = find_dateline(text)
    if dl is None:
        return None
    value = None
    if dl.day and dl.month:
        if dl.year:
            try:
                value = date(dl.year, dl.month, dl.day).isoformat()
            except ValueError:
                value = None
        else:
            resolved = nearest_year(dl.month, dl.day, date.fromisoformat(reference), "past")
            value = resolved.isoformat() if resolved else None
    return Dateline(place=dl.place, date=value, agency=dl.agency, surface=dl.surface)
