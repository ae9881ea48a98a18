"""The evidence ledger: readable sentences for ledger rows."""

from __future__ import annotations

from .records import Evidence

_LABELS = {
    "event_date": "event date", "published": "published", "date_rejected": "rejected date",
    "date_mentioned": "date mentioned", "story_member": "story", "copy_link": "copy of",
    "copy_origin": "copy origin", "story_event_date": "story event date", "first_published": "first published",
    "recycled": "RECYCLED", "article_story_date": "event date", "lang": "language", "quote_speaker": "speaker",
}


def describe(e: Evidence) -> str:
    """Return one ledger row as a sentence: 'event date 2025-06-12 because: ... [rule]'."""
    label = _LABELS.get(e.kind, e.kind.replace("_", " "))
    text = f"{label} {e.claim} because: {e.detail or e.rule}"
    extras = [f"rule {e.rule}"]
    if e.score is not None:
        extras.append(f"score {e.score:g}")
    if e.ref and e.kind in ("event_date", "date_mentioned", "recycled"):
        extras.append(f"reference {e.ref}")
    elif e.ref and e.kind in ("copy_link", "first_published"):
        extras.append(f"article {e.ref}")
    if e.start is not None:
        extras.append(f"chars {e.start}-{e.end}")
    return f"{text} [{'; '.join(extras)}]"
