"""Text normalisation, shingles and vectorised MinHash signatures with LSH band keys."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import xxhash

NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: pairs above ~0.42 Jaccard become candidates
SHINGLE = 5
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_rng = np.random.RandomState(1)
_A = _rng.randint(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
_QUOTES = str.maketrans({c: '"' for c in "«»“”„‟\"'‘’‚‛`´"} | {c: "-" for c in "‐‑‒–—―−"})
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Return text with quote marks, dashes, white space and case normalised (for exact copies)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """Return the hashed word k-shingles of a text (the words themselves for very short texts)."""
    toks = words(text)
    if len(toks) < k:
        return {xxhash.xxh32_intdigest(" ".join(toks).encode())} if toks else set()
    return {xxhash.xxh32_intdigest(" ".join(toks[i : i + k]).encode()) for i in range(len(toks) - k + 1)}


def minhash(hashes: set[int]) -> np.ndarray:
    """Return the MinHash signature (NUM_PERM uint64 values) of a set of 32-bit hashes."""
    if not hashes:
        return np.full(NUM_PERM, _MAX_HASH, dtype=np.uint64)
    hv = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    with np.errstate(over="ignore"):
        phv = ((hv[:, None] * _A[None, :] + _B[None, :]) % _MERSENNE) & _MAX_HASH
    return phv.min(axis=0)


def band_keys(signature: np.ndarray) -> list[int]:
    """Return one 63-bit key per LSH band of a signature."""
    rows = NUM_PERM // BANDS
    return [xxhash.xxh64_intdigest(signature[i * rows : (i + 1) * rows].tobytes()) & 0x7FFFFFFFFFFFFFFF
            for i in range(BANDS)]


@dataclass(frozen=True, slots=True)
class Fingerprint:
    article_id: str
    exact: str  # hash of the normalised text
    bands: list[int]
    shingles: frozenset[int]


def fingerprint(article_id: str, text: str) -> Fingerprint:
    sh = shingles(text)
    return Fingerprint(article_id=article_id, exact=xxhash.xxh128_hexdigest(normalise(text).encode()),
                       bands=band_keys(minhash(sh)), shingles=frozenset(sh))
