"""Story assignment: the terms an article is scored by, and what a story remembers of its members."""

from __future__ import annotations

import json

import numpy as np

from cronica.stories import StoryIndex, StoryState
from tests.conftest import make_article

# Filler articles of unrelated local news, so that the index knows enough articles for its document
# frequencies to mean something; each uses its own words, none of the event's below.
FILLER_SUBJECTS = [
    "festival de teatro callejero", "torneo escolar de ajedrez", "feria del libro infantil", "concurso de bandas",
    "campaña de vacunación canina", "mercado de productores", "maratón nocturna", "exposición de orquídeas",
    "reparación del alumbrado", "censo de comercios", "taller de cerámica", "muestra de cine documental",
    "colecta de ropa de abrigo", "limpieza del río", "olimpiada de matemáticas", "carrera de bicicletas",
    "jornada de donación de sangre", "inauguración de una biblioteca", "subasta benéfica", "desfile de comparsas",
    "curso de primeros auxilios", "congreso de apicultores", "festival gastronómico", "torneo de vóley playa",
    "campaña de reciclaje", "encuentro de coros", "feria de artesanías", "jornada de salud visual",
    "concurso de fotografía", "semana de la ciencia", "campeonato de natación", "muestra de pintura",
]


def _filler(i: int, subject: str):
    text = (f"El municipio organizó el {subject} número {i} durante el fin de semana. Los vecinos del distrito "
            f"participaron con entusiasmo en el {subject}, que se repetirá el próximo año.")
    return make_article(id=f"filler{i}", text=text, title=f"Vecinos participan en el {subject}")


def _index_with_fillers() -> StoryIndex:
    index = StoryIndex()
    for i, subject in enumerate(FILLER_SUBJECTS):
        index.assign(_filler(i, subject))
    return index


def test_terms_new_when_a_story_began_count_once_a_second_article_shares_them():
    """The event's own words (a mine, a town) are new to the index when its first article arrives; the
    second article must be matched on them, not only on the words older articles already had."""
    index = _index_with_fillers()
    first = make_article(id="first", title="Derrumbe en la mina Quispicancha atrapa a doce mineros en Ayaviri",
                         text="Un derrumbe en la mina Quispicancha dejó atrapados a doce mineros en Ayaviri. "
                              "Los rescatistas de Huaycopampa trabajan sin descanso en la galería colapsada.")
    second = make_article(id="second", title="Rescatistas de Huaycopampa buscan a doce mineros atrapados en Ayaviri",
                          text="Doce mineros siguen atrapados tras el derrumbe de la mina Quispicancha en Ayaviri. "
                               "La galería colapsada complica el trabajo de los rescatistas de Huaycopampa.")
    story, opened = index.assign(first)
    assert opened.rule == "new-story"
    joined, evidence = index.assign(second)
    assert joined == story and evidence.rule == "similarity"
    assert float(evidence.detail.split("text cosine ")[1].split(";")[0]) >= 0.3


def test_an_unrelated_article_opens_its_own_story():
    index = _index_with_fillers()
    story, _ = index.assign(make_article(id="mine", title="Derrumbe en la mina Quispicancha atrapa a doce mineros",
                                         text="Un derrumbe en la mina Quispicancha dejó atrapados a doce mineros."))
    other, evidence = index.assign(make_article(id="budget", title="El congreso aprueba el presupuesto nacional",
                                                text="El congreso aprobó el presupuesto nacional tras un largo debate."))
    assert other != story and evidence.rule == "new-story"


def test_profile_round_trip_keeps_members_and_the_embedding_sum():
    index = _index_with_fillers()
    vector = np.ones(4, dtype=np.float32) / 2
    sid, _ = index.assign(make_article(id="a1"), vector=vector)
    state = index.stories[sid]
    profile = json.loads(json.dumps(state.to_profile()))  # as the store keeps it
    again = StoryState.from_profile(sid, profile)
    assert again.members == state.members and again.terms == state.terms and again.dates == state.dates
    assert isinstance(again.vector, np.ndarray) and np.allclose(again.vector, vector)
