"""Main text from plain-text dumps of rendered pages and from markdown conversions.

Three steps. (1) Lines: hard-wrapped dumps (lynx, w3m) are unwrapped at the width they were wrapped
at; markdown loses its markup but keeps how much of a line was link text. (2) Labels, in the spirit
of jusText: a line is body text ("good") when it is long and reads as prose (function words of a
dozen languages, sentence punctuation, CJK clauses); "bad" when it is known boilerplate, a line of
the site's template, or inside a list of other headlines ("Lea también"); "low" when it is a notice to
the reader (newsletter, comments, cookies), a caption, a date stamp, a byline or a link; "plain" when it
does not read as prose (a sub-heading, a list item, a table row): it weighs against a region like
boilerplate, but inside the article it is kept. (3) Regions: the main
text is the stretch of lines whose body text most outweighs the rest (a maximum-sum run, as in Finn
et al. 2001), plus other stretches that weigh like part of it (an article cut by an advertisement),
widened over the headline, short lines and a lead paragraph kept apart by a byline or an image.
Body lines out of the article's column (renderers indent by the page's nesting) count for less.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..boilerplate import _SITE_NOTICE as _SITE_WORDS
from ..boilerplate import (is_boilerplate_line, is_caption, is_page_label, is_related_header, is_related_link,
                           is_site_notice)
from .line_classes import (ALT_TEXT, COMMENT_MARK, DATED_BYLINE, FILED, PAGE_BUTTON, PAREN_CREDIT, PHOTO_REPORT, PLEA,
                           is_author_note, is_author_role, is_code_line, is_credited, is_doubled, is_headline_like,
                           is_line_break, is_list_header, is_recipe_line, is_table_row, is_teaser, unbracketed)
from .template import line_key

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_LINK_ONLY = re.compile(r"^\s*(?:[-*+]\s*)?\[[^\]]*\]\([^)]*\)\s*$")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# The commonest function words of the languages most often met; a line of prose has many of them.
_FUNCTION_WORDS = frozenset(
    """de la el en y a los que del se las por un una con no su para es al lo como más o pero sus le ha
    me si sin sobre este ya entre cuando todo esta ser son dos también fue había muy hasta desde
    the of and to in a is that for it as was with be by on not he this are or his from at which but
    der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an
    le la les de des et en un une du que qui dans pour pas sur au
    il di che è per una non sono della nel alla anche come più gli dei
    o os as um uma não em da do das dos na no ao com por mais foi
    het een van en de is op te dat niet met voor zijn er aan ook als bij
    i w z na się nie do to że jest o jak po co ale od za tak przez jego
    и в на не что с по как это из к но за от о для же его так
    a v se na je že s o to do jako by ale pro jsou
    في من على أن إلى عن مع التي الذي هذا هذه كان ما لا""".split()
)
_BYLINE_LINE = re.compile(
    r"^(?i:por|by|von|par|di|door|autora?|escrito\ por|texto|redacci[oó]n)\s*:?\s+"
    r"(?:(?:[A-ZÁÉÍÓÚÑÄÖÜ][\w'.\-]*|de|del|la|y|e|und|and|et|van|von)[\s,]*){1,6}$", re.VERBOSE)
_PROSE_MIN = 70  # characters of a line that reads as prose to count as body text
_PROSE_MIN_CJK = 35  # the same for Chinese, Japanese or Korean, where a character says about as much as a word
_HEADLINE_MAX = 120  # characters of the longest headline; a longer first body line is a lead
_RELATED_SPAN = 12  # lines under a related-reading header whose headlines are other articles'
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    heading: int  # markdown heading level, 0 for none
    index: int
    indent: int = 0  # leading spaces in the dump (renderers indent by the page's nesting)
    link_share: float = 0.0  # share of the line's characters that are link text (markdown)


def markdown_lines(text: str) -> list[Line]:
    """Return the lines of a markdown document with the markup stripped (images and link lists gone)."""
    out = []
    for i, raw in enumerate(text.splitlines()):
        if _LINK_ONLY.match(raw):
            out.append(Line("", 0, i))
            continue
        line = _MD_IMAGE.sub("", raw)
        linked = sum(len(m.group(1)) for m in _MD_LINK.finditer(line))
        line = _MD_LINK.sub(r"\1", line)
        level = 0
        m = _MD_HEADING.match(line)
        if m:
            level, line = len(m.group(1)), m.group(2)
        line = _MD_EMPHASIS.sub(r"\2", line)
        line = _MD_BULLET.sub("", line) if not level else line
        line = line.replace("\\", "").strip().lstrip(">").strip()
        out.append(Line(line, level, i, link_share=min(1.0, linked / len(line)) if line else 0.0))
    return out


_BULLET = re.compile(r"^\s*(?:[*+o•·-]|\d+[.)]|\[\d+\])\s")
_WRAP_SLACK = 2  # columns a renderer may leave free at the end of a wrapped line


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for dumps wrapped at a fixed width (lynx, w3m): no long lines, and several lines that end
    where the next line's first word would not have fitted."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 5 or max(lengths) > 100:
        return False
    width = max(lengths)
    return sum(1 for n in lengths if n >= width - 15) >= 3


def unwrap(raw_lines: list[str]) -> list[tuple[str, int]]:
    """Join the continuation lines of hard-wrapped paragraphs; return (line, index of its first raw line).

    A line continues the previous one when it has the same indentation, is not a list item, and its
    first word would not have fitted at the end of the previous line; a picture's credit and the header of a
    list of other articles break the line whatever the width.
    """
    out: list[tuple[str, int]] = []
    width = wrap_width(raw_lines)
    for i, raw in enumerate(raw_lines):
        text = raw.strip()
        prev = raw_lines[i - 1].rstrip() if i else ""
        bullet = _BULLET.match(prev)
        # same indentation, or the hanging indent of a wrapped list item
        columns = (_indent(prev), len(bullet.group(0))) if bullet else (_indent(prev),)
        # or the first line of a Chinese or Japanese paragraph, indented by two full-width spaces
        first_line = (bool(out) and out[-1][1] == i - 1 and 0 < _indent(prev) - _indent(raw) <= 4
                      and bool(_CJK.search(prev)))
        if out and text and out[-1][0] and not _BULLET.match(raw) and (_indent(raw) in columns or first_line) \
                and len(prev) + 1 + len(text.split()[0]) > width - _WRAP_SLACK \
                and not is_line_break(prev.strip(), text):
            out[-1] = (out[-1][0] + " " + text, out[-1][1])
        else:
            out.append((text, i))
    return out


def wrap_width(raw_lines: list[str]) -> int:
    """Return the width a dump was wrapped at: nearly all long lines end by it (a few unbreakable
    ones, such as addresses, run past it)."""
    long = sorted(n for n in (len(line.rstrip()) for line in raw_lines) if n >= 50)
    if not long:
        return max((len(line.rstrip()) for line in raw_lines), default=0)
    return long[int((len(long) - 1) * 0.9)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def dump_lines(text: str) -> list[Line]:
    raw = text.splitlines()
    if is_hard_wrapped(raw):
        return [Line(t, 0, i, _indent(raw[i])) for t, i in unwrap(raw)]
    return [Line(r.strip(), 0, i, _indent(r)) for i, r in enumerate(raw)]


def prose_score(text: str) -> float:
    """Return how much a line reads as running prose: 0 (menu, label) to ~1 (sentence)."""
    cjk = len(_CJK.findall(text))
    if _is_cjk(text):  # Chinese, Japanese, Korean: no spaces, no function-word list
        punct = 0.25 if re.search(r"[。！？」”]\s*$", text) or text.count("。") >= 1 else 0.0
        clauses = min(text.count("，") + text.count("、") + text.count("。"), 4) * 0.1
        return max(0.0, 0.2 + clauses + 0.4 * min(cjk / 80.0, 1.0) + punct - 0.3 * _separators(text))
    words = _WORD.findall(text)
    if len(words) < 3:
        return 0.0
    stop = sum(1 for w in words if w.lower() in _FUNCTION_WORDS) / len(words)
    length = min(len(text) / 200.0, 1.0)
    punct = 0.25 if re.search(r"[.!?:;»”\"]\s*$", text) or text.count(". ") >= 1 else 0.0
    return max(0.0, min(stop * 2.2, 0.6) + 0.4 * length + punct - 0.3 * _separators(text))


def _is_cjk(text: str) -> bool:
    cjk = len(_CJK.findall(text))
    return cjk >= 10 and cjk >= len(text) * 0.3


def _separators(text: str) -> int:
    return text.count("|") + text.count("•") + text.count(" · ")


# Weights of the main-region search (Finn et al. 2001, "body text extraction": the main text is the
# stretch of the page whose body lines most outweigh its menus and labels).
_BAD_WEIGHT = -120.0
_SHORT_WEIGHT = -15.0
_ITEM_WEIGHT = 40.0  # an ingredient of a recipe, a line of code: a list of them is the article's
_GOOD_CAP = 600
_OFF_COLUMN_SHARE = 0.7  # a body line out of the article's column counts for less
_OFF_COLUMN_SHORT = -30.0
_LEAD_GAP = 8  # lines of byline, date, image, share buttons allowed between a lead paragraph and the body
_REGION_MIN = 400.0  # chars of body text net of the rest, for a region besides the main one
_REGION_SHARE = 0.3  # ... and at least this share of the main region
_CUT_GAP = 1  # blocks of known boilerplate (an advertisement, a box of related links) that may cut an article in two
_CUT_MIN = 80.0  # chars of body text net of the rest, for a region that close to another
_CUT_SHARE = 0.15  # ... and at least this share of the main region
_HEADING_MAX = 90  # characters of a line that may be a heading (a longer one is a sentence without its full stop)
_REPEATED, _REPEATED_MIN = 3, 20  # times a line of this many characters is said on a page to be a widget's
_LEAD_MIN, _LEAD_SHARE = 100.0, 0.0  # the same, for a stretch before the main region (the lead, an intro)


def label_lines(lines: list[Line], site_template: frozenset[int] = frozenset()) -> list[str]:
    """Return a label per line: good (prose), short (too short to tell), plain (not prose), low (a
    notice, caption, date stamp, byline or link), bad (boilerplate, a site template line, a
    related-headline list), or empty."""
    state = ["short"] * len(lines)
    # A paragraph closed by a picture credit ("... en el Congreso (Foto: Name/Agency).") is a caption, unless the
    # page is a photo report whose captions are its text.
    credited = [bool(PAREN_CREDIT.search(line.text)) and len(line.text) < 300 for line in lines]
    captions = sum(credited) < PHOTO_REPORT
    in_related, related_at = False, -1
    for i, line in enumerate(lines):
        t = line.text
        if not t:
            state[i] = "empty"
        elif is_list_header(t):
            in_related, related_at = True, i
            state[i] = "bad"
        elif (is_boilerplate_line(t) or is_related_link(t) or PAGE_BUTTON.match(t) or DATED_BYLINE.match(t)
              or ((FILED.search(t) or COMMENT_MARK.search(t)) and len(t) < 400) or (site_template and line_key(t) in site_template)):
            state[i] = "bad"
        elif (is_site_notice(t) or is_caption(unbracketed(t)) or ALT_TEXT.match(t) or is_credited(t)
              or (captions and credited[i]) or PLEA.search(t)
              or is_page_label(t) or is_doubled(t) or is_teaser(t) or _BYLINE_LINE.match(t) or is_author_role(t)
              or (line.link_share >= 0.6 and not line.heading)):
            state[i] = "low"
        else:
            score = prose_score(t)
            if in_related and (_BULLET.match(t) or (i - related_at <= _RELATED_SPAN and is_headline_like(t))):
                state[i] = "bad"  # a teaser in a list of other articles: a list item or a headline
            elif score >= 0.75 and len(t) >= (_PROSE_MIN_CJK if _is_cjk(t) else _PROSE_MIN):
                state[i] = "good"
                in_related = False
            elif in_related:
                state[i] = "bad"
            elif is_recipe_line(t) or is_code_line(t) or is_table_row(t):
                state[i] = "item"  # an ingredient, a line of code, a table's row: not prose, but the article's
            elif score < 0.3:
                state[i] = "plain"
    return _items_by_context(state, lines)


_QUANTITY = re.compile(r"^(?:[*•·o+-]\s+)?(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔]|\d+\s*[-–]\s*\d+)\s+\S")
_ITEM_REACH, _ITEM_LEN = 2, 60  # lines either side, and the longest line, for an ingredient known by its neighbours


def _items_by_context(state: list[str], lines: list[Line]) -> list[str]:
    """Return the labels with the lines of a recipe's lists that its predicates miss (an ingredient without a
    unit, "2 Eier"; a section's title, "Für den Teig:", "Belag:"): short lines that open with a quantity or
    close with a colon, next to a known ingredient, are its items too."""
    if state.count("item") < 2:
        return state
    shown = [i for i, s in enumerate(state) if s != "empty"]
    changed = True
    while changed:
        changed = False
        for k, i in enumerate(shown):
            text = lines[i].text
            if state[i] not in ("short", "plain") or len(text) > _ITEM_LEN:
                continue
            if (text.endswith(":") or _QUANTITY.match(text)) and any(
                    state[j] == "item" for j in shown[max(0, k - _ITEM_REACH):k] + shown[k + 1:k + 1 + _ITEM_REACH]):
                state[i], changed = "item", True
    return state


def _weight(state: str, line: Line, column: int | None = None) -> float:
    off = column is not None and line.indent != column
    if state == "good":
        return float(min(len(line.text), _GOOD_CAP)) * (_OFF_COLUMN_SHARE if off else 1.0)
    if state in ("bad", "low", "plain"):
        return _BAD_WEIGHT
    if state == "item":
        return _ITEM_WEIGHT
    return (_SHORT_WEIGHT + (_OFF_COLUMN_SHORT if off else 0.0)) if state == "short" else 0.0


def main_region(state: list[str], lines: list[Line], lo: int = 0, hi: int | None = None,
                column: int | None = None) -> tuple[int, int, float]:
    """Return (start, end, mass) of the stretch of lines in [lo, hi) with the most body text net of the rest."""
    hi = len(state) if hi is None else hi
    best, best_span = 0.0, (lo, lo)
    run, start = 0.0, lo
    for i in range(lo, hi):
        if run <= 0:
            run, start = 0.0, i
        run += _weight(state[i], lines[i], column)
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span[0], best_span[1], best


def body_column(state: list[str], lines: list[Line]) -> int | None:
    """Return the indentation of most of the main region's body text (the article's column)."""
    start, end, mass = main_region(state, lines)
    chars: dict[int, int] = {}
    for i in range(start, end):
        if state[i] == "good":
            chars[lines[i].indent] = chars.get(lines[i].indent, 0) + len(lines[i].text)
    return max(chars, key=chars.get) if chars else None


def body_regions(state: list[str], lines: list[Line], column: int | None = None) -> list[tuple[int, int]]:
    """Return the main region and the other stretches that weigh like part of an article (a text cut in
    two by an advertisement or a box), not like a lone teaser or an author's blurb: a stretch that
    weighs a good share of the main region, or a smaller one that a single block of known
    boilerplate keeps apart from a region already found. Body lines out of the article's column weigh less."""
    start, end, mass = main_region(state, lines, column=column)
    if mass <= 0:
        return []
    regions, todo = [(start, end)], [(0, start, False, True), (end, len(state), True, False)]
    while todo:
        lo, hi, after_region, before_region = todo.pop()
        if hi - lo < 1:
            continue
        s, e, m = main_region(state, lines, lo, hi, column)
        near = min(_boilerplate_blocks(state, lo, s) if after_region else _CUT_GAP + 1,
                   _boilerplate_blocks(state, e, hi) if before_region else _CUT_GAP + 1) <= _CUT_GAP
        lead = e <= start and m >= max(_LEAD_MIN, _LEAD_SHARE * mass)
        # below the article, its tags, its comments or the page's copyright end it: what follows is the page's
        closed = s >= end and after_region and any(
            state[j] == "bad" and (_is_end_mark(lines[j].text) or _COPYRIGHT_MARK.match(lines[j].text))
            for j in range(lo, s))
        if not closed and (lead or m >= max(_REGION_MIN, _REGION_SHARE * mass)
                           or (near and m >= max(_CUT_MIN, _CUT_SHARE * mass))):
            regions.append((s, e))
            todo += [(lo, s, after_region, True), (e, hi, True, before_region)]
    return [_widen(state, lines, s, _cut_at_end_mark(state, lines, s, e)) for s, e in sorted(regions)]


_COPYRIGHT_MARK = re.compile(r"^\W*(?:©|\(c\)|copyright)", re.IGNORECASE)  # the page's, or a picture's


def _cut_at_end_mark(state: list[str], lines: list[Line], start: int, end: int) -> int:
    """Return where a region ends: at its article's tags, comments or copyright, when less body text follows them."""
    for j in range(start, end):
        if state[j] == "bad" and _is_end_mark(lines[j].text):
            before = sum(len(lines[i].text) for i in range(start, j) if state[i] == "good")
            after = sum(len(lines[i].text) for i in range(j, end) if state[i] == "good")
            if after < before:
                return j
    return end


_END_MARK = re.compile(
    r"""(?ix)^\W*(?:etiquetas|tags|temas|t[oó]picos|archivado\ en|schlagw[oö]rter|kategorien?|categor[ií]as?|category
    |categories|filed\ under|todos\ los\ derechos.*|all\ rights\ reserved.*|alle\ rechte.*
    |comentarios?|kommentare?|comments?|leave\ a\ (?:reply|comment)|deja\ (?:un|tu)\ comentario.*|hinterlasse\ .{0,30}
    |schreibe\ einen\ kommentar|[üu]ber\ (?:den|die)\ autor(?:in)?|about\ the\ author|sobre\ (?:el|la)\ autora?
    |[üu]ber\ (?:uns|mich|diesen\ blog|dieses\ blog|das\ blog|den\ blog)|about\ (?:us|me|this\ blog|the\ blog)
    |sobre\ (?:nosotros|m[ií]|este\ blog)|qui[eé]nes\ somos|acerca\ de\ (?:nosotros|m[ií]|este\ blog))\b.*$""")


def _is_end_mark(text: str) -> bool:
    """True for the article's tags, its comments or a comment's header, its author box, or a blog's filing line."""
    return bool(_END_MARK.match(text) or FILED.search(text) or COMMENT_MARK.search(text))


def _boilerplate_blocks(state: list[str], lo: int, hi: int) -> int:
    """Return how many runs of known boilerplate lie in [lo, hi): a box of related links is one, however long."""
    blocks, inside = 0, False
    for i in range(lo, hi):
        if state[i] == "bad":
            blocks += not inside
            inside = True
        elif state[i] != "empty":
            inside = False
    return blocks


def _widen(state: list[str], lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """Widen a region over the headline, lead and short lines that touch it (no boilerplate between),
    and over a lead paragraph kept apart from the body by a few lines of byline, date or image."""
    while True:
        while start > 0 and state[start - 1] in ("short", "empty", "item"):
            start -= 1
        j, chrome = start - 1, 0
        while j >= 0 and state[j] != "good" and chrome <= _LEAD_GAP and not is_related_header(lines[j].text):
            chrome += state[j] != "empty"
            j -= 1
        if j < 0 or state[j] != "good" or chrome > _LEAD_GAP:
            break
        start = j
    while end < len(state) and state[end] in ("short", "empty", "item"):
        end += 1
    return start, end



def classify(lines: list[Line], site_template: frozenset[int] = frozenset()) -> list[bool]:
    """Return for each line whether it is body text: inside the body regions, every line but the known
    boilerplate, notices and captions (body lines, sub-headings, list items, short paragraphs)."""
    state = label_lines(lines, site_template)
    column = body_column(state, lines)
    keep = [False] * len(lines)
    regions = body_regions(state, lines, column)
    for start, end in regions:
        for i in range(start, end):
            keep[i] = state[i] in ("good", "item") or (state[i] in ("short", "plain") and _in_article(state, lines, i, end, column))
    # A line said three times or more on the page is a widget's (a teaser, a promotion, a button), not the article's.
    counts = Counter(line.text for line in lines if len(line.text) >= _REPEATED_MIN)
    for i, line in enumerate(lines):
        if keep[i] and counts.get(line.text, 0) >= _REPEATED:
            keep[i] = False
    # A heading that heads nothing (the next line is not body text) is a box's or a list's title.
    for i in reversed(range(len(lines))):
        text = lines[i].text
        if keep[i] and state[i] in ("short", "plain") and len(text) < _HEADING_MAX \
                and not re.search(r"[.!?:;…\"”»)]\s*$", text):
            j = i + 1
            while j < len(lines) and state[j] == "empty":
                j += 1
            if j >= len(lines) or not keep[j]:
                keep[i] = False
    # A note on the author or a word of the site closes the article: with no body text after it in its stretch,
    # it is not part of the text.
    for start, end in regions:
        last_good = max((i for i in range(start, end) if state[i] == "good" and not _is_closing_note(lines[i].text)),
                        default=start - 1)
        for i in range(last_good + 1, end):
            if keep[i] and _is_closing_note(lines[i].text):
                keep[i] = False
    return keep


# The site speaking to its reader, or of itself: "we ask that comments ...", "Sie unterstützen uns ...".
_SITE_VOICE = re.compile(r"\b(?i:we|our|us|you|your|wir|uns|unser(?:e[mnrs]?)?|dich|dein(?:e[mnrs]?)?|nosotros|nuestr[oa]s?"
                         r"|usted(?:es)?|tu|tus|nous|notre|nos|vous|votre|vos)\b|\b(?:Sie|Ihre?[mnrs]?|Ihnen)\b")


def _is_closing_note(text: str) -> bool:
    """True for a note on the author, or a line about the site (comments, newsletter, advertising, privacy)
    that is short or addressed to the reader."""
    if is_author_note(text):
        return True
    return len(text) < 600 and bool(_SITE_WORDS.search(text)) and (len(text) < 200 or bool(_SITE_VOICE.search(text)))


def _in_article(state: list[str], lines: list[Line], i: int, end: int, column: int | None) -> bool:
    """True for a short line of a body region that belongs to the article: in its column, a list item
    indented under it, or a heading set out to the left of the paragraph it heads (lynx puts headings
    at the margin)."""
    indent = lines[i].indent
    if column is None or indent == column:
        return True
    if indent > column:
        return bool(_BULLET.match(lines[i].text))
    j = i + 1
    while j < end and state[j] == "empty":
        j += 1
    return j < end and state[j] == "good" and lines[j].indent == column


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
    # The headline itself may read as prose: the first body line, when it has no final full stop. A line longer
    # than a headline (a lead, a dated entry of a list) is the text's.
    text = lines[first].text
    return text if _is_headline(text) and len(text) < _HEADLINE_MAX else None


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
    keep = [k and line.text != title for line, k in zip(lines, keep)]  # the headline is not body text
    body = [line.text for line, k in zip(lines, keep) if k]
    return title, "\n".join(body), lines, keep
