"""Tables, the QUALITY.md summary and the command line's behaviour without data."""

from __future__ import annotations

from evaluation import run
from evaluation.report import Table, format_markdown, format_text, headline


def make_table() -> Table:
    table = Table("dates", "a set", ["P", "F1", "n"])
    table.add("cronica", {"P": 0.9, "F1": 0.8, "n": 10})
    table.add("baseline a", {"P": 0.5, "F1": 0.6, "n": 10})
    table.add("baseline b", {"P": 0.7, "F1": 0.7, "n": 10})
    table.add("cronica (vs topics)", {"F1": 0.1})
    table.add_anchors([("published system", {"F1": 0.95})])
    return table


def test_headline_picks_cronica_best_baseline_and_anchor():
    metric, cronica, best, anchor = headline(make_table())
    assert metric == "F1"
    assert (cronica.system, best.system) == ("cronica", "baseline b")
    assert anchor.system == "published system (published, upstream set)"


def test_text_and_markdown_show_missing_figures_as_dashes():
    text = format_text(make_table())
    assert "0.800" in text and "–" in text
    markdown = format_markdown(make_table())
    assert "| *published system (published, upstream set)* | – | 0.950 | – |" in markdown


def test_run_without_data_skips_cleanly(capsys, tmp_path):
    assert run.main(["--data", str(tmp_path / "missing")]) == 0
    assert "not found: skipping evaluation" in capsys.readouterr().out


def test_recorded_command_hides_machine_paths():
    assert run.command_line([]) == "python -m evaluation.run"
    assert run.command_line(["--json", "out/figures.json", "--limit", "5"]) == "python -m evaluation.run --json FILE --limit 5"
    assert run.command_line(["--data=/srv/eval"]) == "python -m evaluation.run --data DIR"
