"""The temporal-expression scorer and its readers, on hand-made inputs (no shared data needed)."""

from __future__ import annotations

from datetime import date

import pytest

from evaluation.tasks.temporal import (
    Found, Score, Target, best_overlap, detokenize, gold_target, is_right, parse_timeml, score, tag_target,
    timex_value,
)

TREE = """(
  (S
    (sn.e-SUJ *0*)
    (grup.verb (vmis3s0 anunció anunciar))
    (sadv (rg hoy hoy) (Fc , ,) (W jueves [jueves:??/??/??:??.??]) (Fc , ,))
    (Fe " ") (ncfs000 compra compra) (Fe " ")
    (Fpa -Fpa- -Fpa-) (np00000 EDF_y_EAA EDF_y_EAA) (Fpt -Fpt- -Fpt-)
    (sp (sps00 en en) (W mayo_del_2002 [??:??/5/2002:??.??]))
    (Fp . .)))
"""


def test_detokenize_rebuilds_the_text_and_the_tag_offsets():
    text, tags = detokenize(TREE)
    # the elided subject disappears, quotes and brackets stick to their words, "_" joins are spaces
    assert text == 'anunció hoy, jueves, "compra" (EDF y EAA) en mayo del 2002.'
    assert [(text[s:e], norm) for s, e, _, norm in tags] == [
        ("jueves", "[jueves:??/??/??:??.??]"), ("mayo del 2002", "[??:??/5/2002:??.??]")]


@pytest.mark.parametrize("norm,parts", [
    ("[jueves:??/??/??:??.??]", None),  # a weekday alone: nothing to compare
    ("[??:??/??/??:??.??]", None),
    ("[s:xxi]", None),  # a century
    ("[??:??/10/1998-1999:??.??]", None),  # a range
    ("[??:3/1/??:??.??]", (None, 1, 3)),
    ("[??:01/12/????:??.??]", (None, 12, 1)),
    ("[jueves:9/11/??:??.??]", (None, 11, 9)),
    ("[??:??/5/2002:??.??]", (2002, 5, None)),
    ("[??:??/??/1999:??.??]", (1999, None, None)),
])
def test_tag_target_keeps_only_the_fields_given(norm, parts):
    target = tag_target("d", 0, 1, "x", norm)
    assert (target and (target.year, target.month, target.day)) == parts


def test_gold_rows_become_targets_at_their_granularity():
    row = {"doc": "d", "start": 0, "end": 3, "surface": "hoy", "part": "dev"}
    assert gold_target({**row, "value": "2000-04-13", "granularity": "day"}) == \
        Target("d", 0, 3, "hoy", year=2000, month=4, day=13, part="dev")
    assert gold_target({**row, "value": "2000-04-01", "granularity": "month"}).day is None
    assert gold_target({**row, "value": "2000-04-10", "granularity": "week"}).week == (2000, 15)
    year = gold_target({**row, "value": "1999-01-01", "granularity": "year"})
    assert (year.year, year.month, year.week) == (1999, None, None)


def _day(y, m, d, gran="day") -> Found:
    return Found(0, 3, date(y, m, d), gran)


@pytest.mark.parametrize("target,found,right", [
    (Target("d", 0, 3, "", year=2000, month=4, day=13), _day(2000, 4, 13), True),
    (Target("d", 0, 3, "", year=2000, month=4, day=13), _day(2000, 4, 12), False),
    (Target("d", 0, 3, "", year=2000, month=4, day=13), _day(2000, 4, 13, "month"), False),  # too coarse
    (Target("d", 0, 3, "", year=2000, month=4), _day(2000, 4, 13), True),  # a day answers a month
    (Target("d", 0, 3, "", year=2000), _day(2000, 4, 1, "month"), True),
    (Target("d", 0, 3, "", month=1, day=3), _day(2001, 1, 3), True),  # no year given: any year
    (Target("d", 0, 3, "", week=(2000, 15)), _day(2000, 4, 16), True),  # a Sunday of that week
    (Target("d", 0, 3, "", week=(2000, 15)), _day(2000, 4, 17), False),
    (Target("d", 0, 3, "", week=(2000, 15)), _day(2000, 4, 1, "month"), False),
    (Target("d", 0, 3, "", year=2000), Found(0, 3, None, "day"), False),  # found, not resolved
])
def test_is_right_compares_at_the_gold_granularity(target, found, right):
    assert is_right(target, found) is right


def test_best_overlap_takes_the_largest_overlap_then_the_first():
    target = Target("d", 10, 20, "")
    a, b, c = Found(0, 12, None, "day"), Found(12, 30, None, "day"), Found(15, 25, None, "day")
    assert best_overlap(target, [a, b, c]) is b  # 8 characters against 2 and 5
    assert best_overlap(target, [Found(0, 10, None, "day"), Found(20, 25, None, "day")]) is None  # touching is not overlapping
    assert best_overlap(target, [c, Found(10, 15, None, "day")]) is c  # 5 and 5: the first


def test_score_counts_found_and_right():
    targets = [Target("d", 0, 3, "", year=2000, month=4, day=13), Target("d", 10, 14, "", year=2000),
               Target("e", 0, 3, "", year=1999)]
    found = {"d": [Found(0, 3, date(2000, 4, 13), "day"), Found(8, 12, date(1999, 1, 1), "year")]}
    total = score(targets, found)
    assert total == Score(n=3, found=2, right=1)
    assert total.figures() == {"n": 3, "tags found": 2, "accuracy (found)": 0.5, "accuracy (all)": 1 / 3}
    assert Score().figures()["accuracy (found)"] is None
    assert total + Score(1, 1, 1) == Score(4, 3, 2)


def test_parse_timeml_gives_offsets_into_the_original_text():
    text = 'Hoy, AT&T <dijo> "ayer" que el 5 de mayo.\nEl martes pasado, 1999.'
    timeml = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
              '<TIMEX3 tid="t3" type="DATE" value="2000-04-13">Hoy</TIMEX3>, AT&T <dijo> "<TIMEX3 tid="t4" '
              'type="DATE" value="2000-04-12">ayer</TIMEX3>" que <TIMEX3 tid="t2" type="DATE" value="XXXX-05-05">'
              'el 5 de mayo</TIMEX3>.\n<TIMEX3 tid="t6" type="DATE" value="2000-04-11">El martes pasado</TIMEX3>, '
              '<TIMEX3 tid="t7" type="DURATION" value="P1Y">1999</TIMEX3>.\n</TimeML>\n')
    found = parse_timeml(timeml, text)
    assert [(text[f.start:f.end], f.value) for f in found] == [
        ("Hoy", date(2000, 4, 13)), ("ayer", date(2000, 4, 12)), ("el 5 de mayo", None),
        ("El martes pasado", date(2000, 4, 11))]  # the DURATION is left out


@pytest.mark.parametrize("value,expected", [
    ("2000-04-13", (date(2000, 4, 13), "day")),
    ("2000-04-13TMO", (date(2000, 4, 13), "day")),
    ("2000-W15", (date(2000, 4, 10), "week")),
    ("2000-05", (date(2000, 5, 1), "month")),
    ("1999", (date(1999, 1, 1), "year")),
    ("2000-SU", (date(2000, 1, 1), "year")),
    ("199", (None, "day")),  # a decade
    ("PRESENT_REF", (None, "day")),
    ("XXXX-05-12", (None, "day")),
])
def test_timex_value(value, expected):
    assert timex_value(value) == expected
