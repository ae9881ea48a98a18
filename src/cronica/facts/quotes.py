"""Quotes with their speakers, cue verbs and intermediaries (Spanish first, some English).

Direct quotes are spans between « », “ ” or " "; their speaker is read from a cue-verb clause
right after ("—dijo el ministro", ", afirmó Quispe.") or right before ("Quispe dijo: «...»").
Indirect speech is "X <cue> que ...", "según X, ...", "de acuerdo con X, ..."; statements are
"señala un comunicado del Ministerio ...". A speaker phrase that is a role ("el canciller") is
resolved to the nearest person named before it.
"""

from __future__ import annotations

import re

from ..records import EntityMention, Quote
from .lexicon import PERSON_TITLES, fold

CUES = (
    "dijo afirmó aseguró señaló explicó declaró indicó agregó añadió sostuvo manifestó expresó advirtió subrayó "
    "destacó precisó insistió reconoció comentó anunció denunció reiteró recalcó apuntó admitió negó consideró "
    "remarcó puntualizó aclaró enfatizó resaltó informó detalló refirió respondió confirmó lamentó criticó "
    "contó relató narró repitió sentenció concluyó planteó pidió exigió prometió "
    "señala afirma asegura dice explica indica sostiene advierte informa detalla apunta agrega añade "
    "said says told stated added noted explained warned claimed according"
).split()
_CUE = "|".join(sorted(CUES, key=len, reverse=True))
_NAME = r"(?:[A-ZÁÉÍÓÚÑ][\w'’.\-]+(?:\s+(?:de|del|la|los|da|y)?\s*[A-ZÁÉÍÓÚÑ][\w'’.\-]+){0,6})"
_ROLE = r"(?:(?:el|la|los|las|un|una)\s+)?(?:[a-záéíóúñ]+\s+){0,1}(?:" + "|".join(
    sorted((t for t in PERSON_TITLES if "." not in t), key=len, reverse=True)) + r")(?:\s+[a-záéíóúñ]+){0,3}"
_SPEAKER = (rf"(?P<speaker>(?:{_ROLE}(?:,?\s+{_NAME})?)"
            rf"|(?:(?:la|el|los|las)\s+)?{_NAME}(?:\s+[a-záéíóúñ]+(?=\s*,))?)")

_DIRECT = re.compile(r"«(?P<a>[^«»]{8,}?)»|“(?P<b>[^“”]{8,}?)”|\"(?P<c>[^\"\n]{8,}?)\"")
_AFTER = re.compile(rf"^\s*[,.]?\s*(?:[—–-]\s*)?(?P<cue>(?i:{_CUE}))\s+(?:a\s+(?:la\s+agencia\s+)?[A-Z][A-Za-z]+\s+)?"
                    rf"{_SPEAKER}")
_AFTER_CUE = re.compile(rf"^\s*[,.]?\s*(?:[—–-]\s*)?(?P<cue>(?i:{_CUE}))\b")
_BEFORE = re.compile(rf"{_SPEAKER}\s*,?\s+(?P<cue>{_CUE})(?:\s+que)?\s*[:,]?\s*$")
_INDIRECT = re.compile(rf"{_SPEAKER}\s+(?:también\s+|además\s+)?(?P<cue>{_CUE})\s+(?:a\s+[^,]{{3,40}}\s+)?que\s+"
                       r"(?P<content>[^.«“\"]{15,}?)(?=\.(?:\s|$)|$)")
_SEGUN = re.compile(rf"\b(?P<cue>[Ss]egún|[Dd]e acuerdo con|[Aa]ccording to)\s+(?:(?:informó|indicó|señaló|dijo)\s+)?"
                    rf"{_SPEAKER}\s*,\s*(?P<content>[^.«“\"]{{15,}}?)(?=\.(?:\s|$)|$)")
_STATEMENT = re.compile(r"(?P<cue>señala|indica|afirma|precisa|sostiene|informa)(?:ba)?\s+(?:un|el|una|la)\s+"
                        r"(?P<kind>comunicado|nota|informe|documento|resolución|declaración)\s+(?:de|del)\s+"
                        rf"(?P<speaker>(?:la\s+|el\s+)?{_NAME}(?:\s+[a-záéíóúñ]+)?)")
_INTERMEDIARY = re.compile(
    r"\b(?:(?:a|en declaraciones a|en una entrevista con)\s+(?P<media>(?:la\s+agencia|el\s+diario|la\s+emisora|"
    r"la\s+cadena|el\s+canal|la\s+radio|la\s+revista)\s+[A-ZÁÉÍÓÚÑ][\w .]{1,30}?)(?=[,.]|\s+que\b)"
    r"|en\s+(?P<social>su\s+cuenta\s+de\s+[A-Z][\w]*|un\s+mensaje\s+en\s+[A-Z][\w]*|redes\s+sociales)"
    r"|según\s+(?:informó|indicó|señaló)\s+(?P<via>(?:la|el)\s+[A-ZÁÉÍÓÚÑ][\w]+(?:\s+[a-záéíóú]+)?))",
)


def _clean_speaker(raw: str) -> str:
    return re.sub(r"\s+", " ", raw).strip(" ,.")


def resolve_speaker(phrase: str, start: int, entities: tuple[EntityMention, ...], text: str = "") -> str:
    """Return the entity a speaker phrase names: the entity inside it, or for a role its holder."""
    end = start + len(phrase)
    phrase = re.sub(r"^(?:un|una|el|la)\s+(?:comunicado|nota|informe|documento|declaración)\s+(?:de|del)\s+", "",
                    phrase, flags=re.IGNORECASE)
    inside = [e for e in entities if e.start >= start and e.end <= end + 1 and e.type in ("PER", "ORG")]
    if inside:
        ent = inside[0]
        bare = re.sub(r"^(?:la|el|los|las)\s+", "", _clean_speaker(phrase), flags=re.IGNORECASE)
        if ent.type == "ORG" and bare.startswith(ent.surface) and re.fullmatch(r"[a-záéíóúñ ]+", bare[len(ent.surface):]):
            return bare  # "la Cancillería peruana": keep the adjective that says which one
        return ent.name
    roles = [w for w in fold(phrase).split() if w in PERSON_TITLES]
    if roles:
        holder = _role_holder(roles[-1], text[:start], entities)
        if holder:
            return holder
    return _clean_speaker(phrase)


def _role_holder(role: str, before: str, entities: tuple[EntityMention, ...]) -> str | None:
    """Return the person a role noun refers to: the name next to its last earlier mention, else the last person."""
    people = [e for e in entities if e.type == "PER" and e.end <= len(before)]
    for m in reversed(list(re.finditer(rf"\b{re.escape(role)}\w*\b", fold(before)))):
        near = [e for e in people if 0 <= e.start - m.end() <= 60 or 0 <= m.start() - e.end <= 3]
        # "El alcalde de Santa Inés, Julián Ccahuana": the apposition after a comma names the holder.
        apposed = [e for e in near if before[max(0, e.start - 2):e.start] == ", "]
        if apposed or near:
            return (apposed or near)[0].name
    return people[-1].name if people else None


def _intermediary(text: str) -> str | None:
    m = _INTERMEDIARY.search(text)
    if not m:
        return None
    return _clean_speaker(m.group("media") or m.group("social") or m.group("via"))


def find_quotes(text: str, entities: tuple[EntityMention, ...] = ()) -> tuple[Quote, ...]:
    """Return direct, indirect and mixed quotes and statements, with speakers resolved to entities."""
    quotes: list[Quote] = []
    taken: list[tuple[int, int]] = []
    for m in _DIRECT.finditer(text):
        content = m.group("a") or m.group("b") or m.group("c")
        if len(content.split()) < 3:
            continue
        speaker, cue, inter, kind = _direct_speaker(text, m, entities)
        quotes.append(Quote(text=content.strip(), speaker=speaker, kind=kind, cue=cue, intermediary=inter,
                            start=m.start() + 1, end=m.end() - 1))
        taken.append((m.start(), m.end()))
    for pattern, kind in ((_INDIRECT, "indirect"), (_SEGUN, "indirect"), (_STATEMENT, "statement")):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e + 4 for s, e in taken):
                continue
            sp = m.group("speaker")
            speaker = resolve_speaker(sp, m.start("speaker"), entities, text)
            if "content" in pattern.groupindex:
                cstart, cend = m.start("content"), m.end("content")
            else:  # a statement: the clause before the cue is what the document says
                cstart, _ = _sentence_bounds(text, m.start())
                cend = len(text[:m.start()].rstrip(" ,;—-"))
            lo, hi = _sentence_bounds(text, m.start())
            quotes.append(Quote(text=text[cstart:cend].strip(), speaker=speaker, kind=kind, cue=m.group("cue").lower(),
                                intermediary=_intermediary(text[lo:hi]), start=cstart, end=cend))
            taken.append((m.start(), m.end()))
    return tuple(sorted(quotes, key=lambda q: q.start))


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return lo, min(ends) if ends else len(text)


def _direct_speaker(text: str, m: re.Match, entities) -> tuple[str | None, str | None, str | None, str]:
    after = text[m.end(): m.end() + 160]
    line_start = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start())) + 1
    before = text[line_start: m.start()]
    kind = "mixed" if re.search(r"\bque\s*$", before) else "direct"
    a = _AFTER.match(after)
    if a:
        speaker = resolve_speaker(a.group("speaker"), m.end() + a.start("speaker"), entities, text)
        return speaker, a.group("cue").lower(), _intermediary(after[: a.end() + 60]), kind
    b = _BEFORE.search(before)
    if b:
        speaker = resolve_speaker(b.group("speaker"), line_start + b.start("speaker"), entities, text)
        return speaker, b.group("cue").lower(), _intermediary(before), kind
    cue = _AFTER_CUE.match(after)
    if cue:  # "«...», repitió ante los vecinos": the person this paragraph is about
        para_start = text.rfind("\n", 0, m.start()) + 1
        people = [e for e in entities if e.type == "PER" and para_start <= e.start < m.start()]
        if people:
            return people[-1].name, cue.group("cue").lower(), None, kind
    return None, None, None, kind
