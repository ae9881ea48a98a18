"""The quote finder on the constructions found while annotating the later development batches (dev4 on):
sentences written for these tests."""

from __future__ import annotations

from cronica.facts.entities import find_entities
from tests.test_quotes import only, quotes_of


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
