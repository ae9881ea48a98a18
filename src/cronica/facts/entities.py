"""Named entities: a rule-based recogniser (capitalised spans, cue words, a gazetteer) with alias merging.

No trained model. `names.py` finds the spans; `evidence.py` types each from the strongest evidence it
has: a known name (gazetteer, organisations, aliases); the words in it ("Ministerio", "Copa",
"río"); a title, a given name or a surname ("el ministro X", "Steve Ditko", "Huamaní Pérez"); the
context ("en X" is a place, "el X" a body, "declaró X" a person); else its shape. Here every mention
of a name then takes the type its strongest mentions show in the text ("en Santa Inés" makes Santa
Inés a place everywhere, but "a Putin" does not outweigh "el presidente Putin"), and names listed
together share a type. Canonical names: a short form takes the full name of the person it is part
of ("Lula" → "Luiz Inácio Lula da Silva"), an acronym the name it abbreviates ("CNE" → "Comisión
Nacional de Elecciones"), a body the adjective that says which one ("Cancillería peruana").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..records import EntityMention
from .evidence import KNOWN, classify, fixed_by_context, fold
from .gazetteer import DEMONYMS
from .lexicon import ALIASES, ORG_WORDS, PERSON_TITLES
from .names import Names, Span, Token, is_acronym

_GEO_NOUNS = frozenset(fold(w) for w in "río lago laguna volcán nevado cerro estadio bahía golfo quebrada "
                                       "cordillera".split())


@dataclass(slots=True)
class _Mention:
    span: Span
    surface: str
    start: int
    end: int
    kind: str
    strength: int
    fixed: bool = False  # a type its own context decides ("contra Brasil"): neither voted on nor voting


def find_entities(text: str, lang: str = "es") -> tuple[EntityMention, ...]:
    """Return the named entities of a text with canonical names merged within the text."""
    names = Names(text)
    mentions = []
    for span in names.spans:
        start, end = names.tokens[span.i].start, names.tokens[span.j - 1].end
        surface = text[start:end]
        if surface.endswith(".") and surface.count(".") == 1:
            surface, end = surface[:-1], end - 1  # a sentence's full stop, not an abbreviation like "EE.UU."
        kind, strength = classify(names, span)
        mentions.append(_Mention(span, surface, start, end, kind, strength, fixed_by_context(kind, strength, surface)))
    _vote(names.tokens, mentions)
    return _canonicalise(names, mentions)


def _vote(tokens: list[Token], mentions: list[_Mention]) -> None:
    """Give every mention of a name the type of its strongest mentions in the text (the most frequent on ties);
    a word of a person's full name is that person ("Putin" after "Vladímir Putin"); names listed together
    share the type of the best-known one ("de San Juan, Pampa Chica, Huaylla y Santa Rosa")."""
    _share_in_lists(tokens, mentions)
    best: dict[str, tuple[int, Counter]] = {}
    for m in (m for m in mentions if not m.fixed):
        key = fold(m.surface)
        strength, kinds = best.get(key, (0, Counter()))
        if m.strength > strength:
            best[key] = (m.strength, Counter({m.kind: 1}))
        elif m.strength == strength:
            kinds[m.kind] += 1
            best[key] = (strength, kinds)
    parts: dict[str, int] = {}
    for m in mentions:
        if m.kind == "PER" and " " in m.surface:
            keys = fold(m.surface).split()
            for k in range(1, len(keys)):  # "Tomás", "Echeverri", "Echeverri Salas" in "Tomás Echeverri Salas"
                parts.setdefault(" ".join(keys[:k]), m.strength)
                parts.setdefault(" ".join(keys[k:]), m.strength)
                parts.setdefault(keys[k], m.strength)
    for m in (m for m in mentions if not m.fixed):
        key = fold(m.surface)
        strength, kinds = best[key]
        m.kind = kinds.most_common(1)[0][0]
        if m.kind != "PER" and parts.get(key, 0) >= strength and strength < KNOWN:
            m.kind = "PER"


def _share_in_lists(tokens: list[Token], mentions: list[_Mention]) -> None:
    """Give names joined by commas and "y"/"e" the type of the strongest of them, when they are weaker."""
    groups: list[list[_Mention]] = []
    for m in mentions:
        if groups and _listed(tokens, groups[-1][-1].span.j, m.span.i):
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in (g for g in groups if len(g) > 1):
        lead = max(group, key=lambda m: (m.strength, m.kind != "MISC"))
        for m in group:
            weaker = m.strength < lead.strength or (m.strength == lead.strength and m.kind == "MISC")
            if weaker and m.strength < KNOWN and not m.fixed:
                m.kind, m.strength = lead.kind, max(m.strength, lead.strength - 1)


def _listed(tokens: list[Token], j: int, i: int) -> bool:
    between = [t.key for t in tokens[j:i]]
    return between in ([","], ["y"], ["e"], [",", "y"])


def _canonicalise(names: Names, mentions: list[_Mention]) -> tuple[EntityMention, ...]:
    people = sorted({m.surface for m in mentions if m.kind == "PER" and " " in m.surface}, key=len, reverse=True)
    long_forms = _acronyms(names.text, mentions)
    out = []
    for m in mentions:
        name = ALIASES.get(fold(m.surface)) or long_forms.get(m.surface) or _qualified(names, m)
        if m.kind == "PER" and " " not in m.surface:
            name = _full_name(m.surface, people) or name
        elif m.kind == "PER":
            name = next((p for p in people if p != m.surface and _contains_name(p, m.surface)), None) or name
        out.append(EntityMention(name=name, type=m.kind, surface=m.surface, start=m.start, end=m.end))
    return tuple(out)


def _qualified(names: Names, m: _Mention) -> str:
    """Return a name with the words that say which one it is: "la Cancillería peruana", "el río Quillamayo"."""
    tokens = names.tokens
    name = _strip_honorific(m.surface) if m.kind == "PER" else m.surface
    if m.kind == "ORG" and m.span.j - m.span.i == 1 and m.span.j < len(tokens) and tokens[m.span.i].key in ORG_WORDS:
        after = tokens[m.span.j]
        if after.key in DEMONYMS and after.text.islower():
            return f"{name} {after.text}"
    if m.kind == "LOC" and m.span.i and tokens[m.span.i - 1].key in _GEO_NOUNS and tokens[m.span.i - 1].text.islower():
        return f"{tokens[m.span.i - 1].text} {name}"
    return name


def _strip_honorific(surface: str) -> str:
    """Return a person's name without the titles written before it ("Senator John McCain" → "John McCain")."""
    words = surface.split(" ")
    while len(words) > 2 and fold(words[0]) in PERSON_TITLES:
        words = words[1:]
    return " ".join(words)


def _acronyms(text: str, mentions: list[_Mention]) -> dict[str, str]:
    """Return {acronym: long form} for the acronyms a text defines ("Pachakutik (PK)", "CNE (Comisión Nacional
    de Elecciones)") or whose initials spell a name it gives ("CNE" and "Comisión Nacional de Elecciones")."""
    acronyms = {m.surface for m in mentions if is_acronym(m.surface) and fold(m.surface) not in ALIASES}
    if not acronyms:
        return {}
    longs = [m for m in mentions if not is_acronym(m.surface) and m.kind != "PER"]
    out: dict[str, str] = {}
    for long in longs:
        inside = re.match(r"\s*\(\s*([A-ZÁÉÍÓÚÑ.\-]{2,8})\s*\)", text[long.end:long.end + 14])
        if inside and inside.group(1) in acronyms and _abbreviates(inside.group(1), long.surface, loose=True):
            out.setdefault(inside.group(1), long.surface)
        before = re.search(r"([A-ZÁÉÍÓÚÑ.\-]{2,8})\s*\(\s*$", text[max(0, long.start - 14):long.start])
        if before and before.group(1) in acronyms and _abbreviates(before.group(1), long.surface, loose=True):
            out.setdefault(before.group(1), long.surface)
    for acronym in acronyms - set(out):
        match = [m.surface for m in longs if _abbreviates(acronym, m.surface, loose=False)]
        if match:
            out[acronym] = Counter(match).most_common(1)[0][0]
    return out


def _abbreviates(acronym: str, name: str, loose: bool) -> bool:
    """True when the acronym's letters are the initials of the name's main words (or, ``loose``, when the
    name starts with its first letter and holds the others in order, as "Pachakutik" does "PK")."""
    letters = fold(acronym.replace(".", "").replace("-", ""))
    words = [w for w in fold(name).replace("-", " ").split() if w not in ("de", "del", "la", "las", "los", "y", "e",
                                                                          "el", "para", "por", "en")]
    if "".join(w[0] for w in words) == letters:
        return True
    if not loose:
        return False
    flat = "".join(words)
    if not flat.startswith(letters[0]):
        return False
    pos = 0
    for c in letters[1:]:
        pos = flat.find(c, pos + 1)
        if pos < 0:
            return False
    return True


def _full_name(short: str, people: list[str]) -> str | None:
    key = fold(short)
    for person in people:
        parts = [fold(p) for p in person.split()]
        if key in (parts[0], parts[-1]) or key in parts[1:]:
            return _strip_honorific(person)
    return None


def _contains_name(full: str, part: str) -> bool:
    f, p = fold(full), fold(part)
    return f.endswith(" " + p) or f.startswith(p + " ") or f" {p} " in f" {f} "
