"""`python -m evaluation.bench_copies`: MinHash signature throughput, cronica against datasketch, and peak memory.

Same texts (../shared/eval/corpus/spanish-fake-news, repeated ``--repeat`` times), same settings
(128 permutations, cronica's 5-word shingles), each system in its own freshly spawned process so
that its peak RSS is its own. Two measures:

- **from text**: text in, signature out. cronica: ``signatures_many`` on batches of ``--batch``
  texts (normalisation, words, shingle hashes, one-permutation MinHash, all numpy). datasketch:
  cronica's ``words()`` (datasketch has no tokeniser), the 5-word shingles as UTF-8 bytes, then
  ``MinHash.bulk`` (its defaults: scheme affine32, SHA-1 32-bit hashes).
- **from shingles**: the shingle hashes are prepared before the clock starts. cronica:
  ``minhash_many`` on its 64-bit shingle hashes; datasketch: ``MinHash.bulk`` on the low 32 bits of
  the same hashes with ``hashfunc=int`` (no hashing left to do), its fastest CPU path.

docs/s is wall time, one process, one core; the ratio is cronica over datasketch.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import resource
import sys
import time

from evaluation import data

FAKE_NEWS = "corpus/spanish-fake-news/docs.jsonl.gz"
GOAL = 10.0  # issue 4: at least 10x datasketch's signature throughput


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evaluation.bench_copies", description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=4, help="passes over the 1,543 texts (default 4)")
    parser.add_argument("--batch", type=int, default=1000, help="texts per cronica batch (default 1000)")
    parser.add_argument("--data", metavar="DIR", help="evaluation data folder (default: ../shared/eval)")
    return parser.parse_args(argv)


def load_texts(root: str | None, repeat: int) -> list[str]:
    with gzip.open(data.data_root(root) / FAKE_NEWS, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    return texts * repeat


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(system: str, mode: str, root: str | None, repeat: int, batch: int) -> dict:
    """Run one system and measure in this process; return docs/s and peak RSS (or why it is unavailable)."""
    sys.path.insert(0, str(data.REPO_ROOT / "src"))
    from cronica.copies.fingerprint import minhash_many, shingle_arrays, signatures_many, tokenise_many, words

    texts = load_texts(root, repeat)
    prepared = None
    if mode == "shingles":
        values, offsets = shingle_arrays(tokenise_many(texts))
        prepared = [values[offsets[i] : offsets[i + 1]] for i in range(len(texts))]
    if system == "datasketch":
        try:
            import datasketch
            from datasketch import MinHash
        except ImportError as error:
            return {"system": system, "mode": mode, "unavailable": str(error)}
        version = datasketch.__version__ if hasattr(datasketch, "__version__") else "?"
        if prepared is not None:
            prepared = [(a & 0xFFFFFFFF).tolist() for a in prepared]
    else:
        version = "numpy one-permutation"
    signatures_many(texts[:10])  # warm-up: lazy tables are not timed
    before = _rss_mb()
    start = time.perf_counter()
    if system == "cronica" and mode == "text":
        for i in range(0, len(texts), batch):
            signatures_many(texts[i : i + batch])
    elif system == "cronica":
        for i in range(0, len(prepared), batch):
            minhash_many(prepared[i : i + batch])
    elif mode == "text":
        for i in range(0, len(texts), batch):
            shingled = []
            for text in texts[i : i + batch]:
                toks = words(text)
                shingled.append([" ".join(toks[j : j + 5]).encode() for j in range(max(1, len(toks) - 4))])
            MinHash.bulk(shingled, num_perm=128)
    else:
        for i in range(0, len(prepared), batch):
            MinHash.bulk(prepared[i : i + batch], num_perm=128, hashfunc=int)
    seconds = time.perf_counter() - start
    return {"system": system, "mode": mode, "version": version, "docs": len(texts), "seconds": seconds,
            "docs_per_s": len(texts) / seconds, "rss_before_mb": before, "peak_rss_mb": _rss_mb()}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    ctx = multiprocessing.get_context("spawn")
    results = {}
    for mode in ("text", "shingles"):
        for system in ("cronica", "datasketch"):
            with ctx.Pool(1) as pool:
                results[system, mode] = pool.apply(measure, (system, mode, args.data, args.repeat, args.batch))
    print(f"MinHash signatures, 128 permutations, 5-word shingles, {args.repeat} x 1,543 spanish-fake-news texts")
    print(f"{'measure':<15} {'system':<11} {'version':<22} {'docs':>6} {'docs/s':>9} {'peak RSS MB':>12} "
          f"{'(at start)':>11}")
    for (system, mode), r in results.items():
        if "unavailable" in r:
            print(f"{mode:<15} {system:<11} not available ({r['unavailable']})")
            continue
        print(f"{'from ' + mode:<15} {system:<11} {r['version']:<22} {r['docs']:>6} {r['docs_per_s']:>9.0f} "
              f"{r['peak_rss_mb']:>12.0f} {r['rss_before_mb']:>11.0f}")
    for mode in ("text", "shingles"):
        ours, theirs = results["cronica", mode], results["datasketch", mode]
        if "docs_per_s" in ours and "docs_per_s" in theirs:
            ratio = ours["docs_per_s"] / theirs["docs_per_s"]
            verdict = "goal met" if ratio >= GOAL else "goal NOT met"
            print(f"ratio from {mode}: cronica / datasketch = {ratio:.1f}x (goal >= {GOAL:.0f}x: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
