"""Stories: online event clustering. A new article joins the best matching story or opens a new one.

Candidates come from an inverted index over names and a story's top terms, so an article is
scored against a handful of stories, never against every article. The score mixes the TF-IDF
cosine with the story's centroid, the share of the article's names found in the story, and the
distance between event dates (two meetings of the same people on different days are different
stories).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice

import numpy as np

from ..records import Article, Evidence, Story, content_id
from .embed import embed_articles
from .features import EventFeatures, event_features

JOIN_SCORE = 0.30
COSINE_WEIGHT, NAME_WEIGHT, DATE_WEIGHT, EMBED_WEIGHT = 1.0, 0.0, 0.0, 0.4
EMBED_FLOOR = 0.3  # embedding similarity below this adds nothing (unrelated texts still score ~0.1-0.2)
# An article in a language none of a story's articles is written in shares few words with it, so its
# text cosine says little: it joins when the meaning of headline and lead is this close (on ECB+'s
# train and dev splits, document pairs this close are the same event with precision 0.92).
CROSS_LINGUAL_MEANING = 0.75
DATE_TOLERANCE_DAYS = 10  # event dates further apart than this count against joining
DATE_PENALTY = 0.20
MAX_GAP_DAYS = 45  # event dates further apart than this are different events: never join
TOP_TERMS = 40  # terms of a story indexed for candidate retrieval
MEMBER_TERMS = 80  # terms kept per member for average-link scoring
MEMBERS_KEPT = 30  # the most recent members a new article is compared with
POSTING_KEEP = 200  # each name or term remembers the stories it most recently occurred in
CANDIDATE_POSTINGS = 50  # of which the most recent are counted when looking for an article's candidates
# A story keeps its strongest terms and latest event dates, in memory as in its stored profile, so that a
# run resumed from the store goes on as one that never stopped.
MAX_TERMS = 300
MAX_DATES = 50
MAX_CANDIDATES = 40  # stories scored per article
MEANING_SLOTS = 8192  # recent stories whose meaning (embedding centroid) is searched for every article
MEANING_CANDIDATES = 5  # stories added as candidates by meaning alone (a translation shares few words)
# Stories held in memory, least recently changed forgotten first (the store keeps them all). A story
# untouched while this many others changed is weeks old on a news stream, past MAX_GAP_DAYS for dated
# articles; a copy of one of its articles still finds it through ``loader``.
MAX_STORIES = 50_000


@dataclass(slots=True)
class StoryState:
    """What the index remembers of a story (persisted as its profile)."""

    id: str
    terms: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)
    size: int = 0
    title: str | None = None
    members: list[dict[str, float]] = field(default_factory=list)  # recent members' top terms
    vector: np.ndarray | None = None  # sum of members' embeddings (float32)
    member_sum: dict[str, float] | None = None  # sum of ``members`` (not persisted; rebuilt when needed)
    langs: Counter = field(default_factory=Counter)  # languages of the members
    def to_profile(self) -> dict:
        return {"terms": dict(self.terms), "names": dict(self.names), "dates": self.dates,
                "size": self.size, "title": self.title, "members": self.members,
                "vector": [round(x, 5) for x in self.vector.tolist()] if self.vector is not None else None,
                "langs": dict(self.langs)}

    @classmethod
    def from_profile(cls, sid: str, p: dict) -> StoryState:
        return cls(id=sid, terms=Counter(p.get("terms", {})), names=Counter(p.get("names", {})),
                   dates=list(p.get("dates", [])), size=int(p.get("size", 0)), title=p.get("title"),
                   members=list(p.get("members", [])), langs=Counter(p.get("langs", {})),
                   vector=None if p.get("vector") is None else np.asarray(p["vector"], dtype=np.float32))


class StoryIndex:
    """Assigns articles to stories incrementally."""

    def __init__(self, df: dict[str, int] | None = None, n_docs: int = 0, *,
                 loader: Callable[[str], dict | None] | None = None, keep: int = MAX_STORIES):
        self.df: Counter = Counter(df or {})
        self.df_added: Counter = Counter()  # document frequencies added since the caller last cleared it
        self.n_docs = n_docs
        self.loader = loader  # story id -> stored profile, for a forgotten story a copy joins
        self.keep = keep
        self.stories: dict[str, StoryState] = {}  # least recently changed first
        # Postings are insertion-ordered dicts used as recency queues: news events cluster in time,
        # so the stories an article can join are among the recent ones; this bounds the work per article.
        self.by_name: dict[str, dict[str, None]] = {}
        self.by_term: dict[str, dict[str, None]] = {}
        self.touched: set[str] = set()
        self._meaning = _MeaningIndex(MEANING_SLOTS)
        self.primed_docs = 0  # documents counted in df before assignment started
        self._primed_features: dict[str, EventFeatures] = {}

    @classmethod
    def primed(cls, articles: list[Article]) -> StoryIndex:
        """Return an empty index whose term statistics already count these articles (batch clustering)."""
        df: Counter = Counter()
        feats = {}
        for a in articles:
            feats[a.id] = event_features(a)
            df.update(feats[a.id].terms.keys())
        index = cls(df, len(articles))
        index.primed_docs = len(articles)
        index._primed_features = feats
        return index

    def load(self, sid: str, profile: dict) -> None:
        state = StoryState.from_profile(sid, profile)
        self.stories[sid] = state
        self._index(state)
        self._forget_oldest()

    def _forget_oldest(self) -> None:
        """Forget the least recently changed stories past ``keep``, and their postings."""
        while len(self.stories) > self.keep:
            oldest = next(iter(self.stories))
            if oldest in self.touched:  # changed since the caller last saved the profiles: keep it
                break
            state = self.stories.pop(oldest)
            for name in state.names:
                _drop(self.by_name, name, state.id)
            for term in state.terms:
                _drop(self.by_term, term, state.id)

    def _index(self, state: StoryState) -> None:
        if state.vector is not None:
            self._meaning.put(state.id, state.vector)
        for name in state.names:
            _touch(self.by_name.setdefault(name, {}), state.id)
        for term, _ in state.terms.most_common(TOP_TERMS):
            _touch(self.by_term.setdefault(term, {}), state.id)

    def _vector(self, counts: dict[str, float]) -> dict[str, float]:
        """Return the TF-IDF weights of term counts: (1 + log tf) * (log((n + 1) / (df + 1)) + 1)."""
        df, log, top = self.df, math.log, math.log(self.n_docs + 1) + 1.0  # locals: this is the hot loop
        return {t: (1 + log(c)) * (top - log(df.get(t, 0) + 1)) for t, c in counts.items() if c > 0}

    def _unit(self, counts: dict[str, float], keep: int | None = None) -> dict[str, float]:
        """Return the TF-IDF vector of term counts scaled to unit length (its strongest `keep` terms)."""
        vec = self._vector(counts)
        if keep is not None and len(vec) > keep:
            vec = dict(sorted(vec.items(), key=lambda kv: -kv[1])[:keep])
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        return {t: w / norm for t, w in vec.items()}

    def assign(self, article: Article, forced: str | None = None, vector=None) -> tuple[str, Evidence]:
        """Return (story id, membership evidence) for an article; `forced` joins a known story (a copy's).

        `vector` is the article's embedding (cronica.stories.embed), when available.
        """
        feats = self._count(article, vector)
        if forced and forced not in self.stories and self.loader and (profile := self.loader(forced)):
            self.load(forced, profile)
        if forced and forced in self.stories:
            sid, row = forced, Evidence(subject=article.id, kind="story_member", claim=forced, rule="copy",
                                        detail="copy of an article of this story", score=1.0)
        else:
            sid, row = self._best(feats, article.id)
        self._add(sid, feats)
        return sid, row

    def place(self, article: Article, sid: str, vector=None) -> None:
        """Put an article in a story chosen elsewhere (a rebuild), so that online assignment goes on from
        the rebuilt stories: the story is opened, or loaded when stored and forgotten, if not in memory."""
        feats = self._count(article, vector)
        if sid not in self.stories:
            profile = self.loader(sid) if self.loader else None
            if profile:
                self.load(sid, profile)
            else:
                self.stories[sid] = StoryState(id=sid, title=feats.title)
        self._add(sid, feats)

    def _count(self, article: Article, vector) -> EventFeatures:
        """Return the article's event features, its terms counted in the document frequencies."""
        feats = self._primed_features.pop(article.id, None) or event_features(article)
        feats = replace(feats, vector=vector)
        if self.primed_docs:
            self.primed_docs -= 1
        else:
            self.n_docs += 1
            self.df.update(feats.terms.keys())
            self.df_added.update(feats.terms.keys())
        return feats

    def _best(self, feats: EventFeatures, article_id: str) -> tuple[str, Evidence]:
        vec = self._unit(feats.terms)
        best, best_score, best_detail = None, JOIN_SCORE, ""
        for sid in self._candidates(feats, vec):
            score, detail = self._score(feats, vec, self.stories[sid])
            if score > best_score:
                best, best_score, best_detail = sid, score, detail
        if best is None:
            sid = "s" + content_id(article_id, "story")[:15]
            self.stories[sid] = StoryState(id=sid, title=feats.title)
            return sid, Evidence(subject=article_id, kind="story_member", claim=sid, rule="new-story",
                                 detail="no existing story scored above the joining threshold")
        return best, Evidence(subject=article_id, kind="story_member", claim=best, rule="similarity",
                              detail=best_detail, score=round(best_score, 3))

    def _candidates(self, feats: EventFeatures, vec: dict[str, float]) -> list[str]:
        """Return the stories sharing the most names and distinctive terms with the article (at most
        MAX_CANDIDATES), so the work per article stays bounded however many stories exist."""
        hits: Counter = Counter()
        for name in feats.names:
            hits.update(dict.fromkeys(_latest(self.by_name.get(name)), 2))
        for term, _ in sorted(vec.items(), key=lambda kv: -kv[1])[:TOP_TERMS]:
            hits.update(_latest(self.by_term.get(term)))
        found = [sid for sid, _ in hits.most_common(MAX_CANDIDATES) if sid in self.stories]
        if feats.vector is not None:
            found += [sid for sid in self._meaning.nearest(feats.vector, MEANING_CANDIDATES, CROSS_LINGUAL_MEANING)
                      if sid in self.stories and sid not in found]
        return found

    def _score(self, feats: EventFeatures, vec: dict[str, float], story: StoryState) -> tuple[float, str]:
        # Average link: the mean cosine with the story's recent members, as agglomerative clustering does.
        # The mean of the dot products is the dot product with the members' sum: one product per story.
        if story.member_sum is None:
            story.member_sum = _sum(story.members or [self._unit(story.terms, MEMBER_TERMS)])
        cosine = _dot(vec, story.member_sum) / max(len(story.members), 1)
        shared = sorted(n for n in feats.names if n in story.names)
        names = len(shared) / len(feats.names) if feats.names else 0.0
        score = COSINE_WEIGHT * cosine + NAME_WEIGHT * names
        detail = f"text cosine {cosine:.2f}; shared names: {', '.join(shared[:6]) or 'none'}"
        if feats.vector is not None and story.vector is not None:
            meaning = float(feats.vector @ story.vector) / (float(np.linalg.norm(story.vector)) or 1.0)
            score += EMBED_WEIGHT * max(0.0, meaning - EMBED_FLOOR)
            detail += f"; meaning similarity {meaning:.2f}"
            if feats.lang and story.langs and feats.lang not in story.langs and meaning >= CROSS_LINGUAL_MEANING:
                score = max(score, JOIN_SCORE + 0.01 + meaning - CROSS_LINGUAL_MEANING)
                detail += f" (in another language: {meaning:.2f} >= {CROSS_LINGUAL_MEANING})"
        gap = _date_gap(feats.date, story.dates)
        if gap is not None and gap <= 1:
            score += DATE_WEIGHT
            detail += "; same event date" if gap == 0 else "; event dates a day apart"
        elif gap is not None and gap > DATE_TOLERANCE_DAYS:
            score -= DATE_PENALTY if gap <= MAX_GAP_DAYS else 1.0
            detail += f"; event dates {gap} days apart"
        return score, detail

    def _add(self, sid: str, feats: EventFeatures) -> None:
        state = self.stories[sid] = self.stories.pop(sid)  # now the most recently changed
        state.terms.update(feats.terms)
        if len(state.terms) > MAX_TERMS:
            state.terms = Counter(dict(state.terms.most_common(MAX_TERMS)))
        member = self._unit(feats.terms, MEMBER_TERMS)  # weighted with the IDF known when it joined
        state.members = (state.members + [{t: round(w, 4) for t, w in member.items()}])[-MEMBERS_KEPT:]
        state.member_sum = None
        if feats.vector is not None:
            vector = np.asarray(feats.vector, dtype=np.float32)
            state.vector = vector.copy() if state.vector is None else state.vector + vector
        state.names.update(feats.names)
        if feats.lang:
            state.langs[feats.lang] += 1
        if feats.date:
            state.dates = (state.dates + [feats.date])[-MAX_DATES:]
        state.size += 1
        state.title = state.title or feats.title
        self._index(state)
        self.touched.add(sid)
        self._forget_oldest()


class _MeaningIndex:
    """The unit embedding centroids of up to ``size`` stories in one matrix (a ring: the oldest slot is
    reused), searched by one matrix product per article: work bounded whatever the corpus size."""

    def __init__(self, size: int):
        self.size = size
        self.matrix: np.ndarray | None = None
        self.ids: list[str | None] = [None] * size
        self.slot: dict[str, int] = {}
        self.next = 0
        self.used = 0

    def put(self, sid: str, vector) -> None:
        v = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(v))
        if not norm:
            return
        if self.matrix is None:
            self.matrix = np.zeros((self.size, v.size), dtype=np.float32)
        i = self.slot.get(sid)
        if i is None:
            i, self.next = self.next, (self.next + 1) % self.size
            if (old := self.ids[i]) is not None:
                del self.slot[old]
            self.ids[i], self.slot[sid] = sid, i
            self.used = max(self.used, i + 1)
        self.matrix[i] = v / norm

    def nearest(self, vector, k: int, floor: float) -> list[str]:
        """Return up to k stories whose centroid is at least ``floor`` close to ``vector``, closest first."""
        if self.matrix is None or not self.used:
            return []
        sims = self.matrix[: self.used] @ np.asarray(vector, dtype=np.float32)
        top = np.argpartition(-sims, min(k, sims.size - 1))[:k] if sims.size > k else np.arange(sims.size)
        return [self.ids[i] for i in sorted(top, key=lambda i: -sims[i]) if sims[i] >= floor and self.ids[i]]


def _touch(posting: dict[str, None], sid: str) -> None:
    """Move a story to the recent end of a posting, forgetting the oldest past POSTING_KEEP."""
    posting.pop(sid, None)
    posting[sid] = None
    if len(posting) > POSTING_KEEP:
        del posting[next(iter(posting))]


def _latest(posting: dict[str, None] | None) -> Iterable[str]:
    """Return the stories of a posting, only its CANDIDATE_POSTINGS most recent when it is longer: a name
    or term found in that many recent stories is common, and counting every one of them is what would
    grow with the stream."""
    if not posting:
        return ()
    return posting.keys() if len(posting) <= CANDIDATE_POSTINGS else islice(reversed(posting), CANDIDATE_POSTINGS)


def _drop(postings: dict[str, dict[str, None]], key: str, sid: str) -> None:
    posting = postings.get(key)
    if posting is not None and posting.pop(sid, 0) is None and not posting:
        del postings[key]


def _sum(vectors: list[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for v in vectors:
        for t, w in v.items():
            out[t] = out.get(t, 0.0) + w
    return out


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _date_gap(value: str | None, dates: list[str]) -> int | None:
    if not value or not dates:
        return None
    d = date.fromisoformat(value)
    return min(abs((d - date.fromisoformat(x)).days) for x in dates)


def cluster_articles(articles: list[Article], vectors: dict[str, np.ndarray] | None = None) -> list[Story]:
    """Return stories for a list of articles, no oracle K: the rebuild of ``cronica recluster``
    (cronica.stories.rebuild) over the articles in event-date order.

    `vectors` maps article ids to embeddings; computed here when not given and the model is installed.
    """
    from .rebuild import Rebuild, article_order, story_id

    if vectors is None and EMBED_WEIGHT:
        vectors = dict(zip((a.id for a in articles), embed_articles(articles)))
    vectors = vectors or {}
    order = sorted(articles, key=article_order)
    rebuild = Rebuild()
    for article in order:
        rebuild.count(article)
    for article in order:
        rebuild.add(article, vectors.get(article.id))
    labels = rebuild.stories()
    members: dict[int, list[Article]] = {}
    for article, label in zip(order, labels):
        members.setdefault(label, []).append(article)
    return [Story(id=story_id(group[0].id), title=group[0].title, event_date=group[0].event_date,
                  articles=tuple(a.id for a in group)) for group in members.values()]
