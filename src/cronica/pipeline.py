"""Runs the stages over a batch or a stream of pages; counts every drop by its reason.

Per page: extract -> language -> entities and quotes -> event date. Per batch: copies (LSH
index, passage keys for containment and rewrites) and story assignment, then one transaction
writes the batch. After the run, every story
whose membership changed is reconciled (event date, first appearance, copy groups, recycled
pages). An interrupted run leaves whole batches only; the next run skips stored pages and
reconciles the stories left dirty.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import numpy as np

from .copies import CopyIndex
from .dates.event import resolve_event_date
from .extract import extract_article, template_lines
from .extract.template import SiteTemplates, candidate_lines, site_key
from .facts.entities import find_entities
from .facts.quotes import find_quotes
from .ingest import iter_pages
from .language import add_language
from .records import Article, CopyLink, Drop, Page, Rejection, content_id
from .stories import EMBED_WEIGHT, MAX_STORIES, StoryIndex
from .stories.embed import available as embed_available
from .stories.embed import embed_articles
from .stories.rebuild import Rebuild, article_order, story_id
from .stories.reconcile import reconcile_story
from .store import BatchWrite, Store

log = logging.getLogger(__name__)
# A batch is written in one transaction: BATCH_SIZE inputs, or fewer when they reach BATCH_BYTES (raw pages
# or article texts). Each commit writes every index page the batch changed; the LSH, entity and evidence
# indexes take their rows at random places, so small batches rewrite the same pages again and again (at 100k
# stored articles, batches of 1,000 instead of 100: 8.7 -> 7.3 ms of CPU per article).
BATCH_SIZE = 1000
BATCH_BYTES = 64 << 20
RECONCILE_BATCH = 500  # stories reconciled per transaction
# Story clustering uses multilingual embeddings when the model is installed (CRONICA_EMBEDDINGS=0 turns
# them off for speed on crawl-sized inputs).
STORY_EMBEDDINGS = bool(EMBED_WEIGHT) and os.environ.get("CRONICA_EMBEDDINGS", "1") != "0"


@dataclass(slots=True)
class RunStats:
    """What a run did; stats of two runs add up with +."""

    pages: int = 0  # inputs read (documents, including the rejected ones), not counting already stored
    articles: int = 0
    skipped: int = 0  # already in the store
    rejected: Counter = field(default_factory=Counter)
    stories: int = 0  # stories created or changed

    def __add__(self, other: RunStats) -> RunStats:
        return RunStats(self.pages + other.pages, self.articles + other.articles, self.skipped + other.skipped,
                        self.rejected + other.rejected, self.stories + other.stories)

    def summary(self, total_stories: int | None = None) -> str:
        rejected = sum(self.rejected.values())
        parts = [f"{self.pages:,} pages -> {self.articles:,} articles"]
        if total_stories is not None:
            parts[0] += f" in {total_stories:,} stories"
        if self.skipped:
            parts.append(f"{self.skipped:,} already stored")
        if rejected:
            reasons = ", ".join(f"{n:,} {reason}" for reason, n in self.rejected.most_common())
            parts.append(f"{rejected:,} rejected: {reasons}")
        return "; ".join(parts)


def add_facts(article: Article) -> Article:
    """Return the article with its entities and quotes."""
    entities = find_entities(article.text, article.lang or "es")
    return replace(article, entities=entities, quotes=find_quotes(article.text, entities))


def analyse_article(article: Article) -> Article:
    """Run the per-article stages after extraction: language, entities and quotes, event date."""
    return resolve_event_date(add_facts(add_language(article)))


def analyse_page(page: Page, template: frozenset[int] = frozenset()) -> Article:
    """Return the analysed article of a page; raises Drop with the reason when there is none."""
    return analyse_article(extract_article(page, template))


def analyse_text(*, id: str, title: str | None, text: str, published: str | None = None,
                 outlet: str | None = None, lang: str | None = None) -> Article:
    """Return an analysed article for a text that is already clean (evaluation sets, API users)."""
    article = Article(id=id, page_id=content_id(id, "page"), source=id, url=None, title=title, text=text,
                      lang=lang, outlet=outlet, published=published)
    return analyse_article(article)


class Pipeline:
    """Ingests inputs into a store, batch by batch."""

    def __init__(self, store: Store, *, batch_size: int = BATCH_SIZE, strict: bool | None = None,
                 progress: Callable[[int], None] | None = None, embeddings: bool | None = None):
        self.store = store
        self.batch_size = batch_size
        self.strict = strict if strict is not None else os.environ.get("CRONICA_STRICT") == "1"
        self.progress = progress or (lambda n: None)
        self.embeddings = embeddings if embeddings is not None else STORY_EMBEDDINGS and embed_available()
        self.copies = CopyIndex(store)
        df, n_docs = store.term_df()
        self.stories = StoryIndex(df, n_docs, loader=store.story_profile)
        for sid, profile in store.story_profiles(latest=MAX_STORIES):
            self.stories.load(sid, profile)
        self.templates = SiteTemplates()
        for site, key, pages in store.iter_site_lines():
            self.templates.load(site, key, pages)

    def ingest(self, paths: Iterable[str]) -> RunStats:
        """Ingest files and folders; returns what was done. Safe to interrupt and to run again."""
        return self._run(iter_pages(paths), self._run_batch)

    def ingest_articles(self, articles: Iterable[Article]) -> RunStats:
        """Store articles that are already analysed (``analyse_text``; API users, benchmarks): copies,
        stories and reconciliation as for pages. Articles already stored are skipped."""
        return self._run(articles, self._link_batch)

    def _run(self, items: Iterable, run_batch: Callable[[list], RunStats]) -> RunStats:
        """Run ``run_batch`` over the items in batches, then reconcile the stories that changed."""
        if self.store.reclustering():
            self.recluster()  # finish the rebuild an interrupted `cronica recluster` left
        stats = RunStats()
        batch: list = []
        size = 0
        for item in items:
            batch.append(item)
            size += _size(item)
            if len(batch) >= self.batch_size or size >= BATCH_BYTES:
                stats += run_batch(batch)
                batch, size = [], 0
        if batch:
            stats += run_batch(batch)
        stats.stories = self.reconcile()
        return stats

    def _link_batch(self, articles: list[Article]) -> RunStats:
        stats = RunStats()
        write = BatchWrite()
        known = self.store.known_articles(a.id for a in articles)
        for article in articles:
            stats.pages += 1
            if article.id in known:
                stats.skipped += 1
            else:
                known.add(article.id)
                write.articles.append(article)
            self.progress(1)
        self._finish_batch(write, stats)
        return stats

    def _run_batch(self, items: list[Page | Rejection]) -> RunStats:
        stats = RunStats()
        write = BatchWrite()
        known = self.store.known_pages(p.id for p in items if isinstance(p, Page))
        for item in items:
            if isinstance(item, Rejection):
                stats.pages += 1  # an input that never became a page still counts as one read
                stats.rejected[item.reason] += 1
                write.rejections.append(item)
            elif item.id in known:
                stats.skipped += 1
            else:
                known.add(item.id)
                stats.pages += 1
                self._analyse(item, write, stats)
            self.progress(1)
        self._finish_batch(write, stats)
        return stats

    def _finish_batch(self, write: BatchWrite, stats: RunStats) -> None:
        """Link the batch's articles to copies and stories, then write the batch in one transaction."""
        vectors = embed_articles(write.articles) if self.embeddings else [None] * len(write.articles)
        for article, vector in zip(write.articles, vectors):
            self._link(article, vector, write)
            if vector is not None:  # kept, so that `recluster` does not embed every article again
                write.vectors.append((article.id, np.asarray(vector, dtype=np.float16).tobytes()))
            stats.articles += 1
        write.site_lines = self.templates.take_pending()
        self._save(write)

    def _save(self, write: BatchWrite) -> None:
        """Write a batch with the story index's changes since the last batch, in one transaction."""
        write.df = dict(self.stories.df_added)
        write.n_docs = self.stories.n_docs
        write.profiles = {sid: self.stories.stories[sid].to_profile() for sid in self.stories.touched}
        self.store.save_batch(write)
        self.stories.touched.clear()
        self.stories.df_added.clear()

    def _analyse(self, page: Page, write: BatchWrite, stats: RunStats) -> Article | None:
        write.pages.append(page)
        site = site_key(page)
        article = None
        try:
            article = analyse_page(page, self.templates.template(site))
        except Drop as drop:
            stats.rejected[drop.reason] += 1
            write.rejections.append(Rejection(source=page.source, reason=drop.reason, detail=drop.detail,
                                              page_id=page.id))
        except Exception as err:  # noqa: BLE001 - quarantined and counted; raised in strict mode (tests)
            if self.strict:
                raise
            log.warning("internal error on %s: %r", page.source, err)
            stats.rejected["internal error"] += 1
            write.rejections.append(Rejection(source=page.source, reason="internal error",
                                              detail=f"{type(err).__name__}: {err}", page_id=page.id))
        self.templates.observe(site, candidate_lines(template_lines(page, article)))
        if article is not None:
            write.articles.append(article)
        return article

    def _link(self, article: Article, vector, write: BatchWrite) -> None:
        fp, links = self.copies.add(article, rewrites=True)
        write.fingerprints.append((article.id, fp.exact, fp.bands))
        write.links.extend(links)
        sid, row = self.stories.assign(article, forced=self._copied_story(links, write), vector=vector)
        write.members.append((article.id, sid))
        write.evidence.append(row)
        write.evidence.extend(
            replace(row, kind="copy_link", claim=l.source, rule=l.kind, detail=l.reason, score=l.similarity,
                    ref=l.source) for l in links)

    def _copied_story(self, links: list[CopyLink], write: BatchWrite) -> str | None:
        """Return the story of the first earlier article these links say was copied (rewrites only share
        passages: they are scored like any article)."""
        return next((s for s in (self._story_of(l.source, write) for l in links if l.kind != "rewrite") if s), None)

    def _story_of(self, article_id: str, write: BatchWrite) -> str | None:
        for aid, sid in reversed(write.members):
            if aid == article_id:
                return sid
        return self.store.story_of(article_id)

    def reconcile(self) -> int:
        """Reconcile every story whose membership changed; return how many."""
        dirty = self.store.dirty_stories()
        for i in range(0, len(dirty), RECONCILE_BATCH):
            saves = []
            for sid in dirty[i : i + RECONCILE_BATCH]:
                ids = self.store.story_article_ids(sid)
                articles = self.store.articles(ids)
                links = self.store.copy_links_of(ids)  # found as the articles arrived: work linear in the story
                story, groups, updated, evidence = reconcile_story(sid, articles, links)
                # only the members whose record changed are written back: a story that grows by one
                # article does not rewrite all the others
                changed = [new for new, old in zip(updated, articles) if new != old]
                saves.append((story, groups, changed, evidence))
            self.store.save_stories(saves)  # one transaction for many stories: pages shared are written once
        return len(dirty)

    def _vectors(self, articles: list[Article]) -> list:
        """Return the articles' embeddings: stored ones read back, the others computed (none when off)."""
        if not self.embeddings:
            return [None] * len(articles)
        stored = self.store.vectors([a.id for a in articles])
        missing = [a for a in articles if a.id not in stored]
        computed = dict(zip((a.id for a in missing), embed_articles(missing))) if missing else {}
        return [np.frombuffer(stored[a.id], dtype=np.float16).astype(np.float32) if a.id in stored
                else computed[a.id] for a in articles]

    def recluster(self) -> int:
        """Rebuild all stories from scratch (cronica.stories.rebuild); return the number of stories.

        The stories are computed from every stored article (read three times; copies found at ingestion
        stay together; each article is compared with some of the 50,000 before it, ``rebuild.WINDOW``), then written batch by batch through the online index, so that ingestion goes on
        from the rebuilt stories. An interrupted rebuild is finished by the next ``recluster`` or
        ``ingest``: the same stories are computed again (they depend only on the stored articles) and the
        articles not yet written are.
        """
        if not self.store.reclustering():
            self.store.reset_stories()
            self.stories = StoryIndex(loader=self.store.story_profile)
        rebuild = Rebuild()
        keys = []
        for articles in self._batches(self.store.article_ids_in_order()):
            for article in articles:
                rebuild.count(article)
                keys.append(article_order(article))  # own dates: not those the old stories lent
        ids = [aid for _, aid in sorted(keys)]
        position = {aid: i for i, aid in enumerate(ids)}
        for articles in self._batches(ids):
            copies: dict[str, set[int]] = {}
            for link in self.store.copy_links_of(a.id for a in articles):  # one query per batch
                if link.kind != "rewrite" and link.source in position and link.target in position:
                    later, earlier = sorted((link.source, link.target), key=position.get, reverse=True)
                    copies.setdefault(later, set()).add(position[earlier])
            for article, vector in self._with_vector(articles):
                rebuild.add(article, vector, tuple(sorted(copies.get(article.id, ()))))
        labels = rebuild.stories()
        waiting = set(self.store.article_ids_in_order(unassigned=True))
        for articles in self._batches([aid for aid in ids if aid in waiting]):
            write = BatchWrite()
            for article, vector in self._with_vector(articles):
                i = position[article.id]
                sid = story_id(ids[labels[i]])
                self.stories.place(article, sid, vector=vector)
                write.members.append((article.id, sid))
                write.evidence.append(rebuild.evidence(i))
            self._save(write)
        self.reconcile()
        self.store.end_reclustering()
        return self.store.counts()["stories"]

    def _batches(self, ids: list[str]) -> Iterable[list[Article]]:
        for i in range(0, len(ids), self.batch_size):
            yield self.store.articles(ids[i : i + self.batch_size])

    def _with_vector(self, articles: list[Article]) -> list[tuple[Article, object]]:
        return list(zip(articles, self._vectors(articles)))


def _size(item: Page | Article | Rejection) -> int:
    """Return the bytes an input holds in memory until its batch is written (about)."""
    if isinstance(item, Page):
        return len(item.raw)
    return len(item.text) if isinstance(item, Article) else 0
