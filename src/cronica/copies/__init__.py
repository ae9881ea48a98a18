"""Copies: exact and near-duplicate articles, containment, wire rewrites, groups and who copied whom.

``CopyIndex.add`` is incremental: a new article is compared only with the candidates its exact
hash, its MinHash LSH bands and its passage keys retrieve, never with every stored article.

- ``fingerprint``: normalisation, shingles, one-permutation MinHash, LSH band and passage keys.
- ``index``: the index, its lookups and the verification of copy candidates.
- ``align``: shared passages between two texts, and the rewrite links they give.
- ``lineage``: copy groups, their origin and the evidence.
"""

from __future__ import annotations

from .align import rewrite_link, rewrite_links, shared_passages
from .fingerprint import Fingerprint, fingerprint, fingerprint_many, minhash, minhash_many, shingles
from .index import CONTAINMENT, NEAR_JACCARD, CopyIndex, CopyLookup, MemoryLookup, verify
from .lineage import copy_components, lineage_evidence, origin_of

__all__ = [
    "CONTAINMENT", "NEAR_JACCARD", "CopyIndex", "CopyLookup", "Fingerprint", "MemoryLookup", "copy_components",
    "fingerprint", "fingerprint_many", "lineage_evidence", "minhash", "minhash_many", "origin_of", "rewrite_link",
    "rewrite_links", "shared_passages", "shingles", "verify",
]
