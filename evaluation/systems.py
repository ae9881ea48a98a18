"""Adapters that give every system under evaluation the same small call shape.

The system under test is cronica; the baselines live in ``evaluation.baselines``. An adapter
factory returns a ``System``, or a ``str`` saying why the system is not available (an import
error while the library is being written, an optional model that is not installed).
"""

from __future__ import annotations

import importlib
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from evaluation.data import REPO_ROOT


@dataclass(frozen=True, slots=True)
class Extracted:
    """What an extractor gives back for one page: main text and metadata ('' where none)."""

    text: str = ""
    title: str = ""
    author: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class System:
    """A named callable; ``note`` records the settings that the tables print next to the name."""

    name: str
    run: Callable[..., Any]
    note: str = ""


def import_cronica(module: str, *names: str) -> list[Any]:
    """Return the named attributes of ``cronica.<module>``; falls back to the source tree if not installed."""
    try:
        mod = importlib.import_module(f"cronica.{module}")
    except ModuleNotFoundError as error:
        src = REPO_ROOT / "src"
        if not error.name or not error.name.startswith("cronica") or str(src) in sys.path or not (src / "cronica").is_dir():
            raise
        sys.path.insert(0, str(src))
        mod = importlib.import_module(f"cronica.{module}")
    return [getattr(mod, name) for name in names]


def _availability(factory: Callable[[], System]) -> System | str:
    try:
        return factory()
    except Exception as error:  # an import or attribute error while the library is being written
        return f"{type(error).__name__}: {error}"


# --------------------------------------------------------------------------- extraction


def cronica_extractor(kind: str = "html") -> System | str:
    """Return cronica's page → article extraction for ``kind`` html or text, or why it is unavailable."""

    def build() -> System:
        (page_from_bytes,) = import_cronica("ingest", "page_from_bytes")
        (extract_article,) = import_cronica("extract", "extract_article")
        (drop,) = import_cronica("records", "Drop")

        def run(raw: bytes, source: str) -> Extracted:
            try:
                article = extract_article(page_from_bytes(raw, source, kind=kind))
            except drop:
                return Extracted()
            return Extracted(article.text or "", article.title or "", article.byline or "", article.published or "")

        return System("cronica", run, f"page_from_bytes(kind={kind!r}) + extract_article; Drop = empty")

    return _availability(build)


# --------------------------------------------------------------------------- clustering


def analyse_docs(analyse_text: Callable[..., Any], docs: list[dict]) -> list[Any]:
    """Return one analysed article per clustering document, in the documents' order."""
    return [
        analyse_text(
            id=d["id"], title=d.get("title"), text=d.get("text") or "", published=d.get("date"),
            outlet=d.get("outlet"), lang=d.get("lang"),
        )
        for d in docs
    ]


def cronica_clusterer() -> System | str:
    """Return cronica's story clustering (analyse_text, then cluster_articles; no oracle K)."""

    def build() -> System:
        (analyse_text,) = import_cronica("pipeline", "analyse_text")
        (cluster_articles,) = import_cronica("stories", "cluster_articles")

        def run(docs: list[dict]) -> list[str]:
            articles = analyse_docs(analyse_text, docs)
            return stories_to_labels([a.id for a in articles], cluster_articles(articles))

        return System("cronica", run, "analyse_text + cluster_articles")

    return _availability(build)


@dataclass(frozen=True, slots=True)
class PipelineRun:
    """Story labels read back from a real store: after online ingestion, then after ``recluster``."""

    online: list[str]
    recluster: list[str]
    analyse_seconds: float
    ingest_seconds: float
    recluster_seconds: float


def arrival_order(docs: list[dict]) -> list[int]:
    """Return document indexes as a crawler would receive them: by publication date (undated last), then input order."""
    return sorted(range(len(docs)), key=lambda i: (docs[i].get("date") or "9999", i))


def cronica_pipeline_clusterer(embeddings: bool | None = None) -> System | str:
    """Return cronica's stored story clustering: ``Pipeline.ingest_articles`` in arrival order, then
    ``Pipeline.recluster`` on the same temporary SQLite store; ``run(docs)`` gives a ``PipelineRun``.

    ``embeddings`` is passed to ``Pipeline`` (None = the library default: on when the model is installed).
    """

    def build() -> System:
        analyse_text, pipeline = import_cronica("pipeline", "analyse_text", "Pipeline")
        (store_class,) = import_cronica("store", "Store")

        def run(docs: list[dict]) -> PipelineRun:
            start = time.perf_counter()
            articles = analyse_docs(analyse_text, docs)
            ids = [a.id for a in articles]
            analysed = time.perf_counter()
            with tempfile.TemporaryDirectory(prefix="cronica-eval-") as folder:
                with store_class(f"{folder}/stories.db") as store:
                    pipeline(store, embeddings=embeddings).ingest_articles([articles[i] for i in arrival_order(docs)])
                    online = stories_to_labels(ids, store.stories())
                    ingested = time.perf_counter()
                    pipeline(store, embeddings=embeddings).recluster()
                    recluster = stories_to_labels(ids, store.stories())
                    reclustered = time.perf_counter()
            return PipelineRun(online, recluster, analysed - start, ingested - analysed, reclustered - ingested)

        return System("cronica pipeline", run, "analyse_text + Pipeline.ingest_articles (arrival order), then Pipeline.recluster")

    return _availability(build)


def stories_to_labels(article_ids: list[str], stories: list[Any]) -> list[str]:
    """Return one cluster label per article; an article that is in no story is its own cluster."""
    label_of: dict[str, str] = {}
    for number, story in enumerate(stories):
        for article_id in story.articles:
            label_of.setdefault(article_id, f"s{number}")
    return [label_of.get(article_id, f"single:{i}") for i, article_id in enumerate(article_ids)]


# --------------------------------------------------------------------------- NER


def cronica_tagger() -> System | str:
    """Return cronica's entity finder as a tokens → BIO tags tagger."""

    def build() -> System:
        (find_entities,) = import_cronica("facts.entities", "find_entities")

        def run(tokens: list[str]) -> list[str]:
            text = " ".join(tokens)
            spans = [(m.start, m.end, m.type) for m in find_entities(text, lang="es")]
            return spans_to_bio(tokens, spans)

        return System("cronica", run, "find_entities(lang='es') on the space-joined tokens")

    return _availability(build)


def token_offsets(tokens: list[str]) -> list[tuple[int, int]]:
    """Return the (start, end) of each token in ``" ".join(tokens)``."""
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    return offsets


def spans_to_bio(tokens: list[str], spans: list[tuple[int, int, str]]) -> list[str]:
    """Return IOB2 tags from character spans: a span tags every token it overlaps.

    Spans are taken by start offset (longer first on ties); a span overlapping a token already
    tagged by an earlier span is dropped, so the output is always a valid tag sequence.
    """
    offsets = token_offsets(tokens)
    tags = ["O"] * len(tokens)
    for start, end, typ in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        covered = [i for i, (a, b) in enumerate(offsets) if a < end and b > start]
        if not covered or any(tags[i] != "O" for i in covered):
            continue
        tags[covered[0]] = f"B-{typ}"
        for i in covered[1:]:
            tags[i] = f"I-{typ}"
    return tags
