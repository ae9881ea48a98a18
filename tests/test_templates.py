"""Site templates: lines repeating across pages of one site are learned and removed from later pages."""

from __future__ import annotations

from cronica.extract.template import MIN_PAGES, SiteTemplates, site_key
from cronica.ingest import page_from_bytes
from cronica.pipeline import Pipeline
from cronica.store import Store

# (a site notice such as "Únete al canal de Diario Andes en Telegram" is dropped on first sight: not a test of learning)
PROMO = "Diario Andes cumple cuarenta años contando lo que pasa en la sierra gracias a sus lectores de siempre"
BODIES = [
    "El Congreso aprobó este martes la reforma del sistema de pensiones tras un largo debate que se prolongó "
    "hasta la madrugada, con el voto en contra de tres bancadas de la oposición.",
    "La selección nacional de vóley venció a su similar de Chile en la final del torneo sudamericano juvenil "
    "disputado en Lima, con una actuación destacada de su capitana en el último set.",
    "El Ministerio de Salud informó que la campaña de vacunación contra la influenza alcanzó a más de dos "
    "millones de personas en las regiones andinas durante el último mes del invierno.",
    "Los productores de café de la selva central denunciaron que el precio pagado por las exportadoras cayó "
    "por tercera semana consecutiva y pidieron la intervención del gobierno regional.",
]


def _dump(body: str, n: int) -> bytes:
    return f"Diario Andes\nPortada | Región | País\nTitular número {n} de la edición digital\n\n{body}\n\n{PROMO}\n" \
           f"© 2025 Diario Andes\n".encode()


def test_site_of_a_dump_without_url_is_its_copyright_owner():
    page = page_from_bytes(_dump(BODIES[0], 1), "a.txt", kind="text")
    assert site_key(page) == "outlet:diario andes"
    with_url = page_from_bytes(b"<p>x</p>" * 20, "b.html", kind="html", url="https://www.diarioandes.example/a")
    assert site_key(with_url) == "diarioandes.example"


def test_template_needs_several_pages():
    templates = SiteTemplates()
    for n in range(MIN_PAGES - 1):
        templates.observe("s", {1, 2, n + 10})
    assert templates.template("s") == frozenset()
    templates.observe("s", {1})
    assert templates.template("s") == frozenset({1})


def test_promo_line_is_removed_once_learned(tmp_path):
    for n, body in enumerate(BODIES):
        (tmp_path / f"p{n}.txt").write_bytes(_dump(body, n))
    with Store(tmp_path / "t.db") as store:
        Pipeline(store, batch_size=1, embeddings=False).ingest([str(tmp_path / f"p{n}.txt") for n in range(4)])
        texts = [a.text for a in store.iter_articles()]  # in ingest order
    assert all(body in text for body, text in zip(BODIES, texts))
    assert PROMO in texts[0]  # nothing learned yet
    assert PROMO not in texts[3]  # seen on three earlier pages of the same site
