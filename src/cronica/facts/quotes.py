"""Quotes with their speakers, cue verbs and intermediaries (Spanish first, English too).

How a quote is found:

1. Quotation marks (« », “ ”, " ", and the mismatched marks scraped pages carry) are paired by
   which side of a word they touch. An unclosed quote ends with its paragraph, unless its closing
   mark comes in a later paragraph with no quote opened in between (a quote over several paragraphs).
2. Reported speech is read per sentence: "<speaker> <cue> que <content>", "<content>, <cue>
   <speaker>", "según <speaker>, <content>", "<content>, según <speaker>", "de acuerdo con ...",
   "en palabras de ...", "para <person>, ...", "<speaker> <cue>: «...»", "«...», <cue> <speaker>",
   "<speaker>: «...»", and their English counterparts ("said", "according to"). Quotation marks
   inside reported content make the quote mixed. A quotation with no cue of its own is a quote when it
   is long enough to be speech rather than a title or a scare quote; whoever spoke last said it.
3. The speaker phrase is resolved to an entity: a name in it (not one inside a "de ..." complement),
   else for a role ("el fiscal", "the senator") the person the text names beside that role, else the
   last speaker; an institution's statement ("un comunicado del Ministerio") is the institution's.
   A cue with no subject ("Explicó que ...") continues the last speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..records import EntityMention, Quote, record
from .lexicon import fold

# --------------------------------------------------------------------------- cue words

# Reporting verbs. Those marked * take a noun object as readily as a quote ("anunció el despido"),
# so they are cues only before "que" or a quotation, never after their content ("..., anunció X").
_ES_VERBS = """afirmar asegurar señalar explicar declarar indicar agregar añadir manifestar expresar subrayar destacar
precisar insistir comentar reiterar recalcar apuntar admitir considerar remarcar puntualizar aclarar enfatizar
resaltar informar detallar responder confirmar relatar narrar sentenciar opinar replicar contestar finalizar
rematar espetar zanjar abundar apostillar estimar anotar observar valorar ironizar bromear matizar aseverar alertar
avisar argumentar alegar escribir tuitear reconocer *anunciar *denunciar *criticar *lamentar *plantear *prometer
*revelar *mencionar *acusar *comunicar *cuestionar *descartar *garantizar *justificar *proclamar *publicar *reclamar
*recomendar *reprochar *reivindicar *defender *calificar *describir *exigir *anticipar *adelantar *insinuar
*solicitar *temer *recordar *negar *confesar *desmentir *advertir *sugerir *referir *repetir *pedir *exponer
*proponer *concluir *sostener *mantener *decir *contar *comprometer""".split()
_ES_IRREGULAR = {  # lemma: forms the regular pattern misses
    "decir": "dijo dijeron dice dicen decía decían diciendo dicho",
    "sostener": "sostuvo sostuvieron sostiene sostienen", "mantener": "mantuvo mantiene mantienen",
    "advertir": "advirtió advirtieron advierte advierten advirtiendo", "referir": "refirió refiere refiriendo",
    "sugerir": "sugirió sugiere sugiriendo", "pedir": "pidió pidieron pide piden pidiendo",
    "repetir": "repitió repite repiten repitiendo", "concluir": "concluyó concluye concluyeron concluyendo",
    "exponer": "expuso expusieron expone exponen expuesto exponiendo", "proponer": "propuso propone propuesto",
    "recordar": "recuerda recuerdan", "negar": "niega niegan", "confesar": "confiesa confiesan",
    "manifestar": "manifiesta manifiestan", "desmentir": "desmintió desmiente desmienten desmintiendo",
    "escribir": "escrito", "describir": "descrito", "contar": "contó contaron",
}
_ES_AMBIGUOUS = frozenset("informe informes nota pregunta cuenta cuentan critica apunte contar alerta alertas".split())
_ES_CORE_AFTER = frozenset({"decir", "advertir", "concluir", "recordar"})  # postposed despite the *
_EN_VERBS = """say:said:saying tell:told:telling state add note explain warn claim argue insist write:wrote:writing
tweet announce acknowledge admit:admitted:admitting assert declare suggest report recall reply:replied:replying
respond continue conclude believe predict promise deny:denied:denying confirm stress emphasize contend maintain
observe remark reveal allege complain boast vow concede mention joke quip:quipped:quipping testify:testified:testifying
agree ask think:thought:thinking fear hope expect estimate""".split()
_EN_AFTER = frozenset("say tell state add note explain warn claim argue insist write tweet acknowledge admit assert "
                      "declare recall reply respond continue conclude remark observe concede joke quip ask".split())


@dataclass(frozen=True, slots=True)
class _Cue:
    lemma: str
    form: str  # finite | gerund | infinitive | participle
    after: bool  # may follow its content ("..., dijo X")


_ENDINGS = {
    True: {"finite": ("ó", "aron", "a", "an", "aba", "aban"), "gerund": ("ando",), "participle": ("ado",)},
    False: {"finite": ("ió", "ieron", "e", "en", "ía", "ían"), "gerund": ("iendo",), "participle": ("ido",)},
}


def _spanish_cues() -> dict[str, _Cue]:
    cues: dict[str, _Cue] = {}
    for entry in _ES_VERBS:
        lemma, noun_object = entry.lstrip("*"), entry.startswith("*")
        after = not noun_object or lemma in _ES_CORE_AFTER
        stem, endings = lemma[:-2], _ENDINGS[lemma[-2:] == "ar"]
        forms = {form: [stem + e for e in ends] for form, ends in endings.items()} | {"infinitive": [lemma]}
        for form, words in forms.items():
            for word in words:
                cues.setdefault(word, _Cue(lemma, form, after))
        for word in _ES_IRREGULAR.get(lemma, "").split():
            form = ("gerund" if word.endswith("ndo") else "participle" if word.endswith(("cho", "to")) else "finite")
            cues[word] = _Cue(lemma, form, after)
    for word in _ES_AMBIGUOUS:
        cues.pop(word, None)
    return cues


def _english_cues() -> dict[str, _Cue]:
    cues: dict[str, _Cue] = {}
    for entry in _EN_VERBS:
        lemma, *irregular = entry.split(":")
        past = irregular[0] if irregular else (lemma + "d" if lemma.endswith("e") else lemma + "ed")
        gerund = irregular[1] if irregular else (lemma[:-1] if lemma.endswith("e") else lemma) + "ing"
        third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma not in ("say",) else (
            lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s")
        after = lemma in _EN_AFTER
        for word, form in ((lemma, "finite"), (third, "finite"), (past, "finite"), (gerund, "gerund")):
            cues.setdefault(word, _Cue(lemma, form, after))
    cues["written"] = _Cue("write", "participle", True)
    return cues


_ES_CUES = _spanish_cues()
_EN_CUES = _english_cues()
_AUX = frozenset(fold(w) for w in "ha han había habían habría hubo has have had".split())
_DETERMINERS = frozenset(fold(w) for w in "el la los las un una unos unas este esta estos estas ese esa su sus "
                                          "the a an this these his her their its".split())
_POSSESSIVES = frozenset("su sus his her their its".split())
_PREPOSITIONS = frozenset(fold(w) for w in "de del por con a al en para sobre desde entre contra sin tras hacia ante "
                                          "según durante of by with to at in on for from about against after into "
                                          "during como than".split())
_PRONOUNS = frozenset("he she they i we it él ella ellos ellas".split())
_RELATIVES = frozenset("quien quienes who".split())
_SUBORDINATORS = frozenset(fold(w) for w in "que which that donde where y e pero porque pues aunque cuando si como "
                                            "mientras and but because while when if".split())
_GROUPS = frozenset("aquellos aquellas quienes those many some otros otras varios varias muchos muchas algunos "
                    "algunas".split())
_FILLER = frozenset(fold(w) for w in "también además ya hoy ayer anoche nuevamente incluso luego finalmente después "
                                     "entonces asimismo posteriormente no sí se le les lo me nos te "
                                     "also then later again now yesterday today monday tuesday wednesday thursday "
                                     "friday saturday sunday".split())
_CONNECTORS = frozenset(fold(w) for w in "y e pero , además también and but al tiempo mientras".split())
_MASKED = frozenset("NUMBER URL PHONE EMAIL".split())  # placeholders some corpora put for numbers and links
_OUTLETS = frozenset("medio diario periodico agencia cadena canal emisora radio revista portal sitio web programa "
                     "noticiero newspaper network".split())
_MEDIA_WORDS = frozenset("radio diario canal agencia televisión television tv noticias revista".split())
# Heads of a speaker phrase that name a body, an outlet, a document or a group: kept as written, not
# resolved to a person ("los investigadores", "el diario español As", "un comunicado del Ministerio").
_STATEMENT_NOUNS = frozenset(fold(w) for w in """comunicado nota informe documento resolución declaración carta
mensaje balance estudio investigación encuesta boletín fallo sentencia auto dictamen teoría versión datos cifras
sondeo estimación análisis cálculos statement report study letter ruling theory data figures poll
analysis""".split())
_BODY = re.compile(r"(?:s|policia|gobierno|autoridad|fiscalia|ministerio|prensa|oficina|comision|diario|periodico|"
                   r"sitio|portal|medio|agencia|cadena|canal|emisora|revista|web|empresa|compania|minera|constructora|"
                   r"firma|gente|police|"
                   r"government|ministry|office|agency|newspaper|paper|campaign|company)$")
_WORD = re.compile(r"(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Sr|Sra|Dra|Lic|Ing|St|Jr|Lt|Col|Sgt|Prof|Pres)\.|"
                   r"[^\W\d_][\w'’\-]*(?:\.(?=\w))?|\d[\d.,]*|\S", re.UNICODE)
_TIME = re.compile(r"(?:este|esta|el|la|el pasado|this|on|last)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|"
                   r"domingo|mañana|tarde|noche|semana|mes|año|monday|tuesday|wednesday|thursday|friday|saturday|"
                   r"sunday|week|morning|night)\b", re.IGNORECASE)


@record
class Attribution:
    """A quote with the offsets of its speaker's mention in the text (None when the speaker is implied)."""

    quote: Quote
    source_start: int | None = None
    source_end: int | None = None


@dataclass(slots=True)
class _Found:
    """A quote being built: content offsets, kind, cue, and the speaker's mention (None: the last speaker)."""

    start: int
    end: int
    kind: str
    cue: str | None
    cue_at: int  # where the attribution clause is, for the intermediary and the implied speaker
    phrase: tuple[int, int] | None = None
    rank: int = 0  # which candidate wins an overlap: 3 explicit speaker, 2 implied, 1 bare quotation
    via: tuple[int, int] | None = None  # the source that reports this speaker's words ("según la Cancillería")


# --------------------------------------------------------------------------- text geometry


def _pair_marks(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of the content of every quotation, paired by the side of a word each mark touches."""
    spans, stack = [], []
    for m in re.finditer(r"[«»“”\"]", text):
        pos, side = m.start(), _side(text, m.start())
        if side == "either":  # spaces on both sides: it opens unless a quotation is open in this paragraph
            side = "close" if stack and "\n" not in text[stack[-1]:pos] else "open"
        if stack and side == "open" and "\n" in text[stack[-1]:pos]:
            spans.append((stack[0] + 1, _line_end(text, stack[0])))  # an unclosed quote ends with its paragraph
            stack = []
        if side == "open":
            stack.append(pos)
        elif stack:
            opened = stack.pop()
            if not stack:
                spans.append((opened + 1, pos))
    if stack:
        spans.append((stack[0] + 1, _line_end(text, stack[0])))
    return [(a, b) for a, b in spans if b > a]


def _side(text: str, pos: int) -> str:
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if pos == 0 or before in "([{—–-:;¿¡/":
        return "open"
    if before.isspace() or before == ",":
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:)]}!?…—–-»”\"'’" or pos + 1 == len(text):
        return "close"
    return "open" if text[pos] in "«“" else "close"


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


_ABBREV = re.compile(r"\b(?:Sr|Sra|Dr|Dra|Mr|Mrs|Ms|Lic|Ing|Gen|Gov|Sen|Rep|St|Inc|Co|Jr|etc|No|núm|vs|U\.S|"
                     r"EE\.UU|[A-Z])\.$")


def _sentences(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return sentence spans; a full stop inside a quotation does not end the sentence around it."""
    cuts = [0]
    for m in re.finditer(r"[.!?…]+[»”\"’']?(?=\s+[«“\"¿¡(\w])|\n+", text):
        if m.group().startswith("\n"):
            cuts.extend((m.start(), m.end()))
        elif not any(a < m.start() < b for a, b in quoted) and \
                not _ABBREV.search(text[max(0, m.start() - 8):m.start() + 1]):
            cuts.append(m.end())
    cuts.append(len(text))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        if b > a:
            spans.append((a, b))
    return spans


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def _clean_entities(entities: tuple[EntityMention, ...]) -> list[EntityMention]:
    """Return the mentions a speaker can be: none across a line break, none of the corpora's placeholders."""
    out = []
    for e in entities:
        if e.surface in _MASKED:
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
        words = e.surface.split(" ")
        if len(words) >= 4 and fold(words[0]) in _MEDIA_WORDS:  # "dijo a Radio Cumbre Eusebio Huamaní Ccori"
            cut = e.start + len(" ".join(words[:2]))
            medium, rest = " ".join(words[:2]), " ".join(words[2:])
            out.append(EntityMention(name=medium, type="ORG", surface=medium, start=e.start, end=cut))
            out.append(EntityMention(name=rest, type="PER", surface=rest, start=cut + 1, end=e.end))
            continue
        out.append(e)
    return sorted(out, key=lambda e: e.start)


# --------------------------------------------------------------------------- the document being read


class _Doc:
    """A text with its quotations, sentences and entities, and the last speaker found so far."""

    def __init__(self, text: str, entities: tuple[EntityMention, ...]):
        self.text = text
        self.folded = fold(text)
        self.quoted = _pair_marks(text)
        self.sentences = _sentences(text, self.quoted)
        self.entities = _clean_entities(entities)
        self._starts = [e.start for e in self.entities]
        self.english = len(re.findall(r"\b(?:the|and|of|said|is|to)\b", text)) > \
            len(re.findall(r"\b(?:el|la|los|de|que|y|en)\b", text))
        self.cues = _EN_CUES if self.english else _ES_CUES
        self.last_speaker: tuple[str | None, int] = (None, -1)

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

    def cue(self, word: str, before: str = "") -> _Cue | None:
        """Return the cue a word is; a participle only after an auxiliary ("ha dicho"); English ones in lower case."""
        found = self.cues.get(word.lower())
        if found is None:
            if fold(word) == "claro" and fold(before).startswith("dej"):  # "dejó claro que"
                return _Cue("dejar claro", "finite", False)
            return None
        if self.english and not word.islower():
            return None
        if found.form == "participle" and fold(before) not in _AUX:
            return None
        return found

    def in_phrase(self, start: int, lo: int) -> bool:
        """True when the name at ``start`` sits in a complement ("de la canciller X", "por correo"), not a subject.

        A preposition followed by bare nouns then the name is a role's complement ("el presentador
        de televisión Jonathan Ross"), not the name's; a name coordinated with one in a complement
        shares it ("en la Ciudad de México y Área Metropolitana").
        """
        words = _words(self.text, max(lo, start - 80), start)
        for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
            word, key = words[k][0], fold(words[k][0])
            if key in _PREPOSITIONS:
                between = words[k + 1:]
                person = any(e.type == "PER" and e.start == start for e in self.entities_in(start, start + 200))
                if between and fold(between[-1][0]) in _OUTLETS and person:
                    return False  # "al citado medio Baris Donmez": a person after an unnamed outlet is not its name
                return not between or key in ("al", "del") or fold(between[0][0]) in _DETERMINERS
            if key in ("y", "e", "o", "and", "or") and k == len(words) - 1 and k and words[k - 1][0][:1].isupper():
                previous = self.entities_in(max(lo, words[k - 1][1] - 60), words[k - 1][2])
                return bool(previous) and self.in_phrase(previous[-1].start, lo)
            if key in _DETERMINERS or (word.isalpha() and word.islower() and self.cue(word) is None):
                continue
            return False
        return False


# --------------------------------------------------------------------------- speakers


def _chunks(words: list) -> list[list]:
    """Split words at commas, dashes and parentheses (a parenthesis's content is dropped)."""
    chunks, current, depth = [], [], 0
    for w in words:
        if w[0] == "(":
            depth += 1
        elif w[0] == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and w[0] in ",—–":
            chunks.append(current)
            current = []
        elif depth == 0:
            current.append(w)
    chunks.append(current)
    return [c for c in chunks if c]


def _subject_before(doc: _Doc, lo: int, cue: int, first: bool = False) -> tuple[int, int] | None:
    """Return the span of the subject of a cue in the clause before it, or None (no subject: the last speaker).

    The subject is the comma-separated chunk nearest the cue (the first one for a gerund, whose subject
    is the sentence's) that holds a name outside a complement, or that opens with an article; an
    apposition after a name ("Keith, un destacado manifestante, dice") gives the name.
    """
    cuts = [b + 1 for _, b in doc.quoted if lo <= b < cue and re.match(r".?\s*[,.]", doc.text[b:b + 3])]
    lo = max([lo, *cuts, *(lo + m.end() for m in re.finditer(r"[;:]", doc.text[lo:cue]))])
    words = _words(doc.text, lo, cue)
    while words and (fold(words[-1][0]) in _FILLER | _AUX or words[-1][0] == ","):
        words.pop()
    if words and fold(words[-1][0]) in ("y", "e", "and") and words[0][0][:1].isupper():
        return _shared_subject(doc, words)  # "Los manifestantes corearon consignas ... y exigían que"
    if not words or fold(words[-1][0]) in _SUBORDINATORS:
        return None  # "en la que expuso", "porque argumentaron": the subject is the one already speaking
    if fold(words[-1][0]) in _RELATIVES:  # "Alessandra Rosaldo quien le escribió": the antecedent
        named = doc.entities_in(max(lo, words[-1][1] - 60), words[-1][1])
        if named and not doc.text[named[-1].end:words[-1][1]].strip(" ,"):
            return named[-1].start, named[-1].end
        words.pop()
    chunks = _chunks(words)
    order = range(len(chunks)) if first else range(len(chunks) - 1, -1, -1)
    for k in order:
        chunk = chunks[k]
        span = (chunk[0][1], chunk[-1][2])
        names = [e for e in doc.entities_in(*span) if not doc.in_phrase(e.start, span[0])]
        if names:
            return _coordinated(doc, names, first)
        head = fold(chunk[0][0])
        if head in _PRONOUNS | _GROUPS or (head in _DETERMINERS - _POSSESSIVES and len(chunk) > 1):
            if k and not first:
                before = [e for e in doc.entities_in(chunks[k - 1][0][1], chunks[k - 1][-1][2], ("PER", "MISC"))
                          if e.end == chunks[k - 1][-1][2]]
                if before:  # "Keith (49), un destacado manifestante, dice": the named one
                    return before[-1].start, before[-1].end
            return _noun_phrase(chunk)
    opened = [e for e in doc.entities_in(lo, cue) if re.search(r"\bdesde\s+(?:el\s+|la\s+)?$", doc.text[lo:e.start])]
    return (opened[0].start, opened[0].end) if opened else None  # "desde la Cancillería aseguran que"


def _shared_subject(doc: _Doc, words: list) -> tuple[int, int] | None:
    """Return the subject a clause shares with the one before it: a name or a plural group opening the sentence."""
    first = _chunks(words)[0]
    names = [e for e in doc.entities_in(first[0][1], first[-1][2]) if e.start <= first[min(1, len(first) - 1)][1]]
    if names:
        return names[0].start, names[0].end
    if len(first) > 1 and fold(first[0][0]) in _DETERMINERS - _POSSESSIVES and first[1][0].islower() and \
            first[1][0].endswith("s"):
        return first[0][1], first[1][2]
    return None


def _noun_phrase(chunk: list) -> tuple[int, int]:
    """Return a speaker phrase's span up to a relative clause or a complement other than 'de' ("el productor")."""
    end = len(chunk)
    for k, (word, _, _) in enumerate(chunk[1:], 1):
        key = fold(word)
        if key in ("que", "quien", "who", "which", "y", "and") or key in _PREPOSITIONS - {"de", "del", "of"}:
            end = k
            break
    return chunk[0][1], chunk[end - 1][2]


def _coordinated(doc: _Doc, names: list[EntityMention], first: bool) -> tuple[int, int]:
    names = _joined(doc, names)
    chosen = names[0] if first else names[-1]
    k = names.index(chosen)
    if k and re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:y|e|and)\s+", doc.text[names[k - 1].end:chosen.start]):
        return names[k - 1].start, chosen.end  # "Andrés Arauz (UNES) y Guillermo Lasso"
    return chosen.start, chosen.end


def _joined(doc: _Doc, names: list[EntityMention]) -> list[EntityMention]:
    """Join mentions that touch ("DC" "Comics"): the recogniser split one name."""
    out: list[EntityMention] = []
    for e in names:
        if out and doc.text[out[-1].end:e.start] == " ":
            surface = doc.text[out[-1].start:e.end]
            out[-1] = EntityMention(name=surface, type=out[-1].type, surface=surface, start=out[-1].start, end=e.end)
        else:
            out.append(e)
    return out


def _subject_after(doc: _Doc, start: int, hi: int) -> tuple[int, int] | None:
    """Return the span of an inverted subject after a cue ("..., dijo este sábado la policía"), or None."""
    stop = re.search(r"[.;:\n]|\bque\b|\bthat\b|[«»“”\"](?![^«»“”\"\n]{1,30}[»”\"])", doc.text[start:hi])
    words = _words(doc.text, start, start + stop.start() if stop else hi)
    chunks = _chunks(words)
    if not chunks:
        return None
    first = chunks[0]
    span = (first[0][1], first[-1][2])
    names = [e for e in doc.entities_in(*span) if not doc.in_phrase(e.start, span[0])]
    if names:
        return _joined(doc, names)[0].start, _joined(doc, names)[0].end
    time = _TIME.match(doc.text, span[0])
    first = [w for w in first if fold(w[0]) not in _FILLER and (not time or w[1] >= time.end())]
    while first and fold(first[0][0]) in _PREPOSITIONS:  # "en un comunicado el ministro": past the complement
        k = 1
        while k < len(first) and (fold(first[k][0]) in _PREPOSITIONS or (first[k][0].islower() and (
                fold(first[k][0]) not in _DETERMINERS or k == 1 or fold(first[k - 1][0]) in _PREPOSITIONS))):
            k += 1
        first = first[k:]
    if not first:
        return None
    lead = fold(first[0][0])
    if lead not in _DETERMINERS and lead not in _PRONOUNS and not (first[0][0].islower() and lead.endswith("s")):
        return None
    start, end = _noun_phrase(first)
    if len(chunks) > 1:  # "dice el corresponsal de la BBC, Chris Buckler": the apposition names the role
        apposed = doc.entities_in(chunks[1][0][1], chunks[1][-1][2] + 1, ("PER", "MISC"))
        if apposed and apposed[0].start == chunks[1][0][1]:
            end = apposed[0].end
    return start, end


def _speaker_name(doc: _Doc, phrase: tuple[int, int] | None, at: int) -> str | None:
    """Return the name a speaker phrase stands for; no phrase: the last speaker, or the person last named."""
    if phrase is None:
        return _implied_speaker(doc, at)
    start, end = phrase
    surface = doc.text[start:end]
    if fold(surface).strip() in _PRONOUNS:
        return _implied_speaker(doc, start)
    inside = doc.entities_in(start, end + 1)
    free = _joined(doc, [e for e in inside if not doc.in_phrase(e.start, start)])
    if len(free) > 1 and re.search(r"\s(?:y|e|and)\s", doc.text[free[0].end:free[1].start]):
        return f"{free[0].name} y {free[1].name}"
    if free:
        person = next((e for e in free if e.type == "PER"), free[0])
        return _expand(doc, _entity_name(doc, person, end))
    content = [w for w in (fold(w) for w in re.findall(r"\w+", surface)) if w not in _DETERMINERS | _FILLER]
    head = content[0] if content else ""
    if head in _STATEMENT_NOUNS:  # "un comunicado del Ministerio", "el fallo, redactado por la jueza X"
        author = re.search(r"(?:redactad|firmad|emitid|difundid|publicad|signed|issued)\w*\s+(?:por|by)\s+",
                           doc.text[start:end + 30])
        named = inside or (author and doc.entities_in(start + author.end(), start + author.end() + 80, ("PER", "ORG")))
        return _expand(doc, _entity_name(doc, named[0], end)) if named else _clean(surface)
    if _BODY.search(head) or head in _GROUPS:
        return (not head.endswith("s") and _body(doc, head, start)) or _clean(surface)
    roles = [w for w in content[:3] if len(w) > 3 and w not in _PREPOSITIONS]
    holder = (len(roles) > 1 and _role_holder(doc, [" ".join(roles[:2])], start)) or _role_holder(doc, roles[:1], start)
    bodies = [e for e in inside if e.type == "ORG"]
    if not holder and bodies and fold(surface.split()[0]) in ("un", "una", "a", "an"):
        return _expand(doc, bodies[0].name)  # "un portavoz del Gobierno": someone new, unnamed, of the Government
    return holder or _implied_speaker(doc, start) or _clean(surface)


def _entity_name(doc: _Doc, entity: EntityMention, phrase_end: int) -> str:
    tail = re.match(r"[ \t]+([a-záéíóúñ]+)\b", doc.text[entity.end:phrase_end + 1])
    if entity.type == "ORG" and tail and fold(tail.group(1)) not in _PREPOSITIONS and doc.cue(tail.group(1)) is None:
        return f"{entity.name} {tail.group(1)}"  # "la Cancillería peruana": the adjective says which one
    return entity.name


def _role_holder(doc: _Doc, roles: list[str], start: int) -> str | None:
    """Return the person named beside a role noun earlier in the text ("el fiscal, Gerardo Márquez")."""
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
    return None


def _implied_speaker(doc: _Doc, at: int) -> str | None:
    """Return who speaks when no one is named: the subject of a sentence of this paragraph since the last
    attribution ("Villanueva reconoció retrasos. «...», declaró."), else the last speaker, else the person
    named last before ``at``, else the first one named after."""
    name, where = doc.last_speaker
    paragraph = doc.text.rfind("\n", 0, at) + 1
    for s, e in reversed([(s, e) for s, e in doc.sentences if max(paragraph, where) <= s and e <= at]):
        subject = _sentence_subject(doc, s, e)
        if subject:
            return subject
    if name and at - where < 1500:
        return name
    before = doc.entities_in(max(0, at - 600), at, ("PER",))
    if before:
        return before[-1].name
    after = doc.entities_in(at, at + 300, ("PER",))
    return after[0].name if after else name


def _sentence_subject(doc: _Doc, s: int, e: int) -> str | None:
    """Return the person or body a sentence opens with ("El abogado de los vecinos, Andrés Mejía, calificó")."""
    chunks = _chunks(_words(doc.text, s, e))
    if len(chunks) > 1 and len(chunks[0]) <= 3 and not doc.entities_in(chunks[0][0][1], chunks[0][-1][2]):
        chunks = chunks[1:]  # "Por su parte, ..."
    if not chunks:
        return None
    first = chunks[0]
    named = [x for x in doc.entities_in(first[0][1], first[-1][2], ("PER", "ORG", "MISC"))
             if x.start <= first[min(2, len(first) - 1)][1] and not doc.in_phrase(x.start, first[0][1])]
    if named:
        return named[0].name
    if fold(first[0][0]) in _DETERMINERS - _POSSESSIVES and len(chunks) > 1:
        apposed = doc.entities_in(chunks[1][0][1], chunks[1][-1][2], ("PER",))
        if apposed and apposed[0].start == chunks[1][0][1]:
            return apposed[0].name
    if fold(first[0][0]) in _DETERMINERS - _POSSESSIVES and len(first) > 1:
        roles = [fold(w[0]) for w in first[1:3] if len(w[0]) > 3 and w[0].islower()]
        return _role_holder(doc, roles, first[0][1])
    return None


def _body(doc: _Doc, head: str, start: int) -> str | None:
    """Return the organisation a body noun stands for ("el ministerio", "la empresa"), named earlier."""
    orgs = doc.entities_in(0, start, ("ORG",))
    for e in reversed(orgs):
        if head in fold(e.name).split():
            return e.name
    if head in ("empresa", "compania", "firma", "minera", "constructora", "company", "firm") and orgs:
        spoke = doc.last_speaker[0]
        return spoke if any(e.name == spoke for e in orgs) else orgs[-1].name
    return None


def _expand(doc: _Doc, name: str) -> str:
    """Return an acronym's long form when the text names an organisation with those initials ("CNE")."""
    if not (name.isupper() and 2 <= len(name) <= 6 and name.isalpha()):
        return name
    for e in doc.entities:
        words = [w for w in e.name.split() if w[:1].isupper() and fold(w) not in ("de", "del", "la", "las", "los")]
        if len(words) == len(name) and "".join(w[0] for w in words).upper() == name:
            return e.name
    return name


def _clean(surface: str) -> str:
    words = re.sub(r"\s+", " ", surface).strip(" ,.:;—–-").split(" ")
    while len(words) > 1 and fold(words[0]) in _DETERMINERS | _FILLER:
        words = words[1:]
    return " ".join(words)


# --------------------------------------------------------------------------- reported speech


_SUBJECT_START = frozenset("he she they it we i the a an this his her their mr mrs ms".split())
_BARE_CUES = frozenset("say tell add write argue note claim insist warn explain believe think state declare "
                       "acknowledge admit suggest predict".split())


def _reported(doc: _Doc, s: int, e: int) -> list[_Found]:
    """Return the reported speech of one sentence: que-clauses, cues after their content, 'según' and the like."""
    words = _words(doc.text, s, e)
    found = []
    for i, (word, start, _) in enumerate(words):
        before = words[i - 1][0] if i else ""
        cue = doc.cue(word, before)
        if cue is None or doc.inside_quote(start) or (word[0].isupper() and i and before not in "—–-"):
            continue
        if (fold(before) == "se" or (i > 1 and fold(words[i - 2][0]) == "se" and fold(before) in _AUX)) and \
                not doc.entities_in(max(s, start - 50), start, ("PER", "ORG", "MISC")):
            continue  # "se informó que": no one in particular
        after_prep = re.search(r"\b(?:tras|al|luego de|después de)\s+$", doc.text[s:start], re.I)
        if cue.form == "infinitive" and not after_prep:
            continue  # "hasta descartar que": not something said; "tras mencionar que" is
        candidate = _que_clause(doc, words, i, cue, s, e) or (cue.after and _postposed(doc, words, i, cue, s, e))
        if candidate:
            found.append(candidate)
    found.extend(_according(doc, s, e))
    return found


def _que_clause(doc: _Doc, words: list, i: int, cue: _Cue, s: int, e: int) -> _Found | None:
    """'<speaker> <cue> [a la agencia X, este lunes] que <content>' (English: 'said [that] <content>')."""
    comp = "that" if doc.english else "que"
    j = i + 1
    while j < len(words) and j <= i + 14 and fold(words[j][0]) != comp:
        if words[j][0] in ".;:«»“”\"" or doc.inside_quote(words[j][1]) or doc.cue(words[j][0], words[j - 1][0]):
            break
        j += 1
    if j >= len(words) or fold(words[j][0]) != comp:
        return _bare_clause(doc, words, i, cue, s, e) if doc.english else None
    filler = words[i + 1:j]
    if filler and not _is_filler(doc, filler, cue, i == 0 or words[i - 1][0] in "—–-"):
        return _bare_clause(doc, words, i, cue, s, e) if doc.english else None  # "said he would ensure that ..."
    start = words[j][1] if doc.english else words[j][2]
    later = re.match(r"[^.;:]{0,40}?,\s*que\b", doc.text[start:e])
    if later and filler and fold(filler[-1][0]) not in _FILLER and not doc.english:
        start += later.end()  # "en una entrevista que sostuvo con XEU, que ...": the second 'que'
    return _clause(doc, words, i, cue, start, e, s, filler)


def _bare_clause(doc: _Doc, words: list, i: int, cue: _Cue, s: int, e: int) -> _Found | None:
    """English 'he said the plan would fail': the content starts right after the cue."""
    if cue.lemma not in _BARE_CUES or cue.form != "finite" or i + 1 >= len(words):
        return None
    nxt = re.split(r"['’]", words[i + 1][0])[0]  # "he’s"
    if not (nxt.lower() in _SUBJECT_START or nxt[:1].isupper()) or doc.inside_quote(words[i + 1][1]):
        return None
    return _clause(doc, words, i, cue, words[i + 1][1], e, s, [])


def _is_filler(doc: _Doc, filler: list, cue: _Cue, initial: bool) -> bool:
    """True when the words between a cue and 'que' are complements, not an object with its relative clause."""
    first = fold(filler[0][0])
    keys = [fold(w[0]) for w in filler]
    if keys[-1] in ("de", "of", "del") or any(k in ("y", "e", "and") for k in keys) or \
            any(a == "," and b in _DETERMINERS for a, b in zip(keys, keys[1:])):
        return False  # "la posibilidad de que", "pedido fondos y que", "una declaración, la primera que"
    if initial:  # "Asegura el líder de Morena que ...": the subject comes after the verb
        return len(filler) <= 8 and not any(w[0] == "," for w in filler)
    if cue.lemma == "tell" or first in _PREPOSITIONS | _FILLER or filler[0][0] == ",":
        return True
    return bool(_TIME.match(doc.text, filler[0][1])) or first in ("le", "les", "me", "nos")


def _clause(doc: _Doc, words: list, i: int, cue: _Cue, start: int, e: int, s: int, filler: list) -> _Found | None:
    end = _clause_end(doc, start, e)
    if len(re.findall(r"\w+", doc.text[start:end])) < 2:
        return None
    cue_start = words[i - 1][1] if i and fold(words[i - 1][0]) in _AUX else words[i][1]
    phrase = _subject_before(doc, s, cue_start, first=cue.form in ("gerund", "infinitive"))
    if phrase is None and filler:
        phrase = _subject_after(doc, words[i][2], filler[-1][2] + 1)
    start, end, kind = _content(doc, start, end)
    return _Found(start, end, kind, words[i][0].lower(), words[i][1], phrase, rank=3 if phrase else 2)


def _content(doc: _Doc, start: int, end: int) -> tuple[int, int, str]:
    """Trim a reported content; a content that is one whole quotation keeps what is inside the marks."""
    while start < end and doc.text[start] in " \t\n,":
        start += 1
    while end > start and doc.text[end - 1] in " \t\n,.;:":
        end -= 1
    whole = doc.quote_at(start)
    if whole and whole[1] >= end - 1 and not doc.english:  # English keeps 'that "..."' whole, as PARC does
        return whole[0], whole[1], "mixed"
    inside = any(start <= a and b <= end + 1 for a, b in doc.quoted)
    return start, end, "mixed" if inside else "indirect"


def _clause_end(doc: _Doc, start: int, e: int) -> int:
    """Return where a reported content ends: the sentence's end, a ';', a colon before a quotation, a new cue."""
    words = _words(doc.text, start, e)
    for k, (word, ws, we) in enumerate(words):
        if doc.inside_quote(ws):
            continue
        if word == ";" or (word == ":" and doc.quote_at(we)):
            return ws
        cue = doc.cue(word, words[k - 1][0]) if k > 1 else None
        if cue and _introduces(words, k):
            head = k - 1 if fold(words[k - 1][0]) in _AUX or cue.lemma == "dejar claro" else k
            cut = head
            while cut > 0 and (fold(words[cut - 1][0]) in _CONNECTORS | _FILLER | {"que"} or words[cut - 1][0] == ","):
                cut -= 1
            if any(fold(w[0]) in _CONNECTORS | {"que"} for w in words[cut:head]):  # "..., y agregó que"
                return words[cut][1]
    return e


def _introduces(words: list, k: int) -> bool:
    """True when the cue at ``k`` opens a clause of its own: 'que' or ':' follows within its complements."""
    for word, _, _ in words[k + 1:k + 9]:
        key = fold(word)
        if key in ("que", "that", ":"):
            return True
        if word in ".;,«»“”\"":
            return False
    return False


_TAIL = re.compile(r"\s*(?:$|[.,;!?]|(?:a|al|en|ante|por|con|desde|to|in|on|at|during|this|last|este|esta|el|"
                   r"ayer|hoy|yesterday|today)\b)", re.IGNORECASE)


def _postposed(doc: _Doc, words: list, i: int, cue: _Cue, s: int, e: int) -> _Found | None:
    """'<content>, dijo el ministro.' / '<content>, tal como explica X' / '<content>, he said.'"""
    if cue.form not in ("finite", "participle"):
        return None
    k = i - 1 if i and fold(words[i - 1][0]) in _AUX else i
    subject = None
    if k and words[k - 1][0] in ",—–":
        comma = words[k - 1][1]
    elif k > 2 and fold(words[k - 1][0]) == "como" and "," in (words[k - 2][0], words[k - 3][0]):
        comma = words[k - 2][1] if words[k - 2][0] == "," else words[k - 3][1]
    else:  # ", X dijo" / ", he said": a short subject between the comma and the cue, nothing said after it
        back = next((m for m in range(k - 1, max(-1, k - 6), -1) if words[m][0] in ",—–"), None)
        tail = doc.text[words[i][2]:e]
        if back is None or back == k - 1 or not _TAIL.match(tail) or len(re.findall(r"\w+", tail)) > 6:
            return None
        subject = (words[back + 1][1], words[k - 1][2])
        lead = fold(words[back + 1][0])
        plain = doc.english and all(w[0].isalpha() for w in words[back + 1:k])
        if not (lead in _DETERMINERS | _PRONOUNS or doc.entities_in(subject[0], subject[1] + 1) or plain):
            return None
        comma = words[back][1]
    whole = doc.quote_at(s)
    if (whole and whole[1] >= comma - 1) or doc.text[:comma].rstrip().endswith(("»", "”", '"')):
        return None  # '«...», dijo': the quotation takes its cue in the quotation pass
    chunks = _chunks(_words(doc.text, s, comma))
    named = bool(chunks) and len(chunks[0]) <= 4 and chunks[0][0][0][:1].isupper() and \
        doc.entities_in(chunks[0][0][1], chunks[0][-1][2] + 1, ("PER", "ORG", "MISC"))
    ends_named = any(x.end == comma for x in doc.entities_in(s, comma, ("PER",)))
    if doc.text[words[i][2]:e].lstrip().startswith(":") or ends_named or named:
        return None  # "Villanueva, por su parte, reconoció ...": the name is the subject, not what was said
    if len(re.findall(r"\w+", doc.text[s:comma])) < 4:
        return None
    if subject is None:
        subject = _subject_after(doc, words[i][2], e)
        tail = doc.text[words[i][2]:e]
        if subject is None and (not _TAIL.match(tail) or len(re.findall(r"\w+", tail)) > 6):
            return None  # ", confirmaron niveles de plomo": an object, not a cue after its content
    start, end, kind = _content(doc, s, comma)
    return _Found(start, end, kind, words[i][0].lower(), words[i][1], subject, rank=3 if subject else 2)


_ACCORDING = re.compile(r"\b(?:(?P<src>según|de acuerdo (?:con|a)|en palabras de|according to)|"
                        r"(?P<own>en su opinión|a su juicio|desde su punto de vista|en sus palabras|"
                        r"in (?:his|her) view)|(?P<para>para))\b", re.IGNORECASE)


def _according(doc: _Doc, s: int, e: int) -> list[_Found]:
    """'según X, <content>', '<content>, según X', '..., según X, ...', 'en su opinión, ...', 'para X, ...'."""
    found = []
    for m in _ACCORDING.finditer(doc.text, s, e):
        if doc.inside_quote(m.start()):
            continue
        lead = doc.text[s:m.start()]
        initial = bool(re.fullmatch(r"[\s¿¡]*(?:(?:pero|y|e|además|sin embargo|and|but)\s*,?\s*)?", lead, re.I))
        if m.group("para"):
            names = doc.entities_in(m.end(), m.end() + 60, ("PER", "ORG", "MISC"))
            between = doc.text[m.end():names[0].start].split() if names else ["-"]
            role = not between or (fold(between[0]) in _DETERMINERS and len(between) <= 4
                                   and all(w.islower() for w in between))  # "para el politólogo X"
            if doc.english or not initial or not names or not role:
                continue
            phrase, after = (names[0].start, names[0].end), names[0].end
        elif m.group("own"):
            phrase, after = None, m.end()
        else:
            phrase, after = _source_phrase(doc, m.end(), e)
            if phrase and fold(doc.text[phrase[0]:phrase[1]]).startswith("se "):
                continue  # "según se ha podido conocer": no one in particular
        found.extend(_according_content(doc, m, phrase, after, s, e, initial))
    return found


def _source_phrase(doc: _Doc, start: int, e: int) -> tuple[tuple[int, int] | None, int]:
    """Return the source after 'según' (past a verb: 'según informó el diario X') and where it ends."""
    verb = re.match(r"\s*(\w+)\s", doc.text[start:e])
    if verb and (doc.cue(verb.group(1)) or fold(verb.group(1)) in ("muestra", "muestran", "revela", "publica")):
        start += verb.end()
    rest = doc.text[start:e]
    stop = re.search(r"[,.;:\n]", rest)
    end = start + (stop.start() if stop else len(rest))
    apposed = doc.entities_in(end, end + 60, ("PER",))
    if stop and stop.group() == "," and apposed and not doc.text[end + 1:apposed[0].start].strip() and \
            doc.text[apposed[0].end:apposed[0].end + 1] == ",":
        end = apposed[0].end
    lead = len(rest) - len(rest.lstrip())
    return ((start + lead, end) if end > start + lead else None), end


def _according_content(doc: _Doc, m: re.Match, phrase, after: int, s: int, e: int, initial: bool) -> list[_Found]:
    rest = doc.text[after:e]
    if initial:
        start = after + (len(rest) - len(rest.lstrip(" ,")))
        end = _clause_end(doc, start, e)
    elif not rest.strip(" .\n") or re.match(r",\s*\w+(?:ndo|ing)\b", rest):  # '<content>, según X.'
        start, end = s, m.start()
    else:  # '..., según X, ...': the clause it sits in, from the 'que' that opens it if any
        lo = max(s, m.start() - 60)
        que = list(re.finditer(r"\bque\b", doc.text[lo:m.start()]))
        start = lo + que[-1].end() if que else s
        end = _clause_end(doc, after, e)
    if len(re.findall(r"\w+", doc.text[start:end])) < 3:
        return []
    start, end, kind = _content(doc, start, end)
    return [_Found(start, end, kind, m.group().lower(), m.start(), phrase, rank=3 if phrase else 2)]


# --------------------------------------------------------------------------- quotations


_TITLE_BEFORE = re.compile(r"(?:llamad[oa]s?|denominad[oa]s?|titulad[oa]s?|conocid[oa]s? como|alias|lema|hashtag|"
                           r"programa|libro|película|obra|canción|campaña|operación|called|titled|dubbed|"
                           r"known as|slogan)\s*[:,]?\s*$", re.IGNORECASE)


def _quotations(doc: _Doc, taken: list[_Found]) -> list[_Found]:
    """Return the quotations that are not part of reported content, with the cue and speaker around them."""
    found = []
    for a, b in doc.quoted:
        if any(f.start <= a and b <= f.end + 1 for f in taken):
            continue
        candidate = _cued_after(doc, a, b) or _cued_before(doc, a, b)
        if candidate is None and _speech_like(doc, a, b):
            candidate = _Found(a, b, "direct", None, a, None, rank=1)
        if candidate:
            found.append(candidate)
    return found


def _cued_after(doc: _Doc, a: int, b: int) -> _Found | None:
    """'«...», dijo X' / '«...» —afirmó.' / '"...," he said.'"""
    lead = re.match(r"[»”\"“]?[ \t]*(?:,|\.?[ \t]*[—–-])?[ \t]*", doc.text[b:b + 12])
    start = b + lead.end()
    words = _words(doc.text, start, min(_line_end(doc.text, start), start + 80))[:7]
    k = 0
    while k < len(words) and fold(words[k][0]) in _AUX:
        k += 1
    named = doc.entities_in(words[k][1], words[k][1] + 60, ("PER", "ORG", "MISC")) if k < len(words) else []
    apposed = named and named[0].start == words[k][1] and \
        re.match(r",[^,.;:]{3,60},\s*", doc.text[named[0].end:named[0].end + 70])
    if apposed:  # '"...," Graham, a former candidate, told CBS'
        after = named[0].end + apposed.end()
        words = [(doc.text[named[0].start:named[0].end], named[0].start, named[0].end)] + \
            _words(doc.text, after, min(_line_end(doc.text, after), after + 40))[:4]
        k = 0
    for m in range(k, min(len(words), k + 5)):
        word = words[m][0]
        if word in ".;:!?,":
            break
        cue = doc.cue(word, words[m - 1][0] if m else "")
        if cue is None:
            continue
        rest = doc.text[words[m][2]:doc.sentence_of(words[m][2] - 1)[1]]
        if re.match(r"\s*(?:que|that)\b", rest):
            return None  # '"...", dicen que ...': a new clause, not this quotation's cue
        if m > k:  # '"...," he said' / '«...», Zaks afirma'
            subject = (words[k][1], words[m - 1 - (fold(words[m - 1][0]) in _AUX)][2])
            if fold(words[k][0]) not in _DETERMINERS | _PRONOUNS and not doc.entities_in(subject[0], subject[1] + 1) \
                    or _TIME.match(doc.text, words[k][1]) or not _TAIL.match(rest):
                return None
        else:
            subject = _subject_after(doc, words[m][2], words[m][2] + len(rest))
        return _Found(a, b, "direct", word.lower(), words[m][1], subject, rank=3)
    return None


def _cued_before(doc: _Doc, a: int, b: int) -> _Found | None:
    """'X dijo: «...»' / 'X afirma «...»' / 'lo describió como «...»' / 'Putin: «...»'."""
    s, _ = doc.sentence_of(a - 1)
    s = max([s] + [q + 1 for _, q in doc.quoted if s <= q < a - 1])
    words = _words(doc.text, s, a - 1)
    k = len(words) - 1
    colon = k >= 0 and words[k][0] == ":"
    k -= colon
    for _ in range(8):
        if k < 0 or words[k][0] in ".;«»“”\"" or fold(words[k][0]) == "que":
            k = -1
            break
        if doc.cue(words[k][0], words[k - 1][0] if k else ""):
            break
        k -= 1
    else:
        k = -1
    if k >= 0 and len(re.findall(r"\w+", doc.text[a:b])) >= 3:
        cue_start = words[k - 1][1] if k and fold(words[k - 1][0]) in _AUX else words[k][1]
        subject = _subject_before(doc, s, cue_start)
        if subject and doc.text[words[k][2]:a - 1].strip() == "," and not doc.entities_in(subject[0], subject[1] + 1):
            subject = None  # 'Los tratamientos, opina, «...»': a parenthetical cue, its subject is implied
        return _Found(a, b, "direct", words[k][0].lower(), words[k][1], subject, rank=3)
    if colon and len(words) > 1:  # "Putin: «...»"
        names = doc.entities_in(s, words[-1][1], ("PER", "ORG", "MISC", "LOC"))
        if names and not doc.text[names[-1].end:words[-1][1]].strip():
            return _Found(a, b, "direct", None, words[-1][1], (names[-1].start, names[-1].end), rank=3)
    return None


def _speech_like(doc: _Doc, a: int, b: int) -> bool:
    """True for a quotation that reads like speech: an utterance of its own (it opens a sentence or follows a
    colon) of six words or more, or a short full sentence; or a long one anywhere. Not a title."""
    n = len(re.findall(r"\w+", doc.text[a:b]))
    if _TITLE_BEFORE.search(doc.text[max(0, a - 40):a - 1]):
        return False
    s, _ = doc.sentence_of(a - 1)
    alone = not re.search(r"\w", doc.text[s:a - 1]) or doc.text[:a - 1].rstrip().endswith((":", ","))
    return n >= 12 or (alone and (n >= 6 or (n >= 4 and doc.text[a:b].rstrip()[-1:] in ".!?…")))


# --------------------------------------------------------------------------- intermediaries


_INTERMEDIARY = re.compile(
    r"\b(?:(?:a|al|en declaraciones a|to|told)\s+(?P<media>(?:la\s+|el\s+|the\s+)?(?:agencia|diario|periódico|"
    r"emisora|cadena|canal|radio|revista|televisora|medio|portal|noticiero|programa|sitio|newspaper|network)\s+"
    r"[^,.;:\n]{2,40}?)(?=\s*[,.;:\n]|\s+que\b|\s+(?:en|el|este|esta)\b)"
    r"|(?P<social>(?:su\s+)?cuenta\s+de\s+\w+|(?:en|a través de|on|via)\s+(?:Twitter|Facebook|Instagram|YouTube|"
    r"TikTok|Telegram|redes sociales)\b)"
    r"|(?:en|a través de)\s+(?P<doc>(?:un|el|una|la)\s+(?:comunicado|nota|mensaje|carta|video|vídeo)\b"
    r"(?:\s+(?:difundid[oa]|publicad[oa]|emitid[oa])\s+por\s+[^,.;:\n]{2,40})?)"
    r"|(?:en|to|in)\s+(?:una\s+|an\s+)?(?:entrevista|interview)\s+(?:con|with)\s+(?P<interview>[^,.;:\n]{2,30}))",
    re.IGNORECASE)


def _intermediary(doc: _Doc, found: _Found) -> str | None:
    """Return the channel an attribution names: the agency, outlet, account or statement it came through."""
    s, e = doc.sentence_of(found.cue_at)
    lo, hi = max(s, found.cue_at - 120), min(e, found.cue_at + 140)
    for a, b in ((max(lo, found.end), hi), (lo, min(found.start, hi))):
        for m in _INTERMEDIARY.finditer(doc.text, a, b) if b > a else ():
            if not doc.inside_quote(m.start()):
                value = next(g for g in m.groups() if g)
                return _clean(re.sub(r"^(?:en|a través de|on|via)\s+", "", value, flags=re.IGNORECASE))
    return None


# --------------------------------------------------------------------------- the stage


def _settle(found: list[_Found]) -> list[_Found]:
    """Keep one candidate per stretch of text: explicit attributions first, then the earlier one."""
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (-f.rank, f.start, -(f.end - f.start))):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _nest(found: list[_Found]) -> list[_Found]:
    """Keep the innermost of nested attributions ("según X, Y aseguró que ..."); the outer source is its channel."""
    inner = [(f, o) for f in found for o in found if o is not f and o.start <= f.cue_at < o.end and f.start >= o.start]
    outer = {id(o) for f, o in inner if f.phrase}
    dropped = {id(f) for f, o in inner if not f.phrase}  # "señalan que ..., porque argumentaron que ...": one speaker
    kept = []
    for f in found:
        if id(f) in outer or id(f) in dropped:
            continue
        via = next((o.phrase for o in found if id(o) in outer and o.start <= f.cue_at < o.end), None)
        kept.append(_Found(f.start, f.end, f.kind, f.cue, f.cue_at, f.phrase, f.rank, via))
    return kept


def _merge_colon(doc: _Doc, found: list[_Found]) -> list[_Found]:
    """Join reported content that ends in ': «...»' with that quotation when it has no cue of its own."""
    out: list[_Found] = []
    for f in found:
        last = out[-1] if out else None
        if last and last.kind != "direct" and f.kind == "direct" and f.cue is None and \
                re.fullmatch(r"\s*:\s*[«“\"]", doc.text[last.end:f.start]):
            out[-1] = _Found(last.start, f.end + 1, "mixed", last.cue, last.cue_at, last.phrase, last.rank, last.via)
            continue
        out.append(f)
    return out


def find_attributions(text: str, entities: tuple[EntityMention, ...] = ()) -> tuple[Attribution, ...]:
    """Return every quote with the offsets of its speaker's mention (None where the speaker is implied)."""
    doc = _Doc(text, entities)
    reported = _settle(_nest([f for s, e in doc.sentences for f in _reported(doc, s, e)]))
    out = []
    for f in _merge_colon(doc, _settle(reported + _quotations(doc, reported))):
        speaker = _speaker_name(doc, f.phrase, f.cue_at)
        if speaker:
            doc.last_speaker = (speaker, f.end)
        kind = f.kind
        if f.phrase and any(w in _STATEMENT_NOUNS for w in fold(text[f.phrase[0]:f.phrase[1]]).split()[:2]):
            kind = "statement"
        via = f.via and _speaker_name(doc, f.via, f.via[0])
        quote = Quote(text=text[f.start:f.end], speaker=speaker, kind=kind, cue=f.cue,
                      intermediary=via or _intermediary(doc, f), start=f.start, end=f.end)
        out.append(Attribution(quote=quote, source_start=f.phrase[0] if f.phrase else None,
                               source_end=f.phrase[1] if f.phrase else None))
    return tuple(out)


def find_quotes(text: str, entities: tuple[EntityMention, ...] = ()) -> tuple[Quote, ...]:
    """Return direct, indirect and mixed quotes and statements, with speakers resolved to entities."""
    return tuple(a.quote for a in find_attributions(text, entities))
