"""Speakers: the subject of a cue, resolved to an entity, a role's holder, a body, or the last speaker."""

from __future__ import annotations

import re

from ...records import EntityMention
from ..gazetteer import GIVEN_NAMES
from ..lexicon import fold
from .document import Doc
from .words import (AUX, BODY, DETERMINERS, FILLER, GROUPS, INDEFINITE, POSSESSIVES, PREPOSITIONS, PRONOUNS,
                    RELATIVES, STATEMENT_NOUNS, SUBORDINATORS, TIME, split_chunks, split_words)


def subject_before(doc: Doc, lo: int, cue: int, first: bool = False) -> tuple[int, int] | None:
    """Return the span of the subject of a cue in the clause before it, or None (no subject: the last speaker).

    The subject is the comma-separated chunk nearest the cue (the first one for a gerund, whose subject
    is the sentence's) that holds a name outside a complement, or that opens with an article; an
    apposition after a name ("Keith, un destacado manifestante, dice") gives the name.
    """
    cuts = [b + 1 for _, b in doc.quoted if lo <= b < cue and re.match(r".?\s*[,.]", doc.text[b:b + 3])]
    lo = max([lo, *cuts, *(lo + m.end() for m in re.finditer(r"[;:]", doc.text[lo:cue]))])
    dateline = _DATELINE.match(doc.text, lo, cue)
    lo = dateline.end() if dateline else lo  # "México.- Dejando a un lado ...": the place is not the subject
    words = split_words(doc.text, lo, cue)
    while words and (fold(words[-1][0]) in FILLER | AUX or words[-1][0] == ","):
        words.pop()
    if len(words) > 2 and TIME.fullmatch(doc.text, words[-2][1], words[-1][2]):
        del words[-2:]  # "Los familiares ... y este viernes declararon": a time, not the subject
    if words and fold(words[-1][0]) in ("y", "e", "and") and words[0][0][:1].isupper():
        return _shared_subject(doc, words)  # "Los manifestantes corearon consignas ... y exigían que"
    if len(words) > 2 and fold(words[-1][0]) == "que" and fold(words[-3][0]) in INDEFINITE and \
            words[-2][0].isalpha() and words[-2][0].islower() and not doc.english:
        return words[-3][1], words[-2][2]  # "ha circulado una cadena que asegura que": its antecedent, someone new
    if len(words) > 2 and fold(words[-1][0]) == "que" and words[-2][0] == "," and not doc.english:
        antecedent = split_chunks(words[:-2])[-1:]
        share = antecedent and _SHARE.search(doc.text, antecedent[0][0][1], antecedent[0][-1][2])
        if share:  # "Esta tendencia alcanza a un tercio de los viajeros, que admite que"
            return share.start(), antecedent[0][-1][2]
    if not words or fold(words[-1][0]) in SUBORDINATORS:
        return None  # "en la que expuso", "porque argumentaron": the subject is the one already speaking
    if fold(words[-1][0]) in RELATIVES:  # "Alessandra Rosaldo quien le escribió": the antecedent
        named = doc.entities_in(max(lo, words[-1][1] - 60), words[-1][1])
        if named and not doc.text[named[-1].end:words[-1][1]].strip(" ,"):
            if named[-1].type == "PER" or not doc.in_phrase(named[-1].start, lo):
                return named[-1].start, named[-1].end
            last = split_chunks(words[:-1])[-1]  # "una fuente cercana al candidato por el PAN, quien aseguró"
            head = next((j for j in range(len(last) - 1, 0, -1) if fold(last[j][0]) in INDEFINITE - {"a", "an"}
                         and last[j][0].islower() and fold(last[j - 1][0]) not in PREPOSITIONS), None)
            if head is not None:
                return _noun_phrase(last[head:])
        words.pop()
    chunks = split_chunks(words)
    order = range(len(chunks)) if first else range(len(chunks) - 1, -1, -1)
    for k in order:
        chunk = _words_only(chunks[k])
        if not chunk:
            continue
        chunk = _after_conjunction(chunk)  # "Peña tocó la copa porque las reglas de la FIFA dicen": the last clause's
        while len(chunk) > 2 and (fold(chunk[0][0]) in FILLER or fold(chunk[0][0]).endswith("mente")):
            chunk = chunk[1:]  # "Ahora ejecutivos de la NBA anunciaron", "Recientemente una de ellas dijo"
        span = (chunk[0][1], chunk[-1][2])
        if not doc.english and _share(doc, chunks[k]):
            return _share(doc, chunks[k])  # "el 30 % de las mujeres declaró": the surveyed, not the survey
        names = [e for e in doc.entities_in(*span) if not doc.in_phrase(e.start, span[0])]
        if names:
            return _coordinated(doc, names, first)
        head = fold(chunk[0][0])
        if head == "a" and not doc.english:
            continue  # "A su vez, ...": a preposition in Spanish, not an article
        if _some_of(chunk) and not doc.english:
            return _noun_phrase(chunk)  # "uno de sus hijos", "ejecutivos de la NBA": some of a group, unnamed
        possessed = head in POSSESSIVES and 1 < len(chunk) <= 3 and k == len(chunks) - 1 and \
            all(w[0].islower() for w in chunk)  # "que sus adversarios le reconocen": right before the cue
        if head in PRONOUNS | GROUPS or _pronoun(chunk[0][0]) or (head in DETERMINERS - POSSESSIVES and len(chunk) > 1) \
                or possessed:
            if k and not first:
                before = [e for e in doc.entities_in(chunks[k - 1][0][1], chunks[k - 1][-1][2])
                          if e.end == chunks[k - 1][-1][2] and not doc.in_phrase(e.start, chunks[k - 1][0][1])]
                if before:  # "Keith (49), un destacado manifestante, dice": the named one
                    return before[-1].start, before[-1].end
            if first and k + 1 < len(chunks):
                after = doc.entities_in(chunks[k + 1][0][1], chunks[k + 1][-1][2], ("PER",))
                if after and after[0].start == chunks[k + 1][0][1]:  # "el productor, Gustavo Loza, citó ..."
                    return after[0].start, after[0].end
            return _noun_phrase(chunk)
    opened = [e for e in doc.entities_in(lo, cue) if re.search(r"\bdesde\s+(?:el\s+|la\s+)?$", doc.text[lo:e.start])]
    return (opened[0].start, opened[0].end) if opened else None  # "desde la Cancillería aseguran que"


# Who a person is to someone else: "la familia de X" speaks as itself, not as the last speaker.
_RELATIVES_OF = frozenset("""familia familiares padres madre padre hermana hermano hermanas hermanos hijo hija hijos hijas
esposa esposo viuda viudo novia novio abuela abuelo tia tio vecinos vecinas amigos amigas allegados""".split())
_SOMEONE = frozenset("un una unos unas otro otra otros otras".split())
_DATELINE = re.compile(r"[^\n.]{1,60}\.\s?[-—–]+\s*")
_CLAUSE_OPENERS = frozenset(fold(w) for w in "que pues porque aunque cuando mientras pero sino y e and but because"
                            .split())


_SHARE = re.compile(r"(?:(?:el|la|un|una)\s+)?(?:\*?NUMBER\*?|\d[\d.,]*|\w+)\s*(?:%|por\s*ciento)\s+de\s|"
                    r"(?:el|la|un|una)\s+(?:tercio|cuarto|quinto|mitad|parte|mayoría)\s+de\s|\w+\s+de\s+cada\s+\w+\s",
                    re.IGNORECASE)


def _share(doc: Doc, chunk: list) -> tuple[int, int] | None:
    """Return the span of a share of a group that is a subject ("el 30 % de las mujeres", "un tercio de los
    viajeros", "una de cada cuatro") up to a relative clause, or None."""
    while chunk and fold(chunk[0][0]) in FILLER | {"en", "concretamente"} | PREPOSITIONS:
        chunk = chunk[1:] if fold(chunk[0][0]) not in PREPOSITIONS else []  # not "En México, ..." itself
    if not chunk or not _SHARE.match(doc.text, chunk[0][1], chunk[-1][2]):
        return None
    end = next((k for k, w in enumerate(chunk) if k and fold(w[0]) in ("que", "quien", "quienes")), len(chunk))
    return chunk[0][1], chunk[end - 1][2]


def _pronoun(word: str) -> bool:
    """True for a subject pronoun, compared with its accent: "Él dijo" is a pronoun, "El ministro" an article."""
    return word.lower() in PRONOUNS


def _some_of(chunk: list) -> bool:
    """True for a subject that is some of a group: "uno de sus hijos", "ejecutivos de la NBA" (a bare plural)."""
    head = fold(chunk[0][0])
    return len(chunk) > 2 and fold(chunk[1][0]) in ("de", "del") and (
        head in ("uno", "una") or (chunk[0][0].islower() and head.endswith("s") and len(head) > 4))


def _words_only(chunk: list) -> list:
    """Return a chunk without the stray marks that open it ("| La canciller peruana", a table cell's border)."""
    k = 0
    while k < len(chunk) and not chunk[k][0][0].isalnum():
        k += 1
    return chunk[k:]


def _after_conjunction(chunk: list) -> list:
    """Return the words after the last conjunction of a chunk when they open with a subject ("pues muchos expertos")."""
    for m in range(len(chunk) - 2, -1, -1):
        if fold(chunk[m][0]) in _CLAUSE_OPENERS:
            rest = chunk[m + 1:]
            while len(rest) > 1 and fold(rest[0][0]) in FILLER:
                rest = rest[1:]
            head = fold(rest[0][0])
            possessed = head in POSSESSIVES and 1 < len(rest) <= 3 and all(w[0].islower() for w in rest)
            if head in GROUPS | PRONOUNS or _pronoun(rest[0][0]) or (head in DETERMINERS - POSSESSIVES and len(rest) > 1) \
                    or _some_of(rest) or possessed:  # "... que sus adversarios reconocen"
                return rest
            break
    return chunk


def _shared_subject(doc: Doc, words: list) -> tuple[int, int] | None:
    """Return the subject a clause shares with the one before it: a name or a plural group opening the sentence."""
    chunks = split_chunks(words)
    first = chunks[0]
    opener = len(chunks) > 1 and fold(first[0][0]) in PREPOSITIONS
    if opener:  # "Tras la detención de 28 personas, familiares de los arrestados ... y declararon": a group only
        first = chunks[1]
    names = [e for e in doc.entities_in(first[0][1], first[-1][2]) if e.start <= first[min(1, len(first) - 1)][1]]
    if names and not opener:
        return names[0].start, names[0].end
    if len(first) > 1 and fold(first[0][0]) in DETERMINERS - POSSESSIVES and first[1][0].islower() and \
            first[1][0].endswith("s"):
        return first[0][1], first[1][2]
    if _some_of(first) and not doc.english:
        return _noun_phrase(first[:next((k for k, w in enumerate(first) if k and _is_verb_like(w[0])), len(first))])
    return None


def _noun_phrase(chunk: list) -> tuple[int, int]:
    """Return a speaker phrase's span up to a relative clause or a complement other than 'de' ("el productor")."""
    end = len(chunk)
    for k, (word, _, _) in enumerate(chunk[1:], 1):
        key = fold(word)
        if key in ("que", "quien", "who", "which", "y", "and") or key in PREPOSITIONS - {"de", "del", "of"} or \
                (word.islower() and word.endswith("ó") and len(word) > 3):  # "una revista sorprendió": its verb
            end = k
            break
    return chunk[0][1], chunk[end - 1][2]


def _coordinated(doc: Doc, names: list[EntityMention], first: bool) -> tuple[int, int]:
    names = _joined(doc, names)
    chosen = names[0] if first else names[-1]
    k = names.index(chosen)
    if k and re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:y|e|and)\s+", doc.text[names[k - 1].end:chosen.start]):
        return names[k - 1].start, chosen.end  # "Andrés Arauz (UNES) y Guillermo Lasso"
    return chosen.start, chosen.end


def _joined(doc: Doc, names: list[EntityMention]) -> list[EntityMention]:
    """Join mentions that touch ("DC" "Comics"): the recogniser split one name."""
    out: list[EntityMention] = []
    for e in names:
        if out and doc.text[out[-1].end:e.start] == " ":
            surface = doc.text[out[-1].start:e.end]
            out[-1] = EntityMention(name=surface, type=out[-1].type, surface=surface, start=out[-1].start, end=e.end)
        else:
            out.append(e)
    return out


def subject_after(doc: Doc, start: int, hi: int) -> tuple[int, int] | None:
    """Return the span of an inverted subject after a cue ("..., dijo este sábado la policía"), or None."""
    stop = re.search(r"(?<!\b[A-ZÁÉÍÓÚÑ])\.|[;:\n]|\bque\b|\bthat\b|[«»“”\"](?![^«»“”\"\n]{1,30}[»”\"])",
                     doc.text[start:hi])  # not the full stop of an initial ("David A. Semonian")
    words = split_words(doc.text, start, start + stop.start() if stop else hi)
    chunks = split_chunks(words)
    if not chunks:
        return None
    first = chunks[0]
    span = (first[0][1], first[-1][2])
    names = [e for e in doc.entities_in(*span) if not doc.in_phrase(e.start, span[0])]
    if len(chunks) > 1 and fold(first[0][0]) in DETERMINERS - POSSESSIVES and len(first) > 1 and first[1][0].islower():
        apposed = doc.entities_in(chunks[1][0][1], chunks[1][-1][2] + 1, ("PER",))
        titled = names and names[0].type == "PER" and \
            not any(fold(w[0]) in PREPOSITIONS for w in first if w[1] < names[0].start)  # "el ministro Juan Pérez"
        if apposed and apposed[0].start == chunks[1][0][1] and not titled:
            return apposed[0].start, apposed[0].end  # "el secretario de Seguridad de Cali, Carlos Rojas"
    if names:
        return _joined(doc, names)[0].start, _joined(doc, names)[0].end
    time = TIME.match(doc.text, span[0])
    first = [w for w in first if fold(w[0]) not in FILLER and (not time or w[1] >= time.end())]
    told = bool(first) and fold(first[0][0]) in ("a", "al", "to")  # "asegura a este diario X": whom it was said to
    while first and fold(first[0][0]) in PREPOSITIONS:  # "en un comunicado el ministro": past the complement
        k = 1
        told = told and len(first) > 1 and first[1][0].islower()  # not "dijo a EFE": EFE was told
        while k < len(first) and (fold(first[k][0]) in PREPOSITIONS or (first[k][0].islower() and (
                fold(first[k][0]) not in DETERMINERS or k == 1 or fold(first[k - 1][0]) in PREPOSITIONS))):
            if k > 1 and fold(first[k][0]) in _SOMEONE and fold(first[k - 1][0]) not in PREPOSITIONS:
                break  # "dijo por su parte otra mujer": someone new after the complement
            k += 1
        first = first[k:]
    if not first:
        return None
    named = doc.entities_in(first[0][1], first[-1][2] + 1)
    if told and named and named[0].start == first[0][1]:  # "asegura a este diario Marta Gil": the name past it
        return named[0].start, named[0].end
    lead = fold(first[0][0])
    plural_noun = first[0][0].islower() and lead.endswith("s") and len(lead) > 3  # "investigadores", not "es"
    if lead in SUBORDINATORS or lead not in DETERMINERS | INDEFINITE and not _pronoun(first[0][0]) and not plural_noun:
        return None  # but "comentó otro de los asistentes": someone new
    start, end = _noun_phrase(first)
    if len(chunks) > 1:  # "dice el corresponsal de la BBC, Chris Buckler": the apposition names the role
        apposed = doc.entities_in(chunks[1][0][1], chunks[1][-1][2] + 1, ("PER", "MISC"))
        if apposed and apposed[0].start == chunks[1][0][1]:
            end = apposed[0].end
    return start, end


def speaker_name(doc: Doc, phrase: tuple[int, int] | None, at: int, cue: str | None = None) -> str | None:
    """Return the name a speaker phrase stands for; no phrase: the last speaker, or the person last named.

    ``cue`` is the reporting verb as written: a plural one ("afirman") is not said by the one person
    speaking so far, nor a singular one by a group.
    """
    plural = _plural_verb(doc, cue)
    if phrase is None:
        return _implied_speaker(doc, at, plural)
    start, end = phrase
    surface = doc.text[start:end]
    if _pronoun(surface.split()[0]):  # "ella", and "ella culmina" from "... y ella culmina diciendo"
        return _implied_speaker(doc, start, plural, named=fold(surface.split()[0]) in ("el", "ella", "he", "she"))
    if _SHARE.match(surface) and not doc.english:
        return clean_name(surface)  # "el 30 % de las mujeres": the surveyed
    inside = doc.entities_in(start, end + 1)
    free = _joined(doc, [e for e in inside if not doc.in_phrase(e.start, start)])
    if len(free) > 1 and re.search(r"\s(?:y|e|and)\s", doc.text[free[0].end:free[1].start]):
        return f"{free[0].name} y {free[1].name}"
    if free:
        person = next((e for e in free if e.type == "PER"), free[0])
        return _expand(doc, _entity_name(doc, person, end))
    content = [w for w in (fold(w) for w in re.findall(r"\w+", surface)) if w not in DETERMINERS | FILLER]
    head = content[0] if content else ""
    if head in STATEMENT_NOUNS:  # "un comunicado del Ministerio", "el fallo, redactado por la jueza X"
        author = re.search(r"(?:redactad|firmad|emitid|difundid|publicad|signed|issued)\w*\s+(?:por|by)\s+",
                           doc.text[start:end + 30])
        named = inside or (author and doc.entities_in(start + author.end(), start + author.end() + 80, ("PER", "ORG")))
        if named:
            return _expand(doc, _entity_name(doc, named[0], end))
        by = author and re.match(r"(?:el|la|los|las)\s+(\w+)", doc.text[start + author.end():end + 30])
        body = by and BODY.search(fold(by.group(1))) and _body(doc, fold(by.group(1)), start)
        return body or clean_name(surface)  # "el mensaje emitido por el partido": the party named before
    if BODY.search(head) or head in GROUPS:
        return (not head.endswith("s") and _body(doc, head, start)) or clean_name(surface)
    roles = [w for w in content[:3] if len(w) > 3 and w not in PREPOSITIONS]
    holder = (len(roles) > 1 and _role_holder(doc, [" ".join(roles[:2])], start)) or _role_holder(doc, roles[:1], start)
    holder = holder or (len(roles) > 1 and _role_holder(doc, [" ".join(roles[:2])], start, ahead=True)) or \
        _role_holder(doc, roles[:1], start, ahead=True)
    bodies = [e for e in inside if e.type == "ORG"]
    indefinite = fold(surface.split()[0]) in INDEFINITE
    if not holder and bodies and indefinite:
        return _expand(doc, bodies[0].name)  # "un portavoz del Gobierno": someone new, unnamed, of the Government
    if indefinite:  # "un diputado", "otro político": someone new, not the one speaking nor one named before
        return clean_name(surface)
    if not holder and head in _RELATIVES_OF and re.search(r"\bdel?\b", surface):
        return clean_name(surface)  # "la familia de Giovanni López": his family, not whoever spoke last
    if not holder and fold(surface.split()[0]) in ("su", "sus") and len(content) <= 2:
        return clean_name(surface)  # "a decir de su jefe": someone of the one spoken of, unnamed
    return holder or _implied_speaker(doc, start, plural) or clean_name(surface)


def _entity_name(doc: Doc, entity: EntityMention, phrase_end: int) -> str:
    tail = re.match(r"[ \t]+([a-záéíóúñ]+)\b", doc.text[entity.end:phrase_end + 1])
    if entity.type == "ORG" and tail and fold(tail.group(1)) not in PREPOSITIONS and doc.cue(tail.group(1)) is None \
            and not entity.name.endswith(" " + tail.group(1)):
        return f"{entity.name} {tail.group(1)}"  # "la Cancillería peruana": the adjective says which one
    return entity.name


def _role_holder(doc: Doc, roles: list[str], start: int, ahead: bool = False) -> str | None:
    """Return the person named beside a role noun earlier in the text ("el fiscal, Gerardo Márquez"), or with
    ``ahead`` the person the text names later with that title before the name."""
    if not roles:
        return None
    role = r"\b(?:" + "|".join(re.escape(r) for r in roles) + r")\w*"
    role_then_name = re.compile(role + r"(?:\s+[\w.-]+){0,3}?\s*,?\s*$")
    name_then_role = re.compile(r"\s*(?:\([^)]*\)\s*)?,\s*(?:[\w.-]+\s+){0,2}?" + role + r"\b")
    for e in reversed(doc.entities_in(0, start, ("PER", "MISC"))):
        before = re.split(r"[.;:\n]", doc.folded[max(0, e.start - 50):e.start])[-1]
        m = role_then_name.search(before)
        if m and not re.search(r"\b(?:de|del|a|al|en|por|con|of|by|to)\s*,?\s*$", before) and "," not in m.group()[:-2]:
            return e.name
        if name_then_role.match(re.split(r"[.;:\n]", doc.folded[e.end:e.end + 60])[0]):
            return e.name
    if not ahead:
        return None
    # "el fiscal federal" before "el Fiscal federal Diego Valadez": the title right before the name, later on
    titled = re.compile(role + r"(?:\s+(?!(?:de|del|la|el|los|las|y|en|a)\b)[a-z]+)?\s+$")
    for e in doc.entities_in(start + 1, start + 1500, ("PER", "ORG", "MISC")):
        person = e.type == "PER" or fold(e.name.split()[0]) in GIVEN_NAMES  # "el Fiscal federal Diego Valadez"
        if person and titled.search(doc.folded[max(0, e.start - 40):e.start]):
            return e.name
    return None


def _plural_verb(doc: Doc, cue: str | None) -> bool | None:
    """Return whether a Spanish finite cue is plural ("afirman", "dijeron"), singular, or None when unknown."""
    if not cue or doc.english:
        return None
    found = doc.cues.get(cue.lower())
    return cue.lower().endswith("n") if found and found.form == "finite" else None


def _is_name(name: str) -> bool:
    """True for a proper name ("Niurka Marcos"), not a description ("Otra persona", "investigadores")."""
    words = name.split()
    return all(w[:1].isupper() or fold(w) in PREPOSITIONS | DETERMINERS for w in words) and \
        fold(words[0]) not in INDEFINITE | _PLURAL_HEADS


def is_plural(name: str | None) -> bool:
    """True for a speaker that is a group: 'A y B', or a common noun in the plural ("investigadores")."""
    if not name:
        return False
    first = name.split()[0]
    return " y " in name or fold(first) in _PLURAL_HEADS or (first.islower() and first.endswith("s"))


def _collective(doc: Doc, name: str) -> bool:
    """True for a speaker that is a body of people: an organisation the text names, or an outlet, a body."""
    return any(e.name == name and e.type == "ORG" for e in doc.entities) or bool(BODY.search(fold(name.split()[0])))


_PLURAL_HEADS = frozenset("los las unos unas estos estas esos esas muchos muchas varios varias algunos algunas todos "
                          "todas ambos ambas otros otras".split())


def _implied_speaker(doc: Doc, at: int, plural: bool | None = None, named: bool = False) -> str | None:
    """Return who speaks when no one is named: the subject of this sentence before ``at`` or of a sentence of
    this paragraph since the last attribution ("Villanueva reconoció retrasos. «...», declaró."), or of the
    paragraph before when ``at`` opens its own; else the last speaker that agrees with the cue in number,
    else the person named last before ``at``, else the first one named after."""
    name, where = doc.last_speaker
    paragraph = doc.text.rfind("\n", 0, at) + 1
    for s, e in _sentences_before(doc, at, paragraph, where):
        subject = _sentence_subject(doc, s, e, groups=plural is True)
        if subject and (plural is None or is_plural(subject) == plural) and (not named or _is_name(subject)):
            return subject
    if plural is not None or named:  # 'ella': a person named, not "otra persona" nor a group
        name, where = next(((n, w) for n, w in reversed(doc.speakers) if (plural is None or is_plural(n) == plural)
                            and (not named or _is_name(n))), (None, -1))
        if name is None and plural:  # "señalaron" after an outlet or a body spoke: its people
            name, where = next(((n, w) for n, w in reversed(doc.speakers) if _collective(doc, n)), (None, -1))
    if name and at - where < 1500:
        return name
    if name is None:  # no one has spoken yet: the subject of an earlier sentence ("La Secretaría actualizó ...")
        earlier = [(a, b) for a, b in doc.sentences if b <= at and at - a < 800][::-1][:4]
        subject = next((x for x in (_sentence_subject(doc, a, b) for a, b in earlier)
                        if x and (plural is None or is_plural(x) == plural)), None)
        if subject:
            return subject
    before = doc.entities_in(max(0, at - 600), at, ("PER",))
    if before:
        return before[-1].name
    after = doc.entities_in(at, at + 300, ("PER",))
    return after[0].name if after else name


def _sentences_before(doc: Doc, at: int, paragraph: int, where: int) -> list[tuple[int, int]]:
    """Return the sentences whose subject may speak at ``at``, nearest first: this sentence up to ``at`` (unless
    it opens with a quotation), those of this paragraph, or the paragraph before when none is in this one."""
    s, _ = doc.sentence_of(at)
    here = [_narrated(doc, s, at)] if max(paragraph, where) <= s < at else []
    earlier = [(a, b) for a, b in doc.sentences if max(paragraph, where) <= a and b <= at]
    if not earlier and not any(here) and paragraph > 0:
        previous = doc.text.rfind("\n", 0, len(doc.text[:paragraph].rstrip())) + 1
        earlier = [(a, b) for a, b in doc.sentences if max(previous, where) <= a and b <= paragraph]
    return [span for span in here + [_narrated(doc, a, b) for a, b in earlier[::-1]] if span]


def _narrated(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """Return the part of a sentence before its first quotation (the narrator's), None when nothing is left."""
    first = min([a - 1 for a, b in doc.quoted if s <= a - 1 < e or a <= s < b] + [e])
    return (s, first) if re.search(r"\w", doc.text[s:max(s, first)]) else None


def _sentence_subject(doc: Doc, s: int, e: int, groups: bool = False) -> str | None:
    """Return the person or body a sentence opens with ("El abogado de los vecinos, Andrés Mejía, calificó"),
    or with ``groups`` an unnamed group ("Las enfermeras del hospital protestaron")."""
    chunks = [c for c in (_words_only(c) for c in split_chunks(split_words(doc.text, s, e))) if c]
    for _ in range(2):  # "Por su parte, ...", "Lejos de la sobriedad, Trump ...": past an adverbial opening
        if len(chunks) > 1 and len(chunks[0]) <= 6 and fold(chunks[0][0][0]) not in DETERMINERS and \
                not doc.entities_in(chunks[0][0][1], chunks[0][-1][2]):
            chunks = chunks[1:]
    if not chunks:
        return None
    first = chunks[0]
    lead = 2
    if fold(first[0][0]) in DETERMINERS - POSSESSIVES:  # "La sexóloga feminista Sonia Encinas": past the role
        while lead < min(5, len(first) - 1) and first[lead - 1][0].islower() and \
                fold(first[lead - 1][0]) not in PREPOSITIONS:
            lead += 1
    named = [x for x in doc.entities_in(first[0][1], first[-1][2], ("PER", "ORG", "MISC"))
             if x.start <= first[min(lead, len(first) - 1)][1] and not doc.in_phrase(x.start, first[0][1])]
    if named:
        return named[0].name
    if fold(first[0][0]) in DETERMINERS - POSSESSIVES and len(chunks) > 1:
        apposed = doc.entities_in(chunks[1][0][1], chunks[1][-1][2], ("PER",))
        if apposed and apposed[0].start == chunks[1][0][1]:
            return apposed[0].name
    if fold(first[0][0]) in DETERMINERS - POSSESSIVES and len(first) > 1:
        roles = [fold(w[0]) for w in first[1:3] if len(w[0]) > 3 and w[0].islower()]
        holder = _role_holder(doc, roles, first[0][1])
        described = fold(first[1][0]) in _COMPANIES and fold(first[0][0]) not in INDEFINITE  # "La empresa dueña de X"
        if holder or not (described or groups and fold(first[0][0]) in ("los", "las") and is_plural(first[1][0])):
            return holder
        start, end = _noun_phrase(first[:next((k for k, w in enumerate(first) if k and (
            _is_verb_like(w[0]) or fold(w[0]) in FILLER)), len(first))])
        return clean_name(doc.text[start:end])
    return None


def _is_verb_like(word: str) -> bool:
    """True for a word that ends a plural subject: a finite plural verb ("reaccionaron", "exigen") or a cue."""
    key = fold(word)
    return word.islower() and (key.endswith(("aron", "ieron", "eron", "aban", "ian")) or
                               (key.endswith(("an", "en")) and len(key) > 4))


def _body(doc: Doc, head: str, start: int) -> str | None:
    """Return the organisation a body noun stands for ("el ministerio", "la empresa"), named earlier."""
    orgs = doc.entities_in(0, start, ("ORG",))
    for e in reversed(orgs):
        if head in fold(e.name).split():
            return e.name
    spoke = doc.last_speaker[0]
    if head in _COMPANIES and spoke and fold(spoke.split()[0]) in _COMPANIES:
        return spoke  # "La empresa dueña del producto ... aclara. «...», indicó la compañía": the one described
    if head in _COMPANIES and orgs:  # "la petrolera": the last speaker if a body, else the one named most
        if any(e.name == spoke for e in orgs):
            return spoke
        counts: dict[str, int] = {}
        for e in orgs:  # a mention as a subject weighs more than one in a complement ("enviada a la Bolsa")
            at, long = e.start, None
            if doc.text[:e.start].endswith("("):  # "Petróleos Mexicanos (Pemex)": where the long form stands
                long = next((x for x in doc.entities_in(max(0, at - 80), at - 1) if x.end >= at - 3), None)
                at = long.start if long else at
            weight = 1 if doc.in_phrase(at, max(0, at - 80)) else 3
            for name in {e.name, long.name if long and long.type == "ORG" else e.name}:
                counts[name] = counts.get(name, 0) + weight
        return max(reversed(orgs), key=lambda e: counts[e.name]).name
    return None


_COMPANIES = frozenset("""empresa compania firma minera constructora petrolera aerolinea farmaceutica televisora
plataforma partido instituto organizacion institucion company firm""".split())


def _expand(doc: Doc, name: str) -> str:
    """Return an acronym's long form when the text names an organisation with those initials ("CNE")."""
    if not (name.isupper() and 2 <= len(name) <= 6 and name.isalpha()):
        return name
    for e in doc.entities:
        words = [w for w in e.name.split() if w[:1].isupper() and fold(w) not in ("de", "del", "la", "las", "los")]
        if len(words) == len(name) and "".join(w[0] for w in words).upper() == name:
            return e.name
    return name


def clean_name(surface: str) -> str:
    words = re.sub(r"\s+", " ", surface).strip(" ,.:;—–-").split(" ")
    while len(words) > 1 and fold(words[0]) in DETERMINERS | FILLER and fold(words[1]) not in ("de", "del"):
        words = words[1:]  # but "una de las arquitectas": one of them
    return " ".join(words)
