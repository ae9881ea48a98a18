"""Quotations in marks with their cue and speaker ("«...», dijo X", "X: «...»"), or bare when speech-like."""

from __future__ import annotations

import re

from ..lexicon import fold
from .document import Doc, Found
from .marks import line_end
from .speakers import subject_after, subject_before
from .words import AUX, DETERMINERS, PRONOUNS, TAIL, TIME, split_words


_TITLE_BEFORE = re.compile(r"(?:llamad[oa]s?|denominad[oa]s?|titulad[oa]s?|conocid[oa]s? como|alias|lema|hashtag|"
                           r"programa|libro|película|obra|canción|campaña|operación|called|titled|dubbed|"
                           r"known as|slogan)\s*[:,]?\s*$", re.IGNORECASE)


_CLITICS = frozenset("me te le les nos os lo la se".split())  # "«...», se lamenta X": "se" is the verb's


def find_quotations(doc: Doc, taken: list[Found]) -> list[Found]:
    """Return the quotations that are not part of reported content, with the cue and speaker around them."""
    found = []
    for a, b in doc.quoted:
        if any(f.start <= a and b <= f.end + 1 for f in taken):
            continue
        inner = _dashed_cue(doc, a, b)
        if inner:
            found.extend(inner)
            continue
        candidate = _cued_after(doc, a, b) or _cued_before(doc, a, b) or _cued_next(doc, a, b)
        if candidate is None and _speech_like(doc, a, b):
            candidate = Found(a, b, "direct", None, a, None, rank=1)
        if candidate:
            found.append(candidate)
    return found


_DASHED = re.compile(r"\s*[—–]\s?(\w+)\b[^—–«»“”\"\n]{0,100}?[—–][\s.,]*")


def _dashed_cue(doc: Doc, a: int, b: int) -> list[Found]:
    """'«A —dijo el ministro— B»': two quotes, A and B, with the cue and speaker between the dashes."""
    for m in _DASHED.finditer(doc.text, a, b):
        cue = doc.cue(m.group(1))
        if cue is None or cue.form not in ("finite", "participle") or m.start() == a or m.end() >= b:
            continue
        subject = subject_after(doc, m.end(1), m.end() - 1)
        cue_word = m.group(1).lower()
        return [Found(a, m.start(), "direct", cue_word, m.start(1), subject, rank=3),
                Found(m.end(), b, "direct", cue_word, m.start(1), subject, rank=3)]
    return []


def _cued_after(doc: Doc, a: int, b: int) -> Found | None:
    """'«...», dijo X' / '«...» —afirmó.' / '"...," he said.'"""
    lead = re.match(r"[»”\"“]?[ \t]*(?:[,;]|\.?[ \t]*[—–-])?[ \t]*", doc.text[b:b + 12])
    start = b + lead.end()
    words = split_words(doc.text, start, min(line_end(doc.text, start), start + 80))[:7]
    k = 0
    while k < len(words) and (fold(words[k][0]) in AUX or (fold(words[k][0]) in _CLITICS and k + 1 < len(words)
                                                             and doc.cue(words[k + 1][0]))):
        k += 1  # '«...», nos dijo X': the clitic before the cue is not its subject
    named = doc.entities_in(words[k][1], words[k][1] + 60, ("PER", "ORG", "MISC")) if k < len(words) else []
    apposed = named and named[0].start == words[k][1] and \
        re.match(r",[^,.;:]{3,60},\s*", doc.text[named[0].end:named[0].end + 70])
    if apposed:  # '"...," Graham, a former candidate, told CBS'
        after = named[0].end + apposed.end()
        words = [(doc.text[named[0].start:named[0].end], named[0].start, named[0].end)] + \
            split_words(doc.text, after, min(line_end(doc.text, after), after + 40))[:4]
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
            subject = (words[k][1], words[m - 1 - (fold(words[m - 1][0]) in AUX)][2])
            if fold(words[k][0]) not in DETERMINERS | PRONOUNS and not doc.entities_in(subject[0], subject[1] + 1) \
                    or TIME.match(doc.text, words[k][1]) or not TAIL.match(rest):
                return None
        else:
            subject = subject_after(doc, words[m][2], words[m][2] + len(rest))
        return Found(a, b, "direct", word.lower(), words[m][1], subject, rank=3)
    return None


def _cued_before(doc: Doc, a: int, b: int) -> Found | None:
    """'X dijo: «...»' / 'X afirma «...»' / 'lo describió como «...»' / 'Putin: «...»'."""
    s, _ = doc.sentence_of(a - 1)
    s = max([s] + [q + 1 for _, q in doc.quoted if s <= q < a - 1])
    words = split_words(doc.text, s, a - 1)
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
        cue_start = words[k - 1][1] if k and fold(words[k - 1][0]) in AUX else words[k][1]
        subject = subject_before(doc, s, cue_start)
        if subject and doc.text[words[k][2]:a - 1].strip() == "," and not doc.entities_in(subject[0], subject[1] + 1):
            subject = None  # 'Los tratamientos, opina, «...»': a parenthetical cue, its subject is implied
        between = words[k + 1:len(words) - colon]
        if not colon and _embeds(doc, between) and not (k and fold(words[k - 1][0]) == "se"):  # 'calificó este hecho de «inusual y sin antecedente»'
            return Found(between[0][1], b, "mixed", words[k][0].lower(), words[k][1], subject, rank=3)
        return Found(a, b, "direct", words[k][0].lower(), words[k][1], subject, rank=3)
    line = doc.text.rfind("\n", 0, a) + 1
    named = doc.entities_in(line, a, ("PER",))
    if not colon and line == 0 and named and named[0].start == len(doc.text[:a - 1]) - len(doc.text[:a - 1].lstrip()) \
            and not doc.text[named[0].end:a - 1].strip():  # a headline 'Carmen Salinas "Ya me harté del tema"'
        return Found(a, b, "direct", None, named[0].start, (named[0].start, named[0].end), rank=3)
    if colon and len(words) > 1:  # "Putin: «...»"
        names = doc.entities_in(s, words[-1][1], ("PER", "ORG", "MISC", "LOC"))
        if names and not doc.text[names[-1].end:words[-1][1]].strip():
            name = names[-1]
            people = [e for e in names if e.type == "PER"]
            if people and people[-1] is not name and re.match(r",\s*[a-záéíóúñ]", doc.text[people[-1].end:]):
                name = people[-1]  # "confirmado por Jimmy Dranguet, subsecretario de Control: «...»"
            return Found(a, b, "direct", None, words[-1][1], (name.start, name.end), rank=3)
    return None


_CHANNELS = frozenset("en ante a al durante desde mediante con por".split())


def _embeds(doc: Doc, between: list) -> bool:
    """True when the words between a cue and its quotation are the cue's complement that the quotation ends
    ('calificó este hecho de «...»', 'abogó por mantener «...»'), not a channel ('dijo en Twitter «...»')."""
    if not between or doc.english or not between[0][0][0].isalpha():
        return False
    if any(w[0][:1].isupper() for w in between):
        return False  # 'escribió en su cuenta de Twitter «...»', 'dijo a EFE «...»'
    infinitive = any(re.fullmatch(r"[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|le)?", w[0]) for w in between)
    return fold(between[0][0]) not in _CHANNELS or infinitive


_THUS = re.compile(r"[»”\"]?[\s.]*(?:Así|De esta (?:manera|forma)|Con estas palabras)\s*,?\s*(?:lo\s+|se\s+)?"
                   r"(?:(?:ha|han|había|habían)\s+)?(\w+)")


def _cued_next(doc: Doc, a: int, b: int) -> Found | None:
    """'«...». Así se expresó el secretario X': the sentence after a quotation names who said it."""
    m = _THUS.match(doc.text, b)
    verb = m and fold(m.group(1))
    if not m or doc.english or (doc.cue(m.group(1), "ha") is None and not verb.startswith(("reaccion", "respond"))):
        return None  # but "Con estas palabras ha reaccionado X": a reply is said too
    subject = subject_after(doc, m.end(1), doc.sentence_of(m.start(1))[1])
    return Found(a, b, "direct", m.group(1).lower(), m.start(1), subject, rank=3) if subject else None


def _speech_like(doc: Doc, a: int, b: int) -> bool:
    """True for a quotation that reads like speech: an utterance of its own (it opens a sentence or follows a
    colon) of six words or more, or a short full sentence; or a long one anywhere. Not a title."""
    n = len(re.findall(r"\w+", doc.text[a:b]))
    if _TITLE_BEFORE.search(doc.text[max(0, a - 40):a - 1]):
        return False
    if not doc.text[:a - 1].strip() and not doc.text[b + 1:line_end(doc.text, b)].strip():
        return False  # the text's first line wholly in quotation marks: its headline
    s, _ = doc.sentence_of(a - 1)
    alone = not re.search(r"\w", doc.text[s:a - 1]) or doc.text[:a - 1].rstrip().endswith((":", ","))
    return n >= 12 or (alone and (n >= 6 or (n >= 4 and doc.text[a:b].rstrip()[-1:] in ".!?…")))
