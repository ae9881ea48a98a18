"""Quotation marks paired into quotations, and sentences that a full stop inside a quotation does not end."""

from __future__ import annotations

import re


def pair_marks(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of the content of every quotation, paired by the side of a word each mark touches."""
    spans, stack = [], []
    for m in re.finditer(r"[«»“”\"]", text):
        pos, side = m.start(), _side(text, m.start())
        if side == "either":  # spaces on both sides: it opens unless a quotation is open in this paragraph
            side = "close" if stack and "\n" not in text[stack[-1]:pos] else "open"
        if stack and side == "open" and "\n" in text[stack[-1]:pos]:
            spans.append((stack[0] + 1, line_end(text, stack[0])))  # an unclosed quote ends with its paragraph
            stack = []
        if side == "open":
            stack.append(pos)
        elif stack:
            opened = stack.pop()
            if not stack:
                spans.append((opened + 1, pos))
        elif _unopened(text, pos, spans):  # ' Me opongo a toda discriminación", dijo': the opening mark was lost
            start = text.rfind("\n", 0, pos) + 1
            spans.append((start + len(text[start:pos]) - len(text[start:pos].lstrip()), pos))
    if stack:
        spans.append((stack[0] + 1, line_end(text, stack[0])))
    return [(a, b) for a, b in spans if b > a]


def _unopened(text: str, pos: int, spans: list[tuple[int, int]]) -> bool:
    """True for a closing mark with no opening one in its paragraph, which opens with the quotation's first word
    and ends with the mark and a comma ('... a la tolerancia", dijo Anaya')."""
    start = text.rfind("\n", 0, pos) + 1
    line = text[start:pos]
    return bool(re.match(r"[ \t]*[A-ZÁÉÍÓÚÑ¿¡]", line)) and not re.search(r"[«»“”\"]", line) and \
        len(re.findall(r"\w+", line)) >= 3 and re.match(r".[ \t]*,", text[pos:pos + 3]) is not None and \
        not any(start <= b for _, b in spans)


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


def line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


_ABBREV = re.compile(r"\b(?:Sr|Sra|Dr|Dra|Mr|Mrs|Ms|Lic|Ing|Gen|Gov|Sen|Rep|St|Inc|Co|Jr|etc|No|núm|vs|U\.S|"
                     r"EE\.UU|[A-Z])\.$")


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial ("Dr.", "Barry L. Jacobs")."""
    return bool(_ABBREV.search(text[max(0, dot - 8):dot + 1]))


def split_sentences(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return sentence spans; a full stop inside a quotation does not end the sentence around it."""
    cuts = [0]
    for m in re.finditer(r"[.!?…]+[»”\"’']?(?=\s+[«“\"¿¡(\w])|\n+|(?<=[a-záéíóúñ\d)])[.!?](?=[«“]?[A-ZÁÉÍÓÚÑ¿¡][a-záéíóúñ])",
                         text):  # and a full stop with no space after it ("del virus.Al respecto")
        if m.group().startswith("\n"):
            cuts.extend((m.start(), m.end()))
        elif not any(a < m.start() < b for a, b in quoted) and \
                not is_abbreviation(text, m.start()):
            cuts.append(m.end())
    cuts.extend(_glued_headline(text))
    cuts = sorted(set(cuts + [len(text)]))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        if b > a:
            spans.append((a, b))
    return spans


_GLUED = re.compile(r"(?<=[^\W\d_]{2}) (?=(?:El|La|Los|Las|Un|Una|Unos|Unas) [a-záéíóúñ]+ )")


def _glued_headline(text: str) -> list[int]:
    """Return where the first line runs from a headline into the body with no full stop between them ("... deben
    ser VIOLADAS El candidato se encuentra ..."): before a capitalised article after a word, in mid-line. Only the
    first line: later in a text the same shape is a title ("la película La vida es bella")."""
    first = text.split("\n", 1)[0]
    return [m.end() for m in _GLUED.finditer(first) if len(re.findall(r"\w+", first[:m.start()])) >= 4]
