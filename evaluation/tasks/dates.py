"""Publication dates: htmldate-eval (TP = right day, FP = other day, FN = none)."""

from __future__ import annotations

from evaluation import anchors, data, metrics
from evaluation.baselines import htmldate_finder
from evaluation.report import Table
from evaluation.systems import Extracted, System, cronica_extractor
from evaluation.tasks.common import Context, Timed, norm_day, run_timed

COLUMNS = ["P", "R", "Acc", "F1", "n", "pages/s"]


def finders(ctx: Context) -> list[System]:
    systems = [ctx.available("dates", cronica_extractor("html"))]
    systems += [htmldate_finder(True), htmldate_finder(False), htmldate_finder(True, original_date=False)]
    return [s for s in systems if s is not None]


def run(ctx: Context) -> list[Table]:
    pages = data.load_htmldate(ctx.root, ctx.limit)
    runs = {}
    for system in finders(ctx):
        ctx.say(f"   {system.name} on {len(pages)} pages …")
        runs[system.name] = run_timed(system.run, pages, lambda p: (p.html, p.file), Extracted())
    everything = date_table(f"htmldate-eval: publication date, all pages ({len(pages)})", pages, runs, lambda p: True)
    everything.add_anchors(anchors.HTMLDATE)
    everything.notes.append("anchors: upstream docs/evaluation.rst on 1,000 upstream pages, not directly comparable")
    everything.notes.append("no URL is given to any system (as upstream comparison.py); cronica's date is Article.published")
    spanish = date_table("htmldate-eval: publication date, Spanish subset", pages, runs, lambda p: p.spanish)
    return [everything, spanish]


def date_table(title: str, pages: list[data.DatePage], runs: dict[str, Timed], keep) -> Table:
    table = Table("dates", title, COLUMNS)
    for name, timed in runs.items():
        confusion = metrics.Confusion()
        chosen = [(p, o) for p, o in zip(pages, timed.outputs) if keep(p)]
        for page, output in chosen:
            tp, fp, fn = metrics.count_date(norm_day(output.date) or None, page.gold)
            confusion.add(tp=tp, fp=fp, fn=fn)
        table.add(name, {**confusion.scores(), "n": len(chosen), "pages/s": timed.rate()}, note=timed.note())
    return table
