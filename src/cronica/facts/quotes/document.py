"""The document being read: text, quotations, sentences, usable entities, and the last speaker so far."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ...records import EntityMention
from ..gazetteer import GIVEN_NAMES
from ..lexicon import fold
from .cues import Cue, EN_CUES, ES_CUES
from .marks import pair_marks, split_sentences
from .words import AUX, DETERMINERS, MASKED, OUTLETS, PREPOSITIONS, split_words


@dataclass(slots=True)
class Found:
    """A quote being built: content offsets, kind, cue, and the speaker's mention (None: the last speaker)."""

    start: int
    end: int
    kind: str
    cue: str | None
    cue_at: int  # where the attribution clause is, for the intermediary and the implied speaker
    phrase: tuple[int, int] | None = None
    rank: int = 0  # which candidate wins an overlap: 3 explicit speaker, 2 implied, 1 bare quotation
    via: tuple[int, int] | None = None  # the source that reports this speaker's words ("según la Cancillería")
    nests: bool = True  # may stand for an attribution around it whose content it sits in the middle of


def _clean_entities(entities: tuple[EntityMention, ...], text: str = "") -> list[EntityMention]:
    """Return the mentions a speaker can be: none across a line break, none of the corpora's placeholders
    (cronica's recogniser gives neither; entities from another recogniser may)."""
    out = []
    for e in entities:
        if e.surface in MASKED:
            continue
        if "\n" in e.name:  # a canonical name taken from a mention that ran over a line break
            lines = [line.strip() for line in e.name.split("\n") if line.strip()]
            e = EntityMention(name=next((line for line in lines if e.surface in line), lines[-1]), type=e.type,
                              surface=e.surface, start=e.start, end=e.end)
        if "\n" in e.surface:  # a name does not run over a line break: keep each line's part
            offset = e.start
            for part in e.surface.split("\n"):
                if part.strip():
                    out.append(EntityMention(name=part.strip(), type=e.type, surface=part.strip(),
                                             start=offset + len(part) - len(part.lstrip()),
                                             end=offset + len(part.rstrip())))
                offset += len(part) + 1
            continue
        out.append(e)
    return _organisations_by_acronym(text, sorted(_people_of_bodies(out), key=lambda e: e.start))


_OF_BODY = re.compile(r"\s+(?:del|de la|de los)\s+(?=[A-ZÁÉÍÓÚÑ])")


def _people_of_bodies(entities: list[EntityMention]) -> list[EntityMention]:
    """Return the mentions with "Beatriz Lorente del Hospital Germans Trias" split into the person and the body:
    a name that opens with a given name and a capitalised surname, then "del"/"de la" and a body's name."""
    out = []
    for e in entities:
        words = e.surface.split()
        of = _OF_BODY.search(e.surface)
        if e.type == "ORG" and of and len(words) > 3 and fold(words[0]) in GIVEN_NAMES and \
                2 <= len(e.surface[:of.start()].split()) <= 3 and words[1][:1].isupper():
            person, body = e.surface[:of.start()], e.surface[of.end():]
            out.append(EntityMention(name=person, type="PER", surface=person, start=e.start,
                                     end=e.start + len(person)))
            out.append(EntityMention(name=body, type="ORG", surface=body, start=e.start + of.end(), end=e.end))
            continue
        out.append(e)
    return out


def _organisations_by_acronym(text: str, entities: list[EntityMention]) -> list[EntityMention]:
    """Return the mentions with a long form followed by its acronym ("Petróleos Mexicanos (Pemex)") typed as
    the organisation it is, whatever the recogniser said."""
    out = list(entities)
    for k, (e, nxt) in enumerate(zip(entities, entities[1:])):
        if e.type == "PER" and nxt.type == "ORG" and re.fullmatch(r"\s*\(", text[e.end:nxt.start]) and \
                text[nxt.end:nxt.end + 1] == ")" and nxt.surface[:1].isupper() and " " not in nxt.surface:
            out[k] = EntityMention(name=e.name, type="ORG", surface=e.surface, start=e.start, end=e.end)
    return out


class Doc:
    """A text with its quotations, sentences and entities, and the last speaker found so far."""

    def __init__(self, text: str, entities: tuple[EntityMention, ...]):
        self.text = text
        self.folded = fold(text)
        self.quoted = pair_marks(text)
        self.sentences = split_sentences(text, self.quoted)
        self.entities = _clean_entities(entities, text)
        self._starts = [e.start for e in self.entities]
        self.english = len(re.findall(r"\b(?:the|and|of|said|is|to)\b", text)) > \
            len(re.findall(r"\b(?:el|la|los|de|que|y|en)\b", text))
        self.cues = EN_CUES if self.english else ES_CUES
        self.last_speaker: tuple[str | None, int] = (None, -1)
        self.speakers: list[tuple[str, int]] = []  # every speaker so far, with where their quote ended

    def entities_in(self, start: int, end: int, types: tuple[str, ...] = ("PER", "ORG", "MISC", "LOC")) -> list:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            e = self.entities[i]
            if e.end <= end and e.type in types:
                out.append(e)
            i += 1
        return out

    def inside_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """Return the quotation whose opening mark is at ``pos`` (after spaces)."""
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        return next(((a, b) for a, b in self.quoted if a == pos + 1), None)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in self.sentences if s <= pos < e), (pos, pos))

    def cue(self, word: str, before: str = "") -> Cue | None:
        """Return the cue a word is; a participle only after an auxiliary ("ha dicho"); English ones in lower case."""
        found = self.cues.get(word.lower())
        if found is None:
            if fold(word) == "claro" and fold(before).startswith("dej"):  # "dejó claro que"
                return Cue("dejar claro", "finite", False)
            return None
        if self.english and not word.islower():
            return None
        if found.form == "participle" and fold(before) not in AUX:
            return None
        return found

    def in_phrase(self, start: int, lo: int) -> bool:
        """True when the name at ``start`` sits in a complement ("de la canciller X", "por correo"), not a subject.

        A preposition followed by bare nouns then the name is a role's complement ("el presentador
        de televisión Jonathan Ross"), not the name's; a name coordinated with one in a complement
        shares it ("en la Ciudad de México y Área Metropolitana").
        """
        words = split_words(self.text, max(lo, start - 80), start)
        for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
            word, key = words[k][0], fold(words[k][0])
            if key in PREPOSITIONS:
                between = words[k + 1:]
                person = any(e.type == "PER" and e.start == start for e in self.entities_in(start, start + 200))
                if between and fold(between[-1][0]) in OUTLETS and person:
                    return False  # "al citado medio Baris Donmez": a person after an unnamed outlet is not its name
                return not between or key in ("al", "del") or fold(between[0][0]) in DETERMINERS
            if key in ("y", "e", "o", "i", "and", "or") and k == len(words) - 1 and k and words[k - 1][0][:1].isupper():
                previous = self.entities_in(max(lo, words[k - 1][1] - 60), words[k - 1][2])
                return bool(previous) and self.in_phrase(previous[-1].start, lo)
            if key in DETERMINERS or (word.isalpha() and word.islower() and self.cue(word) is None):
                continue
            return False
        return False
