"""Temporal expressions and the resolution rules written in cronica.dates.temporal."""

from __future__ import annotations

from datetime import date

import pytest

from cronica.dates.event import resolve_event_date
from cronica.dates.temporal import find_time_expressions
from cronica.records import Dateline

from tests.conftest import make_article

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
