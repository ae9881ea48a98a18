"""A story's conclusions from its articles: event date, first appearance, copy groups, recycled pages, storyline."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from ..copies import copy_components, lineage_evidence, origin_of
from ..dates.event import resolve_event_date
from ..records import Article, CopyLink, Evidence, Flag, Story, content_id

RECYCLED_DAYS = 90  # a page claiming a date this much later than the story's first appearance is recycled
# A page with no publication date of its own presents itself with its header clock (the day it was
# viewed); viewing an archive page months later is normal, so only a gap of more than a year counts.
RECYCLED_CLOCK_DAYS = 365
_RULE_WEIGHT = {"dateline": 2.0, "published": 0.5}
_CLAIM_ROLES = ("published", "shown", "url", "date_line", "hint")


def story_event_date(articles: list[Article]) -> tuple[str | None, str]:
    """Return the story's event date voted from its articles' text-based evidence, and why."""
    votes: Counter = Counter()
    for a in articles:
        row = next((e for e in a.evidence if e.kind == "event_date"), None)
        if a.event_date and row and row.rule not in ("story-date", "no-date"):
            votes[a.event_date] += _RULE_WEIGHT.get(row.rule, 1.5)
    if not votes:
        return None, "no article dates the event"
    best = max(votes.items(), key=lambda kv: (kv[1], -date.fromisoformat(kv[0]).toordinal()))
    return best[0], f"{len(votes)} distinct date(s) voted; {best[0]} carries weight {best[1]:.1f} of {sum(votes.values()):.1f}"


def claimed_date(article: Article) -> tuple[str | None, str, int]:
    """Return the latest date the page presents as its own, its role, and the gap that makes it recycled.

    A trusted date (published, shown beside the headline, URL, date line) counts first; a page without one presents itself
    with its header clock.
    """
    claims = [(c.value, f"{c.role} ({c.source})") for c in article.dates if c.trusted and c.role in _CLAIM_ROLES]
    if claims:
        return *max(claims), RECYCLED_DAYS
    clocks = [(c.value, f"header clock ({c.source}), with no publication date of its own")
              for c in article.dates if c.role == "header_clock"]
    return (*max(clocks), RECYCLED_CLOCK_DAYS) if clocks else (None, "", 0)


def main_actors(articles: list[Article], most: int = 5) -> tuple[str, ...]:
    """Return the people (full names) named by at least a third of the story's articles, most named first."""
    counts: Counter = Counter()
    for a in articles:
        counts.update({e.name for e in a.entities if e.type == "PER" and " " in e.name})
    need = max(1, -(-len(articles) // 3))
    return tuple(name for name, n in counts.most_common(most) if n >= need)


def reconcile_story(story_id: str, articles: list[Article], links: list[CopyLink]
                    ) -> tuple[Story, dict[str, tuple[str, str | None]], list[Article], list[Evidence]]:
    """Return the story record, copy groups of its articles, the updated articles and the story's ledger rows."""
    evidence: list[Evidence] = []
    event_date, why = story_event_date(articles)
    evidence.append(Evidence(subject=story_id, kind="story_event_date", claim=event_date or "unknown",
                             rule="vote", detail=why))
    published = sorted((a.published, a.outlet or a.source, a.id) for a in articles if a.published)
    first = published[0] if published else None
    if first:
        evidence.append(Evidence(subject=story_id, kind="first_published", claim=first[0], rule="earliest-trusted",
                                 detail=f"earliest trustworthy publication: {first[1]}", ref=first[2]))
    groups = _groups(articles, links, evidence)
    printed = _group_first_published(articles, groups)
    updated = [_date_article(a, event_date, printed.get(groups[a.id][0]) or (first[0] if first else None), first,
                             evidence) for a in articles]
    origin = next((a for a in articles if a.id == (first[2] if first else None)), None)
    story = Story(
        id=story_id, title=(origin or min(articles, key=lambda a: a.published or "9999")).title,
        event_date=event_date, articles=tuple(a.id for a in articles),
        first_published=first[0] if first else None,
        outlets=tuple(sorted({a.outlet for a in articles if a.outlet})),
        flags=tuple(Flag(kind="recycled", reason=f"{a.id}: {f.reason}") for a in updated for f in a.flags
                    if f.kind == "recycled"),
        actors=main_actors(articles), evidence=tuple(evidence),
    )
    return story, groups, updated, evidence


def _group_first_published(articles: list[Article], groups: dict[str, tuple[str, str | None]]) -> dict[str, str]:
    """Return copy group id -> its earliest trustworthy publication date."""
    out: dict[str, str] = {}
    for a in articles:
        gid = groups[a.id][0]
        if a.published and (gid not in out or a.published < out[gid]):
            out[gid] = a.published
    return out


def _date_article(a: Article, story_date: str | None, printed: str | None, first, evidence: list[Evidence]) -> Article:
    """Date an article from its story when it has no date of its own, and flag it when it is recycled.

    Without a reference of its own, its relative expressions are read against the day its text was
    first printed (its copy group's earliest publication, else the story's first publication).
    """
    flags = tuple(f for f in a.flags if f.kind != "recycled")
    own = next((e for e in a.evidence if e.kind == "event_date"), None)
    if story_date and (own is None or own.rule == "no-date"):
        redated = resolve_event_date(a, story_date=printed or story_date)
        row = next(e for e in redated.evidence if e.kind == "event_date")
        value = redated.event_date or story_date
        a = replace(a, event_date=value)
        detail = (f"no trustworthy date of its own; {row.detail}" if redated.event_date
                  else "no trustworthy date of its own; takes its story's event date")
        evidence.append(Evidence(subject=a.id, kind="article_story_date", claim=value, rule="story-date",
                                 detail=detail, score=row.score or 0.6, ref=story_date, start=row.start, end=row.end))
    claim, role, limit = claimed_date(a)
    earliest = [(first[0], f"the same story was first published {first[0]} by {first[1]}")] if first and first[2] != a.id else []
    if a.event_date and own is not None and own.rule not in ("no-date", "published"):
        earliest.append((a.event_date, f"its own text dates the event {a.event_date}"))
    if claim and earliest:
        base, why = min(earliest)
        gap = (date.fromisoformat(claim) - date.fromisoformat(base)).days
        if gap > limit:
            reason = f"shows {claim} as its {role}; {why}"
            flags += (Flag(kind="recycled", reason=reason),)
            evidence.append(Evidence(subject=a.id, kind="recycled", claim=claim, rule=f"claimed-date>{limit}d",
                                     detail=reason, score=float(gap), ref=base))
    return replace(a, flags=flags)


def _groups(articles: list[Article], links: list[CopyLink], evidence: list[Evidence]) -> dict[str, tuple[str, str | None]]:
    ids = [a.id for a in articles]
    comp = copy_components(ids, links)
    by_group: dict[str, list[Article]] = {}
    for a in articles:
        by_group.setdefault(comp.get(a.id, a.id), []).append(a)
    out: dict[str, tuple[str, str | None]] = {}
    for gid, members in by_group.items():
        gid = "c" + gid[:15]
        origin, why = origin_of(members) if len(members) > 1 else (None, "")
        if len(members) > 1:
            evidence.extend(lineage_evidence(gid, members, origin, why))
        for a in members:
            out[a.id] = (gid, origin)
    return out
