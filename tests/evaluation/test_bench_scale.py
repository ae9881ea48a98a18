"""The scale benchmark's synthetic corpus: real-looking articles whose spans stay valid, and a tiny run."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from evaluation import bench_scale, data

ROOT = data.data_root(None)
pytestmark = pytest.mark.skipif(not (ROOT / bench_scale.FAKE_NEWS).is_file(), reason="../shared/eval not found")


@pytest.fixture(scope="module")
def bases():
    return bench_scale.analysed_bases(ROOT, limit=60)


def test_generated_articles_keep_valid_spans_and_distinct_events(bases):
    articles = list(bench_scale.Generator(bases, seed=3).articles(400))
    assert len({a.id for a in articles}) == 400
    for a in articles:
        assert all(a.text[e.start:e.end] == e.surface for e in a.entities)
        assert all(a.text[q.start:q.end] == q.text for q in a.quotes)
        assert a.event_date and a.published
    # reprints exist, and events rewrite their words: two events of one base share few words
    assert sum("(reproducción)" in (a.title or "") for a in articles) > 40
    firsts: dict[str, list] = {}
    for a in articles:
        if "(reproducción)" not in (a.title or ""):
            firsts.setdefault(len(a.text), []).append(a)
    def overlap(p, q):
        x, y = set(p.text.split()), set(q.text.split())
        return len(x & y) / len(x | y)

    pairs = [overlap(g[i], g[j]) for g in firsts.values() for i in range(len(g)) for j in range(i + 1, len(g))]
    assert pairs and min(pairs) < 0.7  # two events of one base: function words stay, content words differ

def test_tiny_run_prints_every_size(tmp_path, capsys):
    args = bench_scale.parse_args(["--sizes", "150,300", "--chunk", "150", "--bases", "40", "--workdir",
                                   str(tmp_path), "--json", str(tmp_path / "out.json")])
    result = bench_scale.run(args)
    assert [r["articles"] for r in result["rows"]] == [150, 300]
    assert all(r["stories"] > 0 and r["peak_rss_gb"] > 0 for r in result["rows"])
    assert json.loads((tmp_path / "out.json").read_text())["rows"][1]["articles"] == 300
    # the first size is measured again, in a child process, in turns with the chunk before 300
    assert "paired_growth" not in result["rows"][0]
    assert result["rows"][1]["reference_ms_per_article_cpu"] > 0 and result["rows"][1]["paired_growth"] > 0
    out = capsys.readouterr().out
    assert "cost per article from 150 to 300" in out and "under the same load" in out


def test_stopped_run_resumes_where_it_stopped(tmp_path):
    """A run to 150 articles, then the same store resumed to 300, ends as one run to 300 would."""
    first = bench_scale.parse_args(["--sizes", "150", "--chunk", "150", "--bases", "40", "--workdir", str(tmp_path),
                                    "--no-reference"])
    bench_scale.run(first)
    again = bench_scale.parse_args(["--sizes", "150,300", "--chunk", "150", "--bases", "40", "--workdir",
                                    str(tmp_path), "--resume", "--profile", str(tmp_path / "prof")])
    result = bench_scale.run(again)
    assert [r["articles"] for r in result["rows"]] == [150, 300]
    assert (tmp_path / "prof" / "chunk-300.prof").is_file()
    fresh = bench_scale.run(bench_scale.parse_args(["--sizes", "300", "--chunk", "150", "--bases", "40",
                                                    "--workdir", str(tmp_path / "fresh")]))
    assert result["rows"][-1]["stories"] == fresh["rows"][-1]["stories"]
