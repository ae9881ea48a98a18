"""Named entities: a rule-based recogniser (capitalised spans, cue words, a gazetteer) with alias merging.

First version, no trained model: names are runs of capitalised words joined by connectors
("de", "del", "da"...); sentence-initial function words are not names; the type comes from
organisation cue words, a place gazetteer and the preposition before the span, else person.
Within an article a short form ("Lula", "Pérez") takes the canonical name of the longest
person name it ends or starts ("Luiz Inácio Lula da Silva").
"""

from __future__ import annotations

import re

from ..records import EntityMention
from .lexicon import ALIASES, CONNECTORS, NOT_NAMES, ORG_WORDS, PERSON_TITLES, PLACE_PHRASES, PLACES, fold

_TOKEN = re.compile(r"(?:[A-Z]{1,3}\.){2,}|[^\W\d_](?:[\w'’\-]*\w)?|\d+|[^\w\s]", re.UNICODE)
_LOC_PREPS = frozenset("en desde hacia a de in from to at near".split())


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and any(c.isalpha() for c in tok)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


_OPENERS = frozenset((".", "!", "?", ":", "«", '"', "“", "—", "-", "(", "¿", "¡"))


def _sentence_initial(text: str, tokens, i: int) -> bool:
    """True for the first token of a sentence, a paragraph or a quotation."""
    return i == 0 or tokens[i - 1][0] in _OPENERS or "\n" in text[tokens[i - 1][2]:tokens[i][1]]


def _spans(text: str, tokens) -> list[tuple[int, int]]:
    """Return token index ranges [i, j) of capitalised runs.

    A lone capitalised word that opens a sentence is a name only when the text also capitalises
    it mid-sentence, or it is a known place or abbreviation ("Teníamos" is not a name).
    """
    mid = {fold(t[0]) for k, t in enumerate(tokens) if _is_cap(t[0]) and not _sentence_initial(text, tokens, k)}
    spans, i, n = [], 0, len(tokens)
    while i < n:
        tok = tokens[i][0]
        initial = _sentence_initial(text, tokens, i)
        if not _is_cap(tok) or (fold(tok.rstrip(".")) in NOT_NAMES and initial) or \
                (fold(tok) in NOT_NAMES and not tok.isupper()):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = tokens[j][0]
            if tokens[j - 1][0].isupper() and len(tokens[j - 1][0]) > 1 and not t.isupper() and _is_cap(t):
                break  # "contó a EFE Marcelina Huillca": an acronym does not open a person's name
            if _is_cap(t) and fold(t) not in NOT_NAMES | {"y"}:
                j += 1
            elif fold(t) in CONNECTORS and j + 1 < n and _is_cap(tokens[j + 1][0]) and t.islower() and t != "y":
                j += 2
            else:
                break
        if j - i > 1 or not initial or fold(tok) in mid or fold(tok) in PLACES or tok.isupper():
            spans.append((i, j))
        i = j
    return spans


def _classify(words: list[str], prev: str | None, prev2: str | None) -> str:
    folded = [fold(w) for w in words]
    phrase = " ".join(folded)
    if phrase in ALIASES:
        return "LOC" if ALIASES[phrase] == "Estados Unidos" else "ORG"
    if any(w.rstrip(".") in ORG_WORDS for w in folded):
        return "ORG"
    if phrase in PLACES or phrase in PLACE_PHRASES or phrase.replace(" ", "_") in PLACES:
        return "LOC"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return "ORG"
    if prev and fold(prev) in PERSON_TITLES:
        return "PER"
    if len(words) == 1 and prev and fold(prev) in _LOC_PREPS:
        return "LOC"
    if 2 <= len([w for w in words if _is_cap(w)]) <= 5:
        return "PER"
    return "MISC"


def find_entities(text: str, lang: str = "es") -> tuple[EntityMention, ...]:
    """Return the named entities of a text with canonical names merged within the text."""
    tokens = _tokens(text)
    mentions = []
    for i, j in _spans(text, tokens):
        words = [t[0] for t in tokens[i:j]]
        if len(words) == 1 and len(words[0]) < 2:
            continue
        prev = tokens[i - 1][0] if i > 0 else None
        prev2 = tokens[i - 2][0] if i > 1 else None
        kind = _classify(words, prev, prev2)
        start, end = tokens[i][1], tokens[j - 1][2]
        surface = text[start:end]
        if surface.endswith(".") and surface.count(".") == 1:
            surface = surface[:-1]  # sentence full stop, not an abbreviation like "EE.UU."
        mentions.append((surface, kind, start, start + len(surface)))
    return _canonicalise(_vote_types(text, mentions))


_LOC_BEFORE = re.compile(r"\b(?:en|desde|hacia|hasta)\s+(?:el\s+|la\s+)?$")
_LOC_NOUN = re.compile(r"\b(?:distrito|provincia|regi[oó]n|ciudad|comunidad|departamento|municipio|pueblo|localidad|"
                       r"capital|r[ií]o|cant[oó]n|estado|barrio|valle)\s+(?:de(?:l)?\s+)?$", re.IGNORECASE)


def _vote_types(text: str, mentions: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """Give every mention of a name the type its strongest context shows anywhere in the text.

    "en Santa Inés" makes Santa Inés a place everywhere; a person title before a name makes it a
    person; organisation cue words and the gazetteer already decided their mentions.
    """
    votes: dict[str, str] = {}
    for surface, kind, start, _ in mentions:
        before = text[max(0, start - 12):start].lower()
        if kind in ("ORG", "LOC") and surface not in votes:
            votes[surface] = kind
        elif kind in ("PER", "MISC") and (_LOC_BEFORE.search(before) or _LOC_NOUN.search(text[max(0, start - 30):start])):
            votes.setdefault(surface, "LOC")
    return [(s, votes.get(s, k), a, b) for s, k, a, b in mentions]


def _canonicalise(mentions: list[tuple[str, str, int, int]]) -> tuple[EntityMention, ...]:
    people = sorted({s for s, k, _, _ in mentions if k == "PER" and " " in s}, key=len, reverse=True)
    out = []
    for surface, kind, start, end in mentions:
        name = ALIASES.get(fold(surface), surface)
        if kind in ("PER", "MISC") and " " not in surface:
            full = _full_name(surface, people)
            if full:
                name, kind = full, "PER"
        elif kind == "PER":
            full = next((p for p in people if p != surface and _contains_name(p, surface)), None)
            name = full or surface
        if kind == "MISC" and " " not in surface and fold(surface) in NOT_NAMES:
            continue
        out.append(EntityMention(name=name, type=kind, surface=surface, start=start, end=end))
    return tuple(out)


def _full_name(short: str, people: list[str]) -> str | None:
    key = fold(short)
    for person in people:
        parts = [fold(p) for p in person.split()]
        if key in (parts[0], parts[-1]) or key in parts[1:]:
            return person
    return None


def _contains_name(full: str, part: str) -> bool:
    f, p = fold(full), fold(part)
    return f.endswith(" " + p) or f.startswith(p + " ") or f" {p} " in f" {f} "
