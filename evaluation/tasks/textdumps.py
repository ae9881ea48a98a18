"""Boilerplate removal from plain-text page dumps (trafilatura-eval, inscriptis and lynx renderings)."""

from __future__ import annotations

from evaluation import data, metrics
from evaluation.baselines import everything, justext_paragraphs
from evaluation.report import Table
from evaluation.systems import Extracted, System, cronica_extractor
from evaluation.tasks.common import Context, Timed, run_timed

COLUMNS = ["P", "R", "F1", "Acc", "n", "with", "without", "pages/s"]


def run(ctx: Context) -> list[Table]:
    systems = [ctx.available("textdumps", cronica_extractor("text")), everything(), justext_paragraphs()]
    systems = [s for s in systems if s is not None]
    dumps = data.load_text_dumps(ctx.root, ctx.limit)
    return [renderer_table(ctx, renderer, rows, systems) for renderer, rows in sorted(dumps.items())]


def renderer_table(ctx: Context, renderer: str, dumps: list[data.TextDump], systems: list[System]) -> Table:
    usable = [d for d in dumps if d.usable]
    table = Table("textdumps", f"text dumps, {renderer}: usable pages ({len(usable)} of {len(dumps)})", COLUMNS)
    runs = {}
    for system in systems:
        ctx.say(f"   {system.name} on {len(usable)} {renderer} dumps …")
        runs[system.name] = run_timed(system.run, usable, lambda d: (d.text.encode("utf-8"), d.file), Extracted())
    for variant in ("present in dump", "all segments"):
        for name, timed in runs.items():
            table.add(f"{name} [{variant}]", dump_figures(usable, timed, variant == "present in dump"), note=timed.note())
    table.notes.append("'present in dump' scores only the with/without segments found in the dump itself; "
                       "'all segments' keeps the rest (absent 'without' = automatic TN, absent 'with' = FN for everyone)")
    table.notes.append("no published anchor: this task is defined by the set's README, not upstream")
    return table


def present_segments(dump: data.TextDump) -> tuple[list[str], list[str]]:
    """Return the with/without segments that occur (whitespace-normalised) in the dump."""
    text = metrics.normalize_ws(dump.text)
    keep = [s for s in dump.with_ if metrics.normalize_ws(s) in text]
    drop = [s for s in dump.without if metrics.normalize_ws(s) in text]
    return keep, drop


def dump_figures(dumps: list[data.TextDump], timed: Timed, only_present: bool) -> dict:
    confusion, n_with, n_without = metrics.Confusion(), 0, 0
    for dump, output in zip(dumps, timed.outputs):
        keep, drop = present_segments(dump) if only_present else (dump.with_, dump.without)
        confusion.add(*metrics.count_segments(output.text, keep, drop))
        n_with, n_without = n_with + len(keep), n_without + len(drop)
    return {**confusion.scores(), "n": len(dumps), "with": n_with, "without": n_without, "pages/s": timed.rate()}
