"""Quote provenance: one quote across outlets, its first printing, altered versions."""

from __future__ import annotations

from cronica.facts.provenance import trace_quotes
from cronica.records import Quote

from tests.conftest import make_article


def _q(text, speaker="Rosario Villanueva"):
    return Quote(text=text, speaker=speaker, kind="direct", cue="dijo", intermediary=None, start=0, end=len(text))


def test_same_quote_in_three_outlets_is_one_with_its_first_printing():
    words = "Hoy damos un paso concreto para que la frontera sea un lugar de encuentro"
    arts = [make_article(id=f"a{i}", outlet=o, published=d, quotes=(_q(words),))
            for i, (o, d) in enumerate([("Diario B", "2025-06-13"), ("Diario A", "2025-06-12"), ("Diario C", None)])]
    [trace] = trace_quotes(arts)
    assert trace.first == ("a1", "Diario A", "2025-06-12")
    assert [c[1] for c in trace.carriers] == ["Diario A", "Diario B", "Diario C"]
    assert not trace.altered


def test_altered_words_are_flagged_with_both_versions():
    a = make_article(id="a", outlet="A", published="2025-06-12",
                     quotes=(_q("el fondo empezará a operar en el segundo semestre del año"),))
    b = make_article(id="b", outlet="B", published="2025-06-13",
                     quotes=(_q("el fondo empezará a funcionar en el segundo semestre del año"),))
    [trace] = trace_quotes([b, a])
    assert trace.altered and trace.versions[0].endswith("operar en el segundo semestre del año")
    assert trace.to_dict()["first_printing"]["outlet"] == "A"


def test_different_speakers_are_different_quotes():
    words = "no vamos a retroceder en la defensa de nuestros derechos"
    arts = [make_article(id="a", quotes=(_q(words, "Ana Pérez"),)), make_article(id="b", quotes=(_q(words, "Luis Soto"),))]
    assert len(trace_quotes(arts)) == 2
