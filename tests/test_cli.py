"""The command line: documented commands, readable output, one-line errors, the export contract."""

from __future__ import annotations

import json

import pytest

from cronica.cli import COMMANDS, build_parser, main

from tests.sample_gold import CORPUS


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(capsys, command):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "example: cronica" in out and "--db" in out


def test_missing_database_is_one_clean_line(tmp_path, capsys):
    code, out, err = run(capsys, "stories", "--db", str(tmp_path / "none.db"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("cronica: error: no database")


def test_corrupt_database_is_one_clean_line(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    code, _, err = run(capsys, "stories", "--db", str(bad))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_unknown_ids_are_one_clean_line(sample_db, capsys):
    code, _, err = run(capsys, "story", "nope", "--db", str(sample_db))
    assert code == 2 and "no story with id" in err
    code, _, err = run(capsys, "explain", "zzz", "--db", str(sample_db))
    assert code == 2 and "no article with id" in err


def test_ingest_prints_the_summary(tmp_path, capsys):
    code, out, _ = run(capsys, "ingest", str(CORPUS / "junk"), str(CORPUS / "markdown"), "--db", str(tmp_path / "x.db"), "-v")
    assert code == 0
    assert out.startswith("10 pages -> 7 articles in ")
    assert "3 rejected: 1 empty, 1 binary, 1 no main text" in out
    assert "rejected " in out and "photo.jpg: binary" in out


def test_stories_table_and_story_report(sample_db, capsys):
    code, out, _ = run(capsys, "stories", "--db", str(sample_db))
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].split()[:2] == ["EVENT", "DATE"] and len(lines) == 8
    recycled = next(line for line in lines if "recycled" in line)
    story_id = recycled.split()[1]
    code, out, _ = run(capsys, "story", story_id[:8], "--db", str(sample_db))
    assert code == 0
    for needle in ("event date: 2019-06-14", "first published: 2019-06-14", "FLAG recycled", "copy group",
                   "entities:", "quotes (", "because:"):
        assert needle in out


def test_explain_shows_the_ledger(sample_db, sample_store, capsys):
    article = next(a for a in sample_store.iter_articles() if a.source.endswith("portalactualidad24-puente-cusco.txt"))
    code, out, _ = run(capsys, "explain", article.id, "--db", str(sample_db))
    assert code == 0
    assert "header_clock" in out and "not trusted" in out and "RECYCLED" in out


def test_export_has_the_contract_fields(sample_db, capsys):
    code, out, _ = run(capsys, "export", "--db", str(sample_db))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 31
    required = {"id", "source", "url", "title", "text", "lang", "outlet", "published", "event_date", "copy_group",
                "story", "flags", "entities", "quotes"}
    for row in rows:
        assert required <= row.keys()
        assert all({"kind", "reason"} <= f.keys() for f in row["flags"])
        assert all({"name", "type"} <= e.keys() for e in row["entities"])
        assert all({"text", "speaker"} <= q.keys() for q in row["quotes"])
    jsonl = [r for r in rows if r["source"].startswith("https://")]
    assert len(jsonl) == 5 and all(r["url"] == r["source"] for r in jsonl)
    code, out, _ = run(capsys, "export", "--stories", "--db", str(sample_db))
    stories = [json.loads(line) for line in out.splitlines()]
    assert len(stories) == 7
    for s in stories:
        assert {"id", "title", "event_date", "articles", "first_published"} <= s.keys()


def test_search_and_quotes(sample_db, capsys):
    code, out, _ = run(capsys, "search", "relaves", "--db", str(sample_db))
    assert code == 0 and "Quillamayo" in out
    code, out, _ = run(capsys, "quotes", "--speaker", "Villanueva", "--db", str(sample_db))
    assert code == 0 and "Villanueva" in out and "«" in out


def test_storylines_link_the_two_meetings(sample_db, capsys):
    from tests.sample_gold import GOLD

    code, out, _ = run(capsys, "storylines", "--db", str(sample_db))
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("storyline ") and len(lines) == 3
    want = sorted(s["event_date"] for s in GOLD["stories"].values() if s.get("storyline"))
    assert [line.split()[0] for line in lines[1:]] == want
