"""The evidence for a name's type: what the name is, the words in it, the words around it, its shape.

`classify(names, span)` returns (type, strength). Stronger evidence wins when the mentions of one
name disagree (see `entities.py`): KNOWN (a known name, a word that makes the type, a title),
CONTEXT (the words around this mention), DEFAULT (a guess from the shape alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import CITIES, GIVEN_NAMES, ORGANISATIONS, PLACES, SURNAMES
from .lexicon import (ALIASES, ARTICLES, CONNECTORS, LOC_WORDS, MISC_WORDS, ORG_WORDS, PERSON_TITLES, PORTFOLIOS,
                      ROYALS, TITLE_ABBREVIATIONS)
from .lexicon import fold as _fold
from .names import Names, Span, Token, is_acronym
from .quotes.cues import ES_CUES

fold = lru_cache(maxsize=65536)(_fold)  # names repeat: fold each once

KNOWN, CONTEXT, DEFAULT = 3, 2, 1

_LOC_PREPS = frozenset("en desde hacia hasta in from near".split())
_PLACE_NOUNS = frozenset(fold(w) for w in "ciudad provincia región departamento distrito municipio estado localidad "
                                          "capital pueblo comunidad isla río valle barrio comarca villa".split())
_DETERMINERS = frozenset("el la los las un una unos unas del al".split())
_POSSESSIVES = frozenset("su sus mi mis tu tus nuestro nuestra".split())
# Endings of Spanish common nouns and adjectives that people's names do not have.
_COMMON_NOUN = re.compile(r"(?:cion|sion|dad|tad|ismo|ista|istas|miento|mientos|encia|ancia|logia|grafia|ivo|iva|ivos|"
                          r"ivas|ional|ionales|ural|cial|ciales|eral|ental|orial|ario|aria|arios|arias|ico|ica|icos|"
                          r"icas|mente|ciones)$")
_ACTOR_BEFORE = frozenset("que con contra ante entre".split())  # "negociar con Francia": its government
_PERSON_BEFORE = frozenset(fold(w) for w in "según con para que a by with".split())
_SAINTS = frozenset("san santa santo sant sao".split())
_EN_SAID = frozenset("said says told added".split())


@dataclass(frozen=True, slots=True)
class _View:
    """A span with what the rules look at: its tokens, their folded keys, and the two words before it."""

    names: Names
    span: Span
    words: list[Token]
    keys: list[str]
    phrase: str
    bare: str  # the phrase without a leading article
    prev: str
    prev2: str


def classify(names: Names, span: Span) -> tuple[str, int]:
    """Return a span's type (PER, ORG, LOC, MISC) and how strong the evidence for it is."""
    tokens = names.tokens
    words = tokens[span.i:span.j]
    keys = [t.key for t in words]
    phrase = " ".join(keys)
    view = _View(names, span, words, keys, phrase,
                 " ".join(keys[1:]) if keys[0] in ARTICLES and len(keys) > 1 else phrase,
                 tokens[span.i - 1].key if span.i else "", tokens[span.i - 2].key if span.i > 1 else "")
    return _by_name(view) or _by_words(view) or _by_context(view) or _by_shape(view)


def fixed_by_context(kind: str, strength: int, surface: str) -> bool:
    """True for a place named as an actor ("contra Brasil"): its type holds for this mention only."""
    return kind == "ORG" and strength == CONTEXT and fold(surface) in PLACES


def _by_name(v: _View) -> tuple[str, int] | None:
    """A name cronica knows: an alias, an organisation, a place (a club or a government by its context)."""
    if v.phrase in ALIASES or v.bare in ALIASES:
        return ("LOC" if ALIASES.get(v.phrase, ALIASES.get(v.bare)) == "Estados Unidos" else "ORG"), KNOWN
    if v.phrase in ORGANISATIONS or v.bare in ORGANISATIONS:
        return "ORG", KNOWN
    if len(v.keys) > 1 and v.keys[0] in ORGANISATIONS and v.keys[0] not in PLACES:
        return "ORG", KNOWN  # "Telefónica Internacional", "Repsol YPF"
    if v.phrase in PLACES or v.bare in PLACES:
        if v.prev in ("el", "del", "al") and v.phrase in CITIES and v.keys[0] not in ARTICLES:
            return "ORG", CONTEXT  # "el Valencia", "del Madrid": the club, not the city
        if v.prev in _ACTOR_BEFORE:
            return "ORG", CONTEXT  # "negociar con Francia", "contra Brasil": the country's government or team
        return "LOC", KNOWN
    return None


def _by_words(v: _View) -> tuple[str, int] | None:
    """The words of the name or the noun right before it: "Ministerio de Salud", "Copa del Rey", "el río X"."""
    before = v.names.tokens[v.span.i - 1] if v.span.i else None
    if before and before.text.islower() and v.prev in ORG_WORDS:
        return "ORG", KNOWN  # "el consorcio Xfera", "la revista Hola"
    if before and before.text.islower() and v.prev in LOC_WORDS:
        return "LOC", KNOWN  # "la calle Grazalema", "el río Quillamayo"
    if v.words[0].text.islower() and v.keys[0] not in ARTICLES:
        return "LOC", KNOWN  # "calle Grazalema", "iglesia de San Esteban": named with the building's noun
    head = v.keys[1] if v.keys[0] in ARTICLES and len(v.keys) > 1 else v.keys[0]
    if head in MISC_WORDS and len(v.keys) > 1:
        return "MISC", KNOWN
    if head in LOC_WORDS and len(v.keys) > 1:
        return "LOC", KNOWN
    if any(k in ORG_WORDS for k in v.keys):
        return "ORG", KNOWN
    if _dateline(v.names, v.span):
        return "LOC", KNOWN
    if all(k in PORTFOLIOS or k in CONNECTORS for k in v.keys):
        return "MISC", CONTEXT  # "Agricultura", "Medio Ambiente": a department, named as a subject
    if all(len(k) == 1 for k in v.keys):
        return "PER", CONTEXT  # "A. G. A.": someone named by initials
    if len(v.keys) == 1 and v.keys[0] in ROYALS:
        return "PER", KNOWN  # "los Reyes", "los Príncipes de Asturias"
    person = _person_evidence(v)
    return ("PER", person) if person else None


def _by_context(v: _View) -> tuple[str, int] | None:
    """The words around a name with no type of its own: an acronym, a reporting verb, a preposition, an article."""
    single = len(v.keys) == 1
    if single and is_acronym(v.words[0].text):
        return "ORG", CONTEXT
    if any(is_acronym(w.text) for w in v.words) and not all(w.text.isupper() for w in v.words):
        return "ORG", DEFAULT  # "DC Comics", "BBC Mundo": people's names hold no acronyms
    if single and v.keys[0] in MISC_WORDS:
        return "MISC", CONTEXT
    if single and _speaks(v.names, v.span):
        return "PER", CONTEXT  # '..., declaró Zambrano', 'Zambrano dijo que'
    if v.prev in _LOC_PREPS or (v.prev in ("de", "del") and v.prev2 in _PLACE_NOUNS):
        return "LOC", CONTEXT
    determiner = _determiner_before(v.names, v.span)
    if determiner in _POSSESSIVES:
        return "MISC", DEFAULT  # "su ya tradicional Big Mac": a thing someone has
    if determiner:
        return "ORG", DEFAULT  # "el Big Mac", "la Generalitat": names of people take no article
    return None


def _by_shape(v: _View) -> tuple[str, int]:
    """The shape of a name nothing else types: a saint's or an article's place, common words, else a person."""
    if v.keys[0] in _SAINTS or v.keys[0] in ARTICLES:
        return "LOC", DEFAULT  # "San Juan de Ccochapata", "La Esperanza": people's names take no article
    if any(_COMMON_NOUN.search(k) for k in v.keys if k not in CONNECTORS):
        return "MISC", DEFAULT  # "Promoción Cultural", "Investigación Científica": words, not a person's name
    if len(v.keys) == 1 and v.prev in ("de", "del"):
        return "LOC", DEFAULT  # "los pasos de Huaquillas"
    if 2 <= len(v.keys) <= 5 or v.prev in _PERSON_BEFORE:
        return "PER", DEFAULT  # "Zambrano y Mendieta", "según Zambrano": most unknown names in news are people's
    return "MISC", DEFAULT


def _person_evidence(v: _View) -> int:
    """Return how strongly a span is a person's name (0: no evidence): a title, a given name, a surname."""
    keys = v.keys
    if v.prev in PERSON_TITLES or (v.prev == "." and v.names.tokens[v.span.i - 2].text in TITLE_ABBREVIATIONS):
        return KNOWN
    if len(keys) > 1 and keys[0] in PERSON_TITLES and keys[1] not in ("de", "del", "of"):
        return KNOWN  # "Senator John McCain", "Papa Juan Pablo II"
    if keys[0] in GIVEN_NAMES and keys[0] not in PLACES:
        if len(keys) == 1 and _determiner_before(v.names, v.span):
            return 0  # "la Marina": a body or a thing, not someone called so
        return KNOWN if len(keys) > 1 else CONTEXT
    if any(_is_surname(k) for k in keys[-2:]):
        return KNOWN if len(keys) > 1 else CONTEXT
    return 0


def _is_surname(key: str) -> bool:
    return key in SURNAMES or (len(key) > 4 and key.endswith("ez") and key not in PLACES)


def _determiner_before(names: Names, span: Span) -> str | None:
    """Return the article right before a name, or a possessive past up to two lower-case words ("su ya
    tradicional Big Mac"); None when there is none."""
    if span.i and names.tokens[span.i - 1].key in _DETERMINERS:
        return names.tokens[span.i - 1].key
    for k in range(span.i - 1, max(-1, span.i - 4), -1):
        tok = names.tokens[k]
        if tok.key in _POSSESSIVES:
            return tok.key
        if not tok.text.isalpha() or not tok.text.islower() or tok.key in PERSON_TITLES:
            return None
    return None


def _speaks(names: Names, span: Span) -> bool:
    """True when a reporting verb is right before or after a name ("declaró Zambrano", "Zambrano dijo")."""
    around = [names.tokens[k] for k in (span.i - 1, span.j) if 0 <= k < len(names.tokens)]
    return any(t.key in _EN_SAID or (t.key in ES_CUES and ES_CUES[t.key].form == "finite") for t in around)


def _dateline(names: Names, span: Span) -> bool:
    """True for the place of a news dateline ("Lima, 14 jun (EFE).-", "MADRID, 23 may") or a place followed by
    the region it is in ("Porzuna (Ciudad Real)")."""
    after = names.tokens[span.j:span.j + 3]
    if span.initial and len(after) >= 2 and after[0].text == "," and after[1].text.isdigit():
        return True
    if len(after) < 2 or after[0].text != "(":
        return False
    region = [after[1].key]
    for tok in names.tokens[span.j + 2:span.j + 5]:
        if tok.text == ")":
            return " ".join(region) in PLACES
        region.append(tok.key)
    return False
