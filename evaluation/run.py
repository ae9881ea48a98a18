"""`python -m evaluation.run`: score cronica and same-process baselines on ../shared/eval.

Prints one table per task and set, with the README anchors beside the measured rows; after a
full run (no --only, no --limit) it rewrites QUALITY.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import time
from pathlib import Path

from evaluation import data
from evaluation.report import Table, format_text, write_json, write_quality
from evaluation.tasks import clustering, copies, dates, extraction, ner, quotes, temporal, textdumps
from evaluation.tasks.common import Context

TASKS = {
    "extraction": extraction.run,
    "textdumps": textdumps.run,
    "dates": dates.run,
    "clustering": clustering.run,
    "ner": ner.run,
    "temporal": temporal.run,
    "quotes": quotes.run,
    "copies": copies.run,
}
QUALITY = data.REPO_ROOT / "QUALITY.md"
# cronica's story clustering is incremental and grows faster than linearly; the full NeuS set
# (8,025 docs) alone would take most of the run, its test split (822 docs) is scored instead
MAX_CLUSTER_DOCS = 3000


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evaluation.run", description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=list(TASKS), action="append", help="run only this task (repeatable)")
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N items of each set")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure as JSON to FILE")
    parser.add_argument("--data", metavar="DIR", help="evaluation data folder (default: ../shared/eval from the repo root)")
    parser.add_argument("--max-cluster-docs", type=int, default=MAX_CLUSTER_DOCS, metavar="N",
                        help=f"skip cronica clustering on views larger than N docs, for run time "
                             f"(default {MAX_CLUSTER_DOCS}; 0 = no cap)")
    parser.add_argument("--no-quality", action="store_true", help="do not rewrite QUALITY.md even after a full run")
    return parser.parse_args(argv)


def command_line(argv: list[str]) -> str:
    """Return the command as run, with machine paths (--json FILE, --data DIR) replaced by placeholders."""
    words, hide = ["python -m evaluation.run"], {"--json": "FILE", "--data": "DIR"}
    args = iter(argv)
    for word in args:
        flag, _, value = word.partition("=")
        if flag in hide:
            words.append(f"{flag} {hide[flag]}")
            if not value:
                next(args, None)
        else:
            words.append(word)
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    root = data.data_root(args.data)
    if not root.is_dir():
        print(f"{args.data or data.DEFAULT_DATA} not found: skipping evaluation")
        return 0
    ctx = Context(root=root, limit=args.limit, max_cluster_docs=args.max_cluster_docs or None)
    started = time.perf_counter()
    tables: list[Table] = []
    for name in args.only or list(TASKS):
        tables.extend(run_task(ctx, name))
    elapsed = time.perf_counter() - started
    meta = {
        "command": command_line(argv),
        "data": "--data DIR" if args.data else data.DEFAULT_DATA,
        "date": datetime.date.today().isoformat(),
        "elapsed": elapsed,
        "cores": os.cpu_count(),
        "limit": args.limit,
        "tasks": args.only or list(TASKS),
        "unavailable": ctx.unavailable,
    }
    if args.json:
        write_json(tables, args.json, meta)
        print(f"figures written to {args.json}")
    if not args.only and args.limit is None and not args.no_quality:
        write_quality(tables, QUALITY, meta, ctx.unavailable)
        print(f"QUALITY.md rewritten ({elapsed:.0f} s)")
    return 0


def run_task(ctx: Context, name: str) -> list[Table]:
    """Run one task, print its tables as they come and return them."""
    ctx.say(f"\n#### {name}")
    started = time.perf_counter()
    tables = []
    for table in TASKS[name](ctx):
        ctx.say(format_text(table) + "\n")
        tables.append(table)
    ctx.say(f"({name}: {time.perf_counter() - started:.0f} s)")
    return tables


if __name__ == "__main__":
    sys.exit(main())
