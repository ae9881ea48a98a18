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


_FIELDS: dict[type, tuple[str, ...]] = {}


def to_dict(rec: Any) -> dict:
    """Return a record as a plain dict (nested records become dicts, tuples lists).

    Written out instead of ``dataclasses.asdict``, which deep-copies every value and was the
    store's largest cost per article.
    """
    cls = type(rec)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return {n: _plain(getattr(rec, n)) for n in names}


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value):
        return to_dict(value)
    return value


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
