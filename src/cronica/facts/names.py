"""Name spans: runs of capitalised words in a text, before they are typed and given canonical names.

A name is a run of capitalised words joined by connectors ("de", "de la", "da", "van"), within one
line. Known multi-word names ("La Paz", "Castilla y León", "Nueva York") are taken whole. A run is
cut where it holds two names: a title or a verb that opens a headline ("Muere Steve Ditko"), an
outlet or a body before a person ("Radio Cumbre Eusebio Huamaní", "EFE Marcelina Huillca"). Words
that open sentences but are not names ("Paralelamente"), corpus placeholders (``*NUMBER*``),
roman numerals and a minister's department ("el ministro de Economía") are not names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .gazetteer import GIVEN_NAMES, ORGANISATIONS, PLACES, SURNAMES
from .lexicon import (CONNECTORS, LOC_WORDS, MISC_WORDS, NOT_ACRONYMS, NOT_NAMES, OPENING_WORDS, ORG_WORDS,
                      PERSON_TITLES, PORTFOLIOS, TITLE_ABBREVIATIONS, fold)
from .quotes.cues import ES_CUES

_TOKEN = re.compile(r"(?:[A-Z]{1,3}\.){2,}|[^\W\d_](?:[\w'’\-]*\w)?|\d+|[^\w\s]", re.UNICODE)
_OPENERS = frozenset(".!?:;«\"“—–-(¿¡…")
_ROMAN = re.compile(r"[IVXLC]+")
_LINK_FIRST = frozenset("de del da do dos das di van von der du des".split())
_LINK_SECOND = frozenset("la las los el der den".split())
_PARTICLES = frozenset(fold(w) for w in "san santa santo sant sao são don doña mac mc o' al el abu bin ibn".split())
_KNOWN = PLACES | ORGANISATIONS | SURNAMES
_KNOWN_LONGEST = max(len(k.split()) for k in _KNOWN)
_STREET_NOUNS = frozenset(fold(w) for w in "calle calles avenida plaza paseo estadio barrio túnel puente iglesia "
                                            "monasterio parroquia playa glorieta ermita basílica catedral".split())
# What follows a name that opens a sentence as its subject; endings of verbs and adverbs that open one.
_AFTER_SUBJECT = frozenset(fold(w) for w in ", se ha han es fue era está también ya no había será".split())
_NOT_NAME_SHAPE = re.compile(r"(?:ó|mente|aron|ieron|ando|iendo|ado|ada|ados|adas|ido|ida|amos|emos|imos)$")
_MEDIA = frozenset(fold(w) for w in "radio diario canal agencia televisión television tv revista emisora cadena "
                                    "periódico semanario noticiero".split())


class Token(NamedTuple):
    """A word, number or punctuation mark with its offsets, folded key and capitalisation."""

    text: str
    start: int
    end: int
    key: str  # folded text
    cap: bool  # starts with a capital letter


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens [i, j) of a name; ``initial`` when it opens a sentence, a line or a quotation."""

    i: int
    j: int
    initial: bool


def tokenize(text: str) -> list[Token]:
    """Return the words, numbers and punctuation marks of a text with their offsets."""
    return [Token(w, m.start(), m.end(), _fold_word(w), w[:1].isupper() and not w.isdigit())
            for m in _TOKEN.finditer(text) for w in (m.group(),)]


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word) if not word.isascii() else word.lower()


def is_cap(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "")
    return word.isupper() and 2 <= len(letters) <= 7 and letters.isalpha()


class Names:
    """The name spans of one text, found once; ``spans`` lists them in order."""

    def __init__(self, text: str, tokens: list[Token] | None = None):
        self.text = text
        self.tokens = tokens if tokens is not None else tokenize(text)
        self._breaks = [k > 0 and "\n" in text[self.tokens[k - 1].end:self.tokens[k].start]
                        for k in range(len(self.tokens))]
        self.shouting = self._shouting_lines()
        self.mid = {t.key for k, t in enumerate(self.tokens) if t.cap and not self.initial(k)}
        self.family = self._family_names()
        self.spans = self._find()

    # ------------------------------------------------------------------ geometry

    def breaks(self, k: int) -> bool:
        """True when a line break separates token ``k`` from the one before it."""
        return self._breaks[k]

    def initial(self, k: int) -> bool:
        """True for the first token of a text, a line, a sentence or a quotation (past opening marks)."""
        if k == 0 or self.breaks(k):
            return True
        before = self.tokens[k - 1].text
        if before == "." and k > 1 and self.tokens[k - 2].text in TITLE_ABBREVIATIONS:
            return False  # "Gov. Kasich": the full stop closes an abbreviation, not a sentence
        return before in _OPENERS

    def _shouting_lines(self) -> set[int]:
        """Return the tokens of lines written in capitals (headlines, tables), where caps do not mark names."""
        out: set[int] = set()
        line: list[int] = []
        for k in range(len(self.tokens) + 1):
            if k == len(self.tokens) or self.breaks(k):
                words = [m for m in line if self.tokens[m].text.isalpha() and len(self.tokens[m].text) > 1]
                upper = [m for m in words if self.tokens[m].text.isupper()]
                if len(upper) >= 3 and len(upper) >= 0.6 * len(words):
                    out.update(line)
                line = []
            if k < len(self.tokens):
                line.append(k)
        return out

    def _family_names(self) -> frozenset[str]:
        """Return the words the text writes after a given name ("Ricardo Anaya"): a person's other names."""
        tokens = self.tokens
        return frozenset(tokens[k + 1].key for k in range(len(tokens) - 1)
                         if tokens[k].cap and tokens[k].key in GIVEN_NAMES and is_cap(tokens[k + 1].text)
                         and not tokens[k + 1].text.isupper() and not self.breaks(k + 1)
                         and tokens[k + 1].key not in GIVEN_NAMES and tokens[k + 1].key not in ORG_WORDS)

    def _person_at(self, k: int, j: int) -> bool:
        """True when tokens [k, j) are two or more capitalised words opening with a given name or a word the text
        gives a person elsewhere ("Sarah Huckabee Sanders", "Anaya Cortés" after "Ricardo Anaya")."""
        words = self.tokens[k:j]
        return len(words) >= 2 and all(is_cap(t.text) and not t.text.isupper() for t in words) and \
            (words[0].key in GIVEN_NAMES or words[0].key in self.family) and \
            not any(t.key in ORG_WORDS or t.key in LOC_WORDS for t in words)

    # ------------------------------------------------------------------ candidate runs

    def _startable(self, k: int) -> bool:
        tok = self.tokens[k]
        if not tok.cap or any(c.isdigit() for c in tok.text) or tok.key in NOT_NAMES:
            return False
        if k and self.tokens[k - 1].text == "*" and self.tokens[k - 1].end == tok.start:
            return False  # "*NUMBER*": a placeholder some corpora put for numbers and links
        if _ROMAN.fullmatch(tok.text) and not (k and is_cap(self.tokens[k - 1].text)):
            return False  # "siglo XIX"; "Carlos III" keeps its numeral through the run
        return tok.text not in TITLE_ABBREVIATIONS or k + 1 >= len(self.tokens) or self.tokens[k + 1].text != "."

    def _continues(self, k: int) -> bool:
        tok = self.tokens[k]
        return tok.cap and not any(c.isdigit() for c in tok.text) and tok.key not in NOT_NAMES and \
            not self.breaks(k) and tok.text not in TITLE_ABBREVIATIONS

    def _initial_letter(self, k: int) -> bool:
        """True for a capital letter with its full stop inside a name ("W." in "George W. Bush")."""
        tok = self.tokens[k]
        return len(tok.text) == 1 and tok.text.isupper() and k + 1 < len(self.tokens) and \
            self.tokens[k + 1].text == "." and self.tokens[k + 1].start == tok.end

    def _known_at(self, i: int) -> int:
        """Return the end of the longest known multi-word name starting at token ``i`` ("La Paz"), else ``i``."""
        best, words = i, []
        if not self.tokens[i].cap:
            return i
        for k in range(i, min(len(self.tokens), i + _KNOWN_LONGEST)):
            if k > i and self.breaks(k):
                break
            words.append(self.tokens[k].key)
            if k > i and " ".join(words) in _KNOWN:
                best = k + 1
        return best

    def _run_end(self, i: int) -> int:
        """Return the end of the run of capitalised words and connectors that starts at ``i``."""
        n = len(self.tokens)
        j = i + 2 if self._initial_letter(i) else i + 1
        while j < n:
            if self._initial_letter(j) and not self.breaks(j):
                j += 2  # "George W. Bush", "Jorge J. C."
                continue
            if self._continues(j):
                j += 1
                continue
            k = j
            if self.tokens[k].key in _LINK_FIRST and not self.tokens[k].text.isupper() and not self.breaks(k):
                k += 1
                if k < n and self.tokens[k].key in _LINK_SECOND and not self.tokens[k].text.isupper() \
                        and not self.breaks(k):
                    k += 1
            if k > j and k < n and self._continues(k) and not self.tokens[k].text.isupper() and not self.breaks(k):
                j = k + 1
                continue
            break
        return j

    def _find(self) -> list[Span]:
        spans: list[Span] = []
        i, n = 0, len(self.tokens)
        while i < n:
            known = self._known_at(i)
            if known > i + 1:
                j = max(known, self._run_end(known - 1))
                if self._person_at(known, j):  # "la Casa Blanca Sarah Huckabee Sanders": a body, then a person
                    spans.extend([Span(i, known, self.initial(i)), *self._cut(known, j)])
                else:
                    spans.extend(self._cut(i, j, known=True))
                i = j
                continue
            if self._initial_letter(i) and i + 2 < n and self._initial_letter(i + 2):
                j = self._run_end(i)  # "A. G. A.": a person named by initials
                spans.append(Span(i, j, self.initial(i)))
                i = j
                continue
            tok = self.tokens[i]
            if (tok.key in ("el", "la", "los", "las") or tok.key in _LINK_FIRST) and tok.text[0].isupper() and \
                    not tok.text.isupper() and not self.initial(i) and i + 1 < n and self._continues(i + 1) and \
                    self.tokens[i + 1].key not in ORG_WORDS:
                j = self._run_end(i + 1)  # "en La Rioja", "Vicente Del Bosque": a capitalised article or particle
                spans.extend(self._cut(i, j))
                i = j
                continue
            if not self._startable(i):
                i += 1
                continue
            j = self._run_end(i)
            spans.extend(self._cut(i, j))
            i = j
        return [self._with_street_noun(s) for s in spans if self._keep(s)]

    def _with_street_noun(self, span: Span) -> Span:
        """Return the span with the lower-case noun an address or a building is named with ("calle Grazalema",
        "iglesia de San Esteban", "estadio Parque Ribereño")."""
        k = span.i - 1
        if k >= 1 and self.tokens[k].key in _LINK_SECOND and self.tokens[k - 1].key in ("de", "del"):
            k -= 2
        elif k >= 0 and self.tokens[k].key in ("de", "del"):
            k -= 1
        if k >= 0 and self.tokens[k].key in _STREET_NOUNS and self.tokens[k].text.islower() and not self.breaks(k + 1):
            return Span(k, span.j, span.initial)
        return span

    # ------------------------------------------------------------------ cutting runs that hold two names

    def _cut(self, i: int, j: int, known: bool = False) -> list[Span]:
        initial = self.initial(i)
        while not known and j - i > 1 and self._opens_not_name(i, j, initial):
            i, initial = i + 1, False
        for k in range(i + 1, j - 1):
            if self._second_name_at(i, k, j):
                return [Span(i, k, initial), *self._cut(k, j)]
        return [Span(i, j, initial)]

    def _opens_not_name(self, i: int, j: int, initial: bool) -> bool:
        """True when the first word of a run that opens a sentence is not part of the name after it: a verb or
        an adverb ("Muere Steve Ditko"), a title before a name ("Presidente Juan Pérez"); not "Don Juan",
        "North Carolina", "General Motors"."""
        if not initial or " ".join(t.key for t in self.tokens[i:j]) in _KNOWN:
            return False
        first, second = self.tokens[i].key, self.tokens[i + 1].key
        if first in OPENING_WORDS or (ES_CUES.get(first) and ES_CUES[first].form == "finite"):
            return True
        return first in PERSON_TITLES and first not in _PARTICLES and \
            (second in GIVEN_NAMES or second in SURNAMES or second in ("don", "dona"))

    def _second_name_at(self, i: int, k: int, j: int) -> bool:
        """True when a person's name starts at token ``k`` inside the run [i, j): "Audiencia Nacional Carlos
        Bueren", "Radio Cumbre Eusebio Huamaní Ccori", "EFE Marcelina Huillca"; not "Universidad Carlos III",
        "Carlo María Martini"."""
        tok, before = self.tokens[k], self.tokens[k - 1]
        if not is_cap(tok.text) or before.key in GIVEN_NAMES or before.key in CONNECTORS or before.key in _PARTICLES:
            return False
        rest = [t for t in self.tokens[k:j] if is_cap(t.text)]
        if tok.key in self.family and k - i >= 2 and self.tokens[i].key in ORG_WORDS and self._person_at(k, j):
            return True  # "Universidad Iberoamericana Anaya Cortés" where the text names "Ricardo Anaya"
        if is_acronym(before.text) and k - i == 1 and len(rest) >= 2 and not tok.text.isupper():
            return not any(t.key in ORG_WORDS or t.key in LOC_WORDS for t in rest)  # "EFE Marcelina Huillca"
        if tok.key not in GIVEN_NAMES or len(rest) < 2 or tok.text.isupper():
            return False
        prefix = self.tokens[i:k]
        heads = ORG_WORDS | LOC_WORDS | MISC_WORDS | PORTFOLIOS
        if len(prefix) == 1:  # "Hospital Juan Ramón Jiménez" is named after him; "Celta Sergio Fernández" is two
            named = before.key in _KNOWN and before.key not in heads
            return before.key in _MEDIA or before.key in PORTFOLIOS or named
        return any(t.key in heads or t.key in _KNOWN or is_acronym(t.text) for t in prefix)

    def _keep(self, span: Span) -> bool:
        words = self.tokens[span.i:span.j]
        if span.i in self.shouting and all(w.text.isupper() or not w.cap for w in words) and len(words) > 1 and \
                not any(w.key in _KNOWN or w.key in GIVEN_NAMES for w in words) and \
                " ".join(w.key for w in words) not in _KNOWN:
            return False  # "VALOR ANTER.", "DRACMAS GRIEGOS": a table's or a headline's words in capitals
        if len(words) == 1:
            word = words[0]
            if len(word.text) < 2 or word.key in OPENING_WORDS or word.key in CONNECTORS or word.key in NOT_ACRONYMS:
                return False
            if span.initial and not self._initial_name(span.i):
                return False
            if word.text.isupper() and len(word.text) >= 6 and _NOT_NAME_SHAPE.search(word.key) and \
                    word.key not in _KNOWN and word.key not in GIVEN_NAMES:
                return False  # "deben ser VIOLADAS": a word in capitals for emphasis, a participle, not an acronym
            if span.i in self.shouting and word.text.isupper() and word.key not in _KNOWN and \
                    word.key not in GIVEN_NAMES and not (len(word.text) <= 4 and self._acronym_context(span.i)):
                return False
        return not self._portfolio(span)

    def _initial_name(self, k: int) -> bool:
        """True when a lone word opening a sentence is a name: known, an acronym, capitalised elsewhere in the
        text where no sentence starts, the place of a dateline, or a word that is not a verb or an adverb
        before what follows a subject ("Manceñido señaló", "Bonet ha", "Piris, por su parte")."""
        tok = self.tokens[k]
        if tok.key in self.mid or tok.key in _KNOWN or tok.key in GIVEN_NAMES or \
                is_acronym(tok.text) and k not in self.shouting:
            return True
        after = self.tokens[k + 1:k + 3]
        if len(after) == 2 and after[0].text == "," and after[1].text.isdigit():
            return True  # "Mérida, 23 may (EFE)"
        if not after or _NOT_NAME_SHAPE.search(tok.text.lower()) or self.breaks(k + 1):
            return False
        nxt = after[0].key
        cue = ES_CUES.get(nxt)
        return nxt in _AFTER_SUBJECT or (cue is not None and cue.form == "finite") or \
            (nxt == "(" and len(after) > 1 and is_cap(after[1].text))

    def _acronym_context(self, k: int) -> bool:
        return 0 < k < len(self.tokens) - 1 and self.tokens[k - 1].text == "(" and self.tokens[k + 1].text == ")"

    def _portfolio(self, span: Span) -> bool:
        """True for a department after a title or a common noun ("el ministro de Economía", "consejera de Medio
        Ambiente", "las áreas de Cultura y Deporte"): part of a title, not a name."""
        keys = [t.key for t in self.tokens[span.i:span.j]]
        if not all(k in PORTFOLIOS or k in CONNECTORS for k in keys) or span.i < 2:
            return False
        link, before = self.tokens[span.i - 1], self.tokens[span.i - 2]
        if link.key in ("de", "del"):
            return before.text.islower() and before.text.isalpha()
        return link.key in ("y", "e", ",") and before.key in PORTFOLIOS  # "de Agricultura, Pesca y Alimentación"
