"""HTML → main text: trafilatura-eval (segments, metadata) and the scrapinghub benchmark (shingles)."""

from __future__ import annotations

from evaluation import anchors, data, metrics
from evaluation.baselines import trafilatura_extractor
from evaluation.report import Table
from evaluation.systems import Extracted, System, cronica_extractor
from evaluation.tasks.common import Context, Timed, author_names, norm_day, norm_meta, run_timed

SEGMENT_COLUMNS = ["P", "R", "F1", "Acc", "n", "pages/s"]
META_RULE = (
    "metadata rule: title equal after NFKC + casefold + whitespace collapse + edge punctuation strip; "
    "author: the same on each name, the set of names equal (split on ';', gold lists as given); "
    "date: the same day YYYY-MM-DD. Accuracy = correct / pages with a non-empty gold value."
)


def extractors(ctx: Context) -> list[System]:
    systems = [ctx.available("extraction", cronica_extractor("html"))]
    systems += [trafilatura_extractor(False), trafilatura_extractor(True)]
    return [s for s in systems if s is not None]


def run(ctx: Context) -> list[Table]:
    systems = extractors(ctx)
    return [*trafilatura_eval_tables(ctx, systems), scrapinghub_table(ctx, systems)]


def _extract_all(ctx: Context, system: System, items: list, set_name: str) -> Timed:
    """Run one extractor over pages that have ``html`` bytes and a ``file`` or ``id`` name."""
    ctx.say(f"   {system.name} on {len(items)} {set_name} pages …")
    return run_timed(system.run, items, lambda item: (item.html, getattr(item, "file", None) or item.id), Extracted())


# --------------------------------------------------------------------------- trafilatura-eval


def trafilatura_eval_tables(ctx: Context, systems: list[System]) -> list[Table]:
    pages = data.load_trafilatura_eval(ctx.root, ctx.limit)
    spanish = [i for i, p in enumerate(pages) if p.spanish]
    runs = {s.name: _extract_all(ctx, s, pages, "trafilatura-eval") for s in systems}
    everything = segment_table(f"trafilatura-eval: main-text segments, all pages ({len(pages)})", pages, runs, range(len(pages)))
    everything.add_anchors(anchors.TRAFILATURA_EVAL)
    everything.notes.append("anchors: upstream docs/evaluation.rst on the full upstream set (990 pages), not directly comparable")
    everything.notes.append("trafilatura runs with the upstream evaluation settings (tests/eval_common.py) plus with_metadata")
    spanish_table = segment_table(f"trafilatura-eval: main-text segments, Spanish subset ({len(spanish)} pages)", pages, runs, spanish)
    spanish_table.notes.append("no published anchor for the Spanish subset")
    return [everything, spanish_table, metadata_table(pages, runs, systems)]


def segment_table(title: str, pages: list, runs: dict[str, Timed], indices) -> Table:
    table = Table("extraction", title, SEGMENT_COLUMNS)
    indices = list(indices)
    for name, timed in runs.items():
        confusion = metrics.Confusion()
        for i in indices:
            confusion.add(*metrics.count_segments(timed.outputs[i].text, pages[i].with_, pages[i].without))
        table.add(name, {**confusion.scores(), "n": len(indices), "pages/s": timed.rate()}, note=timed.note())
    return table


def metadata_table(pages: list, runs: dict[str, Timed], systems: list[System]) -> Table:
    columns = ["title", "n title", "author", "n author", "date", "n date"]
    table = Table("extraction", "trafilatura-eval: metadata accuracy vs gold", columns)
    for subset, keep in (("all", lambda p: True), ("es", lambda p: p.spanish)):
        for name, timed in runs.items():
            chosen = [(p, out) for p, out in zip(pages, timed.outputs) if keep(p)]
            table.add(f"{name} [{subset}]", metadata_figures(chosen))
    table.notes.append(META_RULE)
    return table


def metadata_figures(pairs: list[tuple[data.ExtractionPage, Extracted]]) -> dict:
    checks = {
        "title": (lambda p: p.title, lambda p, o: norm_meta(o.title) == norm_meta(p.title)),
        "author": (lambda p: p.author, lambda p, o: author_names(o.author) == author_names(p.author)),
        "date": (lambda p: p.date, lambda p, o: norm_day(o.date) == norm_day(p.date)),
    }
    figures = {}
    for field_name, (gold_of, is_correct) in checks.items():
        gold_pairs = [(p, o) for p, o in pairs if gold_of(p)]
        correct = sum(1 for p, o in gold_pairs if is_correct(p, o))
        figures[field_name] = correct / len(gold_pairs) if gold_pairs else None
        figures[f"n {field_name}"] = len(gold_pairs)
    return figures


# --------------------------------------------------------------------------- scrapinghub


def scrapinghub_table(ctx: Context, systems: list[System]) -> Table:
    pages = data.load_scrapinghub(ctx.root, ctx.limit)
    table = Table("extraction", f"scrapinghub article-extraction-benchmark: 4-gram shingles ({len(pages)} pages)",
                  ["P", "R", "F1", "F1 ±", "n", "pages/s"])
    for system in systems:
        timed = _extract_all(ctx, system, pages, "scrapinghub")
        scores = metrics.shingle_scores([(p.gold, o.text) for p, o in zip(pages, timed.outputs)], bootstrap=1000)
        table.add(system.name, _shingle_figures(scores, len(pages), timed.rate()), note=timed.note())
    published = data.load_published_outputs(ctx.root, list(anchors.SCRAPINGHUB_OUTPUTS))
    for key, label in anchors.SCRAPINGHUB_OUTPUTS.items():
        if key in published:
            scores = metrics.shingle_scores([(p.gold, published[key].get(p.id, "")) for p in pages], bootstrap=1000)
            table.add(f"{label} (published output, rescored here)", _shingle_figures(scores, len(pages), None), kind="rescored")
    table.add_anchors(anchors.SCRAPINGHUB)
    table.notes.append("metric as upstream evaluate.py: per-page P and R macro-averaged, F1 from the averages, ± = 1.96 sd of 1,000 bootstrap resamples")
    table.notes.append("the 181 pages are the upstream set itself, so these anchors are comparable")
    return table


def _shingle_figures(scores: dict, n: int, rate: float | None) -> dict:
    return {"P": scores["P"], "R": scores["R"], "F1": scores["F1"], "F1 ±": scores.get("F1_ci"), "n": n, "pages/s": rate}
