"""The stored LSH band keys: the latest in memory, flushed in bulk, rebuilt after a restart."""

import sqlite3

import pytest

from cronica.store import BatchWrite, Store
from cronica.store import lsh


def keys(n: int) -> list[int]:
    return [n * 1000 + band for band in range(32)]  # article n's own keys; band 5 shared by all below


def shared(n: int) -> list[int]:
    ks = keys(n)
    ks[5] = 7  # every article built with shared() has key 7 in band 5
    return ks


def save(store: Store, ids: range) -> None:
    store.save_batch(BatchWrite(fingerprints=[(f"a{i}", f"x{i}", shared(i)) for i in ids]))


def stored_rows(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM lsh").fetchone()[0]


@pytest.fixture
def small_tail(monkeypatch):
    monkeypatch.setattr(lsh, "TAIL_MIN", 5)
    monkeypatch.setattr(lsh, "TAIL_SHARE", 0.5)


def test_keys_are_found_in_memory_before_the_flush_and_in_the_table_after(tmp_path, small_tail):
    db = tmp_path / "s.db"
    with Store(db) as store:
        save(store, range(3))
        assert stored_rows(db) == 0  # three articles wait in memory
        assert store.lsh_candidates(keys(1)) == {"a1"}
        assert store.lsh_candidates(shared(99)) == {"a0", "a1", "a2"}
        save(store, range(3, 6))  # six: the tail is flushed, sorted, in this batch's transaction
        assert stored_rows(db) == 6 * 32
        assert store.bands.tail == {}
        assert store.lsh_candidates(shared(99)) == {f"a{i}" for i in range(6)}
        save(store, range(6, 8))  # the next flush waits for 5 more (TAIL_MIN; half the flushed ones is 3)
        assert stored_rows(db) == 6 * 32
        assert store.lsh_candidates(keys(7)) == {"a7"}
        assert store.lsh_candidates(shared(99)) == {f"a{i}" for i in range(8)}


def test_a_reopened_store_rebuilds_the_tail_from_its_fingerprints(tmp_path, small_tail):
    db = tmp_path / "s.db"
    with Store(db) as store:
        save(store, range(6))
        save(store, range(6, 8))
    with Store(db) as store:  # as after a crash: only the fingerprints table knows a6 and a7
        assert stored_rows(db) == 6 * 32
        assert store.lsh_candidates(keys(6)) == {"a6"}
        assert store.lsh_candidates(shared(99)) == {f"a{i}" for i in range(8)}
        save(store, range(8, 11))  # 5 in the tail: flushed with a6 and a7, none lost or twice
        assert stored_rows(db) == 11 * 32


def test_a_rolled_back_batch_leaves_the_tail_as_it_was(tmp_path, small_tail):
    db = tmp_path / "s.db"
    with Store(db) as store:
        save(store, range(2))
        bad = BatchWrite(fingerprints=[("a9", "x9", shared(9))], members=[("a9",)])  # a row too short: fails
        with pytest.raises(sqlite3.Error):
            store.save_batch(bad)
        assert store.lsh_candidates(shared(99)) == {"a0", "a1"}
        save(store, range(2, 3))
        assert store.lsh_candidates(shared(99)) == {"a0", "a1", "a2"}


def test_keys_another_process_stored_are_seen_at_the_next_batch(tmp_path, small_tail):
    db = tmp_path / "s.db"
    with Store(db) as mine, Store(db) as theirs:
        save(mine, range(2))
        save(theirs, range(2, 4))
        assert mine.lsh_candidates(shared(99)) == {f"a{i}" for i in range(4)}  # theirs are read once stored
        save(mine, range(4, 5))  # mine notices the rows it did not write: five in all, flushed once
        assert stored_rows(db) == 5 * 32
        assert mine.lsh_candidates(shared(99)) == {f"a{i}" for i in range(5)}


def test_an_older_store_keeps_its_keys_in_the_table(tmp_path):
    db = tmp_path / "old.db"
    with Store(db) as store:
        store.save_batch(BatchWrite(fingerprints=[("a1", "x1", keys(1))]))
        store.conn.execute("DELETE FROM meta WHERE key='lsh_upto'")  # as before the mark existed ...
        store.conn.execute("INSERT INTO lsh VALUES (?, ?, 'a1')", (0, keys(1)[0]))
        store.conn.execute("PRAGMA user_version = 6")  # ... and before its migration
    with Store(db) as store:
        assert store.bands.candidates(keys(1)) == {"a1"}  # found once, in the table
        assert store.bands.tail == {}
