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


# --------------------------------------------------------------------------- dev4 constructions (sentences of our own)


def test_an_adverb_between_the_cue_and_que():
    text = "La portavoz del Ministerio Laura Pinto dijo recientemente que el país no tiene una postura oficial."
    found = quotes_of(text)
    assert [text[q.start:q.end] for q in found] == ["el país no tiene una postura oficial"]
    assert found[0].speaker.endswith("Laura Pinto")


def test_someone_new_after_the_cue():
    text = "Pedro Gil habló en el pleno. «Vais a cerrar nuestra escuela», comentó otro de los asistentes."
    assert quotes_of(text)[-1].speaker == "otro de los asistentes"
    text = "La periodista Ana Mora llegó tarde. \"Vamos a ganar la liga este año\", dijo un periodista del diario."
    assert quotes_of(text)[-1].speaker == "periodista del diario"


def test_arguir_is_a_cue_and_its_plural_subject_speaks_on():
    text = ("Las mismas fuentes argüyen que la fiesta data del siglo pasado. "
            "“Debe eliminarse cuanto antes de los pueblos”, señalan.")
    assert [q.speaker for q in quotes_of(text)] == ["mismas fuentes", "mismas fuentes"]


def test_segun_past_the_one_it_was_said_to():
    text = ("Aseguran que fueron golpeados por los agentes, según afirmó al diario local 'La Voz' una mujer "
            "identificada como la hermana del detenido.")
    assert quotes_of(text)[0].speaker.startswith("mujer identificada")


def test_a_plural_cue_after_a_group_named_without_a_name():
    text = ("Las enfermeras del hospital protestaron frente a la puerta principal.\n"
            "\"El ministerio debe contratar a más personal y pagar las horas extra\", dicen.")
    assert quotes_of(text)[0].speaker == "enfermeras del hospital"


def test_a_dropped_subject_before_anyone_spoke_is_an_earlier_sentence_subject():
    text = ("La Consejería de Educación de Murcia renovó las normas de los colegios.\n"
            "En una publicación del Boletín Oficial, se añaden varios apartados nuevos.\n"
            "Explicó que ello permitirá ordenar mejor las clases del curso que viene.")
    assert quotes_of(text)[0].speaker == "Consejería de Educación de Murcia"


# --------------------------------------------------------------------------- names, headlines, pronominal cues


def test_a_body_then_a_person_are_two_speakers():
    text = "El martes, la portavoz de la Casa Blanca Laura Méndez Ortiz dijo que no tenía nada que añadir."
    assert quotes_of(text)[0].speaker == "Laura Méndez Ortiz"
    text = ("Marta Quiroga presentó su libro en Madrid. La profesora de la Universidad Complutense Quiroga Lema "
            "aseguró que la obra saldrá a la venta en mayo.")
    names = {e.surface for e in find_entities(text)}
    assert "Universidad Complutense" in names and "Quiroga Lema" in names


def test_a_word_in_capitals_for_emphasis_and_a_headline_glued_to_the_body():
    text = ("Luis Mora dice que los impuestos deben ser ELIMINADOS El candidato está en el centro de la polémica "
            "luego de decir que el Estado no necesita recaudar, informa la cadena Telemundo.\n"
            "Además, afirmó que los ciudadanos pagan demasiado.")
    assert "ELIMINADOS" not in {e.surface for e in find_entities(text)}
    found = quotes_of(text)
    assert found[0].text == "los impuestos deben ser ELIMINADOS"
    assert all(q.speaker == "Luis Mora" for q in found), found


def test_cues_with_se_and_reported_questions():
    text = ("\"Nadie nos ha traído guantes ni mascarillas\", se lamenta Rosa Prieto, directora de la residencia. "
            "El vecino Tomás Gil se quejó de que el ayuntamiento no contesta sus cartas. "
            "Gil se preguntó entonces qué pasaría si el incendio llegara a las casas.")
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Rosa Prieto", "Tomás Gil", "Tomás Gil"]
    assert found[1].text == "el ayuntamiento no contesta sus cartas"
    assert found[2].text == "qué pasaría si el incendio llegara a las casas"
    text = "Enfadado, el alcalde Ramón Vera externó: \"No vamos a pagar ni un euro más por ese contrato\"."
    assert only(text).speaker == "Ramón Vera"


def test_a_country_as_the_subject_inside_a_persons_attribution():
    text = ("La canciller Ana Ríos viajó a Lima. Por ello, Chile considera que debe convocarse una cumbre regional, "
            "añadió Ríos, y destacó que la región necesita acuerdos.")
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Ana Ríos", "Ana Ríos"]
    assert found[0].text == "Por ello, Chile considera que debe convocarse una cumbre regional"


def test_a_cue_between_dashes_inside_its_clause():
    text = ("El ministro Pablo Serna habló con la prensa. Además, al llegar a Bogotá –agregó– Jorge Vidal "
            "responderá solo por los delitos de la orden de captura.")
    quote = only(text)
    assert quote.speaker == "Pablo Serna"
    assert quote.text.startswith("Además, al llegar a Bogotá") and quote.text.endswith("orden de captura")


def test_al_with_an_infinitive_takes_the_main_verbs_subject():
    text = ("Mientras la cadena Televisa buscaba actriz, una revista de espectáculos sorprendió al revelar que "
            "la elegida será una cantante.\nLa publicación asegura que la cantante ya firmó el contrato.\n"
            "\"El rodaje empezará en otoño y durará seis meses en varias ciudades\", señalaron.")
    assert [q.speaker for q in quotes_of(text)] == ["revista de espectáculos"] * 3


def test_a_headline_in_quotation_marks_is_not_a_quote():
    text = ("\"Nombra Ruiz a Marta Gil para la cartera de Cultura\"\n"
            "El candidato Pedro Ruiz dijo que Marta Gil es un ejemplo para todos.")
    assert [q.speaker for q in quotes_of(text)] == ["Pedro Ruiz"]


def test_a_gerund_cue_inside_a_content_opens_its_own_quote():
    text = ("El fiscal Jorge Lara dijo que la versión de la doctora fue investigada, pero que ella la retiró "
            "argumentando que fue producto de la confusión.")
    first, second = quotes_of(text)
    assert first.text == "la versión de la doctora fue investigada, pero que ella la retiró"
    assert second.text == "fue producto de la confusión"


def test_a_role_named_with_its_holder_later_in_the_text():
    text = ("El fiscal federal dijo que el caso sigue abierto.\n"
            "La investigación del fiscal federal Tomás Aguirre no encontró pruebas.")
    assert quotes_of(text)[0].speaker == "Tomás Aguirre"


def test_a_chain_message_and_a_company_described_not_named():
    text = ("Por WhatsApp circula una cadena que asegura que el café caliente elimina el virus del resfriado.“Un "
            "vaso cada hora basta para estar protegido del todo”, señala el texto. “El limón también sirve”, agrega. "
            "Según el mensaje, la receta viene de un médico identificado como Luis Prado. La empresa dueña de la "
            "marca de café citada en la cadena también se ha pronunciado.Al respecto, aclara que su producto no cura "
            "ninguna enfermedad. “No hay pruebas de que el café elimine el virus”, indicó la compañía.")
    found = quotes_of(text)
    assert [q.speaker for q in found[:3]] == ["cadena"] * 3
    assert found[0].text == "el café caliente elimina el virus del resfriado"
    assert [q.speaker for q in found[-2:]] == ["empresa dueña de la marca de café citada"] * 2


def test_conjunctions_times_and_possessives_around_a_cue():
    text = ("La geóloga Irene Paz visitó la cueva. \"Los pájaros caían al entrar en la nube de gas\", dice, "
            "mientras que los guías eran más altos y respiraban sobre la nube.")
    assert [q.speaker for q in quotes_of(text)] == ["Irene Paz"]
    text = "El alcalde Julio Mena agregó que sus rivales le reconocen que es constante y trabajador."
    assert quotes_of(text)[-1].speaker == "rivales"
    text = ("Tras la detención de 30 personas en Sevilla, familiares de los detenidos esperaron en la comisaría "
            "y este viernes declararon que hubo golpes durante el arresto.")
    assert quotes_of(text)[0].speaker == "familiares de los detenidos"


# --------------------------------------------------------------------------- headlines signed after a colon


def test_a_headline_names_its_speaker_after_a_colon():
    text = ("Subir los impuestos ahora sería un error histórico: Videgaray\n"
            "El canciller Luis Videgaray habló con la prensa en Washington.")
    quote = quotes_of(text)[0]
    assert quote.text == "Subir los impuestos ahora sería un error histórico"
    assert "Videgaray" in quote.speaker
    text = ("La encuesta da ventaja al candidato en cinco estados: Mitofsky para Televisa\n"
            "La consultora Mitofsky publicó su sondeo mensual.")
    assert quotes_of(text)[0].speaker == "Mitofsky"


def test_a_picture_credit_is_no_headline():
    text = ("La nueva sala del hospital abrió sus puertas a las familias este lunes. (Foto: Instagram)\n"
            "Las obras duraron dos años.")
    assert not quotes_of(text)


# --------------------------------------------------------------------------- pronouns, someone new, relatives


def test_ella_before_a_gerund_cue_is_the_woman_named_not_a_description():
    text = ("Marta Ríos habló con la prensa. \"No pienso retirarme de la carrera\", señaló.\n"
            "Otra persona le dice que mida sus palabras y ella culmina diciendo: \"No me interesa lo que digan de mí.\"")
    assert quotes_of(text)[-1].speaker == "Marta Ríos"


def test_someone_new_after_a_complement_is_the_speaker_not_a_relative_clause():
    text = ("Una vecina habló primero con los periodistas.\n"
            "\"Lo sacaron de su casa a golpes y sin ninguna orden\", dijo por su parte otra mujer que se identificó "
            "como tía del detenido.")
    found = quotes_of(text)
    assert [q.text for q in found] == ["Lo sacaron de su casa a golpes y sin ninguna orden"]
    assert found[0].speaker == "otra mujer"


def test_a_family_speaks_as_itself():
    text = ("El alcalde Pedro Ruiz visitó el barrio. Según la familia de Tomás Gil, el joven había sido detenido "
            "sin motivo alguno.")
    assert quotes_of(text)[-1].speaker == "familia de Tomás Gil"


def test_an_infinitive_cue_inside_a_content_with_the_same_subject_stays_inside():
    text = "La familia del joven asegura que ha recibido amenazas, tras pedir que se investigue el caso."
    quote = only(text)
    assert quote.text == "ha recibido amenazas, tras pedir que se investigue el caso"
    assert quote.speaker == "familia del joven"


# --------------------------------------------------------------------------- infinitive complements


def test_an_infinitive_after_a_cue_is_what_was_said():
    text = "Los reporteros denunciaron haber sido agredidos por agentes de la policía estatal."
    quote = only(text)
    assert quote.text == "haber sido agredidos por agentes de la policía estatal"
    assert quote.speaker == "reporteros"
    assert only("La senadora Inés Vidal pidió no ser llamada primera dama.").text == "no ser llamada primera dama"


def test_an_infinitive_past_the_addressee_and_before_the_outer_cue():
    text = ("La gobernadora Ana Soler solicitó a la Secretaría de Hacienda descontarle el sueldo de ese día, "
            "informó la oficina de prensa.")
    quote = only(text)
    assert quote.text == "descontarle el sueldo de ese día"
    assert quote.speaker == "Ana Soler"


def test_an_infinitive_that_is_no_saying():
    assert not quotes_of("El Gobierno de Murcia se plantea suspender las fiestas de este verano.")
    assert not quotes_of("La fundación de Ana Soler apunta a la necesidad de aumentar los fondos para la vacuna.")


# --------------------------------------------------------------------------- shares of a surveyed group


def test_a_share_of_the_surveyed_is_the_speaker_and_the_survey_closes_the_content():
    text = ("La Secretaría de Salud publicó su informe anual. En Chile, el 30 % de las mujeres mayores de 15 años "
            "declaró haber sufrido algún tipo de acoso, de acuerdo con la Encuesta Nacional de Salud.")
    quote = quotes_of(text)[-1]
    assert quote.text == "haber sufrido algún tipo de acoso"
    assert quote.speaker == "30 % de las mujeres mayores de 15 años"
    text = "La moda alcanza a un tercio de los viajeros, que admite que lo primero que hace es una foto del hotel."
    assert quotes_of(text)[-1].speaker == "tercio de los viajeros"


def test_someone_unnamed_speaks_and_a_decir_de_takes_a_quotation():
    text = ("Para mí que alguien ha dicho a los políticos que los jueces están asustados. "
            "“Haced lo que os venga en gana que no pasará nada”.")
    assert [q.speaker for q in quotes_of(text)] == ["alguien", "alguien"]
    text = "Fue obligada a firmar su renuncia, a decir de su jefe \"con autorización de arriba\" y sin indemnización."
    quote = only(text)
    assert (quote.text, quote.speaker) == ("con autorización de arriba", "jefe")


# --------------------------------------------------------------------------- the speaker named after the content


def test_a_content_ending_in_a_name_before_the_cue():
    text = ("Las frases del candidato reflejan el discurso de alguien capaz de enfrentar al régimen, "
            "que es lo que pretende ser Ricardo Anaya, explicó la politóloga Ivonne Acuña.")
    quote = only(text)
    assert quote.text.endswith("pretende ser Ricardo Anaya")
    assert quote.speaker == "Ivonne Acuña"


def test_with_these_words_replied_a_spokesman_with_an_initial():
    text = ("El tribunal prohibió la organización. \"Aunque nos esperábamos una decisión negativa, todo esto ha sido "
            "muy decepcionante\". Con estas palabras ha reaccionado este lunes el portavoz internacional de la "
            "iglesia, David A. Semonian, a través de un comunicado.")
    assert only(text).speaker == "David A. Semonian"


def test_a_person_of_a_hospital_named_in_one_run():
    text = ("La ginecóloga Beatriz Lorente del Hospital Germans Trias i Pujol afirma que durante el embarazo no hay "
            "una regla fija.")
    assert only(text).speaker == "Beatriz Lorente"


def test_a_quoted_fragment_that_ends_the_cues_complement_is_a_mixed_quote():
    text = "El subsecretario Hugo Mora calificó este hecho de “inusual y sin antecedente”, y se fue."
    quote = quotes_of(text)[0]
    assert (quote.text, quote.kind) == ("este hecho de “inusual y sin antecedente", "mixed")
    text = "El presidente Hugo Mora escribió en su cuenta de Twitter “nadie quedará fuera del plan”."
    assert quotes_of(text)[0].text == "nadie quedará fuera del plan"


def test_a_gerund_cue_after_y_ends_the_content_before_the_y():
    text = ("Marta Gil dijo que la actriz es un ejemplo a seguir, y arremetió contra el director diciendo que sus "
            "películas dan risa.")
    assert [q.text for q in quotes_of(text)] == ["la actriz es un ejemplo a seguir", "sus películas dan risa"]


# --------------------------------------------------------------------------- the sentence after names the speaker


def test_asi_lo_confirmo_after_an_unquoted_sentence():
    text = ("La Academia estudia la entrada de la palabra en el diccionario.\n"
            "Así lo ha confirmado esta mañana la académica y escritora Soledad Pardo en la sede de la institución.")
    quote = only(text)
    assert quote.text == "La Academia estudia la entrada de la palabra en el diccionario"
    assert quote.speaker == "Soledad Pardo"
    text = "El 5G absorbe el oxígeno allá por donde penetra. El gobierno de España lo reconoce en su boletín."
    assert only(text).speaker == "gobierno de España"


def test_a_source_near_a_party_then_quien_and_a_second_cue_after_y():
    text = ("El candidato retiraría su candidatura. Así lo dio a conocer una fuente cercana al candidato por el PAN, "
            "quien aseguró además que la unión de los votos sería una victoria.")
    assert [q.speaker for q in quotes_of(text)] == ["fuente cercana", "fuente cercana"]
    text = ("La hipótesis fue respondida por el ex presidente Carlos Salinas, quien aseguró que mantenía una relación "
            "cordial con el candidato y señaló que a quien habría que preguntar es a su sucesor.")
    assert [q.speaker for q in quotes_of(text)] == ["Carlos Salinas", "Carlos Salinas"]


def test_a_headline_that_opens_with_the_speakers_name_then_the_quotation():
    text = ("Carmen Soler \"Ya me harté del tema, murieron, supérenlo\"\n"
            "Como era de esperarse, la actriz Carmen Soler dio unas declaraciones sobre los estudiantes.")
    quote = quotes_of(text)[0]
    assert (quote.text, quote.speaker) == ("Ya me harté del tema, murieron, supérenlo", "Carmen Soler")
