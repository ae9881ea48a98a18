"""`python -m evaluation.bench`: extraction throughput and peak memory, cronica against trafilatura.

Each system runs in its own freshly spawned process on the same pages (trafilatura-eval HTML by
default), so its peak RSS is its own and a crash in one does not stop the other. The two processes
take the pages in turns, a chunk at a time (the order of the pair alternating), so that other load on
a shared machine weighs on both alike. Speed is reported as pages per wall second and per CPU second
(one process = one core); the ratio is cronica over trafilatura with metadata, the baseline named in
STYLE.md's "speed lives in benchmarks".
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time

from evaluation import data

SYSTEMS = ("cronica", "trafilatura")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evaluation.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("trafilatura-eval", "scrapinghub"), default="trafilatura-eval",
                        help="which pages to run on (default: trafilatura-eval, 966 pages)")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N pages")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages (default 1)")
    parser.add_argument("--data", metavar="DIR", help="evaluation data folder (default: ../shared/eval)")
    return parser.parse_args(argv)


def load_pages(root, set_name: str, limit: int | None) -> list[tuple[bytes, str]]:
    """Return (html bytes, name) pairs of the chosen set."""
    if set_name == "scrapinghub":
        return [(p.html, p.id) for p in data.load_scrapinghub(root, limit)]
    return [(p.html, p.file) for p in data.load_trafilatura_eval(root, limit)]


def make_system(name: str):
    """Return the system's run callable, or a string saying why it is not available."""
    if name == "cronica":
        from evaluation.systems import cronica_extractor

        system = cronica_extractor("html")
    else:
        from evaluation.baselines import trafilatura_extractor

        system = trafilatura_extractor(False)
    return system if isinstance(system, str) else system.run


CHUNK = 25  # pages per turn


class _Worker:
    """One system in this (spawned) process: its pages, and the time spent on them so far."""

    run = None
    pages: list = []
    cpu = wall = 0.0
    errors = 0


def _load(name: str, root: str, set_name: str, limit: int | None) -> int | str:
    """Build the system and read the pages in this process; return their number, or why the system is
    unavailable."""
    run = make_system(name)
    if isinstance(run, str):
        return run
    _Worker.run, _Worker.pages = run, load_pages(data.data_root(root), set_name, limit)
    _call(run, _Worker.pages[:1])  # warm-up: imports and lazy tables are not timed
    return len(_Worker.pages)


def _turn(start: int, stop: int) -> None:
    """Run the system over pages[start:stop], adding the time taken to its totals."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter()
    _Worker.errors += _call(_Worker.run, _Worker.pages[start:stop])
    _Worker.wall += time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_SELF)
    _Worker.cpu += (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _totals(name: str, repeat: int) -> dict:
    n, wall, cpu = len(_Worker.pages) * repeat, _Worker.wall, _Worker.cpu
    return {"system": name, "pages": n, "wall_s": wall, "pages_per_s": n / wall if wall else None,
            "pages_per_cpu_s": n / cpu if cpu else None,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "errors": _Worker.errors}


def _call(run, pages: list[tuple[bytes, str]]) -> int:
    errors = 0
    for raw, name in pages:
        try:
            run(raw, name)
        except Exception:  # noqa: BLE001 - counted; a benchmark measures speed, not correctness
            errors += 1
    return errors


def measure_all(args: argparse.Namespace) -> list[dict]:
    """Return each system's rates, peak RSS and failures, the systems taking the pages in turns."""
    context = multiprocessing.get_context("spawn")
    pools = {name: context.Pool(1) for name in SYSTEMS}
    try:
        loaded = {name: pool.apply(_load, (name, args.data, args.set, args.limit)) for name, pool in pools.items()}
        ready = [name for name in SYSTEMS if isinstance(loaded[name], int)]
        n = max((loaded[name] for name in ready), default=0)
        turn = 0
        for _ in range(args.repeat):
            for start in range(0, n, CHUNK):
                for name in ready if turn % 2 == 0 else ready[::-1]:
                    pools[name].apply(_turn, (start, start + CHUNK))
                turn += 1
        return [pools[name].apply(_totals, (name, args.repeat)) if name in ready
                else {"system": name, "unavailable": loaded[name]} for name in SYSTEMS]
    finally:
        for pool in pools.values():
            pool.terminate()


def format_results(results: list[dict]) -> str:
    lines = [f"{'system':<28}{'pages':>7}{'pages/s':>10}{'pages/CPU-s':>13}{'peak RSS MB':>13}{'errors':>8}"]
    for r in results:
        if "unavailable" in r:
            lines.append(f"{r['system']:<28}not available ({r['unavailable']})")
            continue
        lines.append(f"{_label(r['system']):<28}{r['pages']:>7}{r['pages_per_s']:>10.1f}"
                     f"{r['pages_per_cpu_s']:>13.1f}{r['peak_rss_mb']:>13.0f}{r['errors']:>8}")
    measured = {r["system"]: r for r in results if "unavailable" not in r}
    if len(measured) == 2:
        ratio = measured["cronica"]["pages_per_cpu_s"] / measured["trafilatura"]["pages_per_cpu_s"]
        lines.append(f"ratio cronica / trafilatura (pages per CPU second): {ratio:.2f}x")
    return "\n".join(lines)


def _label(name: str) -> str:
    return "trafilatura 2.3.1 + metadata" if name == "trafilatura" else name


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not data.data_root(args.data).is_dir():
        print(f"{args.data or data.DEFAULT_DATA} not found: skipping benchmark")
        return 0
    print(f"bench: {args.set} pages{f' (first {args.limit})' if args.limit else ''}, {args.repeat} pass(es), "
          "one spawned process per system, one core each, taking the pages in turns", flush=True)
    results = measure_all(args)
    print(format_results(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
