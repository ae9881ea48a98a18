"""Main text from plain-text dumps and markdown: wrapped lines, the main region, the lead, notices."""

from cronica.boilerplate import is_related_header, is_related_link, is_site_notice
from cronica.extract.text import dump_lines, extract_text_body, markdown_lines, unwrap, wrap_width

BODY = [
    "El Gobierno regional anunció este martes que las obras del nuevo puente sobre el río Mantaro "
    "empezarán en marzo, después de tres años de estudios y de dos licitaciones que quedaron desiertas.",
    "Según el gerente de infraestructura, el presupuesto de la obra asciende a 48 millones de soles y "
    "la empresa ganadora tendrá un plazo de veinte meses para terminarla y abrirla al tránsito.",
    "Los comerciantes de la zona, que cada temporada de lluvias pierden días de venta por el cierre del "
    "paso provisional, pidieron que el cronograma se publique y que la obra no se detenga en verano.",
]


def wrap(paragraph: str, width: int = 74, indent: str = "   ") -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(indent) + len(line) + 1 + len(word) > width:
            lines.append(indent + line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [indent + line]


def test_hard_wrapped_paragraphs_are_joined_by_the_wrap_width():
    raw = []
    for para in BODY:
        raw += wrap(para) + [""]
    raw.append("   " + "https://example.org/" + "a" * 70)  # an unbreakable line past the width
    assert wrap_width(raw) <= 74
    joined = [t for t, _ in unwrap(raw) if t]
    assert joined[:3] == BODY


def test_wrapped_list_item_keeps_its_hanging_indent():
    raw = ["   * " + "palabra " * 8 + "una lista con un punto que sigue en la", "     línea siguiente", ""]
    raw += wrap(BODY[0]) + [""] + wrap(BODY[1])
    texts = [t for t, _ in unwrap(raw) if t]
    assert texts[0].endswith("sigue en la línea siguiente")


def page(*parts: str) -> str:
    return "\n".join(parts)


def test_main_region_drops_prose_far_from_the_article():
    text = page(
        "Diario de Ejemplo", "Inicio | Política | Economía | Deportes", "Publicidad",
        "Puente sobre el Mantaro empezará en marzo", "",
        *BODY, "", "Compartir", "Etiquetas: obras, puente", "Publicidad", "Lo más leído",
        "Otra noticia", "Otra más", "Inicio", "Contacto", "Buscar", "Menú", "Portada", "Archivo",
        "Nuestro diario informa desde 1990 a los lectores de la región central con noticias, opinión y "
        "reportajes de investigación sobre la vida de sus ciudades.",
        "© 2025 Diario de Ejemplo",
    )
    title, body, _, _ = extract_text_body(text, markdown=False)
    assert title == "Puente sobre el Mantaro empezará en marzo"
    assert body.split("\n") == BODY


def test_lead_paragraph_above_byline_and_image_is_kept():
    lead = "Tres años de estudios y dos licitaciones desiertas después, la obra tiene fecha y presupuesto."
    text = page(
        "# Puente sobre el Mantaro empezará en marzo", "", lead, "",
        "Por Ana Quispe · 3 mar. 2025 · Lectura de 4 min", "", "Image not found", "", *BODY,
    )
    _, body, _, _ = extract_text_body(text, markdown=True)
    lines = body.split("\n")
    assert lines[0] == lead and lines[1:] == BODY
    assert "Ana Quispe" not in body


def test_markdown_link_lines_do_not_end_a_related_list():
    text = page(
        "# Puente sobre el Mantaro empezará en marzo", "", *BODY, "", "### Te puede interesar", "",
        "* [Las claves del nuevo reglamento de tránsito para los conductores de transporte público "
        "interprovincial](https://example.org/reglamento) · 13 jun. 2025",
        "* [Qué cambia con la ley de alquileres](https://example.org/ley) · 3 oct. 2025",
    )
    _, body, _, _ = extract_text_body(text, markdown=True)
    assert body.split("\n") == BODY


def test_body_column_of_indented_dumps():
    sidebar = "      Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes de la región."
    text = "\n".join(["  Puente sobre el Mantaro empezará en marzo"] + ["      " + p for p in BODY[:2]]
                     + ["    Publicidad", sidebar.replace("      ", "    ")] + ["      " + BODY[2]])
    lines = dump_lines(text)
    assert {line.indent for line in lines if line.text in BODY} == {6}
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_site_notices_and_related_links():
    assert is_site_notice("Deine E-Mail-Adresse wird nicht veröffentlicht.")
    assert is_site_notice("Suscríbete a nuestro boletín para recibir las noticias del día en tu correo.")
    assert not is_site_notice(
        "El Gobierno y los transportistas firmaron un acuerdo que incluye una suscripción de bonos por 20 "
        "millones de soles, según el comunicado publicado este martes por el Ministerio de Economía.")
    assert is_related_link("Lea también: Cancilleres de Perú y Ecuador crean un fondo para la frontera")
    assert is_related_link("Czytaj też: Nowy most będzie gotowy w marcu")
    assert not is_related_link("El ministro dijo: «Lea también el informe completo»")
    assert is_related_link("(También puede leer: Cancilleres de Perú y Ecuador crean un fondo para la frontera)")
    assert not is_related_link("(El ministro dijo: no habrá más peajes en la carretera central)")


def test_byline_lines_are_not_body():
    text = page("Puente sobre el Mantaro empezará en marzo", "Por: Redacción Central", "", *BODY)
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert "Redacción" not in body
    assert body.split("\n") == BODY


def test_markdown_lines_measure_link_share():
    lines = markdown_lines("* [Todo un enlace a otra noticia](https://example.org/a) · 3 oct.\n"
                           "Un texto con [un enlace](https://x.org) dentro de una frase larga")
    assert lines[0].link_share >= 0.6
    assert 0 < lines[1].link_share < 0.5


def test_html_related_links_and_notices_are_not_body():
    from cronica.extract import extract_article
    from cronica.ingest import page_from_bytes

    paras = "".join(f"<p>{p}</p>" for p in BODY[:2])
    html = (
        "<html><head><title>Puente sobre el Mantaro empezará en marzo</title></head><body><article>"
        "<h1>Puente sobre el Mantaro empezará en marzo</h1>" + paras
        + "<p>VEA TAMBIÉN: Las claves del nuevo reglamento de tránsito para el transporte interprovincial</p>"
        + f"<p>{BODY[2]}</p>"
        + "<p>¡Mira lo que tiene nuestro canal de YouTube!</p></article></body></html>"
    )
    article = extract_article(page_from_bytes(html.encode("utf-8"), "mantaro.html", kind="html"))
    assert article.text.split("\n") == BODY


def test_captions():
    from cronica.boilerplate import is_caption

    assert is_caption("El canciller llega a Torre Tagle. Foto: Andina")
    assert is_caption("Vista del puente sobre el Mantaro (Foto: Gobierno Regional)")
    assert is_caption("Abbildung 4: Die grösste Lawine dieser Berichtsperiode")
    assert not is_caption("El presidente dijo que la foto: no existe una foto de la reunión")
    assert not is_caption(BODY[0])


def test_page_labels_credits_and_related_headers():
    from cronica.boilerplate import is_caption, is_page_furniture, is_page_label, is_related_header

    for label in ("14.03.2024", "Actualizado el 3 de marzo de 2024", "Last updated: 2 May 2024",
                  "Zuletzt aktualisiert am", "Kontakt:", "Más información:", "| Weitere Artikel zum Thema | |"):
        assert is_page_furniture(label), label
    for body in ("2019", "10 p.m.", "Berlin, 12.3.2021", "Leiharbeit / Werkverträge", "Im Detail",
                 "El puente costará 20 millones de soles, dijo el 3 de marzo."):
        assert not is_page_furniture(body), body
    assert not is_page_label("Marzo de 2024 fue el mes más lluvioso en diez años.")
    assert is_caption("El canciller en Torre Tagle.EFE / Pérez")
    assert is_caption("Fot. Ana Ruiz / Agencia Sur")
    assert is_caption("ana/EFE")
    assert is_related_header("Schon gelesen?")
    assert is_related_link("Read more: Bridge over the river will open in March")
    assert is_caption("La ministra llega al Congreso. (Ana María Ruiz)")
    assert not is_caption("La ministra (Ana María Ruiz) llega al Congreso.")
    assert is_related_header("Más sobre Economía")
    # a paragraph an HTML extractor kept that closes with a picture credit and a full stop
    assert is_page_furniture("La ministra y el canciller, el 3 de marzo, en Torre Tagle (Foto: Ana Ruiz/Agencia Sur).")
    assert not is_page_furniture("La ministra habló con la prensa (foto) y luego se fue sin responder preguntas.")


def test_sub_headings_and_list_items_inside_the_article_are_kept():
    text = page("Puente sobre el Mantaro empezará en marzo", BODY[0], "", "Costos y plazos", "",
                BODY[1], "", "* 20 millones de soles", "* 14 meses de obra", "", BODY[2], "", "Imprimir",
                "Volver a la portada")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == [BODY[0], "Costos y plazos", BODY[1], "* 20 millones de soles",
                                "* 14 meses de obra", BODY[2]]


def test_teasers_of_a_related_list_and_doubled_captions_are_not_body():
    teaser = ("* Otro puente: la región licitará en abril la obra del puente de Chupaca, que costará doce "
              "millones de soles según el proyecto aprobado por el consejo regional.")
    caption = "El puente provisional sobre el Mantaro"
    text = page("Puente sobre el Mantaro empezará en marzo", *BODY[:2], caption + " " + caption, BODY[2],
                "", "Noticias relacionadas", teaser, teaser.replace("Chupaca", "Huancayo"))
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_margin_headings_and_indented_list_items_of_a_wrapped_dump_are_kept():
    raw = ["Puente sobre el Mantaro empezará en marzo", ""] + wrap(BODY[0]) + ["", "Costos y plazos", ""]
    raw += wrap(BODY[1]) + ["", "     * veinte millones de soles", "     * catorce meses de obra", ""]
    raw += wrap(BODY[2]) + ["", "     * Inicio", "     * Contacto"]
    _, body, _, _ = extract_text_body("\n".join(raw), markdown=False)
    assert body.split("\n") == [BODY[0], "Costos y plazos", BODY[1], "* veinte millones de soles",
                                "* catorce meses de obra", BODY[2]]


def test_a_short_paragraph_after_an_advertisement_is_kept():
    tail = ("La obra será supervisada por el colegio de ingenieros de la región, que publicará un informe "
            "mensual sobre su avance y sobre los gastos de la empresa.")
    text = page("Puente sobre el Mantaro empezará en marzo", "", *BODY, "", "Publicidad", "Compartir", "", tail,
                "", "Inicio", "Contacto", "Buscar", "Menú", "Portada")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == [*BODY, tail]


def test_picture_credit_lines_and_ui_labels():
    from cronica.boilerplate import is_boilerplate_line, is_caption

    assert is_caption("Titelbild: Ana Ruiz / Agencia Sur")
    assert is_caption("Image credit: Ana Ruiz")
    assert not is_caption("Bildung: el ministerio alemán publicó su informe anual.")
    for line in ("Cargando", "Alle Angaben ohne Gewähr", "Más comentados", "Volver a la portada", "Imprimir"):
        assert is_boilerplate_line(line) or is_related_header(line), line
    assert is_caption("El puente provisional sobre el río (crédito: Ana Ruiz/Agencia Sur)")
    assert is_related_link("Lesen Sie hier: Die Brücke wird im März eröffnet")
    assert is_boilerplate_line("Deja una respuesta")


def test_html_paragraphs_said_twice_are_dropped():
    from cronica.boilerplate import drop_repeats, is_page_furniture

    title = "Puente sobre el Mantaro empezará en marzo"
    said_twice = [title, *BODY, "Puente sobre el Mantaro empezará en marzo",
                  "El Gobierno regional anunció este martes que las obras del nuevo puente...", *BODY]
    assert drop_repeats(said_twice, title) == [title, *BODY]
    assert is_page_furniture("2024-03-05T08:57:40+01:00")
    # what recurs inside an article stays: an interview's question, a plan's block shorter than the text before it
    question = "¿Qué le diría a los transportistas?"
    interview = [BODY[0], question, BODY[1], question, BODY[2]]
    assert drop_repeats(interview, title) == interview
    block = ["Lunes", "Desayuno: avena con fruta y un café sin azúcar, a las ocho de la mañana"]
    plan = [*BODY, *block, *BODY[:1], *block]
    assert drop_repeats(plan, title) == plan


def test_a_recipe_keeps_its_ingredients_and_its_oven_temperature():
    steps = [
        "Mezclar la harina con el azúcar y la mantequilla fría hasta obtener una masa arenosa, sin amasar demasiado.",
        "Estirar la masa en un molde de veinticuatro centímetros y hornear hasta que los bordes estén dorados.",
    ]
    ingredients = ["Ingredientes", "250 g de harina", "100 g de azúcar", "2 cucharadas de mantequilla",
                   "1 pizca de sal", "3/4 taza de leche"]
    text = page("Inicio", "Recetas", "Menú", "Tarta de manzana de la abuela", "", *BODY[:1], "", *ingredients, "",
                "Preparación", steps[0], "Horno a 180 °C", steps[1], "", "Compartir", "Inicio", "Contacto", "Buscar", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    kept = body.split("\n")
    assert all(line in kept for line in ingredients[1:] + steps + ["Horno a 180 °C"]), kept


def test_a_recipe_keeps_the_ingredients_without_a_unit_and_its_section_titles():
    ingredients = ["Ingredientes", "250 g de harina", "100 g de azúcar", "Para la cobertura:", "2 manzanas verdes",
                   "3 huevos grandes", "1 limón", "2 clavos", "Para servir:", "4 bolas de helado"]
    step = "Mezclar la harina con el azúcar y los huevos, cubrir con las manzanas en láminas y hornear media hora."
    text = page("Inicio", "Recetas", "Menú", "Tarta de manzana de la abuela", "", *BODY[:1], "", *ingredients, "",
                "Preparación", step, "", "Compartir", "Inicio", "Contacto", "Buscar", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    kept = body.split("\n")
    assert all(line in kept for line in ingredients[1:] + [step]), kept


def test_picture_credits_and_a_note_on_the_author_after_the_article_are_not_body():
    caption = "El puente provisional sobre el Mantaro, en una imagen de archivo. © Ana Ruiz"
    agency = "Obreros en la orilla del río / Agencia Sur"
    note = "Ana Ruiz es periodista y cubre infraestructura para el diario desde 2015."
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], caption, BODY[1], agency, "Foto: Ana Ruiz",
                BODY[2], "", note, "", "Inicio", "Contacto", "Buscar", "Menú", "Portada")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY
    # a paragraph that names a person inside the article stays
    inside = ("Juan Pérez es ingeniero de la empresa y dijo que el puente tendrá dos carriles y una vereda para "
              "peatones.")
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], inside, *BODY[1:], "", "Inicio", "Menú")
    assert extract_text_body(text, markdown=False)[1].split("\n") == [BODY[0], inside, *BODY[1:]]


def test_a_lead_far_above_the_body_is_kept_and_a_word_of_the_site_below_it_is_not():
    lead = ("Las obras del puente sobre el Mantaro, esperadas desde hace tres años, tienen por fin una fecha de "
            "inicio y un presupuesto aprobado.")
    chrome = ["Compartir", "Facebook", "Twitter", "WhatsApp", "Imprimir", "12 de marzo de 2025", "Por Ana Ruiz",
              "Foto: Ana Ruiz", "Escuchar la noticia", "Guardar", "Comentar"]
    note = ("Los comentarios de los lectores se moderan antes de publicarse y no se aceptan insultos, datos "
            "personales de terceros ni enlaces a otras páginas.")
    text = page("Inicio", "Menú", "Puente sobre el Mantaro empezará en marzo", "", lead, "", *chrome, "", *BODY, "",
                note, "", "Inicio", "Contacto", "Buscar", "Menú", "Portada")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == [lead, *BODY]


def test_a_heading_that_heads_no_body_text_is_not_body():
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], "", "Costos y plazos", "", *BODY[1:], "",
                "Otras obras de la región", "", "Inicio", "Contacto", "Buscar", "Menú", "Portada")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == [BODY[0], "Costos y plazos", *BODY[1:]]


def test_arabic_prose_reads_as_prose():
    from cronica.extract.text import prose_score

    line = ("وقال الوزير في مؤتمر صحفي إن الحكومة قررت أن تبدأ أعمال بناء الجسر الجديد على النهر في شهر مارس المقبل، "
            "بعد ثلاث سنوات من الدراسات التي أجرتها الوزارة مع الشركات.")
    assert prose_score(line) >= 0.75


def test_a_line_said_three_times_on_the_page_is_a_widget():
    promo = ("Suscríbase al boletín semanal del diario y reciba cada lunes las noticias de la región en su correo "
             "electrónico.")
    teaser = "Otro puente: la región licitará en abril la obra del puente de Chupaca"
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], teaser, BODY[1], teaser, BODY[2], teaser,
                "", promo, "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_pleas_for_support_and_affiliate_disclosures_are_not_body():
    plea = "Para seguir leyendo este contenido exclusivo para suscriptores, elija uno de nuestros planes."
    affiliate = "Für Links auf dieser Seite erhält der Verlag ggf. eine Provision vom Händler."
    support = "We rely on your support to make local news available to all"
    text = page("Puente sobre el Mantaro empezará en marzo", "", affiliate, "", *BODY[:2], plea, BODY[2], support, "",
                "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_a_credited_caption_and_the_headlines_under_a_related_header_are_not_body():
    caption = "El gobernador y el ministro, el 1 de marzo, en la obra (Foto: Ana Ruiz/Agencia Sur)."
    related = ["Relacionados:", "El ministro de Transportes anuncia una nueva carretera hacia la selva central del país",
               "Vecinos de Chupaca piden un puente peatonal sobre el río Cunas antes de la temporada de lluvias"]
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], caption, *BODY[1:2], *related, BODY[2], "",
                "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY
    # a photo report, whose paragraphs close with their credits, keeps them
    report = [f"{p[:-1]} (Foto: Ana Ruiz)." for p in BODY]
    text = page("Puente sobre el Mantaro empezará en marzo", "", *report, "", "Inicio", "Menú")
    assert extract_text_body(text, markdown=False)[1].split("\n") == report


def test_a_caption_that_says_who_is_where_in_the_picture_is_not_body():
    caption = "El gobernador (izquierda) y el ministro recorren la obra del puente provisional."
    illustration = "Camiones en la carretera central, cerca de Jauja (foto de archivo)"
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], caption, BODY[1], illustration, BODY[2], "",
                "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_page_buttons_and_dated_bylines_are_not_body():
    text = page("Puente sobre el Mantaro empezará en marzo", "Por Ana Ruiz el 12 de marzo de 2025, 08:15 h", "",
                *BODY, "Sobre el autor", "Síguenos en Facebook", "Volver arriba", "", "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY
    from cronica.extract.line_classes import DATED_BYLINE, PAGE_BUTTON

    assert DATED_BYLINE.match("By Jane Doe Feb 8, 2020 5 min read")
    assert PAGE_BUTTON.match("Über den Autor") and PAGE_BUTTON.match("Jump to RecipePrint Recipe")


def test_more_headers_open_a_list_of_other_articles():
    teasers = ["Chupaca licitará en abril la obra del nuevo puente peatonal sobre el río Cunas",
               "El gobierno regional compra dos puentes modulares para las zonas altas de la provincia"]
    for header in ("Más noticias de Junín:", "Das könnte dich auch interessieren …", "More stories from the region"):
        text = page("Puente sobre el Mantaro empezará en marzo", "", *BODY, "", header, *teasers, "", "Inicio", "Menú")
        _, body, _, _ = extract_text_body(text, markdown=False)
        assert body.split("\n") == BODY, header


def test_browser_notices_are_not_body():
    for notice in ("Bitte aktivieren Sie JavaScript in Ihrem Browser, damit die Seite vollständig dargestellt wird.",
                   "You are using an outdated browser. Please upgrade for the best experience of this site today."):
        text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], notice, *BODY[1:], "", "Inicio", "Menú")
        assert extract_text_body(text, markdown=False)[1].split("\n") == BODY, notice


def test_the_tags_or_the_comments_end_the_article():
    blurb = ("Diario de Ejemplo informa desde 1990 a los lectores de la región central con noticias, opinión y "
             "reportajes de investigación sobre la vida de sus ciudades y sus campos.")
    text = page("Puente sobre el Mantaro empezará en marzo", "", *BODY, "", "Etiquetas: obras, puente", "", blurb, "",
                "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_a_picture_drawn_as_bracketed_text_and_its_caption_are_not_body():
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], "[Vista aérea del puente provisional]",
                BODY[1], "[obra-2025.jpg] Figura 2: el trazado del nuevo puente", BODY[2], "", "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_a_caption_glued_to_the_enlarge_button_is_not_body():
    caption = "Vergrößern Der Bauplan des neuen Puentes über den Mantaro, wie ihn die Region vorgestellt hat."
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], caption, *BODY[1:], "", "Inicio", "Menú")
    assert extract_text_body(text, markdown=False)[1].split("\n") == BODY


def test_a_first_paragraph_without_full_stop_is_body_not_the_headline():
    lead = ("1957 a 1959: primera etapa de la obra, con veintiún edificios de vivienda, una biblioteca, "
            "una tienda y los jardines de todo el conjunto")
    text = page("Inicio", "Contacto", "Buscar", "", lead, "", *BODY, "", "© 2025 Diario de Ejemplo")
    title, body, _, _ = extract_text_body(text, markdown=False)
    assert title is None
    assert body.split("\n") == [lead, *BODY]


def test_a_technical_post_keeps_its_lines_of_code():
    intro = ("Para leer la configuración desde el código basta con importar el módulo de ajustes y pedirle "
             "el valor que se necesita, sin volver a abrir el archivo en cada petición.")
    outro = ("Con esto la caché se limpia sola cada vez que cambia la versión, y las pruebas dejan de fallar "
             "de forma intermitente cuando se ejecutan en paralelo en la máquina de integración.")
    code = ["from django.conf import settings", "from django.core.cache import cache", "",
            "def reset_cache():", "    version = settings.CACHE_VERSION", "    if cache.get('version') != version:",
            "        cache.clear()", "        cache.set('version', version)", "", "$ pip install django-redis",
            "$ python manage.py test --parallel"]
    text = page("Inicio", "Blog", "Contacto", "", intro, "", *code, "", outro, "", "Compartir", "Inicio", "Buscar")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == [intro, *(line.strip() for line in code if line), outro]


def test_form_fields_and_icon_names_are_not_code():
    from cronica.extract.line_classes import is_code_line

    assert is_code_line("y = f(x) + 1") and is_code_line("git clone --depth 1 repo")
    assert not is_code_line("Name (Pflichtfeld) ______________________")
    assert not is_code_line("shopping_cart Warenkorb (0)")
    assert not is_code_line("Start|Magazin|Tipps [layout_general_leer?fmt=gif]")
    assert not is_code_line("IFRAME: //ads.example.com/widgets/q?ad_type=product_link&marketplace=ES")


def test_a_table_in_the_article_is_kept():
    rows = ["Importe      Plazo        Interés      Cuota", "10.000 €     36 meses     2,0 %        286 €",
            "20.000 €     60 meses     3,1 %        360 €", "30.000 €     84 meses     3,9 %        408 €",
            "40.000 €     96 meses     4,2 %        472 €", "50.000 €     120 meses    4,5 %        518 €",
            "60.000 €     120 meses    4,9 %        633 €", "70.000 €     120 meses    5,2 %        750 €",
            "80.000 €     120 meses    5,5 %        868 €", "90.000 €     120 meses    5,9 %        994 €"]
    text = page("Inicio", "Créditos", "Contacto", "", BODY[0], "", *rows, "", BODY[1], "", "Compartir", "Inicio")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == [BODY[0], *rows, BODY[1]]


def test_a_two_column_table_in_the_article_is_kept_and_a_list_is_not_a_table():
    from cronica.extract.line_classes import is_table_row

    rows = ["Ventajas                               Desventajas", "Cuotas fijas durante todo el plazo     Intereses más altos",
            "El coche es suyo desde el principio   Compromiso a largo plazo", "Sin límite de kilómetros              Sin descuentos"]
    text = page("Inicio", "Créditos", "Contacto", "", BODY[0], "", *rows, "", BODY[1], "", "Compartir", "Inicio")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == [BODY[0], *rows, BODY[1]]
    assert not is_table_row("o Noviembre 2019   4 artículos") and not is_table_row("Inicio | Contacto   Buscar")


def test_the_links_to_the_previous_and_next_articles_are_not_body():
    teaser = ("Nueva carretera a la sierra: el gobierno regional presentó el trazado y los vecinos pidieron "
              "una consulta antes de la licitación de las obras")
    text = page("Inicio", "Regiones", "", *BODY, "", "Artículo anterior", teaser, "",
                "Artículo siguiente Las lluvias adelantan la cosecha de papa en el valle y los precios bajan", "",
                "Inicio", "Contacto", "Buscar")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_a_long_line_without_its_full_stop_is_not_a_heading_that_heads_nothing():
    unfinished = "Abschaffung befristeter Mietverträge: Befristungen sollen Ausnahme bleiben und mit Abschlägen einhergehen"
    text = page("Inicio", "Regiones", "", *BODY, "", unfinished, "", "Compartir", "Inicio", "Contacto", "Buscar")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == [*BODY, unfinished]


def test_a_wrapped_caption_ends_at_its_credit():
    caption = "   El alcalde y la gobernadora durante la visita. Foto: Ana Ruiz/Agencia Sur"
    raw = [caption, "   Foto: Archivo Regional del Centro, planos originales del puente", ""]
    raw += wrap(BODY[0]) + [""] + wrap(BODY[1])
    joined = [t for t, _ in unwrap(raw) if t]
    assert joined[:2] == [caption.strip(), raw[1].strip()]
    assert joined[2:4] == BODY[:2]


def test_a_related_header_glued_to_the_text_by_the_wrap_starts_its_own_line():
    last = "   y los vecinos pidieron que el cronograma se publique cuanto antes mejor."
    raw = wrap(BODY[0]) + [""] + wrap(BODY[1])[:-1] + [last, "   Lea también:",
                                                       "   Nuevas lluvias cierran otra vez el paso sobre el río"]
    joined = [t for t, _ in unwrap(raw) if t]
    assert joined[2:] == ["Lea también:", "Nuevas lluvias cierran otra vez el paso sobre el río"]


def test_an_article_cut_by_a_long_box_of_related_links_keeps_its_last_paragraph():
    last = ("La obra se licitará otra vez en abril, con el mismo presupuesto y plazos más cortos, según el gerente, "
            "que espera firmar el contrato antes de que empiece la temporada de lluvias en la sierra central.")
    related = ["Relacionadas", "* Cierran el paso provisional por las lluvias", "* Vecinos piden una consulta",
               "* El puente viejo cumple cincuenta años", "* Nueva licitación para la carretera central"]
    text = page("Inicio", "Regiones", "", *BODY, "", *related, "", last, "", "Publicidad", "Inicio",
                "Contacto", "Buscar", "Menú", "Portada")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == [*BODY, last]


def test_a_chinese_paragraph_indented_on_its_first_line_is_joined():
    first = "     在抗击疫情的日子里，封在城里的父母们总要万般无奈而又小心翼翼回应着孩子天真的问题，" + "日" * 6
    rest = "   这是众多市民近一个月来真实的经历。"
    raw = [first, rest, "", first, rest, "", first, rest]
    joined = [t for t, _ in unwrap(raw) if t]
    assert joined == [first.strip() + " " + rest.strip()] * 3


def test_an_authors_job_title_beside_the_byline_is_not_body():
    text = page("Inicio", "Regiones", "", *BODY, "", "Corresponsal en Huancayo.", "", "Inicio", "Contacto", "Buscar")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_the_sites_calls_to_follow_subscribe_install_or_consent_are_not_body():
    follow = "Síguenos en Twitter y Facebook para recibir las noticias de la región al momento, cada día del año."
    app = "Get the latest news straight to your phone with the Daily Example app, free for every reader."
    consent = ("Mit Absenden meiner E-Mail-Adresse willige ich ein, den Newsletter zu erhalten. Ich bin damit "
               "einverstanden, dass mir der Verlag Angebote schickt.")
    embed = "Klicken Sie auf den unteren Button, um den Inhalt von www.karten.example zu laden."
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], embed, *BODY[1:], follow, app, consent, "",
                "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_an_opinion_disclaimer_and_a_blogs_filing_line_end_the_article():
    disclaimer = "Las opiniones expresadas en esta columna son de exclusiva responsabilidad de su autor."
    filed = "Dieser Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit Brücke, Mantaro von Ana Ruiz."
    blurb = ("Este blog reúne desde 2009 las crónicas de viaje y las notas de obra de una ingeniera civil que recorre "
             "los valles del centro del país con su cámara.")
    text = page("Puente sobre el Mantaro empezará en marzo", "", *BODY, disclaimer, "", filed, "", blurb, "",
                "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_a_short_chinese_paragraph_is_body_text():
    from cronica.extract.text import Line, label_lines

    line = "蔡健雅，1975年1月28日出生于新加坡，祖籍中国江苏省，现定居于台湾。华语流行乐女歌手、音乐制作人。"
    assert len(line) < 70 and label_lines([Line(line, 0, 0)]) == ["good"]


def test_a_caption_glued_to_its_pictures_alternative_text_is_not_body():
    from cronica.extract.line_classes import is_doubled

    caption = ("Vista del puente sobre el río Mantaro Vista del puente sobre el río Mantaro, en una imagen de "
               "archivo del Gobierno regional")
    assert is_doubled(caption) and not any(is_doubled(p) for p in BODY)
    text = page("Puente sobre el Mantaro empezará en marzo", "", BODY[0], caption, *BODY[1:], "", "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_a_teaser_closed_by_its_read_more_link_is_not_body():
    from cronica.extract.line_classes import is_teaser

    teaser = ("Vecinos de Chupaca piden un puente peatonal sobre el río Cunas antes de la temporada de lluvias. "
              "Leer más")
    assert is_teaser(teaser) and is_teaser("Was gibt es Neues in Sachen Coronavirus? Drosten erläutert Hintergründe. mehr")
    assert not any(is_teaser(p) for p in BODY) and not is_teaser("Das gibt es in der Stadt seit Jahren nicht mehr.")
    assert is_teaser("Der Valentinstag ist der Tag der Verliebten. Erfahren Sie mehr über die Bräuche und den Heiligen.")
    text = page("Puente sobre el Mantaro empezará en marzo", "", *BODY, teaser, "", "Inicio", "Menú")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_the_sites_about_box_ends_the_article():
    blurb = ("Somos un diario digital independiente fundado en 2009 en Huancayo, que cubre la política, la economía y "
             "la cultura de la región central del país.")
    text = page("Puente sobre el Mantaro empezará en marzo", "", *BODY, "", "Sobre nosotros", "", blurb, "", "Inicio")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY


def test_the_readers_comments_end_the_article():
    comment = ("Muy buena noticia para los comerciantes de la zona, ojalá esta vez el Gobierno regional cumpla con los "
               "plazos que anunció y no se repita lo de la otra licitación.")
    text = page("Puente sobre el Mantaro empezará en marzo", "", *BODY, "", "Ana Quispe dice:", "", comment,
                "Responder", "", "Inicio")
    _, body, _, _ = extract_text_body(text, markdown=False)
    assert body.split("\n") == BODY
