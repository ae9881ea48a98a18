"""Language identification stage (py3langid, restricted to languages news in our scope is written in)."""

from __future__ import annotations

from functools import lru_cache

from .records import Article, Evidence

# Restricting the label set removes rare confusions (es/gl, pt/gl) on short news texts.
LANGUAGES = ("es", "en", "pt", "fr", "it", "de", "nl", "ca", "gl", "eu", "pl", "ru", "zh", "ar", "ja", "tr", "uk")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def identify_language(text: str) -> tuple[str | None, float]:
    """Return (ISO 639-1 code, probability) for a text; (None, 0.0) when it is too short to tell."""
    sample = text[:4000]
    if sum(c.isalpha() for c in sample) < 20:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)


def add_language(article: Article) -> Article:
    """Return the article with its language set (a crawler's declared language is kept when given)."""
    from dataclasses import replace

    if article.lang:
        return article
    lang, prob = identify_language((article.title or "") + "\n" + article.text)
    row = Evidence(subject=article.id, kind="lang", claim=lang or "unknown", rule="py3langid", score=round(prob, 3),
                   detail="language of title and main text")
    return replace(article, lang=lang, evidence=article.evidence + (row,))
