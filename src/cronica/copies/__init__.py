"""Copies: exact and near-duplicate articles (MinHash LSH, verified), groups and who copied whom.

``CopyIndex.add`` is incremental: a new article is compared only with the candidates its
LSH bands and exact hash retrieve, never with every stored article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from ..records import Article, CopyLink, Evidence
from .align import shared_passages
from .fingerprint import Fingerprint, fingerprint, shingles

NEAR_JACCARD = 0.5  # verified near-duplicates
CONTAINMENT = 0.8  # the shorter text is (almost) inside the longer one


class CopyLookup(Protocol):
    """Where the index finds earlier articles: the store, or memory."""

    def exact_matches(self, exact: str) -> list[str]: ...
    def lsh_candidates(self, keys: list[int]) -> set[str]: ...
    def article_text(self, article_id: str) -> str | None: ...


class MemoryLookup:
    """An in-memory CopyLookup (for evaluation and for articles of the batch not yet stored)."""

    def __init__(self) -> None:
        self.exact: dict[str, list[str]] = {}
        self.bands: dict[tuple[int, int], list[str]] = {}
        self.texts: dict[str, str] = {}

    def remember(self, fp: Fingerprint, text: str) -> None:
        self.exact.setdefault(fp.exact, []).append(fp.article_id)
        for band, key in enumerate(fp.bands):
            self.bands.setdefault((band, key), []).append(fp.article_id)
        self.texts[fp.article_id] = text

    def exact_matches(self, exact: str) -> list[str]:
        return list(self.exact.get(exact, ()))

    def lsh_candidates(self, keys: list[int]) -> set[str]:
        return {aid for band, key in enumerate(keys) for aid in self.bands.get((band, key), ())}

    def article_text(self, article_id: str) -> str | None:
        return self.texts.get(article_id)


class CopyIndex:
    """Finds the earlier articles a new article copies, through one or more lookups."""

    def __init__(self, *lookups: CopyLookup):
        self.pending = MemoryLookup()
        self.lookups = (*lookups, self.pending)

    def add(self, article: Article) -> tuple[Fingerprint, list[CopyLink]]:
        """Return the article's fingerprint and its verified copy links to earlier articles."""
        fp = fingerprint(article.id, article.text)
        links = self._links(fp)
        self.pending.remember(fp, article.text)
        return fp, links

    def _links(self, fp: Fingerprint) -> list[CopyLink]:
        exact = {aid for lk in self.lookups for aid in lk.exact_matches(fp.exact)} - {fp.article_id}
        links = [CopyLink(source=aid, target=fp.article_id, kind="exact", similarity=1.0, directed=False,
                          reason="same text after normalising quotes, dashes, spaces and case") for aid in sorted(exact)]
        candidates = {aid for lk in self.lookups for aid in lk.lsh_candidates(fp.bands)} - exact - {fp.article_id}
        for aid in sorted(candidates):
            text = self._text(aid)
            if text is None:
                continue
            link = verify(aid, fp, text)
            if link:
                links.append(link)
        return links

    def _text(self, article_id: str) -> str | None:
        for lk in self.lookups:
            text = lk.article_text(article_id)
            if text is not None:
                return text
        return None


def verify(other_id: str, fp: Fingerprint, other_text: str) -> CopyLink | None:
    """Return a copy link when the candidate's shingles really overlap enough, else None."""
    other = shingles(other_text)
    mine = fp.shingles
    if not other or not mine:
        return None
    inter = len(mine & other)
    jaccard = inter / len(mine | other)
    contain = inter / min(len(mine), len(other))
    if jaccard >= NEAR_JACCARD:
        return CopyLink(source=other_id, target=fp.article_id, kind="near", similarity=round(jaccard, 3),
                        directed=False, reason=f"{jaccard:.0%} of 5-word shingles shared")
    if contain >= CONTAINMENT:
        return CopyLink(source=other_id, target=fp.article_id, kind="containment", similarity=round(contain, 3),
                        directed=False, reason=f"{contain:.0%} of the shorter text's shingles are in the longer")
    return None


def rewrite_links(articles: list[Article], grouped: Callable[[str, str], bool]) -> list[CopyLink]:
    """Return 'rewrite' links between articles of one story that share whole passages but are not copies.

    Called per story, so the pairs compared grow with story size, not with the corpus.
    """
    links = []
    for i, a in enumerate(articles):
        for b in articles[i + 1 :]:
            if grouped(a.id, b.id):
                continue
            share, passages = shared_passages(a.text, b.text)
            if share >= 0.3 and passages:
                links.append(CopyLink(source=a.id, target=b.id, kind="rewrite", similarity=round(share, 3),
                                      directed=False, reason=f"{len(passages)} shared passage(s), e.g. {passages[0]!r}"))
    return links


def copy_components(ids: Iterable[str], links: Iterable[CopyLink]) -> dict[str, str]:
    """Return article id -> group id (smallest member id) over exact, near and containment links."""
    parent: dict[str, str] = {i: i for i in ids}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        if link.kind != "rewrite":
            ra, rb = find(link.source), find(link.target)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


def origin_of(members: list[Article]) -> tuple[str | None, str]:
    """Return (article printed first, why) for a copy group, or (None, why not)."""
    dated = sorted((a.published, a.id) for a in members if a.published)
    if len(dated) >= 2 and dated[0][0] < dated[1][0]:
        return dated[0][1], f"earliest trustworthy publication date {dated[0][0]} (next {dated[1][0]})"
    agency = {a.agency for a in members if a.agency}
    credited = [a for a in members if a.dateline and a.dateline.agency]
    if len(dated) == 1 and len(members) > 1:
        return dated[0][1], f"the only member with a trustworthy publication date ({dated[0][0]})"
    reason = "members published the same day" if len(dated) >= 2 else "no trustworthy dates to order the copies"
    if agency and credited:
        reason += f"; all go back to the {'/'.join(sorted(agency))} cable"
    return None, reason


def lineage_evidence(group_id: str, members: list[Article], origin: str | None, why: str) -> list[Evidence]:
    """Return one ledger row per member: the group's origin and why (agencies credited included)."""
    agencies = sorted({a.agency for a in members if a.agency})
    if agencies:
        why += f"; credited agency: {', '.join(agencies)}"
    return [Evidence(subject=a.id, kind="copy_origin", claim=origin or "unknown", rule="lineage", detail=why,
                     ref=group_id) for a in members]
