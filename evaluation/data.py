"""Loaders for the shared evaluation sets, read straight from their archives (nothing is extracted).

Every loader takes the data root (``../shared/eval`` from the repository root) and an optional
``limit``: the first N items of the set, in the set's own order, for quick runs.
"""

from __future__ import annotations

import csv
import gzip
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = "../shared/eval"  # relative to the repository root, never an absolute path

TRAFILATURA = "extraction/trafilatura-eval"
SCRAPINGHUB = "extraction/scrapinghub-article-extraction-benchmark"
HTMLDATE = "dates/htmldate-eval"
CONLL = "ner/conll2002-es"
CLUSTERING = "clustering"


def data_root(path: str | None = None) -> Path:
    """Return the evaluation data folder: ``path`` if given, else ../shared/eval from the repo root."""
    return Path(path) if path else (REPO_ROOT / DEFAULT_DATA)


def read_tar(path: Path, prefix: str, wanted: set[str] | None = None) -> dict[str, bytes]:
    """Return {member name without ``prefix``: bytes} for the files of a tar archive."""
    members: dict[str, bytes] = {}
    with tarfile.open(path) as tar:
        for info in tar:
            if not info.isfile() or not info.name.startswith(prefix):
                continue
            name = info.name[len(prefix) :]
            if wanted is None or name in wanted:
                members[name] = tar.extractfile(info).read()
    return members


def _head(items: list, limit: int | None) -> list:
    return items if limit is None else items[:limit]


# --------------------------------------------------------------------------- trafilatura-eval


@dataclass(frozen=True, slots=True)
class ExtractionPage:
    """One trafilatura-eval page with its gold segments and gold metadata ('' where none)."""

    key: str
    file: str
    html: bytes
    with_: list[str]
    without: list[str]
    title: str = ""
    author: str | list[str] = ""
    date: str = ""
    spanish: bool = False


def _spanish_files(root: Path, folder: str) -> set[str]:
    return {row["file"] for row in json.loads((root / folder / "spanish_subset.json").read_text("utf-8"))}


def load_trafilatura_eval(root: Path, limit: int | None = None) -> list[ExtractionPage]:
    """Return the HTML pages of trafilatura-eval with their segments and metadata gold."""
    folder = root / TRAFILATURA
    gold = json.loads((folder / "evaldata.json").read_text("utf-8"))
    entries = _head(list(gold.items()), limit)
    html = read_tar(folder / "html.tar.gz", "html/", {item["file"] for _, item in entries})
    spanish = _spanish_files(root, TRAFILATURA)
    return [
        ExtractionPage(
            key=key,
            file=item["file"],
            html=html[item["file"]],
            with_=item["with"],
            without=item["without"],
            title=item.get("title") or "",
            author=item.get("author") or "",
            date=item.get("date") or "",
            spanish=item["file"] in spanish,
        )
        for key, item in entries
    ]


@dataclass(frozen=True, slots=True)
class TextDump:
    """One plain-text rendering of a trafilatura-eval page, with the manifest's usability flag."""

    key: str
    file: str
    renderer: str
    text: str
    with_: list[str]
    without: list[str]
    usable: bool
    spanish: bool = False


def load_text_dumps(root: Path, limit: int | None = None) -> dict[str, list[TextDump]]:
    """Return {renderer: dumps}, the first ``limit`` pages of the manifest for each renderer."""
    folder = root / TRAFILATURA
    gold = json.loads((folder / "evaldata.json").read_text("utf-8"))
    lines = [json.loads(line) for line in (folder / "texts_manifest.jsonl").read_text("utf-8").splitlines() if line]
    by_renderer: dict[str, list[dict]] = {}
    for line in lines:
        by_renderer.setdefault(line["renderer"], []).append(line)
    chosen = {r: _head(rows, limit) for r, rows in by_renderer.items()}
    texts = read_tar(folder / "texts.tar.gz", "", {row["text"] for rows in chosen.values() for row in rows})
    spanish = _spanish_files(root, TRAFILATURA)
    return {
        renderer: [_text_dump(row, gold[row["key"]], texts[row["text"]], spanish) for row in rows]
        for renderer, rows in chosen.items()
    }


def _text_dump(row: dict, item: dict, raw: bytes, spanish: set[str]) -> TextDump:
    return TextDump(
        key=row["key"],
        file=row["file"],
        renderer=row["renderer"],
        text=raw.decode("utf-8"),
        with_=item["with"],
        without=item["without"],
        usable=bool(row["usable"]),
        spanish=row["file"] in spanish,
    )


# --------------------------------------------------------------------------- scrapinghub


@dataclass(frozen=True, slots=True)
class BodyPage:
    """One scrapinghub benchmark page: raw HTML bytes (gunzipped) and the gold article body."""

    id: str
    url: str
    html: bytes
    gold: str


def load_scrapinghub(root: Path, limit: int | None = None) -> list[BodyPage]:
    """Return the benchmark pages in ground-truth order."""
    folder = root / SCRAPINGHUB
    gold = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    entries = _head(list(gold.items()), limit)
    html = read_tar(folder / "html.tar.gz", "html/", {f"{key}.html.gz" for key, _ in entries})
    return [
        BodyPage(id=key, url=item.get("url", ""), html=gzip.decompress(html[f"{key}.html.gz"]), gold=item.get("articleBody") or "")
        for key, item in entries
    ]


def load_published_outputs(root: Path, names: list[str]) -> dict[str, dict[str, str]]:
    """Return {system: {page id: articleBody}} from the upstream outputs, flat or wrapped."""
    raw = read_tar(root / SCRAPINGHUB / "output.tar.gz", "output/", {f"{n}.json" for n in names})
    outputs = {}
    for name in names:
        if f"{name}.json" not in raw:
            continue
        data = json.loads(raw[f"{name}.json"])
        data = data.get("output", data) if "version" in data else data
        outputs[name] = {key: (value or {}).get("articleBody") or "" for key, value in data.items()}
    return outputs


# --------------------------------------------------------------------------- htmldate


@dataclass(frozen=True, slots=True)
class DatePage:
    url: str
    file: str
    html: bytes
    gold: str
    spanish: bool = False


def load_htmldate(root: Path, limit: int | None = None) -> list[DatePage]:
    """Return the htmldate-eval pages with their gold day (one entry per URL, as upstream)."""
    folder = root / HTMLDATE
    gold = json.loads((folder / "eval_default.json").read_text("utf-8"))
    entries = _head(list(gold.items()), limit)
    html = read_tar(folder / "html.tar.gz", "html/", {item["file"] for _, item in entries})
    spanish = {row["url"] for row in json.loads((folder / "spanish_subset.json").read_text("utf-8"))}
    return [
        DatePage(url=url, file=item["file"], html=html[item["file"]], gold=item["date"], spanish=url in spanish)
        for url, item in entries
    ]


# --------------------------------------------------------------------------- clustering


@dataclass(slots=True)
class ClusterView:
    """Documents to cluster together and the gold partitions to score them against.

    ``golds`` maps a label to one cluster id per document; the first is the headline (and the
    oracle K of the baseline). ``corpus`` names the source set, so views of one corpus can share
    per-document work.
    """

    name: str
    corpus: str
    docs: list[dict]
    golds: dict[str, list[str]]
    note: str = ""


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Return the rows of a headed TSV file as dicts."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_docs(folder: Path) -> list[dict]:
    with gzip.open(folder / "docs.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _gold_map(path: Path, column: str = "cluster_id") -> dict[str, str]:
    return {row["doc_id"]: row[column] for row in read_tsv(path)}


def _view(name: str, corpus: str, docs: list[dict], golds: dict[str, dict[str, str]], limit: int | None, note: str = "") -> ClusterView:
    docs = _head(docs, limit)
    return ClusterView(name, corpus, docs, {label: [g[d["id"]] for d in docs] for label, g in golds.items()}, note)


def load_cluster_views(root: Path, limit: int | None = None) -> list[ClusterView]:
    """Return every clustering view: the six sets, their test splits and the MEANTIME variants."""
    base = root / CLUSTERING
    views = []
    for name in ("ecbplus", "gvc_subset", "basil", "newswcl50"):
        docs, gold = read_docs(base / name), _gold_map(base / name / "gold.tsv")
        golds = {"events": gold}
        if name == "ecbplus":
            golds["43 topics"] = _gold_map(base / name / "meta.tsv", "topic")
        views.append(_view(name, name, docs, golds, limit))
        if name == "ecbplus":
            views.append(_split_view(base, name, "split_cybulska", docs, gold, limit))
    docs, gold = read_docs(base / "neus_allsides_triplets"), _gold_map(base / "neus_allsides_triplets" / "gold.tsv")
    views.append(_view("neus_allsides_triplets", "neus_allsides_triplets", docs, {"stories": gold}, limit))
    views.append(_split_view(base, "neus_allsides_triplets", "split_neus", docs, gold, limit))
    views.extend(_meantime_views(base / "meantime", limit))
    return views


def _split_view(base: Path, name: str, column: str, docs: list[dict], gold: dict[str, str], limit: int | None) -> ClusterView:
    split = _gold_map(base / name / "meta.tsv", column)
    test_docs = [d for d in docs if split.get(d["id"]) == "test"]
    label = "events" if name == "ecbplus" else "stories"
    return _view(f"{name} [test split]", name, test_docs, {label: gold}, limit, note=f"{column} = test, clustered alone")


def _meantime_views(folder: Path, limit: int | None) -> list[ClusterView]:
    docs = read_docs(folder)
    topics = _gold_map(folder / "gold.tsv")
    same_article = _gold_map(folder / "gold_crosslingual.tsv")
    spanish = [d for d in docs if d["id"].startswith("es/")]
    return [
        _view("meantime [es]", "meantime", spanish, {"4 topics": topics}, limit),
        _view("meantime [en+es+it+nl]", "meantime", docs, {"4 topics": topics}, limit),
        _view("meantime [cross-lingual]", "meantime", docs, {"same article": same_article}, limit),
    ]


def load_barhom_topics(root: Path) -> dict[str, str]:
    """Return {doc id: cluster} from Barhom et al. 2019's published ECB+ test clustering."""
    groups = json.loads((root / CLUSTERING / "ecbplus" / "anchors" / "barhom2019_predicted_topics.json").read_text("utf-8"))
    return {doc: f"c{i}" for i, group in enumerate(groups) for doc in group}


# --------------------------------------------------------------------------- CoNLL-2002


@dataclass(frozen=True, slots=True)
class Sentence:
    tokens: list[str]
    tags: list[str]


def load_conll(root: Path, limit: int | None = None, name: str = "esp.testa") -> list[Sentence]:
    """Return the sentences of a CoNLL-2002 file (``token POS tag`` lines, blank line between)."""
    sentences, tokens, tags = [], [], []
    with gzip.open(root / CONLL / f"{name}.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                if tokens:
                    sentences.append(Sentence(tokens, tags))
                tokens, tags = [], []
                continue
            tokens.append(parts[0])
            tags.append(parts[-1])
    if tokens:
        sentences.append(Sentence(tokens, tags))
    return _head(sentences, limit)
