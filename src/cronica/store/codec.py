"""Records <-> JSON-ready dicts, for the store and the exports."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..records import (
    Article,
    DateCandidate,
    Dateline,
    EntityMention,
    Evidence,
    Flag,
    Quote,
    Story,
)


def to_dict(rec: Any) -> dict:
    """Return a record as a plain dict (nested records and tuples become dicts and lists)."""
    return dataclasses.asdict(rec)


def dumps(rec: Any) -> str:
    return json.dumps(to_dict(rec) if dataclasses.is_dataclass(rec) else rec, ensure_ascii=False,
                      separators=(",", ":"))


def _many(cls, items) -> tuple:
    return tuple(cls(**item) for item in items or ())


def article_from_dict(d: dict) -> Article:
    d = dict(d)
    d["dateline"] = Dateline(**d["dateline"]) if d.get("dateline") else None
    d["dates"] = _many(DateCandidate, d.get("dates"))
    d["entities"] = _many(EntityMention, d.get("entities"))
    d["quotes"] = _many(Quote, d.get("quotes"))
    d["flags"] = _many(Flag, d.get("flags"))
    d["evidence"] = _many(Evidence, d.get("evidence"))
    return Article(**d)


def story_from_dict(d: dict) -> Story:
    d = dict(d)
    d["articles"] = tuple(d.get("articles") or ())
    d["outlets"] = tuple(d.get("outlets") or ())
    d["flags"] = _many(Flag, d.get("flags"))
    d["evidence"] = _many(Evidence, d.get("evidence"))
    return Story(**d)
