"""The entity recogniser on short texts written for these tests, and its floor on ../shared/eval when present."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.facts.entities import find_entities
from tests.conftest import SHARED_EVAL


def entities(text: str) -> dict[str, tuple[str, str]]:
    """Return {surface: (type, canonical name)} for the mentions of a text."""
    return {e.surface: (e.type, e.name) for e in find_entities(text)}


def surfaces(text: str) -> list[str]:
    return [e.surface for e in find_entities(text)]


def test_a_name_never_runs_over_a_line_break():
    text = ("Propuso un modelo inspirado en el de Singapur\nJaime Rodríguez Calderón, alias El Bronco, "
            "es candidato independiente.")
    found = entities(text)
    assert found["Singapur"][0] == "LOC"
    assert found["Jaime Rodríguez Calderón"][0] == "PER"
    headline = "Gasolina sólo subirá de precio por inflación: Carlos Urzúa\nCarlos Urzúa, propuesto como secretario"
    assert surfaces(headline) == ["Carlos Urzúa", "Carlos Urzúa"]
    for text in (text, headline):
        assert all("\n" not in e.surface and "\n" not in e.name for e in find_entities(text))


def test_corpus_placeholders_are_not_names():
    text = "El iPhone *NUMBER* costará *NUMBER* dólares, según Apple. Más en *URL* y *EMAIL*."
    assert not any(s in ("NUMBER", "URL", "EMAIL") for s in surfaces(text))


def test_a_preposition_does_not_make_a_person_a_place():
    text = ("El presidente ruso, Vladímir Putin, habló el lunes. Biden llamó a Putin y después viajó a Kiev. "
            "En Kiev dijo que Putin había perdido.")
    found = find_entities(text)
    assert {e.type for e in found if e.surface == "Putin"} == {"PER"}
    assert {e.name for e in found if e.surface == "Putin"} == {"Vladímir Putin"}
    assert {e.type for e in found if e.surface == "Kiev"} == {"LOC"}


def test_single_names_and_brands_get_their_types():
    text = ("Keith, un destacado manifestante, dice que McDonald's se caracteriza por su ya tradicional Big Mac. "
            "La marca DC Comics publicó la historieta.")
    found = entities(text)
    assert found["Keith"][0] == "PER"
    assert found["McDonald's"][0] == "ORG"
    assert found["Big Mac"][0] != "PER"
    assert found["DC Comics"][0] == "ORG" and "DC" not in found and "Comics" not in found


def test_a_verb_opening_a_headline_is_not_part_of_the_name():
    found = entities("Muere Steve Ditko, el célebre creador de Spiderman\nEl autor Steve Ditko murió en Nueva York.")
    assert "Muere Steve Ditko" not in found and found["Steve Ditko"][0] == "PER"
    assert found["Nueva York"][0] == "LOC"


def test_abbreviated_titles_are_not_names():
    found = entities('"We will win," Gov. Kasich said. Sen. Bernie Sanders and Dr. Ana Pérez agreed.')
    assert "Gov" not in found and "Sen" not in found and "Dr" not in found
    assert found["Kasich"][0] == "PER"
    assert found["Bernie Sanders"][0] == "PER"


def test_an_outlet_and_the_person_after_it_are_two_names():
    found = entities("«Trabajamos sin descanso», dijo a Radio Cumbre Eusebio Huamaní Ccori, dirigente de la comunidad.")
    assert found["Radio Cumbre"][0] == "ORG"
    assert found["Eusebio Huamaní Ccori"][0] == "PER"
    found = entities("contó a EFE Marcelina Huillca, presidenta de la asociación")
    assert found["EFE"][0] == "ORG" and found["Marcelina Huillca"][0] == "PER"


def test_acronyms_take_the_name_they_abbreviate():
    text = ("La Comisión Nacional de Elecciones convocó a votar. El CNE publicará el padrón. "
            "El movimiento político Pachakutik (PK) se reunió; quien de PK acepte un cargo será expulsado.")
    found = find_entities(text)
    assert {e.name for e in found if e.surface == "CNE"} == {"Comisión Nacional de Elecciones"}
    assert {e.name for e in found if e.surface == "PK"} == {"Pachakutik"}
    assert {e.name for e in find_entities("Viajó a EE.UU. y luego a EEUU.")} == {"Estados Unidos"}


@pytest.mark.parametrize("text", [
    "Paralelamente, el Gobierno anunció nuevas medidas.",
    "Además, según informó la Cancillería, no hubo heridos.",
    "Según informó el diario, la obra se retrasó. Asimismo, Finalmente y Posteriormente no son nombres.",
    "Sin embargo, Incluso así, Ayer llovió.",
])
def test_words_that_are_not_names_never_become_entities(text):
    found = surfaces(text)
    for word in ("Paralelamente", "Además", "Según", "según informó", "Asimismo", "Finalmente", "Posteriormente",
                 "Sin embargo", "Incluso", "Ayer"):
        assert word not in found, (word, found)


def test_a_ministers_department_is_part_of_the_title():
    found = entities("El ministro de Economía, Carlos Urzúa, y la consejera de Medio Ambiente, Ana Gil, hablaron.")
    assert "Economía" not in found and "Medio Ambiente" not in found
    assert found["Carlos Urzúa"][0] == "PER" and found["Ana Gil"][0] == "PER"


def test_canonical_names_say_which_one():
    found = entities("Según la Cancillería peruana, el puente sobre el río Quillamayo quedó dañado.")
    assert found["Cancillería"] == ("ORG", "Cancillería peruana")
    assert found["Quillamayo"] == ("LOC", "río Quillamayo")
    text = "Luiz Inácio Lula da Silva ganó. Lula agradeció. Da Silva viajó a Brasilia."
    assert {e.name for e in find_entities(text) if e.type == "PER"} == {"Luiz Inácio Lula da Silva"}


def test_datelines_places_and_agencies():
    found = entities("Lima, 14 jun (EFE).- Los cancilleres de Perú y Ecuador firmaron un acuerdo en Tumbes.")
    assert found["Lima"][0] == "LOC" and found["EFE"][0] == "ORG"
    assert found["Perú"][0] == found["Ecuador"][0] == found["Tumbes"][0] == "LOC"
    found = entities("Los comuneros de San Juan de Ccochapata, Pampa Chica, Huaylla y Santa Rosa de Ocros bajaron.")
    assert all(found[p][0] == "LOC" for p in ("San Juan de Ccochapata", "Pampa Chica", "Huaylla",
                                              "Santa Rosa de Ocros"))


PIECES = ["Juan", "Pérez", "de", "la", "Paz", "\n", ".", ",", "*", "NUMBER", "EFE", "(", ")", "Gov.", "Muere", "y",
          "Radio", "Cumbre", "a", "en", "Lima", "CNE", "Comisión", "Nacional", "El", "San", "A.", "B."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from([" ", ""]))
def test_any_text_gives_mentions_within_one_line_whose_offsets_are_their_surface(pieces, glue):
    text = glue.join(pieces) if glue else " ".join(pieces).replace(" \n ", "\n")
    for mention in find_entities(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.surface
        assert "\n" not in mention.surface and mention.type in ("PER", "ORG", "LOC", "MISC")


# --------------------------------------------------------------------------- floor on ../shared/eval

# Measured with `python -m evaluation.run --only ner` (esp.testa, PER+ORG+LOC, one sentence at a time); only goes up.
CONLL_TESTA_FLOOR = 0.69


@pytest.mark.skipif(not (SHARED_EVAL / "ner" / "conll2002-es").is_dir(), reason="../shared/eval not present")
def test_conll_testa_floor():
    from evaluation import data, metrics
    from evaluation.systems import cronica_tagger

    sentences = data.load_conll(SHARED_EVAL)
    tagger = cronica_tagger()
    counts = metrics.conll_counts([s.tags for s in sentences], [tagger.run(s.tokens) for s in sentences],
                                  {"PER", "ORG", "LOC"})
    assert counts["ALL"].f1 >= CONLL_TESTA_FLOOR, counts["ALL"]
