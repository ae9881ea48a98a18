"""Text normalisation, shingles, one-permutation MinHash signatures, LSH band keys and passage keys.

Everything after Unicode normalisation is numpy over a whole batch of texts at once: code points,
words, 64-bit word and shingle hashes, signatures and keys, with no Python loop per word.

- **Words** are the runs of word characters (``\\w``) of the NFKC, lower-cased text: the same
  tokens as ``words()``, but for "İ" (folds to "i"), final sigma (folds to sigma) and the
  compatibility characters that NFKC expands to several (ligatures, "½", "™"), which stay one
  character. The text is composed (NFC); the one-character NFKC mappings are in a fold table.
- **Shingles** are 5-word windows hashed to 64 bits (a polynomial of the word hashes, then the
  MurmurHash3 finaliser); a text of fewer than 5 words has one shingle, its words.
- **Signatures** use one-permutation hashing with optimal densification (Li, Owen and Zhang 2012;
  Shrivastava 2017): each shingle hash falls into one of 128 bins by its top 7 bits and the bin
  keeps its smallest value; an empty bin borrows the value of the first non-empty bin of a fixed
  pseudo-random sequence of bins. Two texts agree in a bin with probability equal to their
  Jaccard similarity, as with 128 independent permutations, at the cost of one hash per shingle
  instead of 128.
- **Passage keys** are the winnowed shingle hashes (Schleimer, Wilkerson and Aiken 2003): the
  smallest hash of every window of ``PASSAGE_WINDOW`` consecutive shingles. Two texts that share a
  run of ``PASSAGE_WINDOW + SHINGLE - 1`` words share at least one key, wherever the run sits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import xxhash

NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: pairs above ~0.42 Jaccard become candidates
SHINGLE = 5
CHUNK_CHARS = 1 << 18  # characters tokenised per numpy pass
PASSAGE_WINDOW = 4  # shared runs of 4 + 5 - 1 = 8 words always share a passage key
_BIN_BITS = 7  # 2**7 = NUM_PERM bins
_VALUE_MASK = np.uint64((1 << (64 - _BIN_BITS)) - 1)
EMPTY = np.uint64((1 << 64) - 1)  # the value of every bin of a text without words
_KEY_MASK = np.uint64((1 << 63) - 1)  # band and passage keys fit SQLite's signed integers
_rng = np.random.default_rng(20240601)
_SHINGLE_MULT = _rng.integers(1, 1 << 63, size=SHINGLE, dtype=np.uint64) | np.uint64(1)
_BAND_MULT = _rng.integers(1, 1 << 63, size=NUM_PERM // BANDS + 1, dtype=np.uint64) | np.uint64(1)
_CHAR_BASE = np.uint64(0x100000001B3)  # odd, so it has an inverse modulo 2**64
_CHAR_BASE_INV = np.uint64(pow(int(_CHAR_BASE), -1, 1 << 64))
_QUOTE = re.compile("[«»“”„‟\"'‘’‚‛`´]")
_DASH = re.compile("[‐‑‒–—―−]")
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Return text with quote marks, dashes, white space and case normalised (for exact copies)."""
    text = _DASH.sub("-", _QUOTE.sub('"', unicodedata.normalize("NFKC", text))).lower()
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Return the words of the normalised text."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def fmix64(values: np.ndarray) -> np.ndarray:
    """Return the MurmurHash3 64-bit finaliser of each value (an avalanching bijection)."""
    with np.errstate(over="ignore"):
        values = values ^ (values >> np.uint64(33))
        values = values * np.uint64(0xFF51AFD7ED558CCD)
        values = values ^ (values >> np.uint64(33))
        values = values * np.uint64(0xC4CEB9FE1A85EC53)
        return values ^ (values >> np.uint64(33))


def _fold(c: str) -> int:
    """Return the code point a word character folds to (NFKC, lower case, one code point), 0 for the rest."""
    compat = unicodedata.normalize("NFKC", c)
    if len(compat) == 1 and (ord(compat) <= 0xFFFF or ord(c) > 0xFFFF):  # "Ａ" is "A"; "ﬁ" stays "ﬁ"
        c = compat
    low = c.lower()[:1]  # "İ" lowers to "i" + a combining dot: the dot goes
    low = "σ" if low == "ς" else low  # final sigma is a sigma
    return ord(low) if (low.isalnum() or low == "_") and (c.isalnum() or c == "_") else 0


@cache
def _fold_table() -> np.ndarray:
    """Return, for each Basic Multilingual Plane code point, what ``_fold`` gives."""
    return np.fromiter((_fold(chr(c)) for c in range(0x10000)), dtype=np.uint16, count=0x10000)


def _folded(cps: np.ndarray) -> np.ndarray:
    """Return each code point folded: lower-cased word characters, 0 for the rest."""
    if cps.size == 0 or int(cps.max()) <= 0xFFFF:
        return _fold_table()[cps]
    out = _fold_table()[np.minimum(cps, 0xFFFF)].astype(np.uint32)
    astral = np.flatnonzero(cps > 0xFFFF)  # rare (emoji, historic scripts): asked one by one
    out[astral] = [_fold(chr(c)) for c in cps[astral].tolist()]
    return out


@dataclass(frozen=True, slots=True)
class Tokens:
    """The word hashes of a batch of texts: ``hashes[starts[i]:starts[i + 1]]`` are text i's words."""

    hashes: np.ndarray  # uint64, one per word, in text order
    starts: np.ndarray  # int64, len(texts) + 1 offsets


def tokenise_many(texts: Sequence[str]) -> Tokens:
    """Return the 64-bit hashes of every word of every text, in order, in vectorised chunks."""
    hashes, counts, chunk, size = [], [], [], 0
    for text in texts:  # chunks of about CHUNK_CHARS keep the arrays in the processor's cache
        chunk.append(text.replace("\0", " ") if "\0" in text else text)
        size += len(text) + 1
        if size >= CHUNK_CHARS:
            _tokenise_chunk(chunk, hashes, counts)
            chunk, size = [], 0
    if chunk or not hashes:
        _tokenise_chunk(chunk, hashes, counts)
    starts = np.concatenate((np.zeros(1, np.int64), np.cumsum(np.concatenate(counts)))).astype(np.int64)
    return Tokens(hashes=np.concatenate(hashes), starts=starts)


@cache
def _powers(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (base ** (i + 1), base ** -(i + 1)) modulo 2**64 for i < size."""
    with np.errstate(over="ignore"):
        return (np.cumprod(np.full(size, _CHAR_BASE, dtype=np.uint64)),
                np.cumprod(np.full(size, _CHAR_BASE_INV, dtype=np.uint64)))


def _tokenise_chunk(texts: list[str], hashes: list[np.ndarray], counts: list[np.ndarray]) -> None:
    # NUL is not a word character: one before the first text and one after each (none is inside one)
    # composed (NFC) here; the compatibility mappings of NFKC are in the fold table
    joined = "\0" + "\0".join(t if unicodedata.is_normalized("NFC", t) else unicodedata.normalize("NFC", t)
                               for t in texts) + "\0"
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    folded = _folded(cps)
    is_word = folded != 0
    edges = np.flatnonzero(is_word[1:] != is_word[:-1]) + 1
    first, end = edges[0::2], edges[1::2]  # each word is folded[first:end]
    powers, inverse = _powers(max(CHUNK_CHARS, 1 << (folded.size - 1).bit_length()))
    with np.errstate(over="ignore"):
        prefix = np.zeros(folded.size + 1, dtype=np.uint64)
        np.cumsum(folded * powers[: folded.size], out=prefix[1:])
        hashes.append(fmix64((prefix[end] - prefix[first]) * inverse[first]))  # position-free polynomial
    text_ends = np.flatnonzero(cps == 0)[1:]
    counts.append(np.diff(np.searchsorted(first, text_ends), prepend=0))


def shingle_arrays(tokens: Tokens) -> tuple[np.ndarray, np.ndarray]:
    """Return (shingle hashes in text order, offsets per text) from a batch of word hashes.

    A text of fewer than ``SHINGLE`` words has one shingle made of its words; a text without
    words has none.
    """
    h, starts = tokens.hashes, tokens.starts
    n_words = np.diff(starts)
    n = h.size
    with np.errstate(over="ignore"):
        padded = np.concatenate((h, np.zeros(SHINGLE, dtype=np.uint64)))
        acc = np.zeros(n, dtype=np.uint64)
        for k in range(SHINGLE):
            acc += padded[k : k + n] * _SHINGLE_MULT[k]
        # the tail of a short text: only its own words, not the next text's
        short = np.flatnonzero((n_words > 0) & (n_words < SHINGLE))
        for i in short.tolist():
            a, b = starts[i], starts[i + 1]
            acc[a] = np.sum(h[a:b] * _SHINGLE_MULT[: b - a], dtype=np.uint64)
    per_text = np.where(n_words >= SHINGLE, n_words - SHINGLE + 1, np.minimum(n_words, 1))
    offsets = np.concatenate(([0], np.cumsum(per_text))).astype(np.int64)
    index = np.repeat(starts[:-1], per_text) + (np.arange(offsets[-1]) - np.repeat(offsets[:-1], per_text))
    return fmix64(acc[index]), offsets


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """Return the hashed word 5-shingles of a text (its words as one shingle for very short texts)."""
    if k != SHINGLE:
        raise ValueError(f"shingles are {SHINGLE} words (got k={k}); change SHINGLE to change them")
    values, _ = shingle_arrays(tokenise_many([text]))
    return set(values.tolist())


@cache
def _densify_order() -> np.ndarray:
    """Return, for every bin, a fixed pseudo-random sequence of bins to borrow from when it is empty."""
    rng = np.random.default_rng(7)
    return rng.integers(0, NUM_PERM, size=(NUM_PERM, 4 * NUM_PERM), dtype=np.int64)


def _signatures(values: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    n_texts = offsets.size - 1
    sig = np.full(n_texts * NUM_PERM, EMPTY, dtype=np.uint64)
    text_of = np.repeat(np.arange(n_texts), np.diff(offsets))
    slot = text_of * NUM_PERM + (values >> np.uint64(64 - _BIN_BITS)).astype(np.int64)
    np.minimum.at(sig, slot, values & _VALUE_MASK)
    sig = sig.reshape(n_texts, NUM_PERM)
    return _densify(sig)


def _densify(sig: np.ndarray) -> np.ndarray:
    """Fill each empty bin of a non-empty signature from the first non-empty bin of its fixed sequence."""
    filled = sig != EMPTY
    rows, bins = np.nonzero(~filled & filled.any(axis=1)[:, None])
    order = _densify_order()
    out = sig.copy()
    step = 0
    while rows.size:
        if step == order.shape[1]:  # a text with one or two non-empty bins: take the smallest bin
            first = filled[rows].argmax(axis=1)
            out[rows, bins] = sig[rows, first]
            break
        source = order[bins, step]
        hit = filled[rows, source]
        out[rows[hit], bins[hit]] = sig[rows[hit], source[hit]]
        rows, bins = rows[~hit], bins[~hit]
        step += 1
    return out


def minhash_many(shingle_sets: Sequence[set[int] | np.ndarray]) -> np.ndarray:
    """Return one MinHash signature (NUM_PERM uint64 values) per set of 64-bit shingle hashes."""
    arrays = [np.fromiter(s, dtype=np.uint64, count=len(s)) if isinstance(s, (set, frozenset))
              else np.asarray(s, dtype=np.uint64) for s in shingle_sets]
    offsets = np.concatenate(([0], np.cumsum([a.size for a in arrays]))).astype(np.int64)
    values = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint64)
    return _signatures(values, offsets)


def signatures_many(texts: Sequence[str]) -> np.ndarray:
    """Return the MinHash signature of each text (texts x NUM_PERM uint64), in one vectorised batch."""
    return _signatures(*shingle_arrays(tokenise_many(texts)))


def minhash(hashes: set[int] | np.ndarray) -> np.ndarray:
    """Return the MinHash signature (NUM_PERM uint64 values) of a set of 64-bit shingle hashes."""
    return minhash_many([hashes])[0]


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Return the share of bins in which two signatures agree (an estimate of the Jaccard similarity)."""
    return float(np.mean(a == b))


def band_keys_many(signatures: np.ndarray) -> np.ndarray:
    """Return one 63-bit key per LSH band of each signature (shape: texts x BANDS)."""
    rows = NUM_PERM // BANDS
    bands = signatures.reshape(signatures.shape[0], BANDS, rows)
    with np.errstate(over="ignore"):
        acc = np.arange(BANDS, dtype=np.uint64)[None, :] * _BAND_MULT[rows]
        for r in range(rows):
            acc = acc + bands[:, :, r] * _BAND_MULT[r]
    return fmix64(acc) & _KEY_MASK


def band_keys(signature: np.ndarray) -> list[int]:
    """Return one 63-bit key per LSH band of a signature."""
    return band_keys_many(signature[None, :])[0].tolist()


def _passage_keys(values: np.ndarray, offsets: np.ndarray) -> list[tuple[int, ...]]:
    """Return each text's winnowed shingle hashes, sorted (masked to 63 bits)."""
    w = PASSAGE_WINDOW
    out = []
    if values.size >= w:
        minima = np.lib.stride_tricks.sliding_window_view(values, w).min(axis=1) & _KEY_MASK
    for i in range(offsets.size - 1):
        a, b = int(offsets[i]), int(offsets[i + 1])
        if b - a >= w:
            keys = np.unique(minima[a : b - w + 1])
        elif b > a:
            keys = np.array([values[a:b].min() & _KEY_MASK])
        else:
            keys = np.zeros(0, dtype=np.uint64)
        out.append(tuple(keys.tolist()))
    return out


def passage_keys_many(texts: Sequence[str]) -> list[tuple[int, ...]]:
    """Return the passage keys of each text (no signature: for sentences and other short pieces)."""
    return _passage_keys(*shingle_arrays(tokenise_many(texts))) if texts else []


@dataclass(frozen=True, slots=True)
class Fingerprint:
    article_id: str
    exact: str  # hash of the normalised text
    bands: list[int]  # one LSH key per band of the MinHash signature
    shingles: frozenset[int]
    passages: tuple[int, ...] = ()  # winnowed shingle hashes: shared passages, wherever they sit


def fingerprint_many(items: Sequence[tuple[str, str]]) -> list[Fingerprint]:
    """Return the fingerprints of (article id, text) pairs, computed in one vectorised batch."""
    if not items:
        return []
    values, offsets = shingle_arrays(tokenise_many([text for _, text in items]))
    keys = band_keys_many(_signatures(values, offsets)).tolist()
    passages = _passage_keys(values, offsets)
    return [Fingerprint(article_id=aid, exact=xxhash.xxh128_hexdigest(normalise(text).encode()), bands=keys[i],
                        shingles=frozenset(values[offsets[i] : offsets[i + 1]].tolist()), passages=passages[i])
            for i, (aid, text) in enumerate(items)]


def fingerprint(article_id: str, text: str) -> Fingerprint:
    """Return the fingerprint of one article (exact hash, LSH band keys, shingles, passage keys)."""
    return fingerprint_many([(article_id, text)])[0]
