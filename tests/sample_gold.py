"""Compare a store built from samples/corpus with samples/gold.json; used by tests and for diagnosis."""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from cronica.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "samples" / "corpus"
GOLD = json.loads((ROOT / "samples" / "gold.json").read_text(encoding="utf-8"))


def gold_key(source: str) -> str:
    """Map a cronica source (path as given, or a JSONL record's URL) to the gold's page key."""
    if source.startswith("http"):
        return "feed.jsonl#" + source
    return Path(source).resolve().relative_to(CORPUS.resolve()).as_posix()


def articles_by_key(store: Store) -> dict[str, object]:
    return {gold_key(a.source): a for a in store.iter_articles()}


def pairs(groups: dict[str, list[str]]) -> set[frozenset]:
    return {frozenset(p) for members in groups.values() for p in combinations(sorted(members), 2)}


def compare(store: Store) -> dict[str, list]:
    """Return the mismatches per aspect (empty lists mean the store agrees with the gold)."""
    arts = articles_by_key(store)
    pages = GOLD["pages"]
    out: dict[str, list] = defaultdict(list)
    out["missing"] = sorted(set(pages) - set(arts))
    out["unexpected"] = sorted(set(arts) - set(pages))
    rejected = {gold_key(r.source): r.reason for r in store.rejections()}
    out["drops"] = [(k, want, rejected.get(k)) for k, want in GOLD["drops"].items() if rejected.get(k) != want]
    stories: dict[str, list[str]] = defaultdict(list)
    gold_stories: dict[str, list[str]] = defaultdict(list)
    groups: dict[str, list[str]] = defaultdict(list)
    gold_groups: dict[str, list[str]] = defaultdict(list)
    for key, a in arts.items():
        if key not in pages:
            continue
        g = pages[key]
        stories[store.story_of(a.id)].append(key)
        gold_stories[g["story"]].append(key)
        cg = store.copy_group_of(a.id)
        groups[cg[0] if cg else a.id].append(key)
        gold_groups[g["copy_group"] or key].append(key)
        for field in ("event_date", "published"):
            if getattr(a, field) != g[field]:
                out[field].append((key, g[field], getattr(a, field)))
        recycled = any(f.kind == "recycled" for f in a.flags)
        if recycled != g["recycled"]:
            out["recycled"].append((key, g["recycled"], recycled))
        if (a.title or "") != g["title"]:
            out["title"].append((key, g["title"], a.title))
    out["story_pairs_missing"] = sorted(tuple(sorted(p)) for p in pairs(gold_stories) - pairs(stories))
    out["story_pairs_extra"] = sorted(tuple(sorted(p)) for p in pairs(stories) - pairs(gold_stories))
    out["copy_pairs_missing"] = sorted(tuple(sorted(p)) for p in pairs(gold_groups) - pairs(groups))
    out["copy_pairs_extra"] = sorted(tuple(sorted(p)) for p in pairs(groups) - pairs(gold_groups))
    for sid, keys in stories.items():
        gold_story = {pages[k]["story"] for k in keys}
        story = store.story(sid)
        if len(gold_story) == 1:
            want = GOLD["stories"][gold_story.pop()]["event_date"]
            if story.event_date != want:
                out["story_event_date"].append((sid, want, story.event_date))
    return out


def quote_scores(store: Store) -> dict[str, float]:
    """Return quote recall (a cronica quote overlaps the gold text) and speaker accuracy on found quotes."""
    from cronica.facts.lexicon import fold

    arts = articles_by_key(store)
    found = right = total = 0
    for key, page in GOLD["pages"].items():
        for gq in page.get("quotes", []):
            total += 1
            want = fold(gq["text"])
            match = next((q for q in arts[key].quotes if want in fold(q.text) or fold(q.text) in want), None)
            if match is None:
                continue
            found += 1
            got, speaker = fold(match.speaker or ""), fold(gq["speaker"])
            right += bool(got) and (got in speaker or speaker in got)
    return {"quotes": total, "recall": found / total, "speaker_accuracy": right / max(found, 1)}


def entity_scores(store: Store) -> dict[str, float]:
    """Return recall of the gold's main entities (name and type) among each article's entities."""
    from cronica.facts.lexicon import fold

    arts = articles_by_key(store)
    hit = typed = total = 0
    for key, page in GOLD["pages"].items():
        names = {fold(e.name): e.type for e in arts[key].entities}
        for ge in page.get("entities", []):
            total += 1
            kind = names.get(fold(ge["name"]))
            hit += kind is not None
            typed += kind == ge["type"]
    return {"entities": total, "recall": hit / total, "typed_recall": typed / total}


if __name__ == "__main__":
    import sys

    with Store(sys.argv[1]) as s:
        for aspect, items in compare(s).items():
            print(f"{aspect}: {len(items)}")
            for item in items:
                print("   ", item)
        print("quotes:", quote_scores(s))
        print("entities:", entity_scores(s))
