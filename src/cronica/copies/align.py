"""Passage alignment: shared sentences and long shared spans between two texts (wire rewrites)."""

from __future__ import annotations

import re

from .fingerprint import words

_SENTENCE = re.compile(r"(?<=[.!?»”])\s+(?=[«“\"A-ZÁÉÍÓÚÑ¿¡])|\n+")
SPAN_WORDS = 8  # a run of this many words in common counts as a shared passage
SENTENCE_JACCARD = 0.5


def sentences(text: str) -> list[list[str]]:
    return [w for s in _SENTENCE.split(text) if len(w := words(s)) >= 5]


def _trigrams(ws: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + 3]) for i in range(len(ws) - 2)}


def shared_passages(a: str, b: str) -> tuple[float, list[str]]:
    """Return (share of the shorter text's sentences found in the other, the shared passages)."""
    sa, sb = sentences(a), sentences(b)
    if not sa or not sb:
        return 0.0, []
    if len(sa) > len(sb):
        sa, sb = sb, sa
    grams_b = [_trigrams(s) for s in sb]
    spans_b = {tuple(s[i : i + SPAN_WORDS]) for s in sb for i in range(len(s) - SPAN_WORDS + 1)}
    found = []
    for s in sa:
        g = _trigrams(s)
        best = max((len(g & gb) / len(g | gb) for gb in grams_b if g | gb), default=0.0)
        long_span = any(tuple(s[i : i + SPAN_WORDS]) in spans_b for i in range(len(s) - SPAN_WORDS + 1))
        if best >= SENTENCE_JACCARD or long_span:
            found.append(" ".join(s[:12]))
    return len(found) / len(sa), found
