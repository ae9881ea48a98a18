"""The stored LSH band keys: a table written in bulk, and the latest articles' keys in memory.

Every article has 32 band keys, and they land at random places of the ``lsh`` table's index. Written
batch by batch, each key dirties an index page of its own once the index is larger than the batch
(at 100k stored articles, a batch of 1,000 rewrote 14,000 of the index's 16,400 pages: 56 KB of
writes per article, 40% of all the store wrote), and that share grows with the store. So the keys of
the latest articles (the *tail*: the fingerprints stored after the ``lsh_upto`` mark) are looked up
in memory and written together, sorted, once they are ``TAIL_SHARE`` of the stored ones (and at
least ``TAIL_MIN`` articles): one pass over the index per flush instead of one page per key.

The fingerprints table holds every article's keys, so the tail is rebuilt from it when a store is
opened (after a crash too): the mark moves in the same transaction as the flush, and nothing is lost.
"""

from __future__ import annotations

import json
import sqlite3

TAIL_MIN = 10_000  # articles whose keys may wait in memory before a flush
TAIL_SHARE = 0.05  # ... or this share of the flushed ones, if more (a flush rewrites most of the index)


def _slot(band: int, key: int) -> int:
    return key << 5 | band  # one int per (band, key): 32 bands


class BandKeys:
    """The LSH band keys of a store: ``candidates`` finds articles, ``add`` stores a batch's keys."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.tail: dict[int, str | list[str]] | None = None  # read from the store on first use
        self.tail_articles = 0
        self.upto = 0  # fingerprints rowid up to which the keys are in the lsh table
        self.seen = 0  # the largest fingerprints rowid the tail knows

    def candidates(self, keys: list[int]) -> set[str]:
        """Return the articles sharing at least one band key with ``keys`` (band i is keys[i])."""
        if not keys:
            return set()
        self._catch_up(self._last())
        query = " UNION ALL ".join(["SELECT article_id FROM lsh WHERE band=? AND key=?"] * len(keys))
        found = {r[0] for r in self.conn.execute(query, [v for band, key in enumerate(keys) for v in (band, key)])}
        for band, key in enumerate(keys):
            ids = self.tail.get(_slot(band, key))
            if ids is not None:
                found.update((ids,) if isinstance(ids, str) else ids)
        return found

    def add(self, rows: list[tuple[str, list[int]]]) -> tuple[list[tuple[str, list[int]]] | None, int]:
        """Within the caller's write transaction, after the batch's fingerprints are inserted: flush the
        tail to the lsh table when it is due. Return what to apply to memory once the transaction has
        committed (``commit(result)``), so that a rolled-back batch leaves the tail as it was."""
        last = self._last()
        self._catch_up(last - len(rows))  # what other processes stored since this one last looked
        if self.tail_articles + len(rows) < max(TAIL_MIN, TAIL_SHARE * self.upto):
            return rows, last
        # the tail holds every key stored after the mark: written from memory, not read back from the store
        keys = [(slot & 31, slot >> 5, aid) for slot, ids in self.tail.items()
                for aid in ((ids,) if isinstance(ids, str) else ids)]
        keys += [(band, key, aid) for aid, bands in rows for band, key in enumerate(bands)]
        keys.sort()
        self.conn.executemany("INSERT INTO lsh VALUES (?,?,?)", keys)
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('lsh_upto', ?)", (str(last),))
        return None, last

    def commit(self, result: tuple[list[tuple[str, list[int]]] | None, int]) -> None:
        """Apply ``add``'s result once its transaction has committed: the batch's keys join the tail, or
        the tail was flushed (None)."""
        rows, last = result
        if rows is None:
            self.tail, self.tail_articles, self.upto = {}, 0, last
        else:
            for aid, bands in rows:
                self._remember(aid, bands)
        self.seen = last

    def _last(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM fingerprints").fetchone()[0]

    def _catch_up(self, last: int) -> None:
        """Bring the tail up to fingerprints rowid ``last``: read it whole on first use or after another
        process flushed, else only the rows stored since."""
        if self.tail is not None and last == self.seen:
            return
        row = self.conn.execute("SELECT value FROM meta WHERE key='lsh_upto'").fetchone()
        mark = int(row[0]) if row else 0
        if self.tail is None or mark != self.upto:
            self.tail, self.tail_articles, self.upto, self.seen = {}, 0, mark, mark
        found = self.conn.execute("SELECT article_id, bands FROM fingerprints WHERE rowid > ? AND rowid <= ?",
                                  (max(self.seen, self.upto), last))
        for aid, bands in found:
            self._remember(aid, json.loads(bands))
        self.seen = max(self.seen, last)

    def _remember(self, aid: str, bands: list[int]) -> None:
        self.tail_articles += 1
        for band, key in enumerate(bands):
            slot = _slot(band, key)
            ids = self.tail.get(slot)
            if ids is None:
                self.tail[slot] = aid
            elif isinstance(ids, str):
                self.tail[slot] = [ids, aid]
            else:
                ids.append(aid)
