"""Reported speech, read per sentence: "X dijo que ...", "..., dijo X", "según X, ..." and the like."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import fold
from .cues import PRONOMINAL, Cue
from .document import Doc, Found
from .marks import is_abbreviation
from .speakers import subject_after, subject_before
from .words import (AUX, CONNECTORS, DETERMINERS, FILLER, PREPOSITIONS, PRONOUNS, SUBORDINATORS, TAIL, TIME,
                    split_chunks, split_words)


_SUBJECT_START = frozenset("he she they it we i the a an this his her their mr mrs ms".split())
_BARE_CUES = frozenset("say tell add write argue note claim insist warn explain believe think state declare "
                       "acknowledge admit suggest predict".split())


def find_reported(doc: Doc, s: int, e: int) -> list[Found]:
    """Return the reported speech of one sentence: que-clauses, cues after their content, 'según' and the like."""
    words = split_words(doc.text, s, e)
    found = []
    for i, (word, start, _) in enumerate(words):
        before = words[i - 1][0] if i else ""
        cue = doc.cue(word, before)
        if cue is None or doc.inside_quote(start) or (word[0].isupper() and i and before not in "—–-"):
            continue
        if (fold(before) == "se" or (i > 1 and fold(words[i - 2][0]) == "se" and fold(before) in AUX)) and \
                cue.lemma not in PRONOMINAL and not any(not doc.in_phrase(x.start, max(s, start - 50))
                        for x in doc.entities_in(max(s, start - 50), start, ("PER", "ORG", "MISC"))):
            continue  # "se informó que", "en Portugal se dice que": no one in particular
        if cue.form == "gerund" and i == 0:
            continue  # "Recordando que ...": the author's aside, no one is speaking
        after_prep = re.search(r"\b(?:tras|al|luego de|después de)\s+$", doc.text[s:start], re.I)
        if cue.form == "infinitive" and not after_prep:
            continue  # "hasta descartar que": not something said; "tras mencionar que" is
        candidate = _que_clause(doc, words, i, cue, s, e) or _infinitive_clause(doc, words, i, cue, s, e) or \
            (cue.after and _postposed(doc, words, i, cue, s, e)) or _parenthetical(doc, words, i, cue, s, e)
        if candidate:
            found.append(candidate)
    found.extend(_according(doc, s, e))
    found.extend(_confirmed_next(doc, s, e))
    return found


def share_speakers(doc: Doc, found: list[Found]) -> list[Found]:
    """Return the candidates with 'X, quien aseguró que A y señaló que B': B has the speaker of A."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: f.start):
        last = out[-1] if out else None
        if last and last.phrase and last.end <= f.cue_at and not doc.english and re.fullmatch(
                r"[\s,]*(?:y|e)\s+(?:(?:también|además|luego|después|posteriormente)\s+)?(?:(?:le|les|lo|se)\s+)?"
                r"(?:(?:ha|han)\s+)?", doc.text[last.end:f.cue_at], re.IGNORECASE):
            f = replace(f, phrase=last.phrase)
        out.append(f)
    return out


_CONFIRMED = re.compile(r"[\s.]*(?:(?:Así|De esta (?:manera|forma))\s*,?\s*|(?P<subject>[^.,;:\n«»“”\"]{3,60}?)\s+)"
                        r"lo\s+(?:(?:ha|han|había|habían)\s+)?(?P<verb>\w+)(?P<known>\s+a\s+conocer)?\b")


def _confirmed_next(doc: Doc, s: int, e: int) -> list[Found]:
    """'<content>. Así lo confirmó la académica X.' / '<content>. El gobierno lo reconoce en ...': the sentence
    after names who said this one."""
    if doc.english or doc.inside_quote(s) or doc.text[s:e].lstrip()[:1] in "«“\"":
        return []  # a quotation takes the next sentence's cue in the quotation pass
    m = _CONFIRMED.match(doc.text, e)
    if not m or (m.group("subject") and "\n" in doc.text[e:m.start("verb")].strip(" .")) or \
            not (doc.cue(m.group("verb"), "ha") or (m.group("known") and fold(m.group("verb")) in _MADE)):
        return []
    end = doc.sentence_of(m.start("verb"))[1]
    if m.group("subject"):
        phrase = subject_before(doc, m.start("subject"), m.start("verb"))
        if phrase is None or doc.cue(m.group("verb"), "ha").form != "finite":
            return []
    else:
        phrase = subject_after(doc, m.end(), end)
    start, stop, kind = _content(doc, s, e)
    if phrase is None or len(re.findall(r"\w+", doc.text[start:stop])) < 4:
        return []
    return [Found(start, stop, kind, m.group("verb").lower(), m.start("verb"), phrase, rank=3)]


_MADE = frozenset("dio dieron dado hizo hicieron".split())


def _que_clause(doc: Doc, words: list, i: int, cue: Cue, s: int, e: int) -> Found | None:
    """'<speaker> <cue> [a la agencia X, este lunes] que <content>' (English: 'said [that] <content>')."""
    comp = "that" if doc.english else "que"
    asked = cue.lemma == "preguntar" and not doc.english
    j = i + 1
    while j < len(words) and j <= i + 14 and fold(words[j][0]) != comp and not (asked and _asks(words, j)):
        if words[j][0] in ".;:«»“”\"" or doc.inside_quote(words[j][1]) or doc.cue(words[j][0], words[j - 1][0]):
            break
        j += 1
    question = asked and j < len(words) and _asks(words, j)
    if j >= len(words) or (fold(words[j][0]) != comp and not question):
        return _bare_clause(doc, words, i, cue, s, e) if doc.english else None
    filler = words[i + 1:j]
    if filler and not _is_filler(doc, filler, cue, i == 0 or words[i - 1][0] in "—–-"):
        return _bare_clause(doc, words, i, cue, s, e) if doc.english else None  # "said he would ensure that ..."
    start = words[j][1] if doc.english or question else words[j][2]  # "se preguntó qué ...": the question whole
    later = re.match(r"[^.;:]{0,40}?,\s*que\b", doc.text[start:e])
    if later and filler and fold(filler[-1][0]) not in FILLER and not doc.english:
        start += later.end()  # "en una entrevista que sostuvo con XEU, que ...": the second 'que'
    return _clause(doc, words, i, cue, start, e, s, filler)


# Cues whose infinitive complement is not something said: "espera ganar", "recordó haber visto", "publicó ...".
_NO_INFINITIVE = frozenset("""esperar temer mantener recordar publicar preguntar contar escribir tuitear reportar
valorar observar describir calificar criticar comprometer quejar lamentar plantear apuntar""".split())
_INFINITIVE = re.compile(r"[a-záéíóúñ]+(?:ar|er|ir|ír)|"
                         r"[a-záéíóúñ]{3,}(?:ar|er|ir|ír)(?:se|le|lo|la|me|te)")  # "sentirse", not "gobiernos"
_NOT_INFINITIVES = frozenset(fold(w) for w in """lugar mujer poder hogar militar popular similar particular nuclear
familiar titular regular celular solar dólar bar mar par placer taller alquiler porvenir nivel mayor menor
anterior posterior exterior interior superior inferior""".split())


def _infinitive_clause(doc: Doc, words: list, i: int, cue: Cue, s: int, e: int) -> Found | None:
    """'X denunció haber sido agredido' / 'pidió no ser llamada así' / 'solicitó a la Secretaría descontarle ...':
    an infinitive complement of a cue, past whom it was addressed to, is what was said."""
    if doc.english or cue.form not in ("finite", "participle") or cue.lemma in _NO_INFINITIVE or \
            (i and fold(words[i - 1][0]) == "se"):
        return None  # "se plantea suspender", "se negó a declarar": what one does, not what one says
    j = i + 1
    if j < len(words) and fold(words[j][0]) in ("a", "al"):  # the addressee: "a los gobiernos de México a ..."
        k = j + 1
        while k < min(len(words), j + 11) and words[k][0][0].isalnum() and not _is_infinitive(words[k][0]) and \
                (fold(words[k][0]) not in PREPOSITIONS or fold(words[k][0]) in ("de", "del", "a")):
            k += 1
        j = k  # past "a los gobiernos de México y Estados Unidos a"
        if j < len(words) and fold(words[j - 1][0]) in ("de", "del"):
            return None  # "apunta a la necesidad de aumentar ...": a noun's complement
    start = j
    j += j < len(words) and fold(words[j][0]) == "no"
    if j >= len(words) or not _is_infinitive(words[j][0]) or doc.inside_quote(words[j][1]):
        return None
    found = _clause(doc, words, i, cue, words[start][1], e, s, [])
    return found and replace(found, nests=False)  # "... luego de que los fans le pedían tener ...": the outer's


def _is_infinitive(word: str) -> bool:
    return bool(_INFINITIVE.fullmatch(word)) and fold(word) not in _NOT_INFINITIVES


_INTERROGATIVES = frozenset("qué cómo cuál cuáles quién quiénes cuándo dónde cuánto cuánta cuántos cuántas por si".split())


def _asks(words: list, j: int) -> bool:
    """True when a reported question opens at ``j``: an interrogative with its accent, "si", or "por qué"."""
    word = words[j][0].lower()
    if word == "por":
        return j + 1 < len(words) and words[j + 1][0].lower() == "qué"
    return word in _INTERROGATIVES


def _bare_clause(doc: Doc, words: list, i: int, cue: Cue, s: int, e: int) -> Found | None:
    """English 'he said the plan would fail': the content starts right after the cue."""
    if cue.lemma not in _BARE_CUES or cue.form != "finite" or i + 1 >= len(words):
        return None
    nxt = re.split(r"['’]", words[i + 1][0])[0]  # "he’s"
    if not (nxt.lower() in _SUBJECT_START or nxt[:1].isupper()) or doc.inside_quote(words[i + 1][1]):
        return None
    return _clause(doc, words, i, cue, words[i + 1][1], e, s, [])


def _is_filler(doc: Doc, filler: list, cue: Cue, initial: bool) -> bool:
    """True when the words between a cue and 'que' are complements, not an object with its relative clause."""
    first = fold(filler[0][0])
    keys = [fold(w[0]) for w in filler]
    if keys == ["de"] and cue.lemma == "quejar":
        return True  # "se quejó de que ..."
    if keys[-1] in ("de", "of", "del") or any(k in ("y", "e", "and") for k in keys) or \
            any(a == "," and b in DETERMINERS for a, b in zip(keys, keys[1:])):
        return False  # "la posibilidad de que", "pedido fondos y que", "una declaración, la primera que"
    if initial:  # "Asegura el líder de Morena que ...": the subject comes after the verb
        return len(filler) <= 8 and not any(w[0] == "," for w in filler)
    if keys[-1] in SUBORDINATORS:
        return False  # "dice, mientras que ...": a conjunction, not what is said
    if any(k in _SOMEONE and (not n or keys[n - 1] not in PREPOSITIONS) for n, k in enumerate(keys[:-1])) and \
            not doc.english:
        return False  # "dijo por su parte otra mujer que se identificó como ...": the speaker and its relative
    if cue.lemma == "tell" or first in PREPOSITIONS | FILLER or filler[0][0] == ",":
        return True
    if len(filler) == 1 and first.endswith("mente") and not doc.english:
        return True  # "dijo recientemente que": an adverb
    return bool(TIME.match(doc.text, filler[0][1])) or first in ("le", "les", "me", "nos")


_SOMEONE = frozenset("un una unos unas otro otra otros otras".split())


def _clause(doc: Doc, words: list, i: int, cue: Cue, start: int, e: int, s: int, filler: list) -> Found | None:
    end = _clause_end(doc, start, e)
    if len(re.findall(r"\w+", doc.text[start:end])) < 2:
        return None
    cue_start = words[i - 1][1] if i and fold(words[i - 1][0]) in AUX else words[i][1]
    # A gerund's or an infinitive's subject is the sentence's ("X, tras reunirse con Y, dijo ..."), but "al" with
    # an infinitive hangs on the verb just before it ("una revista sorprendió al revelar que ..."): its subject's
    at_once = cue.form == "infinitive" and i and fold(words[i - 1][0]) == "al"
    phrase = subject_before(doc, s, cue_start, first=cue.form in ("gerund", "infinitive") and not at_once)
    if phrase is None and filler:
        phrase = subject_after(doc, words[i][2], filler[-1][2] + 1)
    start, end, kind = _content(doc, start, end)
    return Found(start, end, kind, words[i][0].lower(), words[i][1], phrase, rank=3 if phrase else 2)


def _content(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    """Trim a reported content; a content that is one whole quotation keeps what is inside the marks."""
    while start < end and doc.text[start] in " \t\n,":
        start += 1
    while end > start and doc.text[end - 1] in " \t\n,.;:":
        end -= 1
    whole = doc.quote_at(start)
    if whole and whole[1] >= end - 1 and not doc.english:  # English keeps 'that "..."' whole, as PARC does
        return whole[0], whole[1], "mixed"
    if whole and not doc.english and re.match(r"[»”\"]?\s*,?\s*\w+(?:[aá]ndo|i[eé]ndo)(?:se|lo|la)?\b",
                                              doc.text[whole[1]:end]):
        return whole[0], whole[1], "mixed"  # 'dijo que «...» refiriéndose a ...': the gerund is the author's
    inside = any(start <= a and b <= end + 1 for a, b in doc.quoted)
    return start, end, "mixed" if inside else "indirect"


def _clause_end(doc: Doc, start: int, e: int) -> int:
    """Return where a reported content ends: the sentence's end, a ';', a colon before a quotation, a new cue."""
    words = split_words(doc.text, start, e)
    for k, (word, ws, we) in enumerate(words):
        if word in "«“\"" and k > 2 and words[k - 1][0] == "," and _cued_quotation(doc, ws):
            return ws  # '... desvirtuado, "o que ...", añadió X': the quotation has its own cue
        if doc.inside_quote(ws):
            continue
        if word == ";" or (word == ":" and doc.quote_at(we)):
            return ws
        if word == "," and re.match(r",\s*(?:según|de acuerdo (?:con|a))\s", doc.text[ws:e]) and not doc.english:
            return ws  # "... declaró haber tenido ..., de acuerdo con la Encuesta Nacional.": the source's own quote
        if word == "," and k + 1 < len(words) and _closing_cue(doc, words, k + 1, e):
            return ws  # "... descontarle el sueldo de ese día, informó la Oficina de Gobierno.": the outer cue
        cue = doc.cue(word, words[k - 1][0]) if k > 1 else None
        if cue and _introduces(words, k):
            head = k - 1 if fold(words[k - 1][0]) in AUX or cue.lemma == "dejar claro" else k
            cut = head
            while cut > 0 and (fold(words[cut - 1][0]) in CONNECTORS | FILLER | {"que"} or words[cut - 1][0] == ","):
                cut -= 1
            if any(fold(w[0]) in CONNECTORS | {"que"} for w in words[cut:head]):  # "..., y agregó que"
                return words[cut][1]
            if cue.form == "gerund" and not doc.english:  # "... retiró su declaración argumentando que ...": its own
                link = next((c for c in range(k - 1, max(0, k - 7), -1) if fold(words[c][0]) in ("y", "e")), None)
                if link is not None and not any(w[0] in ",;" for w in words[link + 1:k]):
                    return words[link - (words[link - 1][0] == ",")][1]  # "..., y arremetió contra X diciendo que"
                return ws
    return e


def _closing_cue(doc: Doc, words: list, k: int, e: int) -> bool:
    """True when a cue at ``k`` and its subject close the sentence (", informó la Oficina de Gobierno.")."""
    cue = doc.cue(words[k][0], words[k - 1][0])
    tail = doc.text[words[k][2]:e]
    return bool(cue and cue.after and cue.form == "finite" and len(re.findall(r"\w+", tail)) <= 12 and
                not re.search(r"\bque\b|[,;:«“\"]", tail) and subject_after(doc, words[k][2], e))


def _cued_quotation(doc: Doc, pos: int) -> bool:
    """True when the quotation opening at ``pos`` is followed by a cue and a speaker of its own ('«...», añadió X')."""
    quote = doc.quote_at(pos)
    after = quote and re.match(r"[»”\"]?\s*,\s*(\w+)", doc.text[quote[1]:quote[1] + 40])
    cue = after and doc.cue(after.group(1))
    end = quote[1] + after.end() if after else 0
    return bool(cue and cue.after and cue.form == "finite" and subject_after(doc, end, doc.sentence_of(end)[1]))


def _introduces(words: list, k: int) -> bool:
    """True when the cue at ``k`` opens a clause of its own: 'que' or ':' follows within its complements."""
    for word, _, _ in words[k + 1:k + 9]:
        key = fold(word)
        if key in ("que", "that", ":") or word in "«“":  # '..., ha recordado en rueda de prensa “...”'
            return True
        if word in ".;,»”\"":
            return False
    return False


_OPENS_CLAUSE = frozenset("porque pues que aunque pero sino y e because but and that".split())


def _postposed(doc: Doc, words: list, i: int, cue: Cue, s: int, e: int) -> Found | None:
    """'<content>, dijo el ministro.' / '<content>, tal como explica X' / '<content>, he said.'"""
    if cue.form not in ("finite", "participle"):
        return None
    k = i - 1 if i and fold(words[i - 1][0]) in AUX else i
    subject = None
    if k and words[k - 1][0] in "—–" and i + 1 < len(words) and words[i + 1][0] in "—–":
        return None  # "al llegar a México –agregó– Duarte enfrentará ...": a cue between dashes, inside its clause
    if k and words[k - 1][0] in ",—–":
        comma = words[k - 1][1]
    elif k > 2 and fold(words[k - 1][0]) == "como" and "," in (words[k - 2][0], words[k - 3][0]):
        comma = words[k - 2][1] if words[k - 2][0] == "," else words[k - 3][1]
    else:  # ", X dijo" / ", he said": a short subject between the comma and the cue, nothing said after it
        back = next((m for m in range(k - 1, max(-1, k - 6), -1) if words[m][0] in ",—–"), None)
        tail = doc.text[words[i][2]:e]
        if back is None or back == k - 1 or not TAIL.match(tail) or len(re.findall(r"\w+", tail)) > 6:
            return None
        subject = (words[back + 1][1], words[k - 1][2])
        lead = fold(words[back + 1][0])
        plain = doc.english and all(w[0].isalpha() for w in words[back + 1:k])
        if not (lead in DETERMINERS | PRONOUNS or doc.entities_in(subject[0], subject[1] + 1) or plain):
            return None
        comma = words[back][1]
    opener = split_words(doc.text, max(s, comma - 12), comma)
    if opener and fold(opener[-1][0]) in _OPENS_CLAUSE:
        return None  # "porque, dice, es un término ...": a parenthetical cue inside the clause, not after it
    whole = doc.quote_at(s)
    if (whole and whole[1] >= comma - 1) or doc.text[:comma].rstrip().endswith(("»", "”", '"')):
        return None  # '«...», dijo': the quotation takes its cue in the quotation pass
    chunks = split_chunks(split_words(doc.text, s, comma))
    named = bool(chunks) and len(chunks[0]) <= 4 and chunks[0][0][0][:1].isupper() and \
        doc.entities_in(chunks[0][0][1], chunks[0][-1][2] + 1, ("PER", "ORG", "MISC"))
    ends_named = any(x.end == comma and (x.start == s or doc.text[s:x.start].rstrip().endswith((",", "—", "–")))
                     for x in doc.entities_in(s, comma, ("PER",)))  # "..., López Obrador, dijo": an apposition
    if doc.text[words[i][2]:e].lstrip().startswith(":") or ends_named or named:
        return None  # "Villanueva, por su parte, reconoció ...": the name is the subject, not what was said
    if len(re.findall(r"\w+", doc.text[s:comma])) < 4:
        return None
    if subject is None:
        subject = subject_after(doc, words[i][2], e)
        tail = doc.text[words[i][2]:e]
        if subject is None and (not TAIL.match(tail) or len(re.findall(r"\w+", tail)) > 6):
            return None  # ", confirmaron niveles de plomo": an object, not a cue after its content
    start, end, kind = _content(doc, s, comma)
    return Found(start, end, kind, words[i][0].lower(), words[i][1], subject, rank=3 if subject else 2)


def _parenthetical(doc: Doc, words: list, i: int, cue: Cue, s: int, e: int) -> Found | None:
    """'A, agregó, B' / 'Esto, detalló Pemex, hace ...' / 'A, como nos comentó X, B' / 'A, tal como X afirma, B':
    a cue set off by commas inside the clause it reports; the content is the whole clause."""
    if cue.form != "finite" or doc.english:
        return None
    k = i - 1 if i and fold(words[i - 1][0]) in AUX else i
    m = k - 1
    while m >= 0 and fold(words[m][0]) in FILLER:  # "como nos comentó"
        m -= 1
    phrase = None
    if m >= 0 and words[m][0] in ",—–":
        left = m
    else:  # "como nos comentó la emprendedora" / "tal como el mismo Ministerio afirma"
        como = next((j for j in range(m, max(-1, m - 8), -1) if fold(words[j][0]) == "como" or words[j][0] in ",.;:"),
                    None)
        if como is None or fold(words[como][0]) != "como":
            return None
        if como < m:
            phrase = (words[como + 1][1], words[m][2])
        left = como - 1 - (como > 0 and fold(words[como - 1][0]) == "tal")
    opener = words[left][0] if left >= 1 else ""
    closers = "," if opener == "," else "—–"
    if left < 1 or opener not in ",—–" or any(x.end == words[left][1] for x in doc.entities_in(s, words[left][1])):
        return None  # "El presidente electo, López Obrador, sostiene una reunión": the name is the subject
    r = i + 1
    while r < len(words) and r <= i + 10 and words[r][0] not in closers:
        if fold(words[r][0]) in ("que", "that") or words[r][0] in ".;:«»“”\"" or doc.inside_quote(words[r][1]):
            return None
        r += 1
    if r >= len(words) or r > i + 10 or len(re.findall(r"\w+", doc.text[words[r][2]:e])) < 3:
        return None
    if doc.text[:words[left][1]].rstrip().endswith(("»", "”", '"')):
        return None  # '«...», dijo su portavoz, Gonzalo Arrieta.': the quotation's own cue
    named = doc.entities_in(words[r][2], e)
    if named and not doc.text[words[r][2]:named[0].start].strip() and not doc.text[named[0].end:e].strip(" .;"):
        return None  # '..., dijo su portavoz, Gonzalo Arrieta.': an apposition, nothing more is said
    phrase = phrase or subject_after(doc, words[i][2], words[r][1])
    lead = {fold(w[0]) for w in words[:left] if w[1] >= s}
    start = words[r][2] if lead <= _LINKS else s  # "Finalmente, insiste, los gobiernos ...": past the link
    start, end, kind = _content(doc, start, e)
    return Found(start, end, kind, words[i][0].lower(), words[i][1], phrase, rank=3 if phrase else 2)


_LINKS = CONNECTORS | FILLER | frozenset("y e mas aun por eso ultimo su parte sin embargo otro lado lo tanto "
                                         "finalmente asi".split())


_ACCORDING = re.compile(r"\b(?:(?P<own>en su opinión|a su juicio|desde su punto de vista|en sus palabras|"
                        r"según sus (?:propias )?(?:palabras|conclusiones|declaraciones|cálculos|estimaciones)|"
                        r"in (?:his|her) view)|(?P<src>según|de acuerdo (?:con|a)|en palabras de|a decir de|"
                        r"according to)|"
                        r"(?P<para>para))\b", re.IGNORECASE)


def _according(doc: Doc, s: int, e: int) -> list[Found]:
    """'según X, <content>', '<content>, según X', '..., según X, ...', 'en su opinión, ...', 'para X, ...'."""
    found = []
    for m in _ACCORDING.finditer(doc.text, s, e):
        if doc.inside_quote(m.start()):
            continue
        lead = doc.text[s:m.start()]
        initial = bool(re.fullmatch(r"[\s¿¡]*(?:(?:pero|y|e|además|sin embargo|porque|pues|and|but)\s*,?\s*)?", lead, re.I))
        if m.group("para"):
            names = doc.entities_in(m.end(), m.end() + 60, ("PER", "ORG", "MISC"))
            between = doc.text[m.end():names[0].start].split() if names else ["-"]
            role = not between or (fold(between[0]) in DETERMINERS and len(between) <= 4
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


def _source_phrase(doc: Doc, start: int, e: int) -> tuple[tuple[int, int] | None, int]:
    """Return the source after 'según' (past a verb: 'según informó el diario X') and where it ends."""
    done = re.match(r"\s*lo\s+\w+(?:ado|ido|to|cho)\s+(?:por|en)\s+", doc.text[start:e])
    start += done.end() if done else 0  # "de acuerdo con lo apuntado por el titular": the one who said it
    verb = re.match(r"\s*(\w+)\s", doc.text[start:e])
    if verb and (doc.cue(verb.group(1)) or fold(verb.group(1)) in ("muestra", "muestran", "revela", "publica")):
        start += verb.end()
        start = _past_addressee(doc, start, e)
    rest = doc.text[start:e]
    stop = next((m for m in re.finditer(r"[,.;:\n«“\"]", rest)
                 if m.group() != "." or not is_abbreviation(doc.text, start + m.start())), None)
    end = start + (stop.start() if stop else len(rest))  # "según el Dr. Ruiz": past the title's full stop
    apposed = doc.entities_in(end, end + 60, ("PER",))
    if stop and stop.group() == "," and apposed and not doc.text[end + 1:apposed[0].start].strip() and \
            doc.text[apposed[0].end:apposed[0].end + 1] == ",":
        end = apposed[0].end
    relative = stop and stop.group() == "," and re.match(r",\s*(?:cuy[oa]s?|quien(?:es)?)\b[^.;:\n]{3,150}?(?=,)",
                                                        doc.text[end:e])
    relative = relative or (stop and stop.group() == "," and re.match(
        r",\s*(?:del|de la|de los|de las|of the)\s[^.;:\n]{3,120}?(?=,)", doc.text[end:e]))
    after = end + relative.end() if relative else end  # "según Manuel Cossío, cuya empresa analiza redes, ..."
    # and "según el doctor Ruiz, del Instituto de Biología, ...": his affiliation is not what he said
    lead = len(rest) - len(rest.lstrip())
    end = start + len(doc.text[start:end].rstrip())  # 'a decir de su jefe "...": not the space before the mark
    return ((start + lead, end) if end > start + lead else None), after


def _past_addressee(doc: Doc, start: int, e: int) -> int:
    """Return where the source starts past whom it was said to ("según afirmó al diario 'El Sol' una vecina")."""
    told = re.match(r"\s*al?\s+", doc.text[start:e])
    if not told or doc.english:
        return start
    named = doc.entities_in(start + told.end(), start + told.end() + 60)
    if not named or not re.fullmatch(r"(?:[a-záéíóúñ]+\s+){0,3}['‘\"“«]?", doc.text[start + told.end():named[0].start]):
        return start
    rest = re.match(r"['’\"”»]?\s+(?=[a-záéíóúñA-ZÁÉÍÓÚÑ])", doc.text[named[0].end:e])
    if not rest or fold(doc.text[named[0].end + rest.end():].split(" ", 1)[0]) not in DETERMINERS:
        return start
    return named[0].end + rest.end()  # the source is the phrase after the addressee


def _according_content(doc: Doc, m: re.Match, phrase, after: int, s: int, e: int, initial: bool) -> list[Found]:
    rest = doc.text[after:e]
    quoted = doc.quote_at(after)
    if quoted and not initial and not doc.english:  # 'a decir de su jefe "con autorización de arriba"'
        return [Found(quoted[0], quoted[1], "direct", m.group().lower(), m.start(), phrase, rank=3 if phrase else 2)]
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
    return [Found(start, end, kind, m.group().lower(), m.start(), phrase, rank=3 if phrase else 2)]
