"""Temporal expressions and the resolution rules written in cronica.dates.temporal."""

from __future__ import annotations

from datetime import date

import pytest

from cronica.dates.event import resolve_event_date
from cronica.dates.temporal import _RE, find_time_expressions, iter_matches
from cronica.records import Dateline

from tests.conftest import SAMPLES, make_article

REF = date(2025, 6, 14)  # a Saturday


def resolve(text: str, ref: date = REF) -> list[tuple[str, str | None]]:
    return [(e.surface, e.value) for e in find_time_expressions(text, ref)]


@pytest.mark.parametrize("text,value", [
    ("se reunieron este jueves", "2025-06-12"),
    ("se reunieron el jueves", "2025-06-12"),
    ("llegó el pasado sábado", "2025-06-07"),  # strictly before
    ("firmaron este sábado", "2025-06-14"),  # on or before: the same day
    ("viajará el próximo lunes", "2025-06-16"),
    ("se reunirán el viernes", "2025-06-20"),  # future tense: the next one
    ("ocurrió ayer", "2025-06-13"),
    ("ocurrió anteayer", "2025-06-12"),
    ("hoy", "2025-06-14"),
    ("mañana habrá paro", "2025-06-15"),
    ("hace una semana", "2025-06-07"),
    ("hace dos días", "2025-06-12"),
    ("hace 3 meses", "2025-03-14"),
    ("el pasado 9 de octubre", "2024-10-09"),
    ("el próximo 3 de marzo", "2026-03-03"),
    ("el 20 de junio se votará", "2025-06-20"),
    ("el 20 de junio se votó", "2024-06-20"),  # past tense, not after the reference
    ("martes, 9 abril, 2024", "2024-04-09"),
    ("17/03/2024", "2024-03-17"),  # day first
    ("el 9 de octubre de 2019", "2019-10-09"),
    ("en mayo de 2023", "2023-05-01"),
    ("en 2018", "2018-01-01"),
    ("la semana pasada", "2025-06-07"),
    ("el mes pasado", "2025-05-14"),
    ("a principios de mes", "2025-06-01"),
    ("last Monday", "2025-06-09"),
    ("yesterday", "2025-06-13"),
    ("June 3, 2024", "2024-06-03"),
])
def test_resolution(text, value):
    assert resolve(text)[0][1] == value


@pytest.mark.parametrize("text,value,granularity", [
    ("anunció hoy, sábado, la compra", "2025-06-14", "day"),  # apposition: the day just named
    ("celebra mañana, domingo, sus primarias", "2025-06-15", "day"),  # present tense, but "mañana" says
    ("las elecciones presidenciales de mañana", "2025-06-15", "day"),  # "de mañana" is tomorrow
    ("vence en la medianoche del viernes", "2025-06-13", "day"),
    ("se reunió el domingo pasado", "2025-06-08", "day"),  # strictly before
    ("se dará a conocer el jueves próximo", "2025-06-19", "day"),
    ("el partido se jugará el próximo jueves 19", "2025-06-19", "day"),
    ("el encuentro de vuelta, el jueves 12", "2025-06-12", "day"),
    ("el pasado día 9", "2025-06-09", "day"),
    ("disputados el pasado octubre", "2024-10-01", "month"),
    ("prevista para febrero próximo", "2026-02-01", "month"),
    ("el pacto alcanzado en marzo pasado", "2025-03-01", "month"),
    ("la reunión se hizo en junio", "2025-06-01", "month"),  # the reference's own month, in past tense
    ("se cerrarán antes de mayo", "2026-05-01", "month"),
    ("dictaminaron en agosto del año pasado", "2024-08-01", "month"),
    ("a principios de junio", "2025-06-01", "month"),
    ("el 5 de junio del pasado año", "2024-06-05", "day"),
    ("el trabajo que haremos, iniciado el 3 de enero", "2025-01-03", "day"),  # the participle looks back
    ("condenado el pasado año", "2024-06-14", "year"),
    ("al final del año próximo", "2026-06-14", "year"),
    ("la próxima semana", "2025-06-21", "week"),
    ("prevé obtener este ejercicio", "2025-06-14", "year"),
    ("se disputarán este fin de semana", "2025-06-14", "week"),  # a Saturday: its own weekend
    ("el primer fin de semana de julio se votará", "2025-07-05", "week"),
    ("la pasada noche", "2025-06-13", "day"),
    ("las elecciones del siete de noviembre próximo", "2025-11-07", "day"),  # a day in words
    ("desde el día uno de diciembre", "2024-12-01", "day"),
    ("hasta junio de 1993", "1993-06-01", "month"),  # the year, not the tense, picks the year
    ("en 1998", "1998-01-01", "year"),
    ("firmado en 1998 en Roma", "1998-01-01", "year"),
    ("los resultados de 1998", "1998-01-01", "year"),
])
def test_resolution_with_granularity(text, value, granularity):
    expr = find_time_expressions(text, REF)[0]
    assert (expr.value, expr.granularity) == (value, granularity)


@pytest.mark.parametrize("text", [
    "viajó a Santo Domingo", "en la Plaza de Mayo", "a las diez de la mañana", "unas 1.998 personas",
    "un 1998 %", "los fines de semana", "Julio Iglesias cantó",
])
def test_names_and_numbers_are_not_dates(text):
    assert find_time_expressions(text, REF) == []


def test_word_start_scan_finds_what_the_plain_pattern_finds():
    texts = [p.read_text("utf-8", errors="replace") for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    texts.append("Hoy, jueves 9 de mayo; el 12/03/2024, en 1998, hace dos semanas y el próximo año.")
    for text in texts:
        plain = [(m.start(), m.end(), m.lastgroup) for m in _RE.finditer(text)]
        assert [(m.start(), m.end(), m.lastgroup) for m in iter_matches(text)] == plain


def test_a_weekday_list_is_not_an_apposition():
    assert resolve("abrirá hoy, jueves 19, y el lunes, martes y miércoles") == [
        ("hoy", "2025-06-14"), ("jueves 19", "2025-06-19"), ("el lunes", "2025-06-16"), ("martes", "2025-06-17"),
        ("miércoles", "2025-06-18")]


def test_morning_is_not_tomorrow():
    assert resolve("llegó por la mañana") == []


def test_shift_counts_from_the_previous_date():
    found = resolve("El 9 de octubre de 2019 cayó el puente. Un año antes se había advertido.")
    assert found[-1] == ("Un año antes", "2018-10-09")


def test_no_reference_leaves_relative_expressions_unresolved():
    assert find_time_expressions("este jueves", None)[0].value is None
    assert find_time_expressions("el 9 de octubre de 2019", None)[0].value == "2019-10-09"


def test_event_date_prefers_the_lead_relative_to_the_dateline():
    article = make_article(dateline=Dateline(place="Lima", date="2025-06-14", agency="AMN", surface="Lima, 14 jun (AMN).-"),
                           text="Lima, 14 jun (AMN).- Los cancilleres firmaron este jueves un acuerdo. "
                                "El pasado 9 de octubre habían negociado en Quito.")
    dated = resolve_event_date(article)
    assert dated.event_date == "2025-06-12"
    rows = {e.kind: e for e in dated.evidence}
    assert "este jueves" in rows["event_date"].detail and rows["event_date"].ref == "2025-06-14"
    assert any(e.kind == "date_mentioned" and e.claim == "2024-10-09" for e in dated.evidence)


def test_event_date_unknown_without_any_reference():
    dated = resolve_event_date(make_article(text="Los cancilleres firmaron este jueves un acuerdo de frontera."))
    assert dated.event_date is None
    assert [e.claim for e in dated.evidence if e.kind == "event_date"] == ["unknown"]


def test_a_date_shown_beside_the_headline_is_the_page_s_own_claim():
    """A page whose only date is the one printed under its headline claims that date (for 'recycled')."""
    from cronica.records import DateCandidate
    from cronica.stories.reconcile import claimed_date

    shown = DateCandidate(value="2024-03-05", role="shown", source="text near the headline", trusted=True)
    clock = DateCandidate(value="2025-01-10", role="header_clock", source="site header", trusted=False)
    value, why, gap = claimed_date(make_article(dates=(shown, clock)))
    assert (value, gap) == ("2024-03-05", 90) and why.startswith("shown")
