"""The quote finder on short texts written for these tests, and its floors on ../shared/eval when present."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.facts.entities import find_entities
from cronica.facts.quotes import find_attributions, find_quotes
from tests.conftest import SHARED_EVAL


def quotes_of(text: str):
    return find_quotes(text, find_entities(text))


def only(text: str):
    found = quotes_of(text)
    assert len(found) == 1, found
    return found[0]


def test_offsets_give_back_the_text():
    text = ("La ministra de Salud, Carla Vizzotti, afirmó que la vacunación seguirá en marzo. "
            "«No vamos a detenernos», dijo Vizzotti.")
    for quote in quotes_of(text):
        assert text[quote.start:quote.end] == quote.text


def test_direct_quote_after_its_cue_gets_the_full_name():
    text = ("El fiscal general, Gerardo Márquez Guevara, habló con la prensa. "
            "«No hay pruebas de que el incendio fuera intencional», dijo Márquez.")
    quote = only(text)
    assert quote.kind == "direct"
    assert quote.text == "No hay pruebas de que el incendio fuera intencional"
    assert quote.speaker == "Gerardo Márquez Guevara"
    assert quote.cue == "dijo"


def test_indirect_content_starts_after_que_and_stops_before_the_next_cue():
    text = ("El alcalde de Alcoi, Toni Francés, ha confirmado este lunes que las fiestas no se celebrarán en abril, "
            "y agregó que la situación mejora de forma moderada.")
    first, second = quotes_of(text)
    assert first.text == "las fiestas no se celebrarán en abril"
    assert first.speaker == "Toni Francés" and first.kind == "indirect"
    assert second.text == "la situación mejora de forma moderada"
    assert second.speaker == "Toni Francés"  # "y agregó": the same speaker goes on


def test_segun_before_and_after_the_content():
    before = only("Según el diario Marca, el Real Madrid pediría cien millones de euros por el delantero.")
    assert before.text == "el Real Madrid pediría cien millones de euros por el delantero"
    assert before.speaker == "Marca" or "Marca" in before.speaker
    after = only("El jugador ganó cuarenta millones de dólares el año pasado, según Forbes.")
    assert after.text == "El jugador ganó cuarenta millones de dólares el año pasado"
    assert after.speaker == "Forbes" and after.cue == "según"


def test_mixed_quote_keeps_the_clause():
    quote = only('Neil Gaiman dijo que Ditko "fue fiel a sus propios ideales" hasta el final.')
    assert quote.kind == "mixed"
    assert quote.text == 'Ditko "fue fiel a sus propios ideales" hasta el final'
    assert quote.speaker == "Neil Gaiman"


def test_a_role_noun_resolves_to_the_person_named_in_that_role():
    text = ("La portavoz del Gobierno, Ana Pérez Salinas, visitó la zona afectada el martes. "
            "Más tarde, la portavoz aseguró que la ayuda llegará esta semana.")
    assert only(text).speaker == "Ana Pérez Salinas"


def test_a_cue_without_subject_continues_the_last_speaker():
    text = ("El ministro Daniel Gollan anticipó que habrá nuevas medidas. "
            "Explicó que se evaluará un sistema de cuarentena para los viajeros.")
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Daniel Gollan", "Daniel Gollan"]
    assert quotes[1].text == "se evaluará un sistema de cuarentena para los viajeros"


def test_statement_of_an_institution_and_intermediaries():
    statement = only("La constructora recurrirá el fallo ante la Corte Suprema, señala un comunicado de "
                     "Constructora Páramo Alto.")
    assert statement.speaker == "Constructora Páramo Alto"
    assert statement.kind == "statement"
    agency = only("«Trabajamos sin descanso», dijo a la agencia EFE el alcalde Julián Ccahuana.")
    assert agency.speaker == "Julián Ccahuana" and agency.intermediary == "agencia EFE"
    account = only("La actriz Karla Souza escribió en su cuenta de Instagram que seguirá hablando del tema.")
    assert account.intermediary == "cuenta de Instagram"


def test_nested_attribution_keeps_the_speaker_and_names_the_channel():
    text = ("Según la Cancillería peruana, Echeverri se comprometió a que los pasos fronterizos atiendan las 24 "
            "horas. El canciller ecuatoriano, Tomás Echeverri Salas, llegó el jueves.")
    quote = quotes_of(text)[0]
    assert quote.text == "los pasos fronterizos atiendan las 24 horas"
    assert quote.speaker == "Tomás Echeverri Salas"
    assert quote.intermediary == "Cancillería peruana"


def test_titles_and_scare_quotes_are_not_quotes():
    text = ('La película "In Search of Steve Ditko" se estrenó en Londres. Sus fans lo llaman "el genio". '
            'El plan piloto llamado "Cambio Valiente para todos los niños del país" empezó en marzo.')
    assert quotes_of(text) == ()


def test_impersonal_reports_have_no_speaker_to_find():
    assert quotes_of("Se informó que el puente será reparado antes de fin de año.") == ()


def test_english_cues():
    said = only('"We are not going to pay for that wall," he said, after meeting Senator John Smith.')
    assert said.kind == "direct" and said.cue == "said"
    that = only("Senator John Smith said that the bill would pass next week.")
    assert that.text == "that the bill would pass next week"  # PARC/PolNeAR keep the complementizer
    assert "John Smith" in that.speaker
    according = only("According to the Associated Press, turnout was the highest in two decades.")
    assert according.text == "turnout was the highest in two decades"


def test_attributions_give_the_speaker_mention():
    text = "«Llegamos tarde a algunas cosas», declaró la canciller Rosario Villanueva."
    (attribution,) = find_attributions(text, find_entities(text))
    assert text[attribution.source_start:attribution.source_end] == "Rosario Villanueva"
    assert attribution.quote == find_quotes(text, find_entities(text))[0]


PIECES = ["«", "»", "“", "”", '"', ",", ".", ":", "—", "\n", " ", "dijo", "que", "según", "Juan Pérez", "el ministro",
          " y ", "said", "that", "para", "ha", "afirmó", "la", "Ana"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_gives_quotes_whose_offsets_are_their_text(pieces):
    text = " ".join(pieces)
    for attribution in find_attributions(text, find_entities(text)):
        quote = attribution.quote
        assert 0 <= quote.start <= quote.end <= len(text) and text[quote.start:quote.end] == quote.text
        if attribution.source_start is not None:
            assert 0 <= attribution.source_start < attribution.source_end <= len(text)


def test_a_plural_cue_is_not_said_by_the_one_speaking_and_a_singular_one_not_by_a_group():
    text = ("La cantante Lucía Ferrer habló el martes en una radio de Valencia.\n"
            "Muchos vecinos del barrio afirman que la cantante tiene razón.\n"
            "«No voy a cambiar de opinión por mucho que me critiquen», señaló.")
    group, direct = quotes_of(text)
    assert "vecinos" in group.speaker
    assert direct.speaker == "Lucía Ferrer"


def test_an_indefinite_or_other_speaker_is_someone_new():
    text = ("El diputado Mario Cuevas dijo que la reforma saldrá adelante en mayo. "
            "Otro legislador señaló que faltan votos para aprobarla.")
    first, second = quotes_of(text)
    assert first.speaker == "Mario Cuevas"
    assert second.speaker == "Otro legislador"


def test_a_body_noun_is_the_organisation_the_text_names_as_a_subject():
    text = ("Aerolíneas del Sur (ADS) vendió a Grupo Norte su filial de carga. "
            "En un escrito enviado a la Comisión de Valores, la aerolínea precisó que la venta se cerrará en junio.")
    quote = only(text)
    assert quote.text == "la venta se cerrará en junio"
    assert quote.speaker == "Aerolíneas del Sur"


def test_a_quotation_takes_the_subject_of_its_own_sentence():
    text = ("La actriz Marta Gil presentó su libro en Sevilla. El editor Pablo Ríos, por su parte, dijo que "
            "el libro se venderá bien.\nTras la lectura, Marta Gil bromeó con el público: "
            "«¿Alguien se ha quedado despierto hasta el final?», dijo.")
    assert quotes_of(text)[-1].speaker == "Marta Gil"


def test_a_parenthetical_cue_reports_the_whole_clause():
    text = ("Carla Núñez, la directora del museo, habló ayer con la prensa. "
            "La nueva sala, explicó la directora, abrirá sus puertas en otoño con obras inéditas.")
    quote = only(text)
    assert quote.text == "La nueva sala, explicó la directora, abrirá sus puertas en otoño con obras inéditas"
    assert quote.speaker == "Carla Núñez"
    linked = only("Finalmente, insiste, los ayuntamientos deberán pagar la mitad de las obras del puerto.")
    assert linked.text == "los ayuntamientos deberán pagar la mitad de las obras del puerto"


def test_a_quotation_attributed_by_the_next_sentence():
    text = ("«Vamos a seguir trabajando cada día por la seguridad de todos los vecinos de la ciudad».\n\n"
            "Así se expresó el jefe de la policía local, Andrés Molina, tras la reunión del lunes.")
    quote = only(text)
    assert quote.speaker == "Andrés Molina" and quote.kind == "direct"


def test_segun_skips_a_relative_clause_after_the_source():
    quote = only("Según Laura Pons, cuya empresa estudia las redes sociales, el candidato es el más citado por "
                 "cuentas falsas.")
    assert quote.text == "el candidato es el más citado por cuentas falsas"
    assert quote.speaker == "Laura Pons"


def test_a_quotation_whose_opening_mark_was_lost():
    text = "El senador Tomás Vera visitó la fábrica.\n No cerraremos ninguna planta este año\", dijo Vera."
    quote = only(text)
    assert quote.text == "No cerraremos ninguna planta este año"
    assert quote.speaker == "Tomás Vera"


def test_a_quoted_clause_ends_before_the_authors_gerund_and_a_clause_before_a_self_cued_quotation():
    gerund = only("El canciller Raúl Soto dijo que \"no tenemos ninguna prueba de esa injerencia\" refiriéndose "
                  "a las elecciones.")
    assert gerund.text == "no tenemos ninguna prueba de esa injerencia" and gerund.kind == "mixed"
    first, second = quotes_of("La jueza Ana Ruiz afirmó que el proceso se ha retrasado, \"lo que nadie esperaba "
                              "cuando empezó el juicio\", añadió la magistrada Ruiz.")
    assert first.text == "el proceso se ha retrasado"
    assert second.text == "lo que nadie esperaba cuando empezó el juicio"


def test_no_speaker_for_an_impersonal_cue_or_an_opening_gerund():
    assert quotes_of("En Portugal se dice que el club prepara una oferta por el defensa.") == ()
    assert quotes_of("Recordando que el puerto cerró en 2019, la ciudad busca ahora nuevos inversores.") == ()


def test_a_cue_between_dashes_inside_a_quotation_splits_it_in_two():
    first, second = quotes_of("«No habrá recortes en sanidad —dijo el ministro de Hacienda, Pedro Gómez— mientras "
                              "yo esté en el cargo».")
    assert (first.text, second.text) == ("No habrá recortes en sanidad", "mientras yo esté en el cargo")
    assert first.speaker == second.speaker == "Pedro Gómez"


def test_she_is_a_named_speaker_not_a_description_and_quoted_sentences_are_not_the_narrators():
    text = ("La actriz Rosa Pérez habló el jueves con la prensa en Madrid.\n"
            "Otra persona le pidió que se calmara y ella respondió: «No me interesa lo que digan de mí en la radio».")
    assert quotes_of(text)[-1].speaker == "Rosa Pérez"
    text = ("El director Luis Mora presentó la serie.\n"
            "\"Grabamos en Cádiz durante tres meses.\nLa productora Alba Films pagó todos los gastos del rodaje "
            "sin pedir nada a cambio\", contó.")
    assert quotes_of(text)[-1].speaker == "Luis Mora"


def test_an_apposition_after_a_quotations_cue_is_its_speaker_not_a_clause():
    text = ("La naviera aseguró que el buque llegará el lunes. «Estamos revisando todos los contenedores uno por uno», "
            "dijo su portavoz, Ramiro Celis Vega.")
    assert quotes_of(text)[-1].speaker == "Ramiro Celis Vega"
    assert quotes_of(text)[-1].text == "Estamos revisando todos los contenedores uno por uno"


def test_a_subject_after_a_stray_mark():
    quote = only("| La alcaldesa Inés Maldonado afirmó que el mercado abrirá en abril.")
    assert quote.speaker == "Inés Maldonado"


def test_a_title_or_an_initial_does_not_end_the_source_of_segun():
    quote = only("La droga reduce la ansiedad. Según el Dr. Tomás Ferrer, la dosis mínima hace que los pacientes "
                 "duerman mejor.")
    assert quote.speaker == "Tomás Ferrer"
    assert quote.text == "la dosis mínima hace que los pacientes duerman mejor"
    quote = only("Porque según el doctor Hugo R. Salas, del Instituto de Biología, se observan dos efectos distintos.")
    assert quote.speaker == "Hugo R. Salas"
    assert quote.text == "se observan dos efectos distintos"


def test_a_cue_after_a_quotation_with_a_clitic_or_the_one_it_was_said_to():
    text = ("La empresa cambió sus términos. «El usuario no sabe qué acepta», asegura a este diario Marta Gil, "
            "abogada. «Tiene que ser expreso», explica esta experta.")
    assert [q.speaker for q in quotes_of(text)] == ["Marta Gil", "Marta Gil"]
    quote = only("El disco sale el viernes. \"Es un gran trabajo\", nos dijo el señor Pablo Ruiz, gerente de la tienda.")
    assert quote.speaker == "Pablo Ruiz"


def test_the_agency_told_after_a_quotation_is_not_its_speaker():
    text = ("El abogado de los vecinos, Tomás Lozano Ruiz, celebró el fallo. «Nunca se había obligado a pagar el "
            "alquiler de las familias», dijo a EFE.")
    assert quotes_of(text)[-1].speaker == "Tomás Lozano Ruiz"


def test_a_companion_after_a_cue_is_not_its_subject():
    text = ("Fue el propio Tomás Vidal quien confirmara que tenía una hija, Lucía Vidal, de la relación que mantuvo "
            "con Ana Ríos cuando vivía en Lima.")
    assert [q.speaker for q in quotes_of(text)] == ["Tomás Vidal"]


def test_el_with_its_accent_is_a_named_person_not_the_body_that_spoke_last():
    text = ("Pedro Gil llegó temprano. Más tarde, la comisión de obras dijo que no habrá juicio. "
            "Él explicó que la obra terminará en mayo.")
    assert quotes_of(text)[-1].speaker == "Pedro Gil"


def test_a_cue_between_commas_after_porque_is_parenthetical():
    quote = only("Lucía Mena no quiere ser llamada reina porque, dice, es un título \"anticuado y vacío\".")
    assert quote.speaker == "Lucía Mena"
    assert "es un título" in quote.text


def test_the_source_after_segun_ends_at_a_quotation():
    text = "El 40 % de los turistas, que según el estudio \"son adictos a las fotos del móvil\", viaja en verano."
    quote = quotes_of(text)[0]
    assert quote.speaker == "estudio"
    assert "son adictos a las fotos del móvil" in quote.text


def test_some_of_a_group_is_a_new_unnamed_speaker():
    text = ("Nadie sabía dónde estaba Rafael Soto, pues ejecutivos de la NBA han anunciado que el disco saldrá "
            "el viernes.")
    assert quotes_of(text)[-1].speaker == "ejecutivos de la NBA"
    text = "Rafael Soto abrió la lata. Uno de sus hijos le dice que debe beberla ahora."
    assert quotes_of(text)[-1].speaker == "Uno de sus hijos"
    text = ("Rafael Soto dirige la firma. Recientemente una de las arquitectas de la empresa había dicho: "
            "\"La creencia en el mérito es un error de otra época\".")
    assert quotes_of(text)[-1].speaker == "una de las arquitectas de la empresa"


def test_the_subject_of_the_clause_after_porque():
    text = "Rafael Soto tocó la copa porque las reglas de la FIFA dicen que solo los campeones pueden tocarla."
    assert quotes_of(text)[-1].speaker == "reglas de la FIFA"


# --------------------------------------------------------------------------- floors on ../shared/eval

# Measured with `python -m evaluation.run --only quotes`; they only go up.
# (content F1 overlap, speaker accuracy). "first batch" is the dev and held-out documents annotated first (what
# "all" was before dev2 was added); "dev" counts the first two dev batches (dev, dev2), as when it was pinned;
# "dev3" the third batch (its untuned first score: content F1 0.849, speaker 0.766).
# The one floor that went down: held-out speaker 0.87 -> 0.86, one quote of 96 (84 -> 83) after the
# speaker rules that took the untuned second dev batch from 0.713 to 0.932 and the sample corpus from
# 0.932 to 0.955. The held-out part was not looked at; the old floor sat within one quote of its figure.
# "dev4" the fourth batch (untuned: content F1 0.868, speaker 0.720; 0.874 / 0.795 after the fixes found on it,
# 0.879 / 0.835 after a body and a person split, headline glue and pronominal cues; dev then 0.946 / 0.951;
# 0.883 / 0.872 after 'México considera que ..., agregó X', cues between dashes, 'al' + infinitive; dev3 0.862 /
# 0.840 after headlines in marks, gerund cues inside a content, roles whose holder is named later; dev4 0.886 /
# 0.889 after relative 'una cadena que asegura', companies described and not named, full stops with no space;
# 0.888 / 0.901 after 'dice, mientras que', 'sus adversarios le reconocen que', 'y este viernes declararon').
# Then headlines signed after a colon, infinitive complements, shares of a surveyed group, 'Así lo confirmó X'
# after an unquoted sentence and the like: dev 0.950 / 0.955, dev3 0.895 / 0.874, dev4 0.915 / 0.924, first batch
# 0.939 / 0.928, held-out (its aggregate looked at once, at the end) 0.888 / 0.866; PolNeAR dev 0.524 / 0.417.
SPANISH_FLOORS = {"dev": (0.945, 0.955), "dev3": (0.89, 0.87), "dev4": (0.91, 0.92), "first batch": (0.935, 0.925),
                  "heldout": (0.885, 0.865)}
POLNEAR_FLOORS = {"content": 0.52, "source": 0.415}  # dev split, F1 overlap


@pytest.mark.skipif(not (SHARED_EVAL / "corpus" / "spanish-fake-news").is_dir(), reason="../shared/eval not present")
def test_spanish_floors():
    from evaluation.tasks import quotes as task

    docs, stale = task.load_spanish(SHARED_EVAL)
    assert not stale
    system = task.cronica_quotes("es")
    counts = {split: task.SpanCounts() for split in SPANISH_FLOORS}
    for doc in docs:
        got = task.score_document(doc.quotes, system(doc.text).quotes, task._spanish_speaker)
        for split in ("dev" if doc.split in ("dev", "dev2") else doc.split,
                      "first batch" if doc.split in ("dev", "heldout") else None):
            if split in counts:
                counts[split] += got
    for split, (f1, speaker) in SPANISH_FLOORS.items():
        figures = counts[split].figures("overlap")
        assert figures["F1"] >= f1, (split, figures)
        assert figures["speaker acc"] >= speaker, (split, figures)


@pytest.mark.skipif(not (SHARED_EVAL / "quotes" / "polnear").is_dir(), reason="../shared/eval not present")
def test_polnear_floors():
    from evaluation.tasks import quotes as task

    system = task.cronica_quotes("en")
    content, source = task.SpanCounts(), task.SpanCounts()
    for doc in task.load_polnear(SHARED_EVAL, "dev"):
        predicted = system(doc.text)
        content += task.score_document(doc.quotes, predicted.quotes)
        source += task.score_document(doc.sources, predicted.sources)
    assert content.figures("overlap")["F1"] >= POLNEAR_FLOORS["content"]
    assert source.figures("overlap")["F1"] >= POLNEAR_FLOORS["source"]
