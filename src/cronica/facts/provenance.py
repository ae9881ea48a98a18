"""Provenance of quotes: one quote across copies and stories, every outlet that carried it, its first
printing, and the versions when its words changed between outlets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Article, Quote
from .lexicon import fold

SAME_QUOTE = 0.6  # word overlap (of the shorter quote) above which two quotes are one
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class QuoteTrace:
    """A quote as carried by several articles."""

    speaker: str | None
    versions: list[str] = field(default_factory=list)  # distinct wordings, first printing first
    carriers: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # article id, outlet, date
    kind: str = "direct"

    @property
    def first(self) -> tuple[str, str | None, str | None]:
        return self.carriers[0]

    @property
    def altered(self) -> bool:
        return len({_norm(v) for v in self.versions}) > 1

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "text": self.versions[0], "versions": self.versions, "kind": self.kind,
                "first_printing": {"article": self.first[0], "outlet": self.first[1], "date": self.first[2]},
                "carried_by": [{"article": a, "outlet": o, "date": d} for a, o, d in self.carriers],
                "altered": self.altered}


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(fold(a))), set(_WORD.findall(fold(b)))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _same_speaker(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True  # an unattributed copy of a quote is still that quote
    fa, fb = fold(a), fold(b)
    return fa in fb or fb in fa


def trace_quotes(articles: list[Article]) -> list[QuoteTrace]:
    """Return the quotes of the articles merged across outlets, in order of first printing.

    Articles are visited by publication date, so a quote's first carrier is its first printing
    among the articles given.
    """
    traces: list[QuoteTrace] = []
    order = sorted(articles, key=lambda a: (a.published or a.event_date or "9999", not _is_wire_page(a), a.id))
    for article in order:
        for q in article.quotes:
            trace = _find(traces, q)
            if trace is None:
                trace = QuoteTrace(speaker=q.speaker, kind=q.kind)
                traces.append(trace)
            trace.speaker = trace.speaker or q.speaker
            if all(_norm(v) != _norm(q.text) for v in trace.versions):
                trace.versions.append(q.text)
            if all(c[0] != article.id for c in trace.carriers):
                trace.carriers.append((article.id, article.outlet, article.published))
    return traces


def _is_wire_page(article: Article) -> bool:
    """True for the agency's own page of a cable (printed before same-day reprints)."""
    return bool(article.agency and article.outlet and (fold(article.agency) in fold(article.outlet)
                                                      or fold(article.outlet).startswith("agencia")))


def _find(traces: list[QuoteTrace], q: Quote) -> QuoteTrace | None:
    for trace in traces:
        if _same_speaker(trace.speaker, q.speaker) and any(_overlap(v, q.text) >= SAME_QUOTE for v in trace.versions):
            return trace
    return None
