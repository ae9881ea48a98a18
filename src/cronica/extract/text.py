"""Main text from plain-text dumps of rendered pages and from markdown conversions.

A line classifier in the spirit of jusText: a line is body text when it is long, reads as
prose (function words, sentence punctuation) and is not a known boilerplate pattern. Short
lines survive only between body lines (sub-headings, short paragraphs). Lists of other
headlines after "Lea también" and the like are cut until the next body paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..boilerplate import is_boilerplate_line, is_related_header
from .template import line_key

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_LINK_ONLY = re.compile(r"^\s*(?:[-*+]\s*)?\[[^\]]*\]\([^)]*\)\s*$")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FUNCTION_WORDS = frozenset(
    """de la el en y a los que del se las por un una con no su para es al lo como más o pero sus le ha
    me si sin sobre este ya entre cuando todo esta ser son dos también fue había muy hasta desde
    the of and to in a is that for it as was with be by on not he this are or his from at which but
    der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an
    le la les de des et en un une du que qui dans pour pas sur au""".split()
)


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    heading: int  # markdown heading level, 0 for none
    index: int


def markdown_lines(text: str) -> list[Line]:
    """Return the lines of a markdown document with the markup stripped (images and link lists gone)."""
    out = []
    for i, raw in enumerate(text.splitlines()):
        if _LINK_ONLY.match(raw):
            out.append(Line("", 0, i))
            continue
        line = _MD_IMAGE.sub("", raw)
        line = _MD_LINK.sub(r"\1", line)
        level = 0
        m = _MD_HEADING.match(line)
        if m:
            level, line = len(m.group(1)), m.group(2)
        line = _MD_EMPHASIS.sub(r"\2", line)
        line = _MD_BULLET.sub("", line) if not level else line
        line = line.replace("\\", "").strip().lstrip(">").strip()
        out.append(Line(line, level, i))
    return out


_BULLET = re.compile(r"^\s*(?:[*+o•·-]|\d+[.)]|\[\d+\])\s")


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for dumps wrapped at a fixed width (lynx, w3m): no long lines, many lines near the width."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 5 or max(lengths) > 100:
        return False
    return sum(1 for n in lengths if n >= 60) >= len(lengths) * 0.15


def unwrap(raw_lines: list[str]) -> list[tuple[str, int]]:
    """Join the continuation lines of hard-wrapped paragraphs; return (line, index of its first raw line)."""
    out: list[tuple[str, int]] = []
    width = max((len(line.rstrip()) for line in raw_lines), default=0)
    for i, raw in enumerate(raw_lines):
        text = raw.strip()
        if out and text and out[-1][0] and len(raw_lines[i - 1].rstrip()) >= width - 25 \
                and not _BULLET.match(raw) and _indent(raw) == _indent(raw_lines[i - 1]):
            out[-1] = (out[-1][0] + " " + text, out[-1][1])
        else:
            out.append((text, i))
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def dump_lines(text: str) -> list[Line]:
    raw = text.splitlines()
    if is_hard_wrapped(raw):
        return [Line(t, 0, i) for t, i in unwrap(raw)]
    return [Line(r.strip(), 0, i) for i, r in enumerate(raw)]


def prose_score(text: str) -> float:
    """Return how much a line reads as running prose: 0 (menu, label) to ~1 (sentence)."""
    words = _WORD.findall(text)
    if len(words) < 3:
        return 0.0
    stop = sum(1 for w in words if w.lower() in _FUNCTION_WORDS) / len(words)
    length = min(len(text) / 200.0, 1.0)
    punct = 0.25 if re.search(r"[.!?:;»”\"]\s*$", text) or text.count(". ") >= 1 else 0.0
    separators = text.count("|") + text.count("•") + text.count(" · ")
    return max(0.0, min(stop * 2.2, 0.6) + 0.4 * length + punct - 0.3 * separators)


def classify(lines: list[Line], site_template: frozenset[int] = frozenset()) -> list[bool]:
    """Return for each line whether it is body text."""
    n = len(lines)
    state = ["short"] * n
    in_related = False
    for i, line in enumerate(lines):
        t = line.text
        if not t:
            state[i] = "empty"
            continue
        if is_related_header(t):
            in_related = True
            state[i] = "bad"
            continue
        if is_boilerplate_line(t) or (site_template and line_key(t) in site_template):
            state[i] = "bad"
            continue
        score = prose_score(t)
        if score >= 0.75 and len(t) >= 70:
            state[i] = "good"
            in_related = False
        elif in_related or score < 0.3:
            state[i] = "bad"
    keep = [s == "good" for s in state]
    # Short lines (sub-headings, short paragraphs, quotes) are body when body surrounds them.
    for i, s in enumerate(state):
        if s == "short" and _near(state, i, -1) and _near(state, i, 1):
            keep[i] = True
    return keep


def _near(state: list[str], i: int, step: int) -> bool:
    j = i + step
    while 0 <= j < len(state):
        if state[j] == "good":
            return True
        if state[j] == "bad":
            return False
        j += step
    return False


def find_title(lines: list[Line], keep: list[bool], hint: str | None = None) -> str | None:
    """Return the headline: a markdown H1, else the headline-like line just before the body."""
    if hint:
        return hint
    for line in lines:
        if line.heading == 1 and line.text and not is_boilerplate_line(line.text):
            return line.text
    first = next((i for i, k in enumerate(keep) if k), None)
    if first is None:
        return None
    for j in range(first - 1, max(first - 8, -1), -1):
        if _is_headline(lines[j].text):
            return lines[j].text
    # The headline itself may read as prose: the first body line, when it has no final full stop.
    return lines[first].text if _is_headline(lines[first].text) else None


def _is_headline(t: str) -> bool:
    return (20 <= len(t) <= 200 and not is_boilerplate_line(t) and not t.endswith((".", ":", ";", ","))
            and len(_WORD.findall(t)) >= 4 and not is_related_header(t) and not _is_date_line(t))


_DATE_WORDS = re.compile(r"\b(?:\d{1,4}|de|del|lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|"
                         r"marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
                         r"actualizado|publicado|hace|horas?|minutos?)\b", re.IGNORECASE)


def _is_date_line(text: str) -> bool:
    """True for a line that is mostly a date or a time ("Martes 28 de octubre de 2025, 08:15")."""
    words = _WORD.findall(text) + re.findall(r"\d+", text)
    return bool(words) and len(_DATE_WORDS.findall(text)) / len(words) >= 0.6


def extract_text_body(text: str, *, markdown: bool, title_hint: str | None = None,
                      site_template: frozenset[int] = frozenset()) -> tuple[str | None, str, list[Line], list[bool]]:
    """Return (title, main text, lines, keep flags) for a text dump or markdown page."""
    lines = markdown_lines(text) if markdown else dump_lines(text)
    keep = classify(lines, site_template)
    title = find_title(lines, keep, title_hint)
    body = [line.text for line, k in zip(lines, keep) if k and line.text != title]
    return title, "\n".join(body), lines, keep
