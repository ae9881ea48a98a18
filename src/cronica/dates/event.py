"""Event date of an article: when the reported event happened, with its evidence.

Reference date: the dateline's date, else the trustworthy publication date (never a header
clock or a crawl time). The event date is the first day-precise expression of the lead that
falls within the days around the reference (a lead's "este jueves", "ayer"); else the
dateline's date; else the first day-precise date in the lead; else the publication date.
Other dates in the text are kept as background mentions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..records import Article, Evidence
from .temporal import TimeExpr, find_time_expressions

LEAD_CHARS = 700  # the lead: the dateline paragraph and what follows it up to this many characters
WINDOW_BEFORE, WINDOW_AFTER = 10, 3  # days around the reference an event expression may fall
# How much each kind of evidence is trusted (the score of the event_date ledger row).
CONFIDENCE = {"lead": 0.9, "dateline": 0.8, "story": 0.6, "first": 0.6, "published": 0.4}


def reference_date(article: Article) -> tuple[date | None, str]:
    """Return the reference date for relative expressions and where it comes from."""
    if article.dateline and article.dateline.date:
        return date.fromisoformat(article.dateline.date), f"dateline {article.dateline.surface!r}"
    if article.published:
        return date.fromisoformat(article.published), "publication date"
    return None, "none"


def resolve_event_date(article: Article, story_date: str | None = None) -> Article:
    """Return the article with event_date set and event-date ledger rows added.

    `story_date` is the reference to fall back on when the article has none of its own: the day
    its story (or its copy group) was first printed.
    """
    ref, ref_source = reference_date(article)
    if ref is None and story_date:
        ref, ref_source = date.fromisoformat(story_date), "story's first printing"
    exprs = find_time_expressions(article.text, ref)
    value, row = _choose(article, exprs, ref, ref_source)
    rows = [row] if row else []
    for e in exprs:
        if e.value and e.value != value:
            rows.append(Evidence(subject=article.id, kind="date_mentioned", claim=e.value, rule=e.rule,
                                 detail=f"{e.surface!r} ({e.granularity})", ref=ref.isoformat() if ref else None,
                                 start=e.start, end=e.end))
    kept = tuple(r for r in article.evidence if r.kind not in ("event_date", "date_mentioned"))
    return replace(article, event_date=value, evidence=kept + tuple(rows))


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start + 1)
    return end if end != -1 else len(text)


def _choose(article: Article, exprs: list[TimeExpr], ref: date | None, ref_source: str):
    lead_end = (article.text.find("\n", LEAD_CHARS) if len(article.text) > LEAD_CHARS else -1)
    lead_end = lead_end if lead_end != -1 else min(len(article.text), LEAD_CHARS * 2)
    skip = len(article.dateline.surface) if article.dateline else 0
    lead = [e for e in exprs if skip <= e.start < lead_end and e.value and
            (e.granularity == "day" or e.rule == "ago" and e.granularity == "week")]
    # Relative expressions ("este jueves", "ayer", "hace una semana") speak of the event; absolute
    # dates at the top of a text are often the page's own date line.
    lead.sort(key=lambda e: (e.kind != "relative", e.start))
    def row(value: str, rule: str, detail: str, confidence: float, e: TimeExpr | None = None) -> Evidence:
        return Evidence(subject=article.id, kind="event_date", claim=value, rule=rule, detail=detail,
                        score=confidence, ref=ref.isoformat() if ref else None,
                        start=e.start if e else None, end=e.end if e else None)

    if ref is not None:
        near = [e for e in lead if -WINDOW_BEFORE <= (date.fromisoformat(e.value) - ref).days <= WINDOW_AFTER]
        first_para = [e for e in near if e.kind == "relative" and e.start < _paragraph_end(article.text, skip)]
        # In the first paragraph the earliest relative date is the event ("se vino abajo ayer"),
        # later ones its aftermath ("amanecieron hoy sin paso").
        pick = min(first_para, key=lambda e: (e.value, e.start)) if first_para else (near[0] if near else None)
        if pick:
            confidence = CONFIDENCE["story"] if ref_source.startswith("story") else CONFIDENCE["lead"]
            return pick.value, row(pick.value, pick.rule,
                                   f"{pick.surface!r} in the lead, relative to {ref_source} {ref}", confidence, pick)
    if article.dateline and article.dateline.date:
        return article.dateline.date, row(article.dateline.date, "dateline", f"dateline {article.dateline.surface!r}",
                                          CONFIDENCE["dateline"])
    if lead:
        e = lead[0]
        return e.value, row(e.value, e.rule, f"{e.surface!r}, first precise date of the lead", CONFIDENCE["first"], e)
    if article.published:
        return article.published, row(article.published, "published", "no date in the lead; publication date",
                                      CONFIDENCE["published"])
    return None, row("unknown", "no-date", "no dateline, no date in the lead, no trustworthy publication date", 0.0)
