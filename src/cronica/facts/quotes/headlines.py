"""Headlines that name their speaker after a colon: "Deportar a X le daría ventaja procesal: Videgaray"."""

from __future__ import annotations

import re

from ..lexicon import fold
from .document import Doc, Found
from .words import PREPOSITIONS

# A line with no full stop at its end, its last colon followed by a short capitalised name ("...: AMLO",
# "...: Obispo de Alcalá", "...: Mitofsky para Televisa", where Televisa is the outlet, not the speaker).
_SIGNED = re.compile(r"^[ \t]*(?P<line>[^\n]{12,240}?)[ \t]*:[ \t]+"
                     r"(?P<name>[A-ZÁÉÍÓÚÑ][^\n:.;,!?«»“”\"]{0,50}?)[ \t]*$", re.MULTILINE)


def find_headlines(doc: Doc) -> list[Found]:
    """Return the headlines and subheads "<what was said>: <who said it>" of a Spanish text."""
    if doc.english:
        return []
    found = []
    for m in _SIGNED.finditer(doc.text):
        phrase = _speaker(doc, m.start("name"), m.end("name"))
        start = m.start("line")
        kicker = doc.text.rfind(":", start, m.end("line"))  # "Lee también: <headline>: <name>"
        start = kicker + 1 if kicker >= 0 else start
        while start < m.end("line") and doc.text[start] in " \t":
            start += 1
        end = m.end("line")
        if phrase is None or len(re.findall(r"\w+", doc.text[start:end])) < 4 or doc.inside_quote(end) or \
                doc.text.count("(", start, end) > doc.text.count(")", start, end) or \
                _CREDIT.search(doc.text, start, end):
            continue  # "... Mónica Pretelini. (Foto: Instagram)": a picture's credit
        whole = doc.quote_at(start)
        if whole and whole[1] >= end - 1:
            found.append(Found(whole[0], whole[1], "direct", None, end, phrase, rank=3))
        else:
            found.append(Found(start, end, "indirect", None, end, phrase, rank=3))
    return found


_CREDIT = re.compile(r"\b(?:foto|fotos|fotografía|imagen|imágenes|fuente|vía|crédito|créditos|video|vídeo|por)$",
                     re.IGNORECASE)


def _speaker(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Return the name after the colon (up to a preposition: "Mitofsky para Televisa"), None when it is no name."""
    words = doc.text[start:end].split()
    cut = next((k for k, w in enumerate(words) if k and fold(w) in PREPOSITIONS - {"de", "del"}), len(words))
    if cut > 6 or any(w.islower() and fold(w) not in PREPOSITIONS for w in words[:cut]):
        return None
    end = start + len(" ".join(words[:cut]))
    named = doc.entities_in(start, end + 1, ("PER", "ORG", "MISC"))
    if not named or named[0].start != start:
        return None
    return start, end
