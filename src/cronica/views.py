"""Read-side views over the store shared by the CLI and exports: export rows and readable reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from .facts.lexicon import fold
from .facts.provenance import QuoteTrace, trace_quotes
from .ledger import describe
from .records import Article, Story
from .store import Store
from .store.codec import to_dict


def article_row(store: Store, a: Article) -> dict:
    """Return the export record of an article (the contract fields of DESIGN.md, then extras)."""
    group = store.copy_group_of(a.id)
    return {
        "id": a.id, "source": a.source, "url": a.url, "title": a.title, "text": a.text, "lang": a.lang,
        "outlet": a.outlet, "published": a.published, "event_date": a.event_date,
        "copy_group": group[0] if group else None, "copy_origin": group[1] if group else None,
        "story": store.story_of(a.id),
        "flags": [to_dict(f) for f in a.flags],
        "entities": [{"name": e.name, "type": e.type, "surface": e.surface, "start": e.start, "end": e.end}
                     for e in a.entities],
        "quotes": [to_dict(q) for q in a.quotes],
        "byline": a.byline, "agency": a.agency, "dateline": to_dict(a.dateline) if a.dateline else None,
        "seen_at": a.seen_at, "dates": [to_dict(d) for d in a.dates],
        "evidence": [to_dict(e) for e in store.evidence_of(a.id)],
    }


def story_row(store: Store, s: Story) -> dict:
    return {
        "id": s.id, "title": s.title, "event_date": s.event_date, "articles": list(s.articles),
        "first_published": s.first_published, "outlets": list(s.outlets), "storyline": s.storyline,
        "flags": [to_dict(f) for f in s.flags], "evidence": [to_dict(e) for e in store.evidence_of(s.id)],
        "quotes": [t.to_dict() for t in trace_quotes(store.articles(s.articles))],
    }


def iter_export(store: Store, stories: bool = False) -> Iterator[dict]:
    if stories:
        for s in store.stories():
            yield story_row(store, s)
    else:
        for a in store.iter_articles():
            yield article_row(store, a)


def _short(text: str | None, width: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def stories_table(store: Store) -> str:
    """Return the readable table of stories: event date, id, articles, outlets, flags, title."""
    stories = store.stories()
    if not stories:
        return "no stories yet: run `cronica ingest PATH`"
    lines_by_storyline = Counter(s.storyline for s in stories if s.storyline)
    head = f"{'EVENT DATE':<11} {'STORY':<17} {'ART':>3} {'OUT':>3}  {'FLAGS':<14} TITLE"
    rows = [head]
    for s in stories:
        flags = sorted({f.kind for f in s.flags})
        if s.storyline and lines_by_storyline[s.storyline] > 1:
            flags.append("storyline")
        rows.append(f"{s.event_date or 'unknown':<11} {s.id:<17} {len(s.articles):>3} {len(s.outlets):>3}  "
                    f"{_short(','.join(flags), 14):<14} {_short(s.title, 70)}")
    return "\n".join(rows)


def storylines_report(store: Store) -> str:
    """Return the storylines (stories sharing their main actors), each as a timeline of its stories."""
    lines: dict[str, list[Story]] = {}
    for s in store.stories():
        if s.storyline:
            lines.setdefault(s.storyline, []).append(s)
    out = []
    for key, stories in sorted(lines.items(), key=lambda kv: min(s.event_date or "9999" for s in kv[1])):
        if len(stories) < 2:
            continue
        articles = store.articles(stories[0].articles)
        actors = Counter(e.name for a in articles for e in a.entities if e.type == "PER" and " " in e.name)
        out.append(f"storyline {key}: {', '.join(n for n, _ in actors.most_common(2))}")
        for s in sorted(stories, key=lambda s: s.event_date or "9999"):
            out.append(f"  {s.event_date or 'unknown':<11} {s.id}  {len(s.articles):>3} articles  {_short(s.title, 70)}")
    return "\n".join(out) or "no storylines yet (a storyline needs two stories about the same people)"


def story_report(store: Store, s: Story) -> str:
    """Return a readable report of one story with its articles, copies, dates, entities, quotes and evidence."""
    out = [f"Story {s.id}: {s.title or '(untitled)'}", f"  event date: {s.event_date or 'unknown'}"]
    for e in store.evidence_of(s.id):
        out.append(f"    {describe(e)}")
    out.append(f"  first published: {s.first_published or 'unknown'}")
    if s.storyline:
        related = [o for o in store.stories() if o.storyline == s.storyline and o.id != s.id]
        if related:
            out.append("  storyline: " + "; ".join(f"{o.event_date} {o.id} {_short(o.title, 50)}" for o in related))
    articles = store.articles(s.articles)
    out.append(f"  articles ({len(articles)}):")
    for a in sorted(articles, key=lambda a: (a.published or "9999", a.id)):
        group = store.copy_group_of(a.id)
        copy = f" copy group {group[0]}" + (" (origin)" if group and group[1] == a.id else "") if group else ""
        out.append(f"    {a.id}  published {a.published or 'unknown'}  event {a.event_date or 'unknown'}  "
                   f"{a.outlet or '-'}{copy}")
        out.append(f"      {_short(a.title, 90)}  <{a.source}>")
        for f in a.flags:
            out.append(f"      FLAG {f.kind}: {f.reason}")
        for e in store.evidence_of(a.id):
            if e.kind in ("event_date", "published", "copy_link", "copy_origin", "story_member", "recycled",
                          "article_story_date"):
                out.append(f"      {describe(e)}")
    out.extend(_entities(articles))
    out.extend(_quotes(articles))
    return "\n".join(out)


def _entities(articles: list[Article]) -> list[str]:
    counts = Counter((e.name, e.type) for a in articles for e in a.entities)
    if not counts:
        return []
    top = ", ".join(f"{name} ({kind}) x{n}" for (name, kind), n in counts.most_common(15))
    return [f"  entities: {top}"]


def _quotes(articles: list[Article]) -> list[str]:
    traces = trace_quotes(articles)
    if not traces:
        return []
    out = [f"  quotes ({len(traces)}):"]
    for t in traces:
        out.extend(_trace_lines(t, "    "))
    return out


def _trace_lines(t: QuoteTrace, indent: str) -> list[str]:
    aid, outlet, when = t.first
    others = sorted({o or a for a, o, _ in t.carriers[1:]})
    lines = [f"{indent}«{_short(t.versions[0], 100)}» — {t.speaker or 'unknown speaker'} ({t.kind})",
             f"{indent}  first printed {when or 'undated'} by {outlet or aid}"
             + (f"; also carried by {', '.join(others)}" if others else "")]
    if t.altered:
        lines.extend(f"{indent}  ALTERED, version {i + 1}: «{_short(v, 100)}»" for i, v in enumerate(t.versions))
    return lines


def speaker_report(store: Store, name: str) -> str:
    """Return a speaker's quotes over time, each merged across the outlets that carried it."""
    found = store.quotes_by_speaker(name)
    if not found:
        return f"no quotes by a speaker matching {name!r}"
    articles = list({a.id: a for a, _ in found}.values())
    needle = fold(name)
    traces = [t for t in trace_quotes(articles) if t.speaker and needle in fold(t.speaker)]
    out = []
    for t in sorted(traces, key=lambda t: (t.first[2] or "9999")):
        out.extend(_trace_lines(t, ""))
    return "\n".join(out)


def article_report(store: Store, a: Article) -> str:
    """Return one article's ledger, readably."""
    group = store.copy_group_of(a.id)
    out = [f"Article {a.id}: {a.title or '(untitled)'}", f"  source: {a.source}", f"  outlet: {a.outlet or '-'}  "
           f"lang: {a.lang or '-'}  agency: {a.agency or '-'}  byline: {a.byline or '-'}",
           f"  published: {a.published or 'unknown'}  event date: {a.event_date or 'unknown'}  "
           f"story: {store.story_of(a.id) or '-'}  copy group: {group[0] if group else '-'}"]
    if a.dateline:
        out.append(f"  dateline: {a.dateline.surface!r} -> {a.dateline.place}, {a.dateline.date or 'no date'}")
    out.append("  dates on the page:")
    for d in a.dates:
        out.append(f"    {d.value} {d.role:<13} {'trusted' if d.trusted else 'not trusted':<12} {d.source}: {_short(d.evidence, 60)!r}")
    for f in a.flags:
        out.append(f"  FLAG {f.kind}: {f.reason}")
    out.append("  ledger:")
    out.extend(f"    {describe(e)}" for e in store.evidence_of(a.id))
    return "\n".join(out)
