"""Quotes: content spans and speakers, on our Spanish annotation and on PolNeAR (English).

Spanish: ``evaluation/gold/quotes_es.jsonl`` annotates quotes on texts of
../shared/eval/corpus/spanish-fake-news by offsets (guidelines: ``evaluation/gold/README_quotes.md``);
the first documents are the development part rules were tuned on, the rest is held out.
English: the dev and train splits of ../shared/eval/quotes/polnear (research use, evaluation only).

Content spans are compared on word tokens (``\\w+``), so edge punctuation and quotation marks never
decide a match. *exact*: the predicted span starts and ends on the same words as a gold span.
*overlap*: gold and predicted spans are paired one to one by shared words (most shared first), and
each pair counts the share of its words that agree (proportional overlap):
P = Σ shared/|pred| / #pred, R = Σ shared/|gold| / #gold. *speaker acc*: over gold quotes paired with
a prediction (``found``), the share whose predicted speaker names the gold speaker (see
``same_speaker``). Throughput: entities + quotes per document, documents per CPU second of this
one process (= per core).

PolNeAR conventions met on the way: an interrupted quotation ('"A," he said. "B."') is one content
there, so cronica's two parts are joined before scoring (``join_interrupted``); a source is scored by
the words of its mention (``find_attributions`` gives its offsets), pronouns included.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from evaluation import data
from evaluation.report import Table
from evaluation.systems import import_cronica
from evaluation.tasks.common import Context

GOLD_ES = data.REPO_ROOT / "evaluation" / "gold" / "quotes_es.jsonl"
FAKE_NEWS = "corpus/spanish-fake-news/docs.jsonl.gz"
POLNEAR = "quotes/polnear/polnear-train-dev.tar.gz"
COLUMNS = ["P", "R", "F1", "speaker acc", "found", "n gold", "n pred"]
SPEED_COLUMNS = ["docs", "CPU s", "docs/s/core", "quotes/doc"]
GOALS = {"speaker acc": 0.90, "F1": 0.85}  # issue 6, Spanish, content F1 and speaker accuracy

_WORD = re.compile(r"\w+")
_DETERMINERS = frozenset("el la los las lo un una unos unas the a an".split())


# --------------------------------------------------------------------------- spans and scores


@dataclass(frozen=True, slots=True)
class Span:
    """A quote content (or source) span: its words as (start, end) offsets, and a speaker if any."""

    words: tuple[tuple[int, int], ...]
    speaker: str | None = None
    aliases: tuple[str, ...] = ()
    source: tuple[tuple[int, int], ...] = ()  # PolNeAR: the source span's words

    @property
    def bounds(self) -> tuple[int, int] | None:
        return (self.words[0][0], self.words[-1][1]) if self.words else None


def words_in(text: str, parts: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Return the word tokens lying inside the character ranges ``parts`` (a discontinuous span has several)."""
    found = []
    for start, end in parts:
        found.extend((start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end]))
    return tuple(sorted(set(found)))


@dataclass(slots=True)
class SpanCounts:
    """Sums over documents for exact and proportional-overlap span scores, and speaker agreement."""

    n_gold: int = 0
    n_pred: int = 0
    exact: int = 0
    overlap_p: float = 0.0
    overlap_r: float = 0.0
    found: int = 0
    speakers_right: int = 0
    speakers_scored: int = 0

    def __add__(self, other: SpanCounts) -> SpanCounts:
        return SpanCounts(*(a + b for a, b in zip(_fields(self), _fields(other))))

    def figures(self, mode: str) -> dict[str, float | int | None]:
        """Return P/R/F1 for ``mode`` 'exact' or 'overlap', with the speaker accuracy and counts."""
        if mode == "exact":
            p, r = _ratio(self.exact, self.n_pred), _ratio(self.exact, self.n_gold)
        else:
            p, r = _ratio(self.overlap_p, self.n_pred), _ratio(self.overlap_r, self.n_gold)
        return {"P": p, "R": r, "F1": _ratio(2 * p * r, p + r), "found": self.found, "n gold": self.n_gold,
                "n pred": self.n_pred,
                "speaker acc": _ratio(self.speakers_right, self.speakers_scored) if self.speakers_scored else None}


def _fields(counts: SpanCounts) -> list:
    return [getattr(counts, name) for name in SpanCounts.__slots__]


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def pair_spans(gold: list[Span], pred: list[Span]) -> list[tuple[int, int, int]]:
    """Return one-to-one (gold index, pred index, shared words) pairs, most shared words first."""
    candidates = []
    for gi, g in enumerate(gold):
        gw = set(g.words)
        for pi, p in enumerate(pred):
            shared = len(gw.intersection(p.words))
            if shared:
                candidates.append((shared, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for shared, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi, shared))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


def score_document(gold: list[Span], pred: list[Span],
                   speaker_ok: Callable[[Span, Span], bool | None] | None = None) -> SpanCounts:
    """Return the span counts of one document; ``speaker_ok(gold, pred)`` is None where it cannot be scored."""
    gold = [g for g in gold if g.words]
    pred = [p for p in pred if p.words]
    counts = SpanCounts(n_gold=len(gold), n_pred=len(pred))
    exact_pred = {p.bounds for p in pred}
    counts.exact = sum(1 for b in {g.bounds for g in gold} if b in exact_pred)
    for gi, pi, shared in pair_spans(gold, pred):
        counts.found += 1
        counts.overlap_p += shared / len(pred[pi].words)
        counts.overlap_r += shared / len(gold[gi].words)
        verdict = speaker_ok(gold[gi], pred[pi]) if speaker_ok else None
        if verdict is not None:
            counts.speakers_scored += 1
            counts.speakers_right += bool(verdict)
    return counts


def name_words(name: str | None) -> list[str]:
    """Return the lower-case, accent-free words of a name without a leading article."""
    import unicodedata

    folded = "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c)).lower()
    words = _WORD.findall(folded)
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return words


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def same_speaker(predicted: str | None, gold: str, aliases: Iterable[str] = ()) -> bool:
    """True when the predicted speaker names the gold speaker.

    Names are compared as folded word sequences without a leading article: one must be a
    contiguous part of the other ("Gates" names "Bill Gates"; "el portavoz Matteo Brunni" names
    "Matteo Brunni"), against the gold name or any alias the document uses for the same speaker.
    """
    mine = name_words(predicted)
    if not mine:
        return False
    for name in (gold, *aliases):
        theirs = name_words(name)
        if _contains(mine, theirs) or _contains(theirs, mine):
            return True
    return False


def _spanish_speaker(gold: Span, pred: Span) -> bool | None:
    return same_speaker(pred.speaker, gold.speaker, gold.aliases) if gold.speaker else None


def _source_overlaps(gold: Span, pred: Span) -> bool | None:
    """PolNeAR: a predicted source span is right when it shares a word with the gold source span."""
    if not gold.source:
        return None
    return bool(set(gold.source).intersection(pred.source))


# --------------------------------------------------------------------------- data


@dataclass(slots=True)
class GoldDoc:
    """One annotated document: its text, its split and its gold spans (content, or source)."""

    id: str
    text: str
    split: str
    quotes: list[Span] = field(default_factory=list)
    sources: list[Span] = field(default_factory=list)


def load_spanish(root: Path, gold_path: Path = GOLD_ES) -> tuple[list[GoldDoc], list[str]]:
    """Return the annotated documents with their texts, and the ids whose text no longer matches the gold."""
    import hashlib

    texts = {d["id"]: d["text"] for d in _fake_news(root)}
    docs, stale = [], []
    for line in gold_path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = texts.get(record["doc"])
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest() if text is not None else None
        if digest != record["blake2b"]:
            stale.append(record["doc"])
            continue
        quotes = [Span(words_in(text, [(q["start"], q["end"])]), q.get("speaker"), tuple(q.get("aliases", ())))
                  for q in record["quotes"]]
        docs.append(GoldDoc(record["doc"], text, record["split"], quotes))
    return docs, stale


def _fake_news(root: Path) -> list[dict]:
    with gzip.open(root / FAKE_NEWS, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_polnear(root: Path, split: str, limit: int | None = None) -> list[GoldDoc]:
    """Return PolNeAR articles of a split with content and source spans of every attribution.

    A double-annotated article is read from its first annotation file by name. Discontinuous spans
    keep all their parts; a relation without a source keeps its content.
    """
    members = data.read_tar(root / POLNEAR, f"data/{split}/")
    texts = {name[len("text/"):-len(".txt")]: raw.decode("utf-8") for name, raw in members.items()
             if name.startswith("text/")}
    annotations: dict[str, str] = {}
    for name in sorted(n for n in members if n.startswith("attributions/")):
        article = name[len("attributions/"):].rsplit("_", 1)[0]
        annotations.setdefault(article, members[name].decode("utf-8"))
    docs = []
    for article in sorted(texts)[:limit]:
        text = texts[article]
        contents, sources = _brat_relations(annotations.get(article, ""))
        quotes = [Span(words_in(text, c), source=words_in(text, s) if s else ()) for c, s in contents]
        docs.append(GoldDoc(article, text, split, quotes, [Span(words_in(text, s)) for s in sources]))
    return docs


def _brat_relations(ann: str) -> tuple[list[tuple[list, list | None]], list[list]]:
    """Return [(content parts, source parts or None)] of the attribution events, and the distinct sources."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = [tuple(map(int, part.split())) for part in offsets.split(";")]
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg))
    contents, sources = [], {}
    for event in events:
        if "Content" not in event or event["Content"] not in spans:
            continue
        source = spans.get(event.get("Source", ""))
        contents.append((spans[event["Content"]], source))
        if source:
            sources[tuple(source)] = source
    return contents, list(sources.values())


# --------------------------------------------------------------------------- systems


@dataclass(frozen=True, slots=True)
class Predicted:
    """One system's output on one document: content spans (with speaker and source words)."""

    quotes: list[Span]
    sources: list[Span]


def cronica_quotes(lang: str = "es") -> Callable[[str], Predicted]:
    """Return a text -> Predicted function running cronica's entities then quotes."""
    (find_entities,) = import_cronica("facts.entities", "find_entities")
    (find_quotes,) = import_cronica("facts.quotes", "find_quotes")
    try:  # the source offsets of each speaker, where the quote finder gives them
        (attributions,) = import_cronica("facts.quotes", "find_attributions")
    except AttributeError:
        attributions = None

    def run(text: str) -> Predicted:
        entities = find_entities(text, lang)
        if attributions is not None:
            found = [(a.quote, a.source_start, a.source_end) for a in attributions(text, entities)]
        else:
            found = [(q, None, None) for q in find_quotes(text, entities)]
        quotes = [Span(words_in(text, [(q.start, q.end)]), q.speaker,
                       source=words_in(text, [(s, e)]) if s is not None else ()) for q, s, e in found]
        if lang == "en":
            quotes = join_interrupted(text, quotes)
        sources = {span.source: Span(span.source) for span in quotes if span.source}
        return Predicted(quotes, list(sources.values()))

    return run


def join_interrupted(text: str, quotes: list[Span]) -> list[Span]:
    """Join '"A," he said. "B."' into one content, as PolNeAR annotates an interrupted quotation.

    Two quotations are joined when only their speaker's cue clause lies between them; the joined
    span keeps the words of both parts, not those of the cue.
    """
    out: list[Span] = []
    for span in quotes:
        last = out[-1] if out else None
        if last and last.bounds and span.bounds and last.source and not span.source:
            gap = text[last.bounds[1]:span.bounds[0]]
            source_words = {w for w in last.source if last.bounds[1] <= w[0] < span.bounds[0]}
            if "\n" not in gap and len(gap) < 60 and source_words and len(_WORD.findall(gap)) <= len(source_words) + 3:
                words = tuple(sorted(set(last.words) | set(span.words)))
                out[-1] = Span(words, last.speaker, last.aliases, last.source)
                continue
        out.append(span)
    return out


_MARKS = re.compile(r"«([^«»]+)»|“([^“”]+)”|\"([^\"\n]+)\"")


def quote_marks_baseline(lang: str = "es") -> Callable[[str], Predicted]:
    """Return a baseline: every span in quotation marks of 3+ words, spoken by the person named last before it."""
    (find_entities,) = import_cronica("facts.entities", "find_entities")

    def run(text: str) -> Predicted:
        people = [e for e in find_entities(text, lang) if e.type == "PER"]
        quotes = []
        for m in _MARKS.finditer(text):
            start = m.start() + 1
            if len(_WORD.findall(text[start:m.end() - 1])) < 3:
                continue
            before = [e for e in people if e.end <= m.start()]
            speaker = before[-1] if before else None
            quotes.append(Span(words_in(text, [(start, m.end() - 1)]), speaker.name if speaker else None,
                               source=words_in(text, [(speaker.start, speaker.end)]) if speaker else ()))
        return Predicted(quotes, [Span(q.source) for q in quotes if q.source])

    return run


SYSTEMS = (("cronica", cronica_quotes), ("baseline: quotation marks, last person before", quote_marks_baseline))


# --------------------------------------------------------------------------- tables


def run(ctx: Context) -> list[Table]:
    tables = []
    if (ctx.root / FAKE_NEWS).is_file() and GOLD_ES.is_file():
        tables.append(spanish_table(ctx))
        tables.append(speed_table(ctx))
    else:
        ctx.say(f"quotes: {FAKE_NEWS} or {GOLD_ES.name} missing, Spanish quotes skipped")
    if (ctx.root / POLNEAR).is_file():
        tables.append(polnear_table(ctx))
    else:
        ctx.say(f"quotes: {POLNEAR} missing, PolNeAR skipped")
    return tables


def _systems(ctx: Context, lang: str) -> list[tuple[str, Callable[[str], Predicted]]]:
    ready = []
    for name, factory in SYSTEMS:
        try:
            ready.append((name, factory(lang)))
        except Exception as error:  # the library is being written: say so and go on
            ctx.available("quotes", f"{type(error).__name__}: {error}", name)
    return ready


SPLITS = ("all", "dev", "dev2", "dev3", "dev4", "heldout")
LATER_DEV = ("dev2", "dev3", "dev4")  # development batches annotated after the first: dev too, and a row of their own


def split_rows(split: str) -> tuple[str, ...]:
    """Return the rows a document of ``split`` counts in: a later dev batch ('dev2' to 'dev4') is dev too."""
    return ("all", "dev", split) if split in LATER_DEV else ("all", split)


def spanish_table(ctx: Context) -> Table:
    docs, stale = load_spanish(ctx.root)
    docs = docs[:ctx.limit] if ctx.limit else docs
    n = sum(len(d.quotes) for d in docs)
    table = Table("quotes", f"Spanish quotes, our annotation of spanish-fake-news ({len(docs)} documents, {n} quotes)",
                  COLUMNS)
    for name, system in _systems(ctx, "es"):
        counts = {split: SpanCounts() for split in SPLITS}
        for doc in docs:
            got = score_document(doc.quotes, system(doc.text).quotes, _spanish_speaker)
            for split in split_rows(doc.split):
                counts[split] += got
        for split in SPLITS:
            for mode in ("overlap", "exact"):
                table.add(f"{name} [{split}, {mode}]", counts[split].figures(mode))
    table.notes.append("content spans compared on words; overlap = proportional word overlap of one-to-one pairs; "
                       "speaker acc over gold quotes paired with a prediction (found)")
    table.notes.append("dev = the documents the rules were tuned on (dev2 to dev4: the later batches of them, in dev too); "
                       "heldout = annotated with the first batch, not looked at while tuning "
                       "(evaluation/gold/README_quotes.md)")
    table.notes.append(f"issue 6 goals: speaker acc >= {GOALS['speaker acc']}, content F1 >= {GOALS['F1']}")
    if stale:
        table.notes.append(f"{len(stale)} annotated documents skipped: their text changed ({', '.join(stale[:5])})")
    return table


def speed_table(ctx: Context) -> Table:
    """Return entities + quotes throughput over the whole spanish-fake-news corpus, one process."""
    texts = [d["text"] for d in _fake_news(ctx.root)][:ctx.limit or None]
    table = Table("quotes", f"Entities + quotes throughput, spanish-fake-news ({len(texts)} texts)", SPEED_COLUMNS)
    for name, system in _systems(ctx, "es")[:1]:
        started = time.process_time()
        found = sum(len(system(text).quotes) for text in texts)
        seconds = time.process_time() - started
        table.add(name, {"docs": len(texts), "CPU s": seconds, "docs/s/core": len(texts) / seconds if seconds else None,
                         "quotes/doc": found / len(texts) if texts else None})
    table.notes.append("CPU time of this one process (time.process_time), so docs/s/core; "
                       "issue 6 goal >= 50 docs/s/core")
    return table


def polnear_table(ctx: Context) -> Table:
    splits = {split: load_polnear(ctx.root, split, ctx.limit) for split in ("dev", "train")}
    sizes = ", ".join(f"{s} {len(d)} articles / {sum(len(x.quotes) for x in d)} contents" for s, d in splits.items())
    table = Table("quotes", f"PolNeAR English attribution spans ({sizes})", COLUMNS)
    for name, system in _systems(ctx, "en"):
        for split, docs in splits.items():
            content, source = SpanCounts(), SpanCounts()
            for doc in docs:
                predicted = system(doc.text)
                content += score_document(doc.quotes, predicted.quotes, _source_overlaps)
                source += score_document(doc.sources, predicted.sources)
            for mode in ("overlap", "exact"):
                table.add(f"{name} [{split}, content {mode}]", content.figures(mode))
                table.add(f"{name} [{split}, source {mode}]", {**source.figures(mode), "speaker acc": None})
    table.notes.append("speaker acc here: the predicted source span shares a word with the gold source, "
                       "over found contents")
    table.notes.append("first annotation file by name for double-annotated articles; research use, evaluation only; "
                       "English rules were looked at on train, dev is the held-out figure")
    table.notes.append("README anchor (not verified there): published systems about 0.6-0.8 token-level F1 for content")
    return table


# --------------------------------------------------------------------------- reading the gold


def show(root: Path, doc_ids: list[str]) -> str:
    """Return the gold quotes of the named documents (all when none is named) with their text, for review."""
    texts = {d["id"]: d["text"] for d in _fake_news(root)}
    lines = []
    for line in GOLD_ES.read_text("utf-8").splitlines():
        record = json.loads(line)
        if doc_ids and record["doc"] not in doc_ids:
            continue
        text = texts.get(record["doc"], "")
        lines.append(f"== {record['doc']} ({record['split']}, {len(record['quotes'])} quotes)")
        for q in record["quotes"]:
            extra = ", ".join(f"{k}={q[k]}" for k in ("cue", "intermediary", "aliases") if q.get(k))
            lines.append(f"  [{q['speaker']}] {q['kind']} {q['start']}:{q['end']} {extra}")
            lines.append(f"    {text[q['start']:q['end']]!r}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m evaluation.tasks.quotes show [DOC_ID ...]
    import sys

    if sys.argv[1:2] != ["show"]:
        sys.exit("usage: python -m evaluation.tasks.quotes show [DOC_ID ...]")
    print(show(data.data_root(), sys.argv[2:]))
