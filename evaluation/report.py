"""Result tables: plain text for the terminal, Markdown for QUALITY.md, dicts for --json."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from evaluation.anchors import UPSTREAM

README_ANCHOR = "(README anchor)"


@dataclass(slots=True)
class Row:
    """One line of a table; ``kind`` is measured, anchor or rescored (a published output scored here)."""

    system: str
    figures: dict[str, float | int | str | None]
    kind: str = "measured"
    note: str = ""


@dataclass(slots=True)
class Table:
    task: str
    title: str
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, system: str, figures: dict, kind: str = "measured", note: str = "") -> None:
        self.rows.append(Row(system, dict(figures), kind, note))

    def add_anchors(self, anchors: list[tuple[str, dict]], suffix: str = UPSTREAM) -> None:
        for label, figures in anchors:
            self.add(f"{label} {suffix}", figures, kind="anchor")

    def to_dict(self) -> dict:
        return asdict(self)


def fmt(value: float | int | str | None) -> str:
    """Return a cell: floats with 3 decimals (1 from 10 up), '–' for missing."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:.1f}" if abs(value) >= 10 else f"{value:.3f}"
    return str(value)


def _cell(column: str, value: float | int | str | None) -> str:
    if column.endswith("/s") and isinstance(value, float):
        return f"{value:.1f}"
    return fmt(value)


def _cells(table: Table) -> list[list[str]]:
    header = ["system", *table.columns]
    body = [[row.system, *(_cell(c, row.figures.get(c)) for c in table.columns)] for row in table.rows]
    return [header, *body]


def format_text(table: Table) -> str:
    """Return the table as aligned plain text, with its notes below."""
    cells = _cells(table)
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    lines = [f"== {table.title}"]
    for number, row in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.extend(_row_notes(table))
    lines.extend(f"   note: {n}" for n in table.notes)
    return "\n".join(lines)


def _row_notes(table: Table) -> list[str]:
    return [f"   {row.system}: {row.note}" for row in table.rows if row.note]


def format_markdown(table: Table) -> str:
    """Return the table as Markdown; anchor rows in italics so measured rows stand out beside them."""
    cells = _cells(table)
    lines = [f"### {table.title}", "", "| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(cells[0])]
    for row, rendered in zip(table.rows, cells[1:]):
        name = f"*{rendered[0]}*" if row.kind == "anchor" else rendered[0]
        lines.append("| " + " | ".join([name, *rendered[1:]]) + " |")
    notes = [n.strip() for n in _row_notes(table)] + list(table.notes)
    if notes:
        lines.append("")
        lines.extend(f"- {n}" for n in notes)
    return "\n".join(lines)


def write_json(tables: list[Table], path: Path, meta: dict) -> None:
    path.write_text(json.dumps({"meta": meta, "tables": [t.to_dict() for t in tables]}, indent=1, ensure_ascii=False) + "\n", "utf-8")


QUALITY_HEAD = """# Quality: cronica on the shared evaluation sets

Written by `python -m evaluation.run` after a full run (`make eval`); do not edit by hand.

- Command: `{command}` (from the repository root; data from `{data}`)
- Date: {date}; {elapsed:.0f} s on this machine ({cores} cores)
- Every table puts cronica next to baselines run in the same process and, in *italics*, the anchor
  figures from the set's README: "(published, upstream set)" are published numbers, often on a
  larger upstream set than the part kept here; "(README anchor)" are the sanity baselines the READMEs
  computed; "(published output, rescored here)" are upstream system outputs scored with our metric.
- `pages/s` (or `docs/s`, `sents/s`) is wall time inside the system's calls, one process, one core.
- A system that cannot run is listed under "Not available" with the reason.
"""


def headline(table: Table) -> tuple[str, Row | None, Row | None, Row | None] | None:
    """Return (metric, cronica row, best same-process baseline row, first anchor row) of a table."""
    metric = next((m for m in ("F1", "B3_F1") if m in table.columns), None)
    if metric is None:
        return None
    cronica = next((r for r in table.rows if r.kind == "measured" and r.system.startswith("cronica")), None)
    suffix = cronica.system[len("cronica"):] if cronica else ""
    rivals = [r for r in table.rows if r.kind == "measured" and not r.system.startswith("cronica")
              and r.figures.get(metric) is not None and _same_variant(r.system, suffix)]
    best = max(rivals, key=lambda r: r.figures[metric], default=None)
    anchor = next((r for r in table.rows if r.kind == "anchor" and r.figures.get(metric) is not None), None)
    return metric, cronica, best, anchor


def _same_variant(name: str, suffix: str) -> bool:
    if suffix:
        return name.endswith(suffix)
    return " [" not in name and " (vs " not in name


def summary_markdown(tables: list[Table]) -> str:
    """Return one Markdown line per table: cronica's headline figure beside the best baseline and the anchor."""
    lines = ["## Summary", "", "| set | metric | cronica | best baseline here | anchor |", "|---|---|---|---|---|"]
    for table in tables:
        found = headline(table)
        if found is None:
            continue
        metric, cronica, best, anchor = found
        mine = fmt(cronica.figures.get(metric)) if cronica and cronica.figures else "n/a"
        lines.append(f"| {table.title} | {metric} | {mine} | {_named(best, metric)} | {_named(anchor, metric)} |")
    return "\n".join(lines) + "\n"


def _named(row: Row | None, metric: str) -> str:
    return f"{fmt(row.figures[metric])} ({row.system})" if row else "–"


def write_quality(tables: list[Table], path: Path, meta: dict, unavailable: list[str]) -> None:
    """Rewrite QUALITY.md: a header with the command and date, a summary, then the tables by task."""
    parts = [QUALITY_HEAD.format(**meta), summary_markdown(tables)]
    if unavailable:
        parts.append("## Not available\n\n" + "\n".join(f"- {line}" for line in unavailable) + "\n")
    current = None
    for table in tables:
        if table.task != current:
            current = table.task
            parts.append(f"## {TASK_TITLES.get(current, current)}\n")
        parts.append(format_markdown(table) + "\n")
    path.write_text("\n".join(parts), "utf-8")


TASK_TITLES = {
    "extraction": "Extraction: HTML → main text and metadata",
    "textdumps": "Boilerplate removal from plain-text dumps",
    "dates": "Publication dates",
    "clustering": "Story and event clustering",
    "ner": "Spanish named entities",
    "temporal": "Temporal expressions (issue 5)",
    "quotes": "Quotes and speakers (issue 6)",
    "copies": "Copies and rewrites (issue 4)",
}
