"""What identifies an event in an article: weighted terms, names and the event date."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..facts.lexicon import fold
from ..records import Article

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
STOP = frozenset(fold(w) for w in """
para pero como más mas sus por con una uno unos unas los las del que este esta estos estas ese esa eso
fue han había habia sido ser son será sera está esta están estan entre sobre tras desde hasta cuando donde
quien quienes cual cuales cuyo muy también tambien sin porque aunque mientras según segun durante ante bajo
contra hacia todo toda todos todas otro otra otros otras cada mismo misma dijo afirmó señaló indicó explicó
agregó añadió además tiene tienen hay hace año años día días semana mes meses ayer hoy mañana lunes martes
miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre
noviembre diciembre dos tres cuatro cinco seis siete ocho nueve diez parte tras vez veces así ello ellos ellas
the and for that with from this have has had was were are been will would said says about after before
they their them there which what when where who whom while into over under also more most other some such
than then these those very just only than its his her our your not but can could should would may might
""".split())
TITLE_WEIGHT, LEAD_WEIGHT = 3.0, 1.5
LEAD_CHARS = 600


@lru_cache(maxsize=200_000)
def _term(word: str) -> str | None:
    """Return the clustering term of a word, or None for stop words and short capitalised words."""
    if fold(word) in STOP or word[:1].isupper() and len(word) < 4:
        return None
    return stem(word)


def stem(word: str) -> str:
    """Return a crude language-agnostic stem: folded, plural and gender endings cut, 7 letters at most."""
    w = fold(word)
    for suffix in ("ciones", "cion", "mente", "es", "as", "os", "s", "a", "o", "e"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:7]


def terms(text: str, weight: float = 1.0) -> Counter:
    out: Counter = Counter()
    for w in _WORD.findall(text):
        if (term := _term(w)) is not None:
            out[term] += weight
    return out


@dataclass(frozen=True, slots=True)
class EventFeatures:
    article_id: str
    terms: dict[str, float]
    names: frozenset[str]  # folded canonical names of people, organisations, places
    date: str | None
    title: str | None
    vector: object = None  # numpy embedding of headline and lead, when available
    lang: str | None = None


def event_features(article: Article, vector=None) -> EventFeatures:
    """Return the features that identify the article's event."""
    text = article.text
    counts = terms(article.title or "", TITLE_WEIGHT) + terms(text[:LEAD_CHARS], LEAD_WEIGHT) + terms(text)
    names = frozenset(fold(e.name) for e in article.entities if e.type in ("PER", "ORG", "LOC", "MISC")
                      and len(e.name) > 2)
    return EventFeatures(article_id=article.id, terms=dict(counts), names=names,
                         date=article.event_date, title=article.title, vector=vector, lang=article.lang)
